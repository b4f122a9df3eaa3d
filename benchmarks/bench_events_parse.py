"""Benchmark: reading a 1,000,000-line events file (JSON Lines) into an EventBatch.

    .venv/bin/python benchmarks/bench_events_parse.py                # 1,000,000 lines, 3 rounds
    .venv/bin/python benchmarks/bench_events_parse.py --lines 200000 --rounds 5

Two files, written once into ``--dir`` (kept for later runs; ``--fresh`` rewrites):

* **synthetic**: ``cascade.testing.synthetic.generate(400_000)`` and ``generate_events(cascade,
  LINES)`` written by ``cascade.files.events_write.write_events``: a legal history, about 2.6
  events per obligation, times on whole days (a few hundred distinct times);
* **distinct**: ``generate(100_000)`` and ten events per obligation round robin
  (start, report, return), one second apart, so no two lines share a time (the
  shape of the store benchmark's import file).

Contenders, each in a fresh process so that its peak RSS is its own, alternating,
``--rounds`` times: the baseline ``cascade.files.events_line.parse_events_per_line`` (the
checked reader: every line through ``json`` and every rule, the reader as it was
before the fast path, moved) and ``cascade.files.events_read.read_events`` (orjson fast
path). Both are first checked to give the same columns; the floor under the fast path
(reading the lines, and ``orjson.loads`` on each, nothing else) is timed once. Printed per
round: wall and CPU seconds, lines per second (wall), peak RSS of the process and the RSS
before reading (imports).

With ``--cli``, also ``cascade events import`` of the synthetic file end to end
(start-up, reading, checking references and the lifecycle's guards, writing into
a fresh SQLite store holding the 400,000-obligation cascade), once with
``read_events`` and once with the checked reader patched in its place, ``--rounds``
times. Results: docs/performance.md, "Events files".
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CONTENDERS = {
    "checked (baseline)": "cascade.files.events_line:parse_events_per_line",
    "fast (read_events)": "cascade.files.events_read:read_events",
}


def synthetic_size(lines: int) -> int:
    """Obligations of the synthetic file's cascade: about 2.6 events each fit."""
    return max(lines * 2 // 5, 50_000)


def write_synthetic(path: Path, lines: int) -> None:
    from cascade.files.events_write import write_events
    from cascade.testing.synthetic import generate, generate_events

    cascade = generate(synthetic_size(lines))
    batch = generate_events(cascade, lines)
    del cascade
    write_events(batch, path)


def write_distinct(path: Path, lines: int) -> None:
    from cascade.testing.synthetic import generate

    cascade = generate(max(lines // 10, 50_000))
    obligations = cascade.obligations
    start = dt.datetime(2025, 1, 10, 8, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    with path.open("w", encoding="utf-8") as handle:
        for n in range(lines):
            ob = obligations[n % len(obligations)]
            step = n // len(obligations)
            trigger = "start" if step == 0 else ("report" if step % 2 else "return")
            actor = cascade.report_to(ob) if trigger == "return" else ob.lead
            at = (start + dt.timedelta(seconds=n)).isoformat()
            record = {"id": f"c{n}", "obligation": ob.id, "trigger": trigger, "actor": actor}
            handle.write(json.dumps({**record, "at": at}) + "\n")


def measure(target: str, path: str) -> None:
    """In a fresh process: read ``path`` with ``target``, print the figures as JSON."""
    import importlib

    module, _, attr = target.partition(":")
    reader = getattr(importlib.import_module(module), attr)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    wall, cpu = time.perf_counter(), time.process_time()
    if attr == "read_events":
        batch = reader(path)
    else:
        with Path(path).open("rb") as handle:
            batch = reader(handle, path)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    figures = {"lines": len(batch), "wall": wall, "cpu": cpu, "peak": peak, "before": before}
    print(json.dumps(figures))


def floors(path: str) -> str:
    """The floor under the fast path, same process: reading the lines, and orjson on each."""
    import orjson

    def lines_only() -> None:
        with Path(path).open("rb") as handle:
            for _ in handle:
                pass

    def parsed() -> None:
        loads = orjson.loads
        with Path(path).open("rb") as handle:
            for raw in handle:
                loads(raw)

    figures = []
    for action in (lines_only, parsed):
        started = time.perf_counter()
        action()
        figures.append(f"{time.perf_counter() - started:.2f} s")
    return "reading the lines {}, and orjson.loads on each {}".format(*figures)


def same_columns(path: str) -> bool:
    """Both readers give the same columns (floats bit for bit) for ``path``."""
    from cascade.event_batch import EventBatch
    from cascade.files.events_line import parse_events_per_line
    from cascade.files.events_read import read_events

    def columns(b: EventBatch) -> tuple[object, ...]:
        assert b.lines is not None
        return (b.ids, b.obligations, b.triggers, b.actors, b.at.tobytes(), b.offsets.tobytes(),
                b.notes, b.evidence, b.milestones, b.lines.tobytes())  # fmt: skip

    fast = columns(read_events(path))
    with Path(path).open("rb") as handle:
        return columns(parse_events_per_line(handle, path)) == fast


# `cascade events import` with the checked reader in place of read_events: the baseline
CHECKED_CLI = """
from pathlib import Path
import cascade.files.events_read
from cascade.files.events_line import parse_events_per_line

def read_checked(path, progress=None):
    with Path(path).open("rb") as handle:
        return parse_events_per_line(handle, str(path), progress)

cascade.files.events_read.read_events = read_checked
from cascade.cli import main
main()
"""


def write_store(path: Path, lines: int) -> None:
    from cascade.store import open_store
    from cascade.testing.synthetic import generate

    store = open_store(f"sqlite:///{path}", create=True)
    store.save_cascade(generate(synthetic_size(lines)))  # what write_synthetic refers to
    store.close()


def bench_cli(path: Path, lines: int, rounds: int) -> None:
    pristine = path.with_suffix(".db")
    if not pristine.exists():
        child("--store", str(pristine), str(lines))
    print(f"\ncascade events import {path.name} into a fresh SQLite store (end to end)")
    runs: dict[str, list[float]] = {"checked (baseline)": [], "fast (read_events)": []}
    for round_ in range(1, rounds + 1):
        for name in runs:
            db = path.with_suffix(".run.db")
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(pristine, db)
            head = ["-c", CHECKED_CLI] if name.startswith("checked") else ["-m", "cascade"]
            args = ["events", "import", str(path), "--db", f"sqlite:///{db}", "--no-progress"]
            started = time.perf_counter()
            subprocess.run([sys.executable, *head, *args], check=True, capture_output=True)
            runs[name].append(time.perf_counter() - started)
            print(f"  round {round_} {name:19s} {runs[name][-1]:6.1f} s "
                  f"{lines / runs[name][-1]:>8,.0f} events/s")  # fmt: skip
    for name, walls in runs.items():
        print(f"    {name:19s} {min(walls):.1f}-{max(walls):.1f} s, "
              f"{lines / max(walls):,.0f}-{lines / min(walls):,.0f} events/s")  # fmt: skip


def child(*args: str) -> str:
    """The last line this script prints when run with ``args`` in a fresh process.

    Everything heavy runs in children, so that this process stays small: a child's
    peak RSS (``getrusage``) counts the parent it was forked from.
    """
    out = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True
    )
    return out.stdout.strip().splitlines()[-1]


WRITERS = {"synthetic": write_synthetic, "distinct": write_distinct}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "cascade-bench")
    parser.add_argument("--fresh", action="store_true", help="write the files again")
    parser.add_argument("--files", default="synthetic,distinct")
    parser.add_argument("--measure", nargs=2, help=argparse.SUPPRESS)  # TARGET FILE
    parser.add_argument("--write", nargs=3, help=argparse.SUPPRESS)  # KIND FILE LINES
    parser.add_argument("--check", help=argparse.SUPPRESS)  # FILE
    parser.add_argument("--floors", help=argparse.SUPPRESS)  # FILE
    parser.add_argument("--store", nargs=2, help=argparse.SUPPRESS)  # FILE LINES
    parser.add_argument("--cli", action="store_true", help="also time `cascade events import`")
    args = parser.parse_args()
    if args.measure:
        measure(*args.measure)
        return
    if args.write:
        kind, path, lines = args.write
        WRITERS[kind](Path(path), int(lines))
        print("written")
        return
    if args.check:
        print(same_columns(args.check))
        return
    if args.floors:
        print(floors(args.floors))
        return
    if args.store:
        write_store(Path(args.store[0]), int(args.store[1]))
        print("written")
        return

    print(f"python {platform.python_version()}, {os.cpu_count()} cores, {platform.machine()}")
    args.dir.mkdir(parents=True, exist_ok=True)
    for kind in args.files.split(","):
        path = args.dir / f"events-{kind}-{args.lines}.jsonl"
        if args.fresh or not path.exists():
            started = time.perf_counter()
            child("--write", kind, str(path), str(args.lines))
            print(f"wrote {path} in {time.perf_counter() - started:.1f} s")
        size = path.stat().st_size
        print(f"\n{kind}: {path.name}, {args.lines:,} lines, {size / 1e6:.0f} MB")
        print(f"  same columns from both readers: {child('--check', str(path))}")
        print(f"  floor: {child('--floors', str(path))}")
        results: dict[str, list[dict[str, float]]] = {name: [] for name in CONTENDERS}
        for round_ in range(1, args.rounds + 1):
            for name, target in CONTENDERS.items():
                r = json.loads(child("--measure", target, str(path)))
                results[name].append(r)
                print(f"  round {round_} {name:19s} {r['wall']:5.2f} s wall {r['cpu']:5.2f} s CPU "
                      f"{r['lines'] / r['wall']:>9,.0f} lines/s  "
                      f"peak RSS {r['peak'] / 1024:4.0f} MB "
                      f"(before reading {r['before'] / 1024:3.0f} MB)")  # fmt: skip
        print("  summary (range over rounds):")
        for name, rs in results.items():
            walls, cpus = [r["wall"] for r in rs], [r["cpu"] for r in rs]
            peaks = [r["peak"] / 1024 for r in rs]
            print(f"    {name:19s} wall {min(walls):.2f}-{max(walls):.2f} s "
                  f"(median {statistics.median(walls):.2f}), "
                  f"CPU {min(cpus):.2f}-{max(cpus):.2f} s, "
                  f"{args.lines / max(walls):,.0f}-{args.lines / min(walls):,.0f} lines/s, "
                  f"peak RSS {min(peaks):.0f}-{max(peaks):.0f} MB")  # fmt: skip
        base, fast = (results[name] for name in CONTENDERS)
        ratios = [b["wall"] / f["wall"] for b, f in zip(base, fast, strict=True)]
        print(f"    speed-up per round (wall): {', '.join(f'{x:.1f}x' for x in ratios)}")
        if args.cli and kind == "synthetic":
            bench_cli(path, args.lines, args.rounds)


if __name__ == "__main__":
    main()
