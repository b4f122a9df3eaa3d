"""Patterns found in held-out round 44 (OCR text of signed PDFs from the Government portal),
each checked on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .test_task_rules import _extract, _leads


def test_an_hour_before_the_day_keeps_the_deadline() -> None:
    for when, due in (
        ("trước 17h00 ngày 20 tháng 11 năm 2025", "2025-11-20"),
        ("trước 9 giờ 30 ngày 03/12/2025", "2025-12-03"),
        ("chậm nhất 16h ngày 05/01/2026", "2026-01-05"),
    ):
        body = f"Giao Sở Nông nghiệp và Môi trường báo cáo thiệt hại do mưa lũ {when}.\n"
        (ob,) = _extract(body).cascade.obligations
        assert ob.deadline is not None, when
        assert (ob.deadline.kind, str(ob.deadline.due)) == ("absolute", due)


def test_to_chuc_before_a_verb_is_the_verb_not_a_body() -> None:
    head = (
        "Để bảo đảm an toàn thực phẩm dịp Tết, Bộ trưởng Bộ Y tế yêu cầu:\n\n"
        "1. Giám đốc các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường tập trung "
        "thực hiện một số nhiệm vụ, cụ thể như sau:\n\n"
    )
    body = (
        head + "a) Tổ chức quán triệt sâu sắc, tổ chức triển khai nghiêm túc các văn bản chỉ "
        "đạo của tỉnh tới từng cán bộ, công chức.\n\n"
        "b) Đẩy mạnh tuyên truyền về an toàn thực phẩm.\n"
    )
    assert _leads(body) == [
        ("các sở, ban, ngành", "Tổ chức quán triệt s"),
        ("Ủy ban nhân dân các xã, phường", "Tổ chức quán triệt s"),
        ("các sở, ban, ngành", "Đẩy mạnh tuyên truyề"),
        ("Ủy ban nhân dân các xã, phường", "Đẩy mạnh tuyên truyề"),
    ]


def test_doi_moi_opens_a_part_of_its_own() -> None:
    body = (
        "Sở Nội vụ tổ chức quán triệt các văn bản chỉ đạo của tỉnh tới từng cán bộ, công chức; "
        "đổi mới chế độ công vụ, nâng cao kỷ luật hành chính trong các cơ quan.\n"
    )
    assert _leads(body) == [
        ("Sở Nội vụ", "Tổ chức quán triệt c"),
        ("Sở Nội vụ", "Đổi mới chế độ công "),
    ]


def test_doi_moi_is_a_verb_only_with_its_object() -> None:
    # the noun, before a comma: no task of its own
    body = (
        "Sở Nội vụ tổ chức quán triệt các văn bản chỉ đạo của tỉnh tới từng cán bộ, công chức; "
        "đổi mới, tạo bước đột phá trong cải cách hành chính.\n"
    )
    assert _leads(body) == [("Sở Nội vụ", "Tổ chức quán triệt c")]


def test_a_report_sent_by_a_date_dates_the_item_above_it() -> None:
    body = (
        "Ủy ban nhân dân tỉnh yêu cầu:\n\n"
        "1. Sở Nông nghiệp và Môi trường:\n\n"
        "a) Làm đầu mối thống kê thiệt hại do mưa lũ tại các xã; rà soát nhu cầu hỗ trợ giống "
        "cây trồng, hoàn thiện báo cáo tổng hợp, gửi Ủy ban nhân dân tỉnh trước 17h00 ngày "
        "20 tháng 11 năm 2025.\n\n"
        "b) Hướng dẫn các xã khôi phục sản xuất sau mưa lũ.\n"
    )
    obligations = _extract(body).cascade.obligations
    dues = [
        (ob.deadline.kind, str(getattr(ob.deadline, "due", None))) if ob.deadline else None
        for ob in obligations
    ]
    assert dues[:2] == [("absolute", "2025-11-20"), ("absolute", "2025-11-20")]
    assert dues[2] is None or dues[2][0] != "absolute"  # b) is not dated by a)'s report


def test_a_motto_whose_accents_the_ocr_lost_is_no_part_of_the_issuer() -> None:
    text = (
        "BỘ TÀI CHÍNH CONG HOA XA HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Doc lap - Tu do - Hanh phuc\n"
        "Số: 210/BTC-NSNN Hà Nội, ngày 02 tháng 12 năm 2025\n"
        "V/v phòng chống dịch sốt xuất huyết\n\n"
        "Giao Vụ Ngân sách nhà nước hướng dẫn các địa phương bố trí kinh phí phòng dịch.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn A\n"
    )
    cascade = extract_text(text).cascade
    names = {o.id: o.name for o in cascade.organisations}
    # (the casing of a name in capitals is a matter of its own)
    assert names[cascade.documents[0].issuer].lower() == "bộ tài chính"


def test_a_number_line_read_s6_is_still_the_number() -> None:
    text = (
        "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "S6:415 /BTC-NSNN Hà Nội, ngày 02 tháng 12 năm 2025\n"
        "V/v bố trí kinh phí phòng dịch\n\n"
        "Giao Vụ Ngân sách nhà nước hướng dẫn các địa phương bố trí kinh phí phòng dịch.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn A\n"
    )
    cascade = extract_text(text).cascade
    names = {o.id: o.name for o in cascade.organisations}
    assert str(cascade.documents[0].identifier) == "415/BTC-NSNN"
    assert names[cascade.documents[0].issuer].lower() == "bộ tài chính"
