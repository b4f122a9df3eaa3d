"""The lead-in that closes a paragraph of several sentences.

"2. Trường hợp áp dụng tiêu chuẩn nước ngoài, tổ chức, cá nhân phải bảo đảm …. Đồng thời,
tổ chức, cá nhân có trách nhiệm:" over a), b): the items below are the duties the last
sentence announces; the sentences before it are work or rules of their own, read as such.
A connector that opens that sentence ("Đồng thời,", "Ngoài ra,") is no part of the name.
"""

from __future__ import annotations

import re

from cascade.extract.text import split_sentences

_CONNECTOR = re.compile(r"^(?:đồng\s+thời|ngoài\s+ra|bên\s+cạnh\s+đó)\s*,\s*", re.IGNORECASE)
# the duty words that end such a lead-in, right before its colon
_DUTY_END = re.compile(
    r"\s(?:có|chịu)\s+trách\s+nhiệm(?:\s+(?:sau|như\s+sau))?\s*:\s*$", re.IGNORECASE
)


def lead_in_sentence(text: str) -> str:
    """The last sentence of ``text`` when it is a duty lead-in after other sentences (its
    connector dropped, its first letter capitalised); else ``text`` itself."""
    if _DUTY_END.search(text) is None:
        return text
    sentences = split_sentences(text.strip())
    last = sentences[-1]
    if last.count(")") > last.count("("):
        return text  # a full stop inside a note ("(… Việt Nam. Sau đây gọi chung là …)")
    connector = _CONNECTOR.match(last)
    if connector is not None:
        last = last[connector.end() :]
        last = last[:1].upper() + last[1:]
    elif len(sentences) < 2:
        return text
    # the item's number stays with the text it opens ("2. …")
    number = re.match(r"^\s*\d{1,2}\.\s+", text)
    return (number.group() if number and len(sentences) > 1 else "") + last
