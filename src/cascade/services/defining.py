"""Definitions in a store: a cascade file read and checked with its lifecycle, stored
as a new revision (:func:`load_definition`), refused when it would rewrite a recorded
history (:func:`contradictions`); the revisions kept, and what one file changes from
another."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cascade.errors import (
    InputError,
)
from cascade.services.shared import MAX_PROBLEMS, pick_cascade

if TYPE_CHECKING:
    from cascade.engine.lifecycle import Lifecycle, LifecycleDefinition
    from cascade.files.diff import Change
    from cascade.files.loader import SourceMap
    from cascade.model import Cascade, CascadeFile
    from cascade.store import EventStore, Revision


def read_definition(path: str | Path) -> tuple[CascadeFile, LifecycleDefinition]:
    """A checked cascade file (file layer) and the lifecycle definition it resolves to."""
    from cascade.engine.lifecycle import resolve_lifecycle
    from cascade.errors import LifecycleDefinitionError
    from cascade.files.loader import expand, read

    cascade_file, source = read(path)
    expand(cascade_file, source)  # every reference checked, with file:line:col
    try:
        lifecycle = resolve_lifecycle(cascade_file.cascade.lifecycle, path)
    except LifecycleDefinitionError as exc:
        if exc.position is not None:  # a problem inside the lifecycle's own file
            raise
        where = source.position(("cascade", "lifecycle"))
        raise LifecycleDefinitionError(exc.message, where) from None
    return _with_migrations(cascade_file, source, path, lifecycle), lifecycle.definition


def _with_migrations(
    cascade_file: CascadeFile, source: SourceMap, path: str | Path, base: Lifecycle
) -> CascadeFile:
    """``cascade_file`` with each lifecycle migration carrying the definition it moves to
    (found next to the file), checked against the one before it: a stored cascade then
    replays without the file."""
    from cascade.engine.epochs import combine, migration_lifecycle
    from cascade.errors import LifecycleDefinitionError
    from cascade.model import LifecycleMigration

    amendments = list(cascade_file.amendments)
    steps = []
    for i, amendment in enumerate(amendments):
        if not isinstance(amendment, LifecycleMigration):
            continue
        try:
            lifecycle = migration_lifecycle(amendment, path)
        except LifecycleDefinitionError as exc:
            if exc.position is not None:
                raise
            raise LifecycleDefinitionError(
                exc.message, source.position(("amendments", i))
            ) from None
        definition = lifecycle.definition.model_dump(mode="json", exclude_none=True)
        amendments[i] = amendment.model_copy(update={"definition": definition})
        when = amendment.effective or next(
            (d.date for d in cascade_file.documents if d.id == amendment.document), None
        )
        steps.append((i, when, amendment, lifecycle))
    if not steps:
        return cascade_file
    ordered = sorted(steps, key=lambda step: (step[1] or dt.date.min, step[0]))
    try:
        combine(base, [(when or dt.date.min, m, lc) for _, when, m, lc in ordered])
    except LifecycleDefinitionError as exc:
        raise LifecycleDefinitionError(
            exc.message, source.position(("amendments", ordered[0][0]))
        ) from None
    return cascade_file.model_copy(update={"amendments": tuple(amendments)})


@dataclass(frozen=True)
class Loaded:
    """What :func:`load_definition` did."""

    cascade_id: str
    changed: bool
    lifecycle: str


def load_definition(store: EventStore, path: str | Path, *, replace: bool = False) -> Loaded:
    """Read and check a cascade file, then store it with the lifecycle it resolves to (its
    own ``lifecycles/NAME.yaml`` next to it, else the built-in) as a new revision.

    With ``replace``, a new definition of a cascade that has recorded events may only add
    (obligations, organisations, documents, amendments): a change that would rewrite what
    the history was checked or counted against (a holder, a deadline, the lifecycle, an
    obligation or amendment removed; or an event the new definition would refuse) raises
    :class:`~cascade.errors.RevisionConflictError` listing each with the amendment that
    would express it, and nothing is written.
    """
    from cascade.files.loader import expand

    cascade_file, lifecycle = read_definition(path)  # checked before the store is touched
    cascade_id = cascade_file.cascade.id
    if replace and cascade_id in store.cascade_ids():
        conflicts = contradictions(store, cascade_id, expand(cascade_file), lifecycle)
        if conflicts:
            raise _refused(cascade_id, conflicts)
    changed = store.save_cascade(
        cascade_file, replace=replace, lifecycle=lifecycle, findings=definition_findings
    )
    return Loaded(cascade_file.cascade.id, changed, lifecycle.id)


def definition_findings(cascade: Cascade) -> tuple[str, bytes] | None:
    """What the built-in rules of the definition find in ``cascade``, as a store keeps it
    with the revision (so that `validate --db` need not load the models for them)."""
    from cascade.rules import stored

    found = stored.definition_findings(cascade)
    return (stored.ruleset(), stored.encode(found)) if found is not None else None


def contradictions(
    store: EventStore, cascade_id: str, new: Cascade, lifecycle: LifecycleDefinition
) -> list[Change]:
    """What replacing the stored definition of ``cascade_id`` by ``new`` would rewrite of
    its recorded history (empty when it has none, or the change only adds)."""
    from cascade.engine.lifecycle import compile_lifecycle
    from cascade.engine.tracker import Tracker
    from cascade.errors import TransitionRefusedError
    from cascade.files.diff import Change, diff, rewriting

    batch = store.history_batch(cascade_id)
    if not len(batch):
        return []
    old = store.load_cascade(cascade_id)
    changes = diff(old, new)
    stored = store.load_lifecycle(cascade_id)
    if (
        stored is not None
        and stored != lifecycle
        and old.cascade.lifecycle == new.cascade.lifecycle
    ):
        changes.append(Change("changed", "lifecycle", lifecycle.id, "definition", "stored",
                              "as the file has it now", True))  # fmt: skip
    conflicts = rewriting(changes, recorded=True)
    if conflicts:
        return conflicts
    try:  # what only adds must still let every recorded event through
        Tracker(new, compile_lifecycle(lifecycle)).replay(batch)
    except TransitionRefusedError as exc:
        return [Change("changed", "event", exc.event_id or "?", "accepted", True, str(exc), True)]
    return []


def _refused(cascade_id: str, conflicts: Sequence[Change]) -> InputError:
    from cascade.errors import RevisionConflictError

    lines = [
        f"cascade {cascade_id}: the new definition would rewrite its recorded history "
        f"({len(conflicts)} change(s)); nothing written:"
    ]
    for change in conflicts[:MAX_PROBLEMS]:
        lines.append(f"  {change.describe()}")
        if change.amendment is not None:
            lines.append(f"      as a dated change instead, under 'amendments': {change.amendment}")
    if len(conflicts) > MAX_PROBLEMS:
        lines.append(f"  … and {len(conflicts) - MAX_PROBLEMS} more")
    lines.append(
        "Keep what the stored definition says and write the change as an amendment dated "
        "from its document (docs/amendments.md); `cascade diff OLD NEW` lists the changes."
    )
    return RevisionConflictError("\n".join(lines), tuple(conflicts))


def revisions(store: EventStore, cascade_id: str | None = None) -> tuple[str, list[Revision]]:
    """Every definition the cascade has had, oldest first, with the cascade's id."""
    chosen = pick_cascade(store, cascade_id)
    return chosen, store.revisions(chosen)


def diff_files(old: Path, new: Path) -> list[Change]:
    """What the cascade file ``new`` changes from ``old``, obligation by obligation."""
    from cascade.files.diff import diff
    from cascade.files.loader import load

    return diff(load(old), load(new))
