"""Heads a document defines as short names are found only around their definitions, with the
same answers as the whole pattern tried everywhere."""

from __future__ import annotations

from cascade.extract.defined_bodies import _DEFINED_HEAD, _definitions, defined_heads

_TEXTS = [
    "Điều 1. Thành lập Quỹ phát triển đất đai tỉnh (sau đây gọi tắt là Quỹ) trực thuộc Ủy ban.",
    # two definitions close together, the first of them no head of a body
    "Nghị định này quy định về Ban quản lý khu kinh tế (sau đây gọi là Ban) và Hội đồng thẩm "
    "định giá đất (gọi tắt là “Hội đồng”). Ban có văn bản gửi Hội đồng.",
    # a definition whose full name is not a head and lower-case words: nothing
    "Ủy ban nhân dân Tỉnh A (sau đây gọi là UBND) và Sở Tài chính (viết tắt là STC).",
    "Quỹ (gọi là Quỹ)",  # no lower-case words after the head
    "Không có định nghĩa nào ở đây, chỉ có Quỹ đất và Ban hành văn bản.",
]


def test_found_around_definitions_as_everywhere() -> None:
    for text in _TEXTS:
        everywhere = [(m.span(), m.groupdict()) for m in _DEFINED_HEAD.finditer(text)]
        around = [(m.span(), m.groupdict()) for m in _definitions(text)]
        assert around == everywhere, text


def test_a_defined_head_is_known_by_its_full_name() -> None:
    assert defined_heads(_TEXTS[0]) == [("Quỹ", "Quỹ phát triển đất đai tỉnh")]
    assert ("Ban", "Ban quản lý khu kinh tế") in defined_heads(_TEXTS[1])
    assert defined_heads(_TEXTS[4]) == []
