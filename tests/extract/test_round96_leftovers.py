"""Leftovers of held-out round 96 read on texts of their own: a case's "thì" that closes a long
condition before a party of a selection, a body that "đưa ra" something, a demand made of a
foreign state, a translation as a step, the border force named by its work, a lead-in
whose body and word of duty follow an opening clause, an "if" before a body named with
capitals, the steps of entering a file in a register and issuing a letter, the escort team, and a
logistics academy whose name ends with "cần"."""

from __future__ import annotations

from cascade.extract import extract_text
from cascade.extract.orgs import parse_org_list

from .decree_frame import by_lead, circular, decree, obligations


def _circular(body: str) -> str:
    return circular(
        body,
        ministry="Bộ Kế hoạch và Đầu tư",
        number="09/2025/TT-BKHĐT",
        date="ngày 3 tháng 6 năm 2025",
        title="Quy định chi tiết việc đăng tải thông tin về đấu thầu",
        signer="Nguyễn Chí Dũng",
    )


_FILES = """Điều 6. Tệp tin đính kèm
1. Tệp tin đính kèm hồ sơ mời thầu phải mở, đọc được bằng phần mềm thông dụng.
2. Trường hợp tệp tin đính kèm trong hồ sơ mời quan tâm, hồ sơ mời sơ tuyển, hồ sơ mời thầu
không đáp ứng quy định tại khoản 1 Điều này hoặc vì lý do khác dẫn đến không thể mở hoặc không
đọc được trên máy của nhà thầu thì bên mời thầu phải đăng tải và phát hành lại toàn bộ hồ sơ.
"""


def test_a_party_after_then_closing_a_long_case_is_the_subject() -> None:
    # the case runs past two hundred characters; its "thì" still ends it
    assert ("bên mời thầu", "đăng tải") in by_lead(_circular(_FILES))


def test_a_kind_in_lower_case_after_a_long_opening_comma_is_still_no_subject() -> None:
    # a comma is no "thì": far from the sentence's start, a lower-case kind stays one of the
    # opening's own words
    body = """Điều 6. Tệp tin đính kèm
1. Trong trường hợp tệp tin đính kèm trong hồ sơ mời quan tâm, hồ sơ mời sơ tuyển, hồ sơ mời
thầu không đáp ứng quy định tại khoản 1 Điều này hoặc vì lý do khác dẫn đến không thể mở hoặc
không đọc được trên máy, cơ quan quản lý đăng tải lại toàn bộ hồ sơ.
"""
    assert not any(lead == "cơ quan quản lý" for lead, _ in by_lead(_circular(body)))


def _decree(body: str) -> str:
    return decree(
        body,
        number="57/2026/NĐ-CP",
        date="ngày 20 tháng 3 năm 2026",
        title="Quy định chi tiết một số điều của Luật Dẫn độ",
        signer="Lê Thành Long",
        closing=50,
    )


_EXTRADITION = """Điều 6. Trình tự tiếp nhận hồ sơ yêu cầu dẫn độ
1. Khi tiếp nhận hồ sơ yêu cầu dẫn độ, Bộ Công an có trách nhiệm kiểm tra nội dung cam kết.
Trường hợp hồ sơ chưa có nội dung cam kết, Bộ Công an yêu cầu cơ quan có thẩm quyền của nước
ngoài bổ sung văn bản cam kết.
2. Trường hợp hồ sơ không kèm theo bản dịch, Bộ Công an yêu cầu nước ngoài bổ sung bản dịch.
3. Trường hợp hồ sơ chưa đầy đủ, Bộ Công an yêu cầu Bộ Tư pháp bổ sung tài liệu.
"""


def test_a_demand_made_of_a_foreign_state_is_the_bodys_own_work() -> None:
    found = {
        (lead, " ".join(action.split()[:3])) for lead, action in obligations(_decree(_EXTRADITION))
    }
    assert ("bộ công an", "kiểm tra nội") in found
    assert ("bộ công an", "yêu cầu cơ") in found
    assert ("bộ công an", "yêu cầu nước") in found


def test_a_demand_made_of_a_body_of_the_state_is_still_its_work() -> None:
    # "yêu cầu Bộ Tư pháp bổ sung …": the body asked is the one that acts
    found = obligations(_decree(_EXTRADITION))
    assert ("bộ tư pháp", "bổ sung tài liệu.") in found
    assert not any(action.startswith("yêu cầu bộ") for _, action in found)


def test_a_body_that_puts_forward_something_ends_before_it() -> None:
    names = parse_org_list("Bộ Công an đưa ra thông báo chấp nhận các điều kiện này.")[0]
    assert [m.text for m in names] == ["Bộ Công an"]


_TRANSLATION = """Điều 10. Ngôn ngữ của hồ sơ yêu cầu dẫn độ
1. Trường hợp ngôn ngữ của hồ sơ yêu cầu dẫn độ do nước ngoài gửi đến không phải là tiếng
Việt thì Bộ Công an chịu trách nhiệm dịch sang tiếng Việt.
2. Lực lượng kiểm soát xuất nhập cảnh có trách nhiệm giám sát việc quá cảnh người bị dẫn độ.
3. Công ty dịch vụ dịch thuật phải bảo đảm chất lượng bản dịch.
"""


def test_a_translation_is_a_step_and_the_border_force_is_one_name() -> None:
    found = obligations(_decree(_TRANSLATION))
    assert ("bộ công an", "dịch sang tiếng việt.") in found
    assert any(
        lead == "lực lượng kiểm soát xuất nhập cảnh" and action.startswith("giám sát")
        for lead, action in found
    )


_RECEIVING = """Điều 35. Chuẩn bị tiếp nhận người bị dẫn độ
Sau khi nhận được quyết định dẫn độ của cơ quan có thẩm quyền của nước ngoài, Bộ Công an có
trách nhiệm:
1. Lập kế hoạch tiếp nhận người bị dẫn độ.
2. Chuẩn bị các giấy tờ có giá trị đi lại quốc tế cho người bị dẫn độ.
"""


def test_a_lead_in_after_an_opening_clause_hands_its_items_to_the_body() -> None:
    text = _decree(_RECEIVING)
    assert by_lead(text) == {("bộ công an", "lập kế"), ("bộ công an", "chuẩn bị")}
    kinds = {o.deadline.kind for o in extract_text(text).cascade.obligations}
    assert kinds == {"event"}  # done once the decision is received


_OVERDUE = """Điều 42. Xử lý hồ sơ chưa hợp lệ
1. Sau khi tiếp nhận hồ sơ yêu cầu dẫn độ, Bộ Công an ghi vào sổ theo dõi hồ sơ yêu cầu dẫn độ.
2. Nếu quá thời hạn quy định tại khoản 2 Điều 27 của Luật Dẫn độ mà không nhận được tài liệu
bổ sung, Bộ Công an ra văn bản từ chối tiếp nhận và trả lại hồ sơ cho nước ngoài.
3. Nếu quá thời hạn quy định, cơ quan phối hợp phải báo cáo nêu rõ lý do.
"""


def test_an_if_before_a_body_named_with_capitals_opens_its_step() -> None:
    found = extract_text(_decree(_OVERDUE)).cascade.obligations
    steps = {(o.clause, o.action.split()[0].lower(), o.deadline.kind) for o in found}
    assert ("Điều 42.1", "ghi", "event") in steps
    assert ("Điều 42.2", "ra", "event") in steps
    # a kind in lower case after "Nếu …," stays unread: "cơ quan phối hợp" would split
    assert not any(o.clause == "Điều 42.3" for o in found)


_ESCORT = """Điều 37. Trình tự, thủ tục tiếp nhận người bị dẫn độ tại nước ngoài
1. Khi tiếp nhận người bị dẫn độ tại nước ngoài, Tổ áp giải thực hiện các nhiệm vụ sau đây:
a) Kiểm tra nhân thân người bị dẫn độ;
b) Ký biên bản bàn giao với cơ quan có thẩm quyền của nước ngoài.
"""


def test_the_escort_team_does_the_steps_its_lead_in_lists() -> None:
    assert by_lead(_decree(_ESCORT)) == {("tổ áp giải", "kiểm tra"), ("tổ áp giải", "ký biên")}


def test_logistics_in_a_name_is_no_word_of_duty() -> None:
    text = "Giám đốc Học viện Hậu cần, Học viện Quốc phòng có trách nhiệm tổ chức thực hiện."
    assert [m.text for m in parse_org_list(text)[0]] == ["Học viện Hậu cần", "Học viện Quốc phòng"]
