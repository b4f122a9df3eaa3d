"""Suppression comments: per line, per node, on the line before, per file."""

from __future__ import annotations

from pathlib import Path

from cascade.rules import validate
from support import RULE_FIXTURES

OB3 = '  - {id: "3", document: kh-1, lead: mttq, force: assign, action: Phối hợp tuyên truyền'


def _bad(tmp_path: Path, rule_id: str, edit: tuple[str, str] | None = None) -> Path:
    text = (RULE_FIXTURES / rule_id / "bad.yaml").read_text(encoding="utf-8")
    if edit is not None:
        assert edit[0] in text
        text = text.replace(*edit)
    path = tmp_path / "cascade.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _ids(path: Path) -> list[str]:
    return [f.rule.id for f in validate(path).findings]


def test_a_trailing_comment_silences_the_rule_on_its_line(tmp_path: Path) -> None:
    path = _bad(tmp_path, "CAS401", ("# expect: CAS401", "# cascade: disable=CAS401"))
    report = validate(path)
    assert report.findings == []
    assert report.suppressed == 1


def test_a_comment_for_another_rule_silences_nothing(tmp_path: Path) -> None:
    path = _bad(tmp_path, "CAS401", ("# expect: CAS401", "# cascade: disable=CAS402,CAS2"))
    assert _ids(path) == ["CAS401"]


def test_a_rule_may_be_named_by_name_or_prefix(tmp_path: Path) -> None:
    for selector in ("assign-to-non-subordinate", "CAS4", "all"):
        path = _bad(tmp_path, "CAS401", ("# expect: CAS401", f"# cascade: disable={selector}"))
        assert _ids(path) == [], selector


def test_a_comment_alone_applies_to_the_next_line(tmp_path: Path) -> None:
    path = _bad(
        tmp_path, "CAS401", (OB3, "  # cascade: disable=CAS401\n  # why: the Front agreed\n" + OB3)
    )
    assert _ids(path) == []


def test_a_comment_on_a_node_covers_findings_inside_it(tmp_path: Path) -> None:
    # block style: the finding is on the 'force:' line, the comment on the item's first line
    block = (
        '  - id: "3"  # cascade: disable=CAS401\n'
        "    document: kh-1\n"
        "    lead: mttq\n"
        "    force: assign\n"
        "    action: Phối hợp tuyên truyền\n"
        "    deadline: {kind: continuous}\n"
    )
    text = (RULE_FIXTURES / "CAS401" / "bad.yaml").read_text(encoding="utf-8")
    line = next(x for x in text.splitlines(keepends=True) if x.startswith(OB3))
    path = tmp_path / "cascade.yaml"
    path.write_text(text.replace(line, block), encoding="utf-8")
    assert _ids(path) == []
    path.write_text(text.replace(line, block.replace("  # cascade: disable=CAS401", "")))
    report = validate(path)
    assert [(f.rule.id, f.position.line) for f in report.findings] == [("CAS401", 27)]


def test_disable_file_silences_the_rule_everywhere(tmp_path: Path) -> None:
    path = _bad(
        tmp_path,
        "CAS401",
        ("format: cascade/1", "# cascade: disable-file=CAS401\nformat: cascade/1"),
    )
    assert _ids(path) == []


def test_silencing_a_broken_reference_does_not_make_the_file_pass(tmp_path: Path) -> None:
    path = _bad(tmp_path, "CAS101", ("# expect: CAS101", "# cascade: disable=CAS101"))
    report = validate(path)
    assert report.findings == []
    assert report.error is not None
    assert "cannot be expanded" in report.error.message
