"""The command-line reference (docs/cli.md), generated from the commands' own help.

Run ``python -m cascade.cli.reference > docs/cli.md``; a test keeps the committed
page equal to what this prints, so the reference cannot drift from the code.
"""

from __future__ import annotations

from typing import Any

import click

from cascade.cli import COMMANDS, main

HEADER = """# Command-line reference

Generated from the commands' help by `python -m cascade.cli.reference > docs/cli.md`.
Exit codes for every command: 0 success, 1 findings, 2 bad input or usage.
"""


_WIDTH: dict[str, Any] = {"terminal_width": 100, "max_content_width": 100}


def cli_reference() -> str:
    """Markdown: one section per command (and subcommand), with its ``--help`` text."""
    parts = [HEADER]
    context = main.make_context("cascade", [], resilient_parsing=True, **_WIDTH)
    parts.append(_section("cascade", main, context))
    for name in sorted(COMMANDS):
        command = main.get_command(context, name)
        assert command is not None
        parts.extend(_walk(f"cascade {name}", command, context))
    return "\n".join(parts)


def _walk(path: str, command: click.Command, parent: click.Context) -> list[str]:
    # make_context, not Context(): it honours each command's context_settings (-h)
    context = command.make_context(
        path.split()[-1], [], parent=parent, resilient_parsing=True, **_WIDTH
    )
    sections = [_section(path, command, context)]
    if isinstance(command, click.Group):
        for name in command.list_commands(context):
            sub = command.get_command(context, name)
            if sub is not None:
                sections.extend(_walk(f"{path} {name}", sub, context))
    return sections


def _section(path: str, command: click.Command, context: click.Context) -> str:
    level = "#" * min(path.count(" ") + 2, 4)
    return f"{level} `{path}`\n\n```text\n{command.get_help(context).rstrip()}\n```\n"


if __name__ == "__main__":  # pragma: no cover - a command-line entry
    click.echo(cli_reference(), nl=False)
