"""The verb "tổ chức" (to organise, to hold) opening a task, told from a body called
"Tổ chức": "Tổ chức, quán triệt và giao nhiệm vụ …", "Tổ chức quán triệt sâu sắc, tổ chức
triển khai …" (below a lead-in whose items may name their own bodies, the word would
otherwise be read as a body in lower case); and "tổ chức lại" (to reorganise), never a body:
"quyết định thành lập, tổ chức lại, giải thể tổ chức …" lists acts, not bodies after a comma;
nor is "tổ chức" before what it organises ("…, tổ chức đối thoại tại nơi làm việc", "Căn cứ
vào tổ chức sản xuất, tổ chức lao động, …")."""

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
# what "tổ chức" organises when it is no body: a meeting or a dialogue it holds ("…, tổ chức
# đối thoại tại nơi làm việc"), or how work, staff or production are organised ("Căn cứ vào
# tổ chức sản xuất, tổ chức lao động, công ty …"); not "tổ chức tín dụng", "tổ chức kiểm
# định", "tổ chức đại diện …", kinds of body
_ORGANISED = re.compile(
    r"^tổ\s+chức\s+(?:đối\s+thoại|hội\s+nghị|hội\s+thảo|tọa\s+đàm|tập\s+huấn|diễn\s+tập"
    r"|sản\s+xuất|lao\s+động|bộ\s+máy|cán\s+bộ)\b"
)


def organising_act(mentions: list[Mention]) -> bool:
    """True when the first body read after a comma is the verb "tổ chức lại" ("… quyết định
    thành lập, tổ chức lại, giải thể tổ chức …": the comma sits in a row of acts), or "tổ
    chức" in lower case before what it organises (a meeting, the labour, the staff: see
    _ORGANISED), a verb or a noun of management; the next comma may open the subject."""
    if not mentions:
        return False
    name = mentions[0].text
    return _REORGANISE.match(name) is not None or _ORGANISED.match(name) is not None
