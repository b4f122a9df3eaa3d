"""Deadlines of every kind, read from a task's text or its "Thời gian thực hiện" line.

* absolute: "trước ngày 30/6/2025", "chậm nhất ngày 15 tháng 12 năm 2025";
* period: "trong quý II/2020", "6 tháng đầu năm 2020", "trong tháng 5/2020";
* recurring: "định kỳ hằng năm, trước ngày 15/11", "trước ngày 30 tháng 11 hằng năm";
  half-yearly ("định kỳ 6 tháng, trước ngày 15/6 và 15/12") is kept as yearly by its first
  date, with a review note, since the format has no half-year recurrence;
* event: "sau khi có hướng dẫn của Bộ …", "từ nay đến Đại hội XIV của Đảng";
* continuous: "thường xuyên" (no due date).

:func:`find_deadline` returns the most specific one found, or None; a guess (a date
without a year, a yearly task without a day) carries a review note.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import overload

from cascade.extract.dates import find_dates
from cascade.extract.text import fold, squash

_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
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
_DUE_BEFORE = re.compile(
    r"(?:trước|chậm nhất(?:\s+(?:là|vào))?|hạn chót|không quá|đến hết|xong trước|hạn)"
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
# not "chi thường xuyên" (recurrent spending), "Giáo dục thường xuyên" (continuing education),
# "cập nhật đầy đủ, liên tục" (how the work is done, not how long), "là nhiệm vụ trọng tâm,
# thường xuyên của chính quyền" (what kind of task it is)
_CONTINUOUS = re.compile(
    r"(?<!\w)(?<!chi )(?<!dục )(?<!nhiệm vụ )(?<!trọng tâm, )"
    r"(?:thường xuyên|(?<!đầy đủ, )(?<!đầy đủ và )liên tục)(?!\w)"
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
# "khi có hướng dẫn …" waits for a document; "khi có tình huống xảy ra" is a condition
_AWAITED = (
    r"hướng dẫn|kế hoạch|quyết định|văn bản|chỉ đạo|ý kiến|kết luận|thông báo|nghị quyết|"
    r"chỉ thị|công văn|nghị định|thông tư|kết quả|đề xuất|đề nghị|yêu cầu"
)
# "sau khi nghe … báo cáo" opens a record of a meeting: no deadline
_AFTER_EVENT = re.compile(
    r"(?<!\w)(?:ngay\s+)?sau khi\s+(?!nghe\b)(?P<m>[^.;()]{4,160})|"
    # ("khi có nhà đầu tư đề xuất …": who proposes may stand before the awaited word)
    rf"(?<!\w)khi\s+(?P<m2>(?:kết thúc|có\s+(?:[^\W\d]+\s+){{0,3}}?(?:{_AWAITED})\b|hoàn thành"
    r"|được|tổng kết|sơ kết)"
    r"\s[^.;()]{3,160})"
    # "khi nhận được hồ sơ, …", "ngay trong ngày nhận được quyết định": when a text arrives
    r"|(?<!\w)(?:khi|ngay\s+trong\s+ngày)\s+(?P<m4>nhận\s+được(?:\s[^.;(),]{3,160}|(?=\s*[.;]|\s*$)))"
    # "mưa lũ sau bão": a disaster that followed another, no time
    r"|(?<!\w)(?<!bão\s)(?<!lũ\s)(?<!mưa\s)(?:ngay\s+)?sau\s+"
    r"(?P<m3>thiên tai|mưa,?\s+lũ|bão,?\s+lũ|lũ|bão|sự cố)(?!\w)",
    re.IGNORECASE,
)
_UNTIL_EVENT = re.compile(
    r"(?<!\w)(?:từ nay\s+(?:cho\s+)?đến|đến trước|trước|đến)\s+(?:khi\s+)?"
    r"(?:(?:tổ chức|diễn ra|kết thúc)\s+(?:thành công\s+)?)?"
    r"(?P<m>(?:Đại hội|Hội nghị|kỳ họp|Kỳ họp|đại hội)[^.;,:()]{2,100})",
    re.IGNORECASE,
)
# words that may continue the name of a congress or session after "Đại hội"
_EVENT_WORDS = {
    "đại", "biểu", "toàn", "quốc", "lần", "thứ", "của", "đảng", "bộ", "các", "cấp", "khóa",
    "khoá", "nhiệm", "kỳ", "tỉnh", "thành", "phố", "huyện", "xã", "cơ", "sở", "họp",
}  # fmt: skip
# how long a delegation or a rule holds, not when work is due
_UNTIL_REPLACED = re.compile(
    r"khi\s+có\s+(?:các\s+|một\s+)?(?:văn bản|quy định|quyết định)\s+(?:\w+\s+){0,3}?"
    r"(?:thay thế|sửa đổi|bãi bỏ)",
    re.IGNORECASE,
)
# "bảo đảm … hoạt động từ ngày …", "… để áp dụng chung trong cả nước từ ngày 01/11/2020": the
# work must be ready by that day
_READY_FROM = re.compile(
    r"(?:bảo đảm|để\s+(?:áp dụng|vận hành|đưa vào))\b[^.;]{0,200}?\btừ\s+"
    r"(?P<d>ngày[^.;]{0,30}\d{4})",
    re.IGNORECASE,
)
_MILESTONE_TAIL = re.compile(r"\s+(?:như sau|theo quy định|trên địa bàn|tại)\b.*$", re.IGNORECASE)
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


def milestone_key(name: str) -> str:
    """A milestone name reduced to its distinctive words: 'Đại hội XIV của Đảng' = 'Đại hội
    đại biểu toàn quốc lần thứ XIV của Đảng'."""
    words = " ".join(re.findall(r"[a-z0-9]+", fold(name)))
    return " ".join(_FILLER.sub(" ", words).split())


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


def find_deadline(text: str, default_year: int | None = None) -> FoundDeadline | None:
    """The most specific deadline in ``text``, or None."""
    text = squash(text)
    if _CONTINUOUS.search(text) and "tiếp theo" in text.lower():
        return _continuous(text, default_year)  # "Quý IV năm 2025 và các năm tiếp theo"
    finders = (
        _frequent,
        _recurring,
        _span,
        _working_days,
        _calendar_days,
        _absolute,
        _period,
        _ready_from,
        _event,
        _continuous,
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
    phrase = _phrase(text, match.start(), match.start() + dates[-1].end)
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
        return None
    if _CONTINUOUS.search(text) and not _PERIODIC.search(text) and not _DUE_BEFORE.search(text):
        return None  # "thường xuyên hằng năm": every year, continuously
    every = {"nam": "year", "quy": "quarter", "thang": "month"}[fold(match.group("every"))]
    # the day: "trước ngày 15/11", "trước ngày 30 tháng 11" near the recurrence
    for found in find_dates(text):
        if found.year is not None and found.month is not None:
            continue
        if found.day is None:
            continue
        month = found.month if every == "year" else None
        phrase = _phrase(text, min(match.start(), found.start), max(match.end(), found.end))
        return FoundDeadline("recurring", phrase, every=every, month=month, day=found.day)
    if every != "year":
        day_of = _DAY_OF_PERIOD.search(text)
        if day_of is not None:
            phrase = _phrase(
                text, min(match.start(), day_of.start()), max(match.end(), day_of.end())
            )
            return FoundDeadline("recurring", phrase, every=every, day=int(day_of.group("d")))
    if _CONTINUOUS.search(text) and not _PERIODIC.search(text):
        return None
    review = f"'{match.group()}' gives no day; due taken as the end of the {every}"
    day, month = (31, 12) if every == "year" else (31, None) if every == "quarter" else (28, None)
    return FoundDeadline(
        "recurring", match.group(), every=every, month=month, day=day, review=review
    )


def _absolute(text: str, default_year: int | None) -> FoundDeadline | None:
    for before in _DUE_BEFORE.finditer(text):
        window = text[before.end() : before.end() + 50]
        for found in find_dates(window):
            if fold(window[: found.start]).strip(" :") not in {"", "ngay"}:
                break
            phrase = _phrase(text, before.start(), before.end() + found.end)
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
    match = _QUARTER.search(text)
    if match:
        quarter = _ROMAN_QUARTERS[match.group("q").lower()]
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
_UNTIL_END = re.compile(rf"(?<!\w)(?:đến|trước)\s+hết\s+(?P<b>{_POINT})", re.IGNORECASE)


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
    return FoundDeadline("period", _phrase(text, match.start(), match.end()), start=start, due=end)


def _span(text: str, default_year: int | None) -> FoundDeadline | None:
    """'từ tháng 10 năm 2025 đến hết tháng 3 năm 2026' (a period), 'từ nay đến hết năm
    2025' (due at its end), 'từ ngày 15/11 đến ngày 15/12' (a period in the year)."""
    found = _day_range(text, default_year)
    if found is not None:
        return found
    match = _RANGE.search(text)
    if match:
        first, last = _point(match.group("a")), _point(match.group("b"))
        if first is not None and last is not None and first[0] <= last[1]:
            return FoundDeadline(
                "period", _phrase(text, match.start(), match.end()), start=first[0], due=last[1]
            )
    match = _UNTIL_END.search(text)
    if match:
        last = _point(match.group("b"))
        if last is not None:
            return FoundDeadline("absolute", _phrase(text, match.start(), match.end()), due=last[1])
    return None


# "trong thời hạn 03 ngày làm việc, kể từ ngày ký", "chậm nhất 05 ngày làm việc kể từ ngày
# ban hành Quyết định"; "kể từ ngày nhận đủ hồ sơ" names a day the text does not give
_WORKING_DAYS = re.compile(
    r"(?<!\d)(?P<n>\d{1,2})\s+ngày\s+làm\s+việc"
    r"(?:\s*,?\s*(?:kể\s+)?từ\s+(?P<start>(?:ngày|khi)\s[^.;,]{0,80}))?",
    re.IGNORECASE,
)
_DOCUMENT_DAY = re.compile(r"ngày\s+(?:ký|ban\s+hành|[^.;,]{0,40}?có\s+hiệu\s+lực)", re.IGNORECASE)


def _working_days(text: str, default_year: int | None) -> FoundDeadline | None:
    """A number of working days: from the document's date (signing, issue, entry into
    force, or no day named) they give a date once that date is known; from any other day
    they give none, with a review note."""
    match = _WORKING_DAYS.search(text)
    if match is None:
        return None
    days, start = int(match.group("n")), match.group("start")
    phrase = _phrase(text, match.start(), match.end())
    if start is not None and not _DOCUMENT_DAY.match(start):
        # a term from an event ("kể từ ngày nhận đủ hồ sơ"): due on that event, no date set
        review = f"'{phrase}': {days} working days from a day the text does not give; no date set"
        return FoundDeadline("event", phrase, milestone=squash(start), review=review)
    review = f"'{phrase}': {days} working days counted from the document's date, weekends skipped"
    if start is None:
        review += " (no day named)"
    elif "hiệu lực" in start.lower():
        review += " (taken as the day it comes into force)"
    return FoundDeadline("absolute", phrase, review=review, working_days=days)


# "trong thời hạn 60 ngày kể từ ngày Quy chế này được ban hành", "30 ngày kể từ ngày ký":
# days from the document's own date (from any other day, "kể từ ngày nhận đủ hồ sơ", the
# text gives no date: not read here)
_CALENDAR_DAYS = re.compile(
    r"(?<!\d)(?P<n>\d{1,3})\s+ngày\s*,?\s*(?:kể\s+)?từ\s+ngày\s+"
    r"(?:ký|ban\s+hành|(?:[^\s.;,]+\s+){1,3}này\s+(?:được\s+)?(?:ký|ban\s+hành|có\s+hiệu\s+lực))\b",
    re.IGNORECASE,
)


def _calendar_days(text: str, default_year: int | None) -> FoundDeadline | None:
    """A number of days from the document's date: a date once that date is known."""
    match = _CALENDAR_DAYS.search(text)
    if match is None:
        return None
    days = int(match.group("n"))
    phrase = _phrase(text, match.start(), match.end())
    review = f"'{phrase}': {days} days counted from the document's date"
    return FoundDeadline("absolute", phrase, review=review, calendar_days=days)


@overload
def count_working_days(found: FoundDeadline, issued: dt.date | None) -> FoundDeadline: ...
@overload
def count_working_days(found: None, issued: dt.date | None) -> None: ...
def count_working_days(found: FoundDeadline | None, issued: dt.date | None) -> FoundDeadline | None:
    """``found`` with its due date set when it counts working days from ``issued``
    (Saturdays and Sundays skipped; public holidays are not known here), or days."""
    if found is None or (found.working_days is None and found.calendar_days is None):
        return found
    if issued is None:
        review = f"{found.review}; the document's date is not known, no date set"
        return FoundDeadline("continuous", "", review=review)
    if found.calendar_days is not None:
        due = issued + dt.timedelta(days=found.calendar_days)
        return replace(found, due=due, calendar_days=None)
    due, left = issued, found.working_days or 0
    while left > 0:
        due += dt.timedelta(days=1)
        if due.weekday() < 5:
            left -= 1
    return replace(found, due=due, working_days=None)


def _ready_from(text: str, default_year: int | None) -> FoundDeadline | None:
    # "bảo đảm để … hoạt động từ ngày 01/7/2025": the work must be done by that day
    match = _READY_FROM.search(text)
    if match is None:
        return None
    dates = find_dates(match.group("d"))
    if not dates or dates[0].date is None:
        return None
    phrase = _phrase(text, match.start("d") - 3, match.end("d"))
    return FoundDeadline(
        "absolute",
        phrase,
        due=dates[0].date,
        review=f"due date read from '{phrase}' (ready from that day)",
    )


def _event(text: str, default_year: int | None) -> FoundDeadline | None:
    match = _UNTIL_EVENT.search(text)
    if match:
        name = _event_name(match.group("m"))
        end = match.start("m") + len(name)
        return FoundDeadline("event", _phrase(text, match.start(), end), milestone=name)
    match = _AFTER_EVENT.search(text)
    if match and _UNTIL_REPLACED.match(text, match.start()):
        # a delegation's term ("đến khi có văn bản khác thay thế") is no deadline
        match = _AFTER_EVENT.search(text, match.end())
    if match:
        groups = ("m", "m2", "m3", "m4")
        name = next((match.group(g) for g in groups if match.group(g)), "").strip()
        name = _MILESTONE_TAIL.sub("", name).strip()
        phrase = _phrase(text, match.start(), match.end())
        return FoundDeadline("event", phrase, milestone=name)
    return None


# "Trong trường hợp đặc biệt …, X …" names a case the work covers, not when it is due
_CASE_NOT_TIME = re.compile(r"^Trong\s", re.IGNORECASE)


def condition_event(opening: str) -> FoundDeadline | None:
    """The work of a sentence that opens with a condition ("Khi có văn bản yêu cầu …, doanh
    nghiệp phải gửi …", "Trước thời điểm dừng bán hàng, …") is due when it arises.
    ``opening`` is :func:`~cascade.extract.subjects.opening_condition`'s, the case it covers
    ("Đối với …:") already left out."""
    if _CASE_NOT_TIME.match(opening):
        return None
    clause = squash(opening)
    clause = clause[: clause.rfind(",")] if "," in clause else clause  # the subject after it
    return FoundDeadline("event", clause, milestone=clause[:1].lower() + clause[1:])


def _event_name(text: str) -> str:
    """'Đại hội XIV của Đảng và Kế hoạch số …' -> 'Đại hội XIV của Đảng'."""
    words = text.split()
    kept = words[:2]
    for word in words[2:]:
        bare = word.strip(",;")
        if bare != word:
            break
        if bare[:1].isupper() or bare[:1].isdigit() or bare.lower() in _EVENT_WORDS:
            kept.append(word)
            continue
        break
    while kept and kept[-1].lower() in {"của", "các", "lần", "thứ", "và"}:
        kept.pop()
    return " ".join(kept)


def _frequent(text: str, default_year: int | None) -> FoundDeadline | None:
    """'trước 13 giờ hằng ngày', 'vào thứ Sáu hằng tuần': a report asked daily or weekly."""
    for match in _FREQUENT.finditer(text):
        if not _REPORTING.search(text[max(0, match.start() - 80) : match.end()]):
            continue  # "đời sống hằng ngày": a way of life, not a report
        every = "daily" if fold(match.group("every")) == "ngay" else "weekly"
        phrase = _phrase(text, match.start(), match.end())
        review = f"'{phrase}' is {every}, which cascade/1 cannot hold: kept as continuous"
        return FoundDeadline("continuous", phrase, review=review)
    return None


def _continuous(text: str, default_year: int | None) -> FoundDeadline | None:
    match = _CONTINUOUS.search(text)
    if match:
        return FoundDeadline("continuous", match.group().lower())
    return None


def _phrase(text: str, start: int, end: int) -> str:
    phrase = squash(text[max(0, start) : end]).strip(" ,;.")
    if phrase.count("(") != phrase.count(")"):
        phrase = squash(phrase.replace("(", " ").replace(")", " "))
    return phrase


# a purpose clause, or the topic of the texts a lead-in carries out ("Thực hiện các Công điện
# … về hỗ trợ người dân khắc phục hậu quả sau thiên tai, … yêu cầu …")
_PURPOSE = re.compile(r"(?:^|(?<=[.:;]\s))(?:Để|Nhằm)\s|(?<=\s)về\s")
_REQUEST = re.compile(r"\b(?:yêu cầu|đề nghị|giao)\b")


def in_purpose(text: str, phrase: str) -> bool:
    """True when ``phrase`` stands in a purpose clause ("Để …, X yêu cầu …") of ``text``:
    it says why the work is asked, not when it is due."""
    at = text.find(phrase)
    if at < 0:
        return False
    for match in _PURPOSE.finditer(text, 0, at):
        request = _REQUEST.search(text, match.end())
        if request is not None and request.start() > at:
            return True
    return False
