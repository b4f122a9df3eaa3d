"""Kinds of body named by the sector they manage: "Sở quản lý ngành, lĩnh vực", "các cơ
quan chuyên môn quản lý ngành, lĩnh vực cấp tỉnh", "Bộ quản lý chuyên ngành".

A regulation that shares work among departments by sector names them so, as one kind of
body; "quản lý" (to manage) is then part of the name, not the verb of the sentence, and
the comma of "ngành, lĩnh vực" (sector, field) is inside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # name_tokens reads these qualifiers too
    from cascade.extract.name_tokens import Tok

# the bare kinds such a qualifier follows (after "các", if any)
_KINDS = frozenset({"so", "bo", "co quan", "co quan chuyen mon", "don vi"})
# the qualifiers, as folded tokens ("," a token of its own)
_QUALIFIERS = (
    ("quan", "ly", "nganh", ",", "linh", "vuc"),
    ("quan", "ly", "chuyen", "nganh"),
    ("quan", "ly", "nganh"),
)


def sector_qualifier_length(toks: list[Tok], start: int, k: int) -> int:
    """Tokens of a sector qualifier at ``k`` ("quản lý ngành, lĩnh vực", with a level
    after it: "cấp tỉnh") when the name read from ``start`` up to ``k`` is a bare kind of
    body ("Sở", "các cơ quan chuyên môn"); else 0. The name ends after it."""
    words = [t.folded for t in toks[start:k]]
    if words[:1] == ["cac"]:
        words = words[1:]
    if " ".join(words) not in _KINDS:
        return 0
    length = sector_qualifier_at(toks, k)
    level = k + length
    if length and [t.folded for t in toks[level : level + 2]] in _LEVELS:
        length += 2  # "… quản lý ngành, lĩnh vực cấp tỉnh"
    return length


_LEVELS = (["cap", "tinh"], ["cap", "xa"], ["cap", "huyen"])


def sector_qualifier_at(toks: list[Tok], k: int) -> int:
    """Tokens of a sector qualifier starting at ``k``, or 0."""
    for qualifier in _QUALIFIERS:
        if tuple(t.folded for t in toks[k : k + len(qualifier)]) == qualifier:
            return len(qualifier)
    return 0
