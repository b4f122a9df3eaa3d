"""An agency named by its function inside the body it belongs to: "Cơ quan quản lý tạm
giữ, tạm giam và cấm đi khỏi nơi cư trú Bộ Công an", "Cơ quan quản lý, thi hành … Công an
cấp tỉnh"; an article so titled lists that agency's duties.

The function is written in lower case and holds verbs ("quản lý", "thi hành"), commas and
"và", so the name walk would stop at its first verb ("Cơ quan" and the work "Quản lý …").
When the words after the head "Cơ quan" run, with no word that links a clause (and, in
lower case, no comma: "cơ quan tổ chức cán bộ Công an đơn vị, địa phương"), to a capitalised
body of the state ("Bộ …", "Công an …", "Ủy ban nhân dân …"), they are the agency's name and
that body closes it.
"""

from __future__ import annotations

import re

from cascade.extract.name_tokens import Tok, split_tokens
from cascade.extract.text import is_capitalised

_REACH = 24
# words that open a clause or a link (a work with a partner, a purpose, a duty, a case), or
# that start another body or a place ("Cơ quan thi hành án dân sự tỉnh, thành phố, cơ quan
# quản lý thi hành án thuộc Bộ Quốc phòng": two bodies)
_LINKS = frozenset(
    {
        "với", "cho", "đến", "để", "theo", "tại", "trong", "có", "được", "phải", "chịu", "là",
        "đã", "sẽ", "cần", "nếu", "khi", "thì", "mà", "gửi", "từ", "của", "về", "trên", "bởi",
        "hoặc", "như", "sau", "trước", "thuộc", "cơ", "tỉnh", "huyện", "xã",
    }
)  # fmt: skip
# the bodies that close such a name (their first word, folded)
_CLOSERS = (("bo",), ("cong", "an"), ("uy", "ban"), ("so",), ("tong", "cuc"), ("cuc",))


def agency_function_end(toks: list[Tok], j: int, k: int) -> int:
    """At ``k``, right after the head "Cơ quan" at ``j``: the token where the closing body
    starts after the agency's function; 0 when the name does not go on so."""
    if k != j + 2 or [t.folded for t in toks[j:k]] != ["co", "quan"]:
        return 0
    # in lower case, inside a sentence, a comma ends the kind of body ("cơ quan, tổ chức, cá
    # nhân …, Bộ Công an thông báo …": a list, then the ministry)
    capital = is_capitalised(toks[j].text)
    words = 0
    for m in range(k, min(len(toks), k + _REACH)):
        tok = toks[m]
        if is_capitalised(tok.text):
            return m if words >= 2 and _closer_at(toks, m) else 0
        if tok.text == "," and capital:
            continue
        if not tok.text[:1].isalpha() or tok.text.lower() in _LINKS:
            return 0
        words += 1
    return 0


def _closer_at(toks: list[Tok], m: int) -> bool:
    """True when a body that may close an agency's name starts at ``m``."""
    folded = tuple(t.folded for t in toks[m : m + 2])
    return any(folded[: len(closer)] == closer for closer in _CLOSERS)


_ARTICLE = re.compile(r"^[*_\s]*(?:Điều\s+\d+\s*[.:]?\s*)?[*_\s]*")


def names_an_agency(title: str) -> bool:
    """True when an article's ``title`` is the name of such an agency ("Điều 13. Cơ quan
    quản lý … Bộ Công an"): its items are that agency's duties, not which body holds what
    (see :mod:`~cascade.extract.no_work`)."""
    toks = split_tokens(_ARTICLE.sub("", title, count=1))
    return bool(agency_function_end(toks, 0, 2))
