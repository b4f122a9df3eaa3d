"""Patterns found in held-out round 71 (a Government decree on the staff of civil judgment
enforcement: the examination of enforcers, the steps of their appointment, the inspectors'
and clerks' duties, the support tools and the badges), each checked on a text of its own."""

from __future__ import annotations

from .decree_frame import by_lead, decree, obligations


def _decree(body: str) -> str:
    return decree(
        body,
        number="88/2027/NĐ-CP",
        date="ngày 14 tháng 4 năm 2027",
        title="Quy định về tổ chức và hoạt động của Thừa phát lại",
        signer="Phạm Thị Hòa",
        closing=20,
    )


def _by_lead(body: str) -> set[tuple[str, str]]:
    """(lead, the action's first two words), in lower case, per obligation."""
    return by_lead(_decree(body))


def obligations_of(body: str) -> list[tuple[str, str]]:
    """(lead, action) in lower case, per obligation."""
    return obligations(_decree(body))


def test_a_paragraph_in_an_article_that_opens_with_its_basis_is_a_step() -> None:
    body = (
        "Điều 5. Bổ nhiệm Thừa phát lại\n"
        "1. Bổ nhiệm Thừa phát lại sau khi tập sự:\n"
        "Căn cứ kết quả kiểm tra tập sự, Sở Tư pháp có văn bản đề nghị bổ nhiệm Thừa phát lại\n"
        "gửi Bộ Tư pháp.\n"
        "2. Bộ Tư pháp xem xét hồ sơ đề nghị bổ nhiệm.\n"
    )
    found = _by_lead(body)
    assert ("sở tư pháp", "có văn") in found
    assert ("bộ tư pháp", "xem xét") in found


def test_the_acts_an_officer_may_not_do_are_no_tasks() -> None:
    body = (
        "Điều 8. Giám định viên\n"
        "1. Nhiệm vụ của Giám định viên:\n"
        "a) Thực hiện giám định theo trưng cầu của cơ quan tiến hành tố tụng;\n"
        "b) Lập hồ sơ giám định.\n"
        "2. Những việc Giám định viên không được làm:\n"
        "a) Nhận tiền của người yêu cầu giám định ngoài chi phí đã thỏa thuận;\n"
        "b) Tiết lộ kết quả giám định cho người không có quyền biết.\n"
    )
    found = _by_lead(body)
    assert ("giám định viên", "thực hiện") in found
    assert ("giám định viên", "nhận tiền") not in found
    assert ("giám định viên", "tiết lộ") not in found


def test_staff_named_by_kind_after_officers_are_leads_of_their_own() -> None:
    body = (
        "Điều 12. Trang phục\n"
        "1. Giám định viên, kiểm sát viên, công chức được cấp trang phục theo niên hạn.\n"
        "2. Khi nghỉ hưu, Giám định viên, công chức và người lao động khác có trách nhiệm\n"
        "nộp lại trang phục cho Thủ trưởng đơn vị.\n"
    )
    found = _by_lead(body)
    assert ("giám định viên", "nộp lại") in found
    assert ("công chức", "nộp lại") in found
    assert ("người lao động khác", "nộp lại") in found
    assert not any(action.startswith(("được", "công chức")) for _, action in found)


def test_the_enforcement_clerk_is_a_person_by_function() -> None:
    body = (
        "Điều 9. Nhiệm vụ của Thư ký thi hành án\n"
        "Thư ký thi hành án có các nhiệm vụ sau đây:\n"
        "a) Ghi biên bản kê biên tài sản theo phân công của Chấp hành viên;\n"
        "b) Sắp xếp, lưu giữ hồ sơ thi hành án.\n"
    )
    found = _by_lead(body)
    assert ("thư ký thi hành án", "ghi biên") in found
    assert ("thư ký thi hành án", "sắp xếp,") in found


def test_whom_an_officer_helps_in_their_remit_is_no_task() -> None:
    body = (
        "Điều 10. Kiểm tra viên\n"
        "1. Kiểm tra viên giúp Giám đốc Sở Tư pháp thực hiện nhiệm vụ kiểm tra công tác\n"
        "bổ trợ tư pháp.\n"
        "2. Kiểm tra viên có các nhiệm vụ sau đây:\n"
        "a) Giúp Giám đốc Sở Tư pháp lập kế hoạch kiểm tra hằng năm;\n"
        "b) Kiểm tra hồ sơ hành nghề của Thừa phát lại.\n"
    )
    found = _by_lead(body)
    assert ("kiểm tra viên", "giúp giám") in found  # 2 a), a duty
    assert ("kiểm tra viên", "kiểm tra") in found
    obligations = [a for lead, a in obligations_of(body) if lead == "kiểm tra viên"]
    assert not any("thực hiện nhiệm vụ kiểm tra" in a for a in obligations)
