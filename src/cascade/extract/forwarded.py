"""A letter of another body forwarded after the signature, which is no appendix.

An OCR'd letter may carry, after its signature, the letter it answers or forwards, with a
header of its own ("BỘ XÂY DỰNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do -
Hạnh phúc" / "Số: 10948/BXD-KHTC"): its tasks are that body's own, not the document's. An
attached plan of the same issuer ("Số: 12/KH-UBND" under "Số: 30/QĐ-UBND") is kept.
"""

from __future__ import annotations

import re

from cascade.extract.type_code_d import WITH_D
from cascade.identifiers import TYPE_CODES

_MOTTO = re.compile(r"Độc\s+lập\s*[-–—]\s*Tự\s+do|CỘNG\s+H[OÒ]À\s+XÃ\s+HỘI", re.IGNORECASE)
_NUMBER = re.compile(r"(?-i:Số|SỐ)\s*:?\s*[\d.…_ ]*/\s*(?:\d{4}\s*/\s*)?(?P<code>[^\W\d_]+)")

_CODES = re.compile(r"[^\W\d_]+(?:[^\S\n]*-[^\S\n]*[^\W\d_]+)*")
# codes of a paper's kind, before the issuer's code ("KH-UBND", "QĐ-TTg", "NĐ-CP"), and
# their forms typed without Đ ("QD-TTg")
_KINDS = frozenset(code.upper() for code in [*TYPE_CODES, *WITH_D])


def issuer_code(number_line: str) -> str | None:
    """The code of the body that issued a number ("VPCP" of "Số: 9533/VPCP-CN"), the kind
    of paper skipped when it comes first ("UBND" of "Số: 12/KH-UBND")."""
    match = _NUMBER.search(number_line)
    if match is None:
        return None
    joined = _CODES.match(number_line, match.start("code"))
    codes = re.split(r"\s*-\s*", joined.group()) if joined else [match.group("code")]
    return codes[-1].upper() if len(codes) > 1 and codes[0].upper() in _KINDS else codes[0].upper()


def forwarded_letter(appendix: str, own_number: str | None) -> bool:
    """True when ``appendix`` opens with a header of its own whose number another body
    issued than ``own_number``."""
    head = "\n".join(appendix.strip().split("\n")[:6])
    if own_number is None or not _MOTTO.search(head):
        return False
    own, other = issuer_code(own_number), issuer_code(head)
    return own is not None and other is not None and own != other
