"""The officer of an administrative procedure, named by the power to receive and settle it:
"Người có thẩm quyền tiếp nhận, giải quyết thủ tục hành chính khai thác, sử dụng thông tin
…", "…, người có thẩm quyền tiếp nhận, giải quyết thủ tục hành chính phải có thông báo …".

Decrees that move a procedure online name the person who handles a file by that power, a
name that holds verbs of its own ("tiếp nhận", "giải quyết") and a comma. The name reader
stopped at "Người có thẩm quyền" and read the rest as the work. Like the one-stop officer
(:mod:`.one_stop`), such a person only ever acts: the name runs to "thủ tục hành chính", and
the words after it are his step whatever the verb.
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention
from cascade.extract.text import squash

_ACT = r"(?:tiếp\s+nhận|giải\s+quyết)"
_OFFICER = re.compile(
    rf"^(?P<name>[Nn]gười\s+có\s+thẩm\s+quyền\s+{_ACT}(?:(?:,\s*|\s+và\s+){_ACT})?"
    r"\s+(?:hồ\s+sơ\s+)?thủ\s+tục\s+hành\s+chính)"
    # his step follows (not the name going on: "… thủ tục hành chính của …", "… đó")
    r"(?=\s+(?!(?:của|tại|theo|về|đối\s+với|trong|cho|thuộc|đó|này|liên|được|bị|là|không|và"
    r"|hoặc)\b)[a-zđà-ỹ])"
)


def procedure_officer(text: str) -> tuple[list[Mention], int] | None:
    """The officer ``text`` opens with (see the module), and where the name ends; None
    otherwise."""
    match = _OFFICER.match(text)
    if match is None:
        return None
    end = match.end("name")
    return [Mention(squash(text[:end]), 0, end)], end


def is_procedure_officer(name: str) -> bool:
    """True when ``name`` is such an officer (the words after the name are his step)."""
    name = squash(name)
    found = procedure_officer(name + " x")
    return found is not None and found[1] == len(name)
