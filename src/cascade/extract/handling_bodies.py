"""A body named by the case it is handling: "cơ quan công an đang thụ lý vụ việc có trách
nhiệm xác nhận …", "Tòa án đang giải quyết vụ án phải …". The name reader stops at "đang";
here the clause up to the word of duty says which body, so it belongs to the name.
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention
from cascade.extract.text import squash

_HANDLING = re.compile(
    r"^(?P<name>(?:[Cc]ác\s+)?(?:[Cc]ơ\s+quan|[Tt]òa\s+án|[Đđ]ơn\s+vị)"
    # the kind's own words, in lower case ("cơ quan công an", "cơ quan thi hành án dân sự")
    r"(?:\s+[a-zđà-ỹ]+){0,5}?"
    r"\s+đang\s+(?:thụ\s+lý|giải\s+quyết|xử\s+lý|điều\s+tra|tổ\s+chức\s+thi\s+hành)"
    r"\s[^.;:(),]{1,60}?)"
    r"(?=\s+(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|có\s+nhiệm\s+vụ|phải)\s)"
)


def handling_named(text: str) -> tuple[list[Mention], int] | None:
    """The body ``text`` opens with when it is named by the case it is handling, and where
    its name ends (before the word of duty); None when ``text`` opens otherwise."""
    match = _HANDLING.match(text)
    if match is None:
        return None
    name = match.group("name")
    plural = name.lower().startswith("các ")
    return [Mention(squash(name), 0, len(name), plural=plural)], len(name)
