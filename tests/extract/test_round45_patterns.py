"""Patterns found in held-out round 45 (a legal-text site's pages rendered to Markdown, the
header and the signature as table rows), each checked on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .test_task_rules import _extract, _leads

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------"
_DISTRIBUTION = (
    "Nơi nhận: - Bộ Nông nghiệp và PTNT (b/c); - Chủ tịch, các PCT UBND tỉnh; - Như Điều 2; "
    "- Lưu: VT, NN."
)
_PAGE = """*Source: https://example.org/van-ban/Quyet-dinh-88-QD-UBND-2024.aspx*

# {page_title}

| ỦY BAN NHÂN DÂN TỈNH BẮC KẠN ------- | {motto} |
|---|---|
| Số: 88/QĐ-UBND | Bắc Kạn, ngày {day} tháng {month} năm 2024 |

QUYẾT ĐỊNH

BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI NĂM 2024

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;

QUYẾT ĐỊNH:

Điều 1. Giao Sở Nông nghiệp và Phát triển nông thôn rà soát các công trình đê điều trên địa bàn.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

| {distribution} | {signature} |
|---|---|
"""


def _page(
    signature: str = "CHỦ TỊCH Lý Văn Hòa",
    day: str = "05",
    month: str = "03",
    page_title: str = "Quyết định 88/QĐ-UBND năm 2024",
) -> str:
    return _PAGE.format(
        motto=_MOTTO,
        distribution=_DISTRIBUTION,
        signature=signature,
        day=day,
        month=month,
        page_title=page_title,
    )


def test_a_signer_in_the_cell_beside_a_distribution_list_on_one_line() -> None:
    for signature, name, title in (
        ("CHỦ TỊCH Lý Văn Hòa", "Lý Văn Hòa", "Chủ tịch"),
        ("GIÁM ĐỐC Đinh Thị Mai", "Đinh Thị Mai", "Giám đốc"),
    ):
        (document,) = extract_text(_page(signature=signature)).cascade.documents[:1]
        assert document.signer is not None, signature
        assert (document.signer.name, document.signer.title) == (name, title)


def test_a_long_distribution_row_keeps_its_signer_cell() -> None:
    # a row over 400 characters: "Nơi nhận:" inside it is not cut out of the row
    entries = "".join(f"- Ủy ban nhân dân huyện số {n}; " for n in range(1, 16))
    text = _page().replace("- Như Điều 2;", entries + "- Như Điều 2;")
    (document,) = extract_text(text).cascade.documents[:1]
    assert document.signer is not None
    assert (document.signer.name, document.signer.title) == ("Lý Văn Hòa", "Chủ tịch")


def test_a_month_with_a_space_inside_in_the_header_date() -> None:
    for day, month, due in (("12", "0 4", "2024-04-12"), ("2 1", "11", "2024-11-21")):
        (document,) = extract_text(_page(day=day, month=month)).cascade.documents[:1]
        assert str(document.date) == due, (day, month)


def test_a_page_heading_above_the_header_is_not_the_subject() -> None:
    # the page's "# Về việc …" line names another document; the title in capitals rules
    text = _page(page_title="Về việc hỗ trợ giống cây trồng cho hộ nghèo huyện Ba Bể")
    (document,) = extract_text(text).cascade.documents[:1]
    assert (document.subject or "").lower() == "ban hành kế hoạch phòng, chống thiên tai năm 2024"


def test_a_bracket_that_hands_the_work_over_names_its_lead() -> None:
    body = (
        "II. NỘI DUNG\n\n"
        "1. Rà soát, đề xuất bổ sung danh mục công trình phòng, chống thiên tai trên địa bàn "
        "tỉnh (Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính; Sở Nội vụ và các đơn vị "
        "có liên quan tham mưu).\n\n"
        "2. Tổ chức diễn tập ứng phó với bão tại các huyện ven biển (Giao Bộ Chỉ huy Quân sự "
        "tỉnh thực hiện).\n"
    )
    assert _leads(body) == [
        ("Sở Xây dựng", "Rà soát, đề xuất bổ "),
        ("Bộ Chỉ huy Quân sự tỉnh", "Tổ chức diễn tập ứng"),
    ]
    first = _extract(body).cascade.obligations[0]
    names = {o.id: o.name for o in _extract(body).cascade.organisations}
    assert [names.get(c, c) for c in first.coordinators][:2] == ["Sở Tài chính", "Sở Nội vụ"]


def test_a_self_check_after_adverbs_is_a_part_of_its_own() -> None:
    body = (
        "Giám đốc Sở Y tế; Chủ tịch Ủy ban nhân dân các xã, phường có trách nhiệm: chỉ đạo "
        "thực hiện nghiêm các quy định về phòng, chống dịch bệnh; thường xuyên tiến hành tự "
        "kiểm tra việc chấp hành quy định tại các cơ sở y tế; tự đánh giá kết quả phòng, "
        "chống dịch của đơn vị.\n"
    )
    starts = [action for _, action in _leads(body)]
    assert starts == [
        *["Chỉ đạo thực hiện ng"] * 2,
        *["Thường xuyên tiến hà"] * 2,
        *["Tự đánh giá kết quả "] * 2,
    ]
