"""Work handed on by authorisation: "Chánh Văn phòng X ủy quyền cho Cục trưởng Cục Y, ban
thường vụ tỉnh ủy (…) ủy quyền cho chánh văn phòng tỉnh ủy thực hiện các nhiệm vụ:".

A lead-in that authorises bodies ("ủy quyền cho") to do the items below it gives those
items to the authorised bodies, not to whom authorises them or to the heading above. When
one lead-in holds several authorisations, each names its own delegate first and the
bodies after it may be the next authorisation's author.
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention, parse_org_list

_AUTHORISES = re.compile(r"(?<!\w)(?:ủy|uỷ)\s+quyền\s+cho\s+", re.IGNORECASE)
# what the delegates are to do: the items below ("thực hiện các nhiệm vụ:")
_DOES_ITEMS = re.compile(r"^\s*(?:\([^()]*\)\s*)?thực\s+hiện\b[^.;:]{0,60}:\s*$", re.IGNORECASE)


def authorised_bodies(text: str) -> list[Mention] | None:
    """The bodies a lead-in authorises to do the items below it, or None when ``text`` is
    no such lead-in."""
    found = list(_AUTHORISES.finditer(text))
    if not found:
        return None
    delegates: list[Mention] = []
    for at, match in enumerate(found):
        mentions, end = parse_org_list(text[match.end() :], lowercase_ok=True)
        if not mentions:
            return None
        if at < len(found) - 1:
            delegates.append(mentions[0])  # the rest may author the next authorisation
            continue
        if _DOES_ITEMS.match(text[match.end() + end :]) is None:
            return None
        delegates += mentions
    return delegates
