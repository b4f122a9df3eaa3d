"""Terms counted in days: "trong thời hạn 03 ngày làm việc, kể từ ngày ký", "30 ngày kể từ
ngày ký", and the due date they give once the document's date is known.

A term from the document's own date (its signing, issue or entry into force) becomes a date
when the draft is assembled (:func:`date_counted_days`, Saturdays and Sundays skipped for
working days); a term from any other day ("kể từ ngày nhận đủ hồ sơ") is due on that event,
and so is a term from no named day inside a rule's khoản (:func:`step_term`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import overload

from cascade.extract.found_deadline import FoundDeadline, phrase_of
from cascade.extract.text import squash

# "trong thời hạn 03 ngày làm việc, kể từ ngày ký", "chậm nhất 05 ngày làm việc kể từ ngày
# ban hành Quyết định"; "kể từ ngày nhận đủ hồ sơ" names a day the text does not give (also
# typed "kê từ", its tone mark lost)
_WORKING_DAYS = re.compile(
    r"(?<!\d)(?P<n>\d{1,2})\s+ngày\s+làm\s+việc"
    # "không ít hơn 02 ngày làm việc và không quá 05 ngày làm việc kể từ ngày …": a range
    r"(?:\s+và\s+không\s+quá\s+\d{1,2}\s+ngày\s+làm\s+việc)?"
    r"(?:\s*,?\s*(?:k[ểê]\s+)?từ\s+(?P<start>(?:ngày|khi)\s[^.;,]{0,80})"
    # "chậm nhất 03 ngày làm việc trước ngày họp", "… sau khi kết thúc chuyến công tác"
    r"|\s+(?P<around>(?:trước|sau)\s+(?:khi|ngày)\s+(?!\d)[^.;,]{1,80}))?",
    re.IGNORECASE,
)
# (not "ngày ban hành quyết định thu hồi …", "ngày ký văn bản chấp thuận", "ngày ký thỏa
# thuận thay đổi …", "ngày ký hợp đồng": another paper's day)
_OTHER_PAPER = (
    r"(?!\s+(?-i:(?:quyết\s+định|văn\s+bản)\s+(?!này\b)[a-zđà-ỹ]"
    r"|(?:th[ỏo]a\s+thuận|thoả\s+thuận|hợp\s+đồng|biên\s+bản)\b))"
)
# (not "ngày quyết định có hiệu lực", "ngày quyết định thu hồi có hiệu lực": a decision taken
# under the text comes into force, not the text itself, "Quyết định này", "Quyết định"; nor
# "ngày hợp đồng có hiệu lực": a contract's day)
_DOCUMENT_DAY = re.compile(
    r"ngày\s+(?:(?:ký|ban\s+hành)"
    + _OTHER_PAPER
    + r"|(?!(?-i:(?:quyết\s+định|văn\s+bản)\s+(?!này\b)|hợp\s+đồng\b|giấy\s+phép\b))"
    r"[^.;,]{0,40}?có\s+hiệu\s+lực)",
    re.IGNORECASE,
)


def working_days(text: str, default_year: int | None) -> FoundDeadline | None:
    """A number of working days: from the document's date (signing, issue, entry into
    force, or no day named) they give a date once that date is known; from any other day
    they give none, with a review note."""
    match = _WORKING_DAYS.search(text)
    if match is None:
        return None
    days, start = int(match.group("n")), match.group("start")
    phrase = phrase_of(text, match.start(), match.end())
    if match.group("around") is not None:
        # before or after an event the text does not date: due on that event
        review = f"'{phrase}': {days} working days around an event; no date set"
        around = squash(match.group("around"))
        return FoundDeadline("event", phrase, milestone=around, review=review)
    if start is not None and not _DOCUMENT_DAY.match(start):
        # a term from an event ("kể từ ngày nhận đủ hồ sơ"): due on that event, no date set
        review = f"'{phrase}': {days} working days from a day the text does not give; no date set"
        return FoundDeadline("event", phrase, milestone=squash(start), review=review)
    review = f"'{phrase}': {days} working days counted from the document's date, weekends skipped"
    if start is None:
        review += " (no day named)"
    elif "hiệu lực" in start.lower():
        review += " (taken as the day it comes into force)"
    unnamed = start is None
    return FoundDeadline("absolute", phrase, review=review, working_days=days, day_unnamed=unnamed)


# "Điều 5.3.a", "Điều 1.5.b, ý 3": a clause under an article's khoản
_UNDER_KHOAN = re.compile(r"^Điều\s+\d+\w*\.\d")


@overload
def step_term(found: FoundDeadline, clause: str) -> FoundDeadline: ...
@overload
def step_term(found: None, clause: str) -> None: ...
def step_term(found: FoundDeadline | None, clause: str) -> FoundDeadline | None:
    """``found`` read as a step of a procedure when it counts working days from no named day
    in a khoản of an article ("a) Trong thời hạn không quá 02 ngày làm việc, Cục trưởng …
    báo cáo …"): a rule's steps count from the step before, which the text does not date,
    so the term is an event, not days from the document's date. A bare article of a decision
    ("Điều 2. Giao Sở Tài chính … trong thời hạn 03 ngày làm việc …") is its own work and
    keeps the document's date."""
    if found is None or not found.day_unnamed or not _UNDER_KHOAN.match(clause):
        return found
    review = f"'{found.text}': working days from the step before, which the text does not date"
    return FoundDeadline("event", found.text, milestone=found.text, review=review)


# "trong thời hạn 60 ngày kể từ ngày Quy chế này được ban hành", "30 ngày kể từ ngày ký":
# days from the document's own date (from any other day, "kể từ ngày nhận đủ hồ sơ", the
# text gives no date: not read here)
_CALENDAR_DAYS = re.compile(
    r"(?<!\d)(?P<n>\d{1,3})\s+ngày\s*,?\s*(?:kể\s+)?từ\s+ngày\s+"
    r"(?:(?:ký|ban\s+hành)"
    + _OTHER_PAPER
    + r"|(?:[^\s.;,]+\s+){1,3}này\s+(?:được\s+)?(?:ký|ban\s+hành|có\s+hiệu\s+lực))\b",
    re.IGNORECASE,
)


def calendar_days(text: str, default_year: int | None) -> FoundDeadline | None:
    """A number of days from the document's date: a date once that date is known."""
    match = _CALENDAR_DAYS.search(text)
    if match is None:
        return None
    days = int(match.group("n"))
    phrase = phrase_of(text, match.start(), match.end())
    review = f"'{phrase}': {days} days counted from the document's date"
    return FoundDeadline("absolute", phrase, review=review, calendar_days=days)


@overload
def date_counted_days(found: FoundDeadline, issued: dt.date | None) -> FoundDeadline: ...
@overload
def date_counted_days(found: None, issued: dt.date | None) -> None: ...
def date_counted_days(found: FoundDeadline | None, issued: dt.date | None) -> FoundDeadline | None:
    """``found`` with its due date set when it counts working days (Saturdays and Sundays
    skipped; public holidays are not known here) or calendar days from ``issued``."""
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
