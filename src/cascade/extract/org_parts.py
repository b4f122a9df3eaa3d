"""Bodies named in parts after one plural head: "các Bộ: Quốc phòng, Công an, Y tế".

The head is written once and each name after it stands for a body of its own ("Bộ Quốc
phòng", "Bộ Công an", …), with a colon or without one ("các Tập đoàn VNPT, Viettel").
The list reader (:mod:`cascade.extract.orgs`) takes the items read here in place of the
group.
"""

from __future__ import annotations

from cascade.extract.lexicon import COMMA_COMPOUNDS, COMPLETE_HEADS, NAMED_HEADS
from cascade.extract.name_ends import ListItem
from cascade.extract.name_tokens import (
    Tok,
    dash_inside,
    is_stop,
    joined_at,
    joins_another_body,
    phrase_at,
)
from cascade.extract.text import is_capitalised, squash


def distributed_parts(
    text: str, toks: list[Tok], j: int, role: str | None
) -> tuple[list[ListItem], int] | None:
    """'các Bộ: Quốc phòng, Công an, Y tế' at token ``j``: one item per name after the
    colon, named with the head ('Bộ Quốc phòng', …), and the token after the last; None
    when the text is not such a list."""
    if toks[j].folded != "cac":
        return None
    named = phrase_at(toks, j + 1, NAMED_HEADS)
    colon = j + 1 + named
    if not named or colon + 1 >= len(toks):
        return None
    if toks[colon].text == ":":
        k = colon + 1
    elif _listed_without_colon(toks, colon):
        k = colon  # "các Bộ Quốc phòng, Công an", "các Tập đoàn VNPT, Viettel"
    else:
        return None
    if not is_capitalised(toks[k].text):
        return None
    head = squash(text[toks[j + 1].start : toks[colon - 1].end])
    head = head[:1].upper() + head[1:]
    parts: list[ListItem] = []
    while k < len(toks):
        start = k
        k = part_end(toks, k)
        if k == start:
            break
        part = squash(text[toks[start].start : toks[k - 1].end])
        parts.append(
            ListItem(toks[start].start, toks[k - 1].end, False, role, name=f"{head} {part}")
        )
        comma = k < len(toks) and toks[k].text == ","
        if not (comma and k + 1 < len(toks) and is_capitalised(toks[k + 1].text)):
            break
        if toks[k + 1].folded == "cac":
            break
        k += 1
    return parts, k


def _listed_without_colon(toks: list[Tok], k: int) -> bool:
    """'các Bộ Quốc phòng, Công an …': two capitalised names after a plural head."""
    if not is_capitalised(toks[k].text) or phrase_at(toks, k, COMPLETE_HEADS):
        # "các Ban Hội đồng nhân dân, Tổ đại biểu": the committees of the council (a
        # body of its own after the head), not bodies named "Ban <name>"
        return False
    end = part_end(toks, k)
    return (
        end + 1 < len(toks)
        and toks[end].text == ","
        and is_capitalised(toks[end + 1].text)
        and toks[end + 1].folded not in {"cac", toks[k - 1].folded}
        and not phrase_at(toks, end + 1, COMPLETE_HEADS)
        and not joins_another_body(toks, k, end)
    )


def part_end(toks: list[Tok], k: int) -> int:
    """The end of one name in a distributed list: capitalised words and the lower-case
    syllables of their names ('Nông nghiệp và Môi trường'), up to a separator."""
    start = k
    while k < len(toks) and (toks[k].text[0].isalnum() or dash_inside(toks, k)):
        tok = toks[k]
        if (
            k + 1 < len(toks)
            and toks[k + 1].text == ","
            and joined_at(toks, k + 1, COMMA_COMPOUNDS)
        ):
            k += 2  # "các Bộ: Xây dựng, Văn hóa, Thể thao và Du lịch": a comma inside a name
            continue
        if tok.folded == "va":
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if (
                nxt is None
                or nxt.folded == "cac"
                or not is_capitalised(nxt.text)
                or phrase_at(toks, k + 1, COMPLETE_HEADS)  # "… Nội vụ và UBND các xã"
            ):
                break
        elif (
            not is_capitalised(tok.text)
            and (k == start or is_stop(toks, k))
            and not (tok.folded == "giao" and toks[k - 1].folded == "ngoai")  # Ngoại giao
        ):
            break
        k += 1
    return k
