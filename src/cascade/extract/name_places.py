"""Places at the end of a body's name: "tỉnh Lâm Đồng", "UBND Thành phố", "các sở, ngành
tỉnh".

What comes after a place word decides whether the name goes on (the place's own name, a
list, a qualifier) or ends (a verb in lower case); :mod:`cascade.extract.org_name_end` and
:mod:`cascade.extract.name_ends` read names with these tests, on the words
:mod:`cascade.extract.name_tokens` cuts.
"""

from __future__ import annotations

from cascade.extract.lexicon import DIRECTIVE_VERBS, PLACE_WORDS
from cascade.extract.name_tokens import Tok, phrase_at, place_at, qualifier_length
from cascade.extract.text import is_capitalised


def ends_after_place(toks: list[Tok], i: int) -> bool:
    """After a place word, a lower-case word that neither names the place nor goes on with a
    list or qualifier ends the name."""
    if i >= len(toks) or not toks[i].text[0].isalpha():
        return False
    if is_capitalised(toks[i].text):
        # "Ủy ban MTTQ thành phố Chỉ đạo …": a directive verb typed with a capital
        return phrase_at(toks, i, DIRECTIVE_VERBS) > 1
    if toks[i].folded == "khu" and i + 2 < len(toks) and is_capitalised(toks[i + 2].text):
        return False  # "các tỉnh khu vực Trung Bộ"
    return toks[i].folded not in {"va", "cac", "cua"} and not qualifier_length(toks, i)


def named_place_after(toks: list[Tok], i: int) -> bool:
    """A place word at ``i`` followed by the place's capitalised name ('thành phố Hà Nội')."""
    place = place_at(toks, i)
    return place > 0 and i + place < len(toks) and is_capitalised(toks[i + place].text)


def named_place_end(toks: list[Tok], i: int) -> int:
    """After a place word, the end of the place's own name ('tỉnh Lâm Hà') when a
    lower-case word that does not go on with the name follows it, else 0."""
    end = i
    while end < len(toks) and end - i < 5 and is_capitalised(toks[end].text):
        end += 1
    if end == i or end >= len(toks) or is_capitalised(toks[end].text):
        return 0
    return end if ends_after_place(toks, end) else 0


def capital_level(toks: list[Tok], k: int) -> int:
    """2 for "Thành phố" written with a capital (the level of a body: "UBND Thành phố"),
    else 0 ("Tỉnh" may open "Tỉnh ủy")."""
    if not is_capitalised(toks[k].text):
        return 0
    return 2 if " ".join(t.folded for t in toks[k : k + 2]) == "thanh pho" else 0


def capital_place(toks: list[Tok], k: int) -> int:
    """Tokens of "Thành phố" / "Tỉnh" written with a capital as the level of a body at the
    end of a list item (nothing but punctuation after it), else 0."""
    words = 2 if toks[k].folded == "thanh" else 1
    if " ".join(t.folded for t in toks[k : k + words]) not in {"thanh pho", "tinh"}:
        return 0
    after = toks[k + words] if k + words < len(toks) else None
    return words if after is None or not after.text[0].isalnum() or after.folded == "va" else 0


def ends_with_place(folded: str) -> bool:
    words = folded.split()
    return bool(words) and (
        words[-1] in PLACE_WORDS.folded or " ".join(words[-2:]) in PLACE_WORDS.folded
    )
