"""Patterns from held-out round 79 (a ministry's circular on judicial expertise in its
sector), each on a text of its own in the same shape."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import by_lead


def circular(body: str) -> str:
    """A ministry's circular as the Official Gazette prints it, ``body`` as its articles."""
    return f"""BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 14/2026/TT-BVHTTDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 5 năm 2026
THÔNG TƯ
Quy định về hòa giải thương mại trong lĩnh vực văn hóa

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch ban hành Thông tư quy định về hòa giải
thương mại trong lĩnh vực văn hóa.
{body}
Điều 20. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.
BỘ TRƯỞNG

Lê Minh Hoàng
"""


def test_a_clause_names_units_by_a_post_held_for_one_case() -> None:
    # "người phiên dịch theo vụ việc": a post held for one case; "theo vụ việc" ends the
    # name, so the clause's title names its units and wins over the article's
    text = circular(
        """Điều 12. Trách nhiệm của các đơn vị thuộc Bộ Văn hóa, Thể thao và Du lịch
1. Trách nhiệm của các đơn vị có hòa giải viên thương mại, người phiên dịch theo
vụ việc:
a) Rà soát, lựa chọn người có đủ tiêu chuẩn để trình Bộ trưởng công nhận;
b) Theo dõi tiến độ, đôn đốc hòa giải viên thực hiện nhiệm vụ.
2. Trách nhiệm của Vụ Kế hoạch, Tài chính:
a) Bố trí kinh phí cho hoạt động hòa giải thương mại.
"""
    )
    leads = by_lead(text)
    group = "các đơn vị có hòa giải viên thương mại, người phiên dịch theo vụ việc"
    assert (group, "rà soát,") in leads
    assert (group, "theo dõi") in leads
    assert not any(lead.startswith("các đơn vị thuộc") for lead, _ in leads)


def test_a_body_named_by_what_is_asked_of_it_leads_its_steps() -> None:
    # "Tổ chức, cá nhân được yêu cầu hòa giải phối hợp …": the request and its object are
    # the name ("được" is no passive of the step's verb); the step's verb starts the work
    text = circular(
        """Điều 9. Quy trình hòa giải thương mại
1. Chuẩn bị hòa giải:
a) Tổ chức, cá nhân được yêu cầu hòa giải phối hợp với bên yêu cầu để nhận hồ sơ,
tài liệu;
b) Cơ quan, đơn vị được yêu cầu hòa giải thương mại xem xét hồ sơ và các tài liệu
liên quan.
"""
    )
    leads = by_lead(text)
    assert ("tổ chức, cá nhân được yêu cầu hòa giải", "phối hợp") in leads
    assert ("cơ quan, đơn vị được yêu cầu hòa giải thương mại", "xem xét") in leads


def test_the_duties_given_elsewhere_in_the_circular_are_no_task() -> None:
    # "Thực hiện các nhiệm vụ được giao theo quy định tại Thông tư này.": a catch-all that
    # names the duties the circular gives in its other articles; no work of its own
    text = circular(
        """Điều 12. Trách nhiệm của các đơn vị thuộc Bộ
1. Trách nhiệm của Vụ Kế hoạch, Tài chính:
a) Bố trí kinh phí cho hoạt động hòa giải thương mại;
b) Thực hiện các nhiệm vụ được giao theo quy định tại Thông tư này.
2. Trách nhiệm của Vụ Pháp chế:
a) Theo dõi, đôn đốc việc thi hành Thông tư này;
b) Tham mưu, thực hiện các nhiệm vụ được giao theo quy định tại Luật Hòa giải
thương mại và Thông tư này.
"""
    )
    leads = by_lead(text)
    assert ("vụ kế hoạch, tài chính", "bố trí") in leads
    assert ("vụ pháp chế", "theo dõi,") in leads
    assert not any(action in {"thực hiện", "tham mưu,"} for _, action in leads)


def test_who_carries_the_work_out_is_named_by_it() -> None:
    # "Cá nhân, tổ chức thực hiện hòa giải … phải lập …": the kinds and the work they carry
    # out are one name, up to the word of duty
    text = circular(
        """Điều 10. Hồ sơ hòa giải
1. Cá nhân, tổ chức thực hiện hòa giải thương mại trong lĩnh vực văn hóa phải lập hồ
sơ hòa giải theo quy định.
2. Người thực hiện hòa giải có trách nhiệm lập biên bản hòa giải.
"""
    )
    leads = by_lead(text)
    assert (
        "cá nhân, tổ chức thực hiện hòa giải thương mại trong lĩnh vực văn hóa",
        "lập hồ",
    ) in leads
    assert ("người thực hiện hòa giải", "lập biên") in leads


def test_a_day_of_the_quarters_last_month_is_quarterly() -> None:
    # "trước ngày 20 tháng cuối của quý": no "hằng quý", yet the day comes every quarter
    text = circular(
        """Điều 12. Trách nhiệm của Vụ Kế hoạch, Tài chính
Thực hiện chế độ báo cáo công tác hòa giải gửi Vụ Pháp chế trước ngày 20 tháng cuối
của quý hoặc đột xuất để tổng hợp.
"""
    )
    [found] = [o.deadline for o in extract_text(text).cascade.obligations]
    assert (found.kind, found.every, found.month, found.day) == (
        "recurring",
        "quarter",
        3,
        20,
    )


def test_to_record_is_work_after_a_word_of_duty() -> None:
    # "có trách nhiệm ghi nhận …": to record the mediation, the person's step
    text = circular(
        """Điều 10. Thực hiện hòa giải
1. Người thực hiện hòa giải có trách nhiệm ghi nhận đầy đủ, trung thực quá trình hòa
giải bằng văn bản.
"""
    )
    assert ("người thực hiện hòa giải", "ghi nhận") in by_lead(text)


def test_a_person_sent_to_take_part_is_named_by_it() -> None:
    # "Người được cử tham gia hòa giải viên thương mại thực hiện …": who was sent, and to
    # what, up to the verb of the step
    text = circular(
        """Điều 10. Chuẩn bị hòa giải
1. Người được cử tham gia hòa giải viên thương mại thực hiện nghiên cứu hồ sơ, tài liệu
liên quan.
"""
    )
    leads = by_lead(text)
    assert ("người được cử tham gia hòa giải viên thương mại", "thực hiện") in leads
