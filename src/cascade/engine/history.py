"""The append-only history of committed events, as compact columns.

Obligations and triggers are kept as numbers (the tracker's obligation and
trigger codes), actors and ids as text; notes, evidence and milestones sparse.
It also answers "is this event id already here?" cheaply: while ids arrive in
strictly increasing order (sequence numbers, time-ordered ids) the greatest one
decides without hashing them all; otherwise a set of ids is built once and kept.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Sequence
from itertools import islice
from operator import lt

from cascade.event_batch import EventBatch, written_time
from cascade.model import Event

MILESTONE = -1  # obligation and trigger code of a milestone row


def increasing(ids: Sequence[str]) -> bool:
    """Whether ``ids`` are strictly increasing (so none repeats), at C speed."""
    return all(map(lt, ids, islice(ids, 1, None)))


class History:
    """Committed events in order; rows are never changed or removed."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.obs = array("i")  # obligation numbers, MILESTONE for a milestone row
        self.triggers = array("i")  # trigger codes, MILESTONE for a milestone row
        self.actors: list[str] = []
        self.at = array("d")  # POSIX seconds
        self.offsets = array("h")  # as in EventBatch.offsets
        self.notes: dict[int, str] = {}
        self.evidence: dict[int, str] = {}
        self.milestones: dict[int, str] = {}
        self.latest = -math.inf  # the latest time of any row
        self._last_id: str | None = None  # the greatest id, while ids keep increasing
        self._seen: set[str] | None = None
        self._pending: tuple[list[str], set[str]] | None = None  # all_new's set, for extend
        self._positions: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    # --- ids -----------------------------------------------------------------------

    def is_known(self, event_id: str) -> bool:
        """Whether ``event_id`` is already in the history."""
        if self._seen is None and (self._last_id is None or event_id > self._last_id):
            return False
        return event_id in self.known_ids()

    def known_ids(self) -> set[str]:
        """Every id in the history (built on first need, then kept up to date)."""
        if self._seen is None:
            self._seen = set(self.ids)
        return self._seen

    def all_new(self, ids: list[str], ordered: bool) -> bool:
        """Whether no id of ``ids`` is here or twice in ``ids`` (``ordered``: increasing).

        The set of ``ids`` built to tell is kept for :meth:`extend` (a few hundred
        megabytes and a quarter of a second at two million ids: not twice).
        """
        self._pending = None
        if not ids:
            return True
        if self._seen is None and ordered and (self._last_id is None or ids[0] > self._last_id):
            return True
        if ordered:
            return self.known_ids().isdisjoint(ids)
        batch_ids = set(ids)
        if len(batch_ids) != len(ids) or not self.known_ids().isdisjoint(batch_ids):
            return False
        self._pending = (ids, batch_ids)
        return True

    def position(self, event_id: str) -> int:
        """The row of ``event_id``; KeyError if it is not here."""
        if self._positions is None:
            self._positions = {eid: row for row, eid in enumerate(self.ids)}
        return self._positions[event_id]

    # --- rows ------------------------------------------------------------------------

    def event(self, row: int, ob_ids: Sequence[str], triggers: Sequence[str]) -> Event:
        """The event at ``row`` as a model, its codes given back their names."""
        o, t = self.obs[row], self.triggers[row]
        return Event.model_construct(
            id=self.ids[row],
            obligation=None if o == MILESTONE else ob_ids[o],
            trigger=None if t == MILESTONE else triggers[t],
            actor=self.actors[row],
            at=written_time(self.at[row], self.offsets[row]),
            note=self.notes.get(row),
            evidence=self.evidence.get(row),
            milestone=self.milestones.get(row),
        )

    def rows_of(self, obligation: int) -> list[int]:
        """The rows of one obligation, oldest first."""
        return [row for row, o in enumerate(self.obs) if o == obligation]

    def extend(
        self,
        batch: EventBatch,
        rows: list[int] | None,
        obs: array[int],
        triggers: array[int],
        ordered: bool,
        latest: float | None = None,
    ) -> None:
        """Add the committed ``rows`` of ``batch`` (all of them when None).

        ``obs`` and ``triggers`` are the rows' codes (``array('i')``); the history
        takes them over when it is empty (they are the tracker's own). ``latest``
        is the latest time of the rows when the caller has it at hand.
        """
        base = len(self.ids)
        fresh = (
            self._seen is None
            and rows is None
            and ordered
            and (self._last_id is None or not batch.ids or batch.ids[0] > self._last_id)
        )
        if rows is None:
            self.ids.extend(batch.ids)
            self.actors.extend(batch.actors)
            self.at.extend(batch.at)
            self.offsets.extend(batch.offsets)
            renumber: dict[int, int] | None = None
        else:
            self.ids.extend(batch.ids[r] for r in rows)
            self.actors.extend(batch.actors[r] for r in rows)
            self.at.extend(batch.at[r] for r in rows)
            self.offsets.extend(batch.offsets[r] for r in rows)
            renumber = {r: base + k for k, r in enumerate(rows)}
        for mine, theirs in (
            (self.notes, batch.notes),
            (self.evidence, batch.evidence),
            (self.milestones, batch.milestones),
        ):
            for r, value in theirs.items():
                new = base + r if renumber is None else renumber.get(r)
                if new is not None:
                    mine[new] = value
        if base == 0:
            self.obs, self.triggers = obs, triggers
        else:
            self.obs.extend(obs)
            self.triggers.extend(triggers)
        if len(self.ids) == base:
            return
        if latest is None:
            latest = max(islice(self.at, base, None))
        self.latest = max(self.latest, latest)
        self._positions = None
        pending, self._pending = self._pending, None
        if fresh:
            self._last_id = self.ids[-1]
        elif self._seen is None:
            self._seen = set(self.ids)
        elif pending is not None and pending[0] is batch.ids and rows is None:
            if self._seen:
                self._seen |= pending[1]
            else:
                self._seen = pending[1]
        else:
            self._seen.update(islice(self.ids, base, None))
