"""``cascade schema``, ``cascade show`` and ``cascade export``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import click

from cascade.cli.params import (
    as_of_option,
    cascade_argument,
    day_of,
    events_option,
    output_option,
    source_options,
    write_output,
)
from cascade.cli.selection import selection_options

if TYPE_CHECKING:
    from cascade.report.select import Selection
    from cascade.services import Source


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
    from cascade.files.interchange import file_schema, interchange_schema

    data = file_schema() if of == "file" else interchange_schema()
    write_output(json.dumps(data, ensure_ascii=False, indent=2) + "\n", output)


@click.command()
@cascade_argument
@events_option("Events file (JSON Lines) to replay: each organisation's obligations by bucket.")
@as_of_option("Status as of the end of this day (Vietnam time); default today.")
@selection_options
def show(file: Path, events: Path | None, as_of: dt.datetime | None, selection: Selection) -> None:
    """Summarise a cascade: documents, the chain, addressees, obligations per organisation.

    With --events (or --as-of), each organisation's obligations are counted in the
    four buckets, and each obligation shows its state, as `cascade status` counts them.
    --org, --lead, --document, --level and --bucket list only the obligations they keep.
    """
    from cascade.cli.summary import print_summary
    from cascade.services import Source, standing

    tracked = events is not None or as_of is not None
    cascade, progress = standing(
        Source(file, events), day_of(as_of), tracked=tracked, selection=selection
    )
    print_summary(cascade, progress=progress)


@click.command()
@source_options("Events file (JSON Lines) to replay with FILE: states and history come from it.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "ocel", "csv"]),
    default="json",
    show_default=True,
    help="json: the canonical cascade; ocel: the history as OCEL 2.0 JSON; csv: the history "
    "as a table, one row per event.",
)
@selection_options
@output_option
def export(
    source: Source,
    fmt: Literal["json", "ocel", "csv"],
    selection: Selection,
    output: Path | None,
) -> None:
    """Write the canonical, fully expanded cascade (the interchange format), or its history.

    From FILE (with --events: states from replaying them), or, without FILE, from
    the database (--db, else $CASCADE_DB, else ./cascade.db) with its recorded
    history. --format ocel writes the history as OCEL 2.0 JSON for process-mining
    tools, --format csv as a table for spreadsheets. --org, --lead, --document,
    --level and --bucket (as of today) keep only those obligations and their events.
    """
    from cascade.services import export as export_text

    write_output(export_text(source, fmt, selection), output)
