"""``cascade db``, ``cascade events`` and ``cascade history``: the event store from the shell.

Every command takes ``--db URL``; without it ``CASCADE_DB``, then the SQLite file
``./cascade.db`` (see :mod:`cascade.store.url`). The store is imported lazily.
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from cascade.cli.options import output_option, write_output

if TYPE_CHECKING:
    import datetime as dt

    from cascade.store import EventStore

F = TypeVar("F", bound=Callable[..., Any])

db_option: Callable[[F], F] = click.option(
    "--db",
    "db",
    metavar="URL",
    default=None,
    help="Database: sqlite:///FILE.db or postgresql://… (default: $CASCADE_DB, else "
    "sqlite:///cascade.db).",
)

cascade_option: Callable[[F], F] = click.option(
    "--cascade",
    "cascade_id",
    metavar="ID",
    default=None,
    help="Which stored cascade (needed when the database holds several).",
)


@contextmanager
def opened(db: str | None, *, create: bool = False) -> Iterator[EventStore]:
    """The store named by ``--db`` (or its defaults), closed afterwards."""
    from cascade.store import open_store

    with open_store(db, create=create) as store:
        yield store


def parse_until(text: str | None) -> dt.datetime | None:
    """``--until`` as an instant: a date means the end of that day in Vietnam."""
    if text is None:
        return None
    import datetime as dt

    from cascade.errors import InputError
    from cascade.store.tracking import end_of_day

    try:
        if len(text) == 10:
            return end_of_day(dt.date.fromisoformat(text))
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise InputError(
            f"--until {text!r}: give a date (2025-03-31) or a time (2025-03-31T17:00+07:00)"
        ) from None


# --- cascade db -----------------------------------------------------------------------


@click.group()
def db() -> None:
    """Create the database and keep cascade definitions in it.

    \b
    cascade db init                      create or migrate ./cascade.db
    cascade db load FILE                 store a cascade definition
    cascade db list                      the stored cascades
    """


@db.command("init")
@db_option
def db_init(db: str | None) -> None:
    """Create the database schema, or migrate it to this version (Khởi tạo cơ sở dữ liệu)."""
    with opened(db, create=True) as store:
        version = getattr(store, "schema_version", None)
        click.echo(f"{store.url}: ready (schema version {version})")


@db.command("load")
@click.argument("file", type=click.Path(dir_okay=True, path_type=Path))
@db_option
@click.option("--replace", is_flag=True, help="Replace a stored definition that differs.")
def db_load(file: Path, db: str | None, replace: bool) -> None:
    """Store the cascade definition in FILE (Nạp định nghĩa chuỗi văn bản).

    Loading the same file again changes nothing. A changed definition needs
    --replace and may not drop an obligation that has events.
    """
    from cascade.loader import read

    cascade_file, _ = read(file)  # check the file before touching the database
    with opened(db) as store:
        changed = store.save_cascade(cascade_file, replace=replace)
        what = "stored" if changed else "unchanged"
        click.echo(f"{cascade_file.cascade.id}: {what} in {store.url}")


@db.command("list")
@db_option
def db_list(db: str | None) -> None:
    """List the stored cascades with their revision and number of events."""
    from rich.console import Console
    from rich.table import Table

    with opened(db) as store:
        records = store.cascades()
    table = Table("Mã / Id", "Tên / Title", "Bản / Rev.", "Sự kiện / Events", "Nạp lúc / Loaded")
    for r in records:
        table.add_row(
            r.id, r.title, str(r.revision), str(r.events), r.loaded_at.isoformat(" ", "seconds")
        )
    Console().print(table)


# --- cascade events -------------------------------------------------------------------


@click.group()
def events() -> None:
    """Bring events (JSON Lines) into the database."""


@events.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@db_option
@cascade_option
@click.option("--batch-size", default=5000, show_default=True, type=click.IntRange(1, 100_000),
              help="Events per transaction.")  # fmt: skip
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when standard error is a terminal).")  # fmt: skip
def events_import(
    file: Path, db: str | None, cascade_id: str | None, batch_size: int, progress: bool | None
) -> None:
    """Import an events file (one JSON event per line) into a stored cascade.

    The whole file is checked first (syntax, ids, references, reused event
    ids); on any problem nothing is written. Events already stored are
    skipped, so an import that was interrupted is completed by running it
    again (Nhập sự kiện; chạy lại để hoàn tất nếu bị ngắt).
    """
    from cascade.store.tracking import import_events, pick_cascade, read_events_file

    show = sys.stderr.isatty() if progress is None else progress
    with opened(db) as store, _progress(show) as bar:
        chosen = pick_cascade(store, cascade_id)
        size = file.stat().st_size if file.is_file() else 0
        reading = bar("reading", size)
        events_file = read_events_file(file, progress=reading)
        # a million events stay alive until the end: keep the garbage collector from
        # walking them again and again while batches allocate rows (~20% of the import)
        gc.freeze()
        writing = bar("writing", len(events_file.events))
        report = import_events(store, chosen, events_file, batch_size=batch_size, progress=writing)
    click.echo(
        f"{chosen}: {report.added} events added, {report.duplicates} already stored "
        f"({report.read} read, {report.batches} transactions)"
    )


@contextmanager
def _progress(show: bool) -> Iterator[Callable[[str, int], Callable[[int], None]]]:
    """A factory of progress callbacks: a rich bar on standard error, or nothing."""
    if not show:
        yield lambda _label, _total: lambda _done: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=False) as progress:

        def task(label: str, total: int) -> Callable[[int], None]:
            task_id = progress.add_task(label, total=total)
            return lambda done: progress.update(task_id, completed=done)

        yield task


# --- cascade history ------------------------------------------------------------------


@click.command()
@click.argument("obligation", required=False)
@db_option
@cascade_option
@click.option("--until", metavar="DATE|TIME", help="Only events up to then (a date: its end).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True, help="A table for people, JSON Lines for tools.")  # fmt: skip
@output_option
def history(
    obligation: str | None,
    db: str | None,
    cascade_id: str | None,
    until: str | None,
    fmt: str,
    output: Path | None,
) -> None:
    """Show the recorded history of OBLIGATION (or of the whole cascade), oldest first.

    (Lịch sử sự kiện của nhiệm vụ.) JSON Lines output is an events file that
    `cascade events import` reads back.
    """
    from cascade.errors import UnknownReferenceError
    from cascade.store.tracking import pick_cascade

    cutoff = parse_until(until)
    with opened(db) as store:
        chosen = pick_cascade(store, cascade_id)
        if obligation is not None:
            known = {ob.id for ob in store.load_cascade(chosen).obligations}
            if obligation not in known:
                raise UnknownReferenceError("obligation", obligation, f"in cascade {chosen}")
        stored = store.history(chosen, obligation=obligation, until=cutoff)
    if fmt == "jsonl":
        lines = [json.dumps(_record(s.event), ensure_ascii=False) + "\n" for s in stored]
        write_output("".join(lines), output)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(
        "Bản / Ver.", "Thời điểm / At", "Sự kiện / Trigger", "Bởi / Actor",
        "Ghi chú / Note", "Minh chứng / Evidence",
        title=f"{chosen}: {obligation or 'mọi nhiệm vụ / all obligations'}",
    )  # fmt: skip
    for s in stored:
        e = s.event
        what = e.trigger or f"milestone {e.milestone}"
        where = "" if obligation else f" {e.obligation or ''}"
        table.add_row(
            str(s.version or ""),
            e.at.isoformat(),
            what + where,
            e.actor,
            e.note or "",
            e.evidence or "",
        )
    if output is None:
        Console().print(table)
    else:
        with output.open("w", encoding="utf-8") as handle:
            Console(file=handle, width=200).print(table)


def _record(event: Any) -> dict[str, Any]:
    data = event.model_dump(mode="json", exclude_none=True)
    data["at"] = event.at.isoformat()
    return dict(data)


def export_from_db(db: str | None, cascade_id: str | None, fmt: str) -> str:
    """What `cascade export` writes when it reads from the database."""
    from cascade.store.tracking import pick_cascade

    with opened(db) as store:
        chosen = pick_cascade(store, cascade_id)
        cascade = store.load_cascade(chosen)
        if fmt == "json":
            from cascade.interchange import dumps, to_interchange

            states = {ob: h.state for ob, h in store.heads(chosen).items() if h.state}
            return dumps(to_interchange(cascade, states))
        history = store.history(chosen)
    if fmt == "ocel":
        from cascade.store.ocel import to_ocel

        return (
            json.dumps(to_ocel(cascade, (s.event for s in history)), ensure_ascii=False, indent=1)
            + "\n"
        )
    from cascade.store.table import to_csv

    return to_csv(cascade, history)
