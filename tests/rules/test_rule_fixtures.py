"""Every rule has a fixture that triggers it and one that does not (tests/validate/fixtures).

A bad fixture marks each line where its rule must report with ``# expect: CASnnn``;
the rule must report on exactly those lines, and its message must name the item
(obligation, document, organisation or group) the finding is placed in.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cascade.files.loader import read
from cascade.rules import Config, StateView, Validator, builtin_rules
from support import RULE_FIXTURES, load_state

RULE_IDS = [r.id for r in builtin_rules()]
EXPECT = re.compile(r"#\s*expect:\s*(CAS\d{3})")
STRICT = Validator(Config(preset="strict"))


def _state(yaml_path: Path) -> StateView | None:
    state_path = yaml_path.with_suffix(".state.json")
    return load_state(state_path) if state_path.exists() else None


def _expected_lines(path: Path, rule_id: str) -> set[int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {n for n, line in enumerate(lines, 1) if (m := EXPECT.search(line)) and m[1] == rule_id}


def test_every_rule_has_both_fixtures() -> None:
    folders = {p.name for p in RULE_FIXTURES.iterdir() if re.fullmatch(r"CAS\d{3}", p.name)}
    assert folders == set(RULE_IDS)
    for rule_id in RULE_IDS:
        assert (RULE_FIXTURES / rule_id / "bad.yaml").is_file()
        assert (RULE_FIXTURES / rule_id / "good.yaml").is_file()


def test_the_base_fixture_is_clean_even_in_strict_mode() -> None:
    report = STRICT.validate_file(RULE_FIXTURES / "base.yaml")
    assert report.error is None
    assert report.findings == []


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_bad_fixture_triggers_the_rule_where_marked(rule_id: str) -> None:
    path = RULE_FIXTURES / rule_id / "bad.yaml"
    expected = _expected_lines(path, rule_id)
    assert expected, f"{path} marks no line with '# expect: {rule_id}'"
    report = STRICT.validate_file(path, _state(path))
    assert report.error is None
    found = [f for f in report.findings if f.rule.id == rule_id]
    assert {f.position.line for f in found} == expected
    cascade_file, _ = read(path)
    for f in found:
        assert f.position.path == str(path)
        assert f.position.column is not None and f.position.column >= 1
        section, index = f.path[0], f.path[1]
        assert isinstance(section, str) and isinstance(index, int)
        item_id = getattr(cascade_file, section)[index].id
        assert item_id in f.message, f"{f.message!r} does not name {item_id!r}"


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_good_fixture_does_not_trigger_the_rule(rule_id: str) -> None:
    path = RULE_FIXTURES / rule_id / "good.yaml"
    assert not EXPECT.search(path.read_text(encoding="utf-8"))
    report = STRICT.validate_file(path, _state(path))
    assert report.error is None
    assert [str(f) for f in report.findings if f.rule.id == rule_id] == []


def test_expired_organisation_message_names_the_successor() -> None:
    for rule_id in ("CAS303", "CAS304"):
        report = STRICT.validate_file(RULE_FIXTURES / rule_id / "bad.yaml")
        (finding,) = [f for f in report.findings if f.rule.id == rule_id]
        assert "its successor is 'ubnd-tinh'" in finding.message
        assert "huyen-a" in finding.message


def test_state_rules_do_not_run_without_state() -> None:
    for rule_id in ("CAS601", "CAS602"):
        report = STRICT.validate_file(RULE_FIXTURES / rule_id / "bad.yaml")
        assert [f for f in report.findings if f.rule.layer == "state"] == []


def test_every_rule_is_documented_and_has_a_distinct_name() -> None:
    rules = builtin_rules()
    assert len({r.name for r in rules}) == len(rules)
    for r in rules:
        assert r.summary.endswith(".") and len(r.summary) < 120, r.id
        assert r.id.startswith("CAS") and r.id[3] == str(
            ["references", "structure", "time", "authority", "conventions", "state"].index(r.family)
            + 1
        )
