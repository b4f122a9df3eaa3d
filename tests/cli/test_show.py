"""``cascade show --events --as-of``: each organisation's obligations by bucket."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from cascade.engine.status import LABELS, status
from cascade.engine.tracker import Tracker
from support import SEED, SEED_EVENTS, run


def org_lines(output: str) -> dict[str, str]:
    """Each organisation's line of the tree (wrapped lines joined), by name."""
    text = re.sub(r"\n[│ ]+(?=[^├└│ ])", " ", output)  # undo rich's wrapping
    return {m[1]: m[2] for m in re.finditer(r"[├└]── (.+?) \(\d+\)  (.*)", text)}


def test_each_organisation_is_counted_by_bucket_as_status_counts_it() -> None:
    result = run("show", SEED, "--events", SEED_EVENTS, "--as-of", "2026-03-31")
    assert result.exit_code == 0, result.output
    assert "Tình trạng đến ngày 31/03/2026 / Status as of 2026-03-31" in result.stdout
    lines = org_lines(result.stdout)
    tracker = Tracker.load(SEED, SEED_EVENTS)
    groups = status(tracker, dt.date(2026, 3, 31), by="organisation").groups
    assert {g.name for g in groups} == set(lines)
    for group in groups:
        expected = " · ".join(
            f"{vi} / {en} {n}"
            for (vi, en), n in zip(LABELS.values(), group.counts.as_tuple(), strict=True)
            if n
        )
        assert re.sub(r"\s+", " ", lines[group.name]).strip() == expected


def test_each_obligation_shows_its_state_and_bucket() -> None:
    out = run("show", SEED, "--events", SEED_EVENTS, "--as-of", "2026-03-31").stdout
    text = re.sub(r"\s+", " ", re.sub(r"[│├└─]", " ", out))
    assert "reports to Sở Thông tin và Truyền thông tỉnh Kiên Giang · assigned (overdue)" in text
    assert "in_progress (open within deadline)" in text  # a continuous deadline


def test_without_events_or_as_of_show_is_unchanged() -> None:
    out = run("show", SEED).stdout
    assert "Status as of" not in out and "(overdue)" not in out


def test_bad_input(tmp_path: Path) -> None:
    missing = run("show", SEED, "--events", tmp_path / "nope.jsonl")
    assert missing.exit_code == 2
    assert missing.stderr == f"{tmp_path / 'nope.jsonl'}: no such events file\n"
    bad_day = run("show", SEED, "--as-of", "2026-13-01")
    assert bad_day.exit_code == 2 and "Invalid value for '--as-of'" in bad_day.stderr


def test_before_the_congress_nothing_is_overdue() -> None:
    out = run("show", SEED, "--events", SEED_EVENTS, "--as-of", "2025-03-31").stdout
    assert "(open within deadline)" in out
    assert "(overdue)" not in out and "quá hạn / Not completed, overdue" not in out
