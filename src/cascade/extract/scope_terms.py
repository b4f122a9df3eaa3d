"""A term at the end of a sentence's opening scope, before its subject.

"Đối với kiến nghị có nội dung chưa rõ ràng, trong 05 ngày làm việc kể từ ngày nhận được
kiến nghị, Văn phòng X chủ động …", "Đối với kiến nghị … thì trong thời hạn 10 ngày làm việc
kể từ ngày nhận được kiến nghị, các sở … phải …": the scope says which cases the sentence
covers (no time), the term after its comma or "thì" says when the work is due.
"""

from __future__ import annotations

import re

# the term opens after the scope's last comma or its "thì" and runs to the subject
_TERM = re.compile(
    r"(?:(?<=,\s)|(?<=\sthì\s))"
    r"(?:chậm\s+nhất\s+(?:là\s+)?|không\s+quá\s+)?(?:trong\s+(?:thời\s+hạn\s+|vòng\s+)?)?"
    # "…, trong thời hạn không quá 03 ngày làm việc kể từ ngày nhận hồ sơ, Văn phòng X …"
    r"(?:không\s+quá\s+|tối\s+đa\s+)?"
    r"\d{1,3}\s+ngày\b[^;]*$",
    re.IGNORECASE,
)


def scope_term(opening: str) -> str:
    """The term that ends ``opening`` (the words before a sentence's subject), or ""."""
    found = _TERM.search(" ".join(opening.split()))
    return found.group(0) if found else ""
