"""A body named by the staff or the assets it manages and uses directly: "Người đứng đầu
đơn vị sự nghiệp công lập trực tiếp quản lý, sử dụng viên chức … có trách nhiệm:", "Người
đứng đầu cơ quan có thẩm quyền quản lý đơn vị sự nghiệp công lập trực tiếp quản lý, sử dụng
viên chức … có trách nhiệm:".

The name reader stops at "quản lý" (a verb elsewhere) or reads only "cơ quan"; here the
relative clause "trực tiếp quản lý(, sử dụng) …" says which unit or body it is, so the name
runs past it to the word of duty. The head ("Người đứng đầu", "Thủ trưởng") stands for it.
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention
from cascade.extract.text import squash

_MANAGING = re.compile(
    r"^(?P<role>(?:[Tt]hủ\s+trưởng|[Nn]gười\s+đứng\s+đầu)\s+)?"
    r"(?P<name>(?:[Cc]ác\s+)?(?:[Cc]ơ\s+quan|[Đđ]ơn\s+vị|[Cc]ơ\s+sở)"
    # the kind's own words ("sự nghiệp công lập", "có thẩm quyền quản lý đơn vị …"), never a
    # word that joins a second body or a purpose
    r"(?:\s+(?!(?:và|với|hoặc|cho|để|của)\s)[a-zđà-ỹ]+){0,14}?"
    r"\s+trực\s+tiếp\s+quản\s+lý(?:,\s*sử\s+dụng)?\s+[^.;:,()]{1,120}?)"
    r"\s+(?:có|chịu)\s+trách\s+nhiệm(?=[\s:])"
)


def named_by_managed(text: str) -> tuple[list[Mention], int] | None:
    """The body ``text`` opens with when it is named by what it manages and uses directly
    up to its word of duty, and where the name ends; None when ``text`` opens otherwise."""
    match = _MANAGING.match(text)
    if match is None:
        return None
    name = match.group("name")
    role = squash(match.group("role")) if match.group("role") else None
    plural = name.lower().startswith("các ")
    mention = Mention(
        squash(name), match.start("name"), match.end("name"), plural=plural, role=role
    )
    return [mention], match.end("name")
