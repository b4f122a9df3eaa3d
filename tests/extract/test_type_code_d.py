"""A type code printed with D for Đ ('Số: 52/QD-UBND') is read as the code with Đ."""

from cascade.extract.header import read_header
from cascade.extract.text import normalise
from cascade.extract.type_code_d import restore_d
from cascade.identifiers import parse_identifier


def test_a_decision_numbered_qd_is_a_decision_with_a_note() -> None:
    text = normalise(
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 52/QD-UBND   Hà Tĩnh, ngày 3 tháng 4 năm 2024\n"
        "QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n"
    )
    header = read_header(text)
    assert header.identifier_text == "52/QĐ-UBND"
    assert header.kind == "decision"
    assert any("D for Đ" in note for note in header.reviews)


def test_a_telegram_code_without_its_stroke_is_put_back() -> None:
    fixed, note = restore_d(parse_identifier("12/CD-TTg"))
    assert str(fixed) == "12/CĐ-TTg" and fixed.kind == "telegram" and note


def test_codes_spelt_with_d_of_their_own_are_left() -> None:
    for raw in ("5/HD-UBND", "7/DA-UBND", "88/UBND-VX", "3/QD"):
        ident = parse_identifier(raw)
        assert restore_d(ident) == (ident, None)
