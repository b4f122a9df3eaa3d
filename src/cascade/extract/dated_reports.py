"""Reports of difficulties due on a set day, which are tasks.

"Trường hợp có khó khăn, vướng mắc, kịp thời báo cáo …" says whom to turn to, no task
(:mod:`.closings`); "…, kịp thời báo cáo Thủ tướng Chính phủ trước ngày 13 tháng 10 năm
2025" asks for a report by a day of the calendar: a task, whatever its case.
"""

from __future__ import annotations

import re

from cascade.extract.dates import find_dates

_DUE_DAY = re.compile(r"(?:trước|chậm nhất(?:\s+(?:là|vào))?)\s+(?=ngày\b)", re.IGNORECASE)


def due_on_a_day(text: str) -> bool:
    """True when ``text`` sets a day with its year the work is due by."""
    for match in _DUE_DAY.finditer(text):
        found = find_dates(text[match.end() : match.end() + 40])
        if found and found[0].start == 0 and found[0].date is not None:
            return True
    return False
