"""Benchmark ``cascade render``: the seed to SVG including process start, synthetic
cascades of 100,000 and 1,000,000 obligations to collapsed SVG, and, side by side on
one cascade small enough to draw whole, the uncollapsed baseline against the collapsed
drawing.

Run:  .venv/bin/python benchmarks/bench_render.py [--sizes 100000,1000000] [--repeat 5]

Generating a synthetic cascade is timed apart from rendering it; the targets are for
rendering (seed < 1 s with process start; 100k < 3 s; 1M < 15 s).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cascade.render import RenderOptions, render
from cascade.testing.synthetic import SMALL, generate

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "workflows" / "kien-giang-xiv-congress.yaml"


def timed(action: Callable[[], object], repeat: int) -> float:
    """The median wall time of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def seed_cli(repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "seed.svg"
        command = [sys.executable, "-m", "cascade", "render", str(SEED), "-o", str(out)]
        seconds = timed(lambda: subprocess.run(command, check=True, capture_output=True), repeat)
    print(f"seed → SVG, CLI incl. process start      {seconds:6.2f} s   (target < 1 s)")


def baseline(repeat: int) -> None:
    cascade = generate(8_000, SMALL)
    size = f"{len(cascade.obligations):,} obligations, {len(cascade.organisations):,} orgs"
    whole = timed(
        lambda: render(cascade, RenderOptions(view="organisations", budget=1_000_000), fmt="svg"),
        repeat,
    )
    folded = timed(lambda: render(cascade, RenderOptions(view="organisations"), fmt="svg"), repeat)
    print(f"baseline ({size}), organisations view:")
    print(f"  drawn whole (uncollapsed)               {whole:6.2f} s")
    speedup = whole / folded
    print(f"  collapsed (default budget)              {folded:6.2f} s   ({speedup:.0f}× faster)")


def synthetic(size: int, repeat: int) -> None:
    start = time.perf_counter()
    cascade = generate(size)
    made = time.perf_counter() - start
    print(f"synthetic {size:>9,} obligations: generated in {made:.1f} s (not rendering)")
    for view in ("obligations", "organisations", "documents"):
        seconds = timed(
            lambda view=view: render(cascade, RenderOptions(view=view), fmt="svg"), repeat
        )
        print(f"  {view:<13} → collapsed SVG            {seconds:6.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    seed_cli(max(args.repeat, 5))
    baseline(args.repeat)
    for size in (int(s) for s in args.sizes.split(",") if s):
        synthetic(size, args.repeat)


if __name__ == "__main__":
    main()
