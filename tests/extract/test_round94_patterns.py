"""Patterns from held-out round 94's circular on occupational accidents (an article titled by
the term of an act, an employer's duty after "Đối với …,", paying into a fund after a case),
each on a text of its own in the same shape."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import by_lead


def circular(body: str) -> str:
    """A ministry's circular on a social benefit, ``body`` as its articles."""
    return f"""BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Số: 14/2022/TT-BLĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 15 tháng 8 năm 2022
THÔNG TƯ
Hướng dẫn chế độ trợ cấp đối với người lao động bị ốm đau dài ngày
Căn cứ Luật Bảo hiểm xã hội ngày 20 tháng 11 năm 2014;
Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư hướng dẫn chế độ trợ cấp.
{body}
Điều 20. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành từ ngày 01 tháng 10 năm 2022.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Văn Thanh
"""


_TERM_ARTICLE = """Điều 5. Thời hạn thực hiện trợ cấp
1. Quyết định trợ cấp phải được ban hành trong thời hạn 10 ngày làm việc, kể từ ngày nhận
được biên bản giám định của Hội đồng Giám định Y khoa.
Điều 9. Trách nhiệm của Sở Lao động - Thương binh và Xã hội
1. Phối hợp với các cơ quan liên quan hướng dẫn, kiểm tra việc thực hiện Thông tư này.
"""


def test_an_article_titled_by_the_term_of_an_act_dates_no_other_duty() -> None:
    # "Điều 5. Thời hạn thực hiện trợ cấp" says how soon that act is done; the
    # Department's standing duty in Điều 9 is not dated by it
    cascade = extract_text(circular(_TERM_ARTICLE)).cascade
    kinds = {ob.clause: ob.deadline.kind for ob in cascade.obligations}
    assert kinds["Điều 9.1"] != "event"


def test_an_employers_duty_after_what_the_rule_is_regarding() -> None:
    # "Đối với người lao động được hưởng …, người sử dụng lao động có trách nhiệm lập hồ
    # sơ …": the employer, in lower case after the opening, is the subject
    found = by_lead(
        circular(
            """Điều 6. Hồ sơ hưởng trợ cấp
1. Đối với người lao động được hưởng trợ cấp ốm đau dài ngày, trợ cấp phục hồi sức khỏe,
người sử dụng lao động có trách nhiệm lập hồ sơ gồm các giấy tờ sau:
a) Giấy ra viện.
b) Biên bản hội chẩn.
"""
        )
    )
    assert ("người sử dụng lao động", "lập hồ") in found


def test_compliance_after_what_the_rule_is_regarding_is_no_work() -> None:
    # "Đối với …, doanh nghiệp có trách nhiệm tuân thủ quy định …": compliance with the
    # rules, not work; a kind in lower case there is taken only before a word of duty
    found = by_lead(
        circular(
            """Điều 6. Trợ cấp ở nước ngoài
1. Đối với người lao động làm việc ở nước ngoài theo hợp đồng, doanh nghiệp có trách
nhiệm tuân thủ quy định tại Thông tư này và pháp luật của nước tiếp nhận.
2. Đối với người lao động đã nghỉ việc, cơ quan bảo hiểm xã hội giải quyết theo quy định.
"""
        )
    )
    assert not any(lead == "doanh nghiệp" for lead, _ in found)
    assert not any(lead == "cơ quan bảo hiểm xã hội" for lead, _ in found)


def test_paying_into_a_fund_after_a_case() -> None:
    # "Trường hợp … thì người sử dụng lao động phải đóng vào Quỹ …": to pay into the fund,
    # a step after "phải" (elsewhere "đóng" is as often to close)
    found = by_lead(
        circular(
            """Điều 8. Các trường hợp cá biệt
1. Trường hợp người lao động bị ốm đau ngay trong tháng đầu tham gia bảo hiểm thì người sử
dụng lao động phải đóng vào Quỹ ốm đau và thai sản của tháng đó.
"""
        )
    )
    assert found == {("người sử dụng lao động", "đóng vào")}


def test_an_agency_named_by_its_field_heads_its_steps() -> None:
    # "2. Cơ quan Bảo hiểm xã hội" over "a) …, có trách nhiệm kiểm tra …" and "b) Trường hợp
    # … thì … phải có văn bản trả lời …": the agency's own name (a capitalised field after
    # "Cơ quan"), not a kind in a capital only because it opens the line
    found = by_lead(
        circular(
            """Điều 13. Quy trình cấp tiền mua dụng cụ chỉnh hình
1. Người được cấp dụng cụ chỉnh hình nộp giấy tờ cho cơ quan bảo hiểm xã hội.
2. Cơ quan Bảo hiểm xã hội
a) Kiểm tra, đối chiếu hồ sơ, ra quyết định cấp tiền mua dụng cụ chỉnh hình.
b) Trường hợp giấy tờ nộp không hợp lệ thì phải có văn bản trả lời nêu rõ lý do.
"""
        )
    )
    assert {lead for lead, _ in found} == {"cơ quan bảo hiểm xã hội"}
    assert len(found) == 2
