"""``assert_transition_allowed`` and ``assert_transition_refused`` (cascade.testing)."""

from __future__ import annotations

import datetime as dt

import pytest

from cascade.engine.tracker import Tracker
from cascade.errors import TransitionRefusedError, UnknownReferenceError
from cascade.files.loader import loads
from cascade.testing import assert_transition_allowed, assert_transition_refused
from support import LIFE, SEED, SEED_EVENTS, events, small_text

APRIL = dt.datetime(2026, 4, 2, 9)


def test_the_radio_may_report_its_website_task_after_the_seed_events() -> None:
    new = assert_transition_allowed(SEED, "1.4", "report", "dai-ptth", APRIL, SEED_EVENTS)
    assert new == "reported"


def test_without_the_events_the_task_has_not_started() -> None:
    refusal = assert_transition_refused(
        SEED, "1.4", "report", "dai-ptth", APRIL, reason_contains="not allowed from 'assigned'"
    )
    assert isinstance(refusal, TransitionRefusedError) and refusal.state == "assigned"


def test_only_the_lead_may_report() -> None:
    assert_transition_refused(
        SEED,
        "1.4",
        "report",
        "bao-kien-giang",
        APRIL,
        SEED_EVENTS,
        reason_contains="only the lead (dai-ptth)",
    )


def test_allowed_fails_with_the_engines_reason() -> None:
    with pytest.raises(AssertionError) as info:
        assert_transition_allowed(SEED, "1.4", "accept", "ubnd-tinh", APRIL, SEED_EVENTS)
    message = str(info.value)
    assert message.startswith("expected the transition to be allowed: ubnd-tinh may not 'accept'")
    assert "(state in_progress) at 2026-04-02T09:00:00" in message
    assert "'accept' is not allowed from 'in_progress'" in message


def test_refused_fails_when_the_engine_allows_it() -> None:
    with pytest.raises(
        AssertionError,
        match=r"expected a refusal, but dai-ptth may 'report'.*"
        r"in_progress → reported",
    ):
        assert_transition_refused(SEED, "1.4", "report", "dai-ptth", APRIL, SEED_EVENTS)


def test_refused_fails_on_another_reason() -> None:
    with pytest.raises(AssertionError, match="does not contain 'roll-up'"):
        assert_transition_refused(
            SEED, "1.4", "accept", "dai-ptth", APRIL, SEED_EVENTS, reason_contains="roll-up"
        )


def test_an_unknown_actor_is_an_error_not_a_refusal() -> None:
    with pytest.raises(UnknownReferenceError, match="nobody"):
        assert_transition_refused(SEED, "1.4", "report", "nobody", APRIL, SEED_EVENTS)


def test_a_tracker_is_asked_and_left_as_it_was() -> None:
    tracker = Tracker(loads(small_text()))
    tracker.replay(events(LIFE[:4]))
    before = tracker.states(), tracker.history_size
    at = dt.datetime(2025, 1, 20, 9)
    assert assert_transition_allowed(tracker, "c1", "report", "h1", at) == "reported"
    assert_transition_refused(
        tracker, "p", "report", "ubnd", at, reason_contains="its children from cv are not done"
    )
    # with events: replayed on a copy, so p may report once its children have
    assert (
        assert_transition_allowed(
            tracker,
            "p",
            "report",
            "ubnd",
            dt.datetime(2025, 3, 1, 9),
            events=events(LIFE[4:7], prefix="x"),
        )
        == "reported"
    )
    assert (tracker.states(), tracker.history_size) == before


def test_a_successor_acts_for_a_body_that_ceased() -> None:
    # ubnd ceased on 2025-06-30; ubnd2 succeeds it
    cascade = loads(small_text())
    after = dt.datetime(2025, 7, 10, 9)
    assert_transition_refused(
        cascade, "p", "start", "ubnd", after, reason_contains="ubnd no longer exists on 2025-07-10"
    )
    assert assert_transition_allowed(cascade, "p", "start", "ubnd2", after) == "in_progress"
    assert_transition_refused(
        cascade,
        "p",
        "start",
        "ubnd2",
        dt.datetime(2025, 6, 1, 9),
        reason_contains="ubnd2 does not exist yet",
    )


def test_at_defaults_to_now() -> None:
    # the radio (no end date) reporting after the seed's events: allowed on any day from now
    assert assert_transition_allowed(SEED, "1.4", "report", "dai-ptth", events=SEED_EVENTS)
    # a date before the radio started (2025-02-10) is refused
    assert_transition_refused(
        SEED,
        "1.4",
        "report",
        "dai-ptth",
        dt.datetime(2025, 2, 1),
        events=SEED_EVENTS,
        reason_contains="before the obligation's previous",
    )
