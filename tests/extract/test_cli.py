"""``cascade extract`` from the command line: output formats, registry, clean errors."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cascade.cli import COMMANDS, main
from cascade.files.loader import load, loads

from .conftest import SEED_TEXT, SEED_WORKFLOW, input_named


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_registered_in_the_command_table() -> None:
    assert COMMANDS["extract"] == "cascade.cli.extract_cmd:extract"


def test_yaml_output_has_schema_line_and_loads(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", str(SEED_TEXT)])
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    cascade = loads(result.output, name="draft.yaml")
    assert len(cascade.documents) == 4
    assert "REVIEW:" in result.output  # the review summary and the notes


def test_json_output_loads(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", str(input_named("05")), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["format"] == "cascade/1"
    assert data["documents"][0]["identifier"] == "2739/VPCP-ĐMDN"
    assert loads(result.output, name="draft.json").obligations


def test_output_file_and_registry(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "draft.yaml"
    result = runner.invoke(
        main, ["extract", str(SEED_TEXT), "--orgs", str(SEED_WORKFLOW), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "obligations" in result.output  # the summary on standard error
    cascade = load(out)
    assert {"bao-kien-giang", "so-tttt", "ubnd-tinh"} <= {o.id for o in cascade.organisations}


def test_registry_with_only_organisations_and_groups(runner: CliRunner, tmp_path: Path) -> None:
    registry = tmp_path / "orgs.yaml"
    registry.write_text(
        "organisations:\n"
        "  - {id: bao-kg, name: Báo Kiên Giang, kind: press}\n"
        "  - {id: h1, name: Ủy ban nhân dân huyện An Biên, kind: people_committee}\n"
        "  - {id: h2, name: Ủy ban nhân dân huyện An Minh, kind: people_committee}\n"
        "groups:\n"
        "  - {id: huyen, name: 'Ủy ban nhân dân các huyện, thành phố', members: [h1, h2]}\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["extract", str(SEED_TEXT), "--orgs", str(registry)])
    assert result.exit_code == 0, result.output
    cascade = loads(result.output)
    leads = {ob.lead for ob in cascade.obligations}
    assert {"bao-kg", "h1", "h2"} <= leads  # the group expands to its two members


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "empty"),
        ("Xin chào, hôm nay trời đẹp.\nHẹn gặp lại.", "not an official document"),
    ],
)
def test_bad_input_exits_2_without_traceback(
    runner: CliRunner, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "input.txt"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(main, ["extract", str(path)])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_missing_file_and_bad_registry_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "no such file" in result.output
    bad = tmp_path / "orgs.yaml"
    bad.write_text("just: [a, list\n", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(SEED_TEXT), "--orgs", str(bad)])
    assert result.exit_code == 2 and "the registry is not valid YAML" in result.output


def test_unwritable_output_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "missing-dir" / "draft.yaml"
    result = runner.invoke(main, ["extract", str(SEED_TEXT), "-o", str(target)])
    assert result.exit_code == 2 and "cannot write" in result.output


def test_utf16_input_is_read(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(SEED_TEXT.read_text(encoding="utf-8").encode("utf-16"))
    result = runner.invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.output


def test_help_documents_the_options(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", "--help"])
    assert result.exit_code == 0
    for option in ("--orgs", "--output", "--format"):
        assert option in result.output


def test_the_collector_pauses_while_a_document_is_read(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the command reads with the cyclic collector paused (a large decree's readings were
    # walked again and again), and a process that goes on has it running again after
    import cascade.extract

    enabled: list[bool] = []
    real = cascade.extract.extract_file

    def spy(*args: Any, **kwargs: Any) -> Any:
        enabled.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(cascade.extract, "extract_file", spy)
    result = runner.invoke(main, ["extract", str(SEED_TEXT)])
    assert result.exit_code == 0, result.output
    assert enabled == [False]
    assert gc.isenabled()
