"""The body a chapter's title names, owning the duty article under it that names no one.

A ministry's circular guiding the departments of the provinces prints one chapter per body:
"Chương I" / "SỞ TƯ PHÁP" over "Điều 1. Vị trí và chức năng" and "Điều 2. Nhiệm vụ và quyền
hạn", whose numbered items open on a verb with no subject ("1. Trình Ủy ban nhân dân cấp
tỉnh: …", "3. Hướng dẫn, kiểm tra …"). Those duties are the chapter's body's, as under a
title "Nhiệm vụ và quyền hạn của Sở Tư pháp" (:mod:`.heading_roles`).
"""

from __future__ import annotations

import re

from cascade.extract.layout import is_upper_text
from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.text import recase
from cascade.extract.units import Unit

# an article's title that is a list of duties and nothing else: "Nhiệm vụ và quyền hạn",
# "Nhiệm vụ, quyền hạn và trách nhiệm", "Chức năng, nhiệm vụ", "Trách nhiệm"
_OWNERLESS_DUTIES = re.compile(
    r"^(?:Chức\s+năng\s*(?:,|\s+và)\s*)?(?:Nhiệm\s+vụ|Quyền\s+hạn|Trách\s+nhiệm)"
    r"(?:\s*(?:,|\s+và)\s*(?:nhiệm\s+vụ|quyền\s+hạn|trách\s+nhiệm)){0,2}\s*[.:]?$",
    re.IGNORECASE,
)
_CHAPTER_MARK = re.compile(r"^(?:Chương|Phần)\s+(?:[IVXLC]{1,6}|\d{1,2})\s*[.:]?\s*", re.I)


def chapter_body(title: str, reference: str) -> Mention | None:
    """The one named body a chapter's title is, whole ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ
    HỘI", cased as ``reference`` writes it), or None ("TỔ CHỨC THỰC HIỆN")."""
    text = _CHAPTER_MARK.sub("", title.strip()).strip(" .:")
    if not text:
        return None
    if is_upper_text(text):
        text = recase(text, reference)
    mentions, end = parse_org_list(text)
    if len(mentions) != 1 or text[end:].strip(" .") or not mentions[0].text[:1].isupper():
        return None
    return mentions[0]


def chapter_owner(units: list[Unit], unit: Unit) -> Mention | None:
    """The body of the chapter above an article titled only with duties ("Điều 2. Nhiệm vụ
    và quyền hạn"), when the chapter's title names one; None otherwise. The chapter is the
    nearest heading before the article, or a paragraph "Chương I SỞ X" the crawl joined."""
    if unit.kind != "article" or not _OWNERLESS_DUTIES.match(unit.text.strip()):
        return None
    for above in reversed(units[: unit.index]):
        if above.kind == "heading" or (above.kind == "para" and _CHAPTER_MARK.match(above.text)):
            reference = "\n".join(u.text for u in units)
            return chapter_body(above.text, reference)
    return None
