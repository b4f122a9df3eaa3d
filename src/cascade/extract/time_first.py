"""A sentence that opens with how often its work recurs and goes straight on to the work.

"Hàng năm lập dự toán kinh phí …, gửi Sở Tài chính thẩm định, Ủy ban nhân dân tỉnh phê
duyệt theo quy định": the time stands before the verb with no comma of its own, so the work
is the heading's body's, and the bodies after a later comma are those the estimate goes to,
not the sentence's subject ("Hằng năm, Sở X tổng hợp …" has its subject after the comma).
"""

from __future__ import annotations

import re

from cascade.extract.verb_start import leading_verb

_EVERY = re.compile(r"^(?:Hằng|Hàng)\s+(?:năm|quý|tháng)\s+(?=[^\s,])", re.IGNORECASE)


def work_follows_time(sentence: str) -> bool:
    """True when ``sentence`` opens with "Hằng năm" (quý, tháng) and its verb right after."""
    every = _EVERY.match(sentence)
    if every is None:
        return False
    verb = leading_verb(sentence[every.end() :], max_words=1)
    return verb is not None and verb.start == 0
