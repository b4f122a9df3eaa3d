"""The verb "tổ chức" (to organise, to hold) opening a task, told from a body called
"Tổ chức": "Tổ chức, quán triệt và giao nhiệm vụ …", "Tổ chức quán triệt sâu sắc, tổ chức
triển khai …" (below a lead-in whose items may name their own bodies, the word would
otherwise be read as a body in lower case); and "tổ chức lại" (to reorganise), never a body:
"quyết định thành lập, tổ chức lại, giải thể tổ chức …" lists acts, not bodies after a comma."""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention
from cascade.extract.text import fold
from cascade.extract.verb_start import leading_verb

# "Tổ chức thực hiện dịch vụ … phải …": a kind of body named by what it does, then its duty
_DUTY_AFTER = re.compile(r"\s(?:phải|có trách nhiệm|có nghĩa vụ)\s", re.IGNORECASE)


def organise_verb(mentions: list[Mention], rest: str) -> bool:
    """True when the one body read, "Tổ chức", is the verb opening a row of verbs or
    followed by one ("quán triệt", "triển khai", "thực hiện" …)."""
    if len(mentions) != 1 or fold(mentions[0].text) != "to chuc":
        return False
    bare = not rest.startswith(",")  # "Tổ chức quán triệt …", no comma between
    if bare and (not rest.startswith(" ") or _DUTY_AFTER.search(rest.split(".")[0])):
        return False
    verb = leading_verb(rest.lstrip(" ,"), max_words=1)
    return verb is not None and verb.start == 0


# "tổ chức lại" (to reorganise), in a row of the acts of an organisation's life cycle
_REORGANISE = re.compile(r"^tổ\s+chức\s+lại\b", re.IGNORECASE)


def reorganise_verb(mentions: list[Mention]) -> bool:
    """True when the first body read is the verb "tổ chức lại" ("… quyết định thành lập, tổ
    chức lại, giải thể tổ chức …": the comma before it sits in a row of acts)."""
    return bool(mentions) and _REORGANISE.match(mentions[0].text) is not None
