"""`cascade lifecycle list`, `show` and `check NAME` for the lifecycles shipped with the package."""

from __future__ import annotations

from pathlib import Path

import pytest

from cascade.engine.lifecycle import BUILTIN_DIR
from support import run


def test_list_names_every_builtin_lifecycle() -> None:
    code, out, _ = run("lifecycle", "list")
    assert code == 0
    names = sorted(p.stem for p in BUILTIN_DIR.glob("*.yaml"))
    assert [line.split("\t")[0] for line in out.splitlines()] == names
    assert "default\t6 states, 7 triggers\tVòng đời mặc định" in out  # request: on-demand reports


def test_show_prints_the_definition_as_shipped() -> None:
    code, out, _ = run("lifecycle", "show", "default")
    assert code == 0
    assert out == (BUILTIN_DIR / "default.yaml").read_text(encoding="utf-8")


def test_show_of_an_unknown_name_lists_the_builtin_ones() -> None:
    code, _, err = run("lifecycle", "show", "nope")
    assert code == 2
    assert "no built-in lifecycle 'nope' (built in: default)" in err


def test_check_takes_a_builtin_name_when_no_file_has_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("lifecycle", "check", "default")
    assert code == 0
    assert out.startswith("ok: lifecycle default (Vòng đời mặc định của nhiệm vụ)")
    (tmp_path / "default").write_text("format: lifecycle/1\n", encoding="utf-8")
    code, _, err = run("lifecycle", "check", "default")  # a file of that name wins
    assert code == 2 and "default:" in err
