"""``Tracker.replay(guards=False)``: what ``record`` replays a part of the history with.

On a history the guards accept it ends where the guarded replay ends; it still
follows the lifecycle's transition table; it lets through what only the guards
would refuse (that is its point: a part of a history cannot be guarded alone).
"""

from __future__ import annotations

import datetime as dt

import pytest

from cascade.clock import VIETNAM
from cascade.engine.tracker import Tracker
from cascade.errors import TransitionRefusedError
from cascade.model import Cascade, Event
from cascade.testing.synthetic import SMALL, generate, generate_events

T0 = dt.datetime(2025, 1, 10, 8, 0, tzinfo=VIETNAM)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_without_guards_a_valid_history_ends_where_the_guarded_replay_ends(seed: int) -> None:
    cascade = generate(400, SMALL, seed=seed)
    history = generate_events(cascade, seed=seed)
    guarded, unguarded = Tracker(cascade), Tracker(cascade)
    guarded.replay(history)
    done = unguarded.replay(history, guards=False)
    assert len(done.rows) == len(history) and done.duplicates == 0
    assert unguarded.states() == guarded.states()
    for ob in cascade.obligations:
        assert unguarded.completed_at(ob.id) == guarded.completed_at(ob.id)
    assert [e.id for e in unguarded.history()] == list(history.ids)
    # the same events again are skipped, as with the guards
    assert unguarded.replay(history, guards=False).duplicates == len(history)


def test_the_counts_it_leaves_decide_a_parent_as_the_guarded_replay(seed: Cascade) -> None:
    """Children replayed without guards feed the roll-up counts their parent's guard reads."""
    kids = [ob for ob in seed.obligations if ob.implements == "cv12724.stttt"]
    events = [Event(id="a", obligation="cv12724.stttt", trigger="start", actor="so-tttt", at=T0)]
    for k, ob in enumerate(kids):
        at = T0 + dt.timedelta(hours=k + 1)
        trigger = "cancel" if k % 2 else "start"
        actor = "so-tttt" if trigger == "cancel" else ob.lead
        events.append(Event(id=f"c{k:03d}", obligation=ob.id, trigger=trigger, actor=actor, at=at))
    report = Event(
        id="z", obligation="cv12724.stttt", trigger="report", actor="so-tttt",
        at=T0 + dt.timedelta(days=10),
    )  # fmt: skip
    guarded, unguarded = Tracker(seed), Tracker(seed)
    guarded.replay(events)
    unguarded.replay(events, guards=False)
    refused = guarded.check(report)
    assert refused is not None and "0 of 47 completed" in str(refused)
    assert str(unguarded.check(report)) == str(refused)


def test_the_transition_table_still_decides(seed: Cascade) -> None:
    tracker = Tracker(seed)
    ob = "1.1@bao-kien-giang"
    start = Event(id="a", obligation=ob, trigger="start", actor="bao-kien-giang", at=T0)
    accept = Event(id="b", obligation=ob, trigger="accept", actor="so-tttt", at=T0)
    with pytest.raises(TransitionRefusedError, match="'accept' is not allowed from 'in_progress'"):
        tracker.replay([start, accept], guards=False)
    assert tracker.state(ob) == "assigned" and tracker.history_size == 0  # all or none


def test_what_only_the_guards_refuse_passes(seed: Cascade) -> None:
    """A wrong actor, an event dated before the previous one, a report of a parent whose
    children are open: refused with the guards, taken without (the stored history passed
    them once; a part of it cannot be checked alone)."""
    ob = "cv12724.stttt"
    events = [
        Event(id="a", obligation=ob, trigger="start", actor="bao-kien-giang", at=T0),
        Event(id="b", obligation=ob, trigger="report", actor="so-tttt", at=T0 - dt.timedelta(1)),
        Event(id="m", milestone="xiv-congress", actor="btv-tu", at=T0),
    ]
    with pytest.raises(TransitionRefusedError, match="only the lead"):
        Tracker(seed).replay(events)
    tracker = Tracker(seed)
    tracker.replay(events, guards=False)
    assert tracker.state(ob) == "reported"
    assert tracker.milestone_at("xiv-congress") == T0
