"""Helpers for test authors: assert that a cascade is valid, that a rule fires, or
that the engine would allow (or refuse) a transition.

::

    from cascade.testing import assert_transition_allowed, assert_valid

    def test_our_workflow_is_sound():
        assert_valid("workflows/our-plan.yaml")

    def test_the_newspaper_may_start():
        assert_transition_allowed("workflows/our-plan.yaml", "1.1", "start", "bao-kien-giang")

Failures list every finding as ``path:line:col: CODE message``, or say who may
not do what and why. The transition helpers never change a tracker they are given.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from cascade.errors import TransitionRefusedError
from cascade.event_batch import EventBatch
from cascade.model import Cascade, CascadeFile, Event
from cascade.rules.base import Severity
from cascade.rules.config import Config, find_config, load_config
from cascade.rules.runner import FileReport, Finding, StateSource, validate

if TYPE_CHECKING:
    from cascade.engine.tracker import Tracker

__all__ = [
    "assert_finding",
    "assert_transition_allowed",
    "assert_transition_refused",
    "assert_valid",
]

CascadeLike = Cascade | CascadeFile | str | Path
Events = str | Path | EventBatch | Iterable[Event]


def _config(cascade: CascadeLike, config: Config | None) -> Config:
    if config is not None:
        return config
    if isinstance(cascade, str | Path):
        found = find_config(Path(cascade))
        if found is not None:
            return load_config(found)
    return Config()


def _lines(findings: list[Finding]) -> str:
    return "\n".join(f"  {f} [{f.severity}]" for f in findings)


def assert_valid(
    cascade: CascadeLike,
    *,
    config: Config | None = None,
    fail_on: Severity | str | None = None,
    state: StateSource | None = None,
) -> FileReport:
    """Fail unless ``cascade`` has no finding at or above ``fail_on`` (default: error).

    ``cascade`` is a file path or a model. Without ``config``, a file's
    configuration is found as ``cascade validate`` finds it. Returns the report,
    for further checks on what is below the threshold.
    """
    chosen = _config(cascade, config)
    threshold = Severity(fail_on) if fail_on is not None else chosen.fail_on
    report = validate(cascade, chosen, state)
    if report.error is not None:
        raise AssertionError(f"the cascade cannot be validated:\n{report.error}")
    failing = [f for f in report.findings if f.severity.rank >= threshold.rank]
    if failing:
        raise AssertionError(
            f"{len(failing)} finding(s) at or above {threshold}:\n{_lines(failing)}"
        )
    return report


def assert_finding(
    cascade: CascadeLike,
    rule: str,
    *,
    line: int | None = None,
    config: Config | None = None,
    state: StateSource | None = None,
) -> list[Finding]:
    """Fail unless rule ``rule`` (id or name) fires on ``cascade`` (on ``line``, if given).

    For authors of custom rules: check that a fixture triggers the rule where
    it should. The strict preset is used unless ``config`` is given, so rules
    outside the recommended preset run too.
    """
    report = validate(cascade, config or Config(preset="strict"), state)
    if report.error is not None:
        raise AssertionError(f"the cascade cannot be validated:\n{report.error}")
    found = [f for f in report.findings if rule in (f.rule.id, f.rule.name)]
    if line is not None:
        found = [f for f in found if f.position.line == line]
    if not found:
        where = f" on line {line}" if line is not None else ""
        others = _lines(report.findings) or "  (none)"
        raise AssertionError(f"rule {rule} did not fire{where}; findings were:\n{others}")
    return found


def assert_transition_allowed(
    cascade_or_tracker: Tracker | Cascade | str | Path,
    obligation: str,
    trigger: str,
    actor: str,
    at: dt.datetime | None = None,
    events: Events | None = None,
) -> str:
    """Fail unless ``actor`` may fire ``trigger`` on ``obligation`` at ``at``.

    ``cascade_or_tracker`` is a cascade file (its lifecycle resolved next to it), a
    :class:`~cascade.model.Cascade` or a :class:`~cascade.engine.tracker.Tracker`;
    ``events`` (an events file, a batch or events) are replayed first, on a copy
    when a tracker is given. ``at`` defaults to now (a time without an offset is
    Vietnam time); give it for a test that must not depend on the day it runs.
    The engine's guards decide (:meth:`~cascade.engine.tracker.Tracker.check`); nothing
    is committed. Returns the state the obligation would move to.
    """
    tracker, event = _attempt(cascade_or_tracker, obligation, trigger, actor, at, events)
    refusal = tracker.check(event)
    if refusal is not None:
        raise AssertionError(f"expected the transition to be allowed: {_said(refusal, event)}")
    return tracker.lifecycle.fire(tracker.state(obligation), trigger)


def assert_transition_refused(
    cascade_or_tracker: Tracker | Cascade | str | Path,
    obligation: str,
    trigger: str,
    actor: str,
    at: dt.datetime | None = None,
    events: Events | None = None,
    reason_contains: str | None = None,
) -> TransitionRefusedError:
    """Fail unless the engine refuses ``actor`` firing ``trigger`` on ``obligation``
    (and, with ``reason_contains``, says so in its reason); see
    :func:`assert_transition_allowed` for the arguments. An unknown obligation,
    trigger or actor is not a refusal: its error is raised. Returns the refusal.
    """
    tracker, event = _attempt(cascade_or_tracker, obligation, trigger, actor, at, events)
    refusal = tracker.check(event)
    if refusal is None:
        new = tracker.lifecycle.fire(tracker.state(obligation), trigger)
        raise AssertionError(
            f"expected a refusal, but {actor} may {trigger!r} obligation {obligation} at "
            f"{event.at.isoformat()} (state {tracker.state(obligation)} → {new})"
        )
    if reason_contains is not None and reason_contains not in refusal.reason:
        raise AssertionError(
            f"refused, but the reason does not contain {reason_contains!r}: {_said(refusal, event)}"
        )
    return refusal


def _attempt(
    subject: Tracker | Cascade | str | Path,
    obligation: str,
    trigger: str,
    actor: str,
    at: dt.datetime | None,
    events: Events | None,
) -> tuple[Tracker, Event]:
    """The tracker to ask (a copy if events must be replayed on the caller's) and the event."""
    from cascade.clock import now
    from cascade.engine.tracker import Tracker
    from cascade.files.events_read import read_events

    if isinstance(subject, Tracker):
        tracker = subject
        if events is not None:  # replay the caller's history into a copy, then the events
            tracker = Tracker(subject.cascade, subject.lifecycle)
            tracker.replay(subject.history())
    elif isinstance(subject, str | Path):
        tracker = Tracker.load(subject)
    else:
        tracker = Tracker(subject)
    if events is not None:
        tracker.replay(read_events(events) if isinstance(events, str | Path) else events)
    event = Event(
        id=f"check-{uuid.uuid4().hex}",  # never in a history
        obligation=obligation,
        trigger=trigger,
        actor=actor,
        at=at or now(),
    )
    return tracker, event


def _said(refusal: TransitionRefusedError, event: Event) -> str:
    return (
        f"{refusal.actor} may not {refusal.trigger!r} obligation {refusal.obligation} "
        f"(state {refusal.state}) at {event.at.isoformat()}: {refusal.reason}"
    )
