"""Configuration: presets, selectors, per-file ignores, discovery, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from cascade.errors import CascadeFileError
from cascade.rules import Config, Severity, Validator, all_rules, find_config, load_config
from cascade.rules.config import glob_match
from support import RULE_FIXTURES

RULES = all_rules(plugins=False)


def test_recommended_leaves_out_strict_only_rules() -> None:
    severities = Config().severities(RULES)
    assert severities["CAS402"] is Severity.OFF
    assert severities["CAS204"] is Severity.WARNING
    assert severities["CAS305"] is Severity.INFO


def test_strict_runs_every_rule_and_makes_warnings_errors() -> None:
    severities = Config(preset="strict").severities(RULES)
    assert severities["CAS402"] is Severity.INFO
    assert severities["CAS204"] is Severity.ERROR
    assert severities["CAS101"] is Severity.ERROR


def test_selectors_by_id_name_and_prefix_most_specific_wins(tmp_path: Path) -> None:
    path = tmp_path / "cascade.toml"
    path.write_text(
        '[rules]\nCAS2 = "info"\n"report-line-broken" = "off"\nCAS = "warning"\n',
        encoding="utf-8",
    )
    severities = load_config(path).severities(RULES)
    assert severities["CAS101"] is Severity.WARNING  # CAS
    assert severities["CAS201"] is Severity.INFO  # CAS2 beats CAS
    assert severities["CAS206"] is Severity.OFF  # the name beats both prefixes


def test_command_line_overrides_the_file(tmp_path: Path) -> None:
    path = tmp_path / "cascade.toml"
    path.write_text('preset = "strict"\n[rules]\nCAS201 = "off"\n', encoding="utf-8")
    config = load_config(path).override(
        preset="recommended", rules=(("CAS2", Severity.WARNING),), max_warnings=3
    )
    severities = config.severities(RULES)
    assert config.preset == "recommended"
    assert severities["CAS201"] is Severity.WARNING
    assert config.max_warnings == 3


def test_pyproject_tool_table_is_found_from_a_nested_file(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.cascade]\nfail-on = "warning"\n', encoding="utf-8"
    )
    nested = tmp_path / "workflows" / "2025"
    nested.mkdir(parents=True)
    target = nested / "plan.yaml"
    target.write_text("", encoding="utf-8")
    found = find_config(target)
    assert found == tmp_path / "pyproject.toml"
    assert load_config(found).fail_on is Severity.WARNING


def test_cascade_toml_wins_and_pyproject_without_the_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "cascade.toml").write_text('preset = "strict"\n', encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(inner) == tmp_path / "cascade.toml"


def test_per_file_ignores_switch_rules_off_for_matching_files(tmp_path: Path) -> None:
    archive = tmp_path / "workflows" / "archive"
    archive.mkdir(parents=True)
    bad = archive / "old.yaml"
    bad.write_bytes((RULE_FIXTURES / "CAS401" / "bad.yaml").read_bytes())
    config_path = tmp_path / "cascade.toml"
    config_path.write_text(
        '[per-file-ignores]\n"workflows/archive/*.yaml" = ["assign-to-non-subordinate"]\n',
        encoding="utf-8",
    )
    config = load_config(config_path)
    assert Validator(config).validate_file(bad).findings == []
    other = tmp_path / "workflows" / "new.yaml"
    other.write_bytes(bad.read_bytes())
    assert [f.rule.id for f in Validator(config).validate_file(other).findings] == ["CAS401"]


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ('preset = "lenient"\n', "preset must be one of recommended, strict", 1),
        ('\n[rules]\nCAS999 = "off"\n', "unknown rule 'CAS999'", 3),
        ('[rules]\nCAS201 = "loud"\n', "severity must be one of off, info, warning, error", 2),
        ('colour = "red"\n', "unknown key 'colour'", 1),
        ("max-warnings = -1\n", "'max-warnings' must be a whole number", 1),
        ("[rules\n", "TOML syntax", 1),
    ],
)
def test_bad_configuration_names_the_place(
    tmp_path: Path, text: str, message: str, line: int
) -> None:
    path = tmp_path / "cascade.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CascadeFileError) as caught:
        load_config(path).severities(RULES)
    assert message in caught.value.message
    assert caught.value.position is not None
    assert caught.value.position.path == str(path)
    assert caught.value.position.line == line


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("workflows/**/*.yaml", "workflows/a.yaml", True),
        ("workflows/**/*.yaml", "workflows/2025/q1/a.yaml", True),
        ("workflows/*.yaml", "workflows/2025/a.yaml", False),
        ("workflows/*.yaml", "other/a.yaml", False),
        ("**/kế-hoạch-?.yaml", "x/y/kế-hoạch-1.yaml", True),
    ],
)
def test_glob_match(pattern: str, path: str, matches: bool) -> None:
    assert glob_match(pattern, path) is matches
