"""Patterns found in held-out round 69 (a Government decree on the management of the
officers of state enterprises: the appointing authority, the owner's agency and the
enterprise's own boards in each step of the personnel procedures), each checked on a text
of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import by_lead, decree


def _decree(body: str) -> str:
    return decree(
        body,
        number="57/2026/NĐ-CP",
        date="ngày 9 tháng 3 năm 2026",
        title="Về quản lý viên chức quản lý tại đơn vị sự nghiệp công lập",
        signer="Trần Văn Khải",
        closing=30,
    )


def _deadlines(body: str) -> dict[str, str]:
    """The first three words of each obligation's action, lower case, and its deadline's kind."""
    cascade = extract_text(_decree(body)).cascade
    return {
        " ".join(ob.action.split()[:3]).lower(): (ob.deadline.kind if ob.deadline else "none")
        for ob in cascade.obligations
    }


def test_how_long_a_suspension_lasts_dates_no_other_work() -> None:
    body = (
        "Điều 20. Trình tự xem xét kỷ luật\n"
        "1. Hội đồng kỷ luật có trách nhiệm xem xét hồ sơ và kiến nghị hình thức kỷ luật.\n"
        "Điều 21. Đình chỉ công tác\n"
        "1. Người đứng đầu đơn vị có trách nhiệm ra quyết định đình chỉ công tác.\n"
        "2. Thời hạn đình chỉ công tác\n"
        "a) Thời hạn đình chỉ công tác không quá 20 ngày làm việc;\n"
        "b) Khi hết thời hạn đình chỉ công tác thì quyết định đình chỉ hết hiệu lực.\n"
    )
    found = _deadlines(body)
    assert found["xem xét hồ"] != "absolute"
    assert found["ra quyết định"] != "absolute"


def _by_lead(body: str) -> set[tuple[str, str]]:
    """(lead, the action's first two words), in lower case, per obligation."""
    return by_lead(_decree(body))


def test_the_authority_and_the_staff_office_take_the_steps_of_a_personnel_procedure() -> None:
    body = (
        "Điều 14. Điều động viên chức quản lý\n"
        "1. Tập thể lãnh đạo doanh nghiệp bàn bạc, thống nhất nhu cầu điều động.\n"
        "2. Trong thời hạn 15 ngày làm việc kể từ ngày nhận được đề nghị, cơ quan tham mưu về\n"
        "công tác cán bộ gặp gỡ nhân sự dự kiến điều động.\n"
        "3. Trường hợp nhân sự không đồng ý điều động thì cấp có thẩm quyền bổ nhiệm trao đổi\n"
        "với đơn vị nơi nhân sự đang công tác.\n"
        "4. Cấp có thẩm quyền xử lý kỷ luật phải thống nhất với tổ chức đảng trước khi\n"
        "quyết định.\n"
    )
    found = _by_lead(body)
    assert ("tập thể lãnh đạo doanh nghiệp", "bàn bạc,") in found
    assert ("cơ quan tham mưu về công tác cán bộ", "gặp gỡ") in found
    assert ("cấp có thẩm quyền", "trao đổi") in found
    assert ("cấp có thẩm quyền", "thống nhất") in found


def test_a_company_chairman_is_a_post_of_its_own() -> None:
    body = (
        "Điều 22. Thuê Giám đốc điều hành\n"
        "1. Chủ tịch công ty lập phương án thuê Giám đốc điều hành trình cấp có thẩm quyền.\n"
        "2. Hội đồng thành viên, Chủ tịch công ty có trách nhiệm giám sát việc thực hiện hợp\n"
        "đồng thuê.\n"
    )
    found = _by_lead(body)
    assert ("chủ tịch công ty", "lập phương") in found
    assert ("chủ tịch công ty", "giám sát") in found
    assert ("hội đồng thành viên", "giám sát") in found
    assert not any(lead == "công ty" for lead, _ in found)
