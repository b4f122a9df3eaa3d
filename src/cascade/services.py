"""The use cases of ``cascade``: what the command line and importing tools call.

Each one reads top to bottom: open what it needs, let the engine decide, write,
return a result. The layers below never call back up: a store is read, the
engine decides, the store is written, each call returning before the next.

* :func:`open_tracker`: a tracker from a cascade file (and an events file) or
  from a store, its history replayed; :func:`standing`, :func:`status`,
  :func:`export`, :func:`due` and :func:`report` read it, each keeping only the
  obligations a :class:`~cascade.report.select.Selection` keeps;
* :func:`apply_events`: check new events against an events-file history and
  append them (``cascade apply``);
* :func:`load_definition`: a checked cascade file stored with its lifecycle;
* :func:`record`: one event, checked by the engine's guards, stored with the
  state it leads to; :func:`import_events`: a whole events file, checked, then
  stored in batches; :func:`history`: what a store recorded;
* :func:`validate_files` and :func:`validate_stored`: the validator on files or
  on stored cascades with their tracked state.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from cascade.errors import (
    CascadeFileError,
    ConflictError,
    InputError,
    OutputError,
    StoreError,
    UnknownReferenceError,
)

if TYPE_CHECKING:
    from cascade.engine.lifecycle import Lifecycle, LifecycleDefinition
    from cascade.engine.status import Status
    from cascade.engine.tracker import Tracker
    from cascade.event_batch import EventBatch
    from cascade.files.diff import Change
    from cascade.files.loader import SourceMap
    from cascade.model import Cascade, CascadeFile, CascadeInfo, Event
    from cascade.render.overlay import CascadeStatus
    from cascade.report.due import DueList
    from cascade.report.select import Selection
    from cascade.report.trend import Period
    from cascade.report.wording import Lang
    from cascade.rules import Validator
    from cascade.rules.runner import FileReport, Result
    from cascade.store import EventStore, ImportReport, Revision, StoredEvent

Meter = Callable[[str, int], "Callable[[int], None] | None"]
"""Progress: called with what is starting and its size, gives the callback that follows it."""

Hook = Callable[["Event", str, str], None]
Grouping = Literal["document", "organisation", "level"]

MAX_PROBLEMS = 50
RETRIES = 3  # a record whose read went stale under a concurrent writer is read again this often


@dataclass(frozen=True)
class Source:
    """Where a cascade and its history come from: a cascade file (with an events file
    to replay), or a store (a URL, None for the default, or an open :class:`EventStore`)."""

    file: Path | None = None
    events: Path | None = None
    db: str | EventStore | None = None
    cascade_id: str | None = None

    def __post_init__(self) -> None:
        if self.file is None and self.events is not None:
            raise InputError("--events goes with FILE; a database holds its own history")
        if self.file is not None and (self.db is not None or self.cascade_id is not None):
            raise InputError("give a FILE or --db/--cascade, not both")


# --- trackers from files or stores ---------------------------------------------------


def open_tracker(
    source: Source, *, meter: Meter | None = None, on_transition: Hook | None = None
) -> Tracker:
    """The tracker of ``source`` with its whole history replayed.

    ``on_transition`` sees every committed transition of the replay (an export
    collects the state each event led to); ``meter`` follows reading and replay.
    """
    from cascade.engine.tracker import Tracker
    from cascade.files.events_read import read_events

    if source.file is None:
        with opened(source.db) as store:
            chosen = pick_cascade(store, source.cascade_id)
            tracker = _stored_tracker(store, chosen, source.db)
            if on_transition is not None:
                tracker.on_transition(on_transition)
            batch = store.history_batch(chosen)
            tracker.replay(batch, _step(meter, "replaying", len(batch)))
            return tracker
    tracker = Tracker.load(source.file)
    if on_transition is not None:
        tracker.on_transition(on_transition)
    if source.events is not None:
        size = source.events.stat().st_size if source.events.is_file() else 0
        batch = read_events(source.events, _step(meter, f"reading {source.events.name}", size))
        tracker.replay(batch, _step(meter, "replaying", len(batch)))
    return tracker


def standing(
    source: Source,
    as_of: dt.date | None = None,
    *,
    tracked: bool = True,
    selection: Selection | None = None,
) -> tuple[Cascade, CascadeStatus | None]:
    """The cascade in force at the end of ``as_of`` (default today), and where its
    obligations stood then.

    A store always has a tracked history; a file is read as written (no status, and
    its amendments not applied) unless ``tracked`` (or the selection filters by
    bucket). The cascade keeps the obligations ``selection`` keeps.
    """
    from cascade.report.select import select, select_tracked

    bucketed = selection is not None and bool(selection.buckets)
    if source.file is not None and not tracked and source.events is None and not bucketed:
        from cascade.files.loader import load

        cascade = load(source.file)
        kept = select(cascade, selection) if selection is not None else None
        return cascade.narrowed(kept), None
    from cascade.clock import today
    from cascade.render.overlay import CascadeStatus

    tracker = open_tracker(source)
    day = as_of or today()
    kept = select_tracked(tracker, selection, day)
    return in_force_of(tracker, day, kept), CascadeStatus.from_tracker(tracker, day)


@dataclass(frozen=True)
class StatusReport:
    """The four buckets of a tracked cascade as of a day."""

    cascade: CascadeInfo
    lifecycle: str
    status: Status


def status(
    source: Source,
    as_of: dt.date | None = None,
    *,
    by: Grouping | None = None,
    within: str | None = None,
    meter: Meter | None = None,
    selection: Selection | None = None,
) -> StatusReport:
    """Count ``source``'s obligations in the four buckets as of the end of ``as_of``
    (only those ``selection`` keeps)."""
    from cascade.clock import today
    from cascade.engine.status import status as count
    from cascade.report.select import select_tracked

    tracker = open_tracker(source, meter=meter)
    day = as_of or today()
    only = select_tracked(tracker, selection, day)
    counted = count(tracker, day, by=by, within=within, only=only)
    return StatusReport(tracker.info, tracker.lifecycle.name, counted)


def export(
    source: Source,
    fmt: Literal["json", "ocel", "csv"],
    selection: Selection | None = None,
    as_of: dt.date | None = None,
) -> str:
    """The canonical cascade (json), or its history as OCEL 2.0 JSON or a CSV table;
    only the obligations ``selection`` keeps (its buckets as of ``as_of``, default
    today) and their events.

    With ``as_of``: the cascade in force at the end of that day and the states then
    (json), or the history up to then (ocel, csv).
    """
    from cascade.clock import today
    from cascade.exports import export_text
    from cascade.report.select import select_tracked

    if source.file is not None and fmt != "json" and source.events is None:
        raise InputError(f"--format {fmt} exports a history: give --events FILE.jsonl, or --db")
    states: dict[str, str] = {}

    def remember(event: Event, _old: str, new: str) -> None:
        states[event.id] = new

    tracker = open_tracker(source, on_transition=remember)
    replayed = source.file is None or source.events is not None
    only = select_tracked(tracker, selection, as_of or today())
    return export_text(tracker, fmt, states, replayed=replayed, only=only, as_of=as_of)


def due(
    source: Source,
    as_of: dt.date | None = None,
    *,
    within: int = 30,
    selection: Selection | None = None,
    lang: Lang = "vi",
) -> DueList:
    """What is overdue and what falls due within ``within`` days of ``as_of``, per lead."""
    from cascade.clock import today
    from cascade.report.due import due_list
    from cascade.report.select import select_tracked

    tracker = open_tracker(source)
    day = as_of or today()
    only = select_tracked(tracker, selection, day)
    return due_list(tracker, day, within, only, lang)


def report(
    source: Source,
    as_of: dt.date | None = None,
    *,
    lang: Lang = "vi",
    period: Period = "month",
    selection: Selection | None = None,
    meter: Meter | None = None,
) -> str:
    """The self-contained HTML report of ``source`` as of the end of ``as_of``."""
    from cascade.clock import today
    from cascade.report.html import to_html
    from cascade.report.page import build_page
    from cascade.report.select import select_tracked

    tracker = open_tracker(source, meter=meter)
    day = as_of or today()
    only = select_tracked(tracker, selection, day)
    filters = selection.describe() if selection is not None else ""
    return to_html(build_page(tracker, day, lang=lang, period=period, only=only, filters=filters))


def in_force_of(tracker: Tracker, day: dt.date, kept: Collection[int] | None = None) -> Cascade:
    """The cascade of ``tracker`` in force at the end of ``day`` (its amendments applied),
    with only the obligations at the positions ``kept`` (all when None); an obligation
    completed or closed before it passed to another holder is shown with the body that
    settled it, as ``status`` counts it by organisation."""
    from cascade.engine.status import held_cascade
    from cascade.engine.timeline import revision

    if tracker.dated is None:
        return tracker.cascade.narrowed(kept)
    return revision(held_cascade(tracker, day).narrowed(kept), day, tracker.dated.plan)


# --- events files --------------------------------------------------------------------


@dataclass(frozen=True)
class Applied:
    """What :func:`apply_events` appended, and where."""

    history: Path
    written: int
    duplicates: int


def default_history(file: Path) -> Path:
    """Where the history of the cascade file ``file`` is kept: ``events/<name>.jsonl``."""
    return file.parent / "events" / f"{file.stem}.jsonl"


def apply_events(
    file: Path, new_events: Path, *, history: Path | None = None, meter: Meter | None = None
) -> Applied:
    """Check ``new_events`` against the history of ``file`` and append them to it.

    All or none: a refused event raises and the history is left as it was.
    Events already in the history (same id, same content) are skipped.
    """
    from cascade.files.events_read import read_events
    from cascade.files.events_write import write_events

    history = history or default_history(file)
    tracker = open_tracker(Source(file, history if history.is_file() else None), meter=meter)
    size = new_events.stat().st_size if new_events.is_file() else 0
    batch = read_events(new_events, _step(meter, f"reading {new_events.name}", size))
    done = tracker.replay(batch, _step(meter, "checking", len(batch)))
    written = 0
    if done.rows:
        try:
            history.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{history}: cannot create its folder: {exc.strerror}") from None
        written = write_events(batch, history, append=True, rows=done.rows)
    return Applied(history, written, done.duplicates)


# --- definitions in a store ----------------------------------------------------------


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


# --- events in a store ---------------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    """What :func:`record` did: the event, whether it was already stored, the obligation's
    version and state after it (None for a milestone)."""

    event: Event
    cascade_id: str
    duplicate: bool
    version: int | None
    state: str | None


def record(
    store: EventStore,
    event: Event,
    *,
    cascade_id: str | None = None,
    expected_version: int | None = None,
) -> Recorded:
    """Check ``event`` with the engine's guards and store it with the state it leads to.

    An id already stored is the same event again (a no-op) or, with any other
    content, refused. Only the history the guards read is replayed
    (:func:`decision_tracker`), so
    the cost does not grow with the history. The event is written only if the
    obligation's version is still the one the engine decided on; if another
    writer moved it meanwhile, the history is read again (a few times) before a
    :class:`~cascade.errors.ConflictError` is given up. ``expected_version`` is
    the caller's own optimistic check. A refused event stores nothing.
    """
    from cascade.errors import TransitionRefusedError

    ob = event.obligation
    with store.reading():  # the reads on one connection: no BEGIN/COMMIT round trips each
        chosen = pick_cascade(store, cascade_id)
        tracker = decision_tracker(store, chosen, ob, event.actor)
    if tracker.has_event(event.id):  # the same event again changes nothing
        return _recorded_again(store, chosen, event)
    for attempt in range(RETRIES):
        if attempt:  # another writer moved the obligation since: read it again
            with store.reading():
                tracker = decision_tracker(store, chosen, ob, event.actor)
        seen = len(tracker.history(ob)) if ob is not None else None
        if ob is not None and expected_version is not None and expected_version != seen:
            raise ConflictError(
                f"obligation {ob} changed meanwhile: expected version {expected_version}, "
                f"found {seen}; reload and retry",
                obligation=ob,
            )
        try:
            done = tracker.apply(event)  # TransitionRefusedError, EventConflictError
        except (TransitionRefusedError, UnknownReferenceError):
            # stored already, for an obligation the part read does not hold: the same event
            # again, or its id reused; the store is asked only when the engine refuses (an
            # event it accepts meets a stored id at the write)
            if store.find_events(chosen, [event.id]):
                return _recorded_again(store, chosen, event)
            raise
        state = done.new if done is not None else (tracker.state(ob) if ob is not None else None)
        try:
            result = store.append(chosen, event, expected_version=seen, state=state)
        except ConflictError:
            if expected_version is not None:
                raise
            continue  # another writer moved the obligation after it was read
        return Recorded(event, chosen, result.duplicate, result.version, state)
    raise ConflictError(
        f"obligation {ob} keeps changing under concurrent writers; retry", obligation=ob
    )


def _recorded_again(store: EventStore, chosen: str, event: Event) -> Recorded:
    """``event`` stored already: the same event again changes nothing; its id given to
    another event is an :class:`~cascade.errors.EventConflictError`."""
    ob = event.obligation
    with store.reading():
        earlier = store.find_events(chosen, [event.id])[event.id]
        state = store.head(chosen, ob).state if ob is not None else None
    earlier.event.content().check_reuse(event.id, event.content())
    return Recorded(event, chosen, True, earlier.version, state)


def decision_tracker(
    store: EventStore, cascade_id: str, obligation: str | None, actor: str | None = None
) -> Tracker:
    """A tracker of just what decides an event on ``obligation`` (None: a milestone
    event) by ``actor``: that part of the definition, and of the history.

    The guards of one event read the obligation's state and the time of its
    latest event, facts of the definition (:mod:`cascade.engine.part`: the
    obligation, its children, their documents, the organisations that hold a role
    in them and their successors, the actor, the milestones), the recorded
    milestones, and for a roll-up transition the counts and completion times of
    the obligation's children (every obligation that implements it). So only
    those items are read, and the obligation's own events, its children's and the
    milestone events are replayed; nothing else. They are replayed without the
    guards (``replay(guards=False)``): they passed them when stored, and a child's
    own roll-up would need its children too.
    """
    from cascade.engine.tracker import Tracker

    lifecycle = _stored_lifecycle(store, cascade_id)
    tracker = Tracker(store.definition_part(cascade_id, obligation, actor), lifecycle)
    wanted: list[str] = []
    if obligation is not None:
        if obligation not in tracker.tables.ob_index:
            return tracker  # the engine refuses the unknown id; no history needed
        wanted = [obligation, *tracker.tables.children_of(obligation)]
    tracker.replay(store.history_batch(cascade_id, obligations=wanted), guards=False)
    return tracker


def import_events(
    store: EventStore,
    batch: EventBatch,
    *,
    cascade_id: str | None = None,
    batch_size: int | None = None,
    checking: Callable[[int], None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Check ``batch`` against the stored cascade and history, then append its new events.

    Nothing is written unless every event passes: references, reused ids, and
    the engine's guards after the stored history. Each event is stored with the
    state it led to, in batches of ``batch_size`` (one transaction each, so an
    import killed part-way is completed by running it again). The versions the
    check saw are expected at write time: a writer that slips in between makes
    the import stop with a :class:`~cascade.errors.ConflictError` (re-run it).
    """
    from cascade.store.port import DEFAULT_BATCH

    chosen = pick_cascade(store, cascade_id)
    tracker = open_tracker(Source(db=store, cascade_id=chosen))
    _raise_first(unknown_references(tracker, batch))
    heads = store.heads(chosen)
    done = tracker.replay(batch, checking, keep_states=True)  # all or none
    obligations = batch.obligations
    touched = {ob for row in done.rows if (ob := obligations[row]) is not None}
    report = store.append_many(
        chosen,
        batch,
        rows=done.rows,
        states=done.states,
        expected_versions={ob: heads[ob].version if ob in heads else 0 for ob in touched},
        batch_size=batch_size or DEFAULT_BATCH,
        progress=progress,
    )
    report.cascade = chosen
    report.read = len(batch)
    report.duplicates += done.duplicates
    return report


def history(
    store: EventStore,
    obligation: str | None = None,
    *,
    cascade_id: str | None = None,
    until: dt.datetime | None = None,
) -> tuple[str, list[StoredEvent]]:
    """The stored events of ``obligation`` (or of the whole cascade) up to ``until``,
    oldest first, with the id of the cascade they belong to."""
    chosen = pick_cascade(store, cascade_id)
    if obligation is not None:
        known = {ob.id for ob in store.load_cascade(chosen).obligations}
        if obligation not in known:
            raise UnknownReferenceError("obligation", obligation, f"in cascade {chosen}")
    return chosen, store.history(chosen, obligation=obligation, until=until)


def new_event(
    trigger: str,
    obligation: str,
    actor: str,
    *,
    at: dt.datetime | None = None,
    note: str | None = None,
    evidence: str | None = None,
    event_id: str | None = None,
) -> Event:
    """An event as a person records it: TRIGGER on OBLIGATION, or the trigger ``milestone``
    with a milestone's id; at ``at`` (default now, Vietnam time). Without ``event_id`` the
    id is derived from what the event says, so recording it again is a no-op."""
    from pydantic import ValidationError

    from cascade.clock import now
    from cascade.model import Event

    when = at or now()
    milestone = trigger == "milestone"
    fields = {
        "obligation": None if milestone else obligation,
        "trigger": None if milestone else trigger,
        "milestone": obligation if milestone else None,
        "actor": actor, "at": when, "note": note, "evidence": evidence,
    }  # fmt: skip
    try:
        return Event(id=event_id or derived_id(obligation, trigger, actor, when), **fields)
    except ValidationError as exc:
        problem = exc.errors()[0]
        raise InputError(f"{'.'.join(map(str, problem['loc']))}: {problem['msg']}") from None


def derived_id(obligation: str, trigger: str, actor: str, at: dt.datetime) -> str:
    """A default id for a recorded event, derived from what it says: recording the same
    event twice (a retry) gives the same id, which the store then skips."""
    text = f"{obligation}\0{trigger}\0{actor}\0{at.isoformat()}"
    return "r-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# --- validation ----------------------------------------------------------------------


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
            tracker = open_tracker(Source(db=store, cascade_id=one))
            reports.append(_validate_stored_one(validator, store, (one, digest), tracker, as_of))
    return Result(reports, validator.rules, validator.config)


def _validate_stored_one(
    validator: Validator,
    store: EventStore,
    revision: tuple[str, str],
    tracker: Tracker,
    as_of: dt.date | None,
) -> FileReport:
    """One stored cascade: the findings of its definition's rules as the store keeps them
    for this revision and this code (else found on the models, and kept), the state rules
    on the tracker's columns; the rules on models when the cascade has amendments or
    ``validator`` runs rules of other packages. ``revision``: the cascade's id and the
    digest of its definition when the tracker was opened."""
    from cascade.clock import today
    from cascade.rules import stored
    from cascade.rules.state_adapter import state_view

    cascade_id, digest = revision
    day = as_of or today()
    if tracker.dated is not None or not stored.builtin_only(validator):
        return validator.validate(tracker.cascade, state_view(tracker, day))
    kept = store.load_findings(cascade_id, digest, stored.ruleset())
    found = stored.decode(kept) if kept is not None else None
    if found is None:
        found = stored.definition_findings(tracker.cascade)
        if found is None:  # broken references: the runner says so
            return validator.validate(tracker.cascade, state_view(tracker, day))
        # kept only if no other definition was stored while the models were read
        if store.revisions(cascade_id)[-1].digest == digest:
            with suppress(StoreError):  # a store opened read-only: found again next time
                store.save_findings(cascade_id, digest, stored.ruleset(), stored.encode(found))
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
    if not _is_cascade_file(file):
        return load_lifecycle(file)
    from cascade.files.loader import read

    cascade_file, _ = read(file)
    return resolve_lifecycle(cascade_file.cascade.lifecycle, file)


# --- helpers -------------------------------------------------------------------------


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


def _stored_tracker(store: EventStore, cascade_id: str, db: str | EventStore | None) -> Tracker:
    """A tracker of a stored cascade with no history yet: from its compiled columns when
    the store keeps them (its models read again only if something asks for them)."""
    from cascade.engine.lifecycle import resolve_lifecycle
    from cascade.engine.tracker import Tracker

    tables = store.load_compiled(cascade_id)
    if tables is None:
        return empty_tracker(store, cascade_id)
    part = store.definition_part(cascade_id, None)
    if part.amendments:  # their dated changes are resolved over the models
        return empty_tracker(store, cascade_id)
    info = part.cascade
    lifecycle = _stored_lifecycle(store, cascade_id) or resolve_lifecycle(info.lifecycle)

    def models() -> Cascade:
        with opened(db) as again:
            return again.load_cascade(cascade_id)

    return Tracker.compiled(tables, lifecycle, info, models)


def empty_tracker(store: EventStore, cascade_id: str) -> Tracker:
    """A tracker of the stored definition and lifecycle, with no history yet."""
    from cascade.engine.tracker import Tracker

    return Tracker(store.load_cascade(cascade_id), _stored_lifecycle(store, cascade_id))


def _stored_lifecycle(store: EventStore, cascade_id: str) -> Lifecycle | None:
    """The lifecycle stored with ``cascade_id``, checked and compiled (once per process for
    the same definition: ``record`` reads it for every event); None when none is stored."""
    from cascade.engine.lifecycle import compiled_lifecycle

    definition = store.load_lifecycle(cascade_id)
    return compiled_lifecycle(definition) if definition is not None else None


def _step(meter: Meter | None, label: str, total: int) -> Callable[[int], None] | None:
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


def _raise_first(problems: list[CascadeFileError]) -> None:
    if problems:
        head, *rest = problems[:MAX_PROBLEMS]
        raise CascadeFileError(head.message, head.position, more=tuple(rest))


def _is_cascade_file(file: Path) -> bool:
    """Whether ``file`` declares ``format: cascade/1`` (else it is taken as a lifecycle)."""
    from cascade.files.loader import declared_format

    return declared_format(file) == "cascade/1"  # reads the head only: /dev/zero never ends
