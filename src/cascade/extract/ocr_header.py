"""An official document whose header the OCR garbled, recognised by its structure.

A scanned letter run through OCR often loses exactly the lines that tell an official
document at a glance: the number ("Số: …" read as "——; /CT- a"), the place and date line
("a Nội, ngà ing 3 năm 2"), the motto, the signer's name; its title may come out run into
a received stamp ("DEN i: : _¬ CHỈ THỊ"). The body is still clear. :func:`garbled_structure`
says whether the text still has the structure of a document (a kind's title or a "V/v"
subject line, numbered items, and a distribution list, a signing mark or the motto), so that
it is drafted with review notes instead of refused; :func:`kind_from_garbled_title` reads
the kind from such a title line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cascade.extract.header import TITLES, Header
from cascade.extract.layout import MARKER, Layout
from cascade.extract.text import LOWER

# how far into the text the title and the subject line are looked for
_HEAD = 3000

_KIND_WORDS = "|".join(re.escape(title) for title, _ in TITLES)
# a line that ends with a kind's title in capitals, after at most a short run of scanner
# noise: "DEN i: : _¬ CHỈ THỊ" (the noise has no lowercase word of three letters or more,
# so "Thủ tướng vừa ký Chỉ thị" or "… theo CHỈ THỊ" in a sentence is no title)
_GARBLED_TITLE = re.compile(
    rf"^(?P<noise>[^\n]{{0,30}}?)(?<![^\W\d_])(?P<title>{_KIND_WORDS})[^\S\n]*$", re.MULTILINE
)
_PROSE_WORD = re.compile(rf"[{LOWER}]{{3,}}")
_SUBJECT_LINE = re.compile(r"(?:^|[^\S\n])V/v[^\S\n]+\S", re.MULTILINE)
_NUMBERED_ITEM = re.compile(r"^[^\S\n]*(?P<n>\d{1,2})[.)/][^\S\n]+\S", re.MULTILINE)
_DISTRIBUTION = re.compile(r"^[^\S\n]*N[oơ]i\s*nhận\s*:?", re.IGNORECASE | re.MULTILINE)
_MOTTO = re.compile(r"Độc\s+lập\s*[-–—]\s*Tự\s+do", re.IGNORECASE)


@dataclass(frozen=True)
class GarbledTitle:
    """A kind's title read from a line it shares with OCR noise."""

    kind: str
    title: str
    line: str


def garbled_title(text: str) -> GarbledTitle | None:
    """The first line near the top ending with a kind's title (noise before it allowed)."""
    for match in _GARBLED_TITLE.finditer(text[:_HEAD]):
        if _PROSE_WORD.search(match.group("noise")):
            continue
        word = match.group("title")
        return GarbledTitle(dict(TITLES)[word], word, match.group(0).strip())
    return None


def _numbered_items(text: str) -> bool:
    """Items numbered 1 and 2 at the start of their lines."""
    numbers = {match.group("n") for match in _NUMBERED_ITEM.finditer(text)}
    return {"1", "2"} <= numbers


def garbled_structure(text: str, layout: Layout) -> list[str]:
    """What shows the text is an official document when its header cannot be read: a
    kind's title or a "V/v" subject line, numbered items, and a distribution list (even
    "Noi nhận"), a signing mark or the motto. Empty when any of the three is missing."""
    head = text[:_HEAD]
    title = garbled_title(text)
    opening = (
        f"the title '{title.line}'"
        if title is not None
        else "a subject line 'V/v …'"
        if _SUBJECT_LINE.search(head)
        else None
    )
    closing = (
        "a distribution list"
        if _DISTRIBUTION.search(text)
        else "a signing mark"
        if any(MARKER.search(line) for line in layout.tail)
        else "the motto"
        if _MOTTO.search(head)
        else None
    )
    if opening is None or closing is None or not _numbered_items(text):
        return []
    return [opening, "numbered items", closing]


def guess_kind(header: Header, text: str) -> None:
    """The kind of a document whose header was not read, from a garbled title line; a
    review note either way (the header reader's kind is then a guess)."""
    title = garbled_title(text)
    if title is None:
        header.reviews.append(f"no title line found: the kind '{header.kind}' is a guess")
        return
    header.kind = title.kind
    header.title = title.title.capitalize()
    header.reviews.append(f"kind '{title.kind}' read from the title line '{title.line}'")
