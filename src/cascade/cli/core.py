"""``cascade schema``, ``cascade show`` and ``cascade export``."""

from __future__ import annotations

import datetime as dt
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
@click.option(
    "--events",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Events file (JSON Lines) to replay: each organisation's obligations by bucket.",
)
@click.option(
    "--as-of",
    "as_of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Status as of the end of this day (Vietnam time); default today.",
)
def show(file: Path, events: Path | None, as_of: dt.datetime | None) -> None:
    """Summarise a cascade: documents, the chain, addressees, obligations per organisation.

    With --events (or --as-of), each organisation's obligations are counted in the
    four buckets, and each obligation shows its state, as `cascade status` counts them.
    """
    from cascade.summary import Progress, print_summary

    if events is None and as_of is None:
        from cascade.loader import load

        print_summary(load(file))
        return
    from cascade.cli.tracking import load_tracker
    from cascade.events import today
    from cascade.status import BUCKETS, CLOSED, states_and_buckets

    tracker = load_tracker(file, events)
    day = as_of.date() if as_of else today()
    states, codes = states_and_buckets(tracker, day)
    ids = tracker.tables.ob_ids
    named = [*BUCKETS, "closed"]
    assert len(BUCKETS) == CLOSED  # the codes index the bucket names, closed last
    progress = Progress(
        day,
        dict(zip(ids, states, strict=True)),
        {ob: named[c] for ob, c in zip(ids, codes, strict=True)},
    )
    print_summary(tracker.cascade, progress=progress)


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
