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

What each word can be is tested in :mod:`cascade.extract.name_tokens`; where a name or a
group's list ends, in :mod:`cascade.extract.name_ends`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cascade.extract.heads import merge_heads
from cascade.extract.lexicon import (
    COMMA_COMPOUNDS,
    COMPLETE_HEADS,
    DASH_COMPOUNDS,
    DOCUMENT_NAMES,
    NAMED_HEADS,
)
from cascade.extract.name_ends import (
    ListItem,
    continuation_length,
    item_start_index,
    locative_end,
    range_end,
    relative_end,
    trade_end,
)
from cascade.extract.name_tokens import (
    abbreviation_dot,
    and_inside_name,
    aside_at,
    capital_level,
    capitalised_action_at,
    comma_pair_at,
    dash_inside,
    door_in_name,
    ends_after_place,
    ends_with_place,
    head_length,
    is_stop,
    joined_at,
    joins_another_body,
    named_place_after,
    named_place_end,
    phrase_at,
    place_at,
    qualifier_length,
    role_length,
    split_tokens,
    stop_is_part_of_name,
    term_end,
)
from cascade.extract.sector_names import sector_qualifier_length
from cascade.extract.text import fold, is_capitalised, squash

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
# "… trực thuộc Trung ương và đề nghị …": the "và" joins the sentence on, not the name
_TRAILING_AND = re.compile(r"(?:[\s,;]+và)*[\s,;]*$")
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

    def shifted(self, offset: int) -> Mention:
        """This mention with its place counted ``offset`` characters further on (found in
        a slice of the text that starts there)."""
        return replace(self, start=self.start + offset, end=self.end + offset)


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
            it.name
            or _TRAILING_AND.sub("", _ABOVE.sub("", squash(text[it.start : it.end]).rstrip(" ,;"))),
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
        self.toks = split_tokens(text)
        self.lowercase_ok = lowercase_ok
        self.items: list[ListItem] = []
        self.end_offset = 0

    def read(self, max_items: int) -> tuple[list[ListItem], int]:
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
        role_len = role_length(toks, j)
        if role_len and head_length(toks, j + role_len, lowercase_ok=True, in_list=True):
            role = squash(self.text[toks[j].start : toks[j + role_len - 1].end])
            j += role_len
        # after a role ("Bí thư tỉnh ủy") a name must follow, in lower case too, and so may
        # the further names a role heads ("Người đứng đầu cơ quan, tổ chức, lưu trữ lịch sử
        # của Đảng": the heads of each)
        lowercase_ok = self.lowercase_ok or role is not None or self._role_heads_list()
        head = head_length(toks, j, lowercase_ok=lowercase_ok, in_list=bool(self.items))
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
        self.items.append(ListItem(toks[j].start, toks[k - 1].end, plural, role))
        self.end_offset = toks[k - 1].end
        return k

    def _role_heads_list(self) -> bool:
        """True when the list so far is one name in lower case after a role."""
        return (
            len(self.items) == 1
            and self.items[0].role is not None
            and self.text[self.items[0].start : self.items[0].start + 1].islower()
        )

    def _distributed(self, j: int, role: str | None) -> int:
        """'các Bộ: Quốc phòng, Công an, Y tế': one body per name after the colon ('Bộ
        Quốc phòng', …); the token after the last, or 0 when the text is not such a list."""
        toks = self.toks
        if toks[j].folded != "cac":
            return 0
        named = phrase_at(toks, j + 1, NAMED_HEADS)
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
                ListItem(toks[start].start, toks[k - 1].end, False, role, name=f"{head} {part}")
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
            if end + 1 < len(toks) and self._another_place(end):
                end += 1  # "…: Ninh Bình, Bắc Ninh và Phú Thọ"
        return end if names >= 2 else k

    def _another_place(self, k: int) -> bool:
        """True when "," or "và" at token ``k`` joins one more place of a list after a colon
        (not a body: "…: Huế, Đà Nẵng và Bộ Y tế")."""
        toks = self.toks
        joins = toks[k].text == "," or toks[k].folded == "va"
        return (
            joins
            and is_capitalised(toks[k + 1].text)
            and not head_length(toks, k + 1, lowercase_ok=False, in_list=True)
        )

    def _listed_without_colon(self, k: int) -> bool:
        """'các Bộ Quốc phòng, Công an …': two capitalised names after a plural head."""
        toks = self.toks
        if not is_capitalised(toks[k].text) or phrase_at(toks, k, COMPLETE_HEADS):
            # "các Ban Hội đồng nhân dân, Tổ đại biểu": the committees of the council (a
            # body of its own after the head), not bodies named "Ban <name>"
            return False
        end = self._part_end(k)
        return (
            end + 1 < len(toks)
            and toks[end].text == ","
            and is_capitalised(toks[end + 1].text)
            and toks[end + 1].folded not in {"cac", toks[k - 1].folded}
            and not phrase_at(toks, end + 1, COMPLETE_HEADS)
            and not joins_another_body(toks, k, end)
        )

    def _part_end(self, k: int) -> int:
        """The end of one name in a distributed list: capitalised words and the lower-case
        syllables of their names ('Nông nghiệp và Môi trường'), up to a separator."""
        toks = self.toks
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
        if tok.text == "." and abbreviation_dot(toks, k):
            return k + 1, False
        if tok.text == "," and joined_at(toks, k, COMMA_COMPOUNDS):
            # "Sở Văn hóa, Thể thao và Du lịch": a comma inside a name, and the two words after
            # it ("cơ quan thông tin, tuyên truyền": not the verb "tuyên truyền")
            return k + 3, False
        if tok.text == "," and comma_pair_at(toks, k):
            return k + 2, False
        if tok.text == ",":
            joined = self._levels_end(k) or self._comma_part_end(j, head, k)
            return (joined, True) if joined else None
        if tok.text in {";", ":", "(", ")", "“", "”", '"', "."}:
            return None
        if tok.text in {"-", "–", "—"}:
            # "Sở Lao động - Thương binh và Xã hội", "các tổ chức chính trị - xã hội"
            inside = k + 1 < len(toks) and is_capitalised(toks[k + 1].text)
            return (k + 1, False) if inside or joined_at(toks, k, DASH_COMPOUNDS) else None
        place = place_at(toks, k) or capital_level(toks, k)
        if place and k > j and ends_after_place(toks, k + place):
            # "Công an tỉnh kiểm soát …", "UBND Thành phố chấp thuận …": the place ends the
            # name, or a range after it
            return range_end(toks, k + place) or k + place, True
        named = named_place_end(toks, k + place) if place and k > j else 0
        if named:
            return named, True  # "Thuế thành phố Huế đối chiếu …": the place's name ends it
        sector = sector_qualifier_length(toks, j, k)
        if sector:
            return k + sector, True  # "Sở quản lý ngành, lĩnh vực": one kind of body
        qualifier = qualifier_length(toks, k)
        if qualifier:
            return k + qualifier, False
        locative = locative_end(toks, k) or range_end(toks, k)
        if locative:
            return locative, True
        if toks[j].folded == "cac" and k > j + 1:
            relative = relative_end(toks, k)
            if relative:  # "các doanh nghiệp có hoạt động cho thuê lại lao động … tự kiểm tra"
                return relative, True
        return self._word_step(j, head, k)

    def _levels_end(self, k: int) -> int:
        """'Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã': a name of two levels, the comma
        at ``k`` between them; the token after the last level (0 when not so)."""
        toks = self.toks
        end = k
        while (
            end + 2 < len(toks)
            and toks[end].text == ","
            and toks[end - 2].folded == "cap"
            and toks[end + 1].folded == "cap"
            and place_at(toks, end + 2)
        ):
            end = min(end + 2 + place_at(toks, end + 2), len(toks))
        return end if end > k else 0

    def _comma_part_end(self, j: int, head: int, k: int) -> int:
        """'Vụ Kế hoạch, Tài chính rà soát …', 'Cục Xuất bản, In và Phát hành chủ trì …': the
        first name of a sentence holds a comma when capitalised words that name no body of
        their own follow it, and then its work; the token after them (0 when not so)."""
        toks = self.toks
        nxt = k + 1
        if (
            self.items
            or toks[j].folded == "cac"
            or not is_capitalised(toks[j].text)
            or not phrase_at(toks, j, NAMED_HEADS)
            or nxt >= len(toks)
            or not is_capitalised(toks[nxt].text)
            or head_length(toks, nxt, lowercase_ok=True, in_list=True)
            or role_length(toks, nxt)
            or place_at(toks, nxt)
            or capital_level(toks, nxt)
        ):
            return 0
        end = self._part_end(nxt)
        # "Cục X, Y và Z Khẩn trương hoàn thiện …": a capitalised adverb starts the work
        end = next((x for x in range(nxt, end) if capitalised_action_at(toks, nxt, x)), end)
        if end == nxt or end >= len(toks) or not toks[end].text[0].isalpha():
            return 0
        return end if is_stop(toks, end) else 0

    def _word_step(self, j: int, head: int, k: int) -> tuple[int, bool] | None:
        toks = self.toks
        tok = toks[k]
        if tok.folded == "va":
            return self._and_step(k)
        if tok.folded == "cua" and not door_in_name(toks, k):
            # "trang thông tin điện tử của các sở", "các Ủy ban của Quốc hội"
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            # and "… báo chí của thành phố Hà Nội": the place the bodies belong to
            goes_on = nxt is not None and (
                nxt.folded == "cac" or is_capitalised(nxt.text) or named_place_after(toks, k + 1)
            )
            return (k + 1, False) if goes_on else None
        if tok.folded == "cac":
            return k + 1, False
        if not tok.text[0].isalnum():
            return None
        term = term_end(toks, k)
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
        if capital_inside and capitalised_action_at(toks, j + head, k):
            return None  # "Sở Nông nghiệp và Môi trường Khẩn trương chia sẻ …"
        if k > j + head and tok.folded == "giao" and toks[k - 1].folded == "ngoai":
            capital_inside = True
        if not capital_inside and is_stop(toks, k) and not stop_is_part_of_name(toks, k):
            return None
        return k + 1, False

    def _and_step(self, k: int) -> tuple[int, bool] | None:
        """'và' inside a name goes on with it, unless a new name or a document follows."""
        toks = self.toks
        nxt = k + 1
        if and_inside_name(toks, k):
            return nxt, False
        role_words = role_length(toks, nxt)
        if head_length(toks, nxt + role_words, lowercase_ok=True, in_list=True):
            return None
        if phrase_at(toks, nxt, DOCUMENT_NAMES):
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
            if aside_at(toks, nxt):
                return None  # ", nhất là …": the list is over
            cont = continuation_length(toks, nxt, self.items[-1], self.text)
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
            more = continuation_length(toks, i + 1, item, self.text)
            if not more:
                break
            item.end = toks[i + more].end
            self.end_offset = item.end
            i = i + 1 + more
        if (
            i + 1 < len(toks)
            and toks[i].folded == "va"
            and ends_with_place(fold(self.text[item.start : item.end]))
        ):
            place = place_at(toks, i + 1)
            if place:  # "UBND các xã, phường và đặc khu"
                item.end = toks[i + place].end
                self.end_offset = item.end
                i += 1 + place
        # "các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa"
        if trade := trade_end(toks, i, item_start_index(toks, item)):
            item.end, self.end_offset, i = toks[trade - 1].end, toks[trade - 1].end, trade
        locative = (locative_end(toks, i) or range_end(toks, i)) if i < len(toks) else 0
        if locative:  # "UBND các tỉnh, thành phố tại khu vực …", "… từ Hà Tĩnh đến Huế"
            item.end = toks[locative - 1].end
            self.end_offset = item.end
            return None
        places = self._places_after_colon(item_start_index(toks, item), i)
        if places != i:  # "UBND các tỉnh, thành phố trực thuộc Trung ương: Huế, Đà Nẵng"
            item.end = toks[places - 1].end
            self.end_offset = item.end
            return None
        if i < len(toks) and (toks[i].text in {",", ";"} or toks[i].folded == "va"):
            return i + 1
        return None


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
