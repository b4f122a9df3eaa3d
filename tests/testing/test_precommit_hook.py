"""The pre-commit hook (.pre-commit-hooks.yaml) with the real pre-commit: `try-repo` builds
the hook's environment from this repository and runs it, here and in another project."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import ROOT, SEED

PRE_COMMIT = str(Path(sys.executable).with_name("pre-commit"))
ARGO = "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nspec: {entrypoint: main}\n"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One pre-commit cache for the module: the hook's environment is built once."""
    return tmp_path_factory.mktemp("pre-commit-home")


def try_repo(project: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PRE_COMMIT, "try-repo", str(ROOT), "cascade-validate", "--all-files", "--verbose"],
        cwd=project, env={**os.environ, "PRE_COMMIT_HOME": str(home)},
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip


def git_project(folder: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    for args in (["init", "-q"], ["add", "-A"]):
        subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)
    return folder


def test_the_hook_passes_on_this_repository(home: Path) -> None:
    """Its own workflows/ holds cascades, a lifecycle definition and an events file."""
    done = try_repo(ROOT, home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "cascade validate" in done.stdout and "Passed" in done.stdout


def test_other_yaml_in_a_project_is_left_alone(home: Path, tmp_path: Path) -> None:
    lifecycle = ROOT / "workflows" / "lifecycles" / "eoffice.yaml"
    project = git_project(
        tmp_path,
        {
            "workflows/seed.yaml": SEED.read_bytes(),
            "workflows/lifecycles/eoffice.yaml": lifecycle.read_bytes(),
            "workflows/argo.yaml": ARGO.encode(),
        },
    )
    done = try_repo(project, home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "skipped: declares lifecycle/1" in done.stdout


def test_a_broken_cascade_fails_the_hook(home: Path, tmp_path: Path) -> None:
    broken = SEED.read_text(encoding="utf-8").replace("issuer: so-tttt", "issuer: nobody", 1)
    project = git_project(tmp_path, {"workflows/seed.yaml": broken.encode()})
    done = try_repo(project, home)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "unknown organisation 'nobody'" in done.stdout or "nobody" in done.stdout


pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")
