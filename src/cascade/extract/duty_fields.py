"""Sub-headings that name a field of duties, not a duty.

An article on the duties of an office may group them by field under numbered sub-headings
("1. Nhiệm vụ trong tổ chức, điều hành hoạt động của thôn", "2. Nhiệm vụ theo quy định của
pháp luật và nhiệm vụ do chính quyền cấp xã giao") with the duties as lettered items below.
Such a line is a title: the noun "Nhiệm vụ" and the field it covers, no work of its own (a
"Nhiệm vụ của X" line is different: it names who holds the duties below, see heading_roles).
"""

from __future__ import annotations

import re

# the noun, then the preposition that opens the field ("trong", "về", "theo", "do", …), and
# no sentence, item or lead-in after it
_FIELD_TITLE = re.compile(
    r"^[*_\s]*(?:[\dIVXLivxl]+[.)]\s*|[a-zđ]\)\s*)?[*_\s]*"
    r"(?:Các\s+)?Nhiệm\s+vụ(?:\s+(?:chung|chính|cụ\s+thể|chủ\s+yếu))?\s+"
    r"(?:trong|về|theo|do|đối\s+với|thuộc|trên|tại|liên\s+quan\s+(?:đến|tới))\s"
    r"[^.;:]{1,200}?[*_\s.:]*$",
    re.IGNORECASE,
)


def names_a_field_of_duties(action: str) -> bool:
    """True for a line that titles a field of duties ("Nhiệm vụ trong …", "Nhiệm vụ về …")."""
    return _FIELD_TITLE.match(action) is not None
