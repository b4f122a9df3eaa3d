"""Bodies named by who founded them: "tập đoàn, tổng công ty, công ty do Thủ tướng Chính
phủ quyết định thành lập" is one kind of company, the founder part of its name (the state
groups and corporations the Prime Minister set up), not the start of a clause "do X …".
So is a group of public bodies ("các tổ chức hành chính khác do Chính phủ, Thủ tướng Chính
phủ thành lập", "các đơn vị sự nghiệp do Bộ thành lập"): the founders, one or several
joined by commas, say which bodies; read alone, "Thủ tướng Chính phủ" took the group's work.
"""

from __future__ import annotations

from cascade.extract.lexicon import COMPANY_HEADS
from cascade.extract.name_tokens import Tok, phrase_at
from cascade.extract.text import fold, is_capitalised, vkey
from cascade.extract.word_sets import WordSet

# a founder named by a few capitalised words ("Thủ tướng Chính phủ", "Bộ trưởng Bộ X")
_MAX_FOUNDER = 8


def founded_end(toks: list[Tok], j: int, k: int) -> int:
    """The token after "do <founder> (quyết định) thành lập" at ``k`` in a company's name
    that starts at ``j``; 0 when the words there are not that."""
    if k + 1 >= len(toks) or toks[k].folded != "do" or not _companies_at(toks, j):
        return 0
    if not is_capitalised(toks[k + 1].text):
        return 0  # "… công ty do mình quản lý": no founder named
    for m in range(k + 2, min(k + 2 + _MAX_FOUNDER, len(toks) - 1)):
        if toks[m].text == "," and is_capitalised(toks[m + 1].text):
            continue  # founders listed: "do Chính phủ, Thủ tướng Chính phủ thành lập"
        if not toks[m].text[0].isalpha():
            return 0
        if toks[m].folded == "thanh" and toks[m + 1].folded == "lap":
            return m + 2
    return 0


def _companies_at(toks: list[Tok], j: int) -> bool:
    """True when the name at ``j`` opens with a kind of company ("(các) tập đoàn …") or is
    a group of public bodies ("các tổ chức hành chính khác …")."""
    if toks[j].folded == "cac" and j + 1 < len(toks):
        return phrase_at(toks, j + 1, _GROUP_HEADS) > 0
    return phrase_at(toks, j, COMPANY_HEADS) > 0


# kinds of public body a group is named by ("các cơ quan", "các tổ chức", "các đơn vị")
_KINDS = ("cơ quan", "tổ chức", "đơn vị")
_GROUP_HEADS = COMPANY_HEADS | WordSet(
    frozenset(vkey(kind) for kind in _KINDS), frozenset(fold(kind) for kind in _KINDS)
)


# the state groups and corporations ("tập đoàn, tổng công ty"): a kind of their own, never
# one more level of the body before them
_GROUPS = WordSet(frozenset({vkey("tập đoàn"), vkey("tổng công ty")}), frozenset())


def companies_after_named(toks: list[Tok], i: int, named: str) -> bool:
    """True when "tập đoàn" / "tổng công ty" at ``i`` follows a body ``named`` with a
    capital ("Hội Nông dân Việt Nam, tập đoàn, tổng công ty …"): a new item of the list, not
    a part of that body's group."""
    return is_capitalised(named) and phrase_at(toks, i, _GROUPS) > 0
