"""The tracker: guards, idempotency, atomic replay, hooks, replay equals live state."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from cascade.engine.tracker import Tracker
from cascade.errors import (
    EventConflictError,
    InputError,
    TransitionRefusedError,
    UnknownReferenceError,
)
from cascade.event_batch import EventBatch
from cascade.files.events_read import read_events
from cascade.files.loader import loads
from cascade.model import Event
from support import ROOT, SEED, SEED_EVENTS, Make, small_text


def frozen(tracker: Tracker) -> tuple[object, ...]:
    """Everything a refused event must leave unchanged."""
    p = tracker._progress
    return (
        tracker.states(),
        [e.model_dump() for e in tracker.history()],
        list(p.completed_at),
        list(p.last_at),
        list(p.live),
        list(p.done),
        dict(p.milestone_at),
    )


def refused(tracker: Tracker, event: Event, *reason: str) -> TransitionRefusedError:
    """Apply ``event`` on both paths, check it is refused the same way and changes nothing."""
    before = frozen(tracker)
    with pytest.raises(TransitionRefusedError) as single:
        tracker.apply(event)
    assert frozen(tracker) == before
    with pytest.raises(TransitionRefusedError) as bulk:
        tracker.replay([event])
    assert frozen(tracker) == before
    assert str(single.value) == str(bulk.value)
    for part in reason:
        assert part in single.value.reason
    return single.value


def test_the_lead_starts_and_reports(small: Tracker, ev: Make) -> None:
    done = small.apply(ev("c1", "start", "h1", "2025-01-10"))
    assert done is not None and (done.old, done.new) == ("assigned", "in_progress")
    small.apply(ev("c1", "report", "h1", "2025-02-01"))
    assert small.state("c1") == "reported"
    assert small.completed_at("c1") is not None
    assert small.completed_at("c1").date().isoformat() == "2025-02-01"  # type: ignore[union-attr]


def test_someone_else_may_not_report(small: Tracker, ev: Make) -> None:
    small.apply(ev("c1", "start", "h1", "2025-01-10"))
    error = refused(small, ev("c1", "report", "h2", "2025-01-11"), "only the lead (h1)")
    assert (error.actor, error.trigger, error.obligation) == ("h2", "report", "c1")
    assert "h2 may not 'report' obligation c1 (state in_progress)" in str(error)


def test_a_trigger_not_allowed_from_the_state_is_refused(small: Tracker, ev: Make) -> None:
    error = refused(small, ev("c1", "report", "h1", "2025-01-10"), "not allowed from 'assigned'")
    assert "allowed: start, cancel, supersede" in error.reason


def test_only_the_issuer_or_report_to_may_accept(small: Tracker, ev: Make) -> None:
    small.apply(ev("c1", "start", "h1", "2025-01-10"))
    small.apply(ev("c1", "report", "h1", "2025-01-20"))
    refused(small, ev("c1", "accept", "h1", "2025-01-21"), "the issuer (ubnd)")
    refused(small, ev("c1", "accept", "office", "2025-01-21"))  # signed it, but not the issuer
    small.apply(ev("c1", "return", "ubnd", "2025-01-22"))
    assert small.state("c1") == "in_progress"
    assert small.completed_at("c1") is None  # returning reopens it


def test_an_event_dated_before_the_previous_one_is_refused(small: Tracker, ev: Make) -> None:
    small.apply(ev("c1", "start", "h1", "2025-01-10"))
    refused(small, ev("c1", "report", "h1", "2025-01-09"), "before the obligation's previous event")


def test_the_same_event_twice_is_a_no_op(small: Tracker, ev: Make) -> None:
    event = ev("c1", "start", "h1", "2025-01-10")
    assert small.apply(event) is not None
    assert small.apply(event) is None
    assert small.replay([event]).duplicates == 1
    assert small.history_size == 1


def test_an_id_reused_for_another_event_is_an_error(small: Tracker, ev: Make) -> None:
    small.apply(ev("c1", "start", "h1", "2025-01-10", eid="x1"))
    other = ev("c2", "start", "h2", "2025-01-10", eid="x1")
    with pytest.raises(EventConflictError, match="obligation 'c1' before, 'c2' now"):
        small.apply(other)
    with pytest.raises(EventConflictError):
        small.replay([other])
    assert small.state("c2") == "assigned"


def test_a_repeated_id_within_one_batch(small: Tracker, ev: Make) -> None:
    a = ev("c1", "start", "h1", "2025-01-10", eid="z2")
    b = ev("c2", "start", "h2", "2025-01-10", eid="z1")
    done = small.replay([a, b, a])  # ids not in order, one repeated: the careful path
    assert done.rows == [0, 1] and done.duplicates == 1
    with pytest.raises(EventConflictError):
        small.replay(
            [
                ev("c3", "start", "h3", "2025-01-10", eid="q"),
                ev("c1", "start", "h1", "2025-01-11", eid="q"),
            ]
        )


def test_a_refused_event_leaves_the_whole_batch_out(small: Tracker, ev: Make) -> None:
    small.apply(ev("c1", "start", "h1", "2025-01-10"))
    before = frozen(small)
    batch = [
        ev("c2", "start", "h2", "2025-01-11"),
        ev("c2", "report", "h2", "2025-01-12"),
        ev("c3", "report", "h3", "2025-01-12"),  # not started: refused
    ]
    with pytest.raises(TransitionRefusedError) as error:
        small.replay(batch)
    assert error.value.event_id == batch[2].id
    assert frozen(small) == before
    small.replay(batch[:2])  # the ids of the failed batch are free to use again
    assert small.state("c2") == "reported"


@pytest.mark.parametrize(
    ("policy", "needed"),
    [(None, 3), ("{mode: all}", 3), ("{mode: any}", 1), ("{mode: k_of_n, k: 2}", 2),
     ("{mode: none}", 0)],
)  # fmt: skip
def test_rollup_policies(policy: str | None, needed: int, ev: Make) -> None:
    tracker = Tracker(loads(small_text(policy)))
    tracker.apply(ev("p", "start", "ubnd", "2025-01-06"))
    for n, child in enumerate(["c1", "c2", "c3"]):
        if n == needed:
            break
        tracker.apply(ev(child, "start", f"h{n + 1}", "2025-01-07"))
        tracker.apply(ev(child, "report", f"h{n + 1}", "2025-01-08"))
    if needed:
        # one child short: refused on both paths
        tracker2 = Tracker(loads(small_text(policy)))
        tracker2.replay(tracker.history()[:-1])
        refused(tracker2, ev("p", "report", "ubnd", "2025-01-09"), f"needs {needed}")
    tracker.apply(ev("p", "report", "ubnd", "2025-01-09"))
    assert tracker.state("p") == "reported"


def test_cancelled_children_are_left_out_of_the_rollup(small: Tracker, ev: Make) -> None:
    small.apply(ev("p", "start", "ubnd", "2025-01-06"))
    for n in (1, 2):
        small.apply(ev(f"c{n}", "start", f"h{n}", "2025-01-07"))
        small.apply(ev(f"c{n}", "report", f"h{n}", "2025-01-08"))
    refused(small, ev("p", "report", "ubnd", "2025-01-09"), "waiting for c3")
    small.apply(ev("c3", "cancel", "ubnd", "2025-01-09"))
    small.apply(ev("p", "report", "ubnd", "2025-01-10"))
    assert small.state("p") == "reported"


def test_children_must_be_completed_by_the_time_of_the_parent_report(
    small: Tracker, ev: Make
) -> None:
    small.apply(ev("p", "start", "ubnd", "2025-01-06"))
    for n in (1, 2, 3):
        small.apply(ev(f"c{n}", "start", f"h{n}", "2025-01-07"))
        small.apply(ev(f"c{n}", "report", f"h{n}", "2025-01-20" if n == 3 else "2025-01-08"))
    # all three are reported now, but c3 only on the 20th: a report dated the 10th is refused
    refused(small, ev("p", "report", "ubnd", "2025-01-10"), "2 of 3 completed by 2025-01-10")
    small.apply(ev("p", "report", "ubnd", "2025-01-21"))


def test_a_successor_acts_after_the_body_ceased(small: Tracker, ev: Make) -> None:
    small.apply(ev("p", "start", "ubnd", "2025-01-06"))
    refused(small, ev("c1", "start", "ubnd", "2025-01-07"), "only the lead (h1)")
    # ubnd is gone after 30 June: it may not act, its successor may
    small.apply(ev("c1", "start", "h1", "2025-01-08"))
    small.apply(ev("c1", "report", "h1", "2025-01-09"))
    refused(small, ev("c1", "accept", "ubnd", "2025-07-02"), "ubnd no longer exists", "ubnd2")
    refused(small, ev("c1", "accept", "ubnd2", "2025-06-20"), "does not exist yet")
    small.apply(ev("c1", "accept", "ubnd2", "2025-07-02"))
    assert small.state("c1") == "accepted"


def test_unknown_ids_are_input_errors(small: Tracker, ev: Make) -> None:
    for event, kind in [
        (ev("nope", "start", "h1", "2025-01-10"), "unknown obligation 'nope'"),
        (ev("c1", "approve", "h1", "2025-01-10"), "unknown trigger 'approve'"),
        (ev("c1", "start", "ghost", "2025-01-10"), "unknown organisation 'ghost'"),
        (ev(None, None, "top", "2025-01-10", milestone="m9"), "unknown milestone 'm9'"),
    ]:
        with pytest.raises(UnknownReferenceError, match=kind):
            small.apply(event)
        with pytest.raises(UnknownReferenceError, match=kind):
            small.replay([event])
    assert small.history_size == 0


def test_milestones_are_recorded_once(small: Tracker, ev: Make) -> None:
    small.apply(ev(None, None, "top", "2026-01-19", milestone="m1"))
    assert small.milestone_at("m1") is not None
    again = ev(None, None, "top", "2026-01-20", milestone="m1")
    with pytest.raises(TransitionRefusedError, match=r"milestone m1 .*already recorded"):
        small.apply(again)
    with pytest.raises(TransitionRefusedError):
        small.replay([again])


def test_an_event_needs_an_obligation_or_a_milestone() -> None:
    with pytest.raises(ValueError, match="needs an obligation and a trigger"):
        Event(id="e", obligation="c1", actor="h1", at="2025-01-01T00:00:00")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="milestone event has no obligation"):
        Event(id="e", obligation="c1", trigger="start", milestone="m1", actor="h1",
              at="2025-01-01T00:00:00")  # type: ignore[arg-type]  # fmt: skip


def test_hooks_see_committed_transitions(small: Tracker, ev: Make) -> None:
    seen: list[tuple[str, str, str]] = []
    remove = small.on_transition(lambda e, old, new: seen.append((e.id, old, new)))
    start = ev("c1", "start", "h1", "2025-01-10")
    small.apply(start)
    with pytest.raises(TransitionRefusedError):
        small.apply(ev("c1", "accept", "h1", "2025-01-11"))
    report = ev("c1", "report", "h1", "2025-01-12")
    small.replay([report])
    assert seen == [(start.id, "assigned", "in_progress"), (report.id, "in_progress", "reported")]
    remove()
    small.apply(ev("c2", "start", "h2", "2025-01-10"))
    assert len(seen) == 2


def test_replaying_the_history_rebuilds_the_same_state(ev: Make) -> None:
    tracker = Tracker.load(SEED)
    tracker.replay(read_events(SEED_EVENTS))
    again = Tracker(tracker.cascade, tracker.lifecycle)
    for event in tracker.history():  # one by one, through transitions
        again.apply(event)
    assert again.states() == tracker.states()
    assert _same_progress(again, tracker)
    assert [e.model_dump() for e in again.history()] == [e.model_dump() for e in tracker.history()]


def _same_progress(a: Tracker, b: Tracker) -> bool:
    pa, pb = a._progress, b._progress
    same_floats = all(
        (math.isnan(x) and math.isnan(y)) or x == y
        for x, y in zip(pa.completed_at, pb.completed_at, strict=True)
    )
    return same_floats and (pa.state, pa.last_at, pa.live, pa.done) == (
        pb.state,
        pb.last_at,
        pb.live,
        pb.done,
    )


def test_snapshot_as_of_equals_a_tracker_fed_until_then() -> None:
    seed = SEED
    batch = read_events(SEED_EVENTS)
    full = Tracker.load(seed)
    full.replay(batch)
    cutoff = batch.at[len(batch) // 2]
    partial = Tracker(full.cascade, full.lifecycle)
    partial.replay(e for e in batch.events() if e.at.timestamp() <= cutoff)
    snap = full.snapshot(cutoff)
    assert snap.state == partial._progress.state
    assert snap.milestone_at == partial._progress.milestone_at


def test_states_written_in_the_file_are_the_starting_point(ev: Make) -> None:
    continuous = "implements: p,\n     deadline: {kind: continuous}"
    text = small_text().replace(continuous, continuous.replace("p,", "p, state: reported,"))
    tracker = Tracker(loads(text))
    assert tracker.state("c3") == "reported"
    assert tracker.completed_at("c3") is None  # no known time
    with pytest.raises(UnknownReferenceError, match="unknown state 'done'"):
        Tracker(loads(text.replace("state: reported", "state: done")))


def test_unknown_obligation_queries(small: Tracker) -> None:
    with pytest.raises(UnknownReferenceError):
        small.state("nope")
    with pytest.raises(InputError):
        small.history("nope")


def test_coordinator_and_via_roles_on_both_paths(tmp_path: Path, ev: Make) -> None:
    lifecycle = tmp_path / "lifecycles" / "helped.yaml"
    lifecycle.parent.mkdir()
    lifecycle.write_text(
        "format: lifecycle/1\nid: helped\nname: Có phối hợp\nstates:\n"
        "  - {id: open, name: Mở, initial: true}\n"
        "  - {id: done, name: Xong, completed: true, final: true}\n"
        "triggers:\n  - {id: finish, name: Hoàn thành}\n"
        "transitions:\n  - {trigger: finish, source: [open], dest: done, by: [coordinator, via]}\n",
        encoding="utf-8",
    )
    cascade = tmp_path / "c.yaml"
    cascade.write_text(small_text(lifecycle="helped"), encoding="utf-8")
    single, bulk = Tracker.load(cascade), Tracker.load(cascade)
    assert single.lifecycle.name == "helped"
    good = [ev("c1", "finish", "so", "2025-01-10"), ev("c2", "finish", "so", "2025-01-10")]
    for event in good:
        single.apply(event)
    bulk.replay(good)
    assert single.states() == bulk.states()
    assert single.state("c1") == single.state("c2") == "done"
    refused(single, ev("c3", "finish", "so", "2025-01-10"), "may 'finish' it")
    assert EventBatch.from_events(good).ids == [e.id for e in good]


def test_the_custom_eoffice_lifecycle_drives_the_seed(tmp_path: Path, ev: Make) -> None:
    root = ROOT / "workflows"
    (tmp_path / "lifecycles").mkdir()
    (tmp_path / "lifecycles" / "eoffice.yaml").write_bytes(
        (root / "lifecycles" / "eoffice.yaml").read_bytes()
    )
    text = (root / "kien-giang-xiv-congress.yaml").read_text(encoding="utf-8")
    seed = tmp_path / "seed.yaml"
    seed.write_text(text.replace("lifecycle: default", "lifecycle: eoffice"), encoding="utf-8")
    tracker = Tracker.load(seed)
    assert tracker.lifecycle.name == "eoffice"
    ob = "1.4"
    refused(tracker, ev(ob, "start", "dai-ptth", "2025-01-10"), "allowed: receive, cancel")
    for trigger, actor, day in [("receive", "dai-ptth", "2025-01-10"),
                                ("start", "dai-ptth", "2025-01-11"),
                                ("report", "dai-ptth", "2025-02-01"),
                                ("approve", "so-tttt", "2025-02-03")]:  # fmt: skip
        tracker.apply(ev(ob, trigger, actor, day))
    assert tracker.state(ob) == "approved"
