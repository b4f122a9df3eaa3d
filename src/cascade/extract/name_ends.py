"""Where a name, or a list of names, ends.

A name may run on past its head and words with a clause of its own: where the bodies are
("… tại khu vực dự báo xảy ra mưa, lũ"), a range of places ("từ Hà Tĩnh đến Khánh Hòa"), a
relative clause ("các đơn vị được giao làm Bên mời thầu"), what they belong to ("thuộc
UBND tỉnh"); a plural group goes on with short lower-case items after commas ("các sở, ban,
ngành"). Each test here gives the token where such a part ends (0 when there is none).
"""

from __future__ import annotations

from dataclasses import dataclass

from cascade.extract.comma_names import comma_name_rest
from cascade.extract.defined_terms import inside_defined_term
from cascade.extract.founded_names import companies_after_named
from cascade.extract.lexicon import (
    ADVERBS,
    DIRECTIVE_VERBS,
    GENERIC_HEADS,
    LOCATIVES,
    NOT_A_PLACE,
)
from cascade.extract.name_places import capital_place, ends_with_place
from cascade.extract.name_tokens import (
    Tok,
    aside_at,
    compound_dash,
    duty_at,
    generic_word,
    head_length,
    is_stop,
    phrase_at,
    place_at,
    qualifier_length,
    stop_is_part_of_name,
)
from cascade.extract.sector_members import sector_at
from cascade.extract.text import fold, is_capitalised, vkey
from cascade.extract.word_sets import WordSet


@dataclass
class ListItem:
    """A name read from a list: where it stands, whether it is a group, a role before it."""

    start: int
    end: int
    plural: bool
    role: str | None
    name: str | None = None  # when the text names it in parts ("các Bộ: Quốc phòng, …")


def locative_end(toks: list[Tok], k: int) -> int:
    """'UBND các tỉnh tại khu vực dự báo xảy ra mưa, lũ tập trung …': where the bodies
    are is part of the name when a directive verb follows it closely; the token where the
    verb starts, or 0."""
    size = phrase_at(toks, k, LOCATIVES)
    if not size or phrase_at(toks, k + size, NOT_A_PLACE):
        return 0
    last = min(len(toks), k + size + 14)
    for m in range(k + size + 1, last):
        if toks[m].text in {";", ".", "(", ")"}:
            return 0
        if toks[m].text == ":":
            return m  # a heading: "3. Các cơ sở KCB trên địa bàn Thành phố:"
        if phrase_at(toks, m, DIRECTIVE_VERBS) and not is_capitalised(toks[m].text):
            return m
        if toks[m].folded == "xet" and is_stop(toks, m):
            return m  # "… trên địa bàn thành phố xét, trình, đề nghị …"
        if duty_at(toks, m):
            return m  # "Các đơn vị cấp nước trên địa bàn thành phố có trách nhiệm: …"
    return last if last == len(toks) and last > k + size else 0


def range_end(toks: list[Tok], k: int) -> int:
    """'UBND các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa': a range of places closes the
    name of a group; the token after the range, or 0."""
    if toks[k].folded != "tu" or k + 1 >= len(toks) or not is_capitalised(toks[k + 1].text):
        return 0
    m = k + 1
    while m < len(toks) and is_capitalised(toks[m].text):
        m += 1
    if m + 1 >= len(toks) or toks[m].folded != "den" or not is_capitalised(toks[m + 1].text):
        return 0
    m += 1
    while m < len(toks) and is_capitalised(toks[m].text):
        m += 1
    return m


_RELATIVE = {"co", "duoc"}  # "các đơn vị có …", "các đơn vị được giao …"
_BEFORE_VERB = {"tu", "chu", "dong", "khan", "truong", "tiep", "tuc"}  # "tự", "chủ động" …


def relative_end(toks: list[Tok], k: int) -> int:
    """'các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn Thành phố tự
    kiểm tra …', 'các đơn vị được giao làm Bên mời thầu:': a group named with a clause
    of its own ends where its verb, a colon or a new clause begins; 0 when it is no
    such clause ('có liên quan' is a qualifier; 'các đơn vị có trách nhiệm …' has its
    verb right away)."""
    if toks[k].folded not in _RELATIVE or phrase_at(toks, k, ADVERBS) > 1:
        return 0
    last = min(len(toks), k + 20)
    first = k + 3 if toks[k].folded == "duoc" else k + 2  # "được giao làm …"
    if toks[k].folded == "duoc":
        # "các cơ quan được phân công chủ trì … có trách nhiệm lập …": the clause holds
        # verbs of its own; the duty that follows ends it
        for m in range(first, last):
            if toks[m].text in {";", ":", "."}:
                break
            if toks[m].folded in {"co", "chiu"} and phrase_at(toks, m, ADVERBS) > 1:
                return m
    for m in range(first, last):
        tok = toks[m]
        if tok.text in {";", ":", ".", "(", ")"} or (
            tok.text == "," and m + 1 < len(toks) and not is_capitalised(toks[m + 1].text)
        ):
            return m
        if phrase_at(toks, m, DIRECTIVE_VERBS) and not is_capitalised(tok.text):
            while m - 1 > k + 1 and toks[m - 1].folded in _BEFORE_VERB:
                m -= 1
            return m
    return 0


# "thuộc", "trực (thuộc)" after a group's items: whose the whole group is
_OWNER_WORDS = frozenset({"thuoc", "truc"})

# "đơn vị sự nghiệp công lập", the public service unit: a kind of its own, no more of the kind
# before it ("doanh nghiệp, đơn vị sự nghiệp công lập" are two), unless what follows it
# qualifies the whole group ("Các sở, đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh")
_PUBLIC_SERVICE_UNIT = ["don", "vi", "su", "nghiep", "cong", "lap"]


def _of_its_own(toks: list[Tok], i: int) -> bool:
    """True when the item at ``i`` is a group of its own, not more of the one before it:
    "…, các trường trong Công an nhân dân", "doanh nghiệp, đơn vị sự nghiệp công lập"."""
    if toks[i].folded == "cac" and not _bare_kind_under(toks, i + 1):
        return True
    return _public_service_unit_alone(toks, i)


def _public_service_unit_alone(toks: list[Tok], i: int) -> bool:
    end = i + len(_PUBLIC_SERVICE_UNIT)
    if [t.folded for t in toks[i:end]] != _PUBLIC_SERVICE_UNIT:
        return False
    return end >= len(toks) or toks[end].folded not in _OWNER_WORDS


def continuation_length(toks: list[Tok], i: int, item: ListItem, text: str) -> int:
    """Tokens of a short lower-case item that continues a plural group ('…, ban, ngành')."""
    if rest := comma_name_rest(toks, i, text[item.start : item.end]):
        return rest  # "Công an đơn vị, địa phương": a short name the document defines
    if i >= len(toks) or (is_stop(toks, i) and not phrase_at(toks, i, GENERIC_HEADS)):
        return 0  # ", căn cứ …", ", theo …": the list is over ("tổ chức" may go on with it)
    if companies_after_named(toks, i, text[item.start : item.end]):
        return 0
    if _of_its_own(toks, i):
        return 0
    group_text = fold(text[item.start : item.end])
    # a plural group, a generic body in lower case ("tỉnh ủy, thành ủy"), or a body of a
    # level named by its bare place word ("Ủy ban nhân dân phường, xã, đặc khu")
    plural = (
        item.plural
        or " cac " in f" {group_text} "
        or text[item.start].islower()
        or group_text == "bo"  # "Bộ, cơ quan ngang bộ" opening a sentence
        or (ends_with_place(group_text) and place_at(toks, i) > 0)
    )
    k = i
    # a lower-case item may run to six words ("…, đơn vị sự nghiệp công lập thuộc …")
    limit = 4 if is_capitalised(toks[i].text) else 6
    while (
        k < len(toks)
        and (toks[k].text[0].isalpha() or compound_dash(toks, k, i))
        and (k - i < limit or toks[k].folded in _OWNER_WORDS)
    ):
        if compound_dash(toks, k, i):
            return 0  # "…, tổ chức chính trị - xã hội, …": a kind of body of its own
        if toks[k].folded in _OWNER_WORDS and k > i:
            # "…, ngành thuộc UBND tỉnh": what follows qualifies the whole group
            return qualified_end(toks, k) - i
        if k > i and capital_place(toks, k):
            k += capital_place(toks, k)  # "…, ngành, đoàn thể Thành phố": the level
            break
        if k > i and plural and (sector := sector_at(toks, k)):
            return k + sector - i  # "…, đơn vị trong ngành Văn hóa": the group's sector
        if k > i and (where := level_after_locative(toks, k)):
            # "các ban, bộ, ngành ở Trung ương": the level of the whole group
            return where - i if plural else 0
        # "cơ quan ngang Bộ": the word after "ngang" (at the level of) belongs to the item
        after_ngang = k > i and toks[k - 1].folded == "ngang"
        if (
            is_capitalised(toks[k].text)
            and not (plural and generic_word(toks, k, i))
            and not after_ngang
        ):
            break
        # a stop word ends the item unless a fixed part of a name holds it ("công lập")
        stop = k > i and is_stop(toks, k) and not qualifier_length(toks, k)
        if stop and not (stop_is_part_of_name(toks, k) or inside_defined_term(toks, k)):
            break
        if k > i and toks[k].folded == "va":
            break
        qualifier = qualifier_length(toks, k)
        if qualifier:
            k += qualifier
            continue
        k += 1
    return _accepted_continuation(toks, i, k, item, plural)


def _bare_kind_under(toks: list[Tok], i: int) -> bool:
    """'…, công ty, các đơn vị trực thuộc Thành phố': a bare kind of body at ``i`` whose
    "thuộc …" says whose the whole group is."""
    head = phrase_at(toks, i, GENERIC_HEADS)
    return bool(head) and i + head < len(toks) and toks[i + head].folded in _OWNER_WORDS


def _accepted_continuation(toks: list[Tok], i: int, k: int, item: ListItem, plural: bool) -> int:
    """The tokens ``i`` to ``k`` as an item continuing the group ``item``, or 0."""
    if k == i:
        return 0
    if (
        k < len(toks)
        and toks[k].text[0].isalpha()
        and not (toks[k].folded == "va" or is_stop(toks, k))
    ):
        return 0  # a longer lower-case phrase: not a list item
    if toks[i].folded == "cac" or aside_at(toks, i):
        return 0
    generic_start = phrase_at(toks, i, GENERIC_HEADS) > 0
    if plural or (generic_start and phrase_at(toks, item_start_index(toks, item), GENERIC_HEADS)):
        return k - i
    return 0


_LEVEL_NAMES = WordSet(
    frozenset(vkey(w) for w in ("Trung ương", "Thành phố", "Tỉnh")),
    frozenset(fold(w) for w in ("Trung ương", "Thành phố", "Tỉnh")),
)


def level_after_locative(toks: list[Tok], k: int) -> int:
    """After "ở Trung ương" / "tại Thành phố" at ``k`` (a locative and a level written
    with a capital): the token after them, or 0."""
    size = phrase_at(toks, k, LOCATIVES)
    if not size or k + size >= len(toks) or not is_capitalised(toks[k + size].text):
        return 0
    level = phrase_at(toks, k + size, _LEVEL_NAMES)
    return k + size + level if level else 0


def qualified_end(toks: list[Tok], k: int) -> int:
    """The token after "thuộc …" / "trực thuộc …" at ``k`` and the body it names."""
    k += 2 if toks[k].folded == "truc" else 1
    while k < len(toks) and toks[k].text not in {",", ";", ":", "."}:
        if is_stop(toks, k) and not is_capitalised(toks[k].text):
            break
        if toks[k].folded == "va" and head_length(toks, k + 1, lowercase_ok=False, in_list=True):
            break  # "…, cơ quan thuộc Chính phủ và Ủy ban nhân dân các tỉnh"
        k += 1
    return k


def item_start_index(toks: list[Tok], item: ListItem) -> int:
    """Index of the token where ``item`` starts."""
    for idx, tok in enumerate(toks):
        if tok.start >= item.start:
            return idx
    return len(toks)


# what a kind of producer does, naming the kind: "doanh nghiệp sản xuất, chế biến và xuất
# khẩu hàng hóa" (firms that make, process and export goods)
_TRADES = WordSet(
    frozenset(vkey(w) for w in ("sản xuất", "chế biến", "xuất khẩu", "nhập khẩu", "kinh doanh")),
    frozenset(fold(w) for w in ("sản xuất", "chế biến", "xuất khẩu", "nhập khẩu", "kinh doanh")),
)


def trade_end(toks: list[Tok], k: int, item_start: int) -> int:
    """After a group whose name lists trades ('các doanh nghiệp sản xuất, chế biến'), the
    "và" at ``k`` with the last trade and its goods ('và xuất khẩu hàng hóa'): the token
    after them, or 0."""
    if k + 2 >= len(toks) or toks[k].folded != "va" or not phrase_at(toks, k + 1, _TRADES):
        return 0
    if not any(phrase_at(toks, m, _TRADES) for m in range(item_start, k)):
        return 0
    end = k + 1 + phrase_at(toks, k + 1, _TRADES)
    while end < len(toks) and toks[end].text.islower() and not is_stop(toks, end):
        end += 1
    return end
