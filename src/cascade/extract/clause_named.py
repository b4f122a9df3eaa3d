"""A kind of body named by a clause of its own, up to its word of duty: the case it is
handling ("cơ quan công an đang thụ lý vụ việc có trách nhiệm xác nhận …", "Tòa án đang giải
quyết vụ án phải …") or the staff it has ("Cơ quan có công chức, viên chức chuyên ngành
kiểm soát viên chất lượng chịu trách nhiệm trang bị …").

The name reader stops at "đang" or at "có" (a verb elsewhere); here the clause says which
body, so it belongs to the name, which runs to the word of duty.
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention
from cascade.extract.text import squash

_TO_DUTY = r"(?=\s+(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|có\s+nhiệm\s+vụ|phải)\s)"
_HANDLING = re.compile(
    r"^(?P<name>(?:[Cc]ác\s+)?(?:[Cc]ơ\s+quan|[Tt]òa\s+án|[Đđ]ơn\s+vị)"
    # the kind's own words, in lower case ("cơ quan công an", "cơ quan thi hành án dân sự")
    r"(?:\s+[a-zđà-ỹ]+){0,5}?"
    r"\s+đang\s+(?:thụ\s+lý|giải\s+quyết|xử\s+lý|điều\s+tra|tổ\s+chức\s+thi\s+hành)"
    r"\s[^.;:(),]{1,60}?)" + _TO_DUTY
)
_STAFFED = re.compile(
    r"^(?P<name>(?:[Cc]ác\s+)?(?:[Cc]ơ\s+quan|[Đđ]ơn\s+vị)(?:,\s*(?:cơ\s+quan|đơn\s+vị))*"
    r"\s+có\s+(?:công\s+chức|viên\s+chức|cán\s+bộ|người\s+lao\s+động)\b[^.;:()]{0,120}?)" + _TO_DUTY
)


def named_by_clause(text: str) -> tuple[list[Mention], int] | None:
    """The body ``text`` opens with when it is named by the case it is handling or by the
    staff it has, and where its name ends (before the word of duty); None when ``text``
    opens otherwise."""
    match = _HANDLING.match(text) or _STAFFED.match(text)
    if match is None:
        return None
    name = match.group("name")
    plural = name.lower().startswith("các ")
    return [Mention(squash(name), 0, len(name), plural=plural)], len(name)
