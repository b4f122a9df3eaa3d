"""A deadline as read from text, before the draft turns it into a ``cascade/1`` deadline."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from cascade.extract.text import fold, squash

_FILLER = re.compile(r"\b(?:dai bieu|toan quoc|lan thu|cua|co|khi)\b")


@dataclass(frozen=True)
class FoundDeadline:
    """A deadline read from text; ``kind`` as in :mod:`cascade.model`."""

    kind: str
    text: str
    due: dt.date | None = None
    start: dt.date | None = None
    every: str | None = None
    month: int | None = None
    day: int | None = None
    milestone: str | None = None
    review: str | None = None
    working_days: int | None = None  # due that many working days after the document's date
    calendar_days: int | None = None  # due that many days after the document's date
    day_unnamed: bool = False  # working days counted from no day the text names

    @property
    def opens_work(self) -> bool:
        """An event a sentence opens with ("Sau khi … phê duyệt, Sở X lập …"): when the work
        may start, so a due time stated after the sentence is the task's."""
        return self.kind == "event" and self.text.startswith("Sau khi")


def milestone_key(name: str) -> str:
    """A milestone name reduced to its distinctive words: 'Đại hội XIV của Đảng' = 'Đại hội
    đại biểu toàn quốc lần thứ XIV của Đảng'."""
    words = " ".join(re.findall(r"[a-z0-9]+", fold(name)))
    return " ".join(_FILLER.sub(" ", words).split())


def event_named(text: str, when: re.Pattern[str], unless: re.Pattern[str]) -> FoundDeadline | None:
    """An event named after the work (``when``: "… khi cần thiết", "… khi xảy ra …"), due
    when it arises, no date set; None when ``unless`` matches before it (a purpose, a plan
    made for the case: what the work is for, not when it is due)."""
    match = when.search(text)
    if match is None or unless.search(text, 0, match.start()):
        return None
    phrase = phrase_of(text, match.start(), match.end())
    return FoundDeadline("event", phrase, milestone=squash(text[match.start() : match.end()]))


def phrase_of(text: str, start: int, end: int) -> str:
    """``text[start:end]`` as a deadline's quoted phrase: squashed, trimmed, brackets even."""
    phrase = squash(text[max(0, start) : end]).strip(" ,;.")
    if phrase.count("(") != phrase.count(")"):
        phrase = squash(phrase.replace("(", " ").replace(")", " "))
    return phrase
