"""A scanned document whose header the OCR garbled: drafted from its structure, not refused.

The number, the place and date line and the signer's name cannot be read, but the text
still shows a document kind's title, numbered items and a (misspelled) "Nơi nhận": the
draft is written with a review note for every header field it could not find or guessed.
Names, numbers and dates are invented; the garbling imitates OCR of a scanned letter.
"""

from __future__ import annotations

import pytest

from cascade.errors import ExtractError
from cascade.extract import extract_text

from .test_crawl_patterns import _tasks

# no readable "Số:", no place and date line, no motto, the title run into scanner stamps,
# "Noi nhận" without its hook and a signer's name the OCR turned into noise
_GARBLED = """Ký bởi: Cổng Thông tin điện tử
Thời gian ký: 6ó.03.2020 11:23:02

BO TAl CHÍNH    CỘNG HÒA XÃ HÔl CHU NGHlA
——; /CT- a Nội, ngà ing 3 năm 2

DEN i: : _¬ CHỈ THỊ
Về việc tăng cường kiểm tra hóa đơn điện tử

Thời gian qua, việc sử dụng hóa đơn điện tử đã đạt được kết quả bước đầu.

1. Tổng cục Thuế chủ trì, phối hợp với các đơn vị liên quan rà soát hóa đơn điện tử
của các doanh nghiệp, báo cáo Bộ Tài chính trước ngày 30 tháng 6 năm 2020.

2. Vụ Pháp chế hướng dẫn các Cục Thuế thực hiện Chỉ thị này.

Noi nhận: BỘ TRƯỞNG
- Thủ tướng Chính phủ (để b/c);
- Lưu: VT, PC.

š Zuyến Vản Lọng
"""


def _note(extraction_text: str) -> str:
    main = extract_text(extraction_text).cascade.documents[0]
    return main.note or ""


def test_a_garbled_header_over_a_clear_title_and_body_is_drafted() -> None:
    extraction = extract_text(_GARBLED)
    main = extraction.cascade.documents[0]
    assert main.kind == "directive"
    assert [lead for lead, _ in _tasks(extraction)] == ["Tổng cục Thuế", "Vụ Pháp chế"]
    assert main.date is None and main.year is None


def test_every_header_field_not_found_has_a_review_note() -> None:
    note = _note(_GARBLED)
    assert note.startswith("REVIEW:")
    assert "the header could not be read" in note
    assert "no number found" in note
    assert "no place and date line found" in note
    assert "no signer's name found" in note
    # the kind read from a title line run into noise is a guess: said so
    assert "kind 'directive' read from the title line 'DEN i: : _¬ CHỈ THỊ'" in note


def test_a_misspelled_distribution_list_ends_the_body() -> None:
    extraction = extract_text(_GARBLED)
    actions = " ".join(ob.action for ob in extraction.cascade.obligations)
    assert "Lưu: VT" not in actions
    main = extraction.cascade.documents[0]
    assert any("Thủ tướng" in entry.text for entry in main.distribution)


def test_a_garbled_header_over_a_subject_line_v_v_is_drafted() -> None:
    letter = _GARBLED.replace("DEN i: : _¬ CHỈ THỊ\nVề việc", "ỊLŨ — j V/v")
    extraction = extract_text(letter)
    assert [lead for lead, _ in _tasks(extraction)] == ["Tổng cục Thuế", "Vụ Pháp chế"]
    assert "the header could not be read" in (extraction.cascade.documents[0].note or "")


@pytest.mark.parametrize(
    "text",
    [
        # numbered items and a title, but nothing closes it as a document does
        "CHỈ THỊ\nCách nấu phở\n\n1. Ninh xương trong 6 giờ.\n2. Thái thịt bò mỏng.\n",
        # a title and a distribution list, no numbered items
        "DEN i: CHỈ THỊ\nHôm nay trời đẹp, chúng tôi đi chơi.\n\nNoi nhận:\n- Bạn bè;\n",
        # numbered items and a distribution list, no title or subject line
        "Danh sách mua sắm\n\n1. Gạo.\n2. Muối.\n\nNoi nhận:\n- Mẹ;\n",
        # a news report citing a directive in its prose
        "Thủ tướng vừa ký Chỉ thị về hóa đơn.\n1. Tin thứ nhất.\n2. Tin thứ hai.\nKT. hết\n",
    ],
)
def test_a_text_without_the_structure_of_a_document_is_still_refused(text: str) -> None:
    with pytest.raises(ExtractError, match="not an official document"):
        extract_text(text)
