"""A day of a month of each quarter, named without "hằng quý": "báo cáo … trước ngày 15
tháng cuối của quý hoặc đột xuất", "Trong 15 ngày đầu mỗi quý, X chuyển kinh phí …" (and
"… mỗi tháng", a day of each month).

The quarter's first, middle or last month and a day in it say by themselves that the work
comes back every quarter (a single quarter is named by its number, "quý III/2025").
"""

from __future__ import annotations

import re

from cascade.extract.found_deadline import FoundDeadline

_QUARTER_DAY = re.compile(
    r"(?:trước|chậm\s+nhất|vào)\s+ngày\s+(?P<d>\d{1,2})\s+"
    r"tháng\s+(?P<which>đầu|giữa|cuối)\s+(?:của\s+)?(?:mỗi\s+|từng\s+)?quý(?!\s+[IV\d])",
    re.IGNORECASE,
)
# "Trong (thời hạn) 15 ngày đầu mỗi quý": by the 15th of the quarter's first month
_FIRST_DAYS = re.compile(
    r"(?<!\w)trong\s+(?:thời\s+hạn\s+)?(?P<d>\d{1,2})\s+ngày\s+đầu\s+(?:của\s+)?(?:mỗi|từng|hằng|hàng)\s+"
    r"(?P<every>quý|tháng)(?!\s+[IV\d])",
    re.IGNORECASE,
)
# the quarter's first, middle and last month
QUARTER_MONTHS = {"đầu": 1, "giữa": 2, "cuối": 3}


def quarter_day(text: str) -> FoundDeadline | None:
    """The quarterly day ``text`` names as above, or None."""
    match = _QUARTER_DAY.search(text)
    if match is None:
        return _first_days(text)
    if not 1 <= int(match["d"]) <= 31:
        return None
    month = QUARTER_MONTHS[match["which"].lower()]
    return FoundDeadline(
        "recurring", match.group(), every="quarter", month=month, day=int(match["d"])
    )


def _first_days(text: str) -> FoundDeadline | None:
    match = _FIRST_DAYS.search(text)
    if match is None or not 1 <= int(match["d"]) <= 28:
        return None
    if match["every"].lower() == "tháng":
        return FoundDeadline("recurring", match.group(), every="month", day=int(match["d"]))
    return FoundDeadline("recurring", match.group(), every="quarter", month=1, day=int(match["d"]))
