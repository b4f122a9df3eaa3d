"""Patterns left by held-out rounds 52 and 53 (the Official Gazette's text layer of
Government decrees on extradition and the transfer of prisoners: the papers a procedure
passes on, the steps a case calls for), each checked on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .test_round51_patterns import _DECREE, _leads_and_actions


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


def test_the_body_after_a_cases_then_does_the_step() -> None:
    found = _leads_and_actions(
        "Điều 14. Rút đơn xin hồi hương\n"
        "1. Trường hợp người làm đơn rút đơn trước khi có quyết định thì Bộ Tư pháp thông báo "
        "bằng văn bản cho Tòa án nhân dân có thẩm quyền.\n"
        "2. Sau khi nhận được văn bản rút đơn thì Cục Lãnh sự tiến hành kiểm tra hồ sơ.\n"
        "3. Trường hợp hồ sơ bị thất lạc thì cơ sở giam giữ lập lại hồ sơ theo mẫu.\n"
    )
    # (a kind of body in lower case after "thì", more than its bare head, takes the step
    # too since round 91: see then_kinds)
    assert found == [
        ("Bộ Tư pháp", "Thông báo bằng văn bản cho Tòa án nhân dân có thẩm quyền."),
        ("Cục Lãnh sự", "Tiến hành kiểm tra hồ sơ."),
        ("cơ sở giam giữ", "Lập lại hồ sơ theo mẫu."),
    ]


def test_a_case_before_then_is_the_event_its_step_waits_for() -> None:
    extraction = extract_text(
        _DECREE.format(
            body="Điều 14. Rút đơn xin hồi hương\n"
            "1. Trường hợp người làm đơn rút đơn trước khi có quyết định thì Bộ Tư pháp thông "
            "báo bằng văn bản cho Tòa án nhân dân có thẩm quyền.\n"
        )
    )
    deadlines = [ob.deadline for ob in extraction.cascade.obligations]
    assert [(d.kind, d.text) for d in deadlines] == [
        ("event", "Trường hợp người làm đơn rút đơn trước khi có quyết định")
    ]
