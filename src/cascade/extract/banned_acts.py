"""Lists of banned acts: what a body or an officer may not do, no work.

"4. Những việc Thẩm tra viên không được làm:" over "b) Thông đồng với đối tượng thẩm tra …",
"e) Tiết lộ, cung cấp thông tin …"; "Điều 5. Các hành vi bị nghiêm cấm" over its items: the
items open with verbs and the title names who they bind, but each is an act forbidden, not a
task.
"""

from __future__ import annotations

import re

from cascade.extract.units import Unit

_BANS_TITLE = re.compile(
    r"^[*_\s]*(?:Điều\s+\d+\s*[.:]?\s*|[\dIVXLivxl]+[.)]\s*|[a-zđ]\)\s*)?[*_\s]*"
    r"(?:(?:Các|Những)\s+)?(?:hành\s+vi|việc)\s+(?:[^:;.]{1,80}?\s)?"
    r"(?:bị\s+nghiêm\s+cấm|nghiêm\s+cấm|bị\s+cấm|không\s+được\s+làm)[*_\s.:]*$",
    re.IGNORECASE,
)


def under_bans(units: list[Unit], unit: Unit) -> bool:
    """True for a unit below a title or lead-in that lists banned acts."""
    at = unit.parent
    while at is not None:
        if _BANS_TITLE.match(units[at].text):
            return True
        at = units[at].parent
    return False
