"""Patterns held-out round 37 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a decree that sets
out a procedure, or a provincial regulation (in the ministry-letter frame of
``test_task_rules``).
"""

from __future__ import annotations

from .test_task_rules import _extract, _tasks


def _leads(body: str) -> list[tuple[str, str]]:
    """(lead, action's first three words) per obligation."""
    return [(lead, " ".join(action.split()[:3])) for lead, _, action, _ in _tasks(_extract(body))]


def test_a_procedure_step_names_its_body_by_competence_role_or_panel() -> None:
    # a step's body is named by the paper it has power to issue, by the role of its staff
    # or as a panel by its work: the name holds verbs ("cấp", "tiếp nhận") and runs to the
    # step's own verb
    body = (
        "**Điều 5. Giải quyết hồ sơ**\n\n"
        "1. Cơ quan có thẩm quyền cấp Giấy phép khai thác nước ngầm xem xét hồ sơ trên "
        "Hệ thống thông tin một cửa điện tử của tỉnh.\n\n"
        "2. Trong thời hạn 02 ngày làm việc kể từ ngày nhận hồ sơ, cán bộ, công chức, "
        "viên chức tại Bộ phận Tiếp nhận và Trả kết quả thông báo cho người nộp hồ sơ.\n\n"
        "3. Trong thời hạn 05 ngày làm việc kể từ ngày thành lập, Đoàn kiểm tra tổ chức "
        "kiểm tra thực tế tại giếng khai thác.\n\n"
        "4. Cơ quan Hải quan xem xét tờ khai của tổ chức, cá nhân.\n"
    )
    assert _leads(body) == [
        ("Cơ quan có thẩm quyền cấp Giấy phép khai thác nước ngầm", "Xem xét hồ"),
        ("cán bộ, công chức, viên chức tại Bộ phận Tiếp nhận và Trả kết quả", "Thông báo cho"),
        ("Đoàn kiểm tra", "Tổ chức kiểm"),
        ("Cơ quan Hải quan", "Xem xét tờ"),
    ]


def test_a_list_of_factors_a_score_counts_names_no_body() -> None:
    # "Các yếu tố ưu tiên:" labels the factors a score counts ("… được tính 2 điểm"), not
    # bodies the items are handed to
    body = (
        "**Điều 4. Tiêu chí chấm điểm**\n\n"
        "1. Các yếu tố ưu tiên:\n\n"
        "a) Có trên 50% số hộ sản xuất nông nghiệp được tính 2 điểm;\n\n"
        "b) Có cảng cá loại I được tính 1 điểm.\n\n"
        "2. Các tiêu chuẩn về môi trường:\n\n"
        "a) Có nhà máy xử lý nước thải tập trung được tính 3 điểm.\n\n"
        "**Điều 5. Tổ chức thực hiện**\n\n"
        "Sở Tài chính tổng hợp kết quả chấm điểm, báo cáo Ủy ban nhân dân tỉnh.\n"
    )
    assert _leads(body) == [("Sở Tài chính", "Tổng hợp kết")]


def test_how_a_council_is_made_up_and_works_is_no_task() -> None:
    # its seats, standing body, working principle, quorum, who presides and its relation
    # to other councils are statements; its duties, and a duty after a seat, are tasks
    body = (
        "**Điều 6. Hội đồng Thẩm định giá đất tỉnh**\n\n"
        "1. Hội đồng Thẩm định giá đất tỉnh có nhiệm vụ sau:\n\n"
        "a) Thẩm định bảng giá đất trình Ủy ban nhân dân tỉnh;\n\n"
        "b) Chủ tịch Hội đồng là Phó Chủ tịch Ủy ban nhân dân tỉnh;\n\n"
        "c) Hội đồng làm việc theo chế độ tập thể và hoạt động theo nguyên tắc đa số;\n\n"
        "d) Hội đồng họp khi có ít nhất hai phần ba số thành viên tham dự;\n\n"
        "đ) Chủ tịch Hội đồng chủ trì hoặc ủy quyền cho Phó Chủ tịch Hội đồng chủ trì "
        "phiên họp;\n\n"
        "e) Quan hệ công tác giữa Hội đồng với các Hội đồng cấp huyện là quan hệ hướng dẫn;\n\n"
        "g) Sở Tài chính là cơ quan thường trực của Hội đồng.\n\n"
        "2. Giám đốc Sở Tài chính là Phó Chủ tịch Hội đồng, có trách nhiệm chuẩn bị hồ sơ "
        "trình Hội đồng.\n"
    )
    tasks = _tasks(_extract(body))
    assert [lead for lead, _, _, _ in tasks][:1] == ["Hội đồng Thẩm định giá đất tỉnh"]
    assert [action.split()[:2] for _, _, action, _ in tasks] == [
        ["Thẩm", "định"],
        ["Giám", "đốc"],  # the seat with a duty after it stays a task
    ]


def test_a_body_that_confirms_is_given_work() -> None:
    # "xác nhận" (to confirm what others declare) is work a body is given, in a labelled
    # row as after a subject
    body = (
        "**Điều 7. Trách nhiệm cung cấp thông tin**\n\n"
        "1. Sở Tài chính: Tổng hợp danh sách doanh nghiệp đề nghị hỗ trợ.\n\n"
        "2. Kho bạc Nhà nước khu vực: Xác nhận số vốn đã giải ngân của từng dự án.\n\n"
        "3. Sở Xây dựng xác nhận khối lượng công trình đã hoàn thành.\n"
    )
    assert _leads(body) == [
        ("Sở Tài chính", "Tổng hợp danh"),
        ("Kho bạc Nhà nước khu vực", "Xác nhận số"),
        ("Sở Xây dựng", "Xác nhận khối"),
    ]
