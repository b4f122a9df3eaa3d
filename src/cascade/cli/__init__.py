"""The ``cascade`` command line: a thin click layer over the library.

Subcommands live in their own modules and are imported only when run, so that
``cascade --help`` starts fast. Every :class:`~cascade.errors.CascadeError` becomes
a clean message and its exit code; users never see a traceback.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from cascade import __version__
from cascade.cli._errors import guard
from cascade.cli.lang import choose

# command name -> "module:attribute"; the module is imported on first use
COMMANDS: dict[str, str] = {
    "schema": "cascade.cli.file_cmds:schema",
    "show": "cascade.cli.file_cmds:show",
    "export": "cascade.cli.file_cmds:export",
    "diff": "cascade.cli.file_cmds:diff",
    "render": "cascade.cli.render_cmd:render",
    "validate": "cascade.cli.validate_cmd:validate",
    "rules": "cascade.cli.validate_cmd:rules",
    "extract": "cascade.cli.extract_cmd:extract",
    "status": "cascade.cli.track_cmds:status",
    "apply": "cascade.cli.track_cmds:apply",
    "lifecycle": "cascade.cli.track_cmds:lifecycle",
    "limits": "cascade.cli.limits_cmd:limits",
    "db": "cascade.cli.db_cmds:db",
    "events": "cascade.cli.db_cmds:events",
    "history": "cascade.cli.db_cmds:history",
    "record": "cascade.cli.db_cmds:record",
    "due": "cascade.cli.report_cmds:due",
    "report": "cascade.cli.report_cmds:report",
}


# command name -> the first paragraph of its help: `cascade --help` lists the commands
# without importing them (a test holds these equal to the commands' own help)
SUMMARIES: dict[str, str] = {
    "apply": "Check new events against the history and append them to it.",
    "db": "Create the database and keep cascade definitions in it.",
    "diff": "Show what the cascade file NEW changes from OLD, obligation by obligation.",
    "due": "What is overdue, and what falls due within N days, per organisation.",
    "events": "Bring events (JSON Lines) into the database.",
    "export": "Write the canonical, fully expanded cascade (the interchange format), or its "
    "history.",
    "extract": "Read DOCUMENT (plain text of a công văn, kế hoạch, quyết định, nghị quyết or "
    "chỉ thị) and write a draft cascade: the document, what it rests on, its addressees, its "
    "tasks and report line.",
    "history": "Show the recorded history of OBLIGATION (or of the whole cascade), oldest first.",
    "lifecycle": "Lifecycle definitions (the states an obligation moves through).",
    "limits": "List the limits on input: name, value in force, the variable that changes it.",
    "record": "Record one event: TRIGGER (start, report, accept, return, cancel, …) on OBLIGATION.",
    "render": "Draw a cascade: readable at any size, in Vietnamese or English.",
    "report": "Write a self-contained HTML report to send to people who do not run a CLI.",
    "rules": "List the validation rules: id, name, default severity, preset and summary.",
    "schema": "Print the JSON Schema (Draft-07) of cascade files or of the interchange format.",
    "show": "Summarise a cascade: documents, the chain, addressees, obligations per organisation.",
    "status": "Count obligations in the four buckets of the Government Office, as of a day.",
    "validate": "Check cascade files for unsound chains: references, structure, time, "
    "authority, conventions.",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported when they are run, not when listed in help."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        # a stand-in command shortens the summary exactly as click shortens a command's help
        rows = [
            (name, click.Command(name, help=SUMMARIES[name]).get_short_help_str(limit))
            for name in names
        ]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMANDS:
            module_name, attr = COMMANDS[cmd_name].split(":")
            command = getattr(importlib.import_module(module_name), attr)
            assert isinstance(command, click.Command)
            from cascade.cli.examples import add_examples

            return add_examples(command, cmd_name)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        with guard():
            return super().invoke(ctx)


EPILOG = """\b
Examples:
  cascade validate workflows/
  cascade show workflows/kien-giang-xiv-congress.yaml --lang vi
  cascade render workflows/kien-giang-xiv-congress.yaml -o seed.svg
\b
Shell completion (bash; zsh and fish take zsh_source, fish_source):
  eval "$(_CASCADE_COMPLETE=bash_source cascade)"
"""


@click.group(cls=LazyGroup, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--lang",
    type=click.Choice(["vi", "en"]),
    expose_value=False,
    is_eager=True,
    callback=lambda _ctx, _param, value: choose(value),
    help="Language of messages (errors, refusals, summaries): Vietnamese or English "
    "[default: from the locale, LANG or LC_ALL; else en].",
)
@click.version_option(__version__, prog_name="cascade", package_name="directive-cascade")
def main() -> None:
    """Model, validate, track and draw directive cascades.

    A cascade is the chain of documents from a higher body down to the
    grassroots, and the obligations each document creates. Exit codes: 0
    success, 1 findings, 2 bad input or usage.
    """


def run() -> None:
    """The ``cascade`` command: :func:`main` in a process of its own, which ends with it."""
    from cascade.boundary.collector import keep_frozen

    keep_frozen()  # large input is never walked by the collector again
    main(prog_name="cascade")
