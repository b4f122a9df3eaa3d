"""The HTML report in a real browser: it loads cleanly, filters, searches, drills down."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from cascade.engine.status import BUCKETS, buckets
from cascade.engine.tracker import Tracker
from cascade.files.loader import load
from cascade.report.select import Selection, select
from cascade.report.trend import trend
from report import AS_OF, run_seed
from report.browser import Opened, browser, open_report
from support import SEED, SEED_EVENTS

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext


@pytest.fixture(scope="module")
def tracker() -> Tracker:
    return Tracker.load(SEED, SEED_EVENTS)


@pytest.fixture(scope="module")
def context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    with browser(tmp_path_factory.mktemp("profile")) as opened:
        yield opened


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("reports")
    made = {}
    for name, args in {
        "vi": [],
        "en": ["--lang", "en", "--period", "quarter"],
        "district": ["--org", "ubnd-giong-rieng"],
    }.items():
        made[name] = out / f"{name}.html"
        result = run_seed("report", "-o", made[name], *args)
        assert result.exit_code == 0, result.output
    return made


@pytest.fixture
def seed_page(context: BrowserContext, reports: dict[str, Path]) -> Iterator[Opened]:
    opened = open_report(context, reports["vi"])
    yield opened
    opened.page.close()


def shown_ids(opened: Opened) -> list[str]:
    """The obligation ids the table lists, over all its pages."""
    page, ids = opened.page, []
    while True:
        ids += page.locator("#ob-table tbody tr").evaluate_all(
            "rows => rows.map(r => r.dataset.ob)"
        )
        following = page.locator("#ob-pager button[data-go=next]")
        if following.count() == 0 or following.is_disabled():
            return ids
        following.click()


def ids_of(kept: list[int] | None) -> list[str]:
    seed = load(SEED)
    return sorted(seed.obligations[o].id for o in (kept or []))


def test_the_seed_report_loads_with_no_error_and_no_request(
    seed_page: Opened, reports: dict[str, Path]
) -> None:
    assert seed_page.errors == []
    assert seed_page.requests == [reports["vi"].as_uri()]  # the file itself, nothing else
    text = reports["vi"].read_text("utf-8")
    for org in load(SEED).organisations:
        if org.level == "district":
            assert org.name in text
    assert seed_page.page.inner_text("#shown") == "96 / 96 nhiệm vụ"
    cards = seed_page.page.locator(".card .count").all_inner_texts()
    assert cards == ["24", "1", "2", "68"]  # as `cascade status` counts on that day


def test_filters_narrow_the_table_to_the_right_rows(seed_page: Opened, tracker: Tracker) -> None:
    page, seed = seed_page.page, load(SEED)
    codes = buckets(tracker, dt.date.fromisoformat(AS_OF))
    page.select_option("#bucket", label="Quá hạn")
    assert sorted(shown_ids(seed_page)) == ids_of(
        select(seed, Selection(buckets=("overdue",)), codes)
    )
    page.select_option("#level", label="Cấp huyện")
    both = select(seed, Selection(buckets=("overdue",), levels=("district",)), codes)
    assert sorted(shown_ids(seed_page)) == ids_of(both) and len(both) == 49
    page.click("#clear")
    page.fill("#document", "251-KH/TU")
    assert shown_ids(seed_page) == ["kh251.trien-khai"]
    page.click("#clear")
    assert page.inner_text("#shown") == "96 / 96 nhiệm vụ"


def test_sorting_by_due_day_and_by_bucket(seed_page: Opened) -> None:
    page = seed_page.page
    page.click("#ob-table th[data-sort=bucket]")
    first = page.locator("#ob-table tbody tr").first
    assert first.locator(".tag").inner_text() == "Hoàn thành đúng hạn"
    page.click("#ob-table th[data-sort=bucket]")  # again: descending
    assert page.locator("#ob-table tbody tr .tag").first.inner_text() == "Đã hủy hoặc thay thế"


@pytest.mark.parametrize("typed", ["giong rieng", "Giồng Riềng", "GIONG  RIENG"])
def test_search_with_or_without_diacritics(seed_page: Opened, typed: str) -> None:
    seed_page.page.fill("#search", typed)
    assert sorted(shown_ids(seed_page)) == [f"3.{k}@ubnd-giong-rieng" for k in range(1, 5)]


def test_drill_down_from_organisation_to_an_obligation_and_its_history(
    seed_page: Opened, tracker: Tracker
) -> None:
    page = seed_page.page
    page.fill("#org-search", "rach gia")
    page.click("#org-table tbody tr[data-org=ubnd-rach-gia]")
    assert "Ủy ban nhân dân thành phố Rạch Giá" in page.inner_text("#org-card")
    assert sorted(shown_ids(seed_page)) == [f"3.{k}@ubnd-rach-gia" for k in range(1, 5)]
    page.click("#ob-table tbody tr[data-ob='3.1@ubnd-rach-gia']")
    dialog = page.locator("#detail")
    assert dialog.is_visible()
    rows = dialog.locator("table.history tbody tr").all_inner_texts()
    history = tracker.history("3.1@ubnd-rach-gia")
    assert len(rows) == len(history) == 2
    for row, event in zip(rows, history, strict=True):
        assert event.at.strftime("%d/%m/%Y %H:%M") in row
    assert "Báo cáo kết quả" in rows[1] and history[1].note and history[1].note in rows[1]
    assert "cv12724.stttt" in dialog.inner_text()  # what it implements, one click up
    page.click("#detail .close")


def test_a_box_of_the_drawing_drills_down_to_its_organisation(seed_page: Opened) -> None:
    page = seed_page.page
    box = page.locator("#cascade g.node", has_text="Báo Kiên Giang").first
    box.click()
    assert "Báo Kiên Giang" in page.inner_text("#org-card")
    seed = load(SEED)
    assert sorted(shown_ids(seed_page)) == sorted(
        ob.id for ob in seed.obligations if ob.lead == "bao-kien-giang"
    )


def test_the_trend_chart_has_one_point_per_period(
    context: BrowserContext, reports: dict[str, Path], tracker: Tracker
) -> None:
    as_of = dt.date.fromisoformat(AS_OF)
    for name, period in (("vi", "month"), ("en", "quarter")):
        opened = open_report(context, reports[name])
        periods = [p.period for p in trend(tracker, as_of, period)]  # type: ignore[arg-type]
        for bucket in BUCKETS:
            points = opened.page.locator(f"svg.trend .point[data-bucket={bucket}]")
            assert points.evaluate_all("ps => ps.map(p => p.dataset.period)") == periods
        overdue = opened.page.locator("svg.trend .point[data-bucket=overdue]")
        assert overdue.last.get_attribute("data-value") == "68"
        assert opened.errors == []
        opened.page.close()


def test_english_and_a_report_of_one_district(
    context: BrowserContext, reports: dict[str, Path]
) -> None:
    english = open_report(context, reports["en"])
    assert "Status as of 2026-03-31" in english.page.inner_text("header")
    english.page.fill("#search", "giong rieng")
    assert english.page.inner_text("#shown") == "4 of 96 obligations"
    english.page.close()
    district = open_report(context, reports["district"])
    assert district.page.inner_text("#shown") == "4 / 4 nhiệm vụ"
    assert "--org ubnd-giong-rieng" in district.page.inner_text("header")
    assert district.errors == []
    district.page.close()


def test_print_is_an_a4_document_without_the_controls(seed_page: Opened) -> None:
    page = seed_page.page
    page.emulate_media(media="print")
    assert not page.is_visible("#search") and not page.is_visible("#ob-pager")
    assert page.is_visible("#trend svg")
    pdf = page.pdf(prefer_css_page_size=True)
    boxes = set(re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf))
    assert boxes  # every page A4: 210 x 297 mm, 595.3 x 841.9 points
    assert all(abs(float(w) - 595.3) < 1.5 and abs(float(h) - 841.9) < 1.5 for w, h in boxes)
