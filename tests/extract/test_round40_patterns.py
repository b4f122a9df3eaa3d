"""Patterns held-out round 40 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a province's rules on
a shared system (accounts, mailboxes, software) set out in articles, in the ministry-letter
frame of ``test_task_rules``.
"""

from __future__ import annotations

from cascade.extract.deadlines import find_deadline
from cascade.extract.user_titles import user_titled

from .test_task_rules import _extract, _tasks


def _leads(body: str) -> list[tuple[str, str]]:
    """(lead, action's first three words) per obligation."""
    return [(lead, " ".join(action.split()[:3])) for lead, _, action, _ in _tasks(_extract(body))]


def test_an_article_titled_by_whose_use_it_rules_gives_that_kind_its_items() -> None:
    # "Sử dụng … của cá nhân": the items that open with a verb are the persons' duties;
    # an item that states a fact ("Tài khoản … được cấp …") is none
    assert user_titled("Sử dụng tài khoản phần mềm của cá nhân") is not None
    assert user_titled("Quản lý, sử dụng tài khoản của cơ quan, đơn vị") is not None
    assert user_titled("Sử dụng tài khoản phần mềm") is None
    assert user_titled("Trách nhiệm của cá nhân") is None
    body = (
        "**Điều 5. Sử dụng tài khoản phần mềm của cá nhân**\n\n"
        "1. Tài khoản phần mềm của cá nhân được cấp để xử lý công việc hằng ngày.\n\n"
        "2. Bảo vệ tài khoản phần mềm, không cho người khác mượn tài khoản.\n\n"
        "3. Thường xuyên kiểm tra dữ liệu của tài khoản phần mềm.\n\n"
        "**Điều 6. Trách nhiệm thi hành**\n\n"
        "Sở Tư pháp chủ trì hướng dẫn thực hiện Quy chế này.\n"
    )
    assert _leads(body) == [
        ("cá nhân", "Bảo vệ tài"),
        ("cá nhân", "Thường xuyên kiểm"),
        ("Sở Tư pháp", "Chủ trì hướng"),
    ]


def test_kinds_listed_or_placed_and_named_by_their_work_lead_their_duty() -> None:
    # "Cơ quan, đơn vị, cá nhân được cấp …" and "Cá nhân tại bộ phận … được giao …": the
    # whole description is who acts, up to the word of duty
    body = (
        "**Điều 3. Tài khoản phần mềm**\n\n"
        "1. Cơ quan, đơn vị, cá nhân được cấp tài khoản phần mềm quản lý hồ sơ phải thường "
        "xuyên kiểm tra hồ sơ được chuyển đến.\n\n"
        "2. Cá nhân tại bộ phận một cửa được giao quản lý tài khoản của cơ quan khi nghỉ "
        "việc phải có trách nhiệm đảm bảo an toàn dữ liệu của tài khoản.\n"
    )
    assert _leads(body) == [
        (
            "Cơ quan, đơn vị, cá nhân được cấp tài khoản phần mềm quản lý hồ sơ",
            "Thường xuyên kiểm",
        ),
        ("Cá nhân tại bộ phận một cửa được giao quản lý tài khoản của cơ quan", "Đảm bảo an"),
    ]


def test_a_kind_of_body_named_by_its_sector_and_level_is_a_subject() -> None:
    # "Cơ quan Hải quan tỉnh …": "Cơ quan", a capitalised sector, a level, then the work;
    # each ";"-part with a new verb is a task of its own
    body = (
        "**Điều 4. Tổ chức thực hiện**\n\n"
        "1. Cơ quan Hải quan tỉnh hướng dẫn doanh nghiệp kê khai hàng hóa; kiểm tra hồ sơ "
        "hàng hóa nhập khẩu theo quy định.\n"
    )
    assert _leads(body) == [
        ("Cơ quan Hải quan tỉnh", "Hướng dẫn doanh"),
        ("Cơ quan Hải quan tỉnh", "Kiểm tra hồ"),
    ]


def test_papers_a_list_names_are_no_bodies() -> None:
    # an article listing the papers a system carries: "Các dự thảo …", "Các thông báo …"
    # open with a plural, but name things, not bodies that act
    body = (
        "**Điều 8. Các loại văn bản gửi qua phần mềm**\n\n"
        "1. Các dự thảo quy chế, đề án gửi để góp ý trước cuộc họp.\n\n"
        "2. Các thông báo kết luận của lãnh đạo cơ quan; lịch công tác tuần.\n\n"
        "3. Các thư mời dự hội nghị, hội thảo để chuẩn bị trước.\n"
    )
    assert _leads(body) == []


def test_the_person_named_by_kind_alone_leads_its_work() -> None:
    # "Cá nhân kiểm tra …" and "Khi …, cá nhân phải …": the user is the subject; a pledge in
    # a form ("Cá nhân cam kết …") is no duty
    body = (
        "**Điều 7. Tài khoản phần mềm**\n\n"
        "1. Cá nhân kiểm tra hồ sơ trên phần mềm hằng ngày.\n\n"
        "2. Khi được cấp tài khoản phần mềm, cá nhân phải thực hiện đăng nhập ngay.\n\n"
        "3. Cá nhân cam kết không bị xử lý kỷ luật trong năm.\n"
    )
    assert _leads(body) == [("Cá nhân", "Kiểm tra hồ"), ("Cá nhân", "Thực hiện đăng")]


def test_a_users_steps_on_a_shared_system_are_work() -> None:
    # "truy cập" (to log in to, to open) and "bàn giao" (to hand over) open a user's work
    body = (
        "**Điều 9. Trách nhiệm của người sử dụng**\n\n"
        "1. Cá nhân truy cập phần mềm quản lý văn bản hằng ngày để nhận văn bản.\n\n"
        "2. Cá nhân phải bàn giao tài khoản phần mềm cho đơn vị khi nghỉ hưu.\n"
    )
    assert _leads(body) == [("Cá nhân", "Truy cập phần"), ("Cá nhân", "Bàn giao tài")]


def test_a_day_of_the_next_year_is_due_every_year() -> None:
    # "trước ngày 20 tháng 02 của năm tiếp theo": a yearly report's day, not 20 February of
    # the document's year (before the work it reports on)
    found = find_deadline(
        "Tổng hợp, báo cáo kết quả trước ngày 20 tháng 02 của năm tiếp theo.", 2026
    )
    assert found is not None
    assert (found.kind, found.every, found.month, found.day) == ("recurring", "year", 2, 20)
    found = find_deadline("gửi báo cáo chậm nhất ngày 10/3 năm sau", 2026)
    assert found is not None
    assert (found.kind, found.month, found.day) == ("recurring", 3, 10)
    found = find_deadline("hoàn thành trước ngày 20 tháng 02 năm 2027", 2026)
    assert found is not None and found.kind == "absolute"
