"""The engine over amendments: guards and status read what was in force at each time."""

from __future__ import annotations

import datetime as dt

import pytest

from cascade.engine.status import status
from cascade.engine.tracker import Tracker
from cascade.errors import TransitionRefusedError
from cascade.files.loader import loads
from support import LIFE, events, small_text

D = dt.date.fromisoformat

EXTENSION = """amendments:
  - {id: gh, kind: extend, document: cv, effective: 2025-03-05, obligations: [c1],
     deadline: {kind: absolute, due: 2025-04-30}}
"""


def counts(tracker: Tracker, day: str, by: str | None = None) -> dict[str, object]:
    return status(tracker, D(day), by=by).as_dict()  # type: ignore[arg-type]


def test_an_extension_leaves_every_earlier_figure_as_it_was() -> None:
    rows = [("c1", "start", "h1", "2025-01-07"), ("c1", "report", "h1", "2025-04-10")]
    before, after = Tracker(loads(small_text())), Tracker(loads(small_text() + EXTENSION))
    for tracker in (before, after):
        tracker.replay(events(rows))
    days = [D("2025-01-01") + dt.timedelta(days=k) for k in range(0, 160, 3)]
    changed = [d for d in days if status(before, d).as_dict() != status(after, d).as_dict()]
    assert changed and min(changed) >= D("2025-03-05")
    # overdue from 1 March to 4 March as first written; within the new deadline from 5 March
    assert counts(after, "2025-03-04")["total"]["overdue"] == 1  # type: ignore[index]
    assert counts(after, "2025-03-05")["total"]["overdue"] == 0  # type: ignore[index]
    # the report of 10 April is judged by the deadline in force then: on time
    assert counts(after, "2025-05-01")["total"]["completed_on_time"] == 1  # type: ignore[index]
    assert counts(before, "2025-05-01")["total"]["completed_late"] == 1  # type: ignore[index]


def test_a_report_made_before_an_extension_keeps_its_lateness() -> None:
    rows = [("c1", "start", "h1", "2025-01-07"), ("c1", "report", "h1", "2025-03-02")]
    tracker = Tracker(loads(small_text() + EXTENSION))
    tracker.replay(events(rows))
    assert counts(tracker, "2025-06-01")["total"]["completed_late"] == 1  # type: ignore[index]


REASSIGN = """amendments:
  - {id: giao-lai, kind: reassign, document: cv, effective: 2025-02-01, obligations: [c1],
     lead: h2}
"""


def test_after_a_reassignment_only_the_new_lead_acts() -> None:
    tracker = Tracker(loads(small_text() + REASSIGN))
    tracker.apply(events([("c1", "start", "h1", "2025-01-20")])[0])  # before: h1 leads
    with pytest.raises(TransitionRefusedError, match=r"only the lead \(h2\)"):
        tracker.apply(events([("c1", "report", "h1", "2025-02-03")], "x")[0])
    tracker.apply(events([("c1", "report", "h2", "2025-02-03")], "y")[0])
    assert tracker.state("c1") == "reported"


def test_the_bulk_path_and_the_single_path_agree_on_amended_obligations() -> None:
    rows = [*LIFE[:4], ("c1", "report", "h2", "2025-02-10"), *LIFE[5:]]
    one, bulk = Tracker(loads(small_text() + REASSIGN)), Tracker(loads(small_text() + REASSIGN))
    for event in events(rows):
        one.apply(event)
    bulk.replay(events(rows))
    assert one.states() == bulk.states()
    refused = [*LIFE[:4], ("c1", "report", "h1", "2025-02-10")]
    with pytest.raises(TransitionRefusedError, match="only the lead"):
        Tracker(loads(small_text() + REASSIGN)).replay(events(refused))


TRANSFER = """amendments:
  - {id: sap-nhap, kind: transfer, document: cv, effective: 2025-07-01, organisation: h3,
     successor: h2}
"""


def test_status_counts_an_obligation_for_whoever_held_it_then() -> None:
    rows = [("c1", "start", "h1", "2025-01-07"), ("c1", "report", "h1", "2025-02-10")]
    tracker = Tracker(loads(small_text() + TRANSFER.replace("h3,", "h1,")))
    tracker.replay(events(rows))
    tracker.apply(events([("c3", "start", "h3", "2025-03-01")], "x")[0])

    def held(day: str) -> dict[str, int]:
        groups = counts(tracker, day, "organisation")["groups"]
        return {g["id"]: g["total"] for g in groups}  # type: ignore[index, union-attr]

    # c1, reported by h1 in February, stays h1's after h1's obligations pass to h2
    assert held("2025-06-30") == {"ubnd": 1, "h1": 1, "h2": 1, "h3": 1}
    assert held("2025-07-01") == {"ubnd": 1, "h1": 1, "h2": 1, "h3": 1}
    tracker2 = Tracker(loads(small_text() + TRANSFER))
    tracker2.apply(events([("c3", "start", "h3", "2025-03-01")])[0])
    groups = counts(tracker2, "2025-07-01", "organisation")["groups"]
    assert {g["id"]: g["total"] for g in groups} == {"ubnd": 1, "h1": 1, "h2": 2}  # type: ignore[index]
    with pytest.raises(TransitionRefusedError, match=r"only the lead \(h2\)"):
        tracker2.apply(events([("c3", "report", "h3", "2025-07-02")], "y")[0])


ADD_WITHDRAW = """  - {id: c4, document: cv, lead: h1, action: Bổ sung, implements: p,
     deadline: {kind: absolute, due: 2025-05-31}}
amendments:
  - {id: them, kind: add, document: cv, effective: 2025-03-01, obligations: [c4]}
  - {id: rut, kind: withdraw, document: cv, effective: 2025-04-01, obligations: [c3, c1]}
"""


def test_added_obligations_count_from_their_day_and_withdrawn_ones_close() -> None:
    tracker = Tracker(loads(small_text() + ADD_WITHDRAW))
    tracker.replay(
        events([("c1", "start", "h1", "2025-01-07"), ("c1", "report", "h1", "2025-02-20")])
    )
    assert counts(tracker, "2025-02-28")["total"]["total"] == 4  # type: ignore[index]
    assert counts(tracker, "2025-03-01")["total"]["total"] == 5  # type: ignore[index]
    april = counts(tracker, "2025-04-01")["total"]
    assert april["closed"] == 1 and april["completed_on_time"] == 1  # type: ignore[index]
    with pytest.raises(TransitionRefusedError, match="not in force before 2025-03-01"):
        tracker.apply(events([("c4", "start", "h1", "2025-02-15")], "x")[0])
    with pytest.raises(TransitionRefusedError, match="withdrawn on 2025-04-01"):
        tracker.apply(events([("c3", "start", "h3", "2025-04-02")], "y")[0])
    tracker.apply(events([("c4", "start", "h1", "2025-03-02")], "z")[0])
