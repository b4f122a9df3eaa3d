"""The document's frame: where the subject ends, how lines become units."""

from __future__ import annotations

from cascade.extract.header import read_header
from cascade.extract.text import normalise
from cascade.extract.units import parse_units

HEAD = """ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NAM                          Độc lập - Tự do - Hạnh phúc
Số: 08/CT-UBND                     Quảng Nam, ngày 15 tháng 5 năm 2025
                                   CHỈ THỊ
       Về việc tăng cường công tác phòng, chống thiên tai và tìm kiếm
                       cứu nạn mùa mưa bão năm 2025
{after}
"""


def _subject(after: str) -> str | None:
    return read_header(normalise(HEAD.format(after=after))).subject


def test_a_lower_case_subject_ends_before_the_first_paragraph() -> None:
    expected = "tăng cường công tác phòng, chống thiên tai và tìm kiếm cứu nạn mùa mưa bão năm 2025"
    paragraph = "\n\n     Năm 2024, thiên tai trên địa bàn tỉnh diễn biến phức tạp."
    assert _subject(paragraph) == expected
    assert _subject("I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích") == expected
    assert _subject("1. Giao Sở Xây dựng kiểm tra.") == expected


def test_a_subject_wrapped_over_a_blank_line_goes_on() -> None:
    # after a word that precedes a name, a capital does not open a paragraph
    head = HEAD.replace("năm 2025\n", "năm 2025 của\n")
    text = normalise(head.format(after="\nỦy ban nhân dân tỉnh\n\nNăm 2024, thiên tai …"))
    assert (read_header(text).subject or "").endswith("năm 2025 của Ủy ban nhân dân tỉnh")


def test_a_paragraph_opening_sentence_starts_a_new_unit_in_wrapped_text() -> None:
    body = (
        "     Năm 2024, thiên tai trên địa bàn tỉnh diễn biến phức tạp, bất thường, mưa\n"
        "lớn kéo dài gây ngập lụt, sạt lở đất nghiêm trọng tại các huyện miền núi.\n"
        "     Thực hiện Chỉ thị số 19/CT-TTg ngày 28/4/2025 của Thủ tướng Chính phủ về\n"
        "việc chủ động phòng, chống thiên tai; Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
        "\n"
        "     1. Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị\n"
        "xã, thành phố:\n"
        "     a) Quán triệt, thực hiện nghiêm phương châm bốn tại chỗ, không để bị\n"
        "động, bất ngờ trong mọi tình huống.\n"
        "\n"
        "     2. Giao Sở Xây dựng kiểm tra, gia cố các công trình công cộng, trụ sở,\n"
        "trường học có nguy cơ mất an toàn.\n"
    )
    texts = [u.text for u in parse_units(body)]
    assert texts[0].endswith("tại các huyện miền núi.")
    assert texts[1].startswith("Thực hiện Chỉ thị số 19/CT-TTg")


def test_a_page_break_in_mid_sentence_vanishes() -> None:
    text = "a) Rà soát phương án, hoàn\n\n- 2 -\n\nTrang 2\n\nthành trước ngày 31/5/2025.\n"
    assert normalise(text) == "a) Rà soát phương án, hoàn\nthành trước ngày 31/5/2025.\n"
    # after a finished sentence it stays a paragraph break
    text = "Kết thúc đoạn một.\n\n3\n\nĐoạn hai bắt đầu.\n"
    assert normalise(text) == "Kết thúc đoạn một.\n\nĐoạn hai bắt đầu.\n"
