"""``cascade status``, ``cascade apply`` and ``cascade lifecycle check``: tracking from files.

Without a database, the history of a cascade is an events file (JSON Lines).
``cascade apply`` appends to it; by default it is ``events/<name>.jsonl`` in the
cascade file's folder (``workflows/events/kien-giang-xiv-congress.jsonl`` for
``workflows/kien-giang-xiv-congress.yaml``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
    from cascade.engine.status import Status
    from cascade.engine.tracker import Tracker

BIG_INPUT = 4 << 20  # bytes: show a progress bar above this, on a terminal


def default_history(file: Path) -> Path:
    """Where ``cascade apply`` keeps the history of the cascade file ``file``."""
    return file.parent / "events" / f"{file.stem}.jsonl"


@contextmanager
def _progress(label: str, total: int, big: bool) -> Iterator[Callable[[int], None] | None]:
    """A rich progress bar on standard error, for ``big`` inputs on a terminal."""
    from rich.console import Console
    from rich.progress import Progress

    console = Console(stderr=True)
    if not big or not console.is_terminal:
        yield None
        return
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda done: progress.update(task, completed=done)


def load_tracker(file: Path, events: Path | None) -> Tracker:
    """The tracker of the cascade ``file``, with ``events`` replayed (a progress bar for
    big files); shared by the commands that take ``--events``."""
    from cascade.engine.tracker import Tracker
    from cascade.files.events_read import read_events

    tracker = Tracker.load(file)
    if events is not None:
        size = events.stat().st_size if events.is_file() else 0
        with _progress(f"reading {events.name}", size, size >= BIG_INPUT) as progress:
            batch = read_events(events, progress)
        with _progress("replaying", len(batch), size >= BIG_INPUT) as progress:
            tracker.replay(batch, progress)
    return tracker


@click.command()
@click.argument("file", required=False, type=click.Path(dir_okay=True, path_type=Path))
@events_option("Events file (JSON Lines) to replay first.")
@db_option
@cascade_option
@as_of_option("Count as of the end of this day (Vietnam time); default today.")
@click.option(
    "--by",
    type=click.Choice(["document", "organisation", "level"]),
    help="Also count per document, lead organisation or its level.",
)
@click.option("--within", metavar="OBLIGATION", help="Only this obligation and its subtree.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
@output_option
def status(
    file: Path | None,
    events: Path | None,
    db: str | None,
    cascade_id: str | None,
    as_of: dt.datetime | None,
    by: str | None,
    within: str | None,
    fmt: str,
    output: Path | None,
) -> None:
    """Count obligations in the four buckets of the Government Office, as of a day.

    Completed on time (hoàn thành đúng hạn), completed late (hoàn thành quá hạn),
    not completed within deadline (chưa hoàn thành, trong hạn), overdue (quá hạn);
    cancelled or superseded obligations are counted apart as closed.

    Without FILE, the cascade and its recorded history come from the database
    (--db, else $CASCADE_DB, else ./cascade.db); --as-of replays it to that day.
    """
    from cascade.clock import today
    from cascade.engine.status import status as count

    tracker = load_tracker(file, events) if file is not None else _from_db(db, cascade_id, events)
    day = as_of.date() if as_of else today()
    report = count(tracker, day, by=by, within=within)  # type: ignore[arg-type]
    if fmt == "json":
        data = {
            "cascade": tracker.cascade.cascade.id,
            "lifecycle": tracker.lifecycle.name,
            **report.as_dict(),
        }
        write_output(json.dumps(data, ensure_ascii=False, indent=2) + "\n", output)
    elif fmt == "csv":
        write_output(_csv(report), output)
    else:
        write_output(_table(tracker, report), output)


def _csv(report: Status) -> str:
    from cascade.csv_safe import csv_cell
    from cascade.engine.status import BUCKETS

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "name", *BUCKETS, "closed", "total"])
    for group in report.groups:
        writer.writerow(
            [csv_cell(group.id), csv_cell(group.name), *group.counts.as_dict().values()]
        )
    writer.writerow(["total", "", *report.total.as_dict().values()])
    return out.getvalue()


def _table(tracker: Tracker, report: Status) -> str:
    from rich.console import Console
    from rich.table import Table

    from cascade.engine.status import BUCKETS, LABELS
    from cascade.terminal import markup

    info = tracker.cascade.cascade
    title = f"{markup(info.title)}\nas of {report.as_of.isoformat()}"
    if report.within:
        title += f", within {markup(report.within)}"
    table = Table(title=title)
    table.add_column(report.by or "", overflow="fold")
    for key in (*BUCKETS, "closed"):
        vi, en = LABELS[key]
        table.add_column(f"{vi}\n{en}", justify="right")
    table.add_column("Tổng\nTotal", justify="right")
    for group in report.groups:
        name = markup(f"{group.name} ({group.id})")
        table.add_row(name, *map(str, group.counts.as_dict().values()))
    table.add_row("[bold]Tổng / Total[/bold]", *map(str, report.total.as_dict().values()))
    buffer = io.StringIO()
    Console(file=buffer, width=140, highlight=False).print(table)
    return buffer.getvalue()


def _from_db(db: str | None, cascade_id: str | None, events: Path | None) -> Tracker:
    """The tracker of a stored cascade, its whole recorded history replayed."""
    from cascade.cli.db_cmds import opened
    from cascade.errors import InputError
    from cascade.store.tracking import load_tracker, pick_cascade

    if events is not None:
        raise InputError("--events goes with FILE; a database holds its own history")
    with opened(db) as store:
        return load_tracker(store, pick_cascade(store, cascade_id))


@click.command()
@cascade_argument
@click.argument("new_events", metavar="EVENTS.jsonl", type=click.Path(path_type=Path))
@click.option(
    "--history",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The history to check against and append to [default: events/<name>.jsonl next to FILE].",
)
def apply(file: Path, new_events: Path, history: Path | None) -> None:
    """Check new events against the history and append them to it.

    All of them or none: a refused event is an error that names the event, the
    actor and the reason, and the history is left as it was. Events already in
    the history (same id, same content) are skipped.
    """
    from cascade.errors import OutputError
    from cascade.files.events_read import read_events
    from cascade.files.events_write import write_events

    history = history or default_history(file)
    tracker = load_tracker(file, history if history.is_file() else None)
    size = new_events.stat().st_size if new_events.is_file() else 0
    with _progress(f"reading {new_events.name}", size, size >= BIG_INPUT) as progress:
        batch = read_events(new_events, progress)
    with _progress("checking", len(batch), size >= BIG_INPUT) as progress:
        done = tracker.replay(batch, progress)
    try:
        history.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{history}: cannot create its folder: {exc.strerror}") from None
    written = write_events(batch, history, append=True, rows=done.rows) if done.rows else 0
    click.echo(
        f"appended {written} event(s) to {history}"
        + (f"; {done.duplicates} already there" if done.duplicates else ""),
        err=True,
    )


@click.group()
def lifecycle() -> None:
    """Lifecycle definitions (the states an obligation moves through)."""


@lifecycle.command("check")
@click.argument("file", type=click.Path(path_type=Path))
def check(file: Path) -> None:
    """Check a lifecycle definition (or the lifecycle a cascade file names).

    Sound means: exactly one initial state, every state reachable from it, a
    final state reachable from every state, no unknown states or triggers.
    """
    from cascade.engine.lifecycle import load_lifecycle, resolve_lifecycle

    if _is_cascade_file(file):
        from cascade.files.loader import read

        cascade_file, _ = read(file)
        definition = resolve_lifecycle(cascade_file.cascade.lifecycle, file)
    else:
        definition = load_lifecycle(file)
    d = definition.definition
    click.echo(
        f"ok: lifecycle {d.id} ({d.name}) from {definition.source}: {len(d.states)} states, "
        f"{len(d.triggers)} triggers, {len(d.transitions)} transitions"
    )
    labels = {t.id: t.name for t in d.triggers}
    for tr in d.transitions:
        rollup = ", after the roll-up" if tr.rollup else ""
        click.echo(
            f"  {tr.trigger} ({labels[tr.trigger]}): {', '.join(tr.source)} → {tr.dest}"
            f"  by {', '.join(tr.by)}{rollup}"
        )


def _is_cascade_file(file: Path) -> bool:
    """Whether ``file`` declares ``format: cascade/1`` (else it is taken as a lifecycle)."""
    from cascade.files.loader import declared_format

    return declared_format(file) == "cascade/1"  # reads the head only: /dev/zero never ends
