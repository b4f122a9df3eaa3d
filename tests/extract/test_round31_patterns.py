"""Patterns held-out round 31 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a regulation or a
guidance (the ministry-letter frame of ``test_task_rules``).
"""

from __future__ import annotations

from .test_task_rules import _leads


def test_the_leading_collective_of_a_body_is_one_name() -> None:
    # "tập thể lãnh đạo cơ quan, đơn vị": the collective that leads a body, the last of a
    # comma-joined group of Party bodies; "lãnh đạo" there is no verb cutting the name
    body = (
        "Điều 5. Trách nhiệm thực hiện\n"
        "1. Định kỳ hằng quý, các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị có "
        "trách nhiệm rà soát danh sách cán bộ dự nguồn.\n"
    )
    assert _leads(body) == [
        ("các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị", "Rà soát danh sách cá"),
    ]


def test_answering_for_figures_and_a_submission_is_no_work() -> None:
    # "Chịu trách nhiệm toàn diện về số liệu …; về nội dung đã báo cáo và đề xuất …": the
    # ";"-part going on "về …" says what else the body answers for, no work of its own
    body = (
        "Điều 2. Tổ chức thực hiện\n"
        "1. Sở Xây dựng:\n"
        "a) Chịu trách nhiệm toàn diện về số liệu, kết quả thẩm định hồ sơ đề án; về nội "
        "dung đã báo cáo và đề xuất, kiến nghị tại Tờ trình số 51/TTr-SXD ngày 3 tháng 4 "
        "năm 2025;\n"
        "b) Chủ trì tổ chức thẩm định đồ án và trình Ủy ban nhân dân tỉnh phê duyệt.\n"
    )
    assert _leads(body) == [("Sở Xây dựng", "Chủ trì tổ chức thẩm")]


def test_the_roles_a_plan_s_approval_assigns_are_no_work() -> None:
    # "- Cấp phê duyệt: …", "- Cơ quan chủ trì thẩm định: Sở X.", "- Cơ quan tổ chức lập quy
    # hoạch: UBND xã Y.": fields naming who holds each role in drawing up the plan approved;
    # the appraising body is no label giving the fields above it a lead
    body = (
        "Điều 1. Phê duyệt Nhiệm vụ lập Quy hoạch bảo tồn di tích Đồi Mây với các nội dung "
        "sau:\n"
        "1. Nguồn vốn thực hiện Quy hoạch bao gồm vốn ngân sách nhà nước và các nguồn vốn "
        "hợp pháp khác.\n"
        "2. Thời gian lập quy hoạch: Không quá 18 tháng kể từ ngày Nhiệm vụ được duyệt.\n"
        "3. Phân công trách nhiệm:\n"
        "- Cấp phê duyệt: Ủy ban nhân dân tỉnh.\n"
        "- Cơ quan chủ trì thẩm định: Sở Văn hóa, Thể thao và Du lịch.\n"
        "- Cơ quan tổ chức lập quy hoạch: Ủy ban nhân dân xã Đồi Mây.\n"
        "Điều 2. Tổ chức thực hiện\n"
        "1. Ủy ban nhân dân xã Đồi Mây có trách nhiệm bố trí nguồn vốn lập quy hoạch.\n"
    )
    assert _leads(body) == [("Ủy ban nhân dân xã Đồi Mây", "Bố trí nguồn vốn lập")]


def test_standing_committees_of_committees_in_lower_case_are_one_group() -> None:
    # "Ban thường vụ tỉnh ủy, thành ủy, đảng ủy …": the standing committees of the Party
    # committees listed in lower case, one group, not "Ban thường vụ tỉnh ủy" and the rest
    body = (
        "Điều 4. Tổ chức thực hiện\n"
        "1. Ban thường vụ tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương quy định cụ thể "
        "tỷ lệ cán bộ trẻ trong danh sách dự nguồn.\n"
    )
    assert _leads(body) == [
        ("Ban thường vụ tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương", "Quy định cụ thể tỷ l"),
    ]


def test_exchanging_views_after_a_label_is_work() -> None:
    # "Các cơ quan, đơn vị liên quan: Kịp thời trao đổi ý kiến, cung cấp thông tin …": to
    # exchange views or news opens the work after the body's label
    body = (
        "Điều 9. Phối hợp giải quyết thủ tục hành chính\n"
        "1. Các cơ quan, đơn vị liên quan: Kịp thời trao đổi ý kiến với Sở Nội vụ để giải "
        "quyết hồ sơ của tổ chức, cá nhân.\n"
    )
    assert _leads(body) == [("Các cơ quan, đơn vị liên quan", "Kịp thời trao đổi ý ")]
