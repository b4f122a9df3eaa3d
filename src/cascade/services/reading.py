"""Trackers from files or stores, and what is read of them: :func:`open_tracker`,
then :func:`standing`, :func:`status`, :func:`export`, :func:`due` and :func:`report`, each
keeping only the obligations a :class:`~cascade.report.select.Selection` keeps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from cascade.errors import (
    InputError,
)
from cascade.services.shared import (
    Grouping,
    Hook,
    Meter,
    opened,
    pick_cascade,
    step,
    stored_lifecycle,
)

if TYPE_CHECKING:
    from cascade.engine.status import Status
    from cascade.engine.tracker import Tracker
    from cascade.model import Cascade, CascadeInfo, Event
    from cascade.render.overlay import CascadeStatus
    from cascade.report.due import DueList
    from cascade.report.select import Selection
    from cascade.report.trend import Period
    from cascade.report.wording import Lang
    from cascade.store import EventStore


@dataclass(frozen=True)
class Source:
    """Where a cascade and its history come from: a cascade file (with an events file
    to replay), or a store (a URL, None for the default, or an open :class:`EventStore`)."""

    file: Path | None = None
    events: Path | None = None
    db: str | EventStore | None = None
    cascade_id: str | None = None

    def __post_init__(self) -> None:
        if self.file is None and self.events is not None:
            raise InputError("--events goes with FILE; a database holds its own history")
        if self.file is not None and (self.db is not None or self.cascade_id is not None):
            raise InputError("give a FILE or --db/--cascade, not both")


def open_tracker(
    source: Source, *, meter: Meter | None = None, on_transition: Hook | None = None
) -> Tracker:
    """The tracker of ``source`` with its whole history replayed.

    ``on_transition`` sees every committed transition of the replay (an export
    collects the state each event led to); ``meter`` follows reading and replay.
    """
    from cascade.engine.tracker import Tracker
    from cascade.files.events_read import read_events

    if source.file is None:
        with opened(source.db) as store:
            chosen = pick_cascade(store, source.cascade_id)
            tracker = stored_tracker(store, chosen, source.db)
            if on_transition is not None:
                tracker.on_transition(on_transition)
            batch = store.history_batch(chosen)
            tracker.replay(batch, step(meter, "replaying", len(batch)))
            return tracker
    tracker = Tracker.load(source.file)
    if on_transition is not None:
        tracker.on_transition(on_transition)
    if source.events is not None:
        size = source.events.stat().st_size if source.events.is_file() else 0
        batch = read_events(source.events, step(meter, f"reading {source.events.name}", size))
        tracker.replay(batch, step(meter, "replaying", len(batch)))
    return tracker


def standing(
    source: Source,
    as_of: dt.date | None = None,
    *,
    tracked: bool = True,
    selection: Selection | None = None,
) -> tuple[Cascade, CascadeStatus | None]:
    """The cascade in force at the end of ``as_of`` (default today), and where its
    obligations stood then.

    A store always has a tracked history; a file is read as written (no status, and
    its amendments not applied) unless ``tracked`` (or the selection filters by
    bucket). The cascade keeps the obligations ``selection`` keeps.
    """
    from cascade.report.select import select, select_tracked

    bucketed = selection is not None and bool(selection.buckets)
    if source.file is not None and not tracked and source.events is None and not bucketed:
        from cascade.files.loader import load

        cascade = load(source.file)
        kept = select(cascade, selection) if selection is not None else None
        return cascade.narrowed(kept), None
    from cascade.clock import today
    from cascade.render.overlay import CascadeStatus

    tracker = open_tracker(source)
    day = as_of or today()
    kept = select_tracked(tracker, selection, day)
    return in_force_of(tracker, day, kept), CascadeStatus.from_tracker(tracker, day)


@dataclass(frozen=True)
class StatusReport:
    """The four buckets of a tracked cascade as of a day."""

    cascade: CascadeInfo
    lifecycle: str
    status: Status


def status(
    source: Source,
    as_of: dt.date | None = None,
    *,
    by: Grouping | None = None,
    within: str | None = None,
    meter: Meter | None = None,
    selection: Selection | None = None,
) -> StatusReport:
    """Count ``source``'s obligations in the four buckets as of the end of ``as_of``
    (only those ``selection`` keeps)."""
    from cascade.clock import today
    from cascade.engine.status import status as count
    from cascade.report.select import select_tracked

    tracker = open_tracker(source, meter=meter)
    day = as_of or today()
    only = select_tracked(tracker, selection, day)
    counted = count(tracker, day, by=by, within=within, only=only)
    return StatusReport(tracker.info, tracker.lifecycle.name, counted)


def export(
    source: Source,
    fmt: Literal["json", "ocel", "csv"],
    selection: Selection | None = None,
    as_of: dt.date | None = None,
) -> str:
    """The canonical cascade (json), or its history as OCEL 2.0 JSON or a CSV table;
    only the obligations ``selection`` keeps (its buckets as of ``as_of``, default
    today) and their events.

    With ``as_of``: the cascade in force at the end of that day and the states then
    (json), or the history up to then (ocel, csv).
    """
    from cascade.clock import today
    from cascade.exports import export_text
    from cascade.report.select import select_tracked

    if source.file is not None and fmt != "json" and source.events is None:
        raise InputError(f"--format {fmt} exports a history: give --events FILE.jsonl, or --db")
    states: dict[str, str] = {}

    def remember(event: Event, _old: str, new: str) -> None:
        states[event.id] = new

    tracker = open_tracker(source, on_transition=remember)
    replayed = source.file is None or source.events is not None
    only = select_tracked(tracker, selection, as_of or today())
    return export_text(tracker, fmt, states, replayed=replayed, only=only, as_of=as_of)


def due(
    source: Source,
    as_of: dt.date | None = None,
    *,
    within: int = 30,
    selection: Selection | None = None,
    lang: Lang = "vi",
) -> DueList:
    """What is overdue and what falls due within ``within`` days of ``as_of``, per lead."""
    from cascade.clock import today
    from cascade.report.due import due_list
    from cascade.report.select import select_tracked

    tracker = open_tracker(source)
    day = as_of or today()
    only = select_tracked(tracker, selection, day)
    return due_list(tracker, day, within, only, lang)


def report(
    source: Source,
    as_of: dt.date | None = None,
    *,
    lang: Lang = "vi",
    period: Period = "month",
    selection: Selection | None = None,
    meter: Meter | None = None,
) -> str:
    """The self-contained HTML report of ``source`` as of the end of ``as_of``."""
    from cascade.clock import today
    from cascade.report.html import to_html
    from cascade.report.page import build_page
    from cascade.report.select import select_tracked

    tracker = open_tracker(source, meter=meter)
    day = as_of or today()
    only = select_tracked(tracker, selection, day)
    filters = selection.describe() if selection is not None else ""
    return to_html(build_page(tracker, day, lang=lang, period=period, only=only, filters=filters))


def in_force_of(tracker: Tracker, day: dt.date, kept: Collection[int] | None = None) -> Cascade:
    """The cascade of ``tracker`` in force at the end of ``day`` (its amendments applied),
    with only the obligations at the positions ``kept`` (all when None); an obligation
    completed or closed before it passed to another holder is shown with the body that
    settled it, as ``status`` counts it by organisation."""
    from cascade.engine.status import held_cascade
    from cascade.engine.timeline import revision

    if tracker.dated is None:
        return tracker.cascade.narrowed(kept)
    return revision(held_cascade(tracker, day).narrowed(kept), day, tracker.dated.plan)


def stored_tracker(store: EventStore, cascade_id: str, db: str | EventStore | None) -> Tracker:
    """A tracker of a stored cascade with no history yet: from its compiled columns when
    the store keeps them (its models read again only if something asks for them)."""
    from cascade.engine.lifecycle import resolve_lifecycle
    from cascade.engine.tracker import Tracker

    tables = store.load_compiled(cascade_id)
    if tables is None:
        return empty_tracker(store, cascade_id)
    part = store.definition_part(cascade_id, None)
    if part.amendments:  # their dated changes are resolved over the models
        return empty_tracker(store, cascade_id)
    info = part.cascade
    lifecycle = stored_lifecycle(store, cascade_id) or resolve_lifecycle(info.lifecycle)

    def models() -> Cascade:
        with opened(db) as again:
            return again.load_cascade(cascade_id)

    return Tracker.compiled(tables, lifecycle, info, models)


def empty_tracker(store: EventStore, cascade_id: str) -> Tracker:
    """A tracker of the stored definition and lifecycle, with no history yet."""
    from cascade.engine.tracker import Tracker

    return Tracker(store.load_cascade(cascade_id), stored_lifecycle(store, cascade_id))
