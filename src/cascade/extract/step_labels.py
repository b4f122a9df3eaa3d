"""Numbered steps of a procedure a regulation lays down ("a) Bước 1: Trung tâm lập đề án …",
"Bước 5: Đàm phán hợp đồng: Đơn vị hoặc tổ công tác lựa chọn …").

A step of an administrative procedure ("Bước 2: Chuyên viên … thẩm định hồ sơ") says how work
runs and is skipped (tasks.py); a step that names the body doing it, after its label and an
optional short title ("Đàm phán hợp đồng:"), is that body's work like any other sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cascade.extract.headings import Context
from cascade.extract.subjects import Who, who_acts
from cascade.extract.text import split_sentences
from cascade.extract.units import Unit

# "Bước 1:", "Bước 3." (the label), then an optional short title ending in ":" before a
# capitalised sentence ("Lập phương án cho thuê tài sản: Giám đốc Trung tâm giao …")
_LABEL = re.compile(r"^[*_\s]*Bước\s+(?P<n>\d{1,2})\s*[*_]*\s*[.:]\s*[*_]*\s*")
# the time a step of an administrative procedure's workflow takes ("… trình lãnh đạo ký: 0,75
# ngày làm việc."): the office's internal routine, no duty the text lays down
_STEP_TIME = re.compile(r":\s*\d+(?:[,.]\d+)?\s*(?:ngày|giờ|buổi)\b")
_TITLE = re.compile(r"^(?P<title>[^.:;()]{3,90}?):\s+(?=[A-ZĐÀ-Ỹ])")


def step_number(text: str) -> int | None:
    """The number of the step ``text`` opens with, or None when it is no step."""
    label = _LABEL.match(text)
    return int(label.group("n")) if label is not None else None


def step_content(text: str) -> str | None:
    """The work of a step after its label and title, or None when ``text`` is no step."""
    label = _LABEL.match(text)
    if label is None or _STEP_TIME.search(text):
        return None
    rest = text[label.end() :]
    title = _TITLE.match(rest)
    if title is not None and len(title.group("title").split()) <= 12:
        rest = rest[title.end() :]
    return rest.strip()


# a lead-in that opens with the case its steps cover: "Trường hợp tài sản … dưới 10 tỷ đồng,
# thực hiện như sau:", "a) Đối với trường hợp cho thuê … /01 lần thuê, thực hiện như sau:"
_CASE_LEAD_IN = re.compile(
    r"^(?P<case>(?:Đối\s+với\s+)?(?:trường\s+hợp|khi)\s[^:;]{3,400}?)\s*,\s*"
    r"(?:thì\s+)?(?:thực\s+hiện|tiến\s+hành)\s+(?:như\s+sau|các\s+bước\s+sau)\s*:\s*$",
    re.IGNORECASE,
)


def steps_case(units: Sequence[Unit], unit: Unit) -> str:
    """The case the lead-in over a step covers ("Trường hợp …"), or "": the steps are
    done when it arises. Steps nested under an earlier step look past it."""
    parent = unit.parent
    while parent is not None and step_number(units[parent].text) is not None:
        parent = units[parent].parent
    if parent is None:
        return ""
    found = _CASE_LEAD_IN.match(units[parent].text.strip())
    return found.group("case") if found else ""


class Steps:
    """The steps of a procedure read as work so far, in document order."""

    def __init__(self) -> None:
        self.last: tuple[int | None, int] = (None, -1)  # number and unit of the last step
        self.carried: dict[int, Who] = {}  # a subjectless step's body, from the step before
        self.read: set[int] = set()  # the units read as steps

    def work(self, unit: Unit, text: str, context: Context, subjects: dict[int, Who]) -> str:
        """The work of the step ``text`` opens with, or "" when it is read as none: its first
        sentence names the body that does it, or it has no subject and the step just before
        it named one (``subjects``: the body each unit named), whose work it goes on with."""
        step = step_content(text)
        if not step:
            return ""
        number = step_number(text)
        last, self.last = self.last, (number, unit.index)
        sentences = split_sentences(step)
        who = who_acts(sentences[0], context, None) if sentences else None
        if who is None or not who.mentions or not who.subject:
            carried = subjects.get(last[1]) if number and last[0] == number - 1 else None
            if carried is None or (who is not None and who.mentions):
                return ""
            self.carried[unit.index] = carried
        self.read.add(unit.index)
        return step
