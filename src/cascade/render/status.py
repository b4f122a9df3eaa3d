"""What the renderer is told about obligations' progress: states, buckets, as-of date.

The renderer does not compute progress; it is given a :class:`CascadeStatus`
(the engine builds one from events) or nothing, in which case every obligation
is in the state written in the file, or ``assigned``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from cascade.errors import InputError

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

BUCKETS: tuple[str, ...] = (
    "completed_on_time",
    "completed_late",
    "open_within_deadline",
    "overdue",
)
"""The four status buckets of the Government Office's task tracking (Decision 42/2014)."""

OVERDUE = "overdue"


@dataclass(frozen=True)
class CascadeStatus:
    """The progress of a cascade's obligations at one moment.

    ``states`` maps an obligation id to its state; ``buckets`` (optional) maps it to
    one of :data:`BUCKETS`, or leaves it out when it counts in none (cancelled).
    Obligations missing from ``states`` are in their written state or ``assigned``.
    ``completed`` and ``closed`` say which states count as reported and which are
    left out of the percentage; ``labels`` names states of other lifecycles
    (state id to Vietnamese and English label).
    """

    states: Mapping[str, str] = field(default_factory=dict)
    buckets: Mapping[str, str] | None = None
    as_of: dt.date | None = None
    completed: frozenset[str] = frozenset({"reported", "accepted"})
    closed: frozenset[str] = frozenset({"cancelled", "superseded"})
    labels: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.buckets is not None:
            unknown = sorted(set(self.buckets.values()) - set(BUCKETS))
            if unknown:
                raise InputError(
                    f"unknown status bucket {unknown[0]!r}; expected one of {', '.join(BUCKETS)}"
                )


AS_WRITTEN = CascadeStatus()
"""No events: every obligation in its written state or ``assigned``."""
