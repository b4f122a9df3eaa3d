"""Several report lines per obligation ("báo cáo về Bộ LĐTBXH, UBND tỉnh"), routing kept."""

from __future__ import annotations

import pytest

from cascade.engine.tracker import Tracker
from cascade.errors import CascadeFileError, TransitionRefusedError
from cascade.files.loader import loads
from cascade.rules import Validator
from support import events, run, small_text

# c1 reports to the district h2 (through the department), and to the province
LINES = small_text().replace(
    "lead: h1, coordinators: [so],",
    "lead: h1, coordinators: [so], report_to: [{to: h2, via: so}, ubnd],",
)


def test_a_list_is_the_first_line_and_the_others() -> None:
    c1 = loads(LINES).obligation("c1")
    assert (c1.report_to, c1.via) == ("h2", "so")
    assert [(line.to, line.via) for line in c1.also_report_to] == [("ubnd", None)]
    assert [line.to for line in loads(LINES).report_lines(c1)] == ["h2", "ubnd"]


def test_every_report_line_may_accept_the_report() -> None:
    rows = [("c1", "start", "h1", "2025-01-07"), ("c1", "report", "h1", "2025-02-10")]
    for body in ("h2", "ubnd"):
        tracker = Tracker(loads(LINES))
        tracker.replay(events([*rows, ("c1", "accept", body, "2025-02-12")]))
        assert tracker.state("c1") == "accepted"
    with pytest.raises(TransitionRefusedError, match="report-to body"):
        Tracker(loads(LINES)).replay(events([*rows, ("c1", "accept", "h3", "2025-02-12")]))


def test_one_line_reaching_the_body_owed_the_report_is_enough() -> None:
    # c1 implements p, held by ubnd: its second line goes there
    assert not [f for f in Validator().validate(loads(LINES)).findings if f.code == "CAS206"]
    lost = LINES.replace("report_to: [{to: h2, via: so}, ubnd],", "report_to: [top, ubnd2],")
    found = [f for f in Validator().validate(loads(lost)).findings if f.code == "CAS206"]
    assert [f.obligation for f in found] == ["c1"]


def test_a_line_naming_nothing_is_refused_with_its_place() -> None:
    with pytest.raises(CascadeFileError, match="unknown organisation 'bo-ldtbxh'"):
        loads(LINES.replace("{to: h2, via: so}, ubnd", "h2, bo-ldtbxh"))


def test_show_lists_every_line_with_its_route(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "lines.yaml"
    path.write_text(LINES, encoding="utf-8")
    out = run("show", path).stdout
    assert "reports to Huyện 2 via Sở, UBND tỉnh" in " ".join(out.split())
