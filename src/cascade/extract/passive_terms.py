"""A term in a passive sentence after the work it dates: "3. Báo cáo cung cấp thông tin tài
chính được gửi cho cơ quan … trước ngày 05 tháng 4 năm sau."

A decree may say first who provides a paper (each in a clause of its own: "1. Bộ X chỉ đạo,
tổ chức thực hiện cung cấp … qua Báo cáo cung cấp thông tin tài chính của …", "2. Đơn vị Y
cung cấp Báo cáo cung cấp thông tin tài chính …"), then, in a later clause with no body,
when the paper is sent. That day is the term of the work before it in the same article that
names the paper and has no time of its own. Only a paper sent ("được gửi / nộp") on a day
counts: "Việc đối soát … được thực hiện hằng năm" says how often something is done, not
when a paper is due.
"""

from __future__ import annotations

import re

from cascade.extract.deadlines import find_deadline
from cascade.extract.drafts import DraftTask
from cascade.extract.found_deadline import FoundDeadline
from cascade.extract.text import fold, squash
from cascade.extract.units import Unit, clause_name

_SENT_BY = re.compile(
    r"^(?P<paper>(?-i:[A-ZĐ])[^.;,:]{3,80}?)\s+được\s+(?:gửi|nộp)\s+(?:cho|về|đến|tới)\s"
    r"[^.;]{3,160}?\s(?P<term>(?:trước|chậm\s+nhất)\s+(?:ngày\s+)?\d[^.;]*)",
    re.IGNORECASE,
)


def sent_on_a_day(sentence: str, default_year: int | None) -> tuple[str, FoundDeadline] | None:
    """The paper a passive sentence sends and the day it is due by, if it is one."""
    match = _SENT_BY.match(sentence.strip())
    if match is None:
        return None
    found = find_deadline(match.group("term"), default_year)
    if found is None or found.kind not in {"recurring", "absolute"}:
        return None
    return squash(match.group("paper")), found


def names_paper(action: str, paper: str) -> bool:
    """True when ``action`` names ``paper`` (its words, whatever their case)."""
    return fold(paper) in fold(squash(action))


def date_work_above(
    units: list[Unit],
    unit: Unit,
    sentence: str,
    tasks: list[DraftTask],
    own_deadline: set[int],
    default_year: int | None,
) -> None:
    """When ``sentence`` (the first of ``unit``) sends a paper by a day, give that day to
    the tasks read so far in ``unit``'s article that name the paper and have no time."""
    if unit.kind != "number":
        return
    sent = sent_on_a_day(sentence, default_year)
    article = unit
    while article.kind != "article" and article.parent is not None:
        article = units[article.parent]
    if sent is None or article.kind != "article":
        return
    paper, found = sent
    within = clause_name(units, article) + "."
    for task in tasks:
        dated = task.deadline is not None or id(task) in own_deadline
        if task.clause.startswith(within) and not dated and names_paper(task.action, paper):
            task.deadline = found
            own_deadline.add(id(task))
