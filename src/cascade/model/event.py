"""Events, the immutable changes a history is made of, and what makes two events the same."""

from __future__ import annotations

from typing import NamedTuple

from pydantic import (
    model_validator,
)

from cascade.clock import instant_us
from cascade.errors import EventConflictError, Position
from cascade.model.values import Id, Moment, Text, _Model


class Event(_Model):
    """An immutable change to one obligation; the history is a list of these.

    ``milestone`` events record that a milestone happened (``obligation`` and
    ``trigger`` are then empty).
    """

    id: Id
    obligation: Id | None = None
    trigger: Id | None = None
    actor: Id
    at: Moment
    note: Text | None = None
    evidence: Text | None = None
    milestone: Id | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Event:
        if self.milestone is not None:
            if self.obligation is not None or self.trigger is not None:
                raise ValueError("a milestone event has no obligation or trigger")
        elif self.obligation is None or self.trigger is None:
            raise ValueError("an event needs an obligation and a trigger (or a milestone)")
        return self

    def content(self) -> EventContent:
        """What the event says, all but its id."""
        return EventContent(
            self.obligation, self.trigger, self.actor, self.note, self.evidence,
            self.milestone, instant_us(self.at), self.at.isoformat(),
        )  # fmt: skip


class EventContent(NamedTuple):
    """What an event says, all but its id: the one definition of "the same event".

    An event id names one event. Met again with the same content, it is the same
    event (recording it again changes nothing); with any other content it is
    refused, by the engine and by every store alike. The time counts as an
    instant (``at_us``), not as written: 09:00+07:00 and 02:00Z are the same.
    """

    obligation: str | None
    trigger: str | None
    actor: str
    note: str | None
    evidence: str | None
    milestone: str | None
    at_us: int  # microseconds since the epoch
    at: str  # as written, for messages only

    def difference(self, new: EventContent) -> str | None:
        """What ``new`` says otherwise than this earlier content; None when it is the same."""
        for name in ("obligation", "trigger", "actor", "note", "evidence", "milestone"):
            before, now = getattr(self, name), getattr(new, name)
            if before != now:
                return f"{name} {before!r} before, {now!r} now"
        if self.at_us != new.at_us:
            return f"at {self.at} before, {new.at} now"
        return None

    def check_reuse(self, event_id: str, new: EventContent, where: Position | None = None) -> None:
        """Refuse ``new`` under ``event_id``, already given to this content, unless the same."""
        difference = self.difference(new)
        if difference is not None:
            raise EventConflictError(event_id, difference, where)
