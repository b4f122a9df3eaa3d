"""Evaluate ``cascade extract`` on real documents: per document and in total.

For each real document with a gold file (tests/extract/corpus/*/gold, and the real
documents among tests/extract/gold), the extractor runs with the corpus's registry of
national bodies (``--orgs``) and the draft is compared with the gold:

* task recall: gold tasks (one per lead) matched to an emitted obligation with the same lead;
  precision: right / emitted, where an obligation for a further part of a matched item (same
  clause and lead) is right too (gold files have one task per item, drafts one obligation
  per action);
* deadline accuracy: right kind and date among the matched tasks; "gold dl" counts the
  gold's deadlines found right, "false" the deadlines emitted where the gold has none;
* header: identifier, date and signer, and the seven other fields; references found in full;
* validation: error findings of ``cascade validate`` on the draft (0 = the draft validates);
* seconds per document, in this process.

A hundred and one sets: development (the rules are tuned on it) and held-out rounds 1 to 100 (each
scored once to check that what was learnt carried over, read and tuned on since: kept apart so
that the history stays readable). The next fresh set is wired in here once it is chosen and
annotated, and scored once at the end of its round. Run from the repository root:

    .venv/bin/python benchmarks/extract_eval.py                # the development set
    .venv/bin/python benchmarks/extract_eval.py --heldout      # held-out round 1
    .venv/bin/python benchmarks/extract_eval.py --heldout2     # held-out round 2
    .venv/bin/python benchmarks/extract_eval.py --heldout3     # held-out round 3
    .venv/bin/python benchmarks/extract_eval.py --heldout4     # held-out round 4
    .venv/bin/python benchmarks/extract_eval.py --heldout5     # held-out round 5
    .venv/bin/python benchmarks/extract_eval.py --heldout6     # held-out round 6
    .venv/bin/python benchmarks/extract_eval.py --heldout7     # held-out round 7
    .venv/bin/python benchmarks/extract_eval.py --heldout8     # held-out round 8
    .venv/bin/python benchmarks/extract_eval.py --heldout9     # held-out round 9
    .venv/bin/python benchmarks/extract_eval.py --heldout10    # held-out round 10
    .venv/bin/python benchmarks/extract_eval.py --heldout11    # held-out round 11
    .venv/bin/python benchmarks/extract_eval.py --heldout12    # held-out round 12
    .venv/bin/python benchmarks/extract_eval.py --heldout13    # held-out round 13
    .venv/bin/python benchmarks/extract_eval.py --heldout14    # held-out round 14
    .venv/bin/python benchmarks/extract_eval.py --heldout15    # held-out round 15
    .venv/bin/python benchmarks/extract_eval.py --heldout16    # held-out round 16
    .venv/bin/python benchmarks/extract_eval.py --heldout17    # held-out round 17
    .venv/bin/python benchmarks/extract_eval.py --heldout18    # held-out round 18
    .venv/bin/python benchmarks/extract_eval.py --heldout19    # held-out round 19
    .venv/bin/python benchmarks/extract_eval.py --heldout20    # held-out round 20
    .venv/bin/python benchmarks/extract_eval.py --heldout21    # held-out round 21
    .venv/bin/python benchmarks/extract_eval.py --heldout22    # held-out round 22
    .venv/bin/python benchmarks/extract_eval.py --heldout23    # held-out round 23
    .venv/bin/python benchmarks/extract_eval.py --heldout24    # held-out round 24
    .venv/bin/python benchmarks/extract_eval.py --heldout25    # held-out round 25
    .venv/bin/python benchmarks/extract_eval.py --heldout26    # held-out round 26
    .venv/bin/python benchmarks/extract_eval.py --heldout27    # held-out round 27
    .venv/bin/python benchmarks/extract_eval.py --heldout28    # held-out round 28
    .venv/bin/python benchmarks/extract_eval.py --heldout29    # held-out round 29
    .venv/bin/python benchmarks/extract_eval.py --heldout30    # held-out round 30
    .venv/bin/python benchmarks/extract_eval.py --heldout31    # held-out round 31
    .venv/bin/python benchmarks/extract_eval.py --heldout32    # held-out round 32
    .venv/bin/python benchmarks/extract_eval.py --heldout33    # held-out round 33
    .venv/bin/python benchmarks/extract_eval.py --heldout34    # held-out round 34
    .venv/bin/python benchmarks/extract_eval.py --heldout35    # held-out round 35
    .venv/bin/python benchmarks/extract_eval.py --heldout36    # held-out round 36
    .venv/bin/python benchmarks/extract_eval.py --heldout37    # held-out round 37
    .venv/bin/python benchmarks/extract_eval.py --heldout38    # held-out round 38
    .venv/bin/python benchmarks/extract_eval.py --heldout39    # held-out round 39
    .venv/bin/python benchmarks/extract_eval.py --heldout40    # held-out round 40
    .venv/bin/python benchmarks/extract_eval.py --heldout41    # held-out round 41
    .venv/bin/python benchmarks/extract_eval.py --heldout42    # held-out round 42
    .venv/bin/python benchmarks/extract_eval.py --heldout43    # held-out round 43
    .venv/bin/python benchmarks/extract_eval.py --heldout44    # held-out round 44
    .venv/bin/python benchmarks/extract_eval.py --heldout45    # held-out round 45
    .venv/bin/python benchmarks/extract_eval.py --heldout46    # held-out round 46
    .venv/bin/python benchmarks/extract_eval.py --heldout47    # held-out round 47
    .venv/bin/python benchmarks/extract_eval.py --heldout48    # held-out round 48
    .venv/bin/python benchmarks/extract_eval.py --heldout49    # held-out round 49
    .venv/bin/python benchmarks/extract_eval.py --heldout50    # held-out round 50
    .venv/bin/python benchmarks/extract_eval.py --heldout51    # held-out round 51
    .venv/bin/python benchmarks/extract_eval.py --heldout52    # held-out round 52
    .venv/bin/python benchmarks/extract_eval.py --heldout53    # held-out round 53
    .venv/bin/python benchmarks/extract_eval.py --heldout54    # held-out round 54
    .venv/bin/python benchmarks/extract_eval.py --heldout55    # held-out round 55
    .venv/bin/python benchmarks/extract_eval.py --heldout56    # held-out round 56
    .venv/bin/python benchmarks/extract_eval.py --heldout57    # held-out round 57
    .venv/bin/python benchmarks/extract_eval.py --heldout58    # held-out round 58
    .venv/bin/python benchmarks/extract_eval.py --heldout59    # held-out round 59
    .venv/bin/python benchmarks/extract_eval.py --heldout60    # held-out round 60
    .venv/bin/python benchmarks/extract_eval.py --heldout61    # held-out round 61
    .venv/bin/python benchmarks/extract_eval.py --heldout62    # held-out round 62
    .venv/bin/python benchmarks/extract_eval.py --heldout63    # held-out round 63
    .venv/bin/python benchmarks/extract_eval.py --heldout64    # held-out round 64
    .venv/bin/python benchmarks/extract_eval.py --heldout65    # held-out round 65
    .venv/bin/python benchmarks/extract_eval.py --heldout66    # held-out round 66
    .venv/bin/python benchmarks/extract_eval.py --heldout67    # held-out round 67
    .venv/bin/python benchmarks/extract_eval.py --heldout68    # held-out round 68
    .venv/bin/python benchmarks/extract_eval.py --heldout69    # held-out round 69
    .venv/bin/python benchmarks/extract_eval.py --heldout70    # held-out round 70
    .venv/bin/python benchmarks/extract_eval.py --heldout71    # held-out round 71
    .venv/bin/python benchmarks/extract_eval.py --heldout72    # held-out round 72
    .venv/bin/python benchmarks/extract_eval.py --heldout73    # held-out round 73
    .venv/bin/python benchmarks/extract_eval.py --heldout74    # held-out round 74
    .venv/bin/python benchmarks/extract_eval.py --heldout75    # held-out round 75
    .venv/bin/python benchmarks/extract_eval.py --heldout76    # held-out round 76
    .venv/bin/python benchmarks/extract_eval.py --heldout77    # held-out round 77
    .venv/bin/python benchmarks/extract_eval.py --heldout78    # held-out round 78
    .venv/bin/python benchmarks/extract_eval.py --heldout79    # held-out round 79
    .venv/bin/python benchmarks/extract_eval.py --heldout80    # held-out round 80
    .venv/bin/python benchmarks/extract_eval.py --heldout81    # held-out round 81
    .venv/bin/python benchmarks/extract_eval.py --heldout82    # held-out round 82
    .venv/bin/python benchmarks/extract_eval.py --heldout83    # held-out round 83
    .venv/bin/python benchmarks/extract_eval.py --heldout84    # held-out round 84
    .venv/bin/python benchmarks/extract_eval.py --heldout85    # held-out round 85
    .venv/bin/python benchmarks/extract_eval.py --heldout86    # held-out round 86
    .venv/bin/python benchmarks/extract_eval.py --heldout87    # held-out round 87
    .venv/bin/python benchmarks/extract_eval.py --heldout88    # held-out round 88
    .venv/bin/python benchmarks/extract_eval.py --heldout89    # held-out round 89
    .venv/bin/python benchmarks/extract_eval.py --heldout90    # held-out round 90
    .venv/bin/python benchmarks/extract_eval.py --heldout91    # held-out round 91
    .venv/bin/python benchmarks/extract_eval.py --heldout92    # held-out round 92
    .venv/bin/python benchmarks/extract_eval.py --heldout93    # held-out round 93
    .venv/bin/python benchmarks/extract_eval.py --heldout94    # held-out round 94
    .venv/bin/python benchmarks/extract_eval.py --heldout95    # held-out round 95
    .venv/bin/python benchmarks/extract_eval.py --heldout96    # held-out round 96
    .venv/bin/python benchmarks/extract_eval.py --heldout97    # held-out round 97
    .venv/bin/python benchmarks/extract_eval.py --heldout98    # held-out round 98
    .venv/bin/python benchmarks/extract_eval.py --heldout99    # held-out round 99
    .venv/bin/python benchmarks/extract_eval.py --heldout100   # held-out round 100
    .venv/bin/python benchmarks/extract_eval.py --all          # all 101 sets, and their sum
    .venv/bin/python benchmarks/extract_eval.py --details      # what was missed or extra
    .venv/bin/python benchmarks/extract_eval.py --seen         # seen sets, details, no seconds
    .venv/bin/python benchmarks/extract_eval.py --markdown     # tables for docs/extract.md
    .venv/bin/python benchmarks/extract_eval.py --legacy       # per-field tables, constructed texts
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cascade.extract import extract_file, load_registry  # noqa: E402
from cascade.extract.evaluate import FIELDS, Score, fmt, load_gold, score  # noqa: E402
from cascade.extract.known_orgs import Registry  # noqa: E402
from cascade.extract.scorecard import (  # noqa: E402
    KEY_HEADER_FIELDS,
    OTHER_HEADER_FIELDS,
    Card,
    ratio,
    score_document,
    totals,
)
from cascade.rules import Validator  # noqa: E402
from cascade.rules.base import Severity  # noqa: E402

TESTS = ROOT / "tests" / "extract"
CORPUS = TESTS / "corpus"
ORGS = CORPUS / "orgs.yaml"
# the real documents among the first gold files (06 is constructed)
REAL_SAMPLES = ("000_seed", "01_QD-435", "02_NQ-60", "04_NQ-1654", "05_CV-2739")
LEGACY_SETS = {
    "constructed development": (TESTS / "gold", TESTS / "inputs"),
    "constructed held-out round 2": (TESTS / "heldout" / "gold", TESTS / "heldout" / "inputs"),
}


# the sets, by the name printed, and their folders under the corpus
SETS = {
    "development": "dev",
    "held-out round 1 (seen since)": "heldout",
    "held-out round 2 (seen since)": "heldout2",
    "held-out round 3 (seen since)": "heldout3",
    "held-out round 4 (seen since)": "heldout4",
    "held-out round 5 (seen since)": "heldout5",
    "held-out round 6 (seen since)": "heldout6",
    "held-out round 7 (seen since)": "heldout7",
    "held-out round 8 (seen since)": "heldout8",
    "held-out round 9 (seen since)": "heldout9",
    "held-out round 10 (seen since)": "heldout10",
    "held-out round 11 (seen since)": "heldout11",
    "held-out round 12 (seen since)": "heldout12",
    "held-out round 13 (seen since)": "heldout13",
    "held-out round 14 (seen since)": "heldout14",
    "held-out round 15 (seen since)": "heldout15",
    "held-out round 16 (seen since)": "heldout16",
    "held-out round 17 (seen since)": "heldout17",
    "held-out round 18 (seen since)": "heldout18",
    "held-out round 19 (seen since)": "heldout19",
    "held-out round 20 (seen since)": "heldout20",
    "held-out round 21 (seen since)": "heldout21",
    "held-out round 22 (seen since)": "heldout22",
    "held-out round 23 (seen since)": "heldout23",
    "held-out round 24 (seen since)": "heldout24",
    "held-out round 25 (seen since)": "heldout25",
    "held-out round 26 (seen since)": "heldout26",
    "held-out round 27 (seen since)": "heldout27",
    "held-out round 28 (seen since)": "heldout28",
    "held-out round 29 (seen since)": "heldout29",
    "held-out round 30 (seen since)": "heldout30",
    "held-out round 31 (seen since)": "heldout31",
    "held-out round 32 (seen since)": "heldout32",
    "held-out round 33 (seen since)": "heldout33",
    "held-out round 34 (seen since)": "heldout34",
    "held-out round 35 (seen since)": "heldout35",
    "held-out round 36 (seen since)": "heldout36",
    "held-out round 37 (seen since)": "heldout37",
    "held-out round 38 (seen since)": "heldout38",
    "held-out round 39 (seen since)": "heldout39",
    "held-out round 40 (seen since)": "heldout40",
    "held-out round 41 (seen since)": "heldout41",
    "held-out round 42 (seen since)": "heldout42",
    "held-out round 43 (seen since)": "heldout43",
    "held-out round 44 (seen since)": "heldout44",
    "held-out round 45 (seen since)": "heldout45",
    "held-out round 46 (seen since)": "heldout46",
    "held-out round 47 (seen since)": "heldout47",
    "held-out round 48 (seen since)": "heldout48",
    "held-out round 49 (seen since)": "heldout49",
    "held-out round 50 (seen since)": "heldout50",
    "held-out round 51 (seen since)": "heldout51",
    "held-out round 52 (seen since)": "heldout52",
    "held-out round 53 (seen since)": "heldout53",
    "held-out round 54 (seen since)": "heldout54",
    "held-out round 55 (seen since)": "heldout55",
    "held-out round 56 (seen since)": "heldout56",
    "held-out round 57 (seen since)": "heldout57",
    "held-out round 58 (seen since)": "heldout58",
    "held-out round 59 (seen since)": "heldout59",
    "held-out round 60 (seen since)": "heldout60",
    "held-out round 61 (seen since)": "heldout61",
    "held-out round 62 (seen since)": "heldout62",
    "held-out round 63 (seen since)": "heldout63",
    "held-out round 64 (seen since)": "heldout64",
    "held-out round 65 (seen since)": "heldout65",
    "held-out round 66 (seen since)": "heldout66",
    "held-out round 67 (seen since)": "heldout67",
    "held-out round 68 (seen since)": "heldout68",
    "held-out round 69 (seen since)": "heldout69",
    "held-out round 70 (seen since)": "heldout70",
    "held-out round 71 (seen since)": "heldout71",
    "held-out round 72 (seen since)": "heldout72",
    "held-out round 73 (seen since)": "heldout73",
    "held-out round 74 (seen since)": "heldout74",
    "held-out round 75 (seen since)": "heldout75",
    "held-out round 76 (seen since)": "heldout76",
    "held-out round 77 (seen since)": "heldout77",
    "held-out round 78 (seen since)": "heldout78",
    "held-out round 79 (seen since)": "heldout79",
    "held-out round 80 (seen since)": "heldout80",
    "held-out round 81 (seen since)": "heldout81",
    "held-out round 82 (seen since)": "heldout82",
    "held-out round 83 (seen since)": "heldout83",
    "held-out round 84 (seen since)": "heldout84",
    "held-out round 85 (seen since)": "heldout85",
    "held-out round 86 (seen since)": "heldout86",
    "held-out round 87 (seen since)": "heldout87",
    "held-out round 88 (seen since)": "heldout88",
    "held-out round 89 (seen since)": "heldout89",
    "held-out round 90 (seen since)": "heldout90",
    "held-out round 91 (seen since)": "heldout91",
    "held-out round 92 (seen since)": "heldout92",
    "held-out round 93 (seen since)": "heldout93",
    "held-out round 94 (seen since)": "heldout94",
    "held-out round 95 (seen since)": "heldout95",
    "held-out round 96 (seen since)": "heldout96",
    "held-out round 97 (seen since)": "heldout97",
    "held-out round 98 (seen since)": "heldout98",
    "held-out round 99 (seen since)": "heldout99",
    "held-out round 100 (seen since)": "heldout100",
}


def documents(which: str) -> list[tuple[Path, Path]]:
    """(gold file, text file) pairs of the set ``which`` (a key of ``SETS``)."""
    folder = CORPUS / SETS[which]
    pairs = []
    for gold_path in sorted((folder / "gold").glob("*.yaml")):
        pairs.append((gold_path, folder / "texts" / load_gold(gold_path).input))
    if which == "development":
        for stem in REAL_SAMPLES:
            gold_path = TESTS / "gold" / f"{stem}.yaml"
            pairs.append((gold_path, TESTS / "inputs" / load_gold(gold_path).input))
    return pairs


def validation_errors(draft: str) -> Counter[str]:
    """The rules that report errors on a draft (its YAML text), as ``cascade validate``
    would on the file, with their counts."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.yaml"
        path.write_text(draft, encoding="utf-8")
        report = Validator().validate_file(path)
    if report.error is not None:
        return Counter({"unreadable": 1})
    return Counter(f.code for f in report.findings if f.severity is Severity.ERROR)


def evaluate(which: str, registry: Registry | None) -> list[Card]:
    """A card per document of the set."""
    return [
        score_document(text, load_gold(gold), registry, gold.stem, validation_errors)
        for gold, text in documents(which)
    ]


def _pct(part: int, whole: int) -> str:
    return f"{100 * ratio(part, whole):.0f}"


def _cells(card: Card) -> list[str]:
    other = sum(card.header.get(name, False) for name in OTHER_HEADER_FIELDS)
    key = "".join("y" if card.header.get(name) else "-" for name in KEY_HEADER_FIELDS)
    return [
        card.name[:28],
        f"{card.found}/{card.gold_tasks}",
        _pct(card.found, card.gold_tasks),
        str(card.emitted),
        _pct(card.precise, card.emitted),
        f"{card.deadlines_right}/{card.found}",
        f"{card.gold_deadlines_right}/{card.gold_deadlines}",
        str(card.false_deadlines),
        key,
        f"{other}/{len(OTHER_HEADER_FIELDS)}",
        f"{card.references_right}/{card.gold_references}",
        str(sum(card.errors.values())),
        str(card.reviews),
        f"{card.seconds:.2f}",
    ]


HEADINGS = [
    "document",
    "tasks",
    "rec%",
    "emitted",
    "prec%",
    "deadl.",
    "gold dl",
    "false",
    "id/date/signer",
    "header",
    "refs",
    "errors",
    "reviews",
    "s",
]


def print_cards(title: str, cards: list[Card], markdown: bool, timing: bool = True) -> None:
    """A row per document, then the totals and a summary of the measures (without the
    seconds when not ``timing``, so that two runs can be diffed)."""
    total, header = totals(cards)
    rows = [_cells(card) for card in cards]
    total_row = _cells(total)
    total_row[8] = ""
    total_row[9] = f"{sum(header.get(n, 0) for n in OTHER_HEADER_FIELDS)}/{7 * len(cards)}"
    total_row[13] = f"{total.seconds / max(len(cards), 1):.2f}"
    rows.append(total_row)
    headings = HEADINGS if timing else HEADINGS[:-1]
    rows = [row[: len(headings)] for row in rows]
    print(f"### {title}: {len(cards)} documents\n" if markdown else f"== {title}")
    if markdown:
        print("| " + " | ".join(headings) + " |")
        print("|" + "---|" * len(headings))
        for row in rows:
            print("| " + " | ".join(row) + " |")
        print()
    else:
        widths = [max(len(r[i]) for r in [headings, *rows]) for i in range(len(headings))]
        for row in [headings, *rows]:
            print(
                "  ".join(
                    c.ljust(w) if i == 0 else c.rjust(w)
                    for i, (c, w) in enumerate(zip(row, widths, strict=True))
                )
            )
    n = len(cards)
    lines = [
        f"task recall {_pct(total.found, total.gold_tasks)}% ({total.found}/{total.gold_tasks}),"
        f" precision {_pct(total.precise, total.emitted)}% ({total.precise}/{total.emitted};"
        f" {total.parts} of them further parts of a matched item)",
        f"deadline accuracy {_pct(total.deadlines_right, total.found)}%"
        f" ({total.deadlines_right}/{total.found} matched tasks); gold deadlines found right"
        f" {total.gold_deadlines_right}/{total.gold_deadlines};"
        f" false deadlines {total.false_deadlines}",
        "header: "
        + ", ".join(f"{name} {_pct(header.get(name, 0), n)}%" for name in KEY_HEADER_FIELDS)
        + f", other fields {_pct(sum(header.get(x, 0) for x in OTHER_HEADER_FIELDS), 7 * n)}%;"
        f" references {total.references_right}/{total.gold_references}",
        f"drafts that validate: {sum(c.validates for c in cards)}/{n}"
        + (f" (errors: {dict(total.errors.most_common())})" if total.errors else ""),
        f"seconds per document: mean {total.seconds / max(n, 1):.2f},"
        f" max {max((c.seconds for c in cards), default=0):.2f}",
    ][: None if timing else -1]
    print("\n".join(f"- {line}" if markdown else line for line in lines))
    print()


def print_details(cards: list[Card]) -> None:
    """What each document missed, emitted in excess, dated wrong, and failed to validate."""
    for card in cards:
        if card.refused:
            print(f"{card.name}: refused: {card.refused}")
        for miss in card.missed:
            print(f"{card.name}: missed {miss}")
        for extra in card.extra:
            print(f"{card.name}: extra {extra}")
        for wrong in card.wrong_deadlines:
            print(f"{card.name}: deadline {wrong}")
        for name, ok in card.header.items():
            if not ok:
                print(f"{card.name}: header {name} differs")
        for code, count in card.errors.items():
            print(f"{card.name}: validation {code} x{count}")
    print()


def print_legacy(details: bool) -> None:
    """Per-field precision / recall on the constructed texts (the earlier evaluation)."""
    for title, (gold_dir, inputs_dir) in LEGACY_SETS.items():
        totals_ = {name: Score() for name in FIELDS}
        print(f"== {title}: precision / recall (%) per field; n = gold items")
        print(f"{'document':<14}" + "".join(f"{name[:12]:>14}" for name in FIELDS))
        for gold_path in sorted(gold_dir.glob("*.yaml")):
            gold = load_gold(gold_path)
            scores = score(extract_file(inputs_dir / gold.input), gold)
            for name in FIELDS:
                totals_[name].add(scores[name])
            cells = "".join(
                f"{fmt(scores[n].precision):>7}/{fmt(scores[n].recall):<6}" for n in FIELDS
            )
            print(f"{gold_path.stem[:14]:<14}{cells}")
            if details:
                for name in FIELDS:
                    for miss in scores[name].misses:
                        print(f"  {name}: missed {miss}")
        cells = "".join(
            f"{fmt(totals_[n].precision):>7}/{fmt(totals_[n].recall):<6}" for n in FIELDS
        )
        print(f"{'ALL':<14}{cells}\n")


def main() -> int:
    """Print the evaluation; exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group()
    for name, folder in SETS.items():
        if folder != "dev":  # --heldout for round 1, --heldoutN for round N
            help_ = name.removesuffix(" (seen since)") + " only"
            which.add_argument(f"--{folder}", action="store_true", help=help_)
    which.add_argument(
        "--seen", action="store_true", help="development and every set seen since, for diffs"
    )
    which.add_argument("--all", action="store_true", help="all sets, and their sum")
    which.add_argument("--legacy", action="store_true", help="the constructed texts, per field")
    parser.add_argument("--details", action="store_true", help="list misses and extras")
    parser.add_argument("--markdown", action="store_true", help="Markdown tables")
    parser.add_argument("--orgs", type=Path, default=ORGS, help="registry (default: corpus's)")
    parser.add_argument("--no-orgs", action="store_true", help="extract without a registry")
    args = parser.parse_args()
    if args.legacy:
        print_legacy(args.details)
        return 0
    registry = None if args.no_orgs else load_registry(args.orgs)
    names = list(SETS)
    chosen = [getattr(args, folder) for folder in SETS.values() if folder != "dev"]
    seen = [name for name in names if name == "development" or name.endswith("(seen since)")]
    if args.all or args.seen:
        sets = names if args.all else seen
    else:
        sets = [names[chosen.index(True) + 1]] if any(chosen) else [names[0]]
    everything: list[Card] = []
    for name in sets:
        cards = evaluate(name, registry)
        everything += cards
        print_cards(name, cards, args.markdown, timing=not args.seen)
        if args.details or args.seen:
            print_details(cards)
    if len(sets) > 1:
        print_cards("all real documents", everything, args.markdown, timing=not args.seen)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
