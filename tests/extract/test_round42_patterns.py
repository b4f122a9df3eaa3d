"""Patterns found in held-out round 42 (OCR text of signed PDFs from the Government portal),
each checked on a text of its own, with OCR damage imitated."""

from __future__ import annotations

from .test_task_rules import _leads


def test_an_ocr_damaged_number_marker_still_opens_an_item() -> None:
    body = (
        "Ủy ban nhân dân tỉnh yêu cầu:\n\n"
        "1. Sở Y tế\n\n"
        "- Kiểm tra các cơ sở khám bệnh trên địa bàn.\n\n"
        "_ 2. Sở Giáo dục và Đào tạo\n\n"
        "- Rà soát đội ngũ giáo viên các trường học.\n\n"
        "3, Sở Nội vụ\n\n"
        "- Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh.\n"
    )
    assert _leads(body) == [
        ("Sở Y tế", "Kiểm tra các cơ sở k"),
        ("Sở Giáo dục và Đào tạo", "Rà soát đội ngũ giáo"),
        ("Sở Nội vụ", "Tổng hợp kết quả thự"),
    ]


def test_a_comma_after_a_number_out_of_sequence_is_text() -> None:
    body = (
        "Ủy ban nhân dân tỉnh yêu cầu:\n\n"
        "1. Sở Y tế\n\n"
        "- Kiểm tra các cơ sở khám bệnh trên địa bàn.\n\n"
        "5, Sở Nội vụ\n\n"
        "- Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh.\n"
    )
    # "5," does not follow "1.": not read as an item's number
    assert _leads(body) == [
        ("Sở Y tế", "Kiểm tra các cơ sở k"),
        ("Sở Y tế", "Tổng hợp kết quả thự"),
    ]


def test_a_heading_group_picked_out_by_its_activity() -> None:
    body = (
        "Thủ tướng Chính phủ yêu cầu:\n\n"
        "1. Bộ trưởng Bộ Xây dựng\n\n"
        "- Rà soát quy hoạch các cảng cá trên cả nước.\n\n"
        "2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương có\n"
        "hoạt động nuôi trồng, khai thác thủy sản ven biển\n\n"
        "- Kiểm tra các tàu cá ra vào cảng trên địa bàn quản lý.\n\n"
        "- Xử lý nghiêm các hành vi khai thác thủy sản trái phép.\n"
    )
    group = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
    assert _leads(body) == [
        ("Bộ Xây dựng", "Rà soát quy hoạch cá"),
        (group, "Kiểm tra các tàu cá "),
        (group, "Xử lý nghiêm các hàn"),
    ]


def test_a_heading_naming_one_kind_of_owner_leads_its_bullets() -> None:
    body = (
        "Ủy ban nhân dân tỉnh yêu cầu:\n\n"
        "1. Sở Xây dựng\n\n"
        "- Kiểm tra chất lượng các công trình giao thông nông thôn.\n\n"
        "2. Chủ đầu tư các khu công nghiệp\n\n"
        "- Thường xuyên rà soát hệ thống xử lý nước thải tập trung.\n\n"
        "- Báo cáo kết quả quan trắc môi trường theo quy định.\n"
    )
    owner = "Chủ đầu tư các khu công nghiệp"
    assert _leads(body) == [
        ("Sở Xây dựng", "Kiểm tra chất lượng "),
        (owner, "Thường xuyên rà soát"),
        (owner, "Báo cáo kết quả quan"),
    ]


def test_an_owner_heading_with_a_verb_is_a_task() -> None:
    body = (
        "Ủy ban nhân dân tỉnh yêu cầu:\n\n"
        "1. Sở Xây dựng\n\n"
        "- Kiểm tra chất lượng các công trình giao thông nông thôn.\n\n"
        "2. Chủ đầu tư rà soát hồ sơ dự án\n"
    )
    # the item is the owner's own task (the project owner acts, round 96), not a heading
    # whose owner leads bullets
    assert _leads(body) == [
        ("Sở Xây dựng", "Kiểm tra chất lượng "),
        ("Chủ đầu tư", "Rà soát hồ sơ dự án"),
    ]
