"""The real-document measures: task recall and precision, deadlines, header, validation."""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path
from types import ModuleType

from cascade.extract.evaluate import Gold, load_gold
from cascade.extract.scorecard import score_document, totals

from .conftest import GOLD, SEED_TEXT

SEED_GOLD = load_gold(GOLD / "000_seed.yaml")
BENCHMARK = Path(__file__).parents[2] / "benchmarks" / "extract_eval.py"


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extract_eval", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _variant(change: dict[str, object] | None = None, drop: int | None = None) -> Gold:
    data = copy.deepcopy(SEED_GOLD.data)
    if drop is not None:
        del data["tasks"][drop]
    for key, value in (change or {}).items():
        data["document"][key] = value
    return Gold(SEED_GOLD.input, data)


def test_a_gold_task_not_in_the_gold_file_lowers_precision_not_recall() -> None:
    full = score_document(SEED_TEXT, SEED_GOLD, None, "seed")
    fewer = score_document(SEED_TEXT, _variant(drop=0), None, "seed")
    leads = len(SEED_GOLD.data["tasks"][0]["leads"])
    assert full.found == full.gold_tasks == full.emitted
    assert fewer.gold_tasks == full.gold_tasks - leads
    assert fewer.found == fewer.gold_tasks
    assert fewer.emitted == full.emitted
    assert len(fewer.extra) == leads


def test_a_further_part_of_a_matched_item_is_no_error() -> None:
    # "lực lượng báo cáo viên …" is the second action of the item whose first action
    # ("cung cấp nội dung …") the gold keeps: the draft's obligation for it is a part
    tasks = SEED_GOLD.data["tasks"]
    index = next(i for i, t in enumerate(tasks) if t["text"].startswith("lực lượng báo cáo"))
    card = score_document(SEED_TEXT, _variant(drop=index), None, "seed")
    leads = len(tasks[index]["leads"])
    assert card.parts == leads and not card.extra
    assert card.precise == card.emitted
    # an item the gold leaves out altogether is an error
    card = score_document(SEED_TEXT, _variant(drop=0), None, "seed")
    assert card.parts == 0 and card.precise == card.emitted - len(tasks[0]["leads"])


def test_a_wrong_deadline_is_counted_and_a_deadline_where_the_gold_has_none_is_false() -> None:
    data = copy.deepcopy(SEED_GOLD.data)
    data["tasks"][0]["deadline"] = "absolute 2025-01-01"
    data["tasks"][1]["deadline"] = "none"
    card = score_document(SEED_TEXT, Gold(SEED_GOLD.input, data), None, "seed")
    changed = len(data["tasks"][0]["leads"]) + len(data["tasks"][1]["leads"])
    assert card.deadlines_right == card.found - changed
    assert card.false_deadlines == len(data["tasks"][1]["leads"])
    assert len(card.wrong_deadlines) == changed


def test_header_fields_are_judged_one_by_one() -> None:
    card = score_document(SEED_TEXT, _variant({"signer": "Người Khác"}), None, "seed")
    assert card.header["signer"] is False
    assert card.header["identifier"] is True
    total, header = totals([card, score_document(SEED_TEXT, SEED_GOLD, None, "seed")])
    assert header["signer"] == 1 and header["identifier"] == 2
    assert total.gold_tasks == 2 * card.gold_tasks


def test_a_text_the_extractor_refuses_counts_every_gold_task_as_missed(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Ghi chép cá nhân, không phải văn bản.\n", encoding="utf-8")
    card = score_document(text, SEED_GOLD, None, "notes", _benchmark().validation_errors)
    assert card.refused and card.found == 0 and card.gold_tasks > 0
    assert not card.validates


def test_validation_errors_are_counted_by_rule() -> None:
    validation_errors = _benchmark().validation_errors
    clean = (Path(__file__).parents[2] / "workflows" / "kien-giang-xiv-congress.yaml").read_text(
        encoding="utf-8"
    )
    assert validation_errors(clean) == {}
    orphan = clean.replace("    parent: ubnd-tinh\n  - id: dai-ptth", "  - id: dai-ptth", 1)
    assert validation_errors(orphan) == {"CAS401": 1}  # assigned to a body of no known parent
    assert validation_errors(clean.replace("lead: so-tttt", "lead: nobody", 1)) == {"CAS101": 1}
    gold = (GOLD / "000_seed.yaml").read_text(encoding="utf-8")
    assert validation_errors(gold) == {"unreadable": 1}  # a gold file is no cascade


def test_the_benchmark_reads_one_hundred_and_one_sets_of_real_documents() -> None:
    benchmark = _benchmark()
    sizes = {name: len(benchmark.documents(name)) for name in benchmark.SETS}
    assert sizes == {
        "development": 23,
        "held-out round 1 (seen since)": 11,
        "held-out round 2 (seen since)": 10,
        "held-out round 3 (seen since)": 8,
        "held-out round 4 (seen since)": 8,
        "held-out round 5 (seen since)": 8,
        "held-out round 6 (seen since)": 8,
        "held-out round 7 (seen since)": 8,
        "held-out round 8 (seen since)": 8,
        "held-out round 9 (seen since)": 8,
        "held-out round 10 (seen since)": 8,
        "held-out round 11 (seen since)": 8,
        "held-out round 12 (seen since)": 8,
        "held-out round 13 (seen since)": 7,
        "held-out round 14 (seen since)": 6,
        "held-out round 15 (seen since)": 6,
        "held-out round 16 (seen since)": 6,
        "held-out round 17 (seen since)": 7,
        "held-out round 18 (seen since)": 5,
        "held-out round 19 (seen since)": 7,
        "held-out round 20 (seen since)": 7,
        "held-out round 21 (seen since)": 6,
        "held-out round 22 (seen since)": 5,
        "held-out round 23 (seen since)": 6,
        "held-out round 24 (seen since)": 6,
        "held-out round 25 (seen since)": 3,
        "held-out round 26 (seen since)": 5,
        "held-out round 27 (seen since)": 5,
        "held-out round 28 (seen since)": 3,
        "held-out round 29 (seen since)": 4,
        "held-out round 30 (seen since)": 4,
        "held-out round 31 (seen since)": 4,
        "held-out round 32 (seen since)": 4,
        "held-out round 33 (seen since)": 3,
        "held-out round 34 (seen since)": 3,
        "held-out round 35 (seen since)": 3,
        "held-out round 36 (seen since)": 3,
        "held-out round 37 (seen since)": 3,
        "held-out round 38 (seen since)": 3,
        "held-out round 39 (seen since)": 3,
        "held-out round 40 (seen since)": 3,
        "held-out round 41 (seen since)": 3,
        "held-out round 42 (seen since)": 3,
        "held-out round 43 (seen since)": 3,
        "held-out round 44 (seen since)": 3,
        "held-out round 45 (seen since)": 3,
        "held-out round 46 (seen since)": 3,
        "held-out round 47 (seen since)": 3,
        "held-out round 48 (seen since)": 4,
        "held-out round 49 (seen since)": 3,
        "held-out round 50 (seen since)": 3,
        "held-out round 51 (seen since)": 4,
        "held-out round 52 (seen since)": 3,
        "held-out round 53 (seen since)": 1,
        "held-out round 54 (seen since)": 1,
        "held-out round 55 (seen since)": 2,
        "held-out round 56 (seen since)": 2,
        "held-out round 57 (seen since)": 1,
        "held-out round 58 (seen since)": 1,
        "held-out round 59 (seen since)": 1,
        "held-out round 60 (seen since)": 1,
        "held-out round 61 (seen since)": 1,
        "held-out round 62 (seen since)": 1,
        "held-out round 63 (seen since)": 1,
        "held-out round 64 (seen since)": 1,
        "held-out round 65 (seen since)": 1,
        "held-out round 66 (seen since)": 1,
        "held-out round 67 (seen since)": 1,
        "held-out round 68 (seen since)": 1,
        "held-out round 69 (seen since)": 1,
        "held-out round 70 (seen since)": 1,
        "held-out round 71 (seen since)": 1,
        "held-out round 72 (seen since)": 1,
        "held-out round 73 (seen since)": 1,
        "held-out round 74 (seen since)": 1,
        "held-out round 75 (seen since)": 1,
        "held-out round 76 (seen since)": 1,
        "held-out round 77 (seen since)": 1,
        "held-out round 78 (seen since)": 1,
        "held-out round 79 (seen since)": 1,
        "held-out round 80 (seen since)": 1,
        "held-out round 81 (seen since)": 1,
        "held-out round 82 (seen since)": 2,
        "held-out round 83 (seen since)": 1,
        "held-out round 84 (seen since)": 1,
        "held-out round 85 (seen since)": 1,
        "held-out round 86 (seen since)": 1,
        "held-out round 87 (seen since)": 2,
        "held-out round 88 (seen since)": 2,
        "held-out round 89 (seen since)": 1,
        "held-out round 90 (seen since)": 2,
        "held-out round 91 (seen since)": 3,
        "held-out round 92 (seen since)": 4,
        "held-out round 93 (seen since)": 2,
        "held-out round 94 (seen since)": 4,
        "held-out round 95 (seen since)": 4,
        "held-out round 96 (seen since)": 4,
        "held-out round 97 (seen since)": 3,
        "held-out round 98 (seen since)": 3,
        "held-out round 99 (seen since)": 3,
        "held-out round 100 (seen since)": 4,
    }
    for name in benchmark.SETS:
        for gold, text in benchmark.documents(name):
            assert gold.is_file() and text.is_file(), (gold, text)
