"""Patterns of held-out round 96 read on texts of their own: the sanctioning powers of branch
offices named by their heads ("Chi cục trưởng Chi cục …", a name wrapped before "có quyền:"),
names that hold "trong nước", "ngoài nước" and "kiểm tra sau thông quan", the investigating
body of the police and its office, a body made the focal point of a work, the project owner
as a party of a selection, and working days from a contract's entry into force."""

from __future__ import annotations

from cascade.extract import extract_text
from cascade.extract.orgs import parse_org_list

from .decree_frame import by_lead, decree


def _decree(body: str) -> str:
    return decree(
        body,
        number="88/2026/NĐ-CP",
        date="ngày 12 tháng 5 năm 2026",
        title="Quy định xử phạt vi phạm hành chính trong lĩnh vực thủy sản",
        signer="Trần Hồng Hà",
        closing=40,
    )


_POWERS = """Điều 31. Thẩm quyền của Quản lý thị trường
1. Chi cục trưởng Chi cục Quản lý thị trường, Trưởng phòng Nghiệp vụ
Quản lý thị trường thuộc Cục Quản lý và Phát triển thị trường trong nước có quyền:
a) Phạt cảnh cáo;
b) Phạt tiền đến 250.000.000 đồng;
c) Tịch thu tang vật, phương tiện vi phạm hành chính.
2. Chi cục trưởng Chi cục Kiểm tra sau thông quan có quyền:
a) Phạt cảnh cáo;
b) Phạt tiền đến 50.000.000 đồng.
"""


def test_the_powers_of_heads_whose_last_name_wraps_are_no_tasks() -> None:
    # the item's last name runs over the line to "có quyền:": the line is no task text
    # under a heading of bodies, and the powers below it are no work
    assert by_lead(_decree(_POWERS)) == set()


def test_names_with_the_home_market_and_the_inspection_after_clearance() -> None:
    text = (
        "Chi cục trưởng Chi cục Kiểm tra sau thông quan, Cục Quản lý lao động ngoài nước, "
        "Cục Quản lý và Phát triển thị trường trong nước có trách nhiệm"
    )
    names = [m.text for m in parse_org_list(text)[0]]
    assert names == [
        "Chi cục Kiểm tra sau thông quan",
        "Cục Quản lý lao động ngoài nước",
        "Cục Quản lý và Phát triển thị trường trong nước",
    ]


def test_the_office_of_the_polices_investigating_body_is_one_name() -> None:
    text = (
        "Chánh Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an, Cục trưởng Cục Cảnh sát giao "
        "thông có quyền:"
    )
    names = [m.text for m in parse_org_list(text)[0]]
    assert names == ["Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an", "Cục Cảnh sát giao thông"]


def test_a_body_made_the_focal_point_of_a_work_does_it() -> None:
    text = _decree(
        "Điều 35. Trách nhiệm của các cơ quan\n1. Văn phòng Cơ quan Cảnh sát điều tra, Bộ Công an"
        " là đầu mối tiếp nhận, tổng hợp hồ sơ vụ vi phạm chuyển từ các cơ quan khác.\n"
    )
    assert ("văn phòng cơ quan cảnh sát điều tra, bộ công an", "đầu mối") in by_lead(text)


_OWNER = """Điều 12. Thông tin về hợp đồng
1. Chủ đầu tư cung cấp thông tin về uy tín của nhà thầu trong việc tham dự thầu.
2. Chủ đầu tư có trách nhiệm cung cấp thông tin chủ yếu của hợp đồng chậm nhất là 05 ngày làm
việc kể từ ngày hợp đồng có hiệu lực.
3. Chủ đầu tư dự án nhà máy chế biến thủy sản phải đăng ký với Sở Nông nghiệp và Môi trường.
"""


def test_the_project_owner_is_a_party_that_acts() -> None:
    # "Chủ đầu tư …": the project owner, named by its part in the selection, does the step
    found = by_lead(_decree(_OWNER))
    assert ("chủ đầu tư", "cung cấp") in found
    # "Chủ đầu tư dự án …": the owner of one project, not the party with "dự án" as its step
    assert not any(action.startswith("dự án") for _, action in found)


def test_working_days_from_a_contracts_entry_into_force_wait_for_it() -> None:
    # "05 ngày làm việc kể từ ngày hợp đồng có hiệu lực": the contract's day, not the decree's
    cascade = extract_text(_decree(_OWNER)).cascade
    due = [ob.deadline for ob in cascade.obligations if ob.clause == "Điều 12.2"]
    assert [d.kind for d in due] == ["event"]
