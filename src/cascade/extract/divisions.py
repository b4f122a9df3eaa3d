"""Lines that open a division of a document: a chapter or part, or an appendix's caption.

Such a line is a heading (rank 0) in the tree of units, whatever its case: what follows it
belongs to it, not to the article or item above it. An appendix after the signature ("Phụ
lục I" over "SẢN PHẨM …" and "(Kèm theo Nghị định số …)", read as one line) is no part of
the body's last clause: its lines (codes of goods, a list of models) are not the work the
closing formula gives its addressees.
"""

from __future__ import annotations

import re

from cascade.extract.text import UPPER

# "Chương III", "Phần II" on a line of their own: a division of a regulation (its title,
# in capitals, follows, or is run into the same line: "Chương V ĐIỀU KHOẢN THI HÀNH")
_CHAPTER = re.compile(
    rf"^(?:Chương|Phần)\s+(?:[IVXLC]{{1,6}}|\d{{1,2}})\s*[.:]?(?:\s+(?-i:[{UPPER}][{UPPER}\s,]+))?$",
    re.IGNORECASE,
)
# "Phụ lục I", "PHỤ LỤC số 02", "Phụ lục I SẢN PHẨM … (Kèm theo Nghị định số …)", "DANH MỤC
# … (Ban hành kèm theo …)": an appendix's caption, its title in capitals, the document it
# is attached to in brackets
_APPENDIX = re.compile(
    rf"^(?:(?:Phụ lục|PHỤ LỤC)(?:\s+(?:số\s+)?(?:[IVXL]{{1,5}}|\d{{1,2}})[a-z]?)?\s*[.:]?"
    rf"(?:\s+[{UPPER}][{UPPER}\d\s,;.\-–/]*)?|DANH MỤC\s+[{UPPER}][{UPPER}\d\s,;.\-–/]*)"
    r"(?:\s*\((?:Ban hành\s+)?[Kk]èm theo\b[^()]*\))?$"
)


def opens_division(line: str) -> bool:
    """True when the logical line ``line`` opens a chapter, a part or an appendix."""
    return bool(_CHAPTER.match(line) or _APPENDIX.match(line))
