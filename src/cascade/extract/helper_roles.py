"""A body's or an officer's role said as the help it gives in another's remit: no work.

"Thẩm tra viên giúp Thủ trưởng cơ quan … thực hiện nhiệm vụ thẩm tra thi hành án; có các
nhiệm vụ, quyền hạn theo quy định …", "Thư ký thi hành án giúp Chấp hành viên hoặc Thẩm tra
viên thực hiện các nhiệm vụ theo quy định của pháp luật": what the post is for, stated
before its duties are listed (not "Giúp Chấp hành viên lập biên bản …", a duty).
"""

from __future__ import annotations

import re

_HELPS_IN_GENERAL = re.compile(
    r"^giúp\s[^;:]{1,200}?\sthực\s+hiện\s+(?:các\s+)?(?:chức\s+năng,?\s*)?nhiệm\s+vụ\b[^;:]*"
    r"(?:;\s*có\s+(?:các\s+)?nhiệm\s+vụ,\s*quyền\s+hạn\b[^;:]*)?[.;]?\s*$",
    re.IGNORECASE,
)


def helps_in_general(action: str) -> bool:
    """True for an action that only says whom its subject helps carry out their remit."""
    return _HELPS_IN_GENERAL.match(action.strip()) is not None
