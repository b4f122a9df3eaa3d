"""Short names a document defines for a body: "X (sau đây gọi tắt là Y)", "X (gọi tắt là Y)",
and a shorter form of a name in brackets right after it ("X ở nước ngoài (Y ở nước ngoài)").

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


# "cơ quan đại diện nước Cộng hoà xã hội chủ nghĩa Việt Nam ở nước ngoài (cơ quan đại diện
# Việt Nam ở nước ngoài)": a name, then in brackets a shorter form of it with no "gọi là"
_BARE_SHORT = re.compile(r"\((?P<short>[^()\d;:,.]{8,80})\)")


def bracketed_short_names(text: str) -> list[tuple[str, str]]:
    """(short name, full name) for each body named in full and then, in brackets, by a
    shorter form of its own words (the same first two and last words, the rest of the
    short form found in the full name in order)."""
    pairs: list[tuple[str, str]] = []
    for match in _BARE_SHORT.finditer(text):
        short = squash(match.group("short")).strip()
        words = fold(short).split()
        if not 3 <= len(words) <= 12:
            continue
        before = squash(text[max(0, match.start() - 240) : match.start()]).rstrip()
        folded = fold(before)
        at = folded.rfind(" ".join(words[:2]))
        if at < 0 or (at > 0 and folded[at - 1].isalnum()) or not folded.endswith(words[-1]):
            continue
        full_words = folded[at:].split()
        if len(full_words) <= len(words) or not _in_order(words, full_words):
            continue
        mentions, end = parse_org_list(before[at:], lowercase_ok=True)
        if len(mentions) != 1 or end < len(before) - at - 1:
            continue
        pair = (short, mentions[0].text)
        if pair not in pairs:
            pairs.append(pair)
    return pairs


def _in_order(words: list[str], within: list[str]) -> bool:
    """True when ``words`` occur in ``within`` in that order."""
    rest = iter(within)
    return all(word in rest for word in words)
