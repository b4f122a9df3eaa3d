"""Patterns held-out round 38 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a provincial
regulation on running a shared software system, or a city council's resolution on an
award (in the ministry-letter frame of ``test_task_rules``).
"""

from __future__ import annotations

from .test_task_rules import _extract, _tasks


def _leads(body: str) -> list[tuple[str, str]]:
    """(lead, action's first three words) per obligation."""
    return [(lead, " ".join(action.split()[:3])) for lead, _, action, _ in _tasks(_extract(body))]


def test_a_numbered_label_naming_staff_leads_its_lettered_items() -> None:
    # "2. Cán bộ, công chức" and "3. Trách nhiệm của văn thư" (no colon) name staff, not
    # the bodies of the article's title: the staff do the items below
    body = (
        "**Điều 9. Trách nhiệm của các cơ quan, đơn vị**\n\n"
        "1. Thủ trưởng các cơ quan, đơn vị\n\n"
        "a) Chỉ đạo triển khai Quy định này;\n\n"
        "b) Phân công cán bộ quản lý phần mềm.\n\n"
        "2. Cán bộ, công chức\n\n"
        "a) Sử dụng phần mềm để xử lý công việc;\n\n"
        "b) Cán bộ, công chức có trách nhiệm bàn giao tài khoản trước khi nghỉ việc.\n\n"
        "3. Trách nhiệm của văn thư\n\n"
        "a) Thực hiện theo quy định tại khoản 2 Điều này;\n\n"
        "b) Đăng ký văn bản đến trên phần mềm.\n\n"
        "4. Trách nhiệm của cán bộ quản trị Phần mềm QLVB&ĐH\n\n"
        "a) Quản trị Phần mềm QLVB&ĐH;\n\n"
        "b) Báo cáo lãnh đạo về tình hình hoạt động của phần mềm.\n"
    )
    leads = [lead for lead, _ in _leads(body)]
    assert leads == [
        "các cơ quan, đơn vị",
        "các cơ quan, đơn vị",
        "Cán bộ, công chức",
        "Cán bộ, công chức",
        "văn thư",
        "văn thư",
        "cán bộ quản trị Phần mềm QLVB&ĐH",
        "cán bộ quản trị Phần mềm QLVB&ĐH",
    ]


def test_a_staff_label_over_items_that_are_no_duties_leads_nothing() -> None:
    # a label over a list of what staff hold, not what they do, names no lead
    body = (
        "**Điều 3. Đối tượng được cấp tài khoản**\n\n"
        "1. Cán bộ, công chức\n\n"
        "a) Tài khoản cá nhân trên phần mềm;\n\n"
        "b) Hộp thư điện tử công vụ.\n\n"
        "**Điều 4. Tổ chức thực hiện**\n\n"
        "Sở Nội vụ hướng dẫn việc cấp tài khoản.\n"
    )
    assert _leads(body) == [("Sở Nội vụ", "Hướng dẫn việc")]


def test_a_person_named_by_the_work_they_lead_or_were_given_opens_a_duty() -> None:
    # "Người chủ trì <work>" names the person; grounds between the name and its word of
    # duty ("căn cứ vào …,") are no part of the name
    body = (
        "**Điều 7. Lập hồ sơ công việc**\n\n"
        "1. Người chủ trì xử lý hồ sơ có trách nhiệm báo cáo kết quả cho lãnh đạo đơn vị.\n\n"
        "2. Cá nhân được giao soạn thảo văn bản căn cứ vào kế hoạch công tác của đơn vị, "
        "có trách nhiệm lập hồ sơ công việc.\n"
    )
    assert _leads(body) == [
        ("Người chủ trì xử lý hồ sơ", "Báo cáo kết"),
        ("Cá nhân được giao soạn thảo văn bản", "Lập hồ sơ"),
    ]


def test_a_staff_role_may_name_its_body_and_a_system_and_bind_with_phai() -> None:
    # the clerk of "cơ quan, đơn vị <verb> …" (the verb says which body), a role using a
    # named system ("Phần mềm Một cửa": no body) and "phải" after a role qualified by work;
    # a role alone before "phải" states what a class of people must meet
    body = (
        "**Điều 8. Gửi, nhận hồ sơ điện tử**\n\n"
        "1. Văn thư cơ quan, đơn vị gửi hồ sơ có trách nhiệm cập nhật tình trạng xử lý "
        "trên phần mềm.\n\n"
        "2. Viên chức sử dụng Phần mềm Một cửa phải thực hiện đúng quy trình ký số.\n\n"
        "3. Học viên phải bảo đảm thời gian học tập tối thiểu.\n"
    )
    assert _leads(body) == [
        ("Văn thư cơ quan, đơn vị gửi hồ sơ", "Cập nhật tình"),
        ("Viên chức sử dụng Phần mềm Một cửa", "Thực hiện đúng"),
    ]


def test_the_offices_archive_opens_its_duty() -> None:
    # "Lưu trữ cơ quan" / "Lưu trữ hiện hành" is a unit named by its function, not the
    # verb "lưu trữ"
    body = (
        "**Điều 10. Nộp lưu hồ sơ**\n\n"
        "Lưu trữ cơ quan có trách nhiệm hướng dẫn các đơn vị lập hồ sơ nộp lưu.\n"
    )
    assert _leads(body) == [("Lưu trữ cơ quan", "Hướng dẫn các")]


def test_kinds_of_body_listed_before_a_colon_each_lead_the_step() -> None:
    # each part opens with its kind; "nước ngoài" goes on the part before it, and kinds
    # alone before a kind that says which are one group; names the name reader reads whole
    # ("Sở Tư pháp, các cơ quan báo chí:") are read as before
    body = (
        "**Điều 6. Quy trình đề nghị**\n\n"
        "a) Sở Tư pháp, các cơ quan báo chí: xét, có văn bản đề nghị Ủy ban nhân dân "
        "thành phố khen thưởng.\n\n"
        "b) Cơ quan Trung ương, các tổ chức xã hội nghề nghiệp, hiệp hội doanh nghiệp ở "
        "trong nước, nước ngoài và cơ quan, đơn vị, tổ chức có liên quan: xem xét, có văn "
        "bản đề nghị Ủy ban nhân dân thành phố khen thưởng.\n"
    )
    assert [lead for lead, _ in _leads(body)] == [
        "Sở Tư pháp",
        "các cơ quan báo chí",
        "Cơ quan Trung ương",
        "các tổ chức xã hội nghề nghiệp",
        "hiệp hội doanh nghiệp ở trong nước, nước ngoài",
        "cơ quan, đơn vị, tổ chức có liên quan",
    ]


def test_a_lead_in_opening_with_a_case_names_its_subject_after_thi() -> None:
    # "Khi … thì <person named by work> có trách nhiệm:" over numbered items: the person
    # after "thì" does the items
    body = (
        "**Điều 12. Xử lý sự cố**\n\n"
        "Khi phần mềm một cửa gặp sự cố kỹ thuật làm gián đoạn việc tiếp nhận hồ sơ thì "
        "người được phân công quản trị phần mềm tại cơ quan, đơn vị có trách nhiệm:\n\n"
        "1. Thông báo ngay cho lãnh đạo cơ quan, đơn vị về sự cố.\n\n"
        "2. Báo cáo Sở Khoa học và Công nghệ để được hướng dẫn khắc phục.\n"
    )
    who = "người được phân công quản trị phần mềm tại cơ quan, đơn vị"
    assert _leads(body) == [(who, "Thông báo ngay"), (who, "Báo cáo Sở")]
