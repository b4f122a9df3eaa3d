"""Rules from other packages (the ``cascade.rules`` entry point group) and the examples.

Entry points are found the way an installed package is found: a ``*.dist-info``
folder with ``entry_points.txt`` on the path of a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from support import ROOT, SEED

EXAMPLE = ROOT / "examples" / "custom_rule"


def _install(site: Path, name: str, entry_point: str) -> None:
    """Make ``site`` look like site-packages holding a distribution ``name``."""
    info = site / f"{name}-0.1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(f"[cascade.rules]\n{entry_point}\n", encoding="utf-8")


def _cascade(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(EXAMPLE)])}
    return subprocess.run(
        [sys.executable, "-m", "cascade", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )


def test_an_installed_plugin_adds_its_rules(tmp_path: Path) -> None:
    _install(tmp_path, "cascade_clause_rules", "clause-rules = cascade_clause_rules")
    done = _cascade(tmp_path, "validate", "--format", "json", str(SEED))
    assert done.returncode == 0, done.stderr
    found = [f for f in json.loads(done.stdout)["findings"] if f["rule"] == "EXA101"]
    assert [f["obligation"] for f in found] == [
        "kh251.trien-khai",
        "kh262.trien-khai",
        "cv12724.stttt",
    ]
    assert all(f["severity"] == "warning" and f["line"] for f in found)
    listed = _cascade(tmp_path, "rules", "--format", "json")
    (meta,) = [r for r in json.loads(listed.stdout) if r["id"] == "EXA101"]
    assert meta["origin"] == "cascade_clause_rules"
    assert meta["summary"].startswith("An obligation does not say which clause")


def test_plugin_rules_obey_configuration(tmp_path: Path) -> None:
    _install(tmp_path, "cascade_clause_rules", "clause-rules = cascade_clause_rules")
    done = _cascade(tmp_path, "validate", "--rule", "EXA1=error", str(SEED))
    assert done.returncode == 1
    assert "EXA101 obligation 'kh251.trien-khai'" in done.stdout


def test_a_plugin_that_clashes_with_a_built_in_rule_is_refused(tmp_path: Path) -> None:
    (tmp_path / "clashing_rules.py").write_text(
        "from cascade.rules import Severity, rule\n"
        "@rule('CAS101', 'my-unknown-organisation', Severity.ERROR)\n"
        "def mine(ctx):\n"
        "    '''Shadows a built-in rule.'''\n"
        "    return []\n",
        encoding="utf-8",
    )
    _install(tmp_path, "clashing", "clash = clashing_rules")
    done = _cascade(tmp_path, "validate", str(SEED))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "rule CAS101 'my-unknown-organisation' from clashing clashes" in done.stderr


def test_a_plugin_that_fails_to_import_is_reported(tmp_path: Path) -> None:
    _install(tmp_path, "broken", "broken = no_such_module_here")
    done = _cascade(tmp_path, "validate", str(SEED))
    assert done.returncode == 2
    assert "cannot load rules from entry point 'broken'" in done.stderr


def test_custom_rule_example_runs() -> None:
    done = subprocess.run(
        [sys.executable, str(EXAMPLE / "run_example.py")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    lines = done.stdout.splitlines()
    assert sum(": EXA101 " in line for line in lines) == 3
    assert any(": CAS305 " in line for line in lines)


def test_validate_seed_example_runs() -> None:
    script = ROOT / "examples" / "validate_seed.py"
    for args, expected in (([], "1 finding(s), 0 at or above error"), (["--strict"], "0 at or")):
        done = subprocess.run(
            [sys.executable, str(script), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        )
        assert "CAS305" in done.stdout and "hint: give the document its full date" in done.stdout
        assert expected in done.stdout
