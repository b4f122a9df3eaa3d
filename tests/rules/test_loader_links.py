"""The loader and the validator agree, and group clauses link their children to the right copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from cascade.errors import CascadeFileError
from cascade.files.crossrefs import BLOCKING, check_references
from cascade.files.loader import load
from cascade.rules import builtin_rules
from support import RULE_FIXTURES


def test_base_links_the_commune_to_the_district_copy() -> None:
    cascade = load(RULE_FIXTURES / "base.yaml")
    assert cascade.obligation("2.1").implements == "2@huyen-a"


def test_a_body_below_a_member_links_to_its_superiors_copy(base_text: str, tmp_path: Path) -> None:
    # 2.1 is issued by the province (kh-1) to a commune: the issuer holds no copy of clause 2,
    # but the commune's superior, the district, does
    text = base_text.replace('{id: "2.1", document: kh-2,', '{id: "2.1", document: kh-1,').replace(
        "addressees: [so-a, cac-huyen, mttq]}", "addressees: [so-a, cac-huyen, mttq, xa-a]}"
    )
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    assert load(path).obligation("2.1").implements == "2@huyen-a"


@pytest.mark.parametrize("rule_id", ["CAS101", "CAS102", "CAS103", "CAS104", "CAS105", "CAS106"])
def test_the_loader_refuses_what_the_blocking_rules_report(rule_id: str) -> None:
    path = RULE_FIXTURES / rule_id / "bad.yaml"
    with pytest.raises(CascadeFileError) as caught:
        load(path)
    expected_line = next(
        n
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if f"expect: {rule_id}" in line
    )
    assert caught.value.position is not None
    assert caught.value.position.line == expected_line


def test_blocking_rules_wrap_the_loaders_checks() -> None:
    blocking = [r for r in builtin_rules() if r.blocks]
    assert [r.id for r in blocking] == ["CAS101", "CAS102", "CAS103", "CAS104", "CAS105", "CAS106"]
    assert len(BLOCKING) == len(blocking)


def test_check_references_is_empty_on_clean_files() -> None:
    from cascade.files.loader import read

    cascade_file, _ = read(RULE_FIXTURES / "base.yaml")
    assert check_references(cascade_file) == []
