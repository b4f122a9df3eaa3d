"""Dates as Vietnamese documents write them.

``ngày 04 tháng 5 năm 2020``, ``ngày 31/12/2024``, ``21-02-2018``, ``ngày 15/11`` (no
year), and in drafts ``ngày      tháng     năm 2025`` (day and month left blank).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Blanks are read possessively (``*+``): "ngày" followed by a long run of spaces or dots
# must not be shared out between neighbouring quantifiers (time growing as a power of the run)
_BLANK = r"[.…_][ .…_]*+"
# the words' accents may be lost by the OCR ("ngay06 thang 12 nam 2025"): the whole shape,
# with its year, still says a date
_WORDS = re.compile(
    rf"ng[àa]y\s*+(?P<d>\d{{1,2}}|{_BLANK})?\s*+th[áa]ng\s*+(?P<m>\d{{1,2}}|{_BLANK})?\s*+n[ăa]m\s*+"
    r"(?P<y>\d{4})",
    re.IGNORECASE,
)
_WORDS_NO_YEAR = re.compile(
    r"ngày\s*+(?P<d>\d{1,2})\s*+tháng\s*+(?P<m>\d{1,2})(?!\s*+(?:năm\s*+)?\d)", re.IGNORECASE
)
_NUMERIC = re.compile(
    r"(?<![\d/.])(?P<d>\d{1,2})\s*+(?P<sep>[/-])\s*+(?P<m>\d{1,2})(?:\s*+(?P=sep)\s*+(?P<y>\d{4}))?"
    r"(?![\d/])"
)
_BLANK_NUMERIC = re.compile(r"ngày\s*+[.…_]*+\s*+/\s*+[.…_]*+\s*+/\s*+(?P<y>\d{4})", re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    """A date found in text; ``day``/``month`` are None when left blank (a draft)."""

    year: int | None
    month: int | None
    day: int | None
    start: int
    end: int

    @property
    def date(self) -> dt.date | None:
        """The full date, when day, month and year are all known and valid."""
        return full_date(self.year, self.month, self.day)


def full_date(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    """The date of ``year``, ``month`` and ``day`` when all are known and make a date."""
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _int(text: str | None) -> int | None:
    return int(text) if text and text.strip().isdigit() else None


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text``, in order: worded, numeric and blank draft forms."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_WORDS, _BLANK_NUMERIC, _WORDS_NO_YEAR, _NUMERIC):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            groups = m.groupdict()
            day, month = _int(groups.get("d")), _int(groups.get("m"))
            if day is not None and not 1 <= day <= 31:
                continue
            if month is not None and not 1 <= month <= 12:
                continue
            found.append(FoundDate(_int(groups.get("y")), month, day, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda f: f.start)
    return found


def date_right_after(text: str, pos: int, window: int = 6) -> FoundDate | None:
    """The date written right after ``pos`` ('…số X ngày 3/9/2019', '…số X, ngày …')."""
    head = text[pos : pos + 80]
    lead = re.match(r"[\s,]*", head)
    offset = lead.end() if lead else 0
    for found in find_dates(head):
        if offset <= found.start <= offset + window:
            between = head[offset : found.start].strip().lower()
            if between in {"", "ngày"}:
                return FoundDate(
                    found.year, found.month, found.day, pos + found.start, pos + found.end
                )
        break
    return None
