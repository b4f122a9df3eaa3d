"""How far a plural group runs on: its lower-case items, its places, where the bodies are.

"các sở, ban, ngành" is one group although commas separate its items; "UBND các xã,
phường và đặc khu" one group of places; "UBND các tỉnh: Ninh Bình, Bắc Ninh, Phú Thọ" one
group with the places it lists; "UBND các tỉnh, thành phố tại khu vực …" one group with
where the bodies are. The list reader (:mod:`cascade.extract.orgs`) hands the group to
these functions once its first item is read.
"""

from __future__ import annotations

from cascade.extract.founded_names import founded_end
from cascade.extract.name_ends import (
    ListItem,
    continuation_length,
    item_start_index,
    locative_end,
    range_end,
    trade_end,
)
from cascade.extract.name_places import ends_with_place
from cascade.extract.name_tokens import Tok, head_length, place_at
from cascade.extract.text import fold, is_capitalised


def continue_group(text: str, toks: list[Tok], item: ListItem, nxt: int, cont: int) -> int | None:
    """Fold short lower-case items into the group ``item`` before them ('các sở, ban,
    ngành'), the first of them ``cont`` tokens from token ``nxt``; ``item.end`` moves to
    the group's end. The token where the next name starts, or None when the list is over."""
    item.end = toks[nxt + cont - 1].end
    i = nxt + cont
    while i < len(toks) and toks[i].text == ",":
        more = continuation_length(toks, i + 1, item, text)
        if not more:
            break
        item.end = toks[i + more].end
        i = i + 1 + more
    if (
        i + 1 < len(toks)
        and toks[i].folded == "va"
        and ends_with_place(fold(text[item.start : item.end]))
    ):
        place = place_at(toks, i + 1)
        if place:  # "UBND các xã, phường và đặc khu"
            item.end = toks[i + place].end
            i += 1 + place
    # "các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa"
    if trade := trade_end(toks, i, item_start_index(toks, item)):
        item.end, i = toks[trade - 1].end, trade
    # "tập đoàn, tổng công ty, công ty do Thủ tướng Chính phủ quyết định thành lập"
    if founded := founded_end(toks, item_start_index(toks, item), i):
        item.end, i = toks[founded - 1].end, founded
    locative = (locative_end(toks, i) or range_end(toks, i)) if i < len(toks) else 0
    if locative:  # "UBND các tỉnh, thành phố tại khu vực …", "… từ Hà Tĩnh đến Huế"
        item.end = toks[locative - 1].end
        return None
    places = places_after_colon(text, toks, item_start_index(toks, item), i)
    if places != i:  # "UBND các tỉnh, thành phố trực thuộc Trung ương: Huế, Đà Nẵng"
        item.end = toks[places - 1].end
        return None
    if i < len(toks) and (toks[i].text in {",", ";"} or toks[i].folded == "va"):
        return i + 1
    return None


def places_after_colon(text: str, toks: list[Tok], j: int, k: int) -> int:
    """'Ủy ban nhân dân các tỉnh: Ninh Bình, Bắc Ninh, Phú Thọ': a group of a level
    that lists its places after a colon is one group with them; the token after the
    last place (``k`` when the text is not such a list)."""
    group = fold(text[toks[j].start : toks[k - 1].end])
    level = ends_with_place(group) or group.endswith("truc thuoc trung uong")
    if not (" cac " in f" {group} " and level):
        return k
    if k + 1 >= len(toks) or toks[k].text != ":" or not is_capitalised(toks[k + 1].text):
        return k
    end, names = k + 1, 0
    while end < len(toks) and is_capitalised(toks[end].text):
        while end < len(toks) and is_capitalised(toks[end].text):
            end += 1  # a place's name is capitalised word by word ("Bắc Ninh")
        names += 1
        if end + 1 < len(toks) and _another_place(toks, end):
            end += 1  # "…: Ninh Bình, Bắc Ninh và Phú Thọ"
    return end if names >= 2 else k


def _another_place(toks: list[Tok], k: int) -> bool:
    """True when "," or "và" at token ``k`` joins one more place of a list after a colon
    (not a body: "…: Huế, Đà Nẵng và Bộ Y tế")."""
    joins = toks[k].text == "," or toks[k].folded == "va"
    return (
        joins
        and is_capitalised(toks[k + 1].text)
        and not head_length(toks, k + 1, lowercase_ok=False, in_list=True)
    )
