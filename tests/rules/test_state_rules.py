"""The state rules (CAS6xx) on the engine's state: ``cascade validate --events --as-of``,
``validate(..., events=, as_of=)`` and the Tracker → StateView adapter."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from cascade.engine.status import status
from cascade.engine.tracker import Tracker
from cascade.errors import InputError, TransitionRefusedError
from cascade.files.loader import loads
from cascade.rules import Bucket, StateView, validate
from cascade.rules.state_adapter import state_view
from support import LIFE, SEED, SEED_EVENTS, WriteSmall, events, run, small_text

# the small cascade, with the party committee's plan requesting (not assigning) p
SMALL = small_text().replace("lead: ubnd, action:", "lead: ubnd, force: request, action:")


def codes(output: str) -> Counter[str]:
    """How many findings of each rule a concise report has."""
    return Counter(line.split(": ")[1].split()[0] for line in output.splitlines() if line)


@pytest.mark.parametrize("day", ["2025-03-31", "2026-01-31", "2026-03-31"])
def test_overdue_findings_are_the_engines_overdue_bucket(day: str) -> None:
    result = run("validate", SEED, "--events", SEED_EVENTS, "--as-of", day)
    assert result.exit_code == 0, result.output  # CAS602 is a warning
    tracker = Tracker.load(SEED, SEED_EVENTS)
    expected = status(tracker, dt.date.fromisoformat(day)).total.overdue
    assert codes(result.stdout)["CAS602"] == expected
    assert f"overdue as of {day}" in result.stdout or expected == 0


def test_overdue_findings_name_the_holder_and_the_deadline_line() -> None:
    result = run("validate", SEED, "--events", SEED_EVENTS, "--as-of", "2026-03-31",
                 "--format", "json")  # fmt: skip
    data = json.loads(result.stdout)
    overdue = [f for f in data["findings"] if f["rule"] == "CAS602"]
    first = overdue[0]
    assert first["obligation"] == "kh251.trien-khai" and first["path"][-1] == "deadline"
    assert "Ủy ban nhân dân tỉnh Kiên Giang" in first["message"]  # Vietnamese intact
    # the health department's website report of 10 February 2026 was late, not overdue
    assert "1.4" in [f["obligation"] for f in overdue]
    assert "2.so-nganh@so-y-te" not in [f["obligation"] for f in overdue]


def test_fail_on_warning_makes_overdue_fail() -> None:
    args = ("validate", SEED, "--events", SEED_EVENTS, "--as-of", "2026-03-31")
    assert run(*args, "--fail-on", "warning").exit_code == 1
    before_congress = ("validate", SEED, "--events", SEED_EVENTS, "--as-of", "2025-03-31")
    assert run(*before_congress, "--fail-on", "warning").exit_code == 0


def test_without_events_or_as_of_the_state_rules_do_not_run() -> None:
    result = run("validate", SEED)
    assert result.exit_code == 0 and "CAS6" not in result.stdout


def test_as_of_alone_checks_the_states_written_in_the_file(tmp_path: Path) -> None:
    text = SMALL.replace("force: request,", "force: request, state: reported,")
    cascade = tmp_path / "written.yaml"
    cascade.write_text(text, encoding="utf-8")
    result = run("validate", cascade, "--as-of", "2025-03-01")
    assert result.exit_code == 1, result.output
    assert "CAS601 obligation 'p' is reported (state 'reported') while 3 of its 3" in result.stdout
    assert "CAS601" not in run("validate", cascade).stdout


def test_a_returned_report_leaves_the_parent_reported_over_an_open_child(
    write_small: WriteSmall,
) -> None:
    cascade, path = write_small([*LIFE, ("c1", "return", "ubnd", "2025-03-05")], SMALL)
    result = run("validate", cascade, "--events", path, "--as-of", "2025-03-10")
    assert result.exit_code == 1, result.output
    assert codes(result.stdout) == {"CAS601": 1, "CAS602": 1}  # c1 is also overdue
    assert (
        "CAS601 obligation 'p' is reported (state 'reported') while 1 of its 3 child "
        "obligations are still open: 'c1'" in result.stdout
    )
    # the day before the return, all was well
    assert run("validate", cascade, "--events", path, "--as-of", "2025-03-04").exit_code == 0


def test_a_cancelled_child_is_not_waited_for(write_small: WriteSmall) -> None:
    cancel = ("c3", "cancel", "ubnd", "2025-02-12")
    rows = [*LIFE[:5], ("c2", "report", "h2", "2025-02-11"), cancel, LIFE[-1]]
    cascade, path = write_small(rows, SMALL)
    result = run("validate", cascade, "--events", path, "--as-of", "2025-03-10")
    assert result.exit_code == 0, result.output  # the engine let p report; so does CAS601
    assert "CAS601" not in result.stdout


def test_a_refused_event_is_unusable_input_named_like_status(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        SEED_EVENTS.read_text(encoding="utf-8")
        + '{"id": "x1", "obligation": "1.4", "trigger": "accept", "actor": "dai-ptth", '
        '"at": "2026-03-01T08:00:00+07:00"}\n',
        encoding="utf-8",
    )
    result = run("validate", SEED, "--events", bad)
    assert result.exit_code == 2
    message = f"error: {bad}:70: event x1: dai-ptth may not 'accept' obligation 1.4"
    assert message in result.stderr and "not allowed from 'in_progress'" in result.stderr
    assert run("status", SEED, "--events", bad).stderr == result.stderr


def test_a_missing_events_file_is_named(tmp_path: Path) -> None:
    result = run("validate", SEED, "--events", tmp_path / "nope.jsonl")
    assert result.exit_code == 2
    assert result.stderr == f"{tmp_path / 'nope.jsonl'}: no such events file\n"


def test_a_malformed_events_file_points_at_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "e1", "obligation": "p", "trigger": "start"}\n', encoding="utf-8")
    result = run("validate", SEED, "--events", bad)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{bad}:1:")
    assert "Traceback" not in result.output


@pytest.mark.parametrize("day", ["2026-02-30", "31/03/2026", "yesterday"])
def test_a_bad_as_of_is_a_usage_error(day: str) -> None:
    result = run("validate", SEED, "--as-of", day)
    assert result.exit_code == 2
    assert "Invalid value for '--as-of'" in result.stderr


def test_events_go_with_one_cascade_file() -> None:
    result = run("validate", SEED.parent, "--events", SEED_EVENTS)
    assert result.exit_code == 2
    assert "--events belongs to one cascade; 2 files given" in result.stderr


def test_broken_references_stop_before_the_events_are_replayed(tmp_path: Path) -> None:
    cascade = tmp_path / "broken.yaml"
    cascade.write_text(SMALL.replace("lead: h3,", "lead: h9,"), encoding="utf-8")
    refused = tmp_path / "refused.jsonl"  # would be refused (accept before any report)
    refused.write_text(
        '{"id": "e1", "obligation": "p", "trigger": "accept", "actor": "top", '
        '"at": "2025-01-10T09:00:00"}\n',
        encoding="utf-8",
    )
    result = run("validate", cascade, "--events", refused)
    assert result.exit_code == 1  # the findings, not unusable input
    assert "CAS101" in result.stdout and "references are broken" in result.stderr


# --- the Python API ----------------------------------------------------------------


def test_validate_takes_events_and_as_of() -> None:
    day = dt.date(2026, 3, 31)
    report = validate(SEED, events=SEED_EVENTS, as_of=day)
    tracker = Tracker.load(SEED, SEED_EVENTS)
    overdue = [f.obligation for f in report.findings if f.code == "CAS602"]
    assert len(overdue) == status(tracker, day).total.overdue
    # the same from a state built by hand from the tracker
    by_hand = validate(SEED, state=state_view(tracker, day))
    assert [f.obligation for f in by_hand.findings if f.code == "CAS602"] == overdue


def test_validate_a_model_with_events_in_memory() -> None:
    cascade = loads(SMALL)
    returned = events([*LIFE, ("c1", "return", "ubnd", "2025-03-05")])
    report = validate(cascade, events=returned, as_of=dt.date(2025, 3, 10))
    # p reported over c1, whose report was returned; c1 was due on 2025-02-28
    found = [(f.code, f.obligation) for f in report.findings]
    assert found == [("CAS601", "p"), ("CAS602", "c1")]


def test_validate_refuses_state_with_events() -> None:
    view = StateView(dt.date(2025, 1, 1), {}, {})
    with pytest.raises(InputError, match="not both"):
        validate(SEED, state=view, events=SEED_EVENTS)


def test_validate_raises_the_refusal() -> None:
    with pytest.raises(TransitionRefusedError, match="only the lead"):
        validate(loads(small_text()), events=events([("p", "start", "h1", "2025-01-06")]))


def test_state_view_is_the_state_as_of_the_day_not_now() -> None:
    tracker = Tracker(loads(small_text()))
    tracker.replay(events([*LIFE, ("c3", "supersede", "ubnd", "2025-03-02")]))
    early = state_view(tracker, dt.date(2025, 1, 6))
    late = state_view(tracker, dt.date(2025, 4, 1))
    assert early.states == {"p": "in_progress", "c1": "assigned", "c2": "assigned",
                            "c3": "assigned"}  # fmt: skip
    assert late.states["p"] == "reported" and late.states["c3"] == "superseded"
    assert late.closed == {"c3"} and "c3" not in late.buckets and early.closed == frozenset()
    # c1 was due 2025-02-28 and reported on 2025-02-10; p was due 2025-03-31
    assert (
        late.buckets["c1"] is Bucket.COMPLETED_ON_TIME
        and late.buckets["p"] is Bucket.COMPLETED_ON_TIME
    )
    assert early.buckets["c1"] is Bucket.OPEN_WITHIN_DEADLINE
    assert state_view(tracker, dt.date(2025, 3, 1)).as_of == dt.date(2025, 3, 1)


def test_state_view_buckets_agree_with_the_engines_counts() -> None:
    tracker = Tracker.load(SEED, SEED_EVENTS)
    for day in (dt.date(2025, 3, 31), dt.date(2026, 1, 31), dt.date(2026, 3, 31)):
        view = state_view(tracker, day)
        counted = Counter(view.buckets.values())
        total = status(tracker, day).total
        assert counted[Bucket.COMPLETED_ON_TIME] == total.completed_on_time
        assert counted[Bucket.COMPLETED_LATE] == total.completed_late
        assert counted[Bucket.OPEN_WITHIN_DEADLINE] == total.open_within_deadline
        assert counted[Bucket.OVERDUE] == total.overdue
        assert len(view.closed) == total.closed


def test_an_unknown_lifecycle_is_placed_at_the_header(tmp_path: Path) -> None:
    cascade = tmp_path / "nosuch.yaml"
    cascade.write_text(SMALL.replace("lifecycle: default", "lifecycle: nosuch"), encoding="utf-8")
    line = next(n for n, text in enumerate(cascade.read_text().splitlines(), 1) if "nosuch" in text)
    result = run("validate", cascade, "--as-of", "2025-03-01")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{cascade}:{line}:")
    assert "unknown lifecycle 'nosuch'" in result.stderr
    assert run("validate", cascade).exit_code == 0  # the lifecycle matters to the state only
