"""Bodies a regulation names by a term it explains: "1. Đơn vị vận hành hệ thống điện và
thị trường điện là doanh nghiệp độc lập …" under "Giải thích từ ngữ".

Such a term is a body's name that holds words which would end a name elsewhere (the verb
"vận hành", "và"): read word by word, "Đơn vị vận hành hệ thống điện … có trách nhiệm …"
would be cut to "Đơn vị" and its work would start at "vận hành". :func:`defined_terms`
finds the terms explained as a kind of body, :func:`reading_terms` makes them known while
one document is read, and :func:`inside_defined_term` is what the name reader asks before
it stops at a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Protocol

from cascade.extract.comma_names import reading_comma_names
from cascade.extract.short_terms import knowing, short_terms
from cascade.extract.text import squash, vkey
from cascade.extract.work_bodies import work_bodies

# "1. Đơn vị vận hành … là doanh nghiệp …": a numbered term, capitalised, explained as a
# kind of body (not "1. Hồ sơ hợp lệ là hồ sơ …": a thing)
_TERM = re.compile(
    r"^[^\S\n]*\d{1,2}\.[^\S\n]+(?P<term>[A-ZĐÀ-Ỹ][^\n.,;:()]{4,120}?)\s+là\s+"
    r"(?:(?:một|các)\s+)?(?:doanh\s+nghiệp|cơ\s+quan|tổ\s+chức|đơn\s+vị|công\s+ty|pháp\s+nhân)\b",
    re.MULTILINE,
)
_MIN_WORDS = 3
_MAX_WORDS = 16

# each term's folded words, and whether its first word must be capitalised
_TERMS: ContextVar[tuple[tuple[tuple[str, ...], bool], ...]] = ContextVar(
    "defined_terms", default=()
)


class _Word(Protocol):
    @property
    def text(self) -> str: ...


def defined_terms(text: str) -> list[str]:
    """The body names a text explains as terms, each once."""
    terms: list[str] = []
    for match in _TERM.finditer(text):
        term = squash(match.group("term"))
        if _MIN_WORDS <= len(term.split()) <= _MAX_WORDS and term not in terms:
            terms.append(term)
    return terms


@contextmanager
def reading_terms(text: str) -> Iterator[list[str]]:
    """While one document is read, the body names it explains as terms are known, the
    bodies its steps name by their work ("cơ quan tiếp nhận hồ sơ") and its short names
    with a comma ("Công an đơn vị, địa phương")."""
    terms = defined_terms(text)
    known = [(_folded(term), True) for term in terms]
    known += [(_folded(name), False) for name in work_bodies(text)]
    shorts = short_terms(text)
    known += [(_folded(name), False) for name in shorts]
    token = _TERMS.set(tuple(known))
    try:
        with knowing(shorts), reading_comma_names(text):
            yield terms
    finally:
        _TERMS.reset(token)


def inside_defined_term(words: Sequence[_Word], k: int) -> bool:
    """True when the word at ``k`` goes on with a term the document explains, begun a few
    words before with its first word capitalised ("Đơn vị | vận hành hệ thống điện …")."""
    return any(
        _said(words, k - back, term, back, capital)
        for term, capital in _TERMS.get()
        for back in range(1, min(k, len(term) - 1) + 1)
    )


def _folded(name: str) -> tuple[str, ...]:
    return tuple(vkey(word) for word in name.replace(",", " ").split())


def _said(
    words: Sequence[_Word], start: int, term: tuple[str, ...], count: int, capital: bool
) -> bool:
    """True when ``words`` from ``start`` say the term's first ``count`` + 1 words."""
    if start < 0 or start + count >= len(words):
        return False
    if capital and not words[start].text[:1].isupper():
        return False
    return all(vkey(words[start + n].text) == term[n] for n in range(count + 1))
