"""The set of words and phrases every vocabulary of the extractor is (see ``lexicon``).

A phrase is looked up word by word as a rule reads a text ("chỉ", "chỉ đạo", …); the set
also knows the beginnings of its phrases, so a reader stops at the first word that starts
none (most words of a text start no verb and no name) instead of trying four or six.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cascade.extract.text import fold, vkey


@dataclass(frozen=True)
class WordSet:
    """Words and phrases, matched with their diacritics, or folded for unaccented text.

    "từ" (from) and "tử" (in "điện tử") fold to the same letters, so text with
    diacritics is compared with them; a phrase typed in plain ASCII is compared folded.
    """

    accented: frozenset[str]
    folded: frozenset[str]
    # every phrase's first words, folded: "chi", "chi dao" for "chỉ đạo"
    starts: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts: set[str] = set()
        for phrase in (*self.folded, *(fold(key) for key in self.accented)):
            words = phrase.split(" ")
            starts.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
        object.__setattr__(self, "starts", frozenset(starts))

    def __contains__(self, phrase: object) -> bool:
        if not isinstance(phrase, str):
            return False
        if phrase.isascii():
            return fold(phrase) in self.folded
        return vkey(phrase) in self.accented

    def loosely_contains(self, phrase: str) -> bool:
        """Also a phrase of two or more words whose accents an OCR changed ("đây mạnh",
        "Tang cường" for "đẩy mạnh", "Tăng cường"): folded, several words rarely collide."""
        return phrase in self or (" " in phrase and fold(phrase) in self.folded)

    def may_start(self, phrase: str) -> bool:
        """False when no phrase of the set, nor a longer one, begins with ``phrase`` (words
        joined by single spaces): a reader adding words can stop there."""
        return fold(phrase) in self.starts

    def __or__(self, other: WordSet) -> WordSet:
        return WordSet(self.accented | other.accented, self.folded | other.folded)
