"""The columns of many events (:class:`EventBatch`) and the times they hold.

Times are kept as POSIX seconds plus the UTC offset they were written with, so that
an event comes back exactly as written; a time without an offset is Vietnam time
(UTC+07:00, no daylight saving).
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from cascade.clock import VIETNAM, to_seconds
from cascade.errors import Position
from cascade.model import Event, EventContent

NAIVE = -32768  # in EventBatch.offsets: the time was written without an offset
REQUIRED = ("id", "actor", "at")
KEYS = ("id", "obligation", "trigger", "milestone", "actor", "at", "note", "evidence")
SHARED = frozenset({"trigger", "milestone", "actor"})  # few names, on every line


# the times an event may have: a day inside the years 1 to 9999 on both sides, so that any
# offset or Vietnam time of it is still a datetime
FIRST_SECOND = dt.datetime(1, 1, 2, tzinfo=dt.UTC).timestamp()
LAST_SECOND = dt.datetime(9999, 12, 30, 23, 59, 59, tzinfo=dt.UTC).timestamp()


def written_time(seconds: float, offset: int) -> dt.datetime:
    """POSIX ``seconds`` as written: with ``offset`` minutes, or naive Vietnam time."""
    if offset == NAIVE:
        return dt.datetime.fromtimestamp(seconds, VIETNAM).replace(tzinfo=None)
    return dt.datetime.fromtimestamp(seconds, dt.timezone(dt.timedelta(minutes=offset)))


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
        self.set_sparse(row, event.note, event.evidence, event.milestone)

    def set_sparse(
        self, row: int, note: str | None, evidence: str | None, milestone: str | None
    ) -> None:
        """Give ``row`` the sparse columns that it has (None: it has none)."""
        if note is not None:
            self.notes[row] = note
        if evidence is not None:
            self.evidence[row] = evidence
        if milestone is not None:
            self.milestones[row] = milestone

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

    def content(self, row: int) -> EventContent:
        """What row ``row`` says, all but its id (:class:`~cascade.model.EventContent`)."""
        return self.event(row).content()

    def events(self) -> Iterator[Event]:
        """Every row as an :class:`Event` model, in order."""
        return (self.event(row) for row in range(len(self.ids)))

    def position(self, row: int) -> Position | None:
        """Where row ``row`` was read from, when it came from a file."""
        if self.source is None:
            return None
        return Position(self.source, self.lines[row] if self.lines is not None else None)
