"""Patterns found in held-out round 66 (a Government decree on civil judgment enforcement
offices and their officers: the offices' and the enforcement bodies' steps in the
procedures, the officers' own steps), each checked on a text of its own."""

from __future__ import annotations

from .decree_frame import decree, obligations


def _decree(body: str) -> str:
    return decree(
        body,
        number="93/2026/NĐ-CP",
        date="ngày 14 tháng 4 năm 2026",
        title="Về quản lý tiền, tài sản tạm giữ trong thi hành án dân sự",
        signer="Đỗ Văn Hải",
        closing=40,
    )


def _obligations(body: str) -> list[tuple[str, str]]:
    return obligations(_decree(body))


def test_an_enforcement_body_is_named_whole_and_its_step_read_whatever_the_verb() -> None:
    body = (
        "Điều 12. Tiền, tài sản tạm giữ\n"
        "1. Văn phòng thi hành án dân sự có nghĩa vụ mua két sắt để cất giữ tiền, giấy tờ có\n"
        "giá của đương sự.\n"
        "2. Cơ quan thi hành án dân sự trả lại tài sản tạm giữ cho đương sự khi có quyết định\n"
        "của Chấp hành viên.\n"
        "3. Tòa án nhân dân, Viện kiểm sát nhân dân, cơ quan thi hành án dân sự nhận và lưu\n"
        "bản sao biên bản tạm giữ tài sản.\n"
    )
    found = _obligations(body)
    assert (
        "văn phòng thi hành án dân sự",
        "mua két sắt để cất giữ tiền, giấy tờ có giá của đương sự.",
    ) in found
    assert any(
        lead == "cơ quan thi hành án dân sự" and action.startswith("trả lại tài sản")
        for lead, action in found
    )
    kept = {lead for lead, action in found if action.startswith("nhận và lưu bản sao")}
    assert {"viện kiểm sát nhân dân", "cơ quan thi hành án dân sự"} <= kept
    assert not any(lead in {"văn phòng", "cơ quan"} for lead, _ in found)


def test_an_enforcement_officer_takes_his_own_steps_but_not_his_liabilities() -> None:
    body = (
        "Điều 21. Kê biên tài sản\n"
        "1. Thừa hành viên phải niêm phong tài sản kê biên trước sự chứng kiến của đương sự.\n"
        "2. Trường hợp tài sản hư hỏng thì Chấp hành viên lập biên bản mô tả hiện trạng.\n"
        "3. Thừa hành viên phải chịu trách nhiệm về việc bảo quản tài sản kê biên.\n"
        "4. Thừa hành viên bị đình chỉ kê biên trong các trường hợp sau đây:\n"
    )
    found = _obligations(body)
    assert (
        "thừa hành viên",
        "niêm phong tài sản kê biên trước sự chứng kiến của đương sự.",
    ) in found
    assert ("chấp hành viên", "lập biên bản mô tả hiện trạng.") in found
    assert not any("chịu trách nhiệm" in action or "đình chỉ" in action for _, action in found)
