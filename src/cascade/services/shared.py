"""What the use cases share: the store a call names, the cascade it picks, a stored
lifecycle compiled once, progress callbacks, and the check of the ids an events batch
names."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from cascade.errors import (
    CascadeFileError,
    InputError,
)

if TYPE_CHECKING:
    from cascade.engine.lifecycle import Lifecycle
    from cascade.engine.tracker import Tracker
    from cascade.event_batch import EventBatch
    from cascade.model import Event
    from cascade.store import EventStore

Meter = Callable[[str, int], "Callable[[int], None] | None"]
"""Progress: called with what is starting and its size, gives the callback that follows it."""

Hook = Callable[["Event", str, str], None]

Grouping = Literal["document", "organisation", "level"]

MAX_PROBLEMS = 50


@contextmanager
def opened(db: str | EventStore | None, *, create: bool = False) -> Iterator[EventStore]:
    """The store ``db`` names (a URL; None: $CASCADE_DB, else ./cascade.db), closed
    afterwards; an open store is used as it is and left open."""
    from cascade.store import EventStore, open_store

    if isinstance(db, EventStore):
        yield db
        return
    with open_store(db, create=create) as store:
        yield store


def pick_cascade(store: EventStore, cascade_id: str | None) -> str:
    """``cascade_id`` if given, else the store's only cascade; InputError otherwise."""
    if cascade_id is not None:
        return cascade_id
    ids = store.cascade_ids()
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise InputError(f"{store.url} holds no cascade: load one with `cascade db load FILE`")
    raise InputError(
        f"{store.url} holds several cascades; choose one with --cascade: {', '.join(ids)}"
    )


def stored_lifecycle(store: EventStore, cascade_id: str) -> Lifecycle | None:
    """The lifecycle stored with ``cascade_id``, checked and compiled (once per process for
    the same definition: ``record`` reads it for every event); None when none is stored."""
    from cascade.engine.lifecycle import compiled_lifecycle

    definition = store.load_lifecycle(cascade_id)
    return compiled_lifecycle(definition) if definition is not None else None


def step(meter: Meter | None, label: str, total: int) -> Callable[[int], None] | None:
    return meter(label, total) if meter is not None else None


def unknown_references(tracker: Tracker, batch: EventBatch) -> list[CascadeFileError]:
    """Every id in ``batch`` that names nothing in ``tracker``'s cascade, with where it
    was written."""
    tb = tracker.tables
    columns = (
        ("obligation", batch.obligations, tb.ob_index.keys()),
        ("organisation", batch.actors, tb.org_index.keys()),
        ("milestone", list(batch.milestones.values()), set(tb.milestone_ids)),
    )
    unknown = {
        kind: names for kind, column, known in columns if (names := set(column) - known - {None})
    }  # whole columns as sets first: most files name nothing unknown
    if not unknown:
        return []
    problems: list[CascadeFileError] = []
    for row in range(len(batch)):
        for kind, ref in (
            ("obligation", batch.obligations[row]),
            ("organisation", batch.actors[row]),
            ("milestone", batch.milestones.get(row)),
        ):
            if ref is not None and ref in unknown.get(kind, ()):
                problems.append(
                    CascadeFileError(
                        f"event {batch.ids[row]}: unknown {kind} {ref!r} "
                        f"in cascade {tracker.info.id}",
                        batch.position(row),
                    )
                )
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems


def raise_first(problems: list[CascadeFileError]) -> None:
    if problems:
        head, *rest = problems[:MAX_PROBLEMS]
        raise CascadeFileError(head.message, head.position, more=tuple(rest))


def is_cascade_file(file: Path) -> bool:
    """Whether ``file`` declares ``format: cascade/1`` (else it is taken as a lifecycle)."""
    from cascade.files.loader import declared_format

    return declared_format(file) == "cascade/1"  # reads the head only: /dev/zero never ends
