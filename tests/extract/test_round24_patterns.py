"""Patterns held-out round 24 and the names check showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a ministry's letter.
"""

from __future__ import annotations

from .test_task_rules import _extract, _leads
from .test_task_rules import _tasks as _full_tasks


def test_a_noun_opening_with_du_stays_in_the_name() -> None:
    # "dự" alone is a verb (to attend) and ends a name; "dự phòng", "dự trữ", "dự án",
    # "dự toán" are nouns inside it
    assert _leads("1. Cục Y tế dự phòng rà soát danh mục thuốc thiết yếu.") == [
        ("Cục Y tế dự phòng", "Rà soát danh mục thu")
    ]
    assert _leads("2. Phòng Kho dự trữ rà soát số liệu hàng hóa.") == [
        ("Phòng Kho dự trữ", "Rà soát số liệu hàng")
    ]


def test_small_roman_numerals_in_brackets_number_the_requests() -> None:
    # "(i).", "(ii)." under "… trân trọng đề nghị Bộ X:": each is a request to the ministry,
    # as "a)", "b)" would be
    body = """Ủy ban nhân dân tỉnh Hòa Bình trân trọng đề nghị Bộ Công Thương:
(i). Chỉ đạo Cục Hóa chất khẩn trương ban hành văn bản hướng dẫn các sở triển khai.
(ii). Sớm chỉ đạo sửa đổi, bổ sung các quy chuẩn kỹ thuật có liên quan.
"""
    tasks = _full_tasks(_extract(body))
    assert [(lead, force, action[:20], parent) for lead, force, action, parent in tasks] == [
        ("Bộ Công Thương", "request", "Chỉ đạo Cục Hóa chất", None),
        ("Cục Hóa chất", "request", "Khẩn trương ban hành", "Bộ Công Thương"),
        ("Bộ Công Thương", "request", "Sớm chỉ đạo sửa đổi,", None),
    ]


def test_an_opening_without_its_comma_keeps_the_body_it_hands_the_work_to() -> None:
    # "Sau khi xem xét Chủ tịch … giao Sở X chủ trì, phối hợp với Sở Y, Sở Z …": no comma
    # ends the opening, so the bodies after a later comma are partners, not the subject
    body = (
        "Sau khi xem xét Chủ tịch Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường "
        "chủ trì, phối hợp với Sở Xây dựng, Sở Công Thương, Ủy ban nhân dân xã Tân Lập tổ "
        "chức xác minh việc lấn chiếm đất. Báo cáo kết quả về Ủy ban nhân dân tỉnh trước "
        "ngày 30/9/2025."
    )
    assert _leads(body) == [
        ("Sở Nông nghiệp và Môi trường", "Chủ trì, phối hợp vớ"),
        ("Sở Nông nghiệp và Môi trường", "Báo cáo kết quả về Ủ"),
    ]
    # the issuer's consideration ("Sau khi xem xét") is no event the work waits for
    deadlines = [ob.deadline.kind for ob in _extract(body).cascade.obligations]
    assert deadlines == ["continuous", "absolute"]


def test_a_request_another_text_made_is_no_task_of_this_letter() -> None:
    # "X đã có Văn bản số … ngày … đề nghị Cục Y ban hành …": reported, not requested here
    body = (
        "Cục Cảnh sát giao thông đã có Văn bản số 787/C08-P3 ngày 29/01/2025 đề nghị Cục "
        "Hóa chất ban hành văn bản hướng dẫn trước ngày 05/02/2025, nhưng đến nay chưa ban "
        "hành.\nỦy ban nhân dân tỉnh Hòa Bình trân trọng đề nghị Bộ Công Thương chỉ đạo "
        "Cục Hóa chất khẩn trương ban hành văn bản hướng dẫn."
    )
    assert [lead for lead, _ in _leads(body)] == ["Bộ Công Thương", "Cục Hóa chất"]


def test_giving_a_directing_opinion_is_work_that_directs_a_body() -> None:
    # "đề nghị Bộ X có ý kiến chỉ đạo Cục Y tổ chức …" after an opening clause: the
    # ministry's task, and one hop to the department it directs
    body = (
        "Trong thời gian chờ các văn bản được sửa đổi, đề nghị Bộ Công Thương có ý kiến "
        "chỉ đạo Cục Hóa chất tổ chức kiểm tra và cấp biên bản xác nhận an toàn."
    )
    tasks = _full_tasks(_extract(body))
    assert [(lead, action[:20], parent) for lead, _, action, parent in tasks] == [
        ("Bộ Công Thương", "Có ý kiến chỉ đạo Cụ", None),
        ("Cục Hóa chất", "Tổ chức kiểm tra và ", "Bộ Công Thương"),
    ]
    # the issuer's own "có ý kiến chỉ đạo như sau:" stays a lead-in
    lead_in = "Bộ Công Thương có ý kiến chỉ đạo như sau:\n1. Cục Hóa chất rà soát danh mục."
    assert [lead for lead, _ in _leads(lead_in)] == ["Cục Hóa chất"]


def test_a_paragraph_under_an_item_that_hands_work_on_goes_on_with_its_body() -> None:
    # "2. Giao Cục X" / "Chủ trì, …" / "Đồng thời, chủ trì …": the paragraph is Cục X's, not
    # the bodies of the lead-in above the items
    body = """Bộ Y tế yêu cầu Cục Quản lý dược, các vụ, cục và Sở Y tế các tỉnh thực hiện:
1. Cục Quản lý dược, các vụ, cục và Sở Y tế các tỉnh
Theo chức năng, nhiệm vụ tổ chức tuyên truyền các nội dung của Thông tư số 10/2025/TT-BYT.
2. Giao Cục Quản lý dược
Chủ trì, phối hợp với các vụ, cục có liên quan tổ chức hướng dẫn triển khai Thông tư.
Đồng thời, chủ trì phối hợp với Sở Y tế các tỉnh tăng cường kiểm tra; tổng hợp kết quả.
"""
    leads = [lead for lead, action in _leads(body) if not action.startswith("Theo")]
    assert leads == ["Cục Quản lý dược"] * 3


def test_phong_chong_with_its_comma_stays_inside_a_name() -> None:
    # "phòng, chống" (prevent and combat) is one term: the comma does not end the name
    assert _leads("1. Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh rà soát.") == [
        ("Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh", "Rà soát.")
    ]
    assert _leads("2. Cục Phòng, chống tệ nạn xã hội rà soát danh mục.") == [
        ("Cục Phòng, chống tệ nạn xã hội", "Rà soát danh mục.")
    ]


def test_working_groups_and_port_authorities_are_heads_of_names() -> None:
    # a head of two words ("Tổ công tác", "Cảng vụ") names a body with lower-case words
    # after it, as "Ban Chỉ đạo …" does
    assert _leads("1. Tổ công tác liên ngành rà soát danh mục.") == [
        ("Tổ công tác liên ngành", "Rà soát danh mục.")
    ]
    assert _leads("2. Cảng vụ hàng hải Hải Phòng rà soát danh mục.") == [
        ("Cảng vụ hàng hải Hải Phòng", "Rà soát danh mục.")
    ]
