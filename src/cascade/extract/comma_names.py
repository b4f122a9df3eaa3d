"""Bodies a document calls by a short name it defines with a comma in it: "Đơn vị thuộc cơ
quan Bộ, Công an tỉnh, … (sau đây gọi chung là Công an đơn vị, địa phương)".

Read word by word, such a name is a list: "Công an đơn vị, địa phương có trách nhiệm …" gave
two leads, "Công an đơn vị" and "địa phương". :func:`comma_names` finds the names a text
defines so, :func:`reading_comma_names` makes them known while one document is read, and
:func:`comma_name_rest` is what the list reader asks at a comma: how many words after it
finish such a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Protocol

from cascade.extract.text import fold, squash

# "(sau đây gọi chung là Công an đơn vị, địa phương)": a capitalised short name whose two
# parts, one to four words each, are joined by a comma
_DEFINED = re.compile(
    r"\(\s*(?:(?:sau|dưới)\s+đây\s+)?(?:gọi\s+chung\s+là|gọi\s+tắt\s+là|gọi\s+là|viết\s+gọn\s+là)"
    r"\s*[“\"]?(?P<first>[A-ZĐÀ-Ỹ][^\s(),;:.”\"]*(?:\s+[^\s(),;:.”\"]+){0,3}),\s*"
    r"(?P<second>[a-zđà-ỹ][^\s(),;:.”\"]*(?:\s+[^\s(),;:.”\"]+){0,3})[”\"]?\s*\)"
)

# each name's first part and the part after its comma, as folded words
_NAMES: ContextVar[tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = ContextVar(
    "comma_names", default=()
)


class _Word(Protocol):
    @property
    def folded(self) -> str: ...


def comma_names(text: str) -> list[str]:
    """The short names with a comma that ``text`` defines, each once."""
    names: list[str] = []
    for match in _DEFINED.finditer(text):
        name = f"{squash(match.group('first'))}, {squash(match.group('second'))}"
        if name not in names:
            names.append(name)
    return names


@contextmanager
def reading_comma_names(text: str) -> Iterator[list[str]]:
    """While one document is read, the short names with a comma it defines are known."""
    names = comma_names(text)
    parts = []
    for name in names:
        first, second = name.split(",", 1)
        parts.append((tuple(fold(first).split()), tuple(fold(second).split())))
    token = _NAMES.set(tuple(parts))
    try:
        yield names
    finally:
        _NAMES.reset(token)


def comma_name_rest(words: Sequence[_Word], i: int, item_text: str) -> int:
    """The words from ``i`` (right after a comma) that finish a defined short name whose
    first part ``item_text`` ends with ("Công an đơn vị" | "địa phương"), or 0."""
    names = _NAMES.get()
    if not names:
        return 0  # the document defines none: nothing to fold at each comma
    item_words = fold(item_text).split()
    for first, second in names:
        if tuple(item_words[-len(first) :]) != first or i + len(second) > len(words):
            continue
        if all(words[i + n].folded == word for n, word in enumerate(second)):
            return len(second)
    return 0
