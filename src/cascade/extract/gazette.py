"""The marks the Official Gazette's PDF text layer puts between and inside pages.

The Gazette ("Công báo") prints every page under a running header, ``CÔNG BÁO/Số 286/Ngày
27-05-2026``, with the page number on the same line or on the next one, and its digital
signature stamp at the foot of the first page, often in mid-sentence::

    Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Cơ quan: VĂN PHÒNG CHÍNH PHỦ
    Ngày ký: 2026-05-25 08:00:52 +07:00

:func:`gazette_pages` removes the stamp and turns each running header (with its page
number) into one page mark (``- 92 -``), before tables are read: the table reader skips
such a mark, and the page-number step after it joins a sentence cut by the page break.
"""

from __future__ import annotations

import re

# the running header of a Gazette page, its page number on the same line or not
GAZETTE_HEADER = re.compile(
    r"^(?:\d{1,4}[^\S\n]+)?CÔNG[^\S\n]+BÁO[^\S\n]*/[^\S\n]*Số[^\S\n]+[\d +]{1,20}/"
    r"[^\S\n]*Ngày[^\S\n]+\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?:[^\S\n]+(?P<page>\d{1,4}))?$",
    re.IGNORECASE,
)
_PAGE_NUMBER = re.compile(r"^\d{1,4}$")
# "Ký bởi:", or "Người ký:" in the older stamp of the Government's portal
_SIGNED_BY = re.compile(r"^(?:Ký[^\S\n]+bởi|Người[^\S\n]+ký)[^\S\n]*:", re.IGNORECASE)
# the stamp's further fields, the last one its time of signing
_STAMP_FIELD = re.compile(
    r"^(?:Cơ[^\S\n]+quan|Email|Chức[^\S\n]+vụ|Tổ[^\S\n]+chức)[^\S\n]*:", re.IGNORECASE
)
_SIGNED_AT = re.compile(
    r"^(?:Ngày|Thời[^\S\n]+gian)[^\S\n]+ký[^\S\n]*:[^\S\n]*[\d./-]{8,10}[^\S\n]+"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[^\S\n]+[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)
_MAX_STAMP_FIELDS = 3
# a footnote at a page's foot: its number, a blank, its text ("1 Nghị quyết số 66-NQ/TW …"),
# or the number glued to a capital ("16Cụm từ …")
_NOTE = re.compile(r"^(?P<n>\d{1,2})(?:[^\S\n]+(?=[^\W\d_])|(?=[^\W\d_a-zà-ỹđ]))(?P<t>.*)$")
# a consolidated text's footnote may quote an amending text's preamble, thirty lines and more
_MAX_NOTE_LINES = 60


def gazette_pages(text: str) -> str:
    """``text`` without Gazette signature stamps, each running header a page mark."""
    if "ký" not in text.lower() and "công" not in text.lower():
        return text
    lines = text.split("\n")
    out: list[str] = []
    notes: list[str] = []
    idx = 0
    while idx < len(lines):
        stripped = lines[idx].strip()
        after_blank = idx > 0 and not lines[idx - 1].strip()
        footnotes = _footnotes(lines, idx, len(notes) + 1) if after_blank else None
        if footnotes is not None:
            found, idx = footnotes
            notes += found
            continue
        header = GAZETTE_HEADER.match(stripped)
        if header is not None:
            page = header.group("page")
            after = idx + 1
            if page is None and after < len(lines) and _PAGE_NUMBER.match(lines[after].strip()):
                page = lines[after].strip()
                after += 1
            out.append(f"- {(page or '0')[-3:]} -")  # as page numbers are read
            idx = after
            continue
        end = _stamp_end(lines, idx) if _SIGNED_BY.match(stripped) else None
        if end is not None:
            idx = end
            continue
        out.append(lines[idx])
        idx += 1
    if not notes:
        return "\n".join(out)
    return "\n".join([*_without_marks(out, len(notes)), "", *notes])


# a footnote's mark glued to the word it notes ("Viễn thông Quân đội27", "Quân32 đội"), after
# three small letters (not "QH15", "m2")
_GLUED_MARK = re.compile(r"(?<=[a-zà-ỹđ][a-zà-ỹđ][a-zà-ỹđ])(?P<n>\d{1,2})(?![\w/.,-]\w)")


def _without_marks(lines: list[str], count: int) -> list[str]:
    """``lines`` without the marks of the ``count`` footnotes moved to the end."""

    def drop(match: re.Match[str]) -> str:
        return "" if 1 <= int(match.group("n")) <= count else match.group()

    return [_GLUED_MARK.sub(drop, line) for line in lines]


def _footnotes(lines: list[str], idx: int, number: int) -> tuple[list[str], int] | None:
    """The footnotes at a page's foot when the line at ``idx`` opens them with the next
    footnote's number ("1 Nghị quyết số …"), as "[1] …" lines, and the index of the page
    header after them; None when no page header closes them soon after."""
    notes: list[str] = []
    end = idx
    while end < len(lines) and end < idx + _MAX_NOTE_LINES:
        line = lines[end].strip()
        note = _NOTE.match(line)
        if note is not None and int(note.group("n")) == number + len(notes):
            notes.append(f"[{note.group('n')}] {note.group('t')}")
        elif not notes:
            return None
        elif not line or _PAGE_NUMBER.match(line):
            break
        else:
            notes[-1] = f"{notes[-1]} {line}"
        end += 1
    while end < len(lines) and (not lines[end].strip() or _PAGE_NUMBER.match(lines[end].strip())):
        end += 1
    if end >= len(lines) or not GAZETTE_HEADER.match(lines[end].strip()):
        return None
    return notes, end


def _stamp_end(lines: list[str], idx: int) -> int | None:
    """The index after a stamp that opens at ``idx`` ("Ký bởi:", its fields, the time it
    was signed), or None when no time of signing closes it."""
    for offset in range(1, _MAX_STAMP_FIELDS + 2):
        if idx + offset >= len(lines):
            return None
        line = lines[idx + offset].strip()
        if _SIGNED_AT.match(line):
            return idx + offset + 1
        if not _STAMP_FIELD.match(line):
            return None
    return None
