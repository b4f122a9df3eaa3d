"""``cascade due``: what is overdue and what falls due, as a table, JSON, CSV and iCalendar."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest

from cascade.engine.status import BUCKETS, buckets
from cascade.engine.tracker import Tracker
from cascade.files.loader import loads
from cascade.report.due import due_list
from report import AS_OF, run_seed
from support import SEED, SEED_EVENTS, run

# One lead per kind of deadline, as of 2025-06-10; "done" reported on time.
DEADLINES = """
format: cascade/1
cascade: {id: hạn, title: Các loại thời hạn, title_en: Kinds of deadline}
milestones:
  - {id: m, name: Hội nghị, date: 2025-06-01}
  - {id: later, name: Chưa diễn ra}
organisations:
  - {id: tinh, name: UBND tỉnh, kind: people_committee}
  - {id: a, name: Huyện Giồng Riềng, name_en: Giồng Riềng District, parent: tinh,
     kind: people_committee}
  - {id: b, name: Huyện Gò Quao, parent: tinh, kind: people_committee}
documents:
  - {id: kh, identifier: 1/KH-UBND, kind: plan, issuer: tinh, date: 2025-01-02,
     addressees: [a, b]}
obligations:
  - {id: late, document: kh, lead: a, action: Quá hạn, deadline: {kind: absolute, due: 2025-05-31}}
  - {id: today, document: kh, lead: a, action: Hôm nay, deadline: {kind: absolute, due: 2025-06-10}}
  - {id: edge, document: kh, lead: b, action: Ngày thứ 30,
     deadline: {kind: absolute, due: 2025-07-10}}
  - {id: far, document: kh, lead: b, action: Ngày thứ 31,
     deadline: {kind: absolute, due: 2025-07-11}}
  - {id: period, document: kh, lead: b, action: Quý III,
     deadline: {kind: period, start: 2025-06-01, end: 2025-06-30}}
  - {id: event, document: kh, lead: a, action: Sau hội nghị 5 ngày,
     deadline: {kind: event, milestone: m, offset_days: 5}}
  - {id: waiting, document: kh, lead: a, action: Chờ sự kiện,
     deadline: {kind: event, milestone: later}}
  - {id: always, document: kh, lead: a, action: Thường xuyên, deadline: {kind: continuous}}
  - {id: monthly, document: kh, lead: b, action: Hằng tháng ngày 20,
     deadline: {kind: recurring, every: month, day: 20}}
  - {id: from-june, document: kh, lead: b, action: Hằng tháng từ tháng 6,
     deadline: {kind: recurring, every: month, day: 20, start: 2025-06-01}}
  - {id: done, document: kh, lead: a, action: Đã xong, deadline: {kind: absolute, due: 2025-06-05},
     state: reported}
"""
DAY = dt.date(2025, 6, 10)


@pytest.fixture(scope="module")
def tracker() -> Tracker:
    return Tracker(loads(DEADLINES, "deadlines.yaml"))


def test_overdue_and_due_within_the_window(tracker: Tracker) -> None:
    listed = due_list(tracker, DAY, 30)
    got = {i.id: (i.due.isoformat(), i.days, i.bucket) for i in listed.items}
    assert got == {
        "late": ("2025-05-31", -10, "overdue"),
        "today": ("2025-06-10", 0, "open_within_deadline"),
        "edge": ("2025-07-10", 30, "open_within_deadline"),
        "period": ("2025-06-30", 20, "open_within_deadline"),
        "event": ("2025-06-06", -4, "overdue"),
        # no start: the cycle due on 20 May closed without a report, as status counts it
        "monthly": ("2025-05-20", -21, "overdue"),
        "from-june": ("2025-06-20", 10, "open_within_deadline"),  # its first cycle
    }
    # the buckets are the ones `cascade status` counts
    codes = buckets(tracker, DAY)
    index = tracker.tables.ob_index
    assert all(BUCKETS[codes[index[i.id]]] == i.bucket for i in listed.items)
    # by lead organisation in the cascade's order, then due day
    assert [i.id for i in listed.items] == [
        "late",
        "event",
        "today",
        "monthly",
        "from-june",
        "period",
        "edge",
    ]
    assert [name for _, name, _ in listed.organisations()] == ["Huyện Giồng Riềng", "Huyện Gò Quao"]
    assert "far" in {i.id for i in due_list(tracker, DAY, 31).items}
    assert {i.id for i in due_list(tracker, DAY, 0).items} == {"late", "event", "today", "monthly"}


def test_names_follow_the_language(tracker: Tracker) -> None:
    listed = due_list(tracker, DAY, 30, lang="en")
    assert listed.title == "Kinds of deadline"
    assert listed.items[0].lead_name == "Giồng Riềng District"
    assert due_list(tracker, DAY, 30, only=[1]).items[0].id == "today"


def test_seed_due_in_60_days_as_icalendar_one_entry_per_listed_obligation(tmp_path: Path) -> None:
    listed = run_seed("due", "--within", "60", "--format", "json")
    assert listed.exit_code == 0, listed.output
    ids = [o["id"] for o in json.loads(listed.stdout)["obligations"]]
    codes = buckets(Tracker.load(SEED, SEED_EVENTS), dt.date.fromisoformat(AS_OF))
    assert len(ids) == codes.count(BUCKETS.index("overdue")) > 0  # every seed deadline has passed
    result = run_seed("due", "--within", "60", "--format", "ics", "-o", tmp_path / "due.ics")
    assert result.exit_code == 0, result.output
    calendar = icalendar.Calendar.from_ical((tmp_path / "due.ics").read_bytes())
    entries = list(calendar.walk("VEVENT"))
    assert [str(e["uid"]) for e in entries] == [f"kien-giang-xiv-congress/{i}" for i in ids]
    assert str(calendar["x-wr-calname"]).endswith("(tính đến ngày 31/03/2026)")
    first = entries[0]
    assert first.decoded("dtstart") == dt.date(2026, 1, 19)  # the Congress opened that day
    assert "Văn bản: " in str(first["description"])
    # a later run gives the same UIDs: a calendar updates its entries
    again = run_seed("due", "--within", "60", "--format", "ics")
    later = icalendar.Calendar.from_ical(again.stdout.encode())
    assert [str(e["uid"]) for e in later.walk("VEVENT")] == [str(e["uid"]) for e in entries]


def test_ics_of_one_district_in_english() -> None:
    result = run_seed("due", "--format", "ics", "--org", "ubnd-giong-rieng", "--lang", "en")
    assert result.exit_code == 0, result.output
    entries = list(icalendar.Calendar.from_ical(result.stdout.encode()).walk("VEVENT"))
    assert {str(e["uid"]).split("/")[1] for e in entries} == {
        "3.2@ubnd-giong-rieng", "3.3@ubnd-giong-rieng", "3.4@ubnd-giong-rieng"
    }  # fmt: skip  # 3.1 was reported
    assert "Lead: Giồng Riềng District People's Committee" in str(entries[0]["description"])


def test_table_and_csv() -> None:
    table = run_seed("due", "--org", "ubnd-rach-gia")
    assert table.exit_code == 0, table.output
    assert "Ủy ban nhân dân thành phố Rạch Giá (3)" in table.stdout
    assert "quá hạn 71 ngày" in table.stdout and "3.2@ubnd-rach-gia" in table.stdout
    assert max(len(line) for line in table.stdout.splitlines()) <= 80
    rows = run_seed("due", "--format", "csv", "--lead", "ubnd-rach-gia").stdout.splitlines()
    assert rows[0].startswith("id,action,lead,") and len(rows) == 4


def test_bad_input_is_named(tmp_path: Path) -> None:
    result = run_seed("due", "--within", "-1")
    assert result.exit_code == 2 and "-1" in result.stderr
    result = run("due", SEED, "--events", tmp_path / "missing.jsonl")
    assert result.exit_code == 2 and "missing.jsonl" in result.stderr
    assert "Traceback" not in result.output
