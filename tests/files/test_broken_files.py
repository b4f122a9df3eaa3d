"""Every file in tests/broken/ fails with a precise place, a clear message and exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from cascade.errors import CascadeFileError
from cascade.files.loader import load
from support import run

BROKEN = Path(__file__).parent / "broken"

# file -> (line:col or None when the whole file is at fault, words the message must hold)
EXPECTED: dict[str, tuple[str | None, str]] = {
    "amendment_undated.yaml": ("33:15", "amendment 'gia-han' has no day to take effect"),
    "amendment_unknown_obligation.yaml": ("29:23", "unknown obligation 'o2'"),
    "transfer_without_successor.yaml": ("26:5", "a transfer needs a 'successor', a 'mapping'"),
    "bad_date.yaml": ("18:11", "documents.0.date: Input should be a valid date"),
    "bad_force.yaml": ("23:12", "Input should be 'assign' or 'request' (got 'order')"),
    "bad_identifier.yaml": ("15:17", "bad document identifier 'kế hoạch mười hai'"),
    "dangling_implements.yaml": ("24:17", "unknown obligation 'o0'"),
    "dangling_issuer.yaml": ("17:13", "unknown organisation 'ubnd-tinh'"),
    "dangling_lead.yaml": ("22:11", "unknown organisation or group 'so-tai-chinh'"),
    "dangling_milestone.yaml": ("24:40", "unknown milestone 'dai-hoi'"),
    "dangling_rests_on.yaml": ("19:27", "unknown document 'ct-37'"),
    "deadline_missing_due.yaml": ("24:5", "missing required key"),
    "deadline_unknown_kind.yaml": ("24:5", "'someday'"),
    "duplicate_organisation_id.yaml": ("9:9", "duplicate organisation or group id 'ubnd'"),
    "empty.yaml": ("1:1", "file is empty"),
    "empty_group.yaml": ("16:5", "group 'cac-so' has no members"),
    "group_member_unknown.yaml": ("16:19", "unknown organisation 'so-y-te'"),
    "id_with_space.yaml": ("9:9", "organisations.1.id: 'so noi vu' is not an id"),
    "json_trailing_comma.json": ("12:5", "JSON syntax"),
    "json_unknown_key.json": ("12:7", "unknown key 'colour' in organisations.0"),
    "latin1.yaml": ("4:13", "not valid UTF-8 (byte 0xe9)"),
    "missing_format.yaml": ("1:1", "missing required key 'format'"),
    "not_a_mapping.yaml": ("1:1", "must be a mapping"),
    "nul_bytes.yaml": ("4:3", "NUL bytes"),
    "two_problems.yaml": ("17:13", "unknown organisation 'nobody'"),
    "unknown_key_typo.yaml": ("12:5", "unknown key 'parnet' in organisations.1"),
    "unknown_top_level_key.yaml": ("13:1", "unknown key 'colour'"),
    "utf16.yaml": ("1:1", "file is UTF-16; save it as UTF-8"),
    "wrong_format_version.yaml": ("1:9", "Input should be 'cascade/1' (got 'cascade/2')"),
    "wrong_type_level_rank.yaml": ("6:38", "levels.0.rank: Input should be a valid integer"),
    "yaml_duplicate_key.yaml": ("12:5", "duplicate key 'kind'"),
    "yaml_tab_indent.yaml": ("11:1", "YAML syntax"),
    "yaml_unclosed_flow.yaml": ("25:1", "YAML syntax"),
}


def test_every_broken_file_has_an_expectation() -> None:
    assert sorted(p.name for p in BROKEN.iterdir()) == sorted(EXPECTED)
    assert len(EXPECTED) >= 20


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_cli_reports_place_and_exits_2(name: str) -> None:
    where, words = EXPECTED[name]
    path = BROKEN / name
    result = run("show", str(path))
    assert result.exit_code == 2, result.output
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{path}:{where}: "), first
    assert words in first
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_library_raises_cascade_file_error(name: str) -> None:
    with pytest.raises(CascadeFileError) as info:
        load(BROKEN / name)
    position = info.value.position
    assert position is not None and position.path == str(BROKEN / name)


def test_all_problems_of_a_file_are_reported_together() -> None:
    result = run("export", str(BROKEN / "two_problems.yaml"))
    lines = result.stderr.splitlines()
    assert lines[0].endswith("unknown organisation 'nobody'")
    assert lines[1].endswith("unknown organisation or group 'so-y-te'")
    assert lines[2] == "2 problems"


def test_missing_file() -> None:
    result = run("show", "no/such/file.yaml")
    assert result.exit_code == 2
    assert result.stderr.strip() == "no/such/file.yaml: no such file"
