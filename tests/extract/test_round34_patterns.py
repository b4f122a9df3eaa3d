"""Patterns held-out round 34 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a provincial
regulation or a ministry's letter (the ministry-letter frame of ``test_task_rules``).
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_task_rules import FRAME, _leads
from .test_task_rules import _tasks as _full_tasks


def test_a_duty_title_naming_its_field_after_the_bodies() -> None:
    # "Trách nhiệm của X trong quản lý, sử dụng …": after "trong" the field, not a body;
    # "Trách nhiệm cá nhân trong …" names the kind alone
    body = (
        "Điều 11. Trách nhiệm của các cơ quan, đơn vị trong khai thác, sử dụng Cổng dữ liệu "
        "tỉnh\n"
        "1. Phân công công chức quản trị tài khoản của cơ quan, đơn vị.\n"
        "Điều 12. Trách nhiệm cá nhân trong khai thác, sử dụng Cổng dữ liệu tỉnh\n"
        "1. Cập nhật thông tin tài khoản được cấp trên Cổng dữ liệu.\n"
    )
    assert _leads(body) == [
        ("các cơ quan, đơn vị", "Phân công công chức "),
        ("cá nhân", "Cập nhật thông tin t"),
    ]


def test_amounts_under_a_funds_heading_and_their_title_are_no_tasks() -> None:
    # "- Hộ gia đình: 50.000 đồng/hộ;" says how much, and "1.1. Trích lập Quỹ …" over such
    # bullets titles them: neither is work of the fund the heading names
    body = (
        "Bộ Nông nghiệp và Môi trường và Bộ Tài chính quyết định:\n\n"
        "**1.** Quỹ Bảo trì đường bộ\n\n"
        "*1.1. Trích lập Quỹ Bảo trì đường bộ*\n\n"
        "- Xe tải dưới 4 tấn: 180.000 đồng/tháng;\n\n"
        "- Xe khách: không cao hơn 270.000 đồng/tháng.\n\n"
        "**2.** Thời gian thực hiện\n\n"
        "- Quỹ Bảo trì đường bộ hướng dẫn các xã thu nộp trước ngày 30/6/2026.\n"
    )
    assert _leads(body) == [("Quỹ Bảo trì đường bộ", "Hướng dẫn các xã thu")]


def test_notes_under_a_procedures_steps_are_no_tasks() -> None:
    # an appendix row "2. Thủ tục … (Mã TTHC: …)" opening its steps ("Bước 1 | Tiếp nhận hồ
    # sơ | …") with notes retelling what the deciding body does: the procedure, not work
    body = (
        "1. Sở Nông nghiệp và Môi trường cập nhật quy trình nội bộ lên Hệ thống thông tin giải "
        "quyết thủ tục hành chính tỉnh.\n\n"
        "QUY TRÌNH NỘI BỘ\n\n"
        "|\n**TT**\n|\n**Bước**\n|\n**Nội dung**\n|\n"
        "|\n2. Thủ tục\ncấp giấy phép khai thác nước mặt (Mã TTHC: 1.009901)\n|\n|\nBước 1\n|\n"
        "Tiếp nhận hồ sơ\n|\nChuyên viên Phòng Tài nguyên nước\n|\n05 ngày\n|\n"
        "*- Trong thời hạn 05 ngày kể từ ngày nhận hồ sơ, cơ quan cấp phép kiểm\n"
        "tra tính đầy đủ của hồ sơ và thông báo cho tổ chức đề nghị; *\n"
        "*- Trong thời hạn 20 ngày, cơ quan quản lý tài nguyên nước tổ chức thẩm định hồ sơ. *\n"
        "|\n|\nBước 2\n|\nKý duyệt hồ sơ\n|\nLãnh đạo Sở\n|\n02 ngày\n|\n"
    )
    assert _leads(body) == [("Sở Nông nghiệp và Môi trường", "Cập nhật quy trình n")]


def test_a_form_template_after_the_signature_gives_no_tasks() -> None:
    # "**Mẫu số 01**" over a request with a header slot "<CƠ QUAN CHỦ QUẢN>": the papers an
    # applicant fills in, not work of the body the request is addressed to
    body = (
        "Điều 5. Trách nhiệm của Sở Nội vụ\n"
        "1. Hướng dẫn các cơ quan, đơn vị sử dụng Cổng dữ liệu.\n"
    )
    form = (
        "\n**Mẫu số 01**\n\n<CƠ QUAN CHỦ QUẢN>\n\nNội dung đề nghị:\n\n"
        "1. Đề nghị Trung tâm Lưu trữ lịch sử cấp tài khoản Cổng dữ liệu cho đơn vị như sau:\n\n"
        "Tên đơn vị: ……………………\n\n"
        "2. Đề nghị Trung tâm Lưu trữ lịch sử cấp tài khoản cho cá nhân: ………… tài khoản.\n"
    )
    tasks = _full_tasks(extract_text(FRAME.format(addressees="", body=body) + form))
    assert [(lead, action[:20]) for lead, _, action, _ in tasks] == [
        ("Sở Nội vụ", "Hướng dẫn các cơ qua")
    ]


def test_a_short_letters_form_with_its_own_addressee_keeps_the_letters_tasks() -> None:
    # the form after "Nơi nhận" has its own "Kính gửi:"; in a short letter it lies within
    # reach of the header, but the letter's addressees come before its tail
    body = (
        "Điều 5. Trách nhiệm của Sở Nội vụ\n"
        "1. Hướng dẫn các cơ quan, đơn vị sử dụng Cổng dữ liệu.\n"
    )
    form = "\n**Mẫu số 02**\n\n**Kính gửi:** Ủy ban nhân dân tỉnh\n\nĐề nghị xem xét.\n"
    extraction = extract_text(FRAME.format(addressees="", body=body) + form)
    assert [(lead, action[:20]) for lead, _, action, _ in _full_tasks(extraction)] == [
        ("Sở Nội vụ", "Hướng dẫn các cơ qua")
    ]


def test_an_item_that_forbids_is_no_task_and_one_that_keeps_up_work_is() -> None:
    # "Không chia sẻ mật khẩu …" forbids (no work); "Không ngừng nâng cao …" is work
    body = (
        "Điều 7. Trách nhiệm của Sở Nội vụ\n"
        "1. Không chia sẻ mật khẩu tài khoản quản trị cho người ngoài cơ quan.\n"
        "2. Không ngừng nâng cao chất lượng dữ liệu trên Cổng dữ liệu.\n"
    )
    assert _leads(body) == [("Sở Nội vụ", "Không ngừng nâng cao")]


def test_the_case_between_a_body_named_by_its_work_and_its_duty_is_no_part_of_its_name() -> None:
    # "Người được giao quản trị Cổng … khi chuyển công tác phải …": "khi …" is when the
    # duty arises, not part of who
    body = (
        "Điều 6. Quản trị Cổng dữ liệu\n"
        "1. Người được giao quản trị Cổng dữ liệu của đơn vị khi chuyển công tác phải có trách "
        "nhiệm báo cáo Thủ trưởng đơn vị và bàn giao tài khoản quản trị.\n"
    )
    assert _leads(body) == [
        ("Người được giao quản trị Cổng dữ liệu của đơn vị", "Báo cáo Thủ trưởng đ")
    ]
