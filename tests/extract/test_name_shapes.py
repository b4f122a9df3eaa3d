"""Bodies named in a plain sentence ("1. <Name> rà soát …"): the shapes of names that the
rules had not met (a head of several words standing alone or going on in lower case, …).

Every name here is invented; each shape is read both by the name parser and as the lead of
a task in a ministry letter.
"""

from __future__ import annotations

import pytest

from cascade.extract.heading_roles import GENERIC_BODY_START
from cascade.extract.orgs import parse_org_list

from .test_task_rules import _extract, _tasks

_WORK = "rà soát danh mục các công trình, báo cáo kết quả."

# (name, the name as the parser reads it)
SHAPES = [
    # a head of several words is a name on its own, or goes on in lower case
    ("Ban Chỉ đạo", "Ban Chỉ đạo"),
    ("Ban Quản lý các cảng cá", "Ban Quản lý các cảng cá"),
    ("Bộ Chỉ huy biên phòng tỉnh", "Bộ Chỉ huy biên phòng tỉnh"),
    ("Tòa án nhân dân thành phố", "Tòa án nhân dân thành phố"),
    ("Viện kiểm sát nhân dân huyện", "Viện kiểm sát nhân dân huyện"),
    ("Công ty cổ phần Cấp thoát nước Sông Mây", "Công ty cổ phần Cấp thoát nước Sông Mây"),
    ("Tổ đại biểu", "Tổ đại biểu"),
    # a kind of body, capitalised only because it opens the sentence
    ("Đơn vị kiểm định", "Đơn vị kiểm định"),
    ("Cơ sở giáo dục nghề nghiệp", "Cơ sở giáo dục nghề nghiệp"),
    ("Sở, ban, ngành", "Sở, ban, ngành"),
    ("Cấp ủy", "Cấp ủy"),
    ("Hội cựu chiến binh", "Hội cựu chiến binh"),
    ("Đoàn giám sát", "Đoàn giám sát"),
    ("Cơ quan, tổ chức cấp trên", "Cơ quan, tổ chức cấp trên"),
    # a person or owner who acts by a power or a role in a procedure
    ("Người có thẩm quyền", "Người có thẩm quyền"),
    ("Người sử dụng dịch vụ", "Người sử dụng dịch vụ"),
    # heads not met before, a noun of two words that holds a verb, a head over places
    ("Tổng Liên đoàn lao động tỉnh", "Tổng Liên đoàn lao động tỉnh"),
    ("Vườn quốc gia Sông Mây", "Vườn quốc gia Sông Mây"),
    (
        "Công ty cổ phần Xây dựng giao thông Sông Mây",
        "Công ty cổ phần Xây dựng giao thông Sông Mây",
    ),
    ("Công an các xã, phường", "Công an các xã, phường"),
    ("Thuế các phường, đặc khu", "Thuế các phường, đặc khu"),
    # a group of a level that lists its places after a colon, the last after "và"
    (
        "Ủy ban nhân dân các tỉnh: Sông Mây, Núi Đỏ và Hồ Xanh",
        "Ủy ban nhân dân các tỉnh: Sông Mây, Núi Đỏ và Hồ Xanh",
    ),
    # a body of two levels
    (
        "Ban Chỉ huy Phòng chống thiên tai cấp tỉnh, cấp xã",
        "Ban Chỉ huy Phòng chống thiên tai cấp tỉnh, cấp xã",
    ),
    # a name that holds a comma: capitalised words naming no body of their own, then the work
    ("Vụ Thi đua, Khen thưởng", "Vụ Thi đua, Khen thưởng"),
    ("Cục Di sản, Bảo tàng và Triển lãm", "Cục Di sản, Bảo tàng và Triển lãm"),
]


@pytest.mark.parametrize(("name", "read"), SHAPES)
def test_the_parser_reads_the_whole_name(name: str, read: str) -> None:
    text = f"{name} {_WORK}"
    # a kind of body in lower case is read as a name where a sentence opens with it
    mentions, end = parse_org_list(text, lowercase_ok=GENERIC_BODY_START.match(text) is not None)
    assert [m.text for m in mentions] == [read]
    assert text[end:].strip() == _WORK


def test_a_capitalised_adverb_ends_a_name_that_holds_a_comma() -> None:
    tasks = _tasks(
        _extract("1. Cục Di sản, Bảo tàng và Triển lãm Khẩn trương hoàn thiện dự thảo.\n")
    )
    assert [(lead, action) for lead, _, action, _ in tasks] == [
        ("Cục Di sản, Bảo tàng và Triển lãm", "Khẩn trương hoàn thiện dự thảo.")
    ]


@pytest.mark.parametrize(("name", "read"), SHAPES)
def test_the_name_leads_its_task(name: str, read: str) -> None:
    tasks = _tasks(_extract(f"1. {name} {_WORK}\n"))
    assert [(lead, action) for lead, _, action, _ in tasks] == [
        (read, "Rà soát danh mục các công trình, báo cáo kết quả.")
    ]


def test_a_verb_inside_an_aside_after_the_name_is_not_its_work() -> None:
    body = (
        "1. Qua kiểm tra các đơn vị: Công ty cổ phần Xây dựng giao thông Sông Mây (Gói thầu"
        " số 7: Thi công công trình nối Quốc lộ 9 với cao tốc); Công ty TNHH Hoa Lư (Gói"
        " thầu số 8 lý trình Km2 - Km5) cho thấy các đơn vị đã chấp hành tốt quy định.\n"
    )
    assert _tasks(_extract(body)) == []


def test_the_list_of_what_a_letter_encloses_is_no_task() -> None:
    body = "1. Sở Y tế rà soát danh mục thuốc.\n\nBộ Y tế gửi kèm bộ tài liệu gồm:\n- Sổ tay;\n"
    assert [lead for lead, _, _, _ in _tasks(_extract(body))] == ["Sở Y tế"]


def test_a_person_with_the_power_after_a_condition_leads_the_task() -> None:
    body = "2. Trường hợp cần sửa đổi dự thảo, người có thẩm quyền cho ý kiến trên hệ thống.\n"
    assert [lead for lead, _, _, _ in _tasks(_extract(body))] == ["người có thẩm quyền"]


def test_a_body_of_two_levels_may_end_the_text() -> None:
    mentions, _ = parse_org_list("Ban Chỉ huy cấp tỉnh, cấp xã")
    assert [m.text for m in mentions] == ["Ban Chỉ huy cấp tỉnh, cấp xã"]
