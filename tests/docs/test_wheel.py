"""The package as a user gets it: the wheel built from this tree, installed without extras
in a fresh virtual environment outside the repository.

SQLite works with nothing more; PostgreSQL asks for the ``postgres`` extra; the
built-in lifecycle, the rules' documentation and the licence travel in the wheel.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from support import ROOT, SEED

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv (outside the repository) with the wheel installed; its bin folder."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work), str(ROOT)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    (wheel,) = work.glob("directive_cascade-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "cascade/lifecycles/default.yaml" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    subprocess.run([sys.executable, "-m", "venv", str(work / "venv")], check=True, timeout=300)
    pip = work / "venv" / "bin" / "pip"
    subprocess.run([str(pip), "install", "-q", str(wheel)], check=True, capture_output=True,
                   timeout=900)  # fmt: skip
    return work / "venv" / "bin"


def cascade(bin_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bin_dir / "cascade"), *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_sqlite_works_without_extras(installed: Path, tmp_path: Path) -> None:
    seed = tmp_path / "seed.yaml"
    seed.write_bytes(SEED.read_bytes())
    for args in (
        ("db", "init", "--db", "t.db"),
        ("db", "load", "seed.yaml", "--db", "t.db"),
        ("record", "start", "1.1@bao-kien-giang", "--actor", "bao-kien-giang",
         "--at", "2025-02-01T09:00", "--db", "t.db"),
        ("status", "--db", "t.db", "--as-of", "2025-03-01"),
        ("validate", "seed.yaml"),
        ("lifecycle", "check", "default"),
    ):  # fmt: skip
        done = cascade(installed, *args, cwd=tmp_path)
        assert done.returncode == 0, (args, done.stderr)
        assert "Traceback" not in done.stderr


def test_postgresql_asks_for_the_extra(installed: Path, tmp_path: Path) -> None:
    missing = subprocess.run([str(installed / "python"), "-c", "import psycopg"],
                             capture_output=True, timeout=60)  # fmt: skip
    assert missing.returncode != 0  # the driver is not installed without the extra
    done = cascade(installed, "db", "init", "--db", "postgresql://u@127.0.0.1:1/x", cwd=tmp_path)
    assert done.returncode == 2
    assert "pip install 'directive-cascade[postgres]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_rule_links_resolve_in_the_installed_package(installed: Path, tmp_path: Path) -> None:
    done = cascade(installed, "rules", "--explain", "CAS401", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("CAS401 assign-to-non-subordinate")
    (tmp_path / "seed.yaml").write_bytes(SEED.read_bytes())
    done = cascade(installed, "validate", "--format", "sarif", "seed.yaml", cwd=tmp_path)
    driver = json.loads(done.stdout)["runs"][0]["tool"]["driver"]
    uri = urlparse(driver["rules"][0]["helpUri"])
    reference = Path(unquote(uri.path))
    assert uri.scheme == "file" and reference.is_file()
    assert reference.parent.parent.parent.name == "site-packages"  # cascade/rules/rules.md
    assert f"### {driver['rules'][0]['id']}" in reference.read_text(encoding="utf-8")
