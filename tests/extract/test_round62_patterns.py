"""Patterns found in held-out round 62 (the Official Gazette's text layer of a Government
decree detailing a law: one-stop procedures whose steps name the authority by its
competence, assessing organisations named by their work, transition terms and the bodies'
duties), each checked on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import by_lead, decree


def _decree(body: str) -> str:
    return decree(
        body,
        number="64/2026/NĐ-CP",
        date="ngày 16 tháng 3 năm 2026",
        title="Quy định chi tiết về hoạt động kiểm định chất lượng giống cây trồng",
        signer="Nguyễn Văn Hòa",
        closing=40,
    )


def _by_lead(body: str) -> set[tuple[str, str]]:
    return by_lead(_decree(body))


def test_the_authority_named_by_its_competence_takes_the_procedure_steps() -> None:
    body = (
        "Điều 9. Trình tự, thủ tục cấp giấy phép kiểm định\n"
        "1. Trình tự cấp, cấp lại giấy phép.\n"
        "a) Tổ chức có nhu cầu lập hồ sơ và gửi đến cơ quan có thẩm quyền;\n"
        "b) Trong thời hạn 08 ngày làm việc kể từ ngày nhận đủ hồ sơ, cơ quan có thẩm\n"
        "quyền có trách nhiệm thẩm tra hồ sơ và cấp giấy phép;\n"
        "c) Trong thời hạn 02 ngày làm việc, kể từ ngày cấp giấy phép, cơ quan có thẩm\n"
        "quyền có trách nhiệm đăng tải giấy phép trên cổng thông tin điện tử.\n"
        "2. Trong thời hạn 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ đề nghị miễn, giảm phí\n"
        "kiểm định, cơ quan có thẩm quyền quyết định đồng ý hoặc không đồng ý miễn, giảm phí.\n"
        "3. Trong thời hạn 06 ngày làm việc kể từ ngày nhận được hồ sơ, cơ quan có thẩm\n"
        "quyền cấp, cấp lại giấy phép kiểm định có trách nhiệm quyết định cấp, cấp lại giấy\n"
        "phép kiểm định.\n"
        "4. Trường hợp có kết luận thanh tra, cơ quan có thẩm quyền cấp giấy phép kiểm định\n"
        "quyết định thu hồi giấy phép đã cấp.\n"
        "5. Trường hợp đặt hàng kiểm định, cơ quan có thẩm quyền hỗ trợ kiểm định giống cho\n"
        "hợp tác xã ký hợp đồng đặt hàng với tổ chức kiểm định.\n"
    )
    found = _by_lead(body)
    assert ("cơ quan có thẩm quyền", "thẩm tra") in found
    assert ("cơ quan có thẩm quyền", "đăng tải") in found
    assert ("cơ quan có thẩm quyền", "quyết định") in found
    assert ("cơ quan có thẩm quyền cấp, cấp lại giấy phép kiểm định", "quyết định") in found
    assert ("cơ quan có thẩm quyền cấp giấy phép kiểm định", "quyết định") in found
    assert ("cơ quan có thẩm quyền hỗ trợ kiểm định giống cho hợp tác xã", "ký hợp") in found


def test_a_refusal_after_a_step_is_a_task_of_its_own_on_its_case() -> None:
    body = (
        "Điều 9. Trình tự, thủ tục cấp giấy phép kiểm định\n"
        "1. Trong thời hạn 08 ngày làm việc kể từ ngày nhận đủ hồ sơ, Sở Nông nghiệp và Môi\n"
        "trường có trách nhiệm thẩm tra hồ sơ và cấp giấy phép. Trường hợp không cấp, cấp lại\n"
        "thì phải trả lời bằng văn bản và nêu rõ lý do.\n"
        "2. Trong thời hạn 06 ngày làm việc kể từ ngày nhận đủ hồ sơ, Cục Trồng trọt có trách\n"
        "nhiệm thẩm tra hồ sơ và công nhận kết quả khảo nghiệm; trường hợp không công nhận,\n"
        "thừa nhận thì phải trả lời bằng văn bản và nêu rõ lý do.\n"
    )
    found = _by_lead(body)
    assert ("sở nông nghiệp và môi trường", "trả lời") in found
    assert ("cục trồng trọt", "trả lời") in found


def test_an_organisation_named_by_its_service_keeps_its_whole_name() -> None:
    body = (
        "Điều 12. Quy trình kiểm định giống cây trồng\n"
        "1. Các tổ chức kiểm định chất lượng giống cây trồng thực hiện kiểm định theo các\n"
        "bước sau:\n"
        "a) Lập kế hoạch kiểm định cho từng lô giống;\n"
        "b) Tổng hợp kết quả kiểm định.\n"
        "2. Tổ chức chứng nhận giống cây trồng có trách nhiệm cập nhật hồ sơ chứng nhận lên\n"
        "cơ sở dữ liệu giống cây trồng.\n"
        "3. Tổ chức đánh giá kết quả thực hiện kế hoạch kiểm định.\n"
    )
    found = _by_lead(body)
    assert ("các tổ chức kiểm định chất lượng giống cây trồng", "lập kế") in found
    assert ("các tổ chức kiểm định chất lượng giống cây trồng", "tổng hợp") in found
    assert ("tổ chức chứng nhận giống cây trồng", "cập nhật") in found
    assert not any(lead.startswith("tổ chức đánh giá") for lead, _ in found)


def test_a_term_from_the_day_another_decision_is_issued_is_due_on_that_event() -> None:
    body = (
        "Điều 14. Thu hồi giấy phép kiểm định\n"
        "1. Trong thời hạn 05 ngày làm việc, kể từ ngày ban hành quyết định thu hồi giấy\n"
        "phép, Sở Nông nghiệp và Môi trường có trách nhiệm đăng tải quyết định thu hồi trên\n"
        "cổng thông tin điện tử.\n"
        "2. Trong thời hạn 20 ngày kể từ ngày ký văn bản chấp thuận, Cục Trồng trọt có trách\n"
        "nhiệm cập nhật danh sách tổ chức kiểm định.\n"
    )
    obligations = extract_text(_decree(body)).cascade.obligations
    kinds = {ob.action.split()[0].lower(): ob.deadline.kind for ob in obligations}
    # (days, not working days, from an event are not read: no date, no event)
    assert kinds["đăng"] == "event"
    assert kinds["cập"] != "absolute"
