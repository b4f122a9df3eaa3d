"""``cascade schema``, ``cascade show`` and ``cascade export``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from cascade.cli.options import cascade_argument, output_option, write_output


@click.command()
@click.option(
    "--of",
    "of",
    type=click.Choice(["file", "interchange"]),
    default="file",
    show_default=True,
    help="Schema of cascade files, or of the JSON that `cascade export` writes.",
)
@output_option
def schema(of: str, output: Path | None) -> None:
    """Print the JSON Schema (Draft-07) of cascade files or of the interchange format.

    Point a YAML editor at it with a first line such as
    ``# yaml-language-server: $schema=cascade.schema.json``.
    """
    from cascade.interchange import file_schema, interchange_schema

    data = file_schema() if of == "file" else interchange_schema()
    write_output(json.dumps(data, ensure_ascii=False, indent=2) + "\n", output)


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
