"""Patterns met in the real corpus's held-out documents, each on a text written for this test.

The texts follow the crawl's style (see ``test_crawl_patterns``): wrapped lines, bold
markup, numbered headings. Names, numbers and dates are invented.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _deadlines, _leads, _plan, _tasks

# --- a lead-in whose subject follows opening clauses, items numbered "(1)" ---------------------


def test_a_lead_in_subject_after_opening_clauses_owns_the_numbered_items() -> None:
    body = """**2. Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027**

Thời gian tới, tình hình còn nhiều khó khăn. Quán triệt ý kiến chỉ đạo của Thường
trực Tỉnh ủy; căn cứ vào phương hướng đã nêu, Văn phòng Tỉnh ủy và các văn phòng
huyện ủy cụ thể hoá để tổ chức thực hiện, trong đó, cần tập trung các nhiệm vụ sau:

(1) Tích cực, chủ động nâng cao chất lượng công tác tham mưu, tổng hợp.

(2) Đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động của văn phòng.
"""
    extraction = extract_text(_plan(body, number="07-KL/VPTU", title="KẾT LUẬN"))
    assert _leads(extraction) == [
        "Văn phòng Tỉnh ủy",
        "các văn phòng huyện ủy",
        "Văn phòng Tỉnh ủy",
        "các văn phòng huyện ủy",
    ]
    assert set(_deadlines(extraction)) == {"period 2027-06-01 2027-06-30"}


def test_a_request_in_the_lead_in_is_not_read_as_a_fronted_subject() -> None:
    body = """Thực hiện chỉ đạo của Thường trực Tỉnh ủy, Ủy ban nhân dân tỉnh yêu cầu các sở,
ban, ngành, Ủy ban nhân dân các xã, phường thực hiện một số nội dung sau:

1. Rà soát các dự án chậm tiến độ.
"""
    leads = _leads(extract_text(_plan(body)))
    assert leads and "Ủy ban nhân dân các xã, phường" in leads
    assert any(lead.startswith("các sở") for lead in leads)


def test_until_a_month_is_a_deadline_in_that_month() -> None:
    body = "1. Sở Nội vụ rà soát vị trí việc làm từ nay đến tháng 3/2026.\n"
    extraction = extract_text(_plan(body))
    assert _tasks(extraction)[0][0] == "Sở Nội vụ"
    assert _deadlines(extraction) == ["period 2026-03-01 2026-03-31"]
