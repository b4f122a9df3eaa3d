"""Precision and recall of ``cascade extract`` per field, per document and overall.

Runs the extractor on every input that has a gold annotation (tests/extract/gold) and
prints a table; also times each document. Run from the repository root:

    .venv/bin/python benchmarks/extract_eval.py            # the table
    .venv/bin/python benchmarks/extract_eval.py --details  # and what was missed or extra
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cascade.extract import extract_file  # noqa: E402
from cascade.extract.evaluate import FIELDS, Score, fmt, load_gold, score  # noqa: E402

GOLD = ROOT / "tests" / "extract" / "gold"
INPUTS = ROOT / "tests" / "extract" / "inputs"


def main() -> int:
    """Print the evaluation table; exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list misses and extras")
    args = parser.parse_args()
    totals = {name: Score() for name in FIELDS}
    rows: list[tuple[str, dict[str, Score], float]] = []
    for gold_path in sorted(GOLD.glob("*.yaml")):
        gold = load_gold(gold_path)
        started = time.perf_counter()
        extraction = extract_file(INPUTS / gold.input)
        seconds = time.perf_counter() - started
        scores = score(extraction, gold)
        rows.append((gold_path.stem, scores, seconds))
        for name in FIELDS:
            totals[name].add(scores[name])
    header = f"{'document':<14}" + "".join(f"{name[:12]:>14}" for name in FIELDS) + f"{'s':>7}"
    print("precision / recall (%) per field; n = gold items")
    print(header)
    for stem, scores, seconds in rows:
        cells = "".join(f"{fmt(scores[n].precision):>7}/{fmt(scores[n].recall):<6}" for n in FIELDS)
        print(f"{stem[:14]:<14}{cells}{seconds:7.3f}")
    cells = "".join(f"{fmt(totals[n].precision):>7}/{fmt(totals[n].recall):<6}" for n in FIELDS)
    print(f"{'ALL':<14}{cells}")
    print(f"{'n (gold)':<14}" + "".join(f"{totals[n].expected:>14}" for n in FIELDS))
    if args.details:
        for stem, scores, _ in rows:
            for name in FIELDS:
                s = scores[name]
                for miss in s.misses:
                    print(f"{stem}: {name}: missed {miss}")
                for extra in s.extras:
                    print(f"{stem}: {name}: extra {extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
