"""The phases of a campaign's time: "Đợt 01: … (từ ngày 20/11 đến ngày 03/12/2025)".

A plan that launches a campaign splits its time section into phases ("Thời gian thi đua chia
thành 02 đợt:" over "- Đợt 01 …", "- Đợt 02 …"), each with its own range of days. The work
of the campaign runs through all of them, from the first phase's first day to the last
phase's last day, not through the first phase alone. The last phase often names its month
once ("từ ngày 08 đến ngày 10 tháng 12 năm 2025").
"""

from __future__ import annotations

import datetime as dt
import re

from cascade.extract.deadlines import find_deadline
from cascade.extract.found_deadline import FoundDeadline
from cascade.extract.units import Unit

_PHASE = re.compile(r"^Đợt\s+(?:\d{1,2}|[IVX]+)\b", re.IGNORECASE)
# "từ ngày 08 đến ngày 10 tháng 12 năm 2025": two days of one month named once
_DAYS_OF_A_MONTH = re.compile(
    r"từ\s+ngày\s+(?P<a>\d{1,2})\s+(?:đến|tới)\s+(?:hết\s+)?ngày\s+(?P<b>\d{1,2})"
    r"\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})",
    re.IGNORECASE,
)


def _phase_range(text: str, year: int | None) -> tuple[dt.date, dt.date] | None:
    short = _DAYS_OF_A_MONTH.search(text)
    if short is not None:
        month, in_year = int(short.group("m")), int(short.group("y"))
        try:
            first = dt.date(in_year, month, int(short.group("a")))
            last = dt.date(in_year, month, int(short.group("b")))
        except ValueError:
            return None
        return (first, last) if first <= last else None
    found = find_deadline(text, year)
    if found is None or found.kind != "period" or found.start is None or found.due is None:
        return None
    return found.start, found.due


def _below(units: list[Unit], unit: Unit) -> list[Unit]:
    """Every unit under ``unit``, in order."""
    found: list[Unit] = []
    for index in unit.children:
        found += [units[index], *_below(units, units[index])]
    return found


def campaign_span(units: list[Unit], section: Unit, year: int | None) -> FoundDeadline | None:
    """The period from the first phase's start to the last phase's end when the time
    section ``section`` splits the campaign into two or more dated phases, else None."""
    ranges = [
        found
        for unit in _below(units, section)
        if _PHASE.match(unit.text.strip()) and (found := _phase_range(unit.text, year)) is not None
    ]
    if len(ranges) < 2:
        return None
    start, end = min(r[0] for r in ranges), max(r[1] for r in ranges)
    phrase = f"từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"
    return FoundDeadline("period", phrase, start=start, due=end)
