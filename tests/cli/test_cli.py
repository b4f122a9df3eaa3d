"""The command line: help, version, schema, show and export."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from cascade import __version__
from cascade.cli import COMMANDS
from support import ROOT, SEED, run


def test_help_lists_every_command() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for name in COMMANDS:
        assert name in out


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help(name: str) -> None:
    code, out, _ = run(name, "--help")
    assert code == 0
    assert "Usage:" in out and len(out.splitlines()) > 3


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and __version__ in out


def test_python_dash_m_runs_the_same_cli() -> None:
    proc = subprocess.run([sys.executable, "-m", "cascade", "--version"],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert proc.returncode == 0 and __version__ in proc.stdout


def test_unknown_command_is_a_usage_error() -> None:
    code, _, err = run("frobnicate")
    assert code == 2 and "No such command" in err


def test_schema_is_draft07_and_accepts_the_seed() -> None:
    code, out, _ = run("schema")
    schema = json.loads(out)
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(schema)
    export_code, exported, _ = run("export", str(SEED))
    assert code == export_code == 0
    # the exported organisations/documents are file-layer objects: the file schema accepts them
    data = json.loads(exported)
    file_like = {
        "format": "cascade/1",
        "cascade": data["cascade"],
        "organisations": data["organisations"],
        "groups": data["groups"],
        "milestones": data["milestones"],
        "levels": data["levels"],
        "documents": data["documents"],
    }
    jsonschema.Draft7Validator(schema).validate(file_like)


def test_show_summarises_the_seed() -> None:
    code, out, _ = run("show", str(SEED))
    assert code == 0
    for text in ("251-KH/TU", "262-KH/TU", "12724/VP-KGVX", "/STTTT-TTBCXB",
                 "Ủy ban nhân dân huyện U Minh Thượng", "Đài Phát thanh và Truyền hình Kiên Giang",
                 "Obligations per organisation", "96 obligations"):  # fmt: skip
        assert text in out


def test_export_is_the_expanded_interchange_format(tmp_path: Path) -> None:
    out_file = tmp_path / "seed.json"
    code, _, _ = run("export", str(SEED), "--format", "json", "-o", str(out_file))
    assert code == 0
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert {"documents", "organisations", "obligations"} <= set(data)
    assert all({"id", "name"} <= set(org) for org in data["organisations"])
    keys = {
        "id",
        "document",
        "assignee",
        "coordinators",
        "deadline",
        "report_to",
        "parent",
        "state",
    }
    assert all(keys <= set(ob) for ob in data["obligations"])
    district_clause = [ob for ob in data["obligations"] if ob["template"] == "3.2"]
    assert len(district_clause) == 15
    assert all(ob["coordinators"] == ["btg-tu", "so-tttt"] for ob in district_clause)
    interchange = json.loads((ROOT / "docs" / "interchange.schema.json").read_text("utf-8"))
    jsonschema.Draft7Validator(interchange).validate(data)


def test_export_keeps_vietnamese_text_intact() -> None:
    _, out, _ = run("export", str(SEED))
    assert "Ủy ban nhân dân huyện Giồng Riềng" in out  # not \\u escapes


def test_failed_export_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    code, _, _ = run("export", str(ROOT / "tests" / "broken" / "dangling_lead.yaml"),
                     "-o", str(target))  # fmt: skip
    assert code == 2 and not target.exists()


@pytest.mark.parametrize(
    ("kind", "path"), [("file", "cascade.schema.json"), ("interchange", "interchange.schema.json")]
)
def test_committed_schemas_are_current(kind: str, path: str) -> None:
    _, out, _ = run("schema", "--of", kind)
    assert json.loads(out) == json.loads((ROOT / "docs" / path).read_text("utf-8")), (
        f"run: cascade schema --of {kind} -o docs/{path}"
    )


def test_unwritable_output_is_a_clean_error(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "seed.json"
    code, _, err = run("export", str(SEED), "-o", str(target))
    assert code == 2
    assert err.strip() == f"error: {target}: cannot write: No such file or directory"


def test_committed_cli_reference_is_current() -> None:
    from cascade.cli.reference import cli_reference

    committed = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert committed == cli_reference(), "run: python -m cascade.cli.reference > docs/cli.md"
    for name in COMMANDS:
        assert f"### `cascade {name}`" in committed
