"""The package page (docs/pypi.md, pyproject's readme): self-contained on a package index,
with the install line, and commands that exist."""

from __future__ import annotations

import re
import shlex
import tomllib

from support import ROOT, parse_command

PAGE = ROOT / "docs" / "pypi.md"


def test_it_is_the_package_description() -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["readme"] == "docs/pypi.md"


def test_it_installs_with_pip_and_links_nothing_relative() -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert "pip install directive-cascade" in text
    assert "pip install 'directive-cascade[postgres]'" in text
    assert ".venv/bin" not in text
    assert "![" not in text  # no image: an index shows none without a host for it
    assert re.findall(r"\]\((?!https?://)[^)]*\)", text) == []


def test_every_command_on_it_parses() -> None:
    text = PAGE.read_text(encoding="utf-8")
    lines = [
        line.split("#")[0].strip()
        for block in re.findall(r"```sh\n(.*?)```", text, re.S)
        for line in block.splitlines()
    ]
    commands = [line for line in lines if line.startswith("cascade ")]
    assert len(commands) >= 8
    for line in commands:
        words = shlex.split(line)[1:]
        parse_command(line, words)
