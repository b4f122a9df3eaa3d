"""Events files (JSON Lines) and :class:`EventBatch`, the compact form of many events.

One event per line, a JSON object with ``id``, ``obligation``, ``trigger``,
``actor``, ``at`` (ISO 8601) and optional ``note`` and ``evidence``; a milestone
event has ``milestone`` instead of ``obligation`` and ``trigger``::

    {"id": "e1", "obligation": "1.1@bao-kien-giang", "trigger": "start",
     "actor": "bao-kien-giang", "at": "2025-01-10T08:00:00+07:00"}
    {"id": "m1", "milestone": "xiv-congress", "actor": "btv-tu", "at": "2026-01-19T08:00:00+07:00"}

(one line each in the file). A time without an offset is Vietnam time (UTC+07:00,
no daylight saving).

Reading a large file as :class:`~cascade.model.Event` objects would cost a
pydantic model per line; :func:`read_events` parses straight into columns
(:class:`EventBatch`) with the same checks, and every problem names
``file:line:col``. :meth:`EventBatch.events` gives the models back.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from cascade.errors import CascadeFileError, Position
from cascade.model import Event

VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")
NAIVE = -32768  # in EventBatch.offsets: the time was written without an offset
REQUIRED = ("id", "actor", "at")
KEYS = ("id", "obligation", "trigger", "milestone", "actor", "at", "note", "evidence")
SHARED = frozenset({"trigger", "milestone", "actor"})  # few names, on every line
_ID = re.compile(r"^[^\s,;]{1,200}$")
_MAX_PROBLEMS = 50


def to_seconds(at: dt.datetime) -> float:
    """POSIX seconds of ``at``; a naive time is taken as Vietnam time."""
    return (at if at.tzinfo is not None else at.replace(tzinfo=VIETNAM)).timestamp()


def written_time(seconds: float, offset: int) -> dt.datetime:
    """POSIX ``seconds`` as written: with ``offset`` minutes, or naive Vietnam time."""
    if offset == NAIVE:
        return dt.datetime.fromtimestamp(seconds, VIETNAM).replace(tzinfo=None)
    return dt.datetime.fromtimestamp(seconds, dt.timezone(dt.timedelta(minutes=offset)))


def today() -> dt.date:
    """Today in Vietnam: the as-of day when none is given."""
    return dt.datetime.now(VIETNAM).date()


def end_of_day(day: dt.date) -> float:
    """POSIX seconds of the last instant of ``day`` in Vietnam (the as-of cut-off)."""
    start = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), VIETNAM)
    return start.timestamp() - 1e-6


@dataclass
class EventBatch:
    """Many events as columns: what bulk replay takes.

    ``at`` holds POSIX seconds; ``offsets`` the UTC offset each time was written
    with, in minutes (``NAIVE`` when it had none), so that the events come back
    exactly as written. ``notes``, ``evidence`` and ``milestones`` are sparse
    (row -> text). ``source`` and ``lines`` say where each row was read from.
    """

    ids: list[str] = field(default_factory=list)
    obligations: list[str | None] = field(default_factory=list)
    triggers: list[str | None] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    at: array[float] = field(default_factory=lambda: array("d"))
    offsets: array[int] = field(default_factory=lambda: array("h"))
    notes: dict[int, str] = field(default_factory=dict)
    evidence: dict[int, str] = field(default_factory=dict)
    milestones: dict[int, str] = field(default_factory=dict)
    source: str | None = None
    lines: array[int] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def from_events(cls, events: Iterable[Event]) -> EventBatch:
        """The columns of ``events`` (already validated models)."""
        batch = cls()
        for event in events:
            batch.append(event)
        return batch

    def append(self, event: Event) -> None:
        """Add one event at the end."""
        row = len(self.ids)
        self.ids.append(event.id)
        self.obligations.append(event.obligation)
        self.triggers.append(event.trigger)
        self.actors.append(event.actor)
        self.at.append(to_seconds(event.at))
        offset = event.at.utcoffset()
        self.offsets.append(NAIVE if offset is None else int(offset.total_seconds() // 60))
        if event.note is not None:
            self.notes[row] = event.note
        if event.evidence is not None:
            self.evidence[row] = event.evidence
        if event.milestone is not None:
            self.milestones[row] = event.milestone

    def datetime(self, row: int) -> dt.datetime:
        """The time of ``row`` as written (naive if it was written without an offset)."""
        return written_time(self.at[row], self.offsets[row])

    def event(self, row: int) -> Event:
        """Row ``row`` as an :class:`Event` model."""
        return Event.model_construct(
            id=self.ids[row],
            obligation=self.obligations[row],
            trigger=self.triggers[row],
            actor=self.actors[row],
            at=self.datetime(row),
            note=self.notes.get(row),
            evidence=self.evidence.get(row),
            milestone=self.milestones.get(row),
        )

    def events(self) -> Iterator[Event]:
        """Every row as an :class:`Event` model, in order."""
        return (self.event(row) for row in range(len(self.ids)))

    def position(self, row: int) -> Position | None:
        """Where row ``row`` was read from, when it came from a file."""
        if self.source is None:
            return None
        return Position(self.source, self.lines[row] if self.lines is not None else None)


# --- reading --------------------------------------------------------------------


def read_events(path: str | Path, progress: Callable[[int], None] | None = None) -> EventBatch:
    """Parse the events file ``path``; every problem is reported with file:line:col.

    ``progress`` is called with the number of bytes read so far, every few
    thousand lines (for a progress bar on large files).
    """
    name = str(path)
    try:
        with Path(path).open("rb") as handle:
            return parse_events(handle, name, progress)
    except FileNotFoundError:
        raise CascadeFileError("no such events file", Position(name)) from None
    except IsADirectoryError:
        raise CascadeFileError("is a directory, not an events file", Position(name)) from None
    except OSError as exc:
        raise CascadeFileError(f"cannot read: {exc.strerror}", Position(name)) from None


def parse_events(
    handle: IO[bytes], name: str = "<events>", progress: Callable[[int], None] | None = None
) -> EventBatch:
    """Parse JSON Lines events from a binary file object (see :func:`read_events`)."""
    batch = EventBatch(source=name, lines=array("l"))
    shared: dict[str, str] = {}  # one string object per trigger and actor name
    problems: list[CascadeFileError] = []
    done = 0
    for number, raw in enumerate(handle, start=1):
        done += len(raw)
        if progress is not None and number % 8192 == 0:
            progress(done)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(
                CascadeFileError(
                    f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
                    Position(name, number, exc.start + 1),
                )
            )
            continue
        if number == 1:
            text = text.removeprefix("\ufeff")
        if not text.strip():
            continue  # blank lines are allowed (a trailing newline, spacing)
        problem = _parse_line(text, number, name, batch, shared)
        if problem is not None:
            problems.append(problem)
            if len(problems) >= _MAX_PROBLEMS:
                problems.append(
                    CascadeFileError(f"stopped after {_MAX_PROBLEMS} problems", Position(name))
                )
                break
    if progress is not None:
        progress(done)
    if problems:
        raise CascadeFileError(problems[0].message, problems[0].position, more=tuple(problems[1:]))
    return batch


def _parse_line(
    text: str, number: int, name: str, batch: EventBatch, shared: dict[str, str]
) -> CascadeFileError | None:
    def at_key(key: str, message: str) -> CascadeFileError:
        col = text.find(f'"{key}"')
        return CascadeFileError(message, Position(name, number, col + 1 if col >= 0 else 1))

    text = text.rstrip("\r\n")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return CascadeFileError(f"invalid JSON: {exc.msg}", Position(name, number, exc.colno))
    if not isinstance(data, dict):
        return CascadeFileError("an event must be a JSON object", Position(name, number, 1))
    for key in data:
        if key not in KEYS:
            return at_key(key, f"unknown key {key!r} (allowed: {', '.join(KEYS)})")
    for key in REQUIRED:
        if key not in data:
            return CascadeFileError(f"missing required key {key!r}", Position(name, number, 1))
    values: dict[str, str] = {}
    for key, value in data.items():
        if value is None and key not in REQUIRED:
            continue
        if not isinstance(value, str):
            return at_key(key, f"{key}: expected a string (got {json.dumps(value)[:40]})")
        value = value.strip() if value.isascii() else unicodedata.normalize("NFC", value).strip()
        if key not in ("note", "evidence", "at") and not _ID.match(value):
            return at_key(key, f"{key}: {value!r} is not an id (no spaces, commas or semicolons)")
        values[key] = shared.setdefault(value, value) if key in SHARED else value
    has_obligation = "obligation" in values or "trigger" in values
    if "milestone" in values:
        if has_obligation:
            return at_key("milestone", "a milestone event has no 'obligation' or 'trigger'")
    elif "obligation" not in values or "trigger" not in values:
        missing = "obligation" if "obligation" not in values else "trigger"
        return CascadeFileError(
            f"missing required key {missing!r} (or 'milestone' for a milestone event)",
            Position(name, number, 1),
        )
    try:
        at = dt.datetime.fromisoformat(values["at"])
    except ValueError:
        return at_key("at", f"at: {values['at']!r} is not an ISO 8601 date and time")
    row = len(batch.ids)
    batch.ids.append(values["id"])
    batch.obligations.append(values.get("obligation"))
    batch.triggers.append(values.get("trigger"))
    batch.actors.append(values["actor"])
    batch.at.append(to_seconds(at))
    offset = at.utcoffset()
    batch.offsets.append(NAIVE if offset is None else int(offset.total_seconds() // 60))
    for key, column in (
        ("note", batch.notes),
        ("evidence", batch.evidence),
        ("milestone", batch.milestones),
    ):
        if key in values:
            column[row] = values[key]
    assert batch.lines is not None
    batch.lines.append(number)
    return None


# --- writing --------------------------------------------------------------------


def _line(*values: str | None) -> str:
    """One line of an events file: ``values`` in KEYS order, absent ones left out."""
    record = {key: value for key, value in zip(KEYS, values, strict=True) if value is not None}
    return json.dumps(record, ensure_ascii=False) + "\n"


def event_lines(events: Iterable[Event]) -> Iterator[str]:
    """Each event as one line of JSON (UTF-8 text kept), newline included."""
    for e in events:
        yield _line(e.id, e.obligation, e.trigger, e.milestone, e.actor, e.at.isoformat(),
                    e.note, e.evidence)  # fmt: skip


def batch_lines(batch: EventBatch, rows: Iterable[int] | None = None) -> Iterator[str]:
    """Rows of ``batch`` (all by default) as lines of an events file, without models."""
    for row in range(len(batch)) if rows is None else rows:
        yield _line(
            batch.ids[row], batch.obligations[row], batch.triggers[row],
            batch.milestones.get(row), batch.actors[row], batch.datetime(row).isoformat(),
            batch.notes.get(row), batch.evidence.get(row),
        )  # fmt: skip


def write_events(
    events: Iterable[Event] | EventBatch,
    path: str | Path,
    *,
    append: bool = False,
    rows: Iterable[int] | None = None,
) -> int:
    """Write (or append) ``events`` to the events file ``path``; the number written.

    For a batch, ``rows`` picks the rows to write. When appending to a file whose
    last line lacks its newline, one is added first.
    """
    target = Path(path)
    prefix = ""
    if append and target.is_file() and target.stat().st_size:
        with target.open("rb") as handle:
            handle.seek(-1, 2)
            if handle.read(1) != b"\n":
                prefix = "\n"
    if isinstance(events, EventBatch):
        lines = list(batch_lines(events, rows))
    else:
        lines = list(event_lines(events))
    with target.open("a" if append else "w", encoding="utf-8", newline="\n") as handle:
        handle.write(prefix + "".join(lines))
    return len(lines)
