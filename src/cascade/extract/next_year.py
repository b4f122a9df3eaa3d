"""A yearly due day written against "the next year": "trước ngày 30 tháng 01 của năm tiếp
theo", "chậm nhất ngày 15/01 năm sau"; or against the year before a plan's ("trước ngày 30
tháng 10 của năm liền kề trước năm kế hoạch").

A report on a year's work is due early in the year after; the text gives the day and month
and says "of the following year" instead of a year. That is a day each year, not a date
in the year of the document (which would be before the work it reports on).
"""

from __future__ import annotations

import re

from cascade.extract.found_deadline import FoundDeadline, phrase_of

__all__ = ["next_year_day"]

_NEXT_YEAR_DAY = re.compile(
    r"(?:(?:trước|chậm\s+nhất|không\s+quá)\s+)?ngày\s+(?P<d>\d{1,2})"
    r"(?:\s+tháng\s+|\s*/\s*)(?P<m>\d{1,2})\s+(?:của\s+)?năm\s+(?:tiếp\s+theo|sau"
    # "trước ngày 30 tháng 10 của năm liền kề trước năm kế hoạch": each plan's year before
    r"|(?:liền\s+kề\s+)?trước\s+năm\s+kế\s+hoạch)\b",
    re.IGNORECASE,
)


def next_year_day(text: str, default_year: int | None = None) -> FoundDeadline | None:
    """The yearly due day ``text`` gives against "năm tiếp theo" / "năm sau", or None.
    ``default_year`` is unused (the finders share one signature)."""
    del default_year
    match = _NEXT_YEAR_DAY.search(text)
    if match is None:
        return None
    day, month = int(match.group("d")), int(match.group("m"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    phrase = phrase_of(text, match.start(), match.end())
    return FoundDeadline("recurring", phrase, every="year", month=month, day=day)
