"""Model papers annexed to a regulation: the request, contract or report form a regulated
party fills in and signs, printed with a header of its own whose number or date is left
blank ("Số:..." / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Hà Nội, ngày... tháng...
năm..."). An attached plan of the issuer has its number and date filled in."""

from __future__ import annotations

import re
from itertools import islice

_MOTTO = re.compile(r"CỘNG\s+H[OÒ]A\s+XÃ\s+HỘI|Độc\s+lập\s*[-–—]\s*Tự\s+do")
# "Số:" with nothing after it, or a day and month left as dots or blanks
_BLANK_SLOT = re.compile(
    r"(?<!\w)(?-i:Số|SỐ)\s*:[^\S\n]*(?:$|CỘNG)|(?<!\w)ngày(?:[^\S\n]*(?:\.{2,}|…)|[^\S\n]{2,})"
    r"[^\S\n]*tháng",
    re.MULTILINE,
)
_HEAD_LINES = 12  # the caption, "(Ban hành kèm theo …)", the header's two columns, the date


def opens_model_paper(text: str) -> bool:
    """True when the first lines of ``text`` hold a model paper's header: the motto and a
    blank number or date."""
    head = "\n".join(islice((line for line in text.split("\n") if line.strip()), _HEAD_LINES))
    return bool(_MOTTO.search(head) and _BLANK_SLOT.search(head))
