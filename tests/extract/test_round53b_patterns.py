"""Patterns left by held-out rounds 52 and 53 (the Official Gazette's text layer of
Government decrees on extradition and the transfer of prisoners: the papers a procedure
passes on, the steps a case calls for), each checked on a text of its own."""

from __future__ import annotations

from .test_round51_patterns import _leads_and_actions


def test_passing_on_an_application_or_a_notice_is_a_step() -> None:
    found = _leads_and_actions(
        "Điều 12. Tiếp nhận đơn xin hồi hương\n"
        "1. Trong thời hạn 07 ngày kể từ ngày nhận được đơn, cơ quan lãnh sự của Việt Nam có "
        "trách nhiệm chuyển đơn và các giấy tờ kèm theo đến Bộ Tư pháp.\n"
        "2. Bộ Tư pháp chuyển thông báo từ chối đến người làm đơn và nêu rõ lý do.\n"
        "3. Cục Lãnh sự chuyển thông tin bổ sung đến cơ quan có thẩm quyền của nước sở tại.\n"
    )
    assert found == [
        ("cơ quan lãnh sự của Việt Nam", "Chuyển đơn và các giấy tờ kèm theo đến Bộ Tư pháp."),
        ("Bộ Tư pháp", "Chuyển thông báo từ chối đến người làm đơn và nêu rõ lý do."),
        (
            "Cục Lãnh sự",
            "Chuyển thông tin bổ sung đến cơ quan có thẩm quyền của nước sở tại.",
        ),
    ]
