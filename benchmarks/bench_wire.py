"""Benchmark: the engine's state handed to the validator and the renderer, at scale.

Run from the repository root (about a minute and a half on 2 cores)::

    .venv/bin/python benchmarks/bench_wire.py [--obligations 1000000] [--repeat 3]

One synthetic national cascade (``cascade.testing.synthetic.generate``) and a legal history
of two events per obligation (``generate_events``) are replayed into one tracker;
then, side by side on that tracker, as of 2026-06-30 (an as-of replay: the history
runs into 2027):

* ``status`` (the baseline): the engine's own count, what ``cascade status`` does;
* ``states_and_buckets``: each obligation's state and bucket from one snapshot;
* ``state_view``: the validator's adapter (a ``StateView``: dicts by id);
* ``CascadeStatus.from_tracker``: the renderer's adapter;
* ``CAS601 + CAS602``: the two state rules run on that ``StateView``.

Times are CPU seconds (``time.process_time``), the best of ``--repeat`` runs, with
the collector paused as the engine pauses it. Prints a Markdown table for
docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import platform
import resource
import time
from collections.abc import Callable

AS_OF = dt.date(2026, 6, 30)


def best(run: Callable[[], int], repeat: int) -> tuple[float, int]:
    """The least CPU time of ``repeat`` runs of ``run``, and its last result."""
    times, result = [], 0
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        start = time.process_time()
        result = run()
        times.append(time.process_time() - start)
        gc.enable()
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--obligations", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    from cascade.engine.status import states_and_buckets, status
    from cascade.engine.tracker import Tracker
    from cascade.model import CascadeFile
    from cascade.render import CascadeStatus
    from cascade.rules.context import Context
    from cascade.rules.state import overdue, parent_reported_with_open_children
    from cascade.rules.state_adapter import state_view
    from cascade.testing.synthetic import NATIONAL, Shape, generate, generate_events

    big = args.obligations >= 4 * NATIONAL.per_directive_fixed() * 10
    cascade = generate(args.obligations, NATIONAL if big else Shape(directives=1), args.seed)
    tracker = Tracker(cascade)
    tracker.replay(generate_events(cascade, 2 * args.obligations, seed=args.seed))
    view = state_view(tracker, AS_OF)

    def rules() -> int:
        empty = CascadeFile.model_construct()  # these rules read the expanded cascade only
        ctx = Context(empty, cascade=cascade, state=view, from_file=False)
        return sum(1 for r in (parent_reported_with_open_children, overdue) for _ in r(ctx))

    contenders: list[tuple[str, Callable[[], int]]] = [
        ("status (baseline)", lambda: status(tracker, AS_OF).total.overdue),
        ("states_and_buckets", lambda: len(states_and_buckets(tracker, AS_OF)[1])),
        ("state_view", lambda: len(state_view(tracker, AS_OF).buckets)),
        (
            "CascadeStatus.from_tracker",
            lambda: len(CascadeStatus.from_tracker(tracker, AS_OF).states),
        ),
        ("CAS601 + CAS602 on the view", rules),
    ]
    machine = f"{platform.machine()}, Python {platform.python_version()}"
    print(f"{args.obligations:,} obligations, {tracker.history_size:,} events, as of {AS_OF}; "
          f"{machine}; best of {args.repeat}\n")  # fmt: skip
    print("| step | CPU s | result |")
    print("|---|---:|---:|")
    for name, run in contenders:
        seconds, result = best(run, args.repeat)
        print(f"| {name} | {seconds:.2f} | {result:,} |")
    print(f"\npeak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    main()
