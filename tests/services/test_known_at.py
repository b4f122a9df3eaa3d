"""The past is never rewritten: status as of T, computed after every amendment and event,
equals status as of T computed from only what was known at T; on every store.

Random cascades (a province, four bodies, one of which ceases on 30 June 2025 and
passes to one established on 1 July), random amendments (extensions, additions,
withdrawals, reassignments, transfers, each dated on or after its document) and
a random history the engine accepts. "Known at T": the amendments whose documents
are dated on or before T (and the obligations only they add), and the events up
to the end of T.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cascade.clock import end_of_day_seconds, to_seconds
from cascade.engine.timeline import in_force
from cascade.engine.tracker import Tracker
from cascade.event_batch import EventBatch
from cascade.files.loader import expand, loads, read
from cascade.model import Addition, CascadeFile, Event
from cascade.services import Source, import_events, status
from cascade.store import EventStore

START = dt.date(2025, 1, 2)
VN = dt.timezone(dt.timedelta(hours=7))
LEADS = ("o1", "o2", "o3")
TRIGGERS = ("start", "report", "accept", "return", "cancel")
_ids = itertools.count()

HEADER = """format: cascade/1
cascade: {{id: {cid}, title: Ngẫu nhiên}}
levels:
  - {{id: province, name: Cấp tỉnh, rank: 1}}
  - {{id: commune, name: Cấp xã, rank: 2}}
organisations:
  - {{id: top, name: UBND tỉnh, kind: people_committee, level: province}}
  - {{id: o1, name: Sở 1, kind: department, level: province, parent: top}}
  - {{id: o2, name: Sở 2, kind: department, level: province, parent: top}}
  - {{id: o3, name: Huyện 3, kind: people_committee, level: commune, parent: top,
     valid_until: 2025-06-30, successors: [o4]}}
  - {{id: o4, name: Xã 4, kind: people_committee, level: commune, parent: top,
     valid_from: 2025-07-01}}
documents:
  - {{id: kh, identifier: 1/KH-UBND, kind: plan, issuer: top, date: 2025-01-02}}
"""


@dataclass(frozen=True)
class World:
    """A random cascade as YAML text, the day each amending document is dated, and the days
    around which its figures change (the amendments' days and the deadlines)."""

    text: str
    documents: dict[str, dt.date]
    turning: tuple[dt.date, ...] = ()


def _day(offset: int) -> dt.date:
    return START + dt.timedelta(days=offset)


@st.composite
def worlds(draw: st.DrawFn) -> World:
    n = draw(st.integers(2, 4))
    obligations = []
    for i in range(n):
        lead = draw(st.sampled_from(LEADS))
        if draw(st.booleans()):
            deadline = f"{{kind: absolute, due: {_day(draw(st.integers(20, 300)))}}}"
        else:
            deadline = "{kind: continuous}"
        obligations.append(
            f"  - {{id: b{i}, document: kh, lead: {lead}, action: Việc {i}, deadline: {deadline}}}"
        )
    documents: dict[str, dt.date] = {}
    turning: list[dt.date] = []
    amendments = []
    for k in range(draw(st.integers(0, 4))):
        doc = f"a{k}"
        written = _day(draw(st.integers(10, 300)))
        effective = written + dt.timedelta(days=draw(st.integers(0, 30)))
        documents[doc] = written
        # the last day before the change is known, and the days around its taking effect
        turning += [written - dt.timedelta(days=1), effective - dt.timedelta(days=1), effective]
        head = f"  - {{id: m{k}, document: {doc}, effective: {effective}, "
        kind = draw(
            st.sampled_from(["extend", "extend", "add", "withdraw", "reassign", "transfer"])
        )
        target = f"b{draw(st.integers(0, n - 1))}"
        if kind == "extend":
            due = effective + dt.timedelta(days=draw(st.integers(-20, 200)))
            turning.append(due)
            amendments.append(
                head + f"kind: extend, obligations: [{target}], "
                f"deadline: {{kind: absolute, due: {due}}}}}"
            )
        elif kind == "add":
            lead = draw(st.sampled_from(["o1", "o2", "o4" if effective.month > 6 else "o3"]))
            due = effective + dt.timedelta(days=draw(st.integers(0, 120)))
            obligations.append(
                f"  - {{id: x{k}, document: {doc}, lead: {lead}, action: Bổ sung {k}, "
                f"deadline: {{kind: absolute, due: {due}}}}}"
            )
            amendments.append(head + f"kind: add, obligations: [x{k}]}}")
        elif kind == "withdraw":
            amendments.append(head + f"kind: withdraw, obligations: [{target}]}}")
        elif kind == "reassign":
            lead = draw(st.sampled_from(["o1", "o2"]))
            amendments.append(head + f"kind: reassign, obligations: [{target}], lead: {lead}}}")
        else:
            source = draw(st.sampled_from(LEADS))
            successor = draw(st.sampled_from(["o1", "o2"]))
            amendments.append(
                head + f"kind: transfer, organisation: {source}, successor: {successor}}}"
            )
    docs = [
        f"  - {{id: {doc}, identifier: {k + 2}/UBND-VX, kind: dispatch, issuer: top, date: {d}}}"
        for k, (doc, d) in enumerate(documents.items())
    ]
    text = (
        HEADER.format(cid="c")
        + "\n".join(docs) + ("\n" if docs else "")
        + "obligations:\n" + "\n".join(obligations) + "\n"
        + ("amendments:\n" + "\n".join(amendments) + "\n" if amendments else "")
    )  # fmt: skip
    return World(text, documents, tuple(turning))


@st.composite
def histories(draw: st.DrawFn, world: World) -> list[Event]:
    """Events the engine accepts, drawn in time order: a candidate per step, kept if the
    guards let it through (the actor mostly the holder of the role then)."""
    cascade = loads(world.text)
    tracker = Tracker(cascade)
    ids = [ob.id for ob in cascade.obligations]
    kept: list[Event] = []
    offset = 0
    for step in range(draw(st.integers(0, 25))):
        offset += draw(st.integers(0, 40))
        day = _day(offset)
        ob = draw(st.sampled_from(ids))
        trigger = draw(st.sampled_from(TRIGGERS))
        then = in_force(cascade, day)
        lead = then.obligation(ob).lead if any(o.id == ob for o in then.obligations) else "o1"
        actor = "top" if trigger in ("accept", "return", "cancel") else lead
        if draw(st.integers(0, 9)) == 0:
            actor = draw(st.sampled_from(["o1", "o2", "o3", "o4", "top"]))
        at = dt.datetime.combine(day, dt.time(9, step % 60), VN)
        event = Event(id=f"e{step:03d}", obligation=ob, trigger=trigger, actor=actor, at=at)
        if tracker.check(event) is None:
            tracker.apply(event)
            kept.append(event)
    return kept


def known_at(world: World, day: dt.date, cascade_id: str) -> CascadeFile:
    """The definition as known at the end of ``day``: later documents' amendments left out,
    and the obligations only they add."""
    full = _file(world.text, cascade_id)
    kept = tuple(a for a in full.amendments if world.documents[a.document] <= day)
    later = {
        ob for a in full.amendments if a not in kept and isinstance(a, Addition)
        for ob in a.obligations
    }  # fmt: skip
    return full.model_copy(
        update={
            "amendments": kept,
            "obligations": tuple(ob for ob in full.obligations if ob.id not in later),
        }
    )


def _file(text: str, cascade_id: str) -> CascadeFile:
    cascade_file = loads_file(text)
    info = cascade_file.cascade.model_copy(update={"id": cascade_id})
    return cascade_file.model_copy(update={"cascade": info})


def loads_file(text: str) -> CascadeFile:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "c.yaml"
        path.write_text(text, encoding="utf-8")
        cascade_file, source = read(path)
        expand(cascade_file, source)  # every reference checked
        return cascade_file


def _stored(store: EventStore, definition: CascadeFile, history: list[Event]) -> str:
    store.save_cascade(definition)
    if history:
        import_events(store, EventBatch.from_events(history), cascade_id=definition.cascade.id)
    return definition.cascade.id


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_status_as_of_a_day_is_what_was_known_that_day(
    store: EventStore, data: st.DataObject
) -> None:
    world = data.draw(worlds())
    history = data.draw(histories(world))
    run = next(_ids)
    full = _stored(store, _file(world.text, f"full-{run}"), history)
    near = [d + dt.timedelta(days=k) for d in world.turning for k in (-1, 0, 1)]
    days = (
        st.one_of(st.sampled_from(near), st.builds(_day, st.integers(0, 500)))
        if near
        else (st.builds(_day, st.integers(0, 500)))
    )
    for k, day in enumerate(data.draw(st.lists(days, min_size=1, max_size=4))):
        cutoff = end_of_day_seconds(day)
        then = [e for e in history if to_seconds(e.at) <= cutoff]
        known = _stored(store, known_at(world, day, f"known-{run}-{k}"), then)
        for by in (None, "organisation", "level"):
            after = status(Source(db=store, cascade_id=full), day, by=by).status.as_dict()  # type: ignore[arg-type]
            before = status(Source(db=store, cascade_id=known), day, by=by).status.as_dict()  # type: ignore[arg-type]
            assert after == before, (day, by, world.text)
