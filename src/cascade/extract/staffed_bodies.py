"""A body named by the staff it has: "Cơ quan có công chức, viên chức chuyên ngành kiểm soát
viên chất lượng chịu trách nhiệm trang bị …", "Đơn vị có cán bộ được cử đi học có trách nhiệm
…". The name reader stops at "có" (a verb elsewhere); here the staff says which body, so the
name runs to the word of duty.
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention
from cascade.extract.text import squash

_STAFFED = re.compile(
    r"^(?P<name>(?:[Cc]ác\s+)?(?:[Cc]ơ\s+quan|[Đđ]ơn\s+vị)(?:,\s*(?:cơ\s+quan|đơn\s+vị))*"
    r"\s+có\s+(?:công\s+chức|viên\s+chức|cán\s+bộ|người\s+lao\s+động)\b[^.;:()]{0,120}?)"
    r"(?=\s+(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|có\s+nhiệm\s+vụ|phải)\s)"
)


def staffed_named(text: str) -> tuple[list[Mention], int] | None:
    """The body ``text`` opens with when it is named by the staff it has, and where its name
    ends (before the word of duty); None when ``text`` opens otherwise."""
    match = _STAFFED.match(text)
    if match is None:
        return None
    name = match.group("name")
    plural = name.lower().startswith("các ")
    return [Mention(squash(name), 0, len(name), plural=plural)], len(name)
