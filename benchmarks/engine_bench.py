"""Benchmark: the engine's build, bulk replay and status against transitions and a floor.

Run from the repository root (about 5 minutes on 2 cores)::

    .venv/bin/python benchmarks/engine_bench.py

It generates a synthetic national cascade (``cascade.testing.synthetic.generate``) and a
legal history of two events per obligation (``generate_events``), the same data
for every contender (same seed), and runs each contender in its own process so
that its peak RSS is its own. Times are CPU seconds of that process. Peak RSS is
taken at the end of the measured part (for the engine, before ``tracker.states()``
and the hash of the states that checks every contender ends alike).

* at 1,000,000 obligations: the engine (build + replay + status, the target), the
  engine with random (unordered) event ids, the engine with the same events in time
  order (as a live feed would bring them; the generated history lists each
  obligation's events together), the engine reading the events from a JSON Lines
  file, the hand-written floor and transitions with one shared Machine;
* at 20,000 obligations: the same, plus transitions with one Machine per obligation.

Options: ``--obligations N`` (default 1,000,000), ``--small N`` (default 20,000),
``--skip-large``. Prints a Markdown table for docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from cascade.event_batch import EventBatch

CONTENDERS = (
    "engine",
    "engine-random-ids",
    "engine-time-order",
    "engine-jsonl",
    "floor",
    "transitions-shared",
    "transitions-per-machine",
)
AS_OF = dt.date(2026, 6, 30)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(name: str, obligations: int, seed: int) -> dict[str, object]:
    """Run one contender in this process; returns its figures."""
    from cascade.engine.lifecycle import builtin_lifecycle
    from cascade.testing.synthetic import NATIONAL, Shape, generate, generate_events

    # ten directives where they fit, else one (the 20,000 run)
    big = obligations >= 4 * NATIONAL.per_directive_fixed() * 10
    shape = NATIONAL if big else Shape(directives=1)
    t0 = time.perf_counter()
    cascade = generate(obligations, shape, seed=seed)
    t1 = time.perf_counter()
    batch = generate_events(cascade, 2 * obligations, seed=seed)
    if name == "engine-random-ids":
        batch.ids = [uuid.UUID(int=hash((seed, i)) & (2**128 - 1)).hex for i in range(len(batch))]
    if name == "engine-time-order":
        batch = _time_order(batch)
    events = len(batch)
    gc.collect()
    t2 = time.perf_counter()
    out: dict[str, object] = {
        "contender": name,
        "obligations": obligations,
        "events": events,
        "generate_s": t1 - t0,
        "generate_events_s": t2 - t1,
        "rss_before_mb": rss_mb(),
    }
    lifecycle = builtin_lifecycle("default")
    if name.startswith("engine"):
        from cascade.engine.tracker import Tracker
        from cascade.files.events_read import read_events
        from cascade.files.events_write import batch_lines

        source = batch
        parse = 0.0
        wall = time.perf_counter()
        if name == "engine-jsonl":  # the CLI's path: the events come from a file
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "events.jsonl"
                with path.open("w", encoding="utf-8") as handle:  # streamed: not the measure
                    handle.writelines(batch_lines(batch))
                del batch, source
                gc.collect()
                cpu, wall = time.process_time(), time.perf_counter()
                source = read_events(path)  # parsed inside the folder, used after it
                parse = time.process_time() - cpu
        cpu = time.process_time()
        tracker = Tracker(cascade, lifecycle)
        t4 = time.process_time()
        tracker.replay(source)
        t5 = time.process_time()
        report = tracker.status(AS_OF, by="document")
        t6 = time.process_time()
        out["peak_rss_mb"] = rss_mb()  # the measured part; the check below is not the engine's
        states = tracker.states()
        out.update(
            build_s=t4 - cpu,
            parse_s=parse,
            replay_s=t5 - t4,
            status_s=t6 - t5,
            total_s=parse + t6 - cpu,
            total_wall_s=time.perf_counter() - wall,
            buckets=report.total.as_dict(),
        )
    else:
        import contenders

        run = {
            "floor": contenders.floor,
            "transitions-shared": contenders.transitions_shared,
            "transitions-per-machine": contenders.transitions_per_machine,
        }[name]
        gc.disable()  # the engine pauses the collector while it replays: the same for them
        prepare, replay, states = run(cascade, lifecycle, batch)
        out.update(build_s=prepare, replay_s=replay, peak_rss_mb=rss_mb())  # states are theirs
    out["replay_us_per_event"] = out["replay_s"] / events * 1e6  # type: ignore[operator]
    out["states_sha1"] = states_hash(states)
    out["peak_rss_with_check_mb"] = rss_mb()
    return out


def _time_order(batch: EventBatch) -> EventBatch:
    """The same events in time order (a live feed), ids renumbered to stay increasing."""
    order = sorted(range(len(batch)), key=batch.at.__getitem__)
    out = EventBatch(
        ids=[f"ev{i:08d}" for i in range(len(order))],
        obligations=[batch.obligations[r] for r in order],
        triggers=[batch.triggers[r] for r in order],
        actors=[batch.actors[r] for r in order],
    )
    out.at.extend(batch.at[r] for r in order)
    out.offsets.extend(batch.offsets[r] for r in order)
    return out


def states_hash(states: dict[str, str]) -> str:
    """SHA-1 of the lines ``id=state``, sorted, joined by newlines: hashed line by line
    (the joined text of a million lines would add 100 MB to the peak)."""
    digest, separator = hashlib.sha1(), b""
    for key in sorted(states):
        digest.update(separator + f"{key}={states[key]}".encode())
        separator = b"\n"
    return digest.hexdigest()[:12]


def run_child(name: str, obligations: int, seed: int) -> dict[str, object]:
    here = Path(__file__).parent
    proc = subprocess.run(
        [sys.executable, str(here / "engine_bench.py"), "--child", name,
         "--obligations", str(obligations), "--seed", str(seed)],
        capture_output=True, text=True, check=False, cwd=here,
    )  # fmt: skip
    if proc.returncode != 0:
        raise SystemExit(f"{name} failed:\n{proc.stderr}")
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    print(json.dumps(result), file=sys.stderr)
    return result


def table(rows: list[dict[str, object]]) -> str:
    head = (
        "| obligations | events | contender | build / prepare | parse | replay | µs / event "
        "| status | engine total (wall) | peak RSS MB (with check) | states |\n"
        "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|\n"
    )
    lines = []
    for r in rows:
        engine = "total_s" in r
        total = f"{r['total_s']:.2f} ({r['total_wall_s']:.2f})" if engine else "–"
        status = f"{r['status_s']:.2f}" if engine else "–"
        lines.append(
            f"| {r['obligations']:,} | {r['events']:,} | {r['contender']} "
            f"| {r['build_s']:.2f} | {r.get('parse_s') or 0:.2f} | {r['replay_s']:.2f} "
            f"| {r['replay_us_per_event']:.2f} | {status} | {total} "
            f"| {r['peak_rss_mb']:,.0f} ({r['peak_rss_with_check_mb']:,.0f}) "
            f"| {r['states_sha1']} |"
        )
    return head + "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", choices=CONTENDERS)
    parser.add_argument("--obligations", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-large", action="store_true")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.obligations, args.seed)))
        return
    rows = []
    sizes = [(args.small, CONTENDERS)]
    if not args.skip_large:
        sizes.append((args.obligations, CONTENDERS[:-1]))  # one Machine each: not at 1M
    for size, names in sizes:
        for name in names:
            rows.append(run_child(name, size, args.seed))
    print(
        f"machine: {platform.processor() or platform.machine()}, "
        f"{len(__import__('os').sched_getaffinity(0))} cores, Python {platform.python_version()}"
    )
    print(table(rows))
    for size in {r["obligations"] for r in rows}:
        at = {r["contender"]: r for r in rows if r["obligations"] == size}
        engine = at["engine"]["replay_us_per_event"]
        for name, r in at.items():
            ratio = r["replay_us_per_event"] / engine  # type: ignore[operator]
            print(f"{size:,}: {name} replay is {ratio:.1f}× the engine's")


if __name__ == "__main__":
    main()
