"""Bodies a document calls by a lower-case short name it defines: "Công ty cổ phần … chào
bán trái phiếu … (sau đây gọi tắt là doanh nghiệp phát hành)".

Such a short name is a generic head and the words of the body's part in the document, often
a verb ("phát hành", "tiếp nhận"): read word by word, "Doanh nghiệp phát hành gửi hồ sơ …"
was cut to "Doanh nghiệp" and its work began at "phát hành". :func:`short_terms` finds these
names; :mod:`cascade.extract.defined_terms` makes them known while the text is read, so the
name reader holds them whole wherever the text uses them. :class:`BodyStart` lets a sentence
open with one, capitalised ("Doanh nghiệp phát hành gửi …", as "Cơ quan thuế …" does), and
:func:`passive_after_term` ends the name before "bị" ("… trái phiếu bị thu hồi …": a case).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Protocol

from cascade.extract.lexicon import GENERIC_HEADS
from cascade.extract.text import squash, vkey

# "(sau đây gọi tắt là doanh nghiệp phát hành)": a lower-case name of two to eight words
# ("(sau đây gọi là cơ sở hoạt động giáo dục nghề nghiệp)": seven)
_SHORT = re.compile(
    r"\(\s*(?:(?:sau|dưới)\s+đây\s+)?(?:gọi\s+tắt\s+là|gọi\s+chung\s+là|gọi\s+là)\s*"
    r"[“\"]?(?P<short>[a-zđà-ỹ][^\s()”\",;:.]*(?:\s+[a-zđà-ỹ][^\s()”\",;:.]*){1,7})[”\"]?\s*\)"
)


def short_terms(text: str) -> list[str]:
    """The lower-case short names a text defines for a body: a generic head ("doanh
    nghiệp", "tổ chức", "cơ quan") and at least one word of its own after it."""
    names: list[str] = []
    for match in _SHORT.finditer(squash(text)):
        short = match.group("short")
        words = short.split()
        heads = [n for n in (2, 1) if vkey(" ".join(words[:n])) in GENERIC_HEADS]
        if heads and len(words) > heads[0] and short not in names:
            names.append(short)
    return names


# the short names of the document being read: a sentence opening with one, and their words
_OPENING: ContextVar[re.Pattern[str] | None] = ContextVar("short_terms", default=None)
_WORDS: ContextVar[tuple[tuple[str, ...], ...]] = ContextVar("short_words", default=())
# how many words after a short name a passive is looked for ("… phát hành trái phiếu | bị thu hồi")
_PASSIVE_REACH = 4


class _Word(Protocol):
    @property
    def text(self) -> str: ...


@contextmanager
def knowing(names: list[str]) -> Iterator[None]:
    """While one document is read, a sentence may open with one of its short names."""
    pattern = None
    if names:
        said = "|".join(
            re.escape(name[0].upper() + name[1:]).replace(r"\ ", r"\s+") for name in names
        )
        pattern = re.compile(rf"^(?:Các\s+)?(?:{said})(?![\wà-ỹ])")
    token = _OPENING.set(pattern)
    words = _WORDS.set(tuple(tuple(vkey(w) for w in name.split()) for name in names))
    try:
        yield
    finally:
        _WORDS.reset(words)
        _OPENING.reset(token)


def opening_term(text: str) -> re.Match[str] | None:
    """The defined short name ``text`` opens with, capitalised as a sentence's first word
    ("Doanh nghiệp phát hành gửi …"), or None."""
    pattern = _OPENING.get()
    return pattern.match(text) if pattern is not None else None


def passive_after_term(words: Sequence[_Word], k: int) -> bool:
    """True when the word at ``k`` is "bị" a few words after a short name said whole
    ("Doanh nghiệp phát hành trái phiếu | bị thu hồi …"): what befalls the body, where the
    name stops ("thiết bị" elsewhere is a word of a name)."""
    if vkey(words[k].text) != "bị":
        return False
    for name in _WORDS.get():
        for gap in range(_PASSIVE_REACH):
            start = k - gap - len(name)
            if start >= 0 and tuple(vkey(w.text) for w in words[start : start + len(name)]) == name:
                return True
    return False


class BodyStart:
    """A pattern of kinds of body that open a sentence, widened by the document's short
    names: ``match`` gives the pattern's match, else the short name's."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) or opening_term(text)
