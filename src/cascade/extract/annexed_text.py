"""A text annexed after the signature that opens with a header of its own.

The Official Gazette prints a decree that issues a regulation with no "Nơi nhận": the
decree's articles, its signature ("TM. CHÍNH PHỦ / THỦ TƯỚNG / <name>"), then the regulation
under the issuer's name and the national motto again, its kind and what it goes with
("QUY CHẾ / Làm việc của Chính phủ / (Kèm theo Nghị định số 191/2026/NĐ-CP …)"). The caption
"(Kèm theo …)" with the motto just above it says where the annexed text begins, so the
signature above it is the document's.
"""

from __future__ import annotations

import re

# "(Kèm theo Nghị định số …", "(Ban hành kèm theo Quyết định số …": what the text goes with
_GOES_WITH = re.compile(
    r"^[^\S\n]*\((?:Ban\s+hành\s+)?kèm\s+theo\s+(?:Nghị\s+định|Quyết\s+định|Thông\s+tư"
    r"|Nghị\s+quyết|Chỉ\s+thị)\b",
    re.IGNORECASE,
)
_MOTTO = re.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM")
_MOTTO_ABOVE = 12  # lines from the motto down to the caption (kind, title, blanks between)


def annex_captions(lines: list[str]) -> list[tuple[int, int]]:
    """(line of the motto, line of the caption) of each annexed text that opens with the
    national motto and, a few lines below it, "(Kèm theo <kind> số …)"."""
    found: list[tuple[int, int]] = []
    for idx, line in enumerate(lines):
        if not _GOES_WITH.match(line):
            continue
        for above in range(idx - 1, max(-1, idx - _MOTTO_ABOVE), -1):
            if _MOTTO.search(lines[above]):
                found.append((above, idx))
                break
    return found
