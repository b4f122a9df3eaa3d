"""A numbered title on its own line, then a paragraph that opens with when the work is done."""

from .test_task_rules import _leads


def test_a_title_over_a_paragraph_that_opens_with_an_event_keeps_the_paragraphs_task() -> None:
    body = (
        "1. Kiểm tra hiện trường\n\n"
        "Sau khi Ủy ban nhân dân các xã gửi danh sách, Sở Xây dựng tổ chức kiểm tra hiện trạng "
        "từng công trình.\n\n"
        "2. Cấp kinh phí\n\n"
        "Khi có kết quả kiểm tra, Sở Tài chính bố trí kinh phí cho các xã.\n\n"
        "3. Tổng hợp kết quả\n\n"
        "Văn phòng Ủy ban nhân dân tỉnh tổng hợp kết quả."
    )
    assert _leads(body) == [
        ("Sở Xây dựng", "Tổ chức kiểm tra hiệ"),
        ("Sở Tài chính", "Bố trí kinh phí cho "),
        ("Văn phòng Ủy ban nhân dân tỉnh", "Tổng hợp kết quả."),
    ]


def test_a_title_over_a_clause_with_no_body_after_it_stays_one_unit() -> None:
    body = "1. Kiểm tra hiện trường\n\nSau khi nhận hồ sơ, kiểm tra ngay trong ngày."
    assert _leads(body) == []
