"""Patterns from held-out round 91 (decrees on the bankruptcy of firms and on advancing the
cost of emergency care for minors; a ministry's circular on public employees' titles), each
on a text of its own in the same shape."""

from __future__ import annotations

from .decree_frame import by_lead, decree
from .test_round89_patterns import circular

_UNIT = "đơn vị sự nghiệp công lập trực tiếp quản lý, sử dụng viên chức y tế trại giam"
_ABOVE = "cơ quan có thẩm quyền quản lý " + _UNIT

_DUTIES = """Điều 8. Trách nhiệm của các cơ quan, đơn vị
1. Thông tư này là căn cứ để thực hiện việc tuyển dụng và quản lý đội ngũ viên chức y tế
trại giam.
2. Người đứng đầu đơn vị sự nghiệp công lập trực tiếp quản lý, sử dụng viên chức y tế
trại giam có trách nhiệm:
a) Lập danh sách viên chức y tế đủ điều kiện, trình cấp có thẩm quyền quyết định;
b) Quyết định cử viên chức đi khám sức khỏe theo thẩm quyền.
3. Người đứng đầu cơ quan có thẩm quyền quản lý đơn vị sự nghiệp công lập
trực tiếp quản lý, sử dụng viên chức y tế trại giam có trách nhiệm:
a) Phê duyệt danh sách viên chức y tế khám sức khỏe;
b) Báo cáo kết quả khám sức khỏe về Cục Y tế.
"""


def test_a_unit_named_by_the_staff_it_manages_and_uses_directly() -> None:
    # "Người đứng đầu đơn vị … trực tiếp quản lý, sử dụng viên chức … có trách nhiệm:": the
    # relative clause says which unit (not "đơn vị sự nghiệp công lập", not "cơ quan")
    found = by_lead(circular(_DUTIES))
    assert (_UNIT, "lập danh") in found
    assert (_ABOVE, "phê duyệt") in found
    assert (_ABOVE, "báo cáo") in found
    assert not any(lead in {"đơn vị sự nghiệp công lập", "cơ quan"} for lead, _ in found)


def test_a_decision_under_a_duty_lead_in_is_a_duty() -> None:
    # "X có trách nhiệm:" over "b) Quyết định cử …": a duty, not a power the body holds
    assert (_UNIT, "quyết định") in by_lead(circular(_DUTIES))


def test_what_the_document_serves_for_is_no_work() -> None:
    # "Thông tư này là căn cứ để thực hiện …" under a duty title: no body given work
    found = by_lead(circular(_DUTIES))
    assert not any(action.startswith("thông tư") for _, action in found)


def _bankruptcy_decree(body: str) -> str:
    return decree(
        body,
        number="Số: 77/2026/NĐ-CP",
        date="ngày 02 tháng 4 năm 2026",
        title="Quy định chi tiết một số điều của Luật Phá sản",
        signer="Hồ Đức Phớc",
    )


def test_the_administrator_of_a_bankrupt_firm_is_a_person_who_acts() -> None:
    # "Quản tài viên" (named by the court in a recovery or a bankruptcy) acts in its own
    # name, as "Thẩm phán" and "Chấp hành viên"
    found = by_lead(
        _bankruptcy_decree(
            """Điều 5. Giám sát việc bán tài sản của hợp tác xã
1. Quản tài viên phải báo cáo Thẩm phán về việc bán tài sản của hợp tác xã.
2. Quản tài viên có trách nhiệm trả lời cho hợp tác xã việc bán tài sản.
"""
        )
    )
    assert ("quản tài viên", "báo cáo") in found
    assert ("quản tài viên", "trả lời") in found


def test_a_firm_named_by_the_acts_on_assets_it_is_licensed_for() -> None:
    # "doanh nghiệp quản lý, thanh lý tài sản": one kind of firm, not "doanh nghiệp" and the
    # verb "Quản lý"; a firm's own assets ("… tài sản cố định") leave the acts its work
    found = by_lead(
        _bankruptcy_decree(
            """Điều 5. Giám sát việc bán tài sản của hợp tác xã
1. Trong thời hạn 05 ngày làm việc kể từ ngày nhận được đề nghị của hợp tác xã, Quản tài
viên, doanh nghiệp quản lý, thanh lý tài sản có trách nhiệm trả lời cho hợp tác xã việc bán
tài sản.
2. Doanh nghiệp quản lý, thanh lý tài sản cố định theo quy định của pháp luật về kế toán.
"""
        )
    )
    assert ("doanh nghiệp quản lý, thanh lý tài sản", "trả lời") in found
    assert ("quản tài viên", "trả lời") in found
    assert not any(lead == "doanh nghiệp" for lead, _ in found)
