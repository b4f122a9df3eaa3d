"""Patterns found in held-out round 48 (a ministry's letter, a decree, a Standing
Committee's resolution and a provincial decision, as a legal-text site prints them: header
and signature in table cells), each checked on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text
from cascade.extract.deadlines import find_deadline
from cascade.extract.spaced_letters import mended

from .test_task_rules import _extract, _tasks

_PAGE = """\
| {issuer} ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc -------- |
|---|---|
| Số: {number} | {place_date} |

{kind}

{subject}

{enacting}

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

{decides}

Điều 1. Sở Tài chính chủ trì hướng dẫn các huyện lập dự toán kinh phí hỗ trợ.

Điều 2. Nghị quyết này có hiệu lực kể từ ngày ký./.

| Nơi nhận: - Như Điều 2; - Lưu: VT, TH. | {signature} |
|---|---|
"""


def _page(**fields: str) -> str:
    values = {
        "issuer": "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG",
        "number": "77/NQ-HĐND",
        "place_date": "Hà Giang, ngày 12 tháng 8 năm 2020",
        "kind": "NGHỊ QUYẾT",
        "subject": "VỀ VIỆC HỖ TRỢ KINH PHÍ MUA THẺ BẢO HIỂM Y TẾ",
        "enacting": "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG",
        "decides": "QUYẾT NGHỊ:",
        "signature": "CHỦ TỊCH Lò Văn Khang",
    }
    values.update(fields)
    return _PAGE.format(**values)


def test_a_head_title_after_the_body_signed_for_in_one_cell_is_the_title() -> None:
    for signature, marker, title in (
        ("TM. HỘI ĐỒNG NHÂN DÂN CHỦ TỊCH Lò Văn Khang", "TM. HỘI ĐỒNG NHÂN DÂN", "Chủ tịch"),
        ("TM. CHÍNH PHỦ THỦ TƯỚNG Lò Văn Khang", "TM. CHÍNH PHỦ", "Thủ tướng"),
        # the body signed for, not a title
        ("T/M BAN BÍ THƯ Lò Văn Khang", "T/M BAN BÍ THƯ", None),
        ("TM. VĂN PHÒNG CHỦ TỊCH NƯỚC Lò Văn Khang", "TM. VĂN PHÒNG CHỦ TỊCH NƯỚC", None),
        ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lò Văn Khang", "KT. CHỦ TỊCH", "Phó Chủ tịch"),
    ):
        document = extract_text(_page(signature=signature)).cascade.documents[0]
        assert document.signer is not None
        assert (document.signer.name, document.signer.title) == ("Lò Văn Khang", title)
        assert list(document.signer.markers) == [marker]


def test_a_few_breaks_inside_words_of_a_header_cell_are_mended() -> None:
    page = _page(
        place_date="L ạ ng Sơn, ngày 12 tháng 8 năm 2020",
        issuer="ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
        signature="CHỦ TỊCH Hoà ng Văn Tư",
    )
    document = extract_text(page).cascade.documents[0]
    assert document.place == "Lạng Sơn"
    assert document.signer is not None
    assert (document.signer.name, document.signer.title) == ("Hoàng Văn Tư", "Chủ tịch")
    assert mended(" Thương binh và X ã hội; - các Ban của Đ ả ng ") == (
        "Thương binh và Xã hội; - các Ban của Đảng"
    )
    # letters standing for items and annexes are no pieces of a word
    for cell in ("theo điểm c khoản 2 Điều 5", "Phụ lục B ưu tiên", "loại c"):
        assert mended(cell) == cell


def test_the_enacting_line_naming_a_cut_issuer_in_full_is_no_part_of_the_subject() -> None:
    page = _page(
        issuer="HỘI ĐỒNG NHÂN DÂN",
        subject="VỀ VIỆC HỖ TRỢ KINH PHÍ MUA THẺ BẢO HIỂM Y TẾ",
        enacting="HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG",
    )
    document = extract_text(page).cascade.documents[0]
    assert document.subject == "hỗ trợ kinh phí mua thẻ bảo hiểm y tế"
    # a subject wrapped after "CỦA" goes on with the body's name
    page = _page(
        issuer="HỘI ĐỒNG NHÂN DÂN",
        subject="VỀ CHƯƠNG TRÌNH GIÁM SÁT NĂM 2021 CỦA\nHỘI ĐỒNG NHÂN DÂN TỈNH",
        enacting="HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG",
    )
    document = extract_text(page).cascade.documents[0]
    assert document.subject is not None
    assert document.subject.lower().startswith("chương trình giám sát năm 2021 của hội đồng")


def test_setting_part_of_a_budget_aside_is_work() -> None:
    body = (
        "Bộ Y tế yêu cầu Sở Y tế thực hiện các nhiệm vụ sau:\n"
        "1. Tiếp tục hỗ trợ người cao tuổi neo đơn; chỉ đạo việc rà soát đối tượng cần hỗ "
        "trợ. Trước mắt, dành một phần kết dư quỹ năm 2024 để chi trả trợ cấp.\n"
        "2. Hướng dẫn các huyện lập danh sách đối tượng.\n"
    )
    actions = [action for _, _, action, _ in _tasks(_extract(body))]
    assert "Dành một phần kết dư quỹ năm 2024 để chi trả trợ cấp." in actions
    # "dành cho" says whom a thing is for: no work
    body = (
        "Bộ Y tế yêu cầu Sở Y tế thực hiện các nhiệm vụ sau:\n"
        "1. Hướng dẫn các huyện lập danh sách đối tượng. Mức quà dành cho người cao tuổi "
        "neo đơn là 500.000 đồng.\n"
    )
    assert [action for _, _, action, _ in _tasks(_extract(body))] == [
        "Hướng dẫn các huyện lập danh sách đối tượng."
    ]


def test_a_report_due_when_a_year_ends_is_the_subjects_after_that_time() -> None:
    body = (
        "Điều 3.\n"
        "1. Kết thúc năm 2026, Sở Y tế báo cáo Bộ Y tế kết quả thực hiện văn bản này.\n"
        "2. Sở Tài chính giám sát việc thực hiện văn bản này.\n"
    )
    extraction = _extract(body)
    assert [(lead, action) for lead, _, action, _ in _tasks(extraction)] == [
        ("Sở Y tế", "Báo cáo Bộ Y tế kết quả thực hiện văn bản này."),
        ("Sở Tài chính", "Giám sát việc thực hiện văn bản này."),
    ]
    deadline = extraction.cascade.obligations[0].deadline
    assert deadline is not None
    assert (deadline.kind, str(deadline.due)) == ("absolute", "2026-12-31")
    # the next item, read under the first one (the bare "Điều 3." takes it as its text),
    # is new work: the first one's time is not its deadline
    second = extraction.cascade.obligations[1].deadline
    assert second is None or second.kind == "continuous"
    # after the year ends is an event, not a day
    found = find_deadline("Sau khi kết thúc năm 2026, tổng kết việc thực hiện")
    assert found is not None and found.kind == "event"
