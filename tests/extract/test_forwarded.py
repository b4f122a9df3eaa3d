"""The issuer of a number, and a paper after the signature that another body issued."""

from __future__ import annotations

import pytest

from cascade.extract.forwarded import forwarded_letter, issuer_code

_APPENDIX = """
CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: {number}
Hà Nội, ngày 10 tháng 3 năm 2026
"""


@pytest.mark.parametrize(
    ("number_line", "issuer"),
    [
        ("Số: 12/KH-UBND", "UBND"),
        ("Số: 9533/VPCP-CN", "VPCP"),
        ("Số: 30/2020/NĐ-CP", "CP"),  # a decree's kind is no issuer
        ("Số: 179/QD-TTg", "TTG"),  # typed without Đ
        ("Số: 05/TTr-SNV", "SNV"),
        ("Số: 210/GM-UBND", "UBND"),
    ],
)
def test_the_kind_of_paper_before_the_issuer_is_skipped(number_line: str, issuer: str) -> None:
    assert issuer_code(number_line) == issuer


def test_a_resolution_of_the_same_issuer_after_a_decree_is_not_forwarded() -> None:
    appendix = _APPENDIX.format(number="13/NQ-CP")
    assert not forwarded_letter(appendix, "Số: 12/2026/NĐ-CP")


def test_a_letter_of_another_body_after_a_decree_is_forwarded() -> None:
    appendix = _APPENDIX.format(number="10948/BXD-KHTC")
    assert forwarded_letter(appendix, "Số: 12/2026/NĐ-CP")
