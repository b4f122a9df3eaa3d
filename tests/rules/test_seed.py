"""The seed cascade validates with no errors; the library API on files and models."""

from __future__ import annotations

from pathlib import Path

import pytest

from cascade.files.loader import load, read
from cascade.rules import Config, Severity, Validator, validate
from cascade.testing.synthetic import SMALL, generate


@pytest.mark.parametrize("preset", ["recommended", "strict"])
def test_seed_has_no_errors_or_warnings(seed_path: Path, preset: str) -> None:
    report = validate(seed_path, Config(preset=preset))
    assert report.error is None
    assert [str(f) for f in report.findings if f.severity is not Severity.INFO] == []


def test_seed_reports_that_district_validity_cannot_be_told(seed_path: Path) -> None:
    # the dispatch is dated only "2025" and the districts end on 2025-06-30
    (finding,) = validate(seed_path).findings
    assert finding.rule.id == "CAS305"
    assert finding.severity is Severity.INFO
    assert finding.document == "cv-stttt"
    assert "ubnd-rach-gia" in finding.message and "2025-06-30" in finding.message
    assert finding.position.line is not None
    assert read(seed_path)[1].line_text(finding.position.line).strip() == "year: 2025"


def test_seed_with_a_full_date_after_the_reform_reports_each_district(
    seed_path: Path, tmp_path: Path
) -> None:
    text = seed_path.read_text(encoding="utf-8").replace(
        "    year: 2025\n", "    date: 2025-08-01\n"
    )
    dated = tmp_path / "dated.yaml"
    dated.write_text(text, encoding="utf-8")
    report = validate(dated)
    errors = [f for f in report.findings if f.rule.id == "CAS303"]
    # 15 districts, 4 clauses each; each finding placed on its clause in the file
    assert len(errors) == 60
    assert {f.obligation for f in errors} >= {"3.1@ubnd-rach-gia", "3.4@ubnd-kien-hai"}
    lines = text.splitlines()
    assert all(lines[f.position.line - 1].strip().startswith("lead:") for f in errors)
    assert all("exists only until 2025-06-30" in f.message for f in errors)


def test_in_memory_cascade_gives_the_same_findings_without_lines(seed_path: Path) -> None:
    from_file = validate(seed_path)
    in_memory = validate(load(seed_path))
    assert [(f.rule.id, f.message) for f in in_memory.findings] == [
        (f.rule.id, f.message) for f in from_file.findings
    ]
    assert all(f.position.line is None for f in in_memory.findings)
    assert in_memory.path == "<kien-giang-xiv-congress>"


def test_a_small_synthetic_cascade_is_clean() -> None:
    report = Validator(Config(preset="strict")).validate(generate(4000, SMALL))
    assert [str(f) for f in report.findings] == []


def test_unreadable_file_is_reported_not_raised(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: cascade/1\ncascade: [\n", encoding="utf-8")
    report = validate(broken)
    assert report.error is not None
    assert report.error.position is not None and report.error.position.line == 3
    assert report.findings == []


def test_every_workflow_in_the_repository_has_no_errors(seed_path: Path) -> None:
    folder = seed_path.parent
    result = Validator().run([folder])
    assert len(result.reports) == len(list(folder.glob("*.yaml"))) >= 2
    assert result.errors == []
    assert [str(f) for f in result.findings if f.severity is Severity.ERROR] == []
    assert result.exit_code == 0


def test_a_folder_skips_yaml_of_other_formats_but_a_named_file_does_not(tmp_path: Path) -> None:
    from cascade.rules.runner import cascade_files

    (tmp_path / "lifecycles").mkdir()
    lifecycle = tmp_path / "lifecycles" / "x.yaml"
    lifecycle.write_text("format: lifecycle/1\nid: x\n", encoding="utf-8")
    cascade = tmp_path / "c.yaml"
    cascade.write_text('"format": "cascade/1"\n', encoding="utf-8")
    unknown = tmp_path / "no-format.yml"
    unknown.write_text("a: 1\n", encoding="utf-8")
    assert cascade_files([tmp_path]) == [cascade, unknown]
    assert cascade_files([lifecycle]) == [lifecycle]
