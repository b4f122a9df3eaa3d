"""Deadlines of every kind, read from a task's text or its "Thời gian thực hiện" line.

* absolute: "trước ngày 30/6/2025", "chậm nhất ngày 15 tháng 12 năm 2025";
* period: "trong quý II/2020", "6 tháng đầu năm 2020", "trong tháng 5/2020";
* recurring: "định kỳ hằng năm, trước ngày 15/11", "trước ngày 30 tháng 11 hằng năm";
  half-yearly ("định kỳ 6 tháng, trước ngày 15/6 và 15/12") is kept as yearly by its first
  date, with a review note, since the format has no half-year recurrence;
* event: "sau khi có hướng dẫn của Bộ …", "từ nay đến Đại hội XIV của Đảng" (read by
  :mod:`.event_deadlines`);
* continuous: "thường xuyên" (no due date), and work done "hằng năm" with no day or month
  given (the text says how often, not when).

Terms counted in days ("trong thời hạn 03 ngày làm việc, kể từ ngày ký") are read by
:mod:`.day_terms`.

:func:`find_deadline` returns the most specific one found, or None; a guess (a date
without a year, a month or a quarter without a day) carries a review note.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from cascade.extract.arising_cases import case_arising
from cascade.extract.dates import find_dates
from cascade.extract.day_terms import calendar_days, working_days
from cascade.extract.event_days import days_from_event
from cascade.extract.event_deadlines import event_deadline, ready_from
from cascade.extract.found_deadline import FoundDeadline, phrase_of
from cascade.extract.lexicon import DIRECTIVE_VERBS
from cascade.extract.next_year import next_year_day
from cascade.extract.number_echo import drop_number_echo
from cascade.extract.quarter_days import QUARTER_MONTHS, quarter_day
from cascade.extract.quarter_spans import QUARTER_NUMBERS, due_quarter, quarter_span
from cascade.extract.text import fold, squash

# "Quý IV/2025", "quý II năm 2020", and the spellings "Quí IV-2025"
_QUARTER = re.compile(
    r"qu[ýí]\s+(?P<q>IV|III|II|I|[1-4])\s*(?:/|-|–|năm)\s*(?P<y>\d{4})", re.IGNORECASE
)
_HALF = re.compile(r"(?P<n>6|sáu)\s+tháng\s+(?P<w>đầu|cuối)\s+năm\s+(?P<y>\d{4})", re.IGNORECASE)
# "trong tháng 5/2020"; "(từ nay) đến tháng 6/2027" (a horizon: the work runs until that month)
_MONTH = re.compile(
    r"(?:trong|(?<!\w)(?:từ nay\s+)?đến)\s+tháng\s+(?P<m>\d{1,2})\s*(?:/|năm)\s*(?P<y>\d{4})",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:trong|hoàn thành trong|trước hết)\s+năm\s+(?P<y>\d{4})", re.IGNORECASE)
# "… để khởi công vào ngày 19/12/2025": the work is due by the start it makes way for
# ("dé", the OCR's "để")
_DUE_BEFORE = re.compile(
    r"(?:trước|chậm nhất(?:\s+(?:là|vào))?|hạn chót|không quá|đến hết|xong trước|hạn"
    r"|(?:để|dé|kịp)\s+(?:khởi công|khánh thành|đưa vào sử dụng)\s+(?:vào|trước))"
    r"\s*:?",
    re.IGNORECASE,
)
# not "kế hoạch 5 năm và hằng năm" (a kind of plan), "ngân sách hằng năm" (a budget),
# "chi trả trợ cấp hằng tháng" (an allowance paid every month, not a report due)
_RECURRING = re.compile(
    r"(?<!năm và )(?<!ngân sách )(?<!dự toán )(?<!kinh phí )"
    r"(?<!trợ cấp )(?<!phụ cấp )(?<!tiền lương )(?<!lương hưu )"
    r"(?:định kỳ\s*)?(?:hằng|hàng)\s+(?P<every>năm|quý|tháng)",
    re.IGNORECASE,
)
_PERIODIC = re.compile(r"định kỳ\s+(?:hằng|hàng)\s+(?:năm|quý|tháng)", re.IGNORECASE)
_DAY_OF_PERIOD = re.compile(
    r"(?:trước|chậm nhất|vào)\s+ngày\s+(?P<d>\d{1,2})(?![\d/-])(?!\.\d)", re.IGNORECASE
)
# "định kỳ hằng tháng", "báo cáo … hằng tháng": a report due every month, the day unsaid
_MONTHLY_REPORT = re.compile(r"định kỳ|báo cáo|cung cấp thông tin", re.IGNORECASE)
# "ngày 25 hằng tháng báo cáo …": the day said just before the recurrence, with no "trước"
_DAY_BEFORE_PERIOD = re.compile(r"\bngày\s+(?P<d>\d{1,2})\s+$", re.IGNORECASE)
# "Hằng tháng, … chậm nhất vào ngày cuối cùng của tháng phải chuyển đủ …": the month's last day
_MONTH_END = re.compile(
    r"(?:trước|chậm\s+nhất(?:\s+(?:là|vào))?|vào)\s+(?:ngày\s+cuối(?:\s+cùng)?\s+của\s+tháng"
    r"|cuối\s+tháng)(?!\s+\d)",
    re.IGNORECASE,
)
# not "chi thường xuyên" (recurrent spending), "Giáo dục thường xuyên" (continuing education),
# "cập nhật đầy đủ, liên tục" (how the work is done, not how long), "là nhiệm vụ trọng tâm,
# thường xuyên của chính quyền" (what kind of task it is), "trong thời gian 07 ngày liên tục"
# (how long the work lasts)
_CONTINUOUS = re.compile(
    r"(?<!\w)(?<!chi )(?<!dục )(?<!nhiệm vụ )(?<!trọng tâm, )"
    r"(?:thường xuyên|(?<!đầy đủ, )(?<!đầy đủ và )(?<!ngày )liên tục)(?!\w)"
    r"|(?<!\w)(?:các|những)\s+năm\s+tiếp\s+theo(?!\w)",
    re.IGNORECASE,
)
# reports asked daily or weekly: cascade/1 has no such recurrence, so they are continuous
_FREQUENT = re.compile(
    r"(?:trước\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{2})?\s+|định\s+kỳ\s+|vào\s+)?"
    r"(?:(?:thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|chủ\s+nhật)\s+)?(?:hằng|hàng|mỗi)\s+(?P<every>ngày|tuần)"
    r"(?!\s+(?:của|làm việc))",
    re.IGNORECASE,
)
_REPORTING = re.compile(
    r"báo\s+cáo|cập\s+nhật|gửi|tổng\s+hợp|thông\s+tin|định\s+kỳ|trước\s+\d", re.IGNORECASE
)


_EXCEPTION = re.compile(r"[,;]\s*(?:riêng|ngoài ra|trừ)\s+(?P<rest>.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class DeadlineException:
    """'…, riêng việc X hoàn thành trong quý II/2020': a different deadline for part X."""

    subject: str
    deadline: FoundDeadline


def split_exception(text: str) -> tuple[str, DeadlineException | None]:
    """The main text and its 'riêng …' exception, if the exception has its own deadline."""
    match = _EXCEPTION.search(squash(text))
    if match is None:
        return text, None
    rest = match.group("rest")
    deadline = find_deadline(rest)
    if deadline is None:
        return text, None
    subject = rest[: rest.lower().find(deadline.text.lower())] if deadline.text else rest
    subject = re.sub(r"\b(?:hoàn thành|thực hiện|xong)\s*(?:trong|trước)?\s*$", "", subject.strip())
    subject = re.sub(r"^(?:việc)\s+", "", subject.strip(" ,"), flags=re.IGNORECASE)
    return squash(text)[: match.start()], DeadlineException(subject.strip(" ,"), deadline)


# a sentence is asked again for each task it dates and each reader that looks at it; what
# is found depends on the words and the year alone
@lru_cache(maxsize=4096)
def find_deadline(text: str, default_year: int | None = None) -> FoundDeadline | None:
    """The most specific deadline in ``text``, or None."""
    text = drop_number_echo(squash(text))
    if _CONTINUOUS.search(text) and "tiếp theo" in text.lower():
        return _continuous(text, default_year)  # "Quý IV năm 2025 và các năm tiếp theo"
    finders = (
        _frequent,
        _recurring,
        next_year_day,
        quarter_span,
        _span,
        working_days,
        calendar_days,
        days_from_event,
        _absolute,
        _period,
        ready_from,
        event_deadline,
        _continuous,
        case_arising,  # "… khi có thay đổi …": after ongoing work ("Thường xuyên …")
    )
    for finder in finders:
        found = finder(text, default_year)
        if found is not None:
            return found
    return None


_BARE_MONTH = re.compile(r"^(?:tháng\s+)(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})$", re.IGNORECASE)
_BARE_YEARS = re.compile(
    r"^(?:(?:trong\s+)?năm\s+)?(?P<y>\d{4})(?:\s*[-–]\s*(?:năm\s+)?(?P<y2>\d{4}))?$",
    re.IGNORECASE,
)


def find_time(text: str, default_year: int | None = None) -> FoundDeadline | None:
    """A deadline from a time field ("Thời gian hoàn thành: …", a table's time cell).

    A field holds nothing but the time, so bare forms that would be too loose in prose are
    read too: "Tháng 8/2024" is the month, "Năm 2024" the year, "2025 - 2026" both years.
    """
    found = find_deadline(text, default_year)
    if found is not None:
        return found
    bare = squash(text).strip(" .;,")
    match = _BARE_MONTH.match(bare)
    if match and 1 <= int(match.group("m")) <= 12:
        year, month = int(match.group("y")), int(match.group("m"))
        last = calendar.monthrange(year, month)[1]
        return FoundDeadline(
            "period", bare, start=dt.date(year, month, 1), due=dt.date(year, month, last)
        )
    match = _BARE_YEARS.match(bare)
    if match:
        first = int(match.group("y"))
        last_year = int(match.group("y2") or first)
        if first <= last_year:
            return FoundDeadline(
                "period", bare, start=dt.date(first, 1, 1), due=dt.date(last_year, 12, 31)
            )
    return None


_HALF_YEARLY = re.compile(
    r"định kỳ\s+(?:0?6|sáu)\s+tháng(?!\s+(?:đầu|cuối))|(?:0?6|sáu)\s+tháng\s+(?:một|1)\s+lần"
    r"|(?:hằng|hàng)\s+(?:0?6|sáu)\s+tháng|(?:hằng|hàng)\s+nửa\s+năm",
    re.IGNORECASE,
)


def _half_yearly(text: str) -> FoundDeadline | None:
    """'định kỳ 6 tháng, trước ngày 15/6 và 15/12': the format has no half-year recurrence,
    so the first date of the year is kept (yearly) and the loss is flagged."""
    match = _HALF_YEARLY.search(text)
    if match is None:
        return None
    dates = [d for d in find_dates(text[match.start() :]) if d.year is None and d.month and d.day]
    dates.sort(key=lambda d: (d.month or 0, d.day or 0))
    if not dates:
        review = f"'{match.group()}': half-yearly with no day; kept as yearly, due 30/6"
        return FoundDeadline(
            "recurring", match.group(), every="year", month=6, day=30, review=review
        )
    first = dates[0]
    phrase = phrase_of(text, match.start(), match.start() + dates[-1].end)
    others = ", ".join(f"{d.day}/{d.month}" for d in dates[1:]) or "the second half-year"
    review = (
        f"'{phrase}' is half-yearly, which cascade/1 cannot hold: kept as yearly by "
        f"{first.day}/{first.month}; {others} is lost"
    )
    return FoundDeadline(
        "recurring", phrase, every="year", month=first.month, day=first.day, review=review
    )


def _recurring(text: str, default_year: int | None) -> FoundDeadline | None:
    half = _half_yearly(text)
    if half is not None:
        return half
    match = _RECURRING.search(text)
    if match is None:
        return quarter_day(text)  # "trước ngày 15 tháng cuối của quý"
    if _CONTINUOUS.search(text) and not _PERIODIC.search(text) and not _DUE_BEFORE.search(text):
        return None  # "thường xuyên hằng năm": every year, continuously
    every = {"nam": "year", "quy": "quarter", "thang": "month"}[fold(match.group("every"))]
    # the day: "trước ngày 15/11", "trước ngày 30 tháng 11" near the recurrence
    for found in find_dates(text):
        if found.year is not None and found.month is not None:
            continue
        if found.day is None:
            continue
        month = found.month if every == "year" else _month_of_quarter(text, every)
        phrase = phrase_of(text, min(match.start(), found.start), max(match.end(), found.end))
        return FoundDeadline("recurring", phrase, every=every, month=month, day=found.day)
    if every == "month" and (last := _MONTH_END.search(text)):
        if 0 <= last.start() - match.end() <= 40:
            phrase = phrase_of(text, match.start(), last.end())
        else:  # the work between them is no part of the time
            phrase = f"{match.group()} … {last.group()}"
        return FoundDeadline("recurring", phrase, every="month", day=31)
    if every != "year":
        day_of = _DAY_OF_PERIOD.search(text) or _DAY_BEFORE_PERIOD.search(text, 0, match.start())
        if day_of is not None:
            phrase = phrase_of(
                text, min(match.start(), day_of.start()), max(match.end(), day_of.end())
            )
            month = _month_of_quarter(text, every)
            day = int(day_of.group("d"))
            return FoundDeadline("recurring", phrase, every=every, month=month, day=day)
    if _CONTINUOUS.search(text) and not _PERIODIC.search(text):
        return None
    if every == "year":
        return _yearly_without_day(text, match)
    if every == "month" and not _MONTHLY_REPORT.search(text):
        return FoundDeadline("continuous", match.group())
    review = f"'{match.group()}' gives no day; due taken as the end of the {every}"
    day, month = (31, 12) if every == "year" else (31, None) if every == "quarter" else (28, None)
    return FoundDeadline(
        "recurring", match.group(), every=every, month=month, day=day, review=review
    )


# "Tháng 11 hằng năm", "vào tháng 12 của năm trước đó": a month of every year (not "tháng
# 3/2025", "tháng 3 năm 2025", one month of one year)
_MONTH_OF_YEAR = re.compile(
    r"(?<!\w)tháng\s+(?P<m>\d{1,2})(?!\s*(?:/|-|năm)\s*\d{4})(?![\d/])", re.IGNORECASE
)
_YEAR_END = re.compile(r"(?<!\w)cuối\s+năm(?!\s+\d{4})", re.IGNORECASE)


def _yearly_without_day(text: str, match: re.Match[str]) -> FoundDeadline:
    """'Hằng năm, Sở X tổ chức …' with no day: the text sets how often, not when, so the
    work is continuous (a due day would be made up); a month given ("Tháng 11 hằng năm")
    is due at its end, and "cuối năm" at the year's."""
    month = _MONTH_OF_YEAR.search(text)
    if month is not None and 1 <= int(month.group("m")) <= 12:
        m = int(month.group("m"))
        phrase = phrase_of(text, min(match.start(), month.start()), max(match.end(), month.end()))
        day = calendar.monthrange(2001, m)[1]  # a year that is not a leap year: 28 February
        review = f"'{phrase}' gives no day; due taken as the end of the month"
        return FoundDeadline("recurring", phrase, every="year", month=m, day=day, review=review)
    if _YEAR_END.search(text):
        review = f"'{match.group()}' gives no day; due taken as the end of the year"
        return FoundDeadline(
            "recurring", match.group(), every="year", month=12, day=31, review=review
        )
    return FoundDeadline("continuous", match.group())


# "trước ngày 20 tháng cuối quý": the day falls in the quarter's first, middle or last month
_QUARTER_MONTH = re.compile(r"tháng\s+(?P<which>đầu|giữa|cuối)\s+(?:của\s+)?quý", re.IGNORECASE)


def _month_of_quarter(text: str, every: str) -> int | None:
    found = _QUARTER_MONTH.search(text) if every == "quarter" else None
    return QUARTER_MONTHS[found["which"].lower()] if found else None


# "trước 15h00 ngày 14/10/2025", "trước 17 giờ 30 ngày …": the hour goes with the day (folded)
_HOUR = re.compile(r"^\s*\d{1,2}\s*(?:h|gio)(?:\s*\d{2})?(?:\s*phut)?\s*,?")


def _absolute(text: str, default_year: int | None) -> FoundDeadline | None:
    for before in _DUE_BEFORE.finditer(text):
        window = text[before.end() : before.end() + 50]
        for found in find_dates(window):
            if _HOUR.sub("", fold(window[: found.start])).strip(" :") not in {"", "ngay"}:
                break
            phrase = phrase_of(text, before.start(), before.end() + found.end)
            if found.date is not None:
                return FoundDeadline("absolute", phrase, due=found.date)
            if found.year is None and found.month and found.day and default_year:
                try:
                    due = dt.date(default_year, found.month, found.day)
                except ValueError:
                    break
                review = f"'{phrase}' gives no year; {default_year} assumed"
                return FoundDeadline("absolute", phrase, due=due, review=review)
            break
    return None


# "hoàn thành chậm nhất trong quý III/2019": at the latest by the period's last day
_AT_THE_LATEST = re.compile(r"chậm\s+nhất(?:\s+(?:là|vào))?(?:\s+trong)?\s*$", re.IGNORECASE)


def _period(text: str, default_year: int | None) -> FoundDeadline | None:
    match = due_quarter(text, _QUARTER)  # not one the work starts in ("Từ quý II/2027")
    if match:
        quarter = QUARTER_NUMBERS[match.group("q").lower()]
        year = int(match.group("y"))
        start = dt.date(year, 3 * quarter - 2, 1)
        end_month = 3 * quarter
        end = dt.date(year, end_month, calendar.monthrange(year, end_month)[1])
        if _AT_THE_LATEST.search(text[: match.start()]):
            return FoundDeadline("absolute", match.group(), due=end)
        return FoundDeadline("period", match.group(), start=start, due=end)
    match = _HALF.search(text)
    if match:
        year = int(match.group("y"))
        first = fold(match.group("w")) == "dau"
        start = dt.date(year, 1 if first else 7, 1)
        end = dt.date(year, 6, 30) if first else dt.date(year, 12, 31)
        return FoundDeadline("period", match.group(), start=start, due=end)
    match = _MONTH.search(text)
    if match:
        year, month = int(match.group("y")), int(match.group("m"))
        if 1 <= month <= 12:
            last = calendar.monthrange(year, month)[1]
            start, end = dt.date(year, month, 1), dt.date(year, month, last)
            return FoundDeadline("period", match.group(), start=start, due=end)
    match = _YEAR.search(text)
    if match:
        year = int(match.group("y"))
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        return FoundDeadline("period", match.group(), start=start, due=end)
    return None


# a point in time: a day, a month or a year ("ngày 01/10/2025", "tháng 10 năm 2025", "năm 2025")
_POINT = (
    r"(?:ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}"
    r"|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
    r"|tháng\s+\d{1,2}\s*(?:/|năm)\s*\d{4}|năm\s+\d{4})"
)
_RANGE = re.compile(
    rf"(?<!\w)từ\s+(?P<a>{_POINT})\s*(?:đến|tới|-)\s*(?:hết\s+)?(?P<b>{_POINT})", re.IGNORECASE
)
_UNTIL_END = re.compile(rf"\b(?<!sau |khi )(?:(?:đến|trước) hết|kết thúc)\s+(?P<b>{_POINT})", re.I)


def _point(text: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a point in time."""
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    try:
        if fold(text).startswith("ngay"):
            day = dt.date(numbers[2], numbers[1], numbers[0])
            return day, day
        if fold(text).startswith("thang"):
            month, year = numbers[0], numbers[1]
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        return dt.date(numbers[0], 1, 1), dt.date(numbers[0], 12, 31)
    except (ValueError, IndexError, calendar.IllegalMonthError):
        return None


# "từ ngày 15/11 đến ngày 15/12" (the year, when missing, is the document's)
_DAY_RANGE = re.compile(
    r"(?<!\w)từ\s+ngày\s+(?P<d1>\d{1,2})\s*/\s*(?P<m1>\d{1,2})(?:\s*/\s*(?P<y1>\d{4}))?"
    r"\s*(?:đến|tới|-)\s*(?:hết\s+)?ngày\s+(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})"
    r"(?:\s*/\s*(?P<y2>\d{4}))?",
    re.IGNORECASE,
)


def _day_range(text: str, default_year: int | None) -> FoundDeadline | None:
    match = _DAY_RANGE.search(text)
    if match is None:
        return None
    year = match.group("y2") or match.group("y1") or default_year
    if year is None:
        return None
    end_year = int(year)
    m1, m2 = int(match.group("m1")), int(match.group("m2"))
    start_year = int(match.group("y1") or (end_year if m1 <= m2 else end_year - 1))
    try:
        start = dt.date(start_year, m1, int(match.group("d1")))
        end = dt.date(end_year, m2, int(match.group("d2")))
    except ValueError:
        return None
    if start > end:
        return None
    return FoundDeadline(
        "period", phrase_of(text, match.start(), match.end()), start=start, due=end
    )


def _span(text: str, default_year: int | None) -> FoundDeadline | None:
    """'từ tháng 10 năm 2025 đến hết tháng 3 năm 2026' (a period), 'từ nay đến hết năm
    2025', 'kết thúc năm 2025' (due at its end), 'từ ngày 15/11 đến ngày 15/12' (a period)."""
    found = _day_range(text, default_year)
    if found is not None:
        return found
    match = _RANGE.search(text)
    if match:
        first, last = _point(match.group("a")), _point(match.group("b"))
        if first is not None and last is not None and first[0] <= last[1]:
            return FoundDeadline(
                "period", phrase_of(text, match.start(), match.end()), start=first[0], due=last[1]
            )
    match = _UNTIL_END.search(text)
    if match:
        last = _point(match.group("b"))
        if last is not None:
            return FoundDeadline(
                "absolute", phrase_of(text, match.start(), match.end()), due=last[1]
            )
    return None


def _frequent(text: str, default_year: int | None) -> FoundDeadline | None:
    """'trước 13 giờ hằng ngày', 'vào thứ Sáu hằng tuần': a report asked daily or weekly."""
    for match in _FREQUENT.finditer(text):
        before = text[: match.start()]
        if before.count("“") > before.count("”"):
            continue  # "“mỗi ngày làm một việc tốt”": a slogan quoted, no time
        reports = _REPORTING.search(text[max(0, match.start() - 80) : match.end()])
        if not reports and not _before_work(text[match.end() :]):
            continue  # "đời sống hằng ngày": a way of life, not a report
        every = "daily" if fold(match.group("every")) == "ngay" else "weekly"
        phrase = phrase_of(text, match.start(), match.end())
        review = f"'{phrase}' is {every}, which cascade/1 cannot hold: kept as continuous"
        return FoundDeadline("continuous", phrase, review=review)
    return None


def _before_work(after: str) -> bool:
    """True when ``after`` (what follows "hằng ngày") opens with a verb of work: "chủ động
    hằng ngày kiểm tra hộp thư …" says how often the work is done."""
    words = after.split()[:2]
    return bool(words) and (words[0] in DIRECTIVE_VERBS or " ".join(words) in DIRECTIVE_VERBS)


def _continuous(text: str, default_year: int | None) -> FoundDeadline | None:
    match = _CONTINUOUS.search(text)
    if match:
        return FoundDeadline("continuous", match.group().lower())
    return None
