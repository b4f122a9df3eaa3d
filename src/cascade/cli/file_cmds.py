"""``cascade schema``, ``cascade show`` and ``cascade export``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from cascade.cli.db_cmds import cascade_option, db_option
from cascade.cli.options import (
    as_of_option,
    cascade_argument,
    events_option,
    output_option,
    write_output,
)

if TYPE_CHECKING:
    from cascade.model import Event


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
def show(file: Path, events: Path | None, as_of: dt.datetime | None) -> None:
    """Summarise a cascade: documents, the chain, addressees, obligations per organisation.

    With --events (or --as-of), each organisation's obligations are counted in the
    four buckets, and each obligation shows its state, as `cascade status` counts them.
    """
    from cascade.cli.summary import Progress, print_summary

    if events is None and as_of is None:
        from cascade.files.loader import load

        print_summary(load(file))
        return
    from cascade.cli.track_cmds import load_tracker
    from cascade.clock import today
    from cascade.engine.status import BUCKETS, CLOSED, states_and_buckets

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
@click.argument("file", required=False, type=click.Path(dir_okay=True, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "ocel", "csv"]),
    default="json",
    show_default=True,
    help="json: the canonical cascade; ocel: the history as OCEL 2.0 JSON; csv: the history "
    "as a table, one row per event.",
)
@events_option("Events file (JSON Lines) to replay with FILE: states and history come from it.")
@db_option
@cascade_option
@output_option
def export(
    file: Path | None,
    fmt: str,
    events: Path | None,
    db: str | None,
    cascade_id: str | None,
    output: Path | None,
) -> None:
    """Write the canonical, fully expanded cascade (the interchange format), or its history.

    From FILE (with --events: states from replaying them), or, without FILE, from
    the database (--db, else $CASCADE_DB, else ./cascade.db) with its recorded
    history. --format ocel writes the history as OCEL 2.0 JSON for process-mining
    tools, --format csv as a table for spreadsheets.
    """
    from cascade.errors import InputError
    from cascade.files.exports import export_text

    states: dict[str, str] = {}

    def remember(event: Event, _old: str, new: str) -> None:
        states[event.id] = new

    if file is None:
        if events is not None:
            raise InputError("--events goes with FILE; a database holds its own history")
        from cascade.cli.db_cmds import opened
        from cascade.store.tracking import load_tracker, pick_cascade

        with opened(db) as store:
            tracker = load_tracker(store, pick_cascade(store, cascade_id), on_transition=remember)
        write_output(export_text(tracker, fmt, states), output)
        return
    if db is not None or cascade_id is not None:
        raise InputError("give a FILE or --db/--cascade, not both")
    if fmt != "json" and events is None:
        raise InputError(f"--format {fmt} exports a history: give --events FILE.jsonl, or --db")
    from cascade.engine.tracker import Tracker
    from cascade.files.events_read import read_events

    tracker = Tracker.load(file)
    tracker.on_transition(remember)
    if events is not None:
        tracker.replay(read_events(events))
    write_output(export_text(tracker, fmt, states, replayed=events is not None), output)
