"""The event store port: what every store (in memory, SQLite, PostgreSQL) promises.

A store keeps cascade definitions and, per cascade, the append-only history of
:class:`~cascade.model.Event` records. Its promises, which the same test suite
checks against every implementation:

* **one transaction per append**: an event and the obligation's new head are
  written together or not at all;
* **idempotence**: an event whose id is already stored is a no-op when it is
  the same event, and an :class:`~cascade.errors.EventConflictError` when the
  id names a different one;
* **optimistic concurrency**: every obligation has a *version*, the number of
  its stored events. ``append(..., expected_version=n)`` succeeds only if the
  version is still ``n``; otherwise :class:`~cascade.errors.ConflictError`,
  nothing written, and the caller reloads and retries;
* **the state with the event**: ``append(..., state=s)`` writes ``s``, the state
  the engine decided the event leads to, as the obligation's head in the same
  transaction; with ``expected_version`` the caller knows that nothing moved
  since it decided (:func:`cascade.services.record` works so). A head whose
  ``state`` is ``None`` was written without one: replay the history;
* **bulk append in batches**: each batch is one transaction, so an import
  killed part-way leaves whole batches, and running it again adds exactly the
  rest.

History order is the order the store accepted events (``seq``), which for one
obligation is also its version order.
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cascade.boundary.collector import no_gc
from cascade.errors import ConflictError
from cascade.model import Cascade, CascadeFile, Document, Event, EventContent

FindingsOf = Callable[[Cascade], "tuple[str, bytes] | None"]
"""What the rules find in an expanded cascade: their rule set's digest and the findings."""

if TYPE_CHECKING:
    from cascade.engine.compiled import Tables
    from cascade.engine.lifecycle import LifecycleDefinition
    from cascade.event_batch import EventBatch

DEFAULT_BATCH = 50_000  # SQLite rewrites fewer index pages per event in bigger transactions


@dataclass(frozen=True, slots=True)
class Head:
    """Where an obligation stands: how many events it has and the state they led to."""

    version: int = 0
    state: str | None = None


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as stored: its place in the history and the obligation version it made."""

    seq: int
    event: Event
    version: int | None = None  # None for a milestone event
    recorded_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class AppendResult:
    """What one append did. ``duplicate``: the same event was already stored; nothing changed."""

    seq: int
    version: int | None
    duplicate: bool = False


@dataclass
class ImportReport:
    """What a bulk append did."""

    read: int = 0
    added: int = 0
    duplicates: int = 0
    batches: int = 0
    cascade: str = ""  # the stored cascade the events went to


@dataclass(frozen=True, slots=True)
class Revision:
    """One definition a stored cascade has had."""

    revision: int
    loaded_at: dt.datetime
    digest: str
    obligations: int


@dataclass(frozen=True, slots=True)
class CascadeRecord:
    """A stored cascade definition, in brief."""

    id: str
    title: str
    revision: int
    loaded_at: dt.datetime
    events: int


class EventStore(ABC):
    """Cascade definitions and their event histories. Use as a context manager to close."""

    url: str = ""

    # --- definitions ------------------------------------------------------------

    @abstractmethod
    def save_cascade(
        self,
        cascade: CascadeFile | Cascade,
        *,
        replace: bool = False,
        lifecycle: LifecycleDefinition | None = None,
        findings: FindingsOf | None = None,
    ) -> bool:
        """Store a definition (and the lifecycle its events follow); True if anything changed.

        The same definition again is a no-op. A different definition under a
        stored id needs ``replace``, and may not drop an obligation that has
        events (:class:`~cascade.errors.InputError`). Without ``lifecycle``, the
        built-in lifecycle the cascade names is used when events are checked.
        ``findings``, given the expanded cascade, says what the rules find in it (the
        rule set's digest and the findings): kept with the new revision, as
        :meth:`save_findings` keeps them, in the same transaction.
        """

    @abstractmethod
    def load_lifecycle(self, cascade_id: str) -> LifecycleDefinition | None:
        """The lifecycle stored with the cascade, or None (use the built-in it names)."""

    @abstractmethod
    def load_cascade(self, cascade_id: str) -> Cascade:
        """The stored definition, expanded; UnknownReferenceError if there is none."""

    @abstractmethod
    def cascades(self) -> list[CascadeRecord]:
        """Every stored cascade, by id."""

    @abstractmethod
    def revisions(self, cascade_id: str) -> list[Revision]:
        """Every definition the cascade has had, oldest first (the last is the current)."""

    @abstractmethod
    def load_revision(self, cascade_id: str, revision: int) -> Cascade:
        """The definition of one revision, expanded; UnknownReferenceError if none."""

    def load_compiled(self, cascade_id: str) -> Tables | None:
        """The stored cascade's compiled columns (:mod:`cascade.engine.packed`), if the
        store keeps them; None: compile :meth:`load_cascade`'s cascade."""
        return None

    def cascade_ids(self) -> list[str]:
        """The ids of the stored cascades (without counting their events, as
        :meth:`cascades` does); stores may answer it faster."""
        return [record.id for record in self.cascades()]

    def load_findings(self, cascade_id: str, digest: str, ruleset: str) -> bytes | None:
        """The findings kept by :meth:`save_findings` for the revision ``digest`` made by
        ``ruleset``, or None (none kept, or for another revision)."""
        return None

    def save_findings(self, cascade_id: str, digest: str, ruleset: str, findings: bytes) -> None:
        """Keep ``findings`` (what the rules ``ruleset`` found in the revision ``digest``;
        opaque to the store) in place of any kept for the cascade by those rules. A store
        may not keep them (this one does not)."""
        return None

    def organisation_names(self, cascade_id: str) -> dict[str, str]:
        """The name of each organisation of the stored cascade, by id (stores may read
        them without the rest of the definition)."""
        return {org.id: org.name for org in self.load_cascade(cascade_id).organisations}

    def load_documents(self, cascade_id: str, ids: Collection[str]) -> list[Document]:
        """The stored cascade's documents among ``ids`` (stores may read just those)."""
        return [doc for doc in self.load_cascade(cascade_id).documents if doc.id in ids]

    def definition_part(
        self, cascade_id: str, obligation: str | None, actor: str | None = None
    ) -> Cascade:
        """The part of the stored definition that decides an event on ``obligation``
        (None: a milestone event) by ``actor`` (:func:`cascade.engine.part.decision_part`);
        stores may read it without loading the whole definition."""
        from cascade.engine.part import WholeCascade, decision_part

        return decision_part(WholeCascade(self.load_cascade(cascade_id)), obligation, actor)

    # --- events -----------------------------------------------------------------

    @abstractmethod
    def append(
        self,
        cascade_id: str,
        event: Event,
        *,
        expected_version: int | None = None,
        state: str | None = None,
    ) -> AppendResult:
        """Append one event in its own transaction (see the module docstring)."""

    @abstractmethod
    def append_many(
        self,
        cascade_id: str,
        events: Iterable[Event] | EventBatch,
        *,
        rows: Sequence[int] | None = None,
        states: Iterable[str | None] | None = None,
        expected_versions: Mapping[str, int] | None = None,
        batch_size: int = DEFAULT_BATCH,
        progress: Callable[[int], None] | None = None,
    ) -> ImportReport:
        """Append many events, ``batch_size`` to a transaction, skipping stored ones.

        ``events`` are models or, faster, an :class:`~cascade.event_batch.EventBatch`
        (columns, as an events file is read), of which ``rows`` picks the rows
        to append (all by default). ``states`` (parallel to the events appended)
        gives the state after each event.
        ``expected_versions`` maps obligations to their version before the first
        event of this call; a batch that finds another version raises
        :class:`~cascade.errors.ConflictError` (earlier batches stay; re-run).
        ``progress`` is called with the number of events handled after each batch.
        """

    @abstractmethod
    def history(
        self,
        cascade_id: str,
        *,
        obligation: str | None = None,
        until: dt.datetime | None = None,
    ) -> list[StoredEvent]:
        """Stored events in history order, for one obligation or all, up to ``until``."""

    def history_batch(
        self,
        cascade_id: str,
        *,
        until: dt.datetime | None = None,
        obligations: Collection[str] | None = None,
    ) -> EventBatch:
        """The history as columns (what the engine replays); stores may do it faster.

        With ``obligations``, only the events of those obligations and the milestone
        events (which have no obligation), still in history order.
        """
        from cascade.event_batch import EventBatch

        wanted = None if obligations is None else set(obligations)
        return EventBatch.from_events(
            s.event
            for s in self.history(cascade_id, until=until)
            if wanted is None or s.event.obligation is None or s.event.obligation in wanted
        )

    @abstractmethod
    def find_events(self, cascade_id: str, event_ids: Iterable[str]) -> dict[str, StoredEvent]:
        """The stored events among ``event_ids``, by id."""

    @abstractmethod
    def head(self, cascade_id: str, obligation: str) -> Head:
        """The obligation's head (version 0 and no state if it has no event)."""

    @abstractmethod
    def heads(self, cascade_id: str) -> dict[str, Head]:
        """The heads of every obligation that has events."""

    @abstractmethod
    def close(self) -> None:
        """Release connections; the store is unusable afterwards."""

    def reading(self) -> AbstractContextManager[None]:
        """Make the reads inside share one connection: on SQLite one read transaction
        (one snapshot of the store); on a server no ``BEGIN`` and ``COMMIT`` per call (each
        statement reads what is committed when it runs). Do not write inside: on SQLite
        the reads after a write would not see it. Nesting is fine."""
        return nullcontext()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- helpers every implementation shares -------------------------------------------


def conflict(obligation: str, expected: int, actual: int) -> ConflictError:
    """The error for a version that moved under the caller."""
    return ConflictError(
        f"obligation {obligation} changed meanwhile: expected version {expected}, "
        f"found {actual}; reload and retry",
        obligation=obligation,
        expected=expected,
        actual=actual,
    )


@dataclass
class Chunk:
    """One batch of a bulk append: rows of an :class:`~cascade.event_batch.EventBatch`, with
    the state each led to and their times both as instants and as written."""

    batch: EventBatch
    rows: list[int]
    states: Sequence[str | None] | None
    us: list[int]
    at: list[str]
    ids: list[str] = field(init=False)
    obligations: list[str | None] = field(init=False)

    def __post_init__(self) -> None:
        b, rows = self.batch, self.rows
        self.ids = [b.ids[r] for r in rows]
        self.obligations = [b.obligations[r] for r in rows]

    def content(self, i: int) -> EventContent:
        """The :class:`~cascade.model.EventContent` of the chunk's ``i``-th event."""
        b, row = self.batch, self.rows[i]
        return EventContent(
            b.obligations[row], b.triggers[row], b.actors[row], b.notes.get(row),
            b.evidence.get(row), b.milestones.get(row), self.us[i], self.at[i],
        )  # fmt: skip

    def event(self, i: int) -> Event:
        """The chunk's ``i``-th event as a model (for a store that keeps models)."""
        return self.batch.event(self.rows[i])


@dataclass
class BatchPlan:
    """What one batch of a bulk append writes: new events (their places in the chunk)
    with versions, and per obligation touched its new version and state (the heads)."""

    new: list[tuple[int, int | None]] = field(default_factory=list)
    versions: dict[str, int] = field(default_factory=dict)
    states: dict[str, str | None] = field(default_factory=dict)
    duplicates: int = 0

    def head_rows(self) -> list[tuple[str, int, str | None]]:
        """(obligation, version, state) of every head the batch moves."""
        states = self.states
        return [(ob, version, states.get(ob)) for ob, version in self.versions.items()]


def plan_batch(
    chunk: Chunk,
    stored: Mapping[str, EventContent],
    versions: Mapping[str, int],
    expected: Mapping[str, int] | None,
) -> BatchPlan:
    """Decide what a batch adds, given the stored events among its ids and the current versions.

    Events already stored (or repeated within the batch) and the same are
    skipped; a reused id raises EventConflictError; a version that is not ``expected``
    raises ConflictError. Pure: the stores call it inside their transaction.
    """
    plan = BatchPlan()
    states, obligations, picked = chunk.states, chunk.obligations, chunk.ids
    kept: Sequence[int]
    if stored or len(set(picked)) != len(picked):
        kept = _first_new(chunk, picked, stored, plan)
    else:  # the common case of an import: every event is new
        kept = range(len(picked))
    current = plan.versions
    new = plan.new
    for i in kept:
        ob = obligations[i]
        if ob is None:
            new.append((i, None))
            continue
        version = current.get(ob)
        if version is None:
            version = versions.get(ob, 0)
            if expected is not None and ob in expected and expected[ob] != version:
                raise conflict(ob, expected[ob], version)
        current[ob] = version = version + 1
        new.append((i, version))
    if states is not None:
        last = plan.states
        for i in kept:
            if (ob := obligations[i]) is not None:
                last[ob] = states[i]
    return plan


def _first_new(
    chunk: Chunk, picked: list[str], stored: Mapping[str, EventContent], plan: BatchPlan
) -> list[int]:
    """The places of the chunk's new events; repeats of an event are counted as
    duplicates, a reused id for another event raises EventConflictError."""
    seen: dict[str, int] = {}
    kept: list[int] = []
    for i, event_id in enumerate(picked):
        earlier = stored.get(event_id)
        if earlier is None and event_id in seen:
            earlier = chunk.content(seen[event_id])
        if earlier is not None:
            earlier.check_reuse(event_id, chunk.content(i))
            plan.duplicates += 1
            continue
        seen[event_id] = i
        kept.append(i)
    return kept


WriteBatch = Callable[[Chunk, "Mapping[str, int] | None"], BatchPlan]


def run_batches(
    events: Iterable[Event] | EventBatch,
    rows: Sequence[int] | None,
    states: Iterable[str | None] | None,
    expected: Mapping[str, int] | None,
    batch_size: int,
    progress: Callable[[int], None] | None,
    write_batch: WriteBatch,
) -> ImportReport:
    """Drive a bulk append: cut batches, let ``write_batch`` commit each, keep the count.

    ``rows`` picks the rows of a batch to append (all by default); ``states`` is
    parallel to them. ``write_batch`` gets each chunk and the versions expected
    now (moved on by the batches already committed) and returns what it wrote.
    """
    from cascade.event_batch import EventBatch

    if batch_size < 1:
        raise ValueError("batch size must be at least 1")
    batch = events if isinstance(events, EventBatch) else EventBatch.from_events(events)
    picked: Sequence[int] = range(len(batch)) if rows is None else rows
    state_list = list(states) if states is not None else None
    if state_list is not None and len(state_list) != len(picked):
        raise ValueError(f"{len(state_list)} states for {len(picked)} events")
    expected_now = dict(expected) if expected is not None else None
    report = ImportReport()
    with no_gc():  # a batch's rows hold no cycles; collections would only walk them
        for first in range(0, len(picked), batch_size):
            part = slice(first, first + batch_size)
            states_now = state_list[part] if state_list is not None else None
            _run_batch(batch, picked[part], states_now, expected_now, report, write_batch)
            if progress is not None:
                progress(report.read)
    return report


def _run_batch(
    batch: EventBatch,
    rows: Sequence[int],
    states: list[str | None] | None,
    expected_now: dict[str, int] | None,
    report: ImportReport,
    write_batch: WriteBatch,
) -> None:
    """One batch of :func:`run_batches`: ``rows`` of ``batch`` (``states`` parallel)."""
    from cascade.store.event_times import instants_us, written_times

    part = list(rows)
    us = instants_us(batch, part)
    plan = write_batch(Chunk(batch, part, states, us, written_times(batch, part, us)), expected_now)
    report.read += len(part)
    report.added += len(plan.new)
    report.duplicates += plan.duplicates
    report.batches += 1
    if expected_now is not None:
        for ob, version in plan.versions.items():
            if ob in expected_now:
                expected_now[ob] = version
