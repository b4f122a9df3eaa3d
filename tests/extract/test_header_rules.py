"""Header, signature, references and event rules added after held-out round 2."""

from __future__ import annotations

from cascade.extract import extract_text
from cascade.extract.citations import find_references
from cascade.extract.deadlines import find_deadline
from cascade.extract.header import read_header
from cascade.extract.layout import split_layout
from cascade.extract.signature import acting_organ, read_signature
from cascade.extract.text import normalise


def test_tab_separated_columns_keep_the_signature_apart() -> None:
    tail = normalise(
        "Nơi nhận:\tKT. BỘ TRƯỞNG\n- Như trên;\tTHỨ TRƯỞNG\n- Lưu: VT, PB.\tĐỗ Minh Khoa\n"
    ).split("\n")
    signature = read_signature(tail)
    assert (signature.markers, signature.title, signature.name) == (
        ["KT. BỘ TRƯỞNG"],
        "Thứ trưởng",
        "Đỗ Minh Khoa",
    )


def test_a_capital_abbreviation_in_a_distribution_entry_is_not_a_title() -> None:
    text = normalise(
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\nSố: 08/CT-UBND   Quảng Nam, ngày 15 tháng 5 năm 2025\n"
        "CHỈ THỊ\nVề việc thử nghiệm\n1. Giao Sở Xây dựng kiểm tra.\n"
        "Nơi nhận:                                               CHỦ TỊCH\n"
        "- Văn phòng Chính phủ (b/c);\n"
        "- Báo Quảng Nam, Đài PT-TH Quảng Nam;\n"
        "- Lưu: VT, KTN.                                    Lê Văn Dũng\n"
    )
    layout = split_layout(text, read_header(text).end)
    assert read_signature(layout.tail).name == "Lê Văn Dũng"


def test_urgency_at_the_end_of_a_flattened_line() -> None:
    head = "ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 312/UBND-KT V/v thử nghiệm\n"
    assert read_header(normalise(head + "An Giang, ngày 16 tháng 01 năm 2026 KHẨN\n")).urgency == (
        "khan"
    )
    # a word of a title in capitals is not an urgency mark
    title = "An Giang, ngày 16 tháng 01 năm 2026\nV/V TĂNG CƯỜNG CÔNG TÁC KHẨN CẤP\n"
    assert read_header(normalise(head + title)).urgency is None


def test_the_standing_committee_issues_for_the_party_committee() -> None:
    assert acting_organ(["T/M BAN THƯỜNG VỤ"], "Tỉnh ủy Thái Bình") == (
        "Ban Thường vụ Tỉnh ủy Thái Bình"
    )
    assert acting_organ(["TM. THƯỜNG TRỰC HĐND"], "Hội đồng nhân dân tỉnh Nam Định") == (
        "Thường trực Hội đồng nhân dân tỉnh Nam Định"
    )
    assert acting_organ(["TM. BAN THƯỜNG TRỰC"], "Ủy ban MTTQ Việt Nam tỉnh Bến Tre") == (
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre"
    )
    # the body itself, or the organ already named in the header
    assert acting_organ(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "Ủy ban nhân dân tỉnh X") is None
    assert acting_organ(["T/M BAN CHẤP HÀNH TRUNG ƯƠNG"], "Ban Chấp hành Trung ương Đảng") is None


def test_a_party_dispatch_is_issued_by_its_standing_committee() -> None:
    text = (
        "ĐẢNG BỘ TỈNH THÁI BÌNH              ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "    TỈNH ỦY THÁI BÌNH\n"
        "     Số 1247 -CV/TU                 Thái Bình, ngày 09 tháng 10 năm 2024\n"
        "V/v thử nghiệm\n"
        "Kính gửi: Các huyện ủy, thành ủy.\n"
        "1. Ban Tổ chức Tỉnh ủy hướng dẫn việc thực hiện.\n"
        "Nơi nhận:                                   T/M BAN THƯỜNG VỤ\n"
        "- Như trên,                                 PHÓ BÍ THƯ THƯỜNG TRỰC\n"
        "- Ban Tổ chức Trung ương (để báo cáo),\n"
        "- Lưu Văn phòng Tỉnh ủy.\n"
        "                                                Phạm Văn Khải\n"
    )
    cascade = extract_text(text).cascade
    names = {o.id: o.name for o in cascade.organisations}
    main = cascade.documents[0]
    assert (main.identifier, names[main.issuer]) == (
        "1247-CV/TU",
        "Ban Thường vụ Tỉnh ủy Thái Bình",
    )
    issuer = next(o for o in cascade.organisations if o.id == main.issuer)
    assert issuer.parent is not None and names[issuer.parent] == "Tỉnh ủy Thái Bình"


def test_a_document_joined_by_va_takes_the_opener_s_relation() -> None:
    refs, _ = find_references(
        [
            "Thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các "
            "cấp và Kế hoạch số 225-KH/TU, ngày 25/7/2024 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ "
            "Tỉnh ủy yêu cầu …"
        ],
        None,
    )
    assert [(r.text, r.relation) for r in refs] == [
        ("35-CT/TW", "implements"),
        ("225-KH/TU", "implements"),
    ]
    # "A … về thực hiện B và C": C is part of A's subject
    refs, _ = find_references(
        [
            "Thực hiện Kế hoạch số 12-KH/TU của Tỉnh ủy về thực hiện Chỉ thị số 5-CT/TW và "
            "Kết luận số 7-KL/TW của Bộ Chính trị"
        ],
        None,
    )
    assert [(r.text, r.relation) for r in refs] == [
        ("12-KH/TU", "implements"),
        ("5-CT/TW", "cites"),
        ("7-KL/TW", "cites"),
    ]


def test_a_situation_is_a_condition_not_an_event() -> None:
    assert find_deadline("sẵn sàng tham gia cứu hộ, cứu nạn khi có tình huống xảy ra") is None
    found = find_deadline("triển khai khi có hướng dẫn của Bộ Y tế")
    assert found is not None and found.kind == "event"
