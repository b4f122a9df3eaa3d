"""Patterns held-out round 23 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a provincial decision.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _plan
from .test_task_rules import _tasks as _full_tasks


def test_an_item_that_only_names_the_roles_leads_the_bullets_below_it() -> None:
    # "b) Chủ trì, phối hợp với Giám đốc Sở X" with no colon and bullets below: the roles of
    # the work the bullets give, not a task of its own
    body = """**Điều 3.** Giao Giám đốc Sở Xây dựng thực hiện các nhiệm vụ sau:

a) Cập nhật danh mục công trình trên cơ sở dữ liệu của tỉnh.

b) Chủ trì, phối hợp với Giám đốc Sở Tư pháp

- Rà soát các quy trình nội bộ đã được phê duyệt.

- Cấu hình quy trình điện tử trên hệ thống của tỉnh.
"""
    tasks = _full_tasks(extract_text(_plan(body, title="QUYẾT ĐỊNH")))
    assert [(lead, action[:22]) for lead, _, action, _ in tasks] == [
        ("Sở Xây dựng", "Cập nhật danh mục công"),
        ("Sở Xây dựng", "Rà soát các quy trình "),
        ("Sở Xây dựng", "Cấu hình quy trình điệ"),
    ]


def test_a_body_opening_the_line_after_a_duty_title_starts_its_own_unit() -> None:
    # "2. Trách nhiệm khóa sổ" / "Sở X có trách nhiệm …" on the next line: the title stands
    # alone, the body's sentence is its task (not "Trách nhiệm khóa sổ Sở X …")
    body = """**Điều 6. Khóa sổ dữ liệu**
1. Thời gian khóa sổ
Khóa sổ dữ liệu được thực hiện vào ngày 15 tháng 3 hằng năm.
2. Trách nhiệm khóa sổ
Sở Xây dựng có trách nhiệm
tổ chức thực hiện việc khóa sổ dữ liệu công trình theo đúng thời gian quy định.
"""
    tasks = _full_tasks(extract_text(_plan(body, title="QUYẾT ĐỊNH")))
    assert [(lead, action[:30]) for lead, _, action, _ in tasks] == [
        ("Sở Xây dựng", "Tổ chức thực hiện việc khóa sổ")
    ]


def test_issuing_and_revoking_open_the_work_of_an_item() -> None:
    body = """1. Sở Xây dựng có trách nhiệm quản lý hệ thống, bao gồm:

a) Cấp mới, thu hồi tài khoản của các cơ quan, đơn vị theo quy định.

b) Kiểm tra việc nhập liệu của các cơ quan, đơn vị.
"""
    tasks = _full_tasks(extract_text(_plan(body, title="QUYẾT ĐỊNH")))
    assert [(lead, action[:16]) for lead, _, action, _ in tasks] == [
        ("Sở Xây dựng", "Cấp mới, thu hồi"),
        ("Sở Xây dựng", "Kiểm tra việc nh"),
    ]


def test_bodies_after_a_semicolon_in_a_coordination_are_more_partners() -> None:
    # "c) Phối hợp với A; B tổ chức niêm yết …": B is a partner of the item's body, and the
    # work after B is that body's, not B's own task
    body = """**Điều 3.** Giao Giám đốc Sở Xây dựng thực hiện các nhiệm vụ sau:

a) Cập nhật danh mục công trình trên cơ sở dữ liệu của tỉnh.

b) Phối hợp với Chánh Văn phòng Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các xã
tổ chức niêm yết công khai danh mục tại Trung tâm Phục vụ hành chính công tỉnh.
"""
    tasks = _full_tasks(extract_text(_plan(body, title="QUYẾT ĐỊNH")))
    assert [lead for lead, _, _, _ in tasks] == ["Sở Xây dựng", "Sở Xây dựng"]
    assert "tổ chức niêm yết công khai" in tasks[1][2]


def test_bodies_named_by_the_article_that_lists_them_lead_their_duty() -> None:
    body = """**Điều 9. Bảo đảm hạ tầng**

1. Các cơ quan, đơn vị quy định tại Điều 1 Quy chế này có trách nhiệm bảo đảm đường
truyền để sử dụng hệ thống được thông suốt.
"""
    tasks = _full_tasks(extract_text(_plan(body, title="QUYẾT ĐỊNH")))
    assert [(lead, action[:20]) for lead, _, action, _ in tasks] == [
        ("Các cơ quan, đơn vị", "Bảo đảm đường truyền")
    ]


def test_a_unit_or_person_named_by_the_work_given_to_it_leads_its_duty() -> None:
    body = """**Điều 6. Lập hồ sơ**

1. Đơn vị hoặc cá nhân được giao chủ trì lập hồ sơ có trách nhiệm xác định danh mục
tài liệu; trình phê duyệt.
"""
    tasks = _full_tasks(extract_text(_plan(body, title="QUYẾT ĐỊNH")))
    assert {lead for lead, _, _, _ in tasks} == {"Đơn vị hoặc cá nhân được giao chủ trì lập hồ sơ"}
    assert [action for _, _, action, _ in tasks][-1] == "Trình phê duyệt."
