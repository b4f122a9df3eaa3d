"""Kinds of body listed before a colon, then their work: "Cơ quan Trung ương, các cơ quan
báo chí, tổ chức xã hội ở trong nước, nước ngoài và cơ quan, đơn vị có liên quan: xem xét,
có văn bản đề nghị …".

A procedure's step may name who does it as a label: a list of kinds of body, each part
opening with its kind ("cơ quan", "tổ chức" …), then a colon and a verb. The name reader
stops at the first part it cannot read as a name; here every part is a lead. A part that
opens with no kind goes on the part before it ("… ở trong nước, nước ngoài"), and kinds
alone before a kind that says which are one group ("cơ quan, đơn vị, tổ chức có liên
quan"). Read only when the name reader does not reach the colon by itself.
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.text import squash
from cascade.extract.verb_start import leading_verb

_LABEL = re.compile(r"^(?P<label>[^:;.()]{1,300}?)\s*:\s*(?=\S)")
# kinds of body or person in lower case, as a pattern's alternatives (also whose use an
# article's title names, :mod:`.user_titles`)
BODY_KINDS = r"cơ\s+quan|đơn\s+vị|tổ\s+chức|cá\s+nhân|doanh\s+nghiệp"
# a part may open with a kind; a bare one (no "các", not an association) may be grouped
# with the part after it
_KIND = re.compile(rf"(?:các\s+)?(?:{BODY_KINDS}|hiệp\s+hội)(?!\w)", re.IGNORECASE)
_BARE = re.compile(rf"(?:{BODY_KINDS})")
_SEPARATOR = re.compile(r",\s*|\s+và\s+")


def kinds_before_colon(text: str) -> tuple[list[Mention], int] | None:
    """The kinds of body ``text`` lists before a colon and a verb, and where the colon's
    work starts; None when ``text`` has another shape or the name reader reads it whole."""
    label = _LABEL.match(text)
    if label is None or not _work_follows(text[label.end() :]):
        return None
    if parse_org_list(text)[1] >= label.end("label"):
        return None  # "Sở Tư pháp, các cơ quan báo chí: …": names read as they are
    parts: list[list[int]] = []  # [start, end] of each part
    start = 0
    end_of_label = label.end("label")
    for sep in [*_SEPARATOR.finditer(text, 0, end_of_label), None]:
        stop = sep.start() if sep is not None else end_of_label
        if _KIND.match(text, start):
            parts.append([start, stop])
        elif parts and len(text[start:stop].split()) <= 3 and not leading_verb(text[start:stop]):
            parts[-1][1] = stop  # "… ở trong nước, nước ngoài": goes on the part before
        else:
            return None
        start = sep.end() if sep is not None else stop
    if len(parts) < 2:
        return None
    return _grouped(text, parts), label.end()


def _work_follows(work: str) -> bool:
    """True when ``work`` opens in lower case with a verb, or with a short verb and a comma
    before one ("xét, có văn bản đề nghị …")."""
    first, _, rest = work.partition(",")
    if not work[:1].islower():
        return False
    if leading_verb(work, max_words=4) is not None:
        return True
    return len(first.split()) <= 2 and leading_verb(rest, max_words=3) is not None


def _grouped(text: str, parts: list[list[int]]) -> list[Mention]:
    """One mention per part; kinds alone before the last part, which says which, are one
    group with it ("cơ quan, đơn vị, tổ chức có liên quan")."""
    mentions: list[Mention] = []
    bare_from: int | None = None
    for begin, end in parts:
        if _BARE.fullmatch(text[begin:end]):
            bare_from = begin if bare_from is None else bare_from
            continue
        begin = bare_from if bare_from is not None else begin
        bare_from = None
        name = squash(text[begin:end])
        plural = name.lower().startswith("các ") or "," in name
        mentions.append(Mention(name, begin, end, plural=plural))
    return mentions
