"""``cascade validate`` and ``cascade rules`` on the command line: formats and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cascade.rules.docs import markdown
from support import ROOT, RULE_FIXTURES, SEED, run


def test_the_seed_passes_with_exit_code_0() -> None:
    code, out, err = run("validate", str(SEED))
    assert code == 0
    assert ": CAS305 document 'cv-stttt'" in out
    assert "Found 1 finding (1 info) in 1 file." in err


def test_errors_give_exit_code_1() -> None:
    code, out, _ = run("validate", str(RULE_FIXTURES / "CAS401" / "bad.yaml"))
    assert code == 1
    assert out.startswith(f"{RULE_FIXTURES / 'CAS401' / 'bad.yaml'}:24:50: CAS401 ")


def test_warnings_pass_unless_fail_on_or_max_warnings() -> None:
    bad = str(RULE_FIXTURES / "CAS204" / "bad.yaml")
    assert run("validate", bad)[0] == 0
    assert run("validate", bad, "--fail-on", "warning")[0] == 1
    assert run("validate", bad, "--max-warnings", "1")[0] == 0
    code, _, err = run("validate", bad, "--max-warnings", "0")
    assert code == 1
    assert "Too many warnings: 1 (--max-warnings 0)." in err


def test_rule_option_and_preset() -> None:
    bad = str(RULE_FIXTURES / "CAS401" / "bad.yaml")
    assert run("validate", bad, "--rule", "CAS401=warning")[0] == 0
    assert run("validate", bad, "--rule", "assign-to-non-subordinate=off")[1] == ""
    strict = str(RULE_FIXTURES / "CAS402" / "bad.yaml")
    assert "CAS402" not in run("validate", strict)[1]
    assert "CAS402" in run("validate", strict, "--preset", "strict")[1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--rule", "CAS401"), "is not RULE=SEVERITY"),
        (("--rule", "CAS401=loud"), "severity must be one of"),
        (("--format", "xml"), "Invalid value for '--format'"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    code, _, err = run("validate", str(SEED), *args)
    assert code == 2
    assert message in err


def test_no_paths_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("validate")
    assert code == 2
    assert "give one or more cascade files" in err
    code, _, err = run("validate", str(tmp_path))
    assert code == 2
    assert f"no *.yaml or *.yml files in {tmp_path}" in err


def test_unusable_input_exits_2_with_the_place_and_keeps_the_others(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: cascade/1\ncascade: {id: x, title: [\n", encoding="utf-8")
    code, out, err = run("validate", str(broken), str(RULE_FIXTURES / "CAS401" / "bad.yaml"))
    assert code == 2
    assert f"{broken}:3:1: YAML syntax" in err
    assert "CAS401" in out  # the usable file was still checked
    assert "1 file could not be validated" in err
    code, _, err = run("validate", str(tmp_path / "missing.yaml"))
    assert code == 2 and "missing.yaml: no such file" in err


def test_a_bad_configuration_file_exits_2(tmp_path: Path) -> None:
    config = tmp_path / "cascade.toml"
    config.write_text('[rules]\nCAS999 = "off"\n', encoding="utf-8")
    code, _, err = run("validate", "--config", str(config), str(SEED))
    assert code == 2
    assert f"{config}:2:1: unknown rule 'CAS999'" in err


def test_configuration_is_found_beside_the_files(tmp_path: Path) -> None:
    (tmp_path / "cascade.toml").write_text('[rules]\nCAS401 = "info"\n', encoding="utf-8")
    target = tmp_path / "plan.yaml"
    target.write_bytes((RULE_FIXTURES / "CAS401" / "bad.yaml").read_bytes())
    assert run("validate", str(target))[0] == 0
    assert run("validate", "--no-config", str(target))[0] == 1


def test_folders_are_searched_for_yaml_files(tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "one.yaml").write_bytes((RULE_FIXTURES / "CAS401" / "bad.yaml").read_bytes())
    (tmp_path / "a" / "two.yml").write_bytes((RULE_FIXTURES / "base.yaml").read_bytes())
    (tmp_path / "notes.txt").write_text("not a cascade", encoding="utf-8")
    code, out, _ = run("validate", "--format", "json", str(tmp_path))
    data = json.loads(out)
    assert code == 1
    assert data["summary"]["files"] == 2
    assert [f["rule"] for f in data["findings"]] == ["CAS401"]


def test_output_file_and_formats(tmp_path: Path) -> None:
    target = tmp_path / "report.sarif"
    code, out, _ = run(
        "validate",
        "--format",
        "sarif",
        "-o",
        str(target),
        str(RULE_FIXTURES / "CAS401" / "bad.yaml"),
    )
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"
    code, out, _ = run("validate", "--format", "github", str(RULE_FIXTURES / "CAS401" / "bad.yaml"))
    assert out.startswith("::error file=")
    code, out, _ = run("validate", "--format", "full", str(RULE_FIXTURES / "CAS401" / "bad.yaml"))
    assert "  = hint: " in out


def test_rules_command_lists_every_rule() -> None:
    code, out, _ = run("rules")
    assert code == 0
    assert out.count("\n") == 29
    assert "CAS402  request-to-subordinate" in out and "strict" in out
    code, out, _ = run("rules", "--format", "json")
    assert len(json.loads(out)) == 29


def test_docs_rules_md_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == markdown(), "regenerate: cascade rules --format markdown -o docs/rules.md"


def test_python_m_cascade_validate_runs_without_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: cascade/1\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "cascade", "validate", str(broken), str(SEED)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert f"{broken}:1:1: missing required key 'cascade'" in done.stderr
    assert "CAS305" in done.stdout
