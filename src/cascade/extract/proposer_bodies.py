"""Who a procedure of setting up, reorganising or dissolving an organisation names by its
part in it: the proposer ("Cơ quan, tổ chức đề nghị thành lập tổ chức hành chính gửi 01 bộ
hồ sơ …", "cơ quan đề nghị thành lập tổ chức phải báo cáo …", "Cơ quan đề nghị thành lập có
trách nhiệm …"), the appraiser ("cơ quan, tổ chức thẩm định phải có văn bản thẩm định …")
and the decider ("cơ quan hoặc người có thẩm quyền ra quyết định thành lập").

Decrees on an organisation's life cycle hand each step to a kind of body ("cơ quan", "tổ
chức", "đơn vị") named by the part it plays: it proposes the change, appraises it or decides
it. The name reader stopped at the kinds and read the part as the work ("Cơ quan, tổ chức:
Đề nghị thành lập … gửi …"). Here the name runs over the part and what the change is about
("đề nghị thành lập tổ chức hành chính"), skipping the reference that says which proposer it
is ("quy định tại khoản 1 Điều này"), to the verb of the step. An applicant asking for a
service ("Cơ quan, tổ chức đề nghị cung cấp thông tin …") is no such party: only the acts of
an organisation's life cycle make a proposer.
"""

from __future__ import annotations

import re

from cascade.extract.competence_classes import LIFE_CYCLE_ACT, acts_row
from cascade.extract.orgs import Mention
from cascade.extract.text import squash

_KINDS = (
    r"(?:[Cc]ác\s+)?(?:[Cc]ơ\s+quan|[Tt]ổ\s+chức|[Đđ]ơn\s+vị)"
    r"(?:(?:,\s*|\s+(?:và|hoặc)\s+)(?:cơ\s+quan|tổ\s+chức|đơn\s+vị))*"
)
# the acts of an organisation's life cycle, one or several ("thành lập, tổ chức lại, giải thể")
# (a proposer may also propose a conversion, "chuyển đổi")
_ACTS = acts_row(rf"(?:{LIFE_CYCLE_ACT}|chuyển\s+đổi)")
# what the change is about: a kind of organisation and a few lower-case words
_OBJECT = r"(?:\s+(?:các\s+)?(?:tổ\s+chức|cơ\s+quan|đơn\s+vị)(?:\s+[a-zđà-ỹ]+){0,4}?)?"
_PART = (
    rf"{_KINDS}\s+đề\s+nghị\s+{_ACTS}{_OBJECT}"  # the proposer
    rf"|{_KINDS}\s+thẩm\s+định"  # the appraiser
    # the decider, by its power alone or with the act it decides
    rf"|(?:[Cc]ác\s+)?[Cc]ơ\s+quan\s+hoặc\s+người\s+có\s+thẩm\s+quyền"
    rf"(?:\s+quyết\s+định\s+{_ACTS}{_OBJECT})?"
)
# the verb the step opens with, or a word of duty ("tổ chức" not among them: it would end
# the name inside "đề nghị thành lập tổ chức hành chính")
_STEP = (
    r"phải|có\s+trách\s+nhiệm|gửi|xây\s+dựng|báo\s+cáo|trình|có\s+văn\s+bản|có\s+ý\s+kiến"
    r"|ra\s+quyết\s+định|lập|tổng\s+hợp|tiếp\s+thu|hoàn\s+thiện|bổ\s+sung|yêu\s+cầu"
    r"|thực\s+hiện|xem\s+xét|trả\s+lời|thông\s+báo"
)
# which proposer, by the clause that defines it: no part of the name
_WHICH = r"(?P<which>\s+quy\s+định\s+tại\s[^,;.:()]{1,60}?\s(?:Điều|Nghị\s+định|Thông\s+tư)\s+này)?"
_NAMED = re.compile(rf"^(?P<name>{_PART}){_WHICH}\s+(?=(?:{_STEP})\b)")


def named_by_proposal(text: str) -> tuple[list[Mention], int] | None:
    """The body ``text`` opens with when it is named by its part in setting up, reorganising
    or dissolving an organisation (see the module), and where its step starts; None when
    ``text`` opens otherwise."""
    match = _NAMED.match(text)
    if match is None:
        return None
    name = match.group("name")
    plural = name.lower().startswith("các ")
    end = match.end("which") if match.group("which") else match.end("name")
    return [Mention(squash(name), 0, len(name), plural=plural)], end
