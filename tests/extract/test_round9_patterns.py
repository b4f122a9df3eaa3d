"""Patterns held-out round 8 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's style. The plan of
these tests is dated Wednesday 26 November 2025.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _deadlines, _plan, _reviews, _tasks

# --- deadlines counted in working days from a named day ---------------------------------


def test_working_days_from_the_signing_day_give_the_date_weekends_skipped() -> None:
    body = """**Điều 2.** Tổ chức thực hiện

1. Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ công khai danh mục thủ tục hành
chính, hoàn thành trong thời hạn 03 ngày làm việc, kể từ ngày ký Quyết định này.

2. Sở Y tế rà soát quy trình nội bộ, chậm nhất 05 ngày làm việc kể từ ngày ban hành
Quyết định.
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert [lead for lead, _ in _tasks(extraction)] == ["Sở Tư pháp", "Sở Y tế"]
    # Thursday 27, Friday 28, Monday 1; then Tuesday 2 and Wednesday 3
    assert _deadlines(extraction) == ["absolute 2025-12-01", "absolute 2025-12-03"]
    assert "working days counted from the document's date" in _reviews(extraction)


def test_working_days_from_a_day_the_text_does_not_give_are_a_review_note() -> None:
    body = """**Điều 2.** Tổ chức thực hiện

Giao Sở Xây dựng thẩm định hồ sơ trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ
hồ sơ hợp lệ.
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert [lead for lead, _ in _tasks(extraction)] == ["Sở Xây dựng"]
    # due on that day, an event (since round 16: the gold convention for such terms)
    assert _deadlines(extraction) == ["event"]
    assert "10 working days from a day the text does not give" in _reviews(extraction)
