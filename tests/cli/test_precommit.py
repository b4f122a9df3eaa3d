"""The pre-commit hook definition: its entry runs, and its pattern picks cascade files."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

from ruamel.yaml import YAML

from support import ROOT, RULE_FIXTURES


def _hook() -> dict[str, object]:
    hooks = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert isinstance(hook, dict)
    return hook


def test_hook_entry_is_the_installed_command() -> None:
    hook = _hook()
    assert hook["id"] == "cascade-validate" and hook["language"] == "python"
    command = shlex.split(str(hook["entry"]))
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert command[0] in scripts


def test_hook_files_pattern() -> None:
    pattern = re.compile(str(_hook()["files"]))
    assert pattern.search("workflows/kien-giang-xiv-congress.yaml")
    assert pattern.search("workflows/2025/plan.yml")
    assert not pattern.search(".pre-commit-config.yaml")
    assert not pattern.search("docs/workflows.md")


def test_hook_runs_as_pre_commit_would(tmp_path: Path) -> None:
    # pre-commit appends the staged file names to the entry
    command = shlex.split(str(_hook()["entry"]))
    executable = Path(sys.executable).parent / command[0]
    staged = [
        ROOT / "workflows" / "kien-giang-xiv-congress.yaml",
        RULE_FIXTURES / "CAS401" / "bad.yaml",
    ]
    done = subprocess.run(
        [str(executable), *command[1:], *map(str, staged)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 1
    assert "CAS401" in done.stdout and "CAS305" in done.stdout
