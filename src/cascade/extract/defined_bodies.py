"""Bodies a document names by a one-word head it defines: "Quỹ nhà ở quốc gia (sau đây gọi
là Quỹ)".

A decree that sets up a fund names it in full once ("Quỹ nhà ở quốc gia", no capitalised
name after its head) and then only as "Quỹ": "Quỹ mở sổ kế toán …", "Giám đốc Quỹ có văn
bản …". A head such as "Quỹ" or "Ban" needs a capitalised name after it to be a body
elsewhere ("Quỹ đất", "Ban hành"); in a document that defines it as a short name it is that
body on its own. :func:`defined_heads` finds such definitions, :func:`reading` makes them
known while one document is read, and :func:`defined_here` is what the name reader asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Protocol

from cascade.extract.lexicon import NAMED_HEADS
from cascade.extract.text import squash, vkey

# "Quỹ nhà ở quốc gia (sau đây gọi là Quỹ)", "… (sau đây gọi tắt là “Quỹ”)": a capitalised
# head, up to eight lower-case words, the definition of the head alone as its short name
_DEFINED_HEAD = re.compile(
    r"(?P<full>(?P<head>[A-ZĐÀ-Ỹ][^\s()]*)(?:\s+[a-zđà-ỹ][^\s(),.;:]*){1,8})\s*"
    r"\(\s*(?:sau\s+đây\s+|dưới\s+đây\s+)?(?:gọi\s+tắt\s+là|gọi\s+là|viết\s+tắt\s+là)\s*"
    r"[“\"]?(?P<short>[A-ZĐÀ-Ỹ][^\s()”\"]*)[”\"]?\s*\)"
)

# the definition itself, found first: the whole pattern is tried only in the words before
# one (tried at every capitalised word, it took a fortieth of a long decree's reading)
_DEFINITION = re.compile(
    r"\(\s*(?:sau\s+đây\s+|dưới\s+đây\s+)?(?:gọi\s+tắt\s+là|gọi\s+là|viết\s+tắt\s+là)"
)
_REACH = 1000  # characters a head and its lower-case words may take before a definition
_SHORT_REACH = 200  # characters the short name and its closing bracket may take after it

# the defined heads of the document being read, each with the words of its full name
_HEADS: ContextVar[dict[str, tuple[str, ...]] | None] = ContextVar("defined_heads", default=None)


class _Word(Protocol):
    @property
    def text(self) -> str: ...


def defined_heads(text: str) -> list[tuple[str, str]]:
    """(short name, full name) for each body the text names by a head and lower-case words
    and then calls by that one-word head alone."""
    pairs: list[tuple[str, str]] = []
    for match in _definitions(text):
        head, short = match.group("head"), match.group("short")
        if head != short or vkey(head) not in NAMED_HEADS.accented:
            continue
        pair = (short, squash(match.group("full")))
        if pair not in pairs:
            pairs.append(pair)
    return pairs


def _definitions(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_DEFINED_HEAD`` in ``text``, as its ``finditer`` gives them, each
    searched for only around a definition."""
    done = 0
    for mark in _DEFINITION.finditer(text):
        if mark.start() < done:
            continue
        start = max(done, mark.start() - _REACH)
        match = _DEFINED_HEAD.search(text, start, mark.end() + _SHORT_REACH)
        if match is not None:
            done = match.end()
            yield match


@contextmanager
def reading(text: str) -> Iterator[list[tuple[str, str]]]:
    """While one document is read, the heads it defines are bodies on their own."""
    pairs = defined_heads(text)
    token = _HEADS.set({vkey(short): tuple(vkey(full).split()) for short, full in pairs})
    try:
        yield pairs
    finally:
        _HEADS.reset(token)


def defined_here(head: str) -> bool:
    """True when the document being read defines ``head`` ("Quỹ") as a body's short name."""
    heads = _HEADS.get()
    return heads is not None and head[:1].isupper() and vkey(head) in heads


def ends_defined_name(words: Sequence[_Word], k: int) -> bool:
    """True when the word at ``k`` is past a defined body's name: right after its head
    ("Quỹ | sử dụng khoản …") or after its full name ("Quỹ nhà ở quốc gia | là …"), unless
    it goes on with that full name or turns into another body's."""
    heads = _HEADS.get()
    if not heads:
        return False
    for back in range(1, 9):
        h = k - back
        if h < 0:
            return False
        full = heads.get(vkey(words[h].text)) if words[h].text[:1].isupper() else None
        if full is None:
            continue
        said = [vkey(w.text) for w in words[h + 1 : k]]
        if said != list(full[1:back]):
            return False  # the words since the head are not its full name: not ours
        if back >= len(full):
            return True  # the full name said
        # right after the head, a word not of its name; further on, another body whose
        # name begins as this one's does ("Quỹ nhà ở địa phương")
        return back == 1 and vkey(words[k].text) != full[1]
    return False
