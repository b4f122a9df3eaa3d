"""Folding Vietnamese text for comparison: lower case, no diacritics, ``đ`` as ``d``.

A leaf module (it imports nothing of the extractor) so that the readers ``text`` runs
while normalising, such as the table reader's column names, fold with the same function
as everything else.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """``word`` folded; may be longer than ``word`` (casefold turns 'ß' into 'ss')."""
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=8192)  # a sentence is folded again by each reader that compares it
def fold(text: str) -> str:
    """Lower case without diacritics, ``đ`` as ``d``: the form every comparison uses.

    Keeps the length of ASCII text and of NFC Vietnamese text, so that offsets found in
    the folded text are valid in the original (one folded character per character).
    """
    return text.translate(_FOLDED_CHARS)


class _FoldTable(dict[int, str]):
    """Each character's fold, worked out the first time ``str.translate`` meets it."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = fold_word(ch)
        # casefold may lengthen a character (ß -> ss); keep one character per character
        value = folded[:1] if folded else ch
        if len(self) < 65536:  # hostile text of many distinct characters stays bounded
            self[code] = value
        return value


_FOLDED_CHARS = _FoldTable()
