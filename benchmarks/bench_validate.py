"""Benchmark: every validation rule on the one-million-obligation synthetic cascade.

    .venv/bin/python benchmarks/bench_validate.py                 # 1,000,000 obligations
    .venv/bin/python benchmarks/bench_validate.py --obligations 200000

Runs all rules (strict preset, so every rule; the state rules on a synthetic state
with the 2017 national proportions of buckets) through ``Validator.validate`` and
reports the total and each rule's share. Baseline, in the same run: the structure
checks (cycles among obligations, documents and organisations) done the usual way
with networkx, ``is_directed_acyclic_graph`` and ``find_cycle`` on the graphs of
:mod:`cascade.graph`, against rules CAS201-CAS203. Results: docs/performance.md.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import os
import platform
import random
import time
from collections.abc import Callable
from typing import Any

import networkx as nx

from cascade.graph import document_graph, obligation_graph, organisation_tree
from cascade.rules import Bucket, Config, StateView, Validator
from cascade.testing.synthetic import generate

# Decision 42/2014 tracking, 2017 (domain.md): on time, late, within deadline, overdue
SHARES = {
    Bucket.COMPLETED_ON_TIME: 14068,
    Bucket.COMPLETED_LATE: 1983,
    Bucket.OPEN_WITHIN_DEADLINE: 5640,
    Bucket.OVERDUE: 223,
}


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = action()
    return time.perf_counter() - started, value


def synthetic_state(cascade: Any, seed: int = 0) -> StateView:
    """Buckets drawn with the 2017 shares; a parent with an open child is kept open."""
    rng = random.Random(seed)
    obligations = cascade.obligations
    drawn = rng.choices(list(SHARES), weights=list(SHARES.values()), k=len(obligations))
    by_id = {ob.id: bucket for ob, bucket in zip(obligations, drawn, strict=True)}
    for ob in reversed(obligations):  # children come after their parents
        parent = ob.implements
        if parent is not None and not by_id[ob.id].done and by_id[parent].done:
            by_id[parent] = Bucket.OPEN_WITHIN_DEADLINE
    states = {ob: ("reported" if b.done else "in_progress") for ob, b in by_id.items()}
    return StateView(dt.date(2026, 6, 30), states, by_id)


def networkx_structure(cascade: Any) -> dict[str, float]:
    """The baseline: cycle checks with networkx on the three graphs."""
    out: dict[str, float] = {}
    for name, build in (
        ("obligations", obligation_graph),
        ("documents", document_graph),
        ("organisations", organisation_tree),
    ):
        seconds, graph = timed(lambda build=build: build(cascade))
        out[f"build {name} graph"] = seconds
        out[f"is_directed_acyclic_graph({name})"] = timed(
            lambda graph=graph: nx.is_directed_acyclic_graph(graph)
        )[0]

        def find(graph: Any = graph) -> None:
            with contextlib.suppress(nx.NetworkXNoCycle):
                nx.find_cycle(graph)

        out[f"find_cycle({name})"] = timed(find)[0]
        del graph
        gc.collect()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--obligations", type=int, default=1_000_000)
    args = parser.parse_args()
    print(f"python {platform.python_version()}, {platform.machine()}")

    seconds, cascade = timed(lambda: generate(args.obligations))
    print(f"generate({args.obligations:,}): {seconds:.1f} s (not counted)")
    state = synthetic_state(cascade)

    validator = Validator(Config(preset="strict"))
    gc.collect()
    load_before = os.getloadavg()[0]
    started, cpu_started = time.perf_counter(), time.process_time()
    report = validator.validate(cascade, state)
    total, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    counts = {s.value: report.count(s) for s in {f.severity for f in report.findings}}
    print(
        f"\nall {len(validator.rules)} rules: {total:.2f} s wall, {cpu:.2f} s CPU "
        f"(load average before: {load_before:.1f}); findings: {counts or 'none'}"
    )
    print("| rule | seconds |\n|---|---|")
    for rule_id, seconds in sorted(validator.timings.items(), key=lambda kv: -kv[1]):
        print(f"| {rule_id} {validator.rules[rule_id].name} | {seconds:.2f} |")
    ours = sum(validator.timings[r] for r in ("CAS201", "CAS202", "CAS203"))

    del report, validator
    gc.collect()
    baseline = networkx_structure(cascade)
    print("\nbaseline (networkx) vs CAS201-CAS203:\n| step | seconds |\n|---|---|")
    for step, seconds in baseline.items():
        print(f"| {step} | {seconds:.2f} |")
    build = sum(v for k, v in baseline.items() if k.startswith("build"))
    dag = sum(v for k, v in baseline.items() if k.startswith("is_directed"))
    find = sum(v for k, v in baseline.items() if k.startswith("find_cycle"))
    print(f"\ncycle checks: CAS201-CAS203 {ours:.2f} s (every cycle, with its members)")
    print(f"networkx: build {build:.2f} s + is_directed_acyclic_graph {dag:.2f} s (yes/no)")
    print(f"networkx: build {build:.2f} s + find_cycle {find:.2f} s (one cycle)")


if __name__ == "__main__":
    main()
