"""`cascade --help` lists the commands from summaries kept beside their names, so that it
need not import them; the listing must say what the commands' own help says."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest

from cascade.cli import COMMANDS, SUMMARIES, main


def test_every_command_has_a_summary() -> None:
    assert set(SUMMARIES) == set(COMMANDS)


@pytest.mark.parametrize("width", [60, 80, 120])
def test_listing_equals_clicks_own_from_the_imported_commands(width: int) -> None:
    context = main.make_context("cascade", [], resilient_parsing=True)
    ours = click.HelpFormatter(width=width)
    main.format_commands(context, ours)
    imported = click.HelpFormatter(width=width)
    click.Group.format_commands(main, context, imported)  # imports every command
    assert ours.getvalue() == imported.getvalue()
    assert "apply" in ours.getvalue()


def test_help_imports_no_command_module() -> None:
    probe = (
        "import sys\n"
        "from cascade.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('cascade.cli.') "
        "and m.endswith(('_cmd', '_cmds')))\n"
        "print(loaded, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert "Commands:" in done.stdout
    assert done.stderr.strip() == "[]"
