"""Groups named by the sector they work in: "các đơn vị trong Ngành", "các cơ quan, đơn vị
trong ngành Kế hoạch và Đầu tư", "các trường trong Công an nhân dân".

A ministry's circular speaks to the whole sector it leads; "trong ngành …" (in the sector
of …) is then part of the group's name, as "thuộc Bộ" is, not a place or a clause of its own.
The name walk (:mod:`cascade.extract.org_name_end`) and the list items that go on with a
group (:mod:`cascade.extract.name_ends`) take it with the sector's name.
"""

from __future__ import annotations

from cascade.extract.name_tokens import Tok, head_length, is_stop
from cascade.extract.text import is_capitalised


def sector_member_length(toks: list[Tok], start: int, k: int) -> int:
    """Tokens of "trong ngành" / "trong Ngành" at ``k`` and the sector's name after it
    ("Kế hoạch và Đầu tư"), when the name read from ``start`` is a plural group ("các …");
    else 0. The name ends after them."""
    if toks[start].folded != "cac" or k <= start + 1:
        return 0
    return sector_at(toks, k)


# the armed forces a ministry's circular speaks to as its sector ("các trường trong Công
# an nhân dân": the police's schools, not a clause "in the police")
_FORCES = (("cong", "an", "nhan", "dan"), ("quan", "doi", "nhan", "dan"))


def sector_at(toks: list[Tok], k: int) -> int:
    """Tokens of "trong ngành …" or "trong Công an nhân dân" at ``k`` with the sector's
    name, or 0."""
    if toks[k].folded != "trong":
        return 0
    force = tuple(t.folded for t in toks[k + 1 : k + 5])
    if force in _FORCES and is_capitalised(toks[k + 1].text):
        return 5
    if [t.folded for t in toks[k + 1 : k + 2]] != ["nganh"]:
        return 0
    end = k + 2
    if end >= len(toks) or not is_capitalised(toks[end].text):
        return 2  # "trong Ngành": the sector of the document's issuer
    end += 1
    while end < len(toks):
        tok = toks[end]
        joined = tok.folded == "va" and end + 1 < len(toks) and is_capitalised(toks[end + 1].text)
        nxt = end + 1
        joined = joined or (
            tok.text == ","
            and nxt < len(toks)
            and is_capitalised(toks[nxt].text)
            and not head_length(toks, nxt, lowercase_ok=False, in_list=True)
        )
        if joined:
            end += 2  # "Kế hoạch và Đầu tư", "Văn hóa, Thể thao và Du lịch"
        elif tok.text[0].isalpha() and (is_capitalised(tok.text) or not is_stop(toks, end)):
            end += 1
        else:
            break
    return end - k
