"""Work due when a case named after it arises: "thông báo đến Bộ Công Thương khi có thay đổi
thông tin …", "kịp thời báo cáo … khi xảy ra lộ, mất bí mật nhà nước", "ban hành quyết định
thu hồi … khi xảy ra một trong các trường hợp …". The work waits for the change or the
happening, an event with no date.

Read after a continuous time ("Thường xuyên rà soát … và trao đổi … khi có sự thay đổi" is
ongoing work), and not for a plan made for the case ("triển khai phương án tiếp tế khi xảy
ra tình huống chia cắt": the plan is ready before it) nor a purpose ("để xử lý khi xảy ra
…"): what the work is for, not when it is due.
"""

from __future__ import annotations

import re

from cascade.extract.found_deadline import FoundDeadline, event_named

_ARISES = re.compile(
    r"(?<!\w)khi\s+(?P<m>xảy\s+ra|có\s+(?:sự\s+)?thay\s+đổi)\s[^.;()]{3,160}", re.IGNORECASE
)
# a plan or a purpose in the same clause before the case
_FOR_THE_CASE = re.compile(
    r"(?<!\w)(?:phương\s+án|kịch\s+bản|kế\s+hoạch|để|nhằm|phục\s+vụ)(?!\w)[^,;:]*$", re.IGNORECASE
)


def case_arising(text: str, default_year: int | None = None) -> FoundDeadline | None:
    """A change or a happening named after the work ("… khi có thay đổi …", "… khi xảy ra
    …"): due when it arises, no date set."""
    return event_named(text, _ARISES, _FOR_THE_CASE)
