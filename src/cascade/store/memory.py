"""The in-memory event store: the whole port, kept in Python objects.

For library users who track a cascade within one process, and for tests that
need a real store without a database. Thread-safe (one lock); nothing survives
the process. It keeps the same promises as the SQL store and passes the same
test suite.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING

from cascade.clock import instant_us
from cascade.engine.lifecycle import LifecycleDefinition
from cascade.errors import UnknownReferenceError
from cascade.files.loader import expand
from cascade.model import Cascade, CascadeFile, Event
from cascade.store import definitions
from cascade.store.port import (
    DEFAULT_BATCH,
    AppendResult,
    BatchPlan,
    CascadeRecord,
    Chunk,
    EventStore,
    FindingsOf,
    Head,
    ImportReport,
    Revision,
    StoredEvent,
    conflict,
    plan_batch,
    run_batches,
)
from cascade.store.url import MEMORY

if TYPE_CHECKING:
    from cascade.event_batch import EventBatch


@dataclass
class _Stored:
    cascade: Cascade
    lifecycle: LifecycleDefinition | None
    digest: str
    revision: int
    loaded_at: dt.datetime
    events: list[StoredEvent] = field(default_factory=list)
    by_id: dict[str, StoredEvent] = field(default_factory=dict)
    by_obligation: dict[str | None, list[StoredEvent]] = field(default_factory=dict)
    heads: dict[str, Head] = field(default_factory=dict)
    revisions: list[tuple[Revision, Cascade]] = field(default_factory=list)
    findings: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # ruleset: digest, …


class MemoryStore(EventStore):
    """An :class:`~cascade.store.port.EventStore` in memory."""

    url = MEMORY

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cascades: dict[str, _Stored] = {}
        self._seq = 0

    # --- definitions ------------------------------------------------------------

    def save_cascade(
        self,
        cascade: CascadeFile | Cascade,
        *,
        replace: bool = False,
        lifecycle: LifecycleDefinition | None = None,
        findings: FindingsOf | None = None,
    ) -> bool:
        expanded = expand(cascade) if isinstance(cascade, CascadeFile) else cascade
        text = definitions.to_json(cascade)
        new_digest = definitions.digest(text, definitions.lifecycle_json(lifecycle))
        cascade_id = expanded.cascade.id
        old = self._cascades.get(cascade_id)
        unchanged = old is not None and old.digest == new_digest
        found = findings(expanded) if findings is not None and not unchanged else None
        with self._lock:
            old = self._cascades.get(cascade_id)
            now = dt.datetime.now(dt.UTC)
            if old is None:
                stored = _Stored(expanded, lifecycle, new_digest, 1, now)
                stored.revisions.append((_revision(1, now, new_digest, expanded), expanded))
                self._cascades[cascade_id] = stored
                if found is not None:
                    stored.findings[found[0]] = (new_digest, found[1])
                return True
            if old.digest == new_digest:
                return False
            if not replace:
                raise definitions.already_stored(cascade_id)
            definitions.check_replacement(cascade_id, old.heads, expanded)
            old.cascade, old.lifecycle, old.digest = expanded, lifecycle, new_digest
            old.revision, old.loaded_at = old.revision + 1, now
            old.revisions.append((_revision(old.revision, now, new_digest, expanded), expanded))
            if found is not None:
                old.findings[found[0]] = (new_digest, found[1])
            return True

    def revisions(self, cascade_id: str) -> list[Revision]:
        return [revision for revision, _ in self._get(cascade_id).revisions]

    def load_revision(self, cascade_id: str, revision: int) -> Cascade:
        for kept, cascade in self._get(cascade_id).revisions:
            if kept.revision == revision:
                return cascade
        raise UnknownReferenceError("revision", str(revision), f"of cascade {cascade_id}")

    def load_cascade(self, cascade_id: str) -> Cascade:
        return self._get(cascade_id).cascade

    def load_lifecycle(self, cascade_id: str) -> LifecycleDefinition | None:
        return self._get(cascade_id).lifecycle

    def load_findings(self, cascade_id: str, digest: str, ruleset: str) -> bytes | None:
        kept = self._get(cascade_id).findings.get(ruleset)
        return kept[1] if kept is not None and kept[0] == digest else None

    def save_findings(self, cascade_id: str, digest: str, ruleset: str, findings: bytes) -> None:
        with self._lock:
            self._get(cascade_id).findings[ruleset] = (digest, findings)

    def cascades(self) -> list[CascadeRecord]:
        with self._lock:
            return [
                CascadeRecord(cid, s.cascade.cascade.title, s.revision, s.loaded_at, len(s.events))
                for cid, s in sorted(self._cascades.items())
            ]

    # --- events -----------------------------------------------------------------

    def append(
        self,
        cascade_id: str,
        event: Event,
        *,
        expected_version: int | None = None,
        state: str | None = None,
    ) -> AppendResult:
        stored = self._get(cascade_id)
        with self._lock:
            earlier = stored.by_id.get(event.id)
            if earlier is not None:
                earlier.event.content().check_reuse(event.id, event.content())
                return AppendResult(earlier.seq, earlier.version, duplicate=True)
            ob = event.obligation
            if ob is None:
                return AppendResult(self._add(stored, event, None), None)
            head = stored.heads.get(ob, Head())
            if expected_version is not None and expected_version != head.version:
                raise conflict(ob, expected_version, head.version)
            version = head.version + 1
            seq = self._add(stored, event, version)
            stored.heads[ob] = Head(version, state)
            return AppendResult(seq, version)

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
        stored = self._get(cascade_id)

        def write(chunk: Chunk, expected: Mapping[str, int] | None) -> BatchPlan:
            ids = chunk.batch.ids
            with self._lock:
                found = (stored.by_id.get(ids[row]) for row in chunk.rows)
                known = {s.event.id: s.event.content() for s in found if s is not None}
                versions = {ob: h.version for ob, h in stored.heads.items()}
                plan = plan_batch(chunk, known, versions, expected)  # raises before any change
                for i, version in plan.new:
                    self._add(stored, chunk.event(i), version)
                stored.heads.update((ob, Head(v, state)) for ob, v, state in plan.head_rows())
                return plan

        return run_batches(events, rows, states, expected_versions, batch_size, progress, write)

    def history(
        self,
        cascade_id: str,
        *,
        obligation: str | None = None,
        until: dt.datetime | None = None,
    ) -> list[StoredEvent]:
        stored = self._get(cascade_id)
        limit = instant_us(until) if until is not None else None
        with self._lock:
            return [
                s for s in stored.events
                if (obligation is None or s.event.obligation == obligation)
                and (limit is None or instant_us(s.event.at) <= limit)
            ]  # fmt: skip

    def history_batch(
        self,
        cascade_id: str,
        *,
        until: dt.datetime | None = None,
        obligations: Collection[str] | None = None,
    ) -> EventBatch:
        if obligations is None:
            return super().history_batch(cascade_id, until=until)
        from cascade.event_batch import EventBatch

        stored = self._get(cascade_id)
        limit = instant_us(until) if until is not None else None
        with self._lock:  # each obligation's own events, and the milestones', merged by seq
            parts = [stored.by_obligation.get(ob, []) for ob in {*obligations, None}]
            events = [s for part in parts for s in part]
        events.sort(key=attrgetter("seq"))
        return EventBatch.from_events(
            s.event for s in events if limit is None or instant_us(s.event.at) <= limit
        )

    def find_events(self, cascade_id: str, event_ids: Iterable[str]) -> dict[str, StoredEvent]:
        stored = self._get(cascade_id)
        with self._lock:
            return {i: stored.by_id[i] for i in event_ids if i in stored.by_id}

    def head(self, cascade_id: str, obligation: str) -> Head:
        stored = self._get(cascade_id)
        with self._lock:
            return stored.heads.get(obligation, Head())

    def heads(self, cascade_id: str) -> dict[str, Head]:
        stored = self._get(cascade_id)
        with self._lock:
            return dict(stored.heads)

    def close(self) -> None:
        """Nothing to release: the data lives as long as the object."""

    # --- internals --------------------------------------------------------------

    def _get(self, cascade_id: str) -> _Stored:
        try:
            return self._cascades[cascade_id]
        except KeyError:
            raise UnknownReferenceError("cascade", cascade_id, "not in the store") from None

    def _add(self, stored: _Stored, event: Event, version: int | None) -> int:
        self._seq += 1
        item = StoredEvent(self._seq, event, version, dt.datetime.now(dt.UTC))
        stored.events.append(item)
        stored.by_id[event.id] = item
        stored.by_obligation.setdefault(event.obligation, []).append(item)
        return self._seq


def _revision(number: int, at: dt.datetime, digest: str, cascade: Cascade) -> Revision:
    return Revision(number, at, digest, len(cascade.obligations))
