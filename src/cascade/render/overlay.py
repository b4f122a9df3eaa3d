"""What the renderer is told about obligations' progress: states, buckets, as-of date.

The renderer does not compute progress; it is given a :class:`CascadeStatus`
(built from the engine's tracker by :meth:`CascadeStatus.from_tracker`, the one
adapter) or nothing, in which case every obligation is in the state written in
the file, or ``assigned``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cascade.errors import InputError
from cascade.model import Bucket

if TYPE_CHECKING:
    from cascade.engine.tracker import Tracker

INITIAL_STATE = "assigned"

STATES: tuple[str, ...] = (
    "assigned",
    "in_progress",
    "reported",
    "accepted",
    "cancelled",
    "superseded",
)
"""States of the default lifecycle, in the order legends and counts show them."""


@dataclass(frozen=True)
class CascadeStatus:
    """The progress of a cascade's obligations at one moment.

    ``states`` maps an obligation id to its state; ``buckets`` (optional) maps it to
    a :class:`~cascade.model.Bucket`, or leaves it out when it counts in none (cancelled).
    Obligations missing from ``states`` are in their written state or ``assigned``.
    ``completed`` and ``closed`` say which states count as reported and which are
    left out of the percentage; ``labels`` names states of other lifecycles
    (state id to Vietnamese and English label).
    """

    states: Mapping[str, str] = field(default_factory=dict)
    buckets: Mapping[str, Bucket] | None = None
    as_of: dt.date | None = None
    completed: frozenset[str] = frozenset({"reported", "accepted"})
    closed: frozenset[str] = frozenset({"cancelled", "superseded"})
    labels: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def from_tracker(cls, tracker: Tracker, as_of: dt.date) -> CascadeStatus:
        """Where ``tracker``'s obligations stood at the end of ``as_of`` (Vietnam time).

        States and buckets come from the engine (:func:`cascade.engine.status.states_and_buckets`,
        the same counts as ``cascade status``); closed obligations are in no bucket.
        The lifecycle says which states count as reported and which as closed, and
        names the states the renderer has no label for.
        """
        from cascade.engine.status import BUCKETS, CLOSED, states_and_buckets

        states, codes = states_and_buckets(tracker, as_of)
        ids = tracker.tables.ob_ids
        defs = tracker.lifecycle.definition.states
        return cls(
            states=dict(zip(ids, states, strict=True)),
            buckets={o: BUCKETS[c] for o, c in zip(ids, codes, strict=True) if c != CLOSED},
            as_of=as_of,
            completed=frozenset(s.id for s in defs if s.completed),
            closed=frozenset(s.id for s in defs if s.closed),
            labels={s.id: (s.name, s.name_en or s.name) for s in defs if s.id not in STATES},
        )

    def __post_init__(self) -> None:
        if self.buckets is not None:
            unknown = sorted(set(self.buckets.values()) - set(Bucket))
            if unknown:
                raise InputError(
                    f"unknown status bucket {unknown[0]!r}; expected one of {', '.join(Bucket)}"
                )


AS_WRITTEN = CascadeStatus()
"""No events: every obligation in its written state or ``assigned``."""
