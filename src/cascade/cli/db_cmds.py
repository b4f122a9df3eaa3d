"""``cascade db``, ``cascade events`` and ``cascade history``: the event store from the shell.

Every command takes ``--db URL``; without it ``CASCADE_DB``, then the SQLite file
``./cascade.db`` (see :mod:`cascade.store.url`). The store is imported lazily.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import sys
from pathlib import Path
from typing import Any

import click

from cascade.cli.params import (
    cascade_option,
    db_option,
    output_option,
    progress_meter,
    write_output,
)


def parse_until(text: str | None) -> dt.datetime | None:
    """``--until`` as an instant: a date means the end of that day in Vietnam."""
    if text is None:
        return None
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
    cascade db revisions                 every definition a cascade has had
    """


@db.command("init")
@db_option
def db_init(db: str | None) -> None:
    """Create the database schema, or migrate it to this version (Khởi tạo cơ sở dữ liệu)."""
    from cascade.services import opened

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
    --replace and becomes a new revision (`cascade db revisions`); on a cascade with
    recorded events it may only add (obligations, organisations, documents,
    amendments): a change that would rewrite the history (a holder, a deadline, the
    lifecycle, an obligation removed, an event it would refuse) is refused with exit
    code 2, each conflict listed with the dated amendment that would express it, and
    nothing is written.
    """
    from cascade.services import load_definition, opened, read_definition

    read_definition(file)  # checked before the database is touched (or even created)
    with opened(db) as store:
        done = load_definition(store, file, replace=replace)
        what = "stored" if done.changed else "unchanged"
        click.echo(f"{done.cascade_id}: {what} in {store.url} (lifecycle {done.lifecycle})")


@db.command("list")
@db_option
def db_list(db: str | None) -> None:
    """List the stored cascades with their revision and number of events."""
    from rich.console import Console
    from rich.table import Table

    from cascade.boundary.visible import markup
    from cascade.services import opened

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


@db.command("revisions")
@db_option
@cascade_option
@click.option("--show", "show", type=int, metavar="N", help="Write revision N's definition (JSON).")
@output_option
def db_revisions(
    db: str | None, cascade_id: str | None, show: int | None, output: Path | None
) -> None:
    """List every definition a stored cascade has had (Các phiên bản định nghĩa).

    Each `db load` that changes the definition adds a revision; none is ever lost.
    --show N writes revision N as the canonical JSON of its cascade file.
    """
    from cascade.services import opened, revisions

    with opened(db) as store:
        chosen, found = revisions(store, cascade_id)
        if show is not None:
            from cascade.store.definitions import to_json

            write_output(to_json(store.load_revision(chosen, show)) + "\n", output)
            return
    lines = [f"{chosen}: {len(found)} revision(s)"]
    lines += [
        f"  {r.revision:>3}  {r.loaded_at.isoformat(' ', 'seconds')}  {r.obligations} obligations"
        f"  {r.digest[:12]}"
        for r in found
    ]
    write_output("\n".join(lines) + "\n", output)


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
    from cascade.services import import_events, opened, pick_cascade

    show = sys.stderr.isatty() if progress is None else progress
    with opened(db) as store, progress_meter(show, transient=False) as meter:
        pick_cascade(store, cascade_id)  # a store without the cascade fails before the reading
        size = file.stat().st_size if file.is_file() else 0
        batch = read_events(file, meter("reading", size) if meter else None)
        # a million events stay alive until the end: keep the garbage collector from
        # walking them again and again while batches allocate rows
        gc.freeze()
        report = import_events(
            store, batch, cascade_id=cascade_id, batch_size=batch_size,
            checking=meter("checking", len(batch)) if meter else None,
            progress=meter("writing", len(batch)) if meter else None,
        )  # fmt: skip
    click.echo(
        f"{report.cascade}: {report.added} events added, {report.duplicates} already stored "
        f"({report.read} read, {report.batches} transactions)"
    )


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
    import time

    from cascade.errors import InputError, TransitionRefusedError
    from cascade.services import new_event, opened
    from cascade.services import record as record_event

    try:
        when = dt.datetime.fromisoformat(at) if at else None
    except ValueError:
        raise InputError(f"--at {at!r}: give an ISO 8601 time, e.g. 2025-03-01T09:00") from None
    with opened(db) as store:
        for attempt in range(NOW_RETRIES + 1):
            # --at now: a writer that commits first with a later time wins the race;
            # a fresh time a moment later then comes after its event
            event = new_event(trigger, obligation, actor, at=when, note=note, evidence=evidence,
                              event_id=event_id)  # fmt: skip
            try:
                done = record_event(
                    store, event, cascade_id=cascade_id, expected_version=expect_version
                )
                break
            except TransitionRefusedError as exc:
                if when or attempt == NOW_RETRIES or "previous event" not in exc.reason:
                    raise
                time.sleep(1.0 - time.time() % 1.0 + 0.01)  # into the next second
    if done.duplicate:
        click.echo(f"{event.id}: already recorded (no change)")
    elif event.milestone is not None:
        click.echo(f"{event.id}: milestone {obligation} recorded")
    else:
        click.echo(f"{event.id}: {obligation} {trigger} → {done.state} (version {done.version})")


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
    from cascade.services import history as stored_history
    from cascade.services import opened

    cutoff = parse_until(until)
    with opened(db) as store:
        chosen, stored = stored_history(store, obligation, cascade_id=cascade_id, until=cutoff)
    if fmt == "jsonl":
        lines = [json.dumps(_record(s.event), ensure_ascii=False) + "\n" for s in stored]
        write_output("".join(lines), output)
        return
    from rich.console import Console
    from rich.table import Table

    from cascade.boundary.visible import markup

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
        from cascade.boundary.atomic import replacing

        with replacing(output) as temporary, temporary.open("w", encoding="utf-8") as handle:
            Console(file=handle, width=200).print(table)


def _record(event: Any) -> dict[str, Any]:
    data = event.model_dump(mode="json", exclude_none=True)
    data["at"] = event.at.isoformat()
    return dict(data)
