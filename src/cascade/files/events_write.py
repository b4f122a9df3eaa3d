"""Writing events files: events or rows of a batch as JSON Lines (UTF-8 text kept)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from cascade.event_batch import KEYS, EventBatch
from cascade.model import Event


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
    from cascade.boundary.atomic import replacing

    with (
        replacing(target, keep=append) as temporary,
        temporary.open("a", encoding="utf-8", newline="\n") as handle,
    ):
        handle.write(prefix + "".join(lines))
    return len(lines)
