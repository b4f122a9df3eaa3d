"""Times given in quarters of a year as a span: "Từ quý III/2026 đến quý III/2030".

A plan's time cell may give the quarter the work starts in and the quarter it ends in;
the work is due by the end of the second. A quarter after "từ" alone ("Từ quý II/2027")
says when the work starts, which is no deadline: :func:`due_quarter` passes it over.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from cascade.extract.found_deadline import FoundDeadline, phrase_of

# a quarter's number, written in Roman or Arabic figures
QUARTER_NUMBERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER = r"qu[ýí]\s+(?:IV|III|II|I|[1-4])\s*(?:/|-|–|năm)\s*\d{4}"
_SPAN = re.compile(
    rf"(?<!\w)từ\s+(?P<a>{_QUARTER})\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?P<b>{_QUARTER})",
    re.IGNORECASE,
)
_PARTS = re.compile(r"qu[ýí]\s+(?P<q>IV|III|II|I|[1-4])\D+(?P<y>\d{4})", re.IGNORECASE)
_FROM = re.compile(r"(?<!\w)(?:kể\s+)?từ\s*$", re.IGNORECASE)


def quarter_span(text: str, default_year: int | None = None) -> FoundDeadline | None:
    """'từ quý III/2026 đến quý III/2030': a period from the first quarter's first day to
    the second's last."""
    match = _SPAN.search(text)
    if match is None:
        return None
    first, last = _bounds(match.group("a")), _bounds(match.group("b"))
    if first is None or last is None or first[0] > last[1]:
        return None
    phrase = phrase_of(text, match.start(), match.end())
    return FoundDeadline("period", phrase, start=first[0], due=last[1])


def due_quarter(text: str, quarter: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of ``quarter`` in ``text`` that is not the quarter the work starts
    in ("Từ quý II/2027": a start, no deadline)."""
    for match in quarter.finditer(text):
        if _FROM.search(text[max(0, match.start() - 8) : match.start()]) is None:
            return match
    return None


def _bounds(quarter: str) -> tuple[dt.date, dt.date] | None:
    match = _PARTS.match(quarter)
    if match is None:
        return None
    number, year = QUARTER_NUMBERS[match.group("q").lower()], int(match.group("y"))
    end = 3 * number
    return dt.date(year, end - 2, 1), dt.date(year, end, calendar.monthrange(year, end)[1])
