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

    from cascade.clock import end_of_day
    from cascade.errors import InputError

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
    from cascade.store.tracking import read_definition

    cascade_file, lifecycle = read_definition(file)  # checked before the database is touched
    with opened(db) as store:
        changed = store.save_cascade(cascade_file, replace=replace, lifecycle=lifecycle)
        what = "stored" if changed else "unchanged"
        click.echo(f"{cascade_file.cascade.id}: {what} in {store.url} (lifecycle {lifecycle.id})")


@db.command("list")
@db_option
def db_list(db: str | None) -> None:
    """List the stored cascades with their revision and number of events."""
    from rich.console import Console
    from rich.table import Table

    from cascade.terminal import markup

    with opened(db) as store:
        records = store.cascades()
    table = Table("Mã / Id", "Tên / Title", "Bản / Rev.", "Sự kiện / Events", "Nạp lúc / Loaded")
    for r in records:
        table.add_row(
            markup(r.id),
            markup(r.title),
            str(r.revision),
            str(r.events),
            r.loaded_at.isoformat(" ", "seconds"),
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
@click.option("--batch-size", default=50_000, show_default=True,
              type=click.IntRange(1, 1_000_000), help="Events per transaction.")  # fmt: skip
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when standard error is a terminal).")  # fmt: skip
def events_import(
    file: Path, db: str | None, cascade_id: str | None, batch_size: int, progress: bool | None
) -> None:
    """Import an events file (one JSON event per line) into a stored cascade.

    The whole file is checked first (syntax, ids, references, reused event
    ids, and the lifecycle's guards after the stored history); on any problem
    nothing is written. Events already stored are skipped, so an import that
    was interrupted is completed by running it again (Nhập sự kiện; chạy lại
    để hoàn tất nếu bị ngắt).
    """
    from cascade.files.events_read import read_events
    from cascade.store.tracking import import_events, pick_cascade

    show = sys.stderr.isatty() if progress is None else progress
    with opened(db) as store, _progress(show) as bar:
        chosen = pick_cascade(store, cascade_id)
        size = file.stat().st_size if file.is_file() else 0
        batch = read_events(file, bar("reading", size))
        # a million events stay alive until the end: keep the garbage collector from
        # walking them again and again while batches allocate rows
        gc.freeze()
        report = import_events(
            store, chosen, batch, batch_size=batch_size,
            checking=bar("checking", len(batch)), progress=bar("writing", len(batch)),
        )  # fmt: skip
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


# --- cascade record -------------------------------------------------------------------


@click.command()
@click.argument("trigger")
@click.argument("obligation")
@click.option("--actor", required=True, metavar="ORG", help="The organisation that acts.")
@click.option("--at", "at", metavar="TIME",
              help="When (ISO 8601; without an offset: Vietnam time) [default: now].")  # fmt: skip
@click.option("--note", help="What was done (Ghi chú).")
@click.option("--evidence", help="A document number or link that shows it (Minh chứng).")
@click.option("--id", "event_id", metavar="ID",
              help="The event's id [default: derived from obligation, trigger, actor, time; "
              "recording the same event again is then a no-op].")  # fmt: skip
@click.option("--expect-version", type=click.IntRange(min=0), metavar="N",
              help="Refuse (exit 75) unless the obligation has exactly N events.")  # fmt: skip
@db_option
@cascade_option
def record(
    trigger: str,
    obligation: str,
    actor: str,
    at: str | None,
    note: str | None,
    evidence: str | None,
    event_id: str | None,
    expect_version: int | None,
    db: str | None,
    cascade_id: str | None,
) -> None:
    """Record one event: TRIGGER (start, report, accept, return, cancel, …) on OBLIGATION.

    The lifecycle's guards check it inside the transaction (who may fire what,
    from which state, roll-up); a refused event stores nothing (exit 2). TRIGGER
    "milestone" records that the milestone OBLIGATION happened. (Ghi nhận sự
    kiện: bắt đầu, báo cáo, chấp nhận, trả lại, hủy.)

    \b
    Examples:
      cascade record start 1.1@bao-kien-giang --actor bao-kien-giang
      cascade record report 1.1@bao-kien-giang --actor bao-kien-giang \\
          --at 2025-03-01T09:00 --evidence "Báo cáo số 12/BC-BKG"
      cascade record accept 1.1@bao-kien-giang --actor so-tttt
    """
    import datetime as dt
    import time

    from pydantic import ValidationError

    from cascade.clock import now
    from cascade.errors import InputError, TransitionRefusedError
    from cascade.model import Event
    from cascade.store.tracking import event_id as default_id
    from cascade.store.tracking import pick_cascade
    from cascade.store.tracking import record as record_event

    try:
        written = dt.datetime.fromisoformat(at) if at else None
    except ValueError:
        raise InputError(f"--at {at!r}: give an ISO 8601 time, e.g. 2025-03-01T09:00") from None
    milestone = trigger == "milestone"

    def make_event(when: dt.datetime) -> Event:
        fields = {
            "obligation": None if milestone else obligation,
            "trigger": None if milestone else trigger,
            "milestone": obligation if milestone else None,
            "actor": actor, "at": when, "note": note, "evidence": evidence,
        }  # fmt: skip
        try:
            return Event(id=event_id or default_id(obligation, trigger, actor, when), **fields)
        except ValidationError as exc:
            problem = exc.errors()[0]
            raise InputError(f"{'.'.join(map(str, problem['loc']))}: {problem['msg']}") from None

    with opened(db) as store:
        chosen = pick_cascade(store, cascade_id)
        for attempt in range(NOW_RETRIES + 1):
            # --at now: a writer that commits first with a later time wins the race;
            # a fresh time a moment later then comes after its event
            event = make_event(written or now())
            try:
                result, state = record_event(store, chosen, event, expected_version=expect_version)
                break
            except TransitionRefusedError as exc:
                if written or attempt == NOW_RETRIES or "previous event" not in exc.reason:
                    raise
                time.sleep(1.0 - time.time() % 1.0 + 0.01)  # into the next second
    if result.duplicate:
        click.echo(f"{event.id}: already recorded (no change)")
    elif milestone:
        click.echo(f"{event.id}: milestone {obligation} recorded")
    else:
        click.echo(f"{event.id}: {obligation} {trigger} → {state} (version {result.version})")


NOW_RETRIES = 3  # fresh times tried by `record` without --at when a later event won the race


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

    from cascade.terminal import markup

    table = Table(
        "Bản / Ver.", "Thời điểm / At", "Sự kiện / Trigger", "Bởi / Actor",
        "Ghi chú / Note", "Minh chứng / Evidence",
        title=markup(f"{chosen}: {obligation or 'mọi nhiệm vụ / all obligations'}"),
    )  # fmt: skip
    for s in stored:
        e = s.event
        what = e.trigger or f"milestone {e.milestone}"
        where = "" if obligation else f" {e.obligation or ''}"
        table.add_row(
            str(s.version or ""),
            e.at.isoformat(),
            markup(what + where),
            markup(e.actor),
            markup(e.note or ""),
            markup(e.evidence or ""),
        )
    if output is None:
        Console().print(table)
    else:
        from cascade.atomic import replacing

        with replacing(output) as temporary, temporary.open("w", encoding="utf-8") as handle:
            Console(file=handle, width=200).print(table)


def _record(event: Any) -> dict[str, Any]:
    data = event.model_dump(mode="json", exclude_none=True)
    data["at"] = event.at.isoformat()
    return dict(data)
