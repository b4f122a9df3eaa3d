"""Every command's --help ends with examples, and every example parses: its command exists
and takes the options it gives (parsed by click, not run)."""

from __future__ import annotations

import shlex

import click
import pytest

from cascade.cli import COMMANDS, main
from support import parse_command, run


def _paths() -> list[str]:
    context = main.make_context("cascade", [], resilient_parsing=True)
    paths = []
    for name in sorted(COMMANDS):
        command = main.get_command(context, name)
        if isinstance(command, click.Group):
            paths += [f"{name} {sub}" for sub in command.list_commands(context)]
        else:
            paths.append(name)
    return paths


def _examples(help_text: str) -> list[str]:
    lines = help_text.split("Examples:", 1)[1].splitlines()
    return [line.strip() for line in lines if line.strip().startswith("cascade ")]


@pytest.mark.parametrize("path", _paths())
def test_help_shows_examples_that_parse(path: str) -> None:
    code, out, _ = run(*path.split(), "--help")
    assert code == 0
    assert "Examples:" in out
    examples = _examples(out)
    assert examples, out
    for example in examples:
        words = shlex.split(example.split(" > ")[0].replace("\\", ""))[1:]
        parse_command(example, words)  # raises on an unknown option or a bad value


def test_the_top_level_help_shows_completion() -> None:
    code, out, _ = run("--help")
    assert code == 0 and "_CASCADE_COMPLETE=bash_source cascade" in out


def test_shell_completion_works_as_the_help_says() -> None:
    """The real command, as bash's completion function calls it."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    cascade = str(Path(sys.executable).with_name("cascade"))
    script = subprocess.run(
        [cascade], env={**os.environ, "_CASCADE_COMPLETE": "bash_source"},
        capture_output=True, text=True, timeout=60,
    ).stdout  # fmt: skip
    assert "_cascade_completion()" in script and "complete -o nosort -F" in script
    words = subprocess.run(
        [cascade],
        env={**os.environ, "_CASCADE_COMPLETE": "bash_complete", "COMP_WORDS": "cascade lifecycle ",
             "COMP_CWORD": "2"},
        capture_output=True, text=True, timeout=60,
    ).stdout.split()  # fmt: skip
    assert words == ["plain,check", "plain,list", "plain,show"]
