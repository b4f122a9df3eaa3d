"""Find the organisations named in a stretch of text ("Sở X chủ trì, phối hợp với Y; Z").

A *mention* is one body as written: a single organisation ("Sở Thông tin và Truyền
thông") or a group ("Ủy ban nhân dân các huyện, thành phố", "các sở, ban, ngành").
:func:`parse_org_list` reads a list of mentions from the start of a text and says where
the list ends, which is where the action begins.

Names have no closing mark in Vietnamese, so the rules are:

* a name starts with a *head* ("Sở", "Ban", "Ủy ban nhân dân", "các …"); a role in
  front of it ("Giám đốc Sở …") means the body;
* it runs on until a verb or a function word ("chủ trì", "xây dựng", "theo", "để");
* commas and semicolons separate names, except in a plural list ("các sở, ban, ngành"),
  where short lower-case items continue the group;
* "và" separates names only when a new head follows ("Sở Thông tin và Truyền thông" is
  one name, "… Truyền thông và các cơ quan có liên quan" two).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cascade.extract.heads import merge_heads
from cascade.extract.lexicon import (
    ADVERBS,
    AND_COMPOUNDS,
    CAPITALISED_ACTION_STARTS,
    COMMA_COMPOUNDS,
    COMPANY_HEADS,
    COMPLETE_HEADS,
    DASH_COMPOUNDS,
    DIRECTIVE_VERBS,
    DOCUMENT_NAMES,
    GENERIC_HEADS,
    LOCATIVES,
    NAME_COMPOUNDS,
    NAME_QUALIFIERS,
    NAME_STOPS,
    NAMED_HEADS,
    NOT_A_PLACE,
    NOT_BODY_NOUNS,
    NOT_PLACE_AFTER,
    PLACE_WORDS,
    ROLE_PREFIXES,
    WordSet,
)
from cascade.extract.text import fold, is_capitalised, squash, vkey

_TOKEN = re.compile(r"[\w&]+(?:[-/.&][\w&]+)*|[^\w\s]")
_LOCAL_BODIES = tuple(
    fold(b)
    for b in (
        "Hội đồng nhân dân",
        "Ủy ban nhân dân",
        "Uỷ ban nhân dân",
        "HĐND",
        "UBND",
        "Đoàn đại biểu Quốc hội",
        "Ủy ban Mặt trận Tổ quốc",
        "Ủy ban MTTQ",
    )
)
_ABOVE = re.compile(r"\s+(?:nêu|nói)\s+trên$")  # "… các tỉnh nêu trên": the same bodies
_LOCALITY = re.compile(r"\s(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+\S.*$", re.IGNORECASE)
# "UBND các xã, phường và đặc khu": the bodies of every place of a level
_LOCALITIES = re.compile(
    r"\scác\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)(?:[\s,]|$).*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    """One body named in the text; ``plural`` for a group ('các sở, ban, ngành')."""

    text: str
    start: int
    end: int
    plural: bool = False
    role: str | None = None

    @property
    def key(self) -> str:
        """The folded text, for quick comparisons."""
        return fold(self.text)


@dataclass(frozen=True)
class _Tok:
    text: str
    start: int
    end: int

    @property
    def folded(self) -> str:
        return fold(self.text.rstrip("."))


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _phrase_at(toks: list[_Tok], i: int, phrases: WordSet) -> int:
    """Length in tokens of the longest phrase of ``phrases`` starting at token ``i``."""
    best = 0
    words: list[str] = []
    window = toks[i : i + 6]
    # in text with diacritics a word without any is compared as typed: "QUY TRÌNH" is no
    # "Quỹ" (only a text typed without diacritics is compared folded)
    accented = any(not t.text.isascii() for t in window)
    for j, tok in enumerate(window, start=i):
        if not tok.text[0].isalnum():
            break
        words.append(tok.text.rstrip("."))
        phrase = " ".join(words)
        if (vkey(phrase) in phrases.accented) if accented else (phrase in phrases):
            best = j - i + 1
    return best


def _is_stop(toks: list[_Tok], i: int) -> bool:
    if toks[i].folded == "xet":
        # "… đóng trên địa bàn thành phố xét, trình, đề nghị …": the first of a row of verbs
        # (not "Hội đồng xét tặng …", where it belongs to the name)
        return i + 1 < len(toks) and toks[i + 1].text == ","
    if toks[i].folded == "so":
        # "số" ends a name only before a number ("Luật … số 72/2025/QH15"), not in "Dân số"
        return i + 1 < len(toks) and toks[i + 1].text[:1].isdigit()
    return _phrase_at(toks, i, NAME_STOPS) > 0


def _head_length(toks: list[_Tok], i: int, *, lowercase_ok: bool, in_list: bool) -> int:
    """Tokens taken by a head starting at ``i`` (0 when no name starts there)."""
    if i >= len(toks) or not toks[i].text[0].isalpha():
        return 0
    first = toks[i]
    if first.folded == "cac":
        if _phrase_at(toks, i + 1, NOT_BODY_NOUNS):
            return 0  # "Các hoạt động chính:", "Các bước:": a list of things to do
        return 1 if i + 1 < len(toks) and toks[i + 1].text[0].isalpha() else 0
    capital = is_capitalised(first.text)
    if first.folded == "bao" and i + 1 < len(toks) and toks[i + 1].folded == "cao":
        return 0  # "Báo cáo" is a report, not a newspaper
    complete = _phrase_at(toks, i, COMPLETE_HEADS)
    if complete and (capital or lowercase_ok or in_list):
        return complete
    named = _phrase_at(toks, i, NAMED_HEADS)
    if named and (capital or lowercase_ok):
        nxt = toks[i + named] if i + named < len(toks) else None
        if (
            nxt is not None
            and nxt.text[0].isalpha()
            and (is_capitalised(nxt.text) or (lowercase_ok and not _is_stop(toks, i + named)))
        ):
            return named
        if nxt is not None and (nxt.text[0].isupper() or nxt.text[0].isdigit()):
            return named
        if capital and (_place_at(toks, i + named) or _phrase_at(toks, i + named, NAME_COMPOUNDS)):
            return named  # "Công an tỉnh", "Văn phòng thành phố", "Quỹ đầu tư phát triển …"
        after = toks[i + named + 1].text if i + named + 1 < len(toks) else ""
        if capital and nxt is not None and nxt.folded == "va" and is_capitalised(after):
            return named  # "Báo và Phát thanh, Truyền hình An Giang"
        if capital and in_list and nxt is not None and nxt.text[0].isalpha():
            return named  # "…, Đoàn đại biểu Quốc hội": a list says a name follows
    if lowercase_ok or in_list:
        generic = _phrase_at(toks, i, GENERIC_HEADS)
        if generic:
            return generic
        if _ministries_and_sectors(toks, i):
            return 1
    return 0


def _ministries_and_sectors(toks: list[_Tok], i: int) -> bool:
    """'bộ, ngành, địa phương': a lower-case "bộ" opening the group of ministries and
    sectors (alone, "bộ" is a set of things: "bộ hồ sơ")."""
    return (
        toks[i].text == "bộ"
        and i + 2 < len(toks)
        and toks[i + 1].text == ","
        and toks[i + 2].folded == "nganh"
    )


def _role_length(toks: list[_Tok], i: int) -> int:
    """Tokens of the roles in front of a name: 'Giám đốc', 'Bí thư, Chủ tịch', 'Bí thư và
    Chủ tịch'."""
    length = _phrase_at(toks, i, ROLE_PREFIXES)
    while length:
        k = i + length
        if k + 1 < len(toks) and (toks[k].text == "," or toks[k].folded == "va"):
            more = _phrase_at(toks, k + 1, ROLE_PREFIXES)
            if more:
                length += 1 + more
                continue
        break
    return length


def _qualifier_length(toks: list[_Tok], i: int) -> int:
    return _phrase_at(toks, i, NAME_QUALIFIERS)


@dataclass
class _Item:
    start: int
    end: int
    plural: bool
    role: str | None
    name: str | None = None  # when the text names it in parts ("các Bộ: Quốc phòng, …")


def parse_org_list(
    text: str, *, lowercase_ok: bool = False, max_items: int = 40
) -> tuple[list[Mention], int]:
    """Mentions listed from the start of ``text``, and the offset where the list ends.

    ``lowercase_ok`` is for places where the position says a name must follow
    ("Giao …", "Kính gửi:", "Cơ quan thực hiện:"), so that lower-case names
    ("ban thường vụ các tỉnh ủy") are accepted.
    """
    reader = _ListReader(text, lowercase_ok)
    items, end_offset = reader.read(max_items)
    mentions = [
        Mention(
            it.name or _ABOVE.sub("", squash(text[it.start : it.end]).rstrip(" ,;")),
            it.start,
            it.end,
            it.plural,
            it.role,
        )
        for it in items
    ]
    mentions = [_with_plural_flag(m) for m in mentions if m.text]
    return merge_heads(_share_locality(mentions)), end_offset


class _ListReader:
    """One pass over the tokens of a text: names, separators, the end of the list."""

    def __init__(self, text: str, lowercase_ok: bool) -> None:
        self.text = text
        self.toks = _tokens(text)
        self.lowercase_ok = lowercase_ok
        self.items: list[_Item] = []
        self.end_offset = 0

    def read(self, max_items: int) -> tuple[list[_Item], int]:
        i: int | None = 0
        while i is not None and i < len(self.toks) and len(self.items) < max_items:
            found = self._item_at(i)
            if found is None:
                break
            i = self._next_start(found)
        return self.items, self.end_offset

    def _item_at(self, i: int) -> int | None:
        """Read the name at token ``i`` (a role, a head, the words that go on with it);
        return the token after it, or None when no name starts there."""
        toks = self.toks
        role = None
        j = i
        role_len = _role_length(toks, j)
        if role_len and _head_length(toks, j + role_len, lowercase_ok=True, in_list=True):
            role = squash(self.text[toks[j].start : toks[j + role_len - 1].end])
            j += role_len
        # after a role ("Bí thư tỉnh ủy") a name must follow, in lower case too
        lowercase_ok = self.lowercase_ok or role is not None
        head = _head_length(toks, j, lowercase_ok=lowercase_ok, in_list=bool(self.items))
        if not head:
            return None
        plural = toks[j].folded == "cac"
        distributed = self._distributed(j, role)
        if distributed:
            return distributed
        k = self._name_end(j, head)
        if k == j + head and plural:
            return None
        k = self._places_after_colon(j, k)
        self.items.append(_Item(toks[j].start, toks[k - 1].end, plural, role))
        self.end_offset = toks[k - 1].end
        return k

    def _distributed(self, j: int, role: str | None) -> int:
        """'các Bộ: Quốc phòng, Công an, Y tế': one body per name after the colon ('Bộ
        Quốc phòng', …); the token after the last, or 0 when the text is not such a list."""
        toks = self.toks
        if toks[j].folded != "cac":
            return 0
        named = _phrase_at(toks, j + 1, NAMED_HEADS)
        colon = j + 1 + named
        if not named or colon + 1 >= len(toks):
            return 0
        if toks[colon].text == ":":
            k = colon + 1
        elif self._listed_without_colon(colon):
            k = colon  # "các Bộ Quốc phòng, Công an", "các Tập đoàn VNPT, Viettel"
        else:
            return 0
        if not is_capitalised(toks[k].text):
            return 0
        head = squash(self.text[toks[j + 1].start : toks[colon - 1].end])
        head = head[:1].upper() + head[1:]
        while k < len(toks):
            start = k
            k = self._part_end(k)
            if k == start:
                break
            part = squash(self.text[toks[start].start : toks[k - 1].end])
            self.items.append(
                _Item(toks[start].start, toks[k - 1].end, False, role, name=f"{head} {part}")
            )
            self.end_offset = toks[k - 1].end
            comma = k < len(toks) and toks[k].text == ","
            if not (comma and k + 1 < len(toks) and is_capitalised(toks[k + 1].text)):
                break
            if toks[k + 1].folded == "cac":
                break
            k += 1
        return k if self.items else 0

    def _places_after_colon(self, j: int, k: int) -> int:
        """'Ủy ban nhân dân các tỉnh: Ninh Bình, Bắc Ninh, Phú Thọ': a group of a level
        that lists its places after a colon is one group with them; the token after the
        last place (``k`` when the text is not such a list)."""
        toks = self.toks
        group = fold(self.text[toks[j].start : toks[k - 1].end])
        level = _ends_with_place(group) or group.endswith("truc thuoc trung uong")
        if not (" cac " in f" {group} " and level):
            return k
        if k + 1 >= len(toks) or toks[k].text != ":" or not is_capitalised(toks[k + 1].text):
            return k
        end, names = k + 1, 0
        while end < len(toks) and is_capitalised(toks[end].text):
            while end < len(toks) and is_capitalised(toks[end].text):
                end += 1  # a place's name is capitalised word by word ("Bắc Ninh")
            names += 1
            if end + 1 < len(toks) and toks[end].text == "," and is_capitalised(toks[end + 1].text):
                end += 1
        return end if names >= 2 else k

    def _listed_without_colon(self, k: int) -> bool:
        """'các Bộ Quốc phòng, Công an …': two capitalised names after a plural head."""
        toks = self.toks
        if not is_capitalised(toks[k].text):
            return False
        end = self._part_end(k)
        return (
            end + 1 < len(toks)
            and toks[end].text == ","
            and is_capitalised(toks[end + 1].text)
            and toks[end + 1].folded not in {"cac", toks[k - 1].folded}
            and not _phrase_at(toks, end + 1, COMPLETE_HEADS)
            and not _joins_another_body(toks, k, end)
        )

    def _part_end(self, k: int) -> int:
        """The end of one name in a distributed list: capitalised words and the lower-case
        syllables of their names ('Nông nghiệp và Môi trường'), up to a separator."""
        toks = self.toks
        start = k
        while k < len(toks) and (toks[k].text[0].isalnum() or _dash_inside(toks, k)):
            tok = toks[k]
            if tok.folded == "va":
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                if (
                    nxt is None
                    or nxt.folded == "cac"
                    or not is_capitalised(nxt.text)
                    or _phrase_at(toks, k + 1, COMPLETE_HEADS)  # "… Nội vụ và UBND các xã"
                ):
                    break
            elif (
                not is_capitalised(tok.text)
                and (k == start or _is_stop(toks, k))
                and not (tok.folded == "giao" and toks[k - 1].folded == "ngoai")  # Ngoại giao
            ):
                break
            k += 1
        return k

    def _name_end(self, j: int, head: int) -> int:
        """The token after the name that starts at ``j`` with a head of ``head`` tokens."""
        k = j + head
        while k < len(self.toks):
            step = self._name_step(j, head, k)
            if step is None:
                break
            k, done = step
            if done:
                break
        return k

    def _name_step(self, j: int, head: int, k: int) -> tuple[int, bool] | None:
        """At token ``k`` inside a name: (next token, name ends there), or None to stop
        before ``k``."""
        toks = self.toks
        tok = toks[k]
        if tok.text == "." and _abbreviation_dot(toks, k):
            return k + 1, False
        if tok.text == "," and _joined_at(toks, k, COMMA_COMPOUNDS):
            # "Sở Văn hóa, Thể thao và Du lịch": a comma inside a name, and the two words after
            # it ("cơ quan thông tin, tuyên truyền": not the verb "tuyên truyền")
            return k + 3, False
        if tok.text in {",", ";", ":", "(", ")", "“", "”", '"', "."}:
            return None
        if tok.text in {"-", "–", "—"}:
            # "Sở Lao động - Thương binh và Xã hội", "các tổ chức chính trị - xã hội"
            inside = k + 1 < len(toks) and is_capitalised(toks[k + 1].text)
            return (k + 1, False) if inside or _joined_at(toks, k, DASH_COMPOUNDS) else None
        place = _place_at(toks, k) or _capital_level(toks, k)
        if place and k > j and _ends_after_place(toks, k + place):
            # "Công an tỉnh kiểm soát …", "UBND Thành phố chấp thuận …": the place ends the
            # name, or a range after it
            return _range_end(toks, k + place) or k + place, True
        named = _named_place_end(toks, k + place) if place and k > j else 0
        if named:
            return named, True  # "Thuế thành phố Huế đối chiếu …": the place's name ends it
        qualifier = _qualifier_length(toks, k)
        if qualifier:
            return k + qualifier, False
        locative = _locative_end(toks, k) or _range_end(toks, k)
        if locative:
            return locative, True
        if toks[j].folded == "cac" and k > j + 1:
            relative = _relative_end(toks, k)
            if relative:  # "các doanh nghiệp có hoạt động cho thuê lại lao động … tự kiểm tra"
                return relative, True
        return self._word_step(j, head, k)

    def _word_step(self, j: int, head: int, k: int) -> tuple[int, bool] | None:
        toks = self.toks
        tok = toks[k]
        if tok.folded == "va":
            return self._and_step(k)
        if tok.folded == "cua":
            # "trang thông tin điện tử của các sở", "các Ủy ban của Quốc hội"
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            # and "… báo chí của thành phố Hà Nội": the place the bodies belong to
            goes_on = nxt is not None and (
                nxt.folded == "cac" or is_capitalised(nxt.text) or _named_place_after(toks, k + 1)
            )
            return (k + 1, False) if goes_on else None
        if tok.folded == "cac":
            return k + 1, False
        if not tok.text[0].isalnum():
            return None
        term = _term_end(toks, k)
        if term:
            return term, True  # "… khóa XII": a Party body's term ends its name
        if tok.folded == "viec":
            # "việc thực hiện sắp xếp": a nominal phrase, up to the next separator
            k += 1
            while k < len(toks) and toks[k].text[0].isalnum() and toks[k].folded != "va":
                k += 1
            return k, False
        # a capitalised word inside a name is part of it ("Ban Quản lý", "Sở Y tế"),
        # and so is the second syllable of a capitalised word ("Bộ Ngoại giao")
        capital_inside = k >= j + head and is_capitalised(tok.text)
        if capital_inside and _capitalised_action_at(toks, j + head, k):
            return None  # "Sở Nông nghiệp và Môi trường Khẩn trương chia sẻ …"
        if k > j + head and tok.folded == "giao" and toks[k - 1].folded == "ngoai":
            capital_inside = True
        if not capital_inside and _is_stop(toks, k) and not _stop_is_part_of_name(toks, k):
            return None
        return k + 1, False

    def _and_step(self, k: int) -> tuple[int, bool] | None:
        """'và' inside a name goes on with it, unless a new name or a document follows."""
        toks = self.toks
        nxt = k + 1
        if _and_inside_name(toks, k):
            return nxt, False
        role_words = _role_length(toks, nxt)
        if _head_length(toks, nxt + role_words, lowercase_ok=True, in_list=True):
            return None
        if _phrase_at(toks, nxt, DOCUMENT_NAMES):
            return None  # "Sở Ngoại vụ và Tờ trình số …": a document, not a name
        if nxt < len(toks) and toks[nxt].text[0].isalpha():
            return nxt, False
        return None

    def _next_start(self, k: int) -> int | None:
        """After a name ending before token ``k``: where the next name starts, or None when
        the list is over."""
        toks = self.toks
        if k < len(toks) and toks[k].text in {",", ";"}:
            nxt = k + 1
            if _aside_at(toks, nxt):
                return None  # ", nhất là …": the list is over
            cont = _continuation_length(toks, nxt, self.items[-1], self.text)
            if toks[k].text == "," and cont:
                return self._continue_group(nxt, cont)
            return nxt
        if k < len(toks) and toks[k].folded == "va":
            return k + 1
        return None

    def _continue_group(self, nxt: int, cont: int) -> int | None:
        """Fold short lower-case items into the group before them ('các sở, ban, ngành')."""
        toks = self.toks
        item = self.items[-1]
        item.end = toks[nxt + cont - 1].end
        self.end_offset = item.end
        i = nxt + cont
        while i < len(toks) and toks[i].text == ",":
            more = _continuation_length(toks, i + 1, item, self.text)
            if not more:
                break
            item.end = toks[i + more].end
            self.end_offset = item.end
            i = i + 1 + more
        if (
            i + 1 < len(toks)
            and toks[i].folded == "va"
            and _ends_with_place(fold(self.text[item.start : item.end]))
        ):
            place = _place_at(toks, i + 1)
            if place:  # "UBND các xã, phường và đặc khu"
                item.end = toks[i + place].end
                self.end_offset = item.end
                i += 1 + place
        locative = (_locative_end(toks, i) or _range_end(toks, i)) if i < len(toks) else 0
        if locative:  # "UBND các tỉnh, thành phố tại khu vực …", "… từ Hà Tĩnh đến Huế"
            item.end = toks[locative - 1].end
            self.end_offset = item.end
            return None
        places = self._places_after_colon(_item_start_index(toks, item), i)
        if places != i:  # "UBND các tỉnh, thành phố trực thuộc Trung ương: Huế, Đà Nẵng"
            item.end = toks[places - 1].end
            self.end_offset = item.end
            return None
        if i < len(toks) and (toks[i].text in {",", ";"} or toks[i].folded == "va"):
            return i + 1
        return None


def _capitalised_action_at(toks: list[_Tok], first_word: int, k: int) -> bool:
    """A verb or adverb typed with a capital at token ``k``, after at least one word of
    the name past its head, and not right after "và" or a dash (where a name goes on)."""
    if k <= first_word or toks[k - 1].folded == "va" or toks[k - 1].text in {"-", "–"}:
        return False
    return bool(_phrase_at(toks, k, CAPITALISED_ACTION_STARTS))


def _locative_end(toks: list[_Tok], k: int) -> int:
    """'UBND các tỉnh tại khu vực dự báo xảy ra mưa, lũ tập trung …': where the bodies
    are is part of the name when a directive verb follows it closely; the token where the
    verb starts, or 0."""
    size = _phrase_at(toks, k, LOCATIVES)
    if not size or _phrase_at(toks, k + size, NOT_A_PLACE):
        return 0
    last = min(len(toks), k + size + 14)
    for m in range(k + size + 1, last):
        if toks[m].text in {";", ".", "(", ")"}:
            return 0
        if toks[m].text == ":":
            return m  # a heading: "3. Các cơ sở KCB trên địa bàn Thành phố:"
        if _phrase_at(toks, m, DIRECTIVE_VERBS) and not is_capitalised(toks[m].text):
            return m
        if toks[m].folded == "xet" and _is_stop(toks, m):
            return m  # "… trên địa bàn thành phố xét, trình, đề nghị …"
        if _duty_at(toks, m):
            return m  # "Các đơn vị cấp nước trên địa bàn thành phố có trách nhiệm: …"
    return last if last == len(toks) and last > k + size else 0


def _dash_inside(toks: list[_Tok], k: int) -> bool:
    """A dash inside one name, before a capitalised word ("Quy hoạch - Kiến trúc")."""
    return (
        toks[k].text in {"-", "–"}
        and 0 < k < len(toks) - 1
        and toks[k - 1].text[0].isalpha()
        and is_capitalised(toks[k + 1].text)
    )


def _joins_another_body(toks: list[_Tok], start: int, end: int) -> bool:
    """'các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy, …': a "và" before a body with a
    head of its own in the first name: a list of bodies, not names under one head."""
    return any(
        toks[m].folded == "va"
        and m + 1 < end
        and is_capitalised(toks[m + 1].text)
        and (_phrase_at(toks, m + 1, NAMED_HEADS) > 1 or _phrase_at(toks, m + 1, COMPLETE_HEADS))
        for m in range(start, end)
    )


def _range_end(toks: list[_Tok], k: int) -> int:
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


def _duty_at(toks: list[_Tok], m: int) -> bool:
    """'có trách nhiệm', 'chịu trách nhiệm', 'có nhiệm vụ' at token ``m``."""
    words = [t.folded for t in toks[m : m + 3]]
    return (
        len(words) == 3
        and words[0] in {"co", "chiu"}
        and words[1:]
        in (
            ["trach", "nhiem"],
            ["nhiem", "vu"],
        )
    )


_RELATIVE = {"co", "duoc"}  # "các đơn vị có …", "các đơn vị được giao …"
_BEFORE_VERB = {"tu", "chu", "dong", "khan", "truong", "tiep", "tuc"}  # "tự", "chủ động" …


def _and_inside_name(toks: list[_Tok], k: int) -> bool:
    """True when the "và" at ``k`` joins the two halves of one name (``AND_COMPOUNDS``)."""
    before = " ".join(t.folded for t in toks[max(0, k - 5) : k])
    after = " ".join(t.folded for t in toks[k + 1 : k + 6])
    return any(before.endswith(b) and after.startswith(a) for b, a in AND_COMPOUNDS)


def _relative_end(toks: list[_Tok], k: int) -> int:
    """'các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn Thành phố tự
    kiểm tra …', 'các đơn vị được giao làm Bên mời thầu:': a group named with a clause
    of its own ends where its verb, a colon or a new clause begins; 0 when it is no
    such clause ('có liên quan' is a qualifier; 'các đơn vị có trách nhiệm …' has its
    verb right away)."""
    if toks[k].folded not in _RELATIVE or _phrase_at(toks, k, ADVERBS) > 1:
        return 0
    last = min(len(toks), k + 20)
    first = k + 3 if toks[k].folded == "duoc" else k + 2  # "được giao làm …"
    if toks[k].folded == "duoc":
        # "các cơ quan được phân công chủ trì … có trách nhiệm lập …": the clause holds
        # verbs of its own; the duty that follows ends it
        for m in range(first, last):
            if toks[m].text in {";", ":", "."}:
                break
            if toks[m].folded in {"co", "chiu"} and _phrase_at(toks, m, ADVERBS) > 1:
                return m
    for m in range(first, last):
        tok = toks[m]
        if tok.text in {";", ":", ".", "(", ")"} or (
            tok.text == "," and m + 1 < len(toks) and not is_capitalised(toks[m + 1].text)
        ):
            return m
        if _phrase_at(toks, m, DIRECTIVE_VERBS) and not is_capitalised(tok.text):
            while m - 1 > k + 1 and toks[m - 1].folded in _BEFORE_VERB:
                m -= 1
            return m
    return 0


def _term_end(toks: list[_Tok], k: int) -> int:
    """The token after "khóa XII" / "nhiệm kỳ 2025" at ``k``, 0 when there is none."""
    if toks[k].folded not in {"khoa", "nhiem"} or k + 1 >= len(toks):
        return 0
    term = k + (2 if toks[k].folded == "nhiem" else 1)
    if term < len(toks) and re.fullmatch(r"[IVXLC]+|\d{4}", toks[term].text):
        return term + 1
    return 0


def _aside_at(toks: list[_Tok], i: int) -> bool:
    """'nhất là …', 'đặc biệt …' after a comma: an aside, not a further item ('đặc khu' is)."""
    if i >= len(toks):
        return False
    nxt = toks[i + 1].folded if i + 1 < len(toks) else ""
    return toks[i].folded == "nhat" or (toks[i].folded == "dac" and nxt != "khu")


def _place_at(toks: list[_Tok], i: int) -> int:
    """Tokens of a place word at ``i`` ('tỉnh', 'thành phố'), 0 if none ('xã hội' is none)."""
    if i >= len(toks) or is_capitalised(toks[i].text):
        return 0
    # with diacritics only: "quan" (in "cơ quan") is not "quận"
    n = next(
        (
            n
            for n in (2, 1)
            if vkey(" ".join(t.text for t in toks[i : i + n])) in PLACE_WORDS.accented
        ),
        0,
    )
    if n and i + n < len(toks) and _phrase_at(toks, i + n, NOT_PLACE_AFTER):
        return 0
    return n


def _ends_after_place(toks: list[_Tok], i: int) -> bool:
    """After a place word, a lower-case word that neither names the place nor goes on with a
    list or qualifier ends the name."""
    if i >= len(toks) or not toks[i].text[0].isalpha():
        return False
    if is_capitalised(toks[i].text):
        # "Ủy ban MTTQ thành phố Chỉ đạo …": a directive verb typed with a capital
        return _phrase_at(toks, i, DIRECTIVE_VERBS) > 1
    if toks[i].folded == "khu" and i + 2 < len(toks) and is_capitalised(toks[i + 2].text):
        return False  # "các tỉnh khu vực Trung Bộ"
    return toks[i].folded not in {"va", "cac", "cua"} and not _qualifier_length(toks, i)


def _named_place_after(toks: list[_Tok], i: int) -> bool:
    """A place word at ``i`` followed by the place's capitalised name ('thành phố Hà Nội')."""
    place = _place_at(toks, i)
    return place > 0 and i + place < len(toks) and is_capitalised(toks[i + place].text)


def _named_place_end(toks: list[_Tok], i: int) -> int:
    """After a place word, the end of the place's own name ('tỉnh Lâm Hà') when a
    lower-case word that does not go on with the name follows it, else 0."""
    end = i
    while end < len(toks) and end - i < 5 and is_capitalised(toks[end].text):
        end += 1
    if end == i or end >= len(toks) or is_capitalised(toks[end].text):
        return 0
    return end if _ends_after_place(toks, end) else 0


def _joined_at(toks: list[_Tok], k: int, compounds: WordSet) -> bool:
    """True when the two words on each side of the mark at ``k`` form one of ``compounds``."""
    before = " ".join(t.text for t in toks[max(0, k - 2) : k])
    after = " ".join(t.text for t in toks[k + 1 : k + 3])
    mark = toks[k].text
    return f"{before}{mark} {after}" in compounds or f"{before} {mark} {after}" in compounds


def _abbreviation_dot(toks: list[_Tok], k: int) -> bool:
    # "TP. Hồ Chí Minh": the dot of a short capital abbreviation inside a name
    prev = toks[k - 1].text if k else ""
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    return 0 < len(prev) <= 3 and prev[0].isupper() and is_capitalised(nxt)


def _stop_is_part_of_name(toks: list[_Tok], k: int) -> bool:
    # a verb right after "việc", "các" or "của" is a noun: "liên quan đến việc thực hiện"
    prev = toks[k - 1].folded if k else ""
    if prev in {"viec", "cac", "nhung", "cua"}:
        return True
    # "các cơ quan quản lý nhà nước": a kind of body, not "các cơ quan" doing "quản lý"
    after_body = k >= 2 and f"{toks[k - 2].folded} {prev}" == "co quan"
    if after_body and _phrase_at(toks, k, NAME_COMPOUNDS) > 0:
        return True
    # "Ban chỉ đạo …", "Giáo dục thường xuyên": a stop word inside a fixed part of a name
    for back in (1, 2, 3):
        if k - back >= 0 and (
            _phrase_at(toks, k - back, NAME_COMPOUNDS) > back
            or _phrase_at(toks, k - back, NAMED_HEADS) > back
        ):
            return True
    return False


def _continuation_length(toks: list[_Tok], i: int, item: _Item, text: str) -> int:
    """Tokens of a short lower-case item that continues a plural group ('…, ban, ngành')."""
    if i >= len(toks) or (_is_stop(toks, i) and not _phrase_at(toks, i, GENERIC_HEADS)):
        return 0  # ", căn cứ …", ", theo …": the list is over ("tổ chức" may go on with it)
    group_text = fold(text[item.start : item.end])
    # a plural group, a generic body in lower case ("tỉnh ủy, thành ủy"), or a body of a
    # level named by its bare place word ("Ủy ban nhân dân phường, xã, đặc khu")
    plural = (
        item.plural
        or " cac " in f" {group_text} "
        or text[item.start].islower()
        or (_ends_with_place(group_text) and _place_at(toks, i) > 0)
    )
    k = i
    # a lower-case item may run to six words ("…, đơn vị sự nghiệp công lập thuộc …")
    limit = 4 if is_capitalised(toks[i].text) else 6
    while (
        k < len(toks)
        and (toks[k].text[0].isalpha() or _compound_dash(toks, k, i))
        and (k - i < limit or toks[k].folded in {"thuoc", "truc"})
    ):
        if _compound_dash(toks, k, i):
            return 0  # "…, tổ chức chính trị - xã hội, …": a kind of body of its own
        if toks[k].folded in {"thuoc", "truc"} and k > i:
            # "…, ngành thuộc UBND tỉnh": what follows qualifies the whole group
            return _qualified_end(toks, k) - i
        if k > i and _capital_place(toks, k):
            k += _capital_place(toks, k)  # "…, ngành, đoàn thể Thành phố": the level
            break
        if k > i and (where := _level_after_locative(toks, k)):
            # "các ban, bộ, ngành ở Trung ương": the level of the whole group
            return where - i if plural else 0
        # "cơ quan ngang Bộ": the word after "ngang" (at the level of) belongs to the item
        after_ngang = k > i and toks[k - 1].folded == "ngang"
        if (
            is_capitalised(toks[k].text)
            and not (plural and _generic_word(toks, k, i))
            and not after_ngang
        ):
            break
        # a stop word ends the item unless a fixed part of a name holds it ("công lập")
        stop = k > i and _is_stop(toks, k) and not _qualifier_length(toks, k)
        if stop and not _stop_is_part_of_name(toks, k):
            break
        if k > i and toks[k].folded == "va":
            break
        qualifier = _qualifier_length(toks, k)
        if qualifier:
            k += qualifier
            continue
        k += 1
    return _accepted_continuation(toks, i, k, item, plural)


def _compound_dash(toks: list[_Tok], k: int, start: int) -> bool:
    """A dash inside a lower-case compound of an item ("chính trị - xã hội")."""
    return k > start and toks[k].text in {"-", "–"} and _joined_at(toks, k, DASH_COMPOUNDS)


def _accepted_continuation(toks: list[_Tok], i: int, k: int, item: _Item, plural: bool) -> int:
    """The tokens ``i`` to ``k`` as an item continuing the group ``item``, or 0."""
    if k == i:
        return 0
    if (
        k < len(toks)
        and toks[k].text[0].isalpha()
        and not (toks[k].folded == "va" or _is_stop(toks, k))
    ):
        return 0  # a longer lower-case phrase: not a list item
    if toks[i].folded == "cac" or _aside_at(toks, i):
        return 0
    generic_start = _phrase_at(toks, i, GENERIC_HEADS) > 0
    if plural or (generic_start and _phrase_at(toks, _item_start_index(toks, item), GENERIC_HEADS)):
        return k - i
    return 0


_LEVEL_NAMES = WordSet(
    frozenset(vkey(w) for w in ("Trung ương", "Thành phố", "Tỉnh")),
    frozenset(fold(w) for w in ("Trung ương", "Thành phố", "Tỉnh")),
)


def _level_after_locative(toks: list[_Tok], k: int) -> int:
    """After "ở Trung ương" / "tại Thành phố" at ``k`` (a locative and a level written
    with a capital): the token after them, or 0."""
    size = _phrase_at(toks, k, LOCATIVES)
    if not size or k + size >= len(toks) or not is_capitalised(toks[k + size].text):
        return 0
    level = _phrase_at(toks, k + size, _LEVEL_NAMES)
    return k + size + level if level else 0


def _qualified_end(toks: list[_Tok], k: int) -> int:
    """The token after "thuộc …" / "trực thuộc …" at ``k`` and the body it names."""
    k += 2 if toks[k].folded == "truc" else 1
    while k < len(toks) and toks[k].text not in {",", ";", ":", "."}:
        if _is_stop(toks, k) and not is_capitalised(toks[k].text):
            break
        if toks[k].folded == "va" and _head_length(toks, k + 1, lowercase_ok=False, in_list=True):
            break  # "…, cơ quan thuộc Chính phủ và Ủy ban nhân dân các tỉnh"
        k += 1
    return k


def _capital_level(toks: list[_Tok], k: int) -> int:
    """2 for "Thành phố" written with a capital (the level of a body: "UBND Thành phố"),
    else 0 ("Tỉnh" may open "Tỉnh ủy")."""
    if not is_capitalised(toks[k].text):
        return 0
    return 2 if " ".join(t.folded for t in toks[k : k + 2]) == "thanh pho" else 0


def _capital_place(toks: list[_Tok], k: int) -> int:
    """Tokens of "Thành phố" / "Tỉnh" written with a capital as the level of a body at the
    end of a list item (nothing but punctuation after it), else 0."""
    words = 2 if toks[k].folded == "thanh" else 1
    if " ".join(t.folded for t in toks[k : k + words]) not in {"thanh pho", "tinh"}:
        return 0
    after = toks[k + words] if k + words < len(toks) else None
    return words if after is None or not after.text[0].isalnum() or after.folded == "va" else 0


def _ends_with_place(folded: str) -> bool:
    words = folded.split()
    return bool(words) and (
        words[-1] in PLACE_WORDS.folded or " ".join(words[-2:]) in PLACE_WORDS.folded
    )


def _generic_word(toks: list[_Tok], k: int, start: int) -> bool:
    """'…các Sở, Ban ngành': a capitalised generic word opening an item of a plural list."""
    # not a new kind of body: "UBND các xã, phường, Tổng công ty" lists two groups
    return (
        k == start
        and _phrase_at(toks, k, GENERIC_HEADS) >= 1
        and not _phrase_at(toks, k, COMPANY_HEADS)
    )


def _item_start_index(toks: list[_Tok], item: _Item) -> int:
    """Index of the token where ``item`` starts."""
    for idx, tok in enumerate(toks):
        if tok.start >= item.start:
            return idx
    return len(toks)


def _with_plural_flag(mention: Mention) -> Mention:
    words = f" {mention.key} "
    plural = mention.plural or " cac " in words or words.startswith(" cac ")
    first = mention.text.split()[0] if mention.text.split() else ""
    if first[:1].islower() and first.lower() not in {"ban", "sở", "hội"}:
        plural = True  # a generic body in lower case: "địa phương", "đại biểu Quốc hội …"
    if not plural and "," in mention.text:
        plural = True  # "đơn vị, địa phương có liên quan"
    return replace(mention, plural=plural)


def _share_locality(mentions: list[Mention]) -> list[Mention]:
    """'Hội đồng nhân dân, Ủy ban nhân dân tỉnh An Giang': the place applies to both."""
    out = list(mentions)
    for idx in range(len(out) - 1, 0, -1):
        match = _LOCALITIES.search(out[idx].text) or _LOCALITY.search(out[idx].text)
        if not match:
            continue
        prev = out[idx - 1]
        if prev.plural or _LOCALITY.search(prev.text):
            continue
        if prev.key in _LOCAL_BODIES:
            plural = prev.plural or out[idx].plural  # "HĐND, UBND các xã": a group too
            out[idx - 1] = replace(prev, text=f"{prev.text}{match.group()}", plural=plural)
    return out
