"""Short names a document defines for a body: "X (sau đây gọi tắt là Y)", "X (gọi tắt là Y)".

A decision that sets up a body names it in full once and then by a short name: "Ban Quản
lý Khu kinh tế mở Chu Lai thành phố Đà Nẵng (sau đây gọi tắt là Ban Quản lý)", and later
"Trưởng ban Ban Quản lý trình …". :func:`defined_names` finds those pairs, so that the
short name resolves to the body named in full.
"""

from __future__ import annotations

import re

from cascade.extract.orgs import parse_org_list
from cascade.extract.text import fold, squash

_DEFINED = re.compile(
    r"\(\s*(?:(?:sau\s+đây|dưới\s+đây)\s+(?:gọi\s+tắt\s+là|viết\s+tắt\s+là|gọi\s+là)"
    r"|gọi\s+tắt\s+là|viết\s+tắt\s+là)\s*:?\s*"
    r"[“\"]?(?P<short>[A-ZĐÀ-Ỹ][^)”\"]{1,60}?)[”\"]?\s*\)",
)


def defined_names(text: str) -> list[tuple[str, str]]:
    """(short name, full name) for each body the text names in full and then defines a
    short name for; the full name is the one that ends right before the brackets."""
    pairs: list[tuple[str, str]] = []
    for match in _DEFINED.finditer(text):
        short = squash(match.group("short")).strip()
        before = squash(text[max(0, match.start() - 240) : match.start()]).rstrip()
        at = before.rfind(short)
        if at < 0 or (at > 0 and before[at - 1].isalnum()):
            continue
        full = before[at:]
        mentions, end = parse_org_list(full)
        if len(mentions) != 1 or end < len(full) - 1 or fold(mentions[0].text) == fold(short):
            continue
        pairs.append((short, mentions[0].text))
    return pairs
