"""``record`` replays only what the guards of its event read, and decides as the whole
history would: random histories recorded both ways on every backend, roll-up and
milestone cases, and a replaced definition the stored history no longer passes."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cascade.clock import VIETNAM
from cascade.engine.lifecycle import Role
from cascade.engine.tracker import Tracker
from cascade.errors import TransitionRefusedError
from cascade.event_batch import EventBatch
from cascade.files.loader import expand
from cascade.model import Cascade, CascadeFile, Event
from cascade.services import Source, decision_tracker, import_events, open_tracker, record
from cascade.store import EventStore
from support.record_twins import Outcome, Twins

T0 = dt.datetime(2025, 1, 10, 8, 0, tzinfo=VIETNAM)
EXAMPLES = {"memory": 25, "sqlite": 10, "postgresql": 4}  # PostgreSQL: a few, it is slower
STEPS = [dt.timedelta(hours=1)] * 8 + [
    dt.timedelta(hours=30),
    dt.timedelta(days=-3),  # before the obligation's previous event, now and then
    dt.timedelta(days=200),  # past 2025-06-30, when the district committees cease
]


def backend(request: pytest.FixtureRequest) -> str:
    name: str = request.node.callspec.params["store"]
    return name


def ev(event_id: str, obligation: str, trigger: str, actor: str, at: dt.datetime) -> Event:
    return Event(id=event_id, obligation=obligation, trigger=trigger, actor=actor, at=at)


def milestone(event_id: str, milestone_id: str, actor: str, at: dt.datetime) -> Event:
    return Event(id=event_id, milestone=milestone_id, actor=actor, at=at)


class Picker:
    """Who may plausibly fire what on a cascade: candidate events, right or wrong."""

    def __init__(self, cascade: Cascade) -> None:
        self.cascade = cascade
        self.tracker = Tracker(cascade)  # for the lifecycle and the starting states
        self.lifecycle = self.tracker.lifecycle
        self.obligations = [ob.id for ob in cascade.obligations]
        self.orgs = [org.id for org in cascade.organisations]
        self.successors = {org.id: list(org.successors) for org in cascade.organisations}
        self.children: dict[str, list[str]] = {}
        for ob in cascade.obligations:
            if ob.implements is not None:
                self.children.setdefault(ob.implements, []).append(ob.id)

    def triggers(self, state: str) -> list[str]:
        """The triggers allowed from ``state``, those that close the obligation (cancel,
        supersede) a twentieth as often as the others."""
        lc = self.lifecycle
        out: list[str] = []
        for trigger in lc.allowed(state):
            dest = lc.dest[lc.state_code[state] * len(lc.triggers) + lc.trigger_code[trigger]]
            out += [trigger] * (1 if lc.closed[dest] else 20)
        return out

    def holders(self, obligation: str, state: str, trigger: str) -> list[str]:
        """Who holds a role that may fire ``trigger``, and their successors."""
        lc = self.lifecycle
        mask = lc.roles[lc.state_code[state] * len(lc.triggers) + lc.trigger_code[trigger]]
        ob = self.cascade.obligation(obligation)
        doc = self.cascade.document(ob.document)
        out = [ob.lead] if mask & Role.LEAD else []
        out += list(ob.coordinators) if mask & Role.COORDINATOR else []
        out += [doc.on_behalf_of or doc.issuer] if mask & Role.ISSUER else []
        out += [self.cascade.report_to(ob)] if mask & Role.REPORT_TO else []
        out += [ob.via] if mask & Role.VIA and ob.via else []
        return out + [s for org in out for s in self.successors[org]]


def focus(data: st.DataObject, picker: Picker) -> list[str]:
    """A parent, the obligation it implements and a few of its children: where roll-up
    happens within a short history (all obligations when nothing has children)."""
    if not picker.children:
        return picker.obligations
    parent = data.draw(st.sampled_from(sorted(picker.children)))
    ob = picker.cascade.obligation(parent)
    children = picker.children[parent]
    kids = data.draw(
        st.lists(st.sampled_from(children), min_size=min(2, len(children)), max_size=3, unique=True)
    )
    return [parent, *([ob.implements] if ob.implements else []), *kids]


def next_event(
    data: st.DataObject,
    picker: Picker,
    close: list[str],
    states: dict[str, str],
    sent: list[Event],
    at: dt.datetime,
    n: int,
) -> Event:
    """A candidate event: mostly an allowed trigger by a holder of its role on a close
    obligation, sometimes anything, a milestone, or an id sent before."""
    kind = data.draw(st.sampled_from(["good"] * 12 + ["any", "milestone", "again"]))
    if kind == "again" and sent:
        earlier = data.draw(st.sampled_from(sent))
        if data.draw(st.booleans()):
            return earlier  # the same event again: a no-op
        return Event(  # the same id for another event: refused
            id=earlier.id, obligation=picker.obligations[0], trigger="start",
            actor=picker.orgs[0], at=at,
        )  # fmt: skip
    if kind == "milestone" and picker.cascade.milestones:
        which = data.draw(st.sampled_from([m.id for m in picker.cascade.milestones]))
        return milestone(f"m{n}", which, data.draw(st.sampled_from(picker.orgs)), at)
    near = data.draw(st.integers(0, 4)) > 0  # four times in five
    obligation = data.draw(st.sampled_from(close if near else picker.obligations))
    state = states[obligation]
    allowed = picker.triggers(state)
    if kind == "good" and allowed:
        trigger = data.draw(st.sampled_from(allowed))
        right = picker.holders(obligation, state, trigger)
        actor = data.draw(
            st.sampled_from(right if right and data.draw(st.integers(0, 7)) else picker.orgs)
        )
    else:
        trigger = data.draw(st.sampled_from(picker.lifecycle.triggers))
        actor = data.draw(st.sampled_from(picker.orgs))
    return ev(f"e{n}", obligation, trigger, actor, at)


@pytest.mark.parametrize("name", ["seed", "seed-k-of-n", "vpcp-2739"])
def test_partial_replay_decides_as_full_replay(
    store: EventStore,
    cascade_files: dict[str, CascadeFile],
    name: str,
    request: pytest.FixtureRequest,
) -> None:
    """Random histories, each event recorded the old way (whole history replayed) on one
    copy of the cascade and the new way on the other: same acceptance, refusal message,
    version and new state at every step, and the same stored history in the end."""
    cascade_file = cascade_files[name]
    picker = Picker(expand(cascade_file))
    start = picker.tracker.states()

    @settings(
        max_examples=EXAMPLES[backend(request)],
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        twins = Twins(store, cascade_file)
        close = focus(data, picker)
        states = dict(start)
        sent: list[Event] = []
        at = T0
        for n in range(data.draw(st.integers(1, 24))):
            at = at + data.draw(st.sampled_from(STEPS))
            event = next_event(data, picker, close, states, sent, at, n)
            done = twins.record(event)
            if done.accepted and event.obligation is not None and done.state is not None:
                states[event.obligation] = done.state
            sent.append(event)
        twins.check_same_store()
        # and the part replayed holds what the guards read, as the whole history has it
        whole = open_tracker(Source(db=store, cascade_id=twins.part))
        for ob in close:
            part = decision_tracker(store, twins.part, ob)
            for one in [ob, *picker.children.get(ob, [])]:
                assert part.state(one) == whole.state(one)
                assert part.completed_at(one) == whole.completed_at(one)
            for m in picker.cascade.milestones:
                assert part.milestone_at(m.id) == whole.milestone_at(m.id)

    run()


def _import(store: EventStore, twins: Twins, events: list[Event]) -> None:
    for cascade_id in (twins.full, twins.part):
        import_events(store, EventBatch.from_events(events), cascade_id=cascade_id)


def test_rollup_parent_refused_until_children_done(
    store: EventStore, cascade_files: dict[str, CascadeFile]
) -> None:
    """cv12724.stttt may report once its 93 obligations are done; kh251.trien-khai once
    cv12724.stttt is. The grandparent's decision replays the parent's report, whose own
    roll-up reads the 93 it does not load: replayed without the guards, as stored."""
    seed = expand(cascade_files["seed"])
    twins = Twins(store, cascade_files["seed"])
    children = [ob for ob in seed.obligations if ob.implements == "cv12724.stttt"]
    at = (T0 + dt.timedelta(minutes=k) for k in itertools.count())
    setup = [
        ev("s-top", "kh251.trien-khai", "start", "ubnd-tinh", next(at)),
        ev("s-mid", "cv12724.stttt", "start", "so-tttt", next(at)),
    ]
    setup += [ev(f"s-{ob.id}", ob.id, "start", ob.lead, next(at)) for ob in children]
    setup += [ev(f"r-{ob.id}", ob.id, "report", ob.lead, next(at)) for ob in children[:-1]]
    _import(store, twins, setup)

    refused = twins.record(ev("r-mid-1", "cv12724.stttt", "report", "so-tttt", next(at)))
    assert refused.error == "TransitionRefusedError"
    assert "92 of 93 completed" in (refused.message or "")
    assert children[-1].id in (refused.message or "")  # the one waited for
    refused = twins.record(ev("r-top-1", "kh251.trien-khai", "report", "ubnd-tinh", next(at)))
    assert refused.error == "TransitionRefusedError" and "cv12724.stttt" in (refused.message or "")

    last = children[-1]
    done_at = next(at)
    assert twins.record(ev("r-last", last.id, "report", last.lead, done_at)).state == "reported"
    # dated before the last child was done: the children are counted as of that time
    before = done_at - dt.timedelta(minutes=1)
    early = twins.record(ev("r-mid-0", "cv12724.stttt", "report", "so-tttt", before))
    assert early.error == "TransitionRefusedError" and "92 of 93" in (early.message or "")
    mid = twins.record(ev("r-mid", "cv12724.stttt", "report", "so-tttt", next(at)))
    assert mid.state == "reported"
    top = twins.record(ev("r-top", "kh251.trien-khai", "report", "ubnd-tinh", next(at)))
    assert top.accepted and top.state == "reported" and top.version == 2
    twins.check_same_store()

    # the grandparent's decision read its own and its child's events only
    part = decision_tracker(store, twins.part, "kh251.trien-khai")
    assert [e.id for e in part.history()] == ["s-top", "s-mid", "r-mid", "r-top"]
    # replayed with the guards, that part would be refused: the child's roll-up needs its 93
    with pytest.raises(TransitionRefusedError, match="not done: 0 of 93"):
        Tracker(seed).replay(part.history())


def test_a_returned_child_blocks_the_parent_again(
    store: EventStore, cascade_files: dict[str, CascadeFile]
) -> None:
    """k of n: two children reported let the parent report; one returned, it may not."""
    twins = Twins(store, cascade_files["seed-k-of-n"])
    seed = expand(cascade_files["seed-k-of-n"])
    a, b = [ob for ob in seed.obligations if ob.implements == "cv12724.stttt"][:2]
    at = (T0 + dt.timedelta(hours=k) for k in itertools.count())
    _import(store, twins, [
        ev("s-mid", "cv12724.stttt", "start", "so-tttt", next(at)),
        ev("s-a", a.id, "start", a.lead, next(at)),
        ev("s-b", b.id, "start", b.lead, next(at)),
        ev("r-a", a.id, "report", a.lead, next(at)),
        ev("r-b", b.id, "report", b.lead, next(at)),
    ])  # fmt: skip
    back = twins.record(ev("back-b", b.id, "return", seed.report_to(b), next(at)))
    assert back.state == "in_progress"
    refused = twins.record(ev("r-mid", "cv12724.stttt", "report", "so-tttt", next(at)))
    assert refused.error == "TransitionRefusedError"
    assert "1 of 93 completed" in (refused.message or "") and "'k_of_n' needs 2" in (
        refused.message or ""
    )
    assert twins.record(ev("r-b2", b.id, "report", b.lead, next(at))).state == "reported"
    assert twins.record(ev("r-mid2", "cv12724.stttt", "report", "so-tttt", next(at))).accepted
    twins.check_same_store()


def test_milestone_events(store: EventStore, cascade_files: dict[str, CascadeFile]) -> None:
    """A milestone is recorded once; again, or by a body that has ceased, it is refused;
    an id already stored for an obligation's event is refused; the same event is a
    no-op. (Milestones feed deadlines, not the guards of obligations' events.)"""
    twins = Twins(store, cascade_files["seed"])
    after = dt.datetime(2025, 7, 2, 9, 0, tzinfo=VIETNAM)
    ceased = twins.record(milestone("m0", "xiv-congress", "ubnd-rach-gia", after))
    assert ceased.error == "TransitionRefusedError" and "no longer exists" in (ceased.message or "")
    first = milestone("m1", "xiv-congress", "btv-tu", T0)
    assert twins.record(first) == Outcome(True, False, None, None)
    assert twins.record(first).duplicate  # the same again: a no-op
    again = twins.record(milestone("m2", "xiv-congress", "btv-tu", T0 + dt.timedelta(days=1)))
    assert again.error == "TransitionRefusedError" and "already recorded" in (again.message or "")
    assert twins.record(ev("s1", "1.1@bao-kien-giang", "start", "bao-kien-giang", T0)).accepted
    reused = twins.record(milestone("s1", "xiv-congress", "btv-tu", T0))
    assert reused.error == "EventConflictError"
    twins.check_same_store()


def test_a_replaced_definition_the_history_no_longer_passes(
    cascade_files: dict[str, CascadeFile],
) -> None:
    """The stored history is trusted: after a replacement that its events no longer pass
    (another lead), the whole replay refuses them, and record still decides new events."""
    from cascade.store import MemoryStore

    seed = cascade_files["seed"]
    store = MemoryStore()
    store.save_cascade(seed)
    cid = seed.cascade.id
    start = ev("a", "kh262.trien-khai", "start", "ubnd-tinh", T0)
    import_events(store, EventBatch.from_events([start]), cascade_id=cid)
    obligations = tuple(
        ob.model_copy(update={"lead": "btg-tu"}) if ob.id == "kh262.trien-khai" else ob
        for ob in seed.obligations
    )
    assert store.save_cascade(seed.model_copy(update={"obligations": obligations}), replace=True)
    with pytest.raises(TransitionRefusedError, match=r"only the lead \(btg-tu\)"):
        open_tracker(Source(db=store, cascade_id=cid))
    done = record(store, ev("b", "kh262.trien-khai", "report", "btg-tu", T0), cascade_id=cid)
    assert done.state == "reported" and done.version == 2
