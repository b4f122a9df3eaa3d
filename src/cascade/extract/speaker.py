"""Who speaks in a document whose header is lost: "Sở Nội vụ đề nghị …", "UBND Thành phố
yêu cầu …".

A crawl may start at the title or at "Kính gửi", without the issuer's name. The body then
still names its issuer where it hands work on: in the opening paragraphs, the body right
before "yêu cầu", "đề nghị", "giao" or "chỉ đạo" is the one that speaks.
"""

from __future__ import annotations

import re

from cascade.extract.orgs import parse_org_list
from cascade.extract.text import squash

_HANDS_ON = re.compile(r"(?<!\w)(?:yêu cầu|đề nghị|giao|chỉ đạo|thông báo)(?!\w)")
# "Ủy ban nhân dân (UBND) thành phố Hà Nội": an abbreviation defined inside a name
_DEFINED = re.compile(r"\s*\([A-ZĐ&]{2,10}\)")
_CLAUSE_START = re.compile(r"(?:^|[,;.:]\s+)")
_OPENING_CHARS = 3000  # the opening paragraphs, before the numbered parts


def find_speaker(body: str) -> tuple[str, str] | None:
    """(name, phrase) of the body that hands work on in the opening of ``body``, or None."""
    opening = _DEFINED.sub("", squash(body[:_OPENING_CHARS]))
    for verb in _HANDS_ON.finditer(opening):
        starts = [m.end() for m in _CLAUSE_START.finditer(opening, 0, verb.start())]
        start = starts[-1] if starts else 0
        chunk = opening[start : verb.start()]
        mentions, end = parse_org_list(chunk)
        if len(mentions) == 1 and not chunk[end:].strip() and not mentions[0].plural:
            return mentions[0].text, squash(f"{chunk} {verb.group()}")
    return None
