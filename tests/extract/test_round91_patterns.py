"""Patterns from held-out round 91 (decrees on the bankruptcy of firms and on advancing the
cost of emergency care for minors; a ministry's circular on public employees' titles), each
on a text of its own in the same shape."""

from __future__ import annotations

from cascade.extract import extract_text

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


_CASES_THEN = """Điều 6. Thay đổi người quản lý hợp tác xã
1. Trong quá trình giám sát hợp tác xã, trường hợp người quản lý vi phạm quy định tại
Điều 3 Nghị định này thì Ban đại diện chủ nợ; Quản tài viên; Hội đồng quản trị của công
ty cổ phần theo quy định tại khoản 1 Điều 24 Luật Phá sản; cơ quan thuế
có văn bản gửi Thẩm phán đề nghị thay đổi người quản lý.
2. Trường hợp chi phí thực tế ít hơn số tiền đã tạm ứng thì cơ sở y tế có trách nhiệm
hoàn trả cho Quỹ Hỗ trợ phá sản.
3. Trường hợp hồ sơ hợp lệ thì người nộp đơn được nhận lại tiền tạm ứng.
4. Trường hợp không đủ điều kiện thì hồ sơ được trả lại cho người nộp đơn.
5. Trường hợp có yêu cầu thì doanh nghiệp đề nghị cấp lại giấy chứng nhận.
"""


def test_kinds_of_body_after_a_cases_then_take_its_work() -> None:
    # "… thì cơ sở y tế có văn bản …" (one kind, lower case) and "… thì Ban đại diện chủ nợ;
    # Quản tài viên; Hội đồng quản trị của công ty cổ phần; cơ quan … có văn bản …" (a list
    # ending at the verb); "thì người nộp đơn được …", "thì hồ sơ …" name no body, nor a
    # bare kind ("thì doanh nghiệp đề nghị cấp lại …": whoever applies)
    found = by_lead(_bankruptcy_decree(_CASES_THEN))
    for lead in (
        "ban đại diện chủ nợ",
        "quản tài viên",
        "hội đồng quản trị của công ty cổ phần",
        "cơ quan thuế",
    ):
        assert (lead, "có văn") in found
    assert ("cơ sở y tế", "hoàn trả") in found
    assert not any(lead.startswith(("người nộp", "hồ sơ", "doanh nghiệp")) for lead, _ in found)


def test_work_after_a_case_inside_the_opening_is_due_when_it_arises() -> None:
    # "Trong quá trình …, trường hợp … thì X có văn bản …": the case is the work's event
    draft = extract_text(_bankruptcy_decree(_CASES_THEN)).cascade
    kinds = {ob.clause: ob.deadline.kind for ob in draft.obligations if ob.deadline}
    assert kinds.get("Điều 6.1") == "event"


def test_kinds_asking_after_a_cases_then_are_applicants() -> None:
    # "… thì cơ quan, tổ chức, doanh nghiệp gửi văn bản đề nghị …": whoever applies, not a
    # body given work; the same kinds with work of their own take it
    found = by_lead(
        _bankruptcy_decree(
            """Điều 7. Cấp lại giấy chứng nhận
1. Trường hợp có nhu cầu thì cơ quan, tổ chức, doanh nghiệp gửi văn bản đề nghị cấp lại
giấy chứng nhận đến Bộ Tư pháp.
2. Trường hợp mất giấy chứng nhận thì cơ quan, tổ chức, doanh nghiệp gửi công văn thông báo
đến Bộ Tư pháp.
"""
        )
    )
    assert ("cơ quan, tổ chức, doanh nghiệp", "gửi công") in found
    assert not any(action.startswith("gửi văn") for _, action in found)


def _victims_fund_decree(body: str) -> str:
    return decree(
        body,
        number="Số: 88/2026/NĐ-CP",
        date="ngày 10 tháng 4 năm 2026",
        title="Quy định việc tạm ứng chi phí trợ giúp pháp lý cho người bị hại",
        signer="Hồ Đức Phớc",
    )


_FUND_STEPS = """Điều 4. Trình tự tạm ứng
1. Trong thời hạn 03 ngày làm việc kể từ khi nhận được Giấy đề nghị, cơ quan công an đang
giải quyết vụ án có trách nhiệm xác nhận thông tin về người bị hại gửi trung tâm trợ giúp pháp lý.
2. Trong thời gian 05 ngày làm việc, kể từ khi kết thúc vụ việc, trung tâm trợ giúp pháp lý
có trách nhiệm gửi bảng kê chi phí đến Quỹ Hỗ trợ người bị hại.
3. Trường hợp chi phí thực tế nhiều hơn số tiền đã tạm ứng thì Quỹ Hỗ trợ người bị hại thanh
toán số còn lại cho trung tâm trợ giúp pháp lý.
4. Trong thời gian 03 tháng trước ngày đề nghị, trung tâm trợ giúp pháp lý nhận tạm ứng
tại các đợt như sau.
"""


def test_a_body_named_by_the_case_it_is_handling() -> None:
    # "cơ quan công an đang giải quyết vụ án có trách nhiệm …": the clause says which body (the
    # name reader stopped at "đang" and took "cơ quan công an" with no work)
    found = by_lead(_victims_fund_decree(_FUND_STEPS))
    assert ("cơ quan công an đang giải quyết vụ án", "xác nhận") in found
    assert not any(lead == "cơ quan công an" for lead, _ in found)


def test_a_term_in_days_opens_a_sentence_as_a_time_limit_does() -> None:
    # "Trong thời gian 05 ngày làm việc, kể từ …, trung tâm … có trách nhiệm gửi …" reads as
    # "Trong thời hạn …"; "Trong thời gian 03 tháng trước ngày …" (a window looked back on,
    # in months) opens nothing
    draft = extract_text(_victims_fund_decree(_FUND_STEPS)).cascade
    found = by_lead(_victims_fund_decree(_FUND_STEPS))
    assert ("trung tâm trợ giúp pháp lý", "gửi bảng") in found
    assert not any(action.startswith("nhận tạm") for _, action in found)
    kinds = {ob.clause: ob.deadline.kind for ob in draft.obligations if ob.deadline}
    assert kinds.get("Điều 4.2") == "event"


def test_a_fund_that_pays_the_rest_is_given_work() -> None:
    # "thì Quỹ X thanh toán số còn lại cho …": paying a sum is work (not "thanh toán" alone,
    # which is also a noun: "vượt tổng mức thanh toán giai đoạn …")
    found = by_lead(_victims_fund_decree(_FUND_STEPS))
    assert ("quỹ hỗ trợ người bị hại", "thanh toán") in found
