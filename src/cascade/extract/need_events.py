"""Work due when a need arises: "đề xuất sửa đổi, bổ sung Quy chế khi cần thiết", "… khi thấy
cần thiết". The work waits for the need, an event with no date; not the need a purpose names
("lưu trữ hồ sơ để phục vụ việc kiểm tra, giám sát khi cần thiết": the records are kept
always, the checks they serve come when needed).
"""

from __future__ import annotations

import re

from cascade.extract.found_deadline import FoundDeadline, event_named

_WHEN_NEEDED = re.compile(
    r"(?<!\w)khi\s+(?:(?:xét\s+)?thấy\s+)?(?P<m>cần\s+thiết)(?!\w)", re.IGNORECASE
)
# "phục vụ (cho) việc / công tác …" before the need: the need is the served work's
_SERVES = re.compile(r"(?<!\w)phục\s+vụ\s+(?:cho\s+)?(?:việc|công\s+tác)\s[^.;]*$", re.IGNORECASE)


def when_needed(text: str) -> FoundDeadline | None:
    """A need named after the work ("… khi cần thiết"): due when it arises, no date set."""
    return event_named(text, _WHEN_NEEDED, _SERVES)
