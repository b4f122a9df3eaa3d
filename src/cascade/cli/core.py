"""``cascade schema``, ``cascade show`` and ``cascade export``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from cascade.cli.options import cascade_argument, output_option, write_output


@click.command()
def schema() -> None:
    """Print the JSON Schema (Draft-07) of cascade files.

    Point a YAML editor at it with a first line such as
    ``# yaml-language-server: $schema=cascade.schema.json``.
    """
    from cascade.interchange import file_schema

    click.echo(json.dumps(file_schema(), ensure_ascii=False, indent=2))


@click.command()
@cascade_argument
def show(file: Path) -> None:
    """Summarise a cascade: documents, the chain, addressees, obligations per organisation."""
    from cascade.loader import load
    from cascade.summary import print_summary

    print_summary(load(file))


@click.command()
@cascade_argument
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json"]),
    default="json",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--events",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Events file (JSON Lines): states come from replaying it.",
)
@output_option
def export(file: Path, fmt: str, events: Path | None, output: Path | None) -> None:
    """Write the canonical, fully expanded cascade (the interchange format)."""
    from cascade.engine import Tracker
    from cascade.events import read_events
    from cascade.interchange import dumps, to_interchange

    tracker = Tracker.load(file)
    if events is not None:
        tracker.replay(read_events(events))
    states = tracker.states() if events is not None else None
    initial = tracker.lifecycle.initial
    write_output(dumps(to_interchange(tracker.cascade, states, initial)), output)
