"""Time ``cascade extract`` per document, beside a baseline version of the extractor.

Runs every input of the development set and of held-out round 2 through
``cascade.extract.extract_file`` (best of five, in one warm process) for this checkout's
``src``, and for another checkout's ``src`` when ``--baseline`` names one (for instance the
extractor before round 2: ``git archive db23ae5 src | tar -x -C /tmp/extract-baseline``).
Each version runs in its own subprocess so the two never share modules. Run from the
repository root:

    .venv/bin/python benchmarks/extract_speed.py
    .venv/bin/python benchmarks/extract_speed.py --baseline /tmp/extract-baseline/src
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INPUTS = [
    *sorted((ROOT / "tests" / "extract" / "inputs").glob("*.txt")),
    *sorted((ROOT / "tests" / "extract" / "heldout" / "inputs").glob("*.txt")),
]

_TIMER = """
import json, sys, time
from cascade.extract import extract_file
out = {}
for path in sys.argv[1:]:
    extract_file(path)  # warm the caches
    best = min(
        (lambda t0: (extract_file(path), time.perf_counter() - t0)[1])(time.perf_counter())
        for _ in range(5)
    )
    out[path] = best
print(json.dumps(out))
"""


def time_version(src: Path) -> dict[str, float]:
    """Best-of-five seconds per input for the extractor in ``src``."""
    result = subprocess.run(
        [sys.executable, "-c", _TIMER, *map(str, INPUTS)],
        env={"PYTHONPATH": str(src), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    times: dict[str, float] = json.loads(result.stdout)
    return times


def main() -> int:
    """Print seconds per document for this checkout (and the baseline); exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="the src folder of another checkout")
    args = parser.parse_args()
    current = time_version(ROOT / "src")
    baseline = time_version(args.baseline) if args.baseline else None
    print(f"{'document':<58}{'this (s)':>10}" + (f"{'baseline (s)':>14}" if baseline else ""))
    for path in INPUTS:
        row = f"{path.name[:56]:<58}{current[str(path)]:>10.4f}"
        if baseline is not None:
            row += f"{baseline[str(path)]:>14.4f}"
        print(row)
    print(f"{'slowest':<58}{max(current.values()):>10.4f}", end="")
    print(f"{max(baseline.values()):>14.4f}" if baseline else "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
