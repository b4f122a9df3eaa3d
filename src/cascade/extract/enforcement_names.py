"""Names of bodies that end on what they execute: "cơ quan thi hành án dân sự", "văn
phòng thi hành án dân sự" (civil judgment enforcement), "cơ quan thi hành án hình sự".

The verb "thi hành" inside such a name would end it after "cơ quan" or "văn phòng" (the
lexicon's NAME_COMPOUNDS keep it whole). Once the kind of judgment is named, the name is
complete: a lower-case word after it is the body's work ("Cơ quan thi hành án dân sự sử dụng
số tiền …", "văn phòng thi hành án dân sự mua bảo hiểm …") or a clause that says which body
of the kind ("… nhận tập sự"), unless it is a level, a place, a qualifier or a list going on
("cơ quan thi hành án dân sự cấp tỉnh", "… tỉnh, thành phố khác", "… có liên quan").
"""

from __future__ import annotations

from cascade.extract.lexicon import EXECUTED_JUDGMENTS
from cascade.extract.name_tokens import Tok, phrase_at, place_at, qualifier_length
from cascade.extract.text import is_capitalised

# words after the name that go on with it: its level, what it belongs to, a list
_GOES_ON = frozenset({"cap", "thuoc", "cua", "va", "hoac", "cac"})


def executed_end(toks: list[Tok], k: int) -> int:
    """The token after a name's closing "thi hành án dân sự" at ``k`` when the name ends
    there (0 when no such words are at ``k``, or the name goes on after them)."""
    n = phrase_at(toks, k, EXECUTED_JUDGMENTS)
    if not n or k == 0 or toks[k - 1].folded not in {"quan", "phong"}:
        return 0
    end = k + n
    if end >= len(toks):
        return end
    nxt = toks[end]
    if not nxt.text[:1].isalpha() or is_capitalised(nxt.text) or nxt.folded in _GOES_ON:
        return 0
    if place_at(toks, end) or qualifier_length(toks, end):
        return 0
    return end
