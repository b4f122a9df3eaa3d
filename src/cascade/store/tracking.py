"""Putting events into a store with the checks the CLI applies: what ``events import`` does.

:func:`import_events` checks a whole events file before it writes anything: every
line parses, every obligation, actor and milestone exists in the stored
cascade, and no event id is reused for a different event (in the file or in the
store). Bad input is reported with ``file:line:col`` and nothing is written.
Only then are the events appended in batches, each batch one transaction; a run
that is killed part-way is completed by running it again.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from pydantic import ValidationError

from cascade.errors import CascadeFileError, InputError, Position
from cascade.loader import read
from cascade.model import Cascade, Event
from cascade.store.port import (
    DEFAULT_BATCH,
    VIETNAM,
    EventStore,
    ImportReport,
    difference,
    key_of,
)

MAX_PROBLEMS = 50


@dataclass
class EventsFile:
    """Events read from a JSON Lines file, with the line each came from."""

    path: str
    events: list[Event] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)

    def position(self, index: int) -> Position:
        """Where event ``index`` was written."""
        return Position(self.path, self.lines[index], 1)


def load_definition(store: EventStore, path: str | Path, *, replace: bool = False) -> str:
    """Read a cascade file, check it, store its definition; the cascade id."""
    cascade_file, _source = read(path)
    store.save_cascade(cascade_file, replace=replace)
    return cascade_file.cascade.id


def pick_cascade(store: EventStore, cascade_id: str | None) -> str:
    """``cascade_id`` if given, else the store's only cascade; InputError otherwise."""
    if cascade_id is not None:
        return cascade_id
    ids = [record.id for record in store.cascades()]
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise InputError(f"{store.url} holds no cascade: load one with `cascade db load FILE`")
    raise InputError(
        f"{store.url} holds several cascades; choose one with --cascade: {', '.join(ids)}"
    )


def read_events_file(path: str | Path, progress: Callable[[int], None] | None = None) -> EventsFile:
    """Parse a JSON Lines events file; every problem is reported with file:line:col.

    ``progress`` is called with the number of bytes read, every few thousand lines.
    """
    name = str(path)
    try:
        handle = Path(path).open("rb")  # noqa: SIM115  (closed by the with below)
    except FileNotFoundError:
        raise CascadeFileError("no such events file", Position(name)) from None
    except OSError as exc:
        raise CascadeFileError(f"cannot read: {exc.strerror}", Position(name)) from None
    result = EventsFile(name)
    problems: list[CascadeFileError] = []
    # every parsed event stays alive and none holds a cycle: pausing the collector saves
    # it from rescanning a growing heap (a third of the time on a million lines)
    collecting = gc.isenabled()
    gc.disable()
    with handle:
        try:
            _read_lines(handle, name, result, problems, progress)
        finally:
            if collecting:
                gc.enable()
    _raise(problems)
    return result


def _read_lines(
    handle: IO[bytes],
    name: str,
    result: EventsFile,
    problems: list[CascadeFileError],
    progress: Callable[[int], None] | None,
) -> None:
    done = 0
    for number, raw in enumerate(handle, start=1):
        done += len(raw)
        if progress is not None and number % 8192 == 0:
            progress(done)
        if not raw.strip():
            continue
        problem = _parse_line(raw, number, name, result)
        if problem is not None:
            problems.append(problem)
            if len(problems) >= MAX_PROBLEMS:
                break
    if progress is not None:
        progress(done)


def import_events(
    store: EventStore,
    cascade_id: str,
    events: EventsFile,
    *,
    batch_size: int = DEFAULT_BATCH,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Check ``events`` against the stored cascade and history, then append them in batches."""
    cascade = store.load_cascade(cascade_id)
    problems = check_references(cascade, events)
    problems += _reused_ids(store, cascade_id, events)
    _raise(problems)
    return store.append_many(cascade_id, events.events, batch_size=batch_size, progress=progress)


def check_references(cascade: Cascade, events: EventsFile) -> list[CascadeFileError]:
    """Problems with ids that name nothing in ``cascade``."""
    obligations = {ob.id for ob in cascade.obligations}
    organisations = {org.id for org in cascade.organisations}
    milestones = {m.id for m in cascade.milestones}
    problems: list[CascadeFileError] = []
    for index, event in enumerate(events.events):
        for kind, ref, known in (
            ("obligation", event.obligation, obligations),
            ("organisation", event.actor, organisations),
            ("milestone", event.milestone, milestones),
        ):
            if ref is not None and ref not in known:
                problems.append(
                    CascadeFileError(
                        f"event {event.id}: unknown {kind} {ref!r} in cascade {cascade.cascade.id}",
                        events.position(index),
                    )
                )
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems


def end_of_day(day: dt.date) -> dt.datetime:
    """The last instant of ``day`` in Vietnam: the cut-off for "as of ``day``"."""
    return dt.datetime.combine(day, dt.time.max, VIETNAM)


# --- internals ----------------------------------------------------------------------


def _reused_ids(store: EventStore, cascade_id: str, events: EventsFile) -> list[CascadeFileError]:
    problems: list[CascadeFileError] = []
    first: dict[str, int] = {}
    for index, event in enumerate(events.events):
        earlier = first.setdefault(event.id, index)
        if (
            earlier != index
            and (diff := difference(key_of(events.events[earlier]), event)) is not None
        ):
            problems.append(
                CascadeFileError(
                    f"event id {event.id!r} was already used on line {events.lines[earlier]} "
                    f"for a different event ({diff})",
                    events.position(index),
                )
            )
    stored = store.find_events(cascade_id, first)
    for event_id, item in stored.items():
        index = first[event_id]
        diff = difference(key_of(item.event), events.events[index])
        if diff is not None:
            problems.append(
                CascadeFileError(
                    f"event id {event_id!r} is already stored for a different event ({diff})",
                    events.position(index),
                )
            )
    return sorted(problems, key=lambda p: p.position.line or 0 if p.position else 0)


def _parse_line(raw: bytes, number: int, name: str, out: EventsFile) -> CascadeFileError | None:
    try:  # the fast path: pydantic parses the JSON itself; on any problem, find out what
        event = Event.model_validate_json(raw)
    except ValidationError:
        pass
    else:
        if event.milestone is not None or (event.obligation and event.trigger):
            out.events.append(event)
            out.lines.append(number)
            return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return CascadeFileError(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
            Position(name, number, exc.start + 1),
        )
    if number == 1:
        text = text.removeprefix("\ufeff")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return CascadeFileError(f"invalid JSON: {exc.msg}", Position(name, number, exc.colno))
    if not isinstance(data, dict):
        return CascadeFileError("an event must be a JSON object", Position(name, number, 1))
    try:
        event = Event.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = str(error["loc"][0]) if error["loc"] else ""
        column = text.find(f'"{key}"') + 1 if key else 1
        what = "unknown key" if error["type"] == "extra_forbidden" else error["msg"]
        return CascadeFileError(
            f"{key}: {what}" if key else what, Position(name, number, max(column, 1))
        )
    if event.milestone is None and (event.obligation is None or event.trigger is None):
        return CascadeFileError(
            "an event needs 'obligation' and 'trigger' (or 'milestone' for a milestone event)",
            Position(name, number, 1),
        )
    out.events.append(event)
    out.lines.append(number)
    return None


def _raise(problems: Sequence[CascadeFileError]) -> None:
    if problems:
        head, *rest = problems[:MAX_PROBLEMS]
        raise CascadeFileError(head.message, head.position, more=tuple(rest))


def events_from(items: Iterable[Event], name: str = "<events>") -> EventsFile:
    """An :class:`EventsFile` from events already in memory (line = position in the list)."""
    result = EventsFile(name)
    for number, event in enumerate(items, start=1):
        result.events.append(event)
        result.lines.append(number)
    return result
