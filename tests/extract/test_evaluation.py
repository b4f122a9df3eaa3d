"""The targets of issue 7 on the seed and the samples, measured against the gold files.

Metadata and references must be all correct; addressees, task assignees and deadlines at
95% or better (precision and recall). The time per document is measured by
``benchmarks/extract_eval.py``, not asserted here (a loaded machine is no failure). The texts of
held-out round 2 (tests/extract/heldout) were held out for their first run only; the rules
have since been fixed on them, so here they guard against regressions: 95% or better over
the set.
"""

from __future__ import annotations

import pytest

from cascade.extract import extract_file
from cascade.extract.evaluate import FIELDS, Score, load_gold, score

from .conftest import GOLD, HERE, INPUTS

GOLD_FILES = sorted(GOLD.glob("*.yaml"))
ROUND2 = HERE / "heldout"
ROUND2_GOLD = sorted((ROUND2 / "gold").glob("*.yaml"))


def test_there_is_a_gold_file_per_input() -> None:
    inputs = {p.name for p in INPUTS.glob("*.txt")}
    assert {load_gold(g).input for g in GOLD_FILES} == inputs
    assert len(GOLD_FILES) == 6  # the seed, samples 01 02 04 05, one synthetic dispatch


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_document_meets_targets(gold_path: object) -> None:
    gold = load_gold(gold_path)  # type: ignore[arg-type]
    extraction = extract_file(INPUTS / gold.input)
    scores = score(extraction, gold)
    for name in ("metadata", "references"):
        assert scores[name].precision == scores[name].recall == 1.0, (name, scores[name].misses)
    for name in ("addressees", "tasks", "deadlines"):
        result = scores[name]
        assert result.precision >= 0.95, (name, result.extras, result.misses)
        assert result.recall >= 0.95, (name, result.misses)


def test_overall_figures() -> None:
    totals = {name: Score() for name in FIELDS}
    for gold_path in GOLD_FILES:
        gold = load_gold(gold_path)
        for name, result in score(extract_file(INPUTS / gold.input), gold).items():
            totals[name].add(result)
    for name in FIELDS:
        assert totals[name].precision >= 0.95, name
        assert totals[name].recall >= 0.95, name


def test_round_two_has_a_gold_file_per_input() -> None:
    inputs = {p.name for p in (ROUND2 / "inputs").glob("*.txt")}
    assert {load_gold(g).input for g in ROUND2_GOLD} == inputs
    assert len(ROUND2_GOLD) >= 5


def test_round_two_figures_do_not_regress() -> None:
    totals = {name: Score() for name in FIELDS}
    for gold_path in ROUND2_GOLD:
        gold = load_gold(gold_path)
        extraction = extract_file(ROUND2 / "inputs" / gold.input)
        for name, result in score(extraction, gold).items():
            totals[name].add(result)
    for name in FIELDS:
        assert totals[name].precision >= 0.95, (name, totals[name].precision)
        assert totals[name].recall >= 0.95, (name, totals[name].recall)


def test_a_cited_document_s_issuer_is_its_body_whoever_signs_for_it() -> None:
    from cascade.extract.evaluate import same_issuer

    ministry = ["Bộ Tài chính", "BTC"]
    assert same_issuer("Bộ Tài chính", ministry)
    assert same_issuer("Bộ trưởng Bộ Tài chính", ministry)
    assert same_issuer("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", ["Văn phòng Chính phủ"])
    assert same_issuer("Chủ tịch Ủy ban nhân dân tỉnh Sơn La", ["Ủy ban nhân dân tỉnh Sơn La"])
    assert not same_issuer("Bộ trưởng Bộ Công an", ministry)
    # the Prime Minister is an issuer of his own, not the Government
    assert not same_issuer("Thủ tướng Chính phủ", ["Chính phủ"])
