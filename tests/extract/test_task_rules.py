"""Task rules added after held-out round 2: lead-ins that name bodies, headings that hand
work on, closing formulas, bracketed roles."""

from __future__ import annotations

from cascade.extract import Extraction, extract_text
from cascade.extract.clauses import is_closing

FRAME = """BỘ Y TẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 100/BYT-PB
Hà Nội, ngày 19 tháng 8 năm 2025
V/v thử nghiệm quy tắc
{addressees}
{body}
Nơi nhận:
- Như trên;
- Lưu: VT, PB.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Đỗ Minh Khoa
"""


def _extract(body: str, addressees: str = "") -> Extraction:
    return extract_text(FRAME.format(addressees=addressees, body=body))


def _tasks(extraction: Extraction) -> list[tuple[str, str, str, str | None]]:
    """(lead, force, action, lead of the implemented obligation) per obligation."""
    cascade = extraction.cascade
    names = {o.id: o.name for o in cascade.organisations} | {g.id: g.name for g in cascade.groups}
    lead_of = {ob.id: ob.lead for ob in cascade.obligations}
    return [
        (
            names[ob.lead],
            ob.force.value,
            ob.action,
            names[lead_of[ob.implements]] if ob.implements else None,
        )
        for ob in cascade.obligations
    ]


def _addressees(extraction: Extraction) -> list[str]:
    cascade = extraction.cascade
    names = {o.id: o.name for o in cascade.organisations} | {g.id: g.name for g in cascade.groups}
    return [names[a] for a in cascade.documents[0].addressees]


def test_a_lead_in_that_names_bodies_gives_them_the_items() -> None:
    body = (
        "Ban Thường vụ Tỉnh ủy yêu cầu các huyện ủy, thành ủy tập trung thực hiện tốt "
        "một số nội dung sau:\n"
        "1. Chỉ đạo rà soát quy hoạch cấp ủy các cấp.\n"
        "2. Ban Tổ chức Tỉnh ủy hướng dẫn, theo dõi việc thực hiện.\n"
    )
    assert _tasks(_extract(body)) == [
        ("các huyện ủy, thành ủy", "assign", "Chỉ đạo rà soát quy hoạch cấp ủy các cấp.", None),
        ("Ban Tổ chức Tỉnh ủy", "assign", "Hướng dẫn, theo dõi việc thực hiện.", None),
    ]


def test_a_heading_that_directs_a_body_hands_its_items_on() -> None:
    body = (
        "Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo triển khai các nội dung sau:\n"
        "1. Chỉ đạo Sở Y tế:\n"
        "a) Tăng cường giám sát, phát hiện sớm ca bệnh.\n"
        "b) Chuẩn bị đầy đủ thuốc, vật tư.\n"
        "2. Chỉ đạo Sở Giáo dục và Đào tạo hướng dẫn học sinh phòng bệnh.\n"
    )
    committees = "Ủy ban nhân dân các tỉnh, thành phố"
    assert _tasks(_extract(body)) == [
        (committees, "request", "Chỉ đạo Sở Y tế:", None),
        ("Sở Y tế", "request", "Tăng cường giám sát, phát hiện sớm ca bệnh.", committees),
        ("Sở Y tế", "request", "Chuẩn bị đầy đủ thuốc, vật tư.", committees),
        (
            committees,
            "request",
            "Chỉ đạo Sở Giáo dục và Đào tạo hướng dẫn học sinh phòng bệnh.",
            None,
        ),
        # what is only requested of the committees is only requested of those they direct
        ("Sở Giáo dục và Đào tạo", "request", "Hướng dẫn học sinh phòng bệnh.", committees),
    ]


def test_closing_formulas_are_not_tasks() -> None:
    for closing in (
        "Thực hiện Chỉ thị này./.",
        "quan tâm chỉ đạo, thực hiện.",
        "nghiêm túc triển khai thực hiện Kế hoạch này",
        "Trân trọng cảm ơn sự phối hợp của Quý Ủy ban./.",
    ):
        assert is_closing(closing), closing
    assert not is_closing("Chỉ đạo Sở Y tế tổ chức thực hiện Kế hoạch này")
    assert not is_closing("Thực hiện chế độ báo cáo định kỳ")


def test_without_kinh_gui_the_closing_formula_names_the_addressees() -> None:
    body = (
        "1. Giao Sở Xây dựng kiểm tra các công trình công cộng.\n"
        "Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện nghiêm túc thực hiện "
        "Chỉ thị này./.\n"
    )
    extraction = _extract(body)
    assert _addressees(extraction) == ["các sở, ban, ngành", "UBND các huyện"]
    assert [t[0] for t in _tasks(extraction)] == ["Sở Xây dựng"]


def test_with_kinh_gui_the_closing_formula_adds_no_addressee() -> None:
    body = (
        "1. Kiểm tra các công trình công cộng.\n"
        "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.\n"
    )
    extraction = _extract(body, addressees="Kính gửi: Sở Xây dựng.")
    assert _addressees(extraction) == ["Sở Xây dựng"]
