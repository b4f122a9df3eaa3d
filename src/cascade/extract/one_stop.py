"""The officer of a one-stop unit named by where he works: "công chức Bộ phận Một cửa của Ngân
hàng Nhà nước thực hiện đóng hồ sơ …", "công chức Bộ phận Một cửa thực hiện …".

A procedure hands the closing or return of a file to the officer at the unit that takes it in;
the officer is named by that unit and the body it belongs to, and, like a person named by
function in a procedure (:mod:`.procedure_persons`), only ever acts: the words after the name
are his step.
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.text import squash

_OFFICER = re.compile(
    r"^(?:[Cc]án\s+bộ,\s*)?[Cc]ông\s+chức(?:,\s*viên\s+chức)?\s+(?:tại\s+)?"
    r"[Bb]ộ\s+phận\s+[Mm]ột\s+cửa"
)
_OF = re.compile(r"\s+của\s+(?=[A-ZĐ])")
_STEP = re.compile(r"\s+[a-zđà-ỹ]")


def one_stop_officer(text: str) -> tuple[list[Mention], int] | None:
    """The one-stop officer ``text`` opens with, and where the name ends; None otherwise."""
    match = _OFFICER.match(text)
    if match is None:
        return None
    end = match.end()
    of = _OF.match(text, end)
    if of is not None:
        # the body the unit belongs to, by its name ("của Ngân hàng Nhà nước")
        found, found_end = parse_org_list(text[of.end() :])
        if found:
            end = of.end() + found_end
    if not _STEP.match(text, end):
        return None
    name = text[:end]
    return [Mention(squash(name), 0, end)], end


def is_one_stop_officer(name: str) -> bool:
    """True when ``name`` is such an officer (the words after the name are his step)."""
    name = squash(name)
    found = one_stop_officer(name + " x")
    return found is not None and found[1] == len(name)
