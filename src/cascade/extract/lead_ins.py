"""A paragraph that leads in to the numbered parts after it, not to items of its own.

A telegram or a letter asks its addressees "… tập trung hoàn thành ngay một số nhiệm vụ cụ
thể như sau:" and then sets the work out in parts of their own ("**I. VỀ HOÀN THIỆN THỂ
CHẾ**", "1. Bộ trưởng các Bộ …"), which the structure may read as the paragraph's siblings
or as its children: either way the paragraph is no task; its work is the parts'.

More generally, a text ending with ":" leads in to the items below it when they are tasks
(:func:`introduces_tasks`); when they are not (a list of documents to study), the text is a
task itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cascade.extract.authorised import authorised_bodies
from cascade.extract.heading_roles import named_lead_in
from cascade.extract.listed_below import work_over_list
from cascade.extract.no_work import lists_objects
from cascade.extract.orgs import parse_org_list
from cascade.extract.units import Unit
from cascade.extract.verb_start import leading_verb

# the lead-in says the work follows: "… như sau:", "… sau đây:", "… trọng tâm sau:"
_FOLLOWS = re.compile(r"\s(?:như\s+)?sau(?:\s+đây)?\s*:\s*$", re.IGNORECASE)
# the parts it leads in to: headings, Roman parts, articles, numbered items on its own level
# or above; below it only parts of a higher rank than numbered items (a "1." below "… như
# sau:" may list what the work covers)
_PART_KINDS = {"heading", "roman", "article", "number"}
_CHILD_PART_KINDS = {"heading", "roman", "article"}


def parts_follow(units: Sequence[Unit], unit: Unit, action: str) -> bool:
    """True when ``unit``, a paragraph whose ``action`` ends "… (như) sau:", is followed at
    once by a part of its own (a Roman part below it, or a numbered part on its level)."""
    if unit.kind != "para" or not _FOLLOWS.search(action):
        return False
    following = unit.index + 1
    if following >= len(units):
        return False
    part = units[following]
    if part.parent == unit.index:
        return part.kind in _CHILD_PART_KINDS
    return part.kind in _PART_KINDS and part.parent in _ancestors(units, unit)


# "1. Trình Ủy ban nhân dân cấp tỉnh:" over "a) Dự thảo quyết định …": the line names only
# whom the papers below go to; each paper is the work
_SUBMIT_TO = re.compile(r"^Trình\s+(?=\S)", re.IGNORECASE)
_PAPER = re.compile(
    r"^(?:Các\s+)?(?:Dự\s+thảo|Đề\s+án|Quy\s+hoạch|Kế\s+hoạch|Chương\s+trình|Phương\s+án)\s",
    re.IGNORECASE,
)


def _submits_papers(units: Sequence[Unit], unit: Unit, action: str) -> bool:
    """True when ``action`` is "Trình <body>:" and nothing more, over papers."""
    submit = _SUBMIT_TO.match(action)
    if submit is None:
        return False
    mentions, end = parse_org_list(action[submit.end() :])
    if not mentions or action[submit.end() + end :].strip(" :"):
        return False
    return all(_PAPER.match(units[child].text) for child in unit.children)


def introduces_tasks(units: Sequence[Unit], unit: Unit, action: str) -> bool:
    """True when a text ending with ':' leads in to items below that are tasks; when they
    are not ("Nghiên cứu, quán triệt … các văn bản sau:" then a list of documents), the
    text is a task itself."""
    verb = leading_verb(action)
    core = action[verb.start :] if verb is not None else action  # "tập trung" aside
    if parts_follow(units, unit, action):
        return True  # "… tập trung hoàn thành một số nhiệm vụ như sau:" over Roman parts
    if not unit.children or lists_objects(action) or work_over_list(action):
        return False  # the items are what the work covers, holds or answers: it is the task
    if _submits_papers(units, unit, action):
        return True
    if authorised_bodies(action):
        return True  # "A ủy quyền cho B thực hiện các nhiệm vụ:", however long
    if len(core) >= 200:
        return False
    if unit.numbered and named_lead_in(unit.text) is not None:
        return True  # "8. Cục A, Cục B: Tham mưu … chỉ đạo các cơ quan báo chí:" over bullets
    for child in unit.children:
        text = units[child].text
        if units[child].kind == "label" or leading_verb(text, max_words=6) is not None:
            return True
        if parse_org_list(text)[0] or text.rstrip().endswith(":"):
            return True
    return False


def _ancestors(units: Sequence[Unit], unit: Unit) -> set[int | None]:
    """The units ``unit`` stands under, and None (the top of the body)."""
    found: set[int | None] = {None}
    parent = unit.parent
    while parent is not None and parent not in found:
        found.add(parent)
        parent = units[parent].parent
    return found
