"""The validator on cascade files (:func:`validate_files`) or on stored cascades with
the states their histories lead to (:func:`validate_stored`: the definition's findings kept
per revision, the state rules on the engine's columns)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from cascade.errors import (
    InputError,
    StoreError,
)
from cascade.services.reading import Source, open_tracker
from cascade.services.shared import is_cascade_file, opened

if TYPE_CHECKING:
    from cascade.engine.lifecycle import Lifecycle
    from cascade.engine.tracker import Tracker
    from cascade.rules import Validator, stored
    from cascade.rules.runner import FileReport, Result
    from cascade.store import EventStore


def validate_files(
    validator: Validator,
    files: Sequence[Path],
    *,
    events: Path | None = None,
    as_of: dt.date | None = None,
) -> Result:
    """Validate cascade files; with ``events`` (one file only) or ``as_of`` the state rules
    run on the states the engine replays."""
    from cascade.files.events_read import read_events
    from cascade.rules.runner import Result
    from cascade.rules.state_adapter import tracked_state

    if events is not None and len(files) > 1:
        raise InputError(f"--events belongs to one cascade; {len(files)} files given")
    batch = read_events(events) if events is not None else None  # unreadable: stop here
    tracked = events is not None or as_of is not None
    reports = [
        validator.validate_file(f, tracked_state(batch, as_of, near=f) if tracked else None)
        for f in files
    ]
    return Result(reports, validator.rules, validator.config)


def validate_stored(
    validator: Validator,
    db: str | EventStore | None = None,
    *,
    cascade_id: str | None = None,
    as_of: dt.date | None = None,
) -> Result:
    """Validate stored cascades (one, or all) with the states their histories lead to."""
    from cascade.rules.runner import Result

    reports = []
    with opened(db) as store:
        ids = [cascade_id] if cascade_id is not None else store.cascade_ids()
        if not ids:  # nothing checked is not a clean bill
            raise InputError(f"{store.url} holds no cascade: load one with `cascade db load FILE`")
        for one in ids:
            digest = store.revisions(one)[-1].digest  # of the models the tracker reads
            # found before the tracker opens: the models, when they must be read for
            # them, are gone before the tracker's columns are made
            found = _definition_found(validator, store, (one, digest))
            tracker = open_tracker(Source(db=store, cascade_id=one))
            reports.append(_validate_stored_one(validator, store, one, tracker, found, as_of))
    return Result(reports, validator.rules, validator.config)


def _definition_found(
    validator: Validator, store: EventStore, revision: tuple[str, str]
) -> stored.Found | None:
    """The findings of the definition's rules on one stored cascade, as the store keeps
    them for this revision and this code (else found on the models, and kept); None when
    the rules must run on the models with the states (the cascade has amendments, its
    references are broken, or ``validator`` runs rules of other packages).
    ``revision``: the cascade's id and the digest of its stored definition."""
    from cascade.rules import stored

    cascade_id, digest = revision
    if not stored.builtin_only(validator) or store.definition_part(cascade_id, None).amendments:
        return None
    kept = store.load_findings(cascade_id, digest, stored.ruleset())
    if kept is not None and (found := stored.decode(kept)) is not None:
        return found
    found = stored.definition_findings(store.load_cascade(cascade_id))
    # kept only if no other definition was stored while the models were read
    if found is not None and store.revisions(cascade_id)[-1].digest == digest:
        with suppress(StoreError):  # a store opened read-only: found again next time
            store.save_findings(cascade_id, digest, stored.ruleset(), stored.encode(found))
    return found


def _validate_stored_one(
    validator: Validator,
    store: EventStore,
    cascade_id: str,
    tracker: Tracker,
    found: stored.Found | None,
    as_of: dt.date | None,
) -> FileReport:
    """One stored cascade: the definition's ``found`` with the state rules on the
    tracker's columns; without ``found``, every rule on the models."""
    from cascade.clock import today
    from cascade.rules import stored
    from cascade.rules.state_adapter import state_view

    day = as_of or today()
    if found is None or tracker.dated is not None:
        return validator.validate(tracker.cascade, state_view(tracker, day))
    names = store.organisation_names(cascade_id)
    found += stored.state_findings(
        tracker, day, names, lambda ids: store.load_documents(cascade_id, ids)
    )
    return stored.report(validator, f"<{cascade_id}>", found)


def lifecycle_of(file: Path) -> Lifecycle:
    """The lifecycle in ``file``, or the one a cascade file (``format: cascade/1``) names,
    or the built-in lifecycle of that name (``default``) when there is no such file."""
    from cascade.engine.lifecycle import (
        builtin_lifecycle,
        builtin_path,
        load_lifecycle,
        resolve_lifecycle,
    )

    if not file.exists() and builtin_path(str(file)) is not None:
        return builtin_lifecycle(str(file))
    if not is_cascade_file(file):
        return load_lifecycle(file)
    from cascade.files.loader import read

    cascade_file, _ = read(file)
    return resolve_lifecycle(cascade_file.cascade.lifecycle, file)
