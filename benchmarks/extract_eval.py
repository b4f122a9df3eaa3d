"""Precision and recall of ``cascade extract`` per field, per document and overall.

Runs the extractor on every input that has a gold annotation and prints a table per set;
also times each document. Two sets, printed apart:

* development (tests/extract/gold, tests/extract/inputs): the texts the rules were tuned on;
* held-out round 2 (tests/extract/heldout): constructed texts annotated before the
  extractor first ran on them (see tests/extract/heldout/README.md).

Run from the repository root:

    .venv/bin/python benchmarks/extract_eval.py            # both tables
    .venv/bin/python benchmarks/extract_eval.py --heldout  # the held-out table only
    .venv/bin/python benchmarks/extract_eval.py --dev      # the development table only
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

TESTS = ROOT / "tests" / "extract"
SETS = {
    "development": (TESTS / "gold", TESTS / "inputs"),
    "held-out round 2": (TESTS / "heldout" / "gold", TESTS / "heldout" / "inputs"),
}

Row = tuple[str, dict[str, Score], float]


def evaluate(gold_dir: Path, inputs_dir: Path) -> list[Row]:
    """Score every gold file in ``gold_dir`` against the extraction of its input."""
    rows: list[Row] = []
    for gold_path in sorted(gold_dir.glob("*.yaml")):
        gold = load_gold(gold_path)
        started = time.perf_counter()
        extraction = extract_file(inputs_dir / gold.input)
        seconds = time.perf_counter() - started
        rows.append((gold_path.stem, score(extraction, gold), seconds))
    return rows


def print_table(title: str, rows: list[Row], details: bool) -> None:
    """One set's table: a row per document, then the totals and the gold counts."""
    totals = {name: Score() for name in FIELDS}
    for _, scores, _ in rows:
        for name in FIELDS:
            totals[name].add(scores[name])
    print(f"== {title}: precision / recall (%) per field; n = gold items")
    print(f"{'document':<14}" + "".join(f"{name[:12]:>14}" for name in FIELDS) + f"{'s':>7}")
    for stem, scores, seconds in rows:
        cells = "".join(f"{fmt(scores[n].precision):>7}/{fmt(scores[n].recall):<6}" for n in FIELDS)
        print(f"{stem[:14]:<14}{cells}{seconds:7.3f}")
    cells = "".join(f"{fmt(totals[n].precision):>7}/{fmt(totals[n].recall):<6}" for n in FIELDS)
    print(f"{'ALL':<14}{cells}")
    print(f"{'n (gold)':<14}" + "".join(f"{totals[n].expected:>14}" for n in FIELDS))
    if details:
        for stem, scores, _ in rows:
            for name in FIELDS:
                s = scores[name]
                for miss in s.misses:
                    print(f"{stem}: {name}: missed {miss}")
                for extra in s.extras:
                    print(f"{stem}: {name}: extra {extra}")
    print()


def main() -> int:
    """Print the evaluation tables; exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list misses and extras")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--heldout", action="store_true", help="only the held-out set")
    which.add_argument("--dev", action="store_true", help="only the development set")
    args = parser.parse_args()
    for title, (gold_dir, inputs_dir) in SETS.items():
        if (args.heldout and title == "development") or (args.dev and title != "development"):
            continue
        print_table(title, evaluate(gold_dir, inputs_dir), args.details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
