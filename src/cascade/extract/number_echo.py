"""A term's number written twice, in digits and in words: "05 (năm) ngày làm việc kể từ …",
"30 (ba mươi) ngày kể từ …", "năm (5) ngày làm việc kể từ …", "ba mươi (30) ngày kể từ …".

Procedures of the State Bank and of other ministries spell each term both ways; the readers of
terms (:mod:`.day_terms`) look for the digits right before the unit. Here the echo in words is
dropped, so that "05 (năm) ngày làm việc kể từ …" reads as "05 ngày làm việc kể từ …".
"""

from __future__ import annotations

import re

_WORD = r"(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|linh|lẻ)"
_WORDS = rf"{_WORD}(?:\s+{_WORD}){{0,4}}"
# (only a term counted from a day or an event: "Năm (05) ngày làm việc đối với …", how long
# an answer may take, and "Định kỳ 06 (sáu) tháng" are left as they were read)
_UNIT = r"(?=\s*ngày(?:\s+làm\s+việc)?\s*,?\s*(?:kể\s+từ|từ|trước|sau)\s)"
# "05 (năm) ngày": the digits, then the words in brackets
_DIGITS_FIRST = re.compile(rf"(?<!\d)(\d{{1,3}})\s*\(\s*{_WORDS}\s*\){_UNIT}", re.IGNORECASE)
# "ba mươi (30) ngày": the words, then the digits in brackets
_WORDS_FIRST = re.compile(rf"(?<!\w){_WORDS}\s*\(\s*(\d{{1,3}})\s*\){_UNIT}", re.IGNORECASE)


def drop_number_echo(text: str) -> str:
    """``text`` with each term's number in words dropped where digits give it too."""
    if "(" not in text:
        return text
    return _WORDS_FIRST.sub(r"\1", _DIGITS_FIRST.sub(r"\1", text))
