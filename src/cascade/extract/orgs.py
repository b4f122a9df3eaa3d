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
group's list ends, in :mod:`cascade.extract.name_ends`. The reader here walks the list;
one name's end is read in :mod:`cascade.extract.org_name_end`, the bodies named in parts
after one head ("các Bộ: Quốc phòng, Công an") in :mod:`cascade.extract.org_parts`, how a
plural group runs on in :mod:`cascade.extract.org_groups`, and the mentions are tidied in
:mod:`cascade.extract.org_tidy`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace

from cascade.extract.expert_bodies import expert_head_length, second_office_at
from cascade.extract.heads import merge_heads
from cascade.extract.name_ends import ListItem, continuation_length
from cascade.extract.name_tokens import aside_at, head_length, role_length, split_tokens
from cascade.extract.org_groups import continue_group, places_after_colon
from cascade.extract.org_name_end import name_end
from cascade.extract.org_parts import distributed_parts
from cascade.extract.org_tidy import tidy_mentions, written_name
from cascade.extract.person_places import place_after_person
from cascade.extract.text import fold, squash


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


# the lists already read in the document being read (a sentence is read again for each
# reader that asks who acts in it); see :func:`remembering_lists`
_READ: ContextVar[dict[tuple[str, bool, int], tuple[tuple[Mention, ...], int]] | None] = ContextVar(
    "org_lists", default=None
)


@contextmanager
def remembering_lists() -> Iterator[None]:
    """While one document is read, a text's list is read once. What a list holds depends
    on the text and on what the document defines (its short names and terms), so this is
    entered inside those readings and left with them."""
    token = _READ.set({})
    try:
        yield
    finally:
        _READ.reset(token)


def parse_org_list(
    text: str, *, lowercase_ok: bool = False, max_items: int = 40
) -> tuple[list[Mention], int]:
    """Mentions listed from the start of ``text``, and the offset where the list ends.

    ``lowercase_ok`` is for places where the position says a name must follow
    ("Giao …", "Kính gửi:", "Cơ quan thực hiện:"), so that lower-case names
    ("ban thường vụ các tỉnh ủy") are accepted.
    """
    read = _READ.get()
    key = (text, lowercase_ok, max_items)
    if read is not None and key in read:
        known, known_end = read[key]
        return list(known), known_end
    reader = _ListReader(text, lowercase_ok)
    items, end_offset = reader.read(max_items)
    mentions = [
        Mention(
            it.name or written_name(text[it.start : it.end]), it.start, it.end, it.plural, it.role
        )
        for it in items
    ]
    listed = merge_heads(tidy_mentions(mentions))
    if read is not None:
        read[key] = (tuple(listed), end_offset)
    return listed, end_offset


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
        office = self._expert_office(i)
        if office:
            return office
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
        k = name_end(toks, j, head, first=not self.items)
        if k == j + head and plural:
            return None
        k = places_after_colon(self.text, toks, j, k)
        self.items.append(ListItem(toks[j].start, toks[k - 1].end, plural, role))
        self.end_offset = toks[k - 1].end
        if where := place_after_person(toks, j, head, k):
            self.end_offset = toks[where - 1].end  # the list ends before the work
        return k

    def _expert_office(self, j: int) -> int:
        """'cơ quan chuyên môn của Bộ A, Bộ B': the office and its owners as one name; the
        token after it, or 0 when no such name starts at ``j``."""
        head = expert_head_length(self.toks, j)
        if not head:
            return 0
        start = self.toks[j + head].start
        owners, _ = parse_org_list(self.text[start:], lowercase_ok=True)
        # a group after the owners ("…, các cơ quan thuế") is a body of its own
        while len(owners) > 1 and owners[-1].plural:
            owners.pop()
        if not owners or owners[0].start != 0:
            return 0
        end = start + owners[-1].end
        k = next(
            (n for n in range(j + head, len(self.toks)) if self.toks[n].start >= end),
            len(self.toks),
        )
        self.items.append(ListItem(self.toks[j].start, end, False, None))
        self.end_offset = end
        return k

    def _role_heads_list(self) -> bool:
        """True when the list so far is one name in lower case after a role."""
        return (
            len(self.items) == 1
            and self.items[0].role is not None
            and self.text[self.items[0].start : self.items[0].start + 1].islower()
        )

    def _distributed(self, j: int, role: str | None) -> int:
        """'các Bộ: Quốc phòng, Công an, Y tế': one body per name after the colon; the
        token after the last, or 0 when the text is not such a list."""
        found = distributed_parts(self.text, self.toks, j, role)
        if found is None:
            return 0
        parts, k = found
        self.items.extend(parts)
        if parts:
            self.end_offset = parts[-1].end
        return k if self.items else 0

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
                # "các sở, ban, ngành": short lower-case items go on with the group
                item = self.items[-1]
                following = continue_group(self.text, toks, item, nxt, cont)
                self.end_offset = item.end
                return following
            return nxt
        if k < len(toks) and toks[k].folded == "va":
            return k + 1
        if second_office_at(toks, k):
            return k + 1  # "… hoặc bộ phận chuyên môn của …": a second office
        return None
