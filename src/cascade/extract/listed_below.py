"""Lead-ins whose items are no work: the contents of a paper, events, cases.

"1. Doanh nghiệp phát hành xây dựng phương án phát hành trái phiếu bao gồm các nội dung cơ
bản sau:" over "a) Thông tin về doanh nghiệp …", "u) Biện pháp … để theo dõi, quản lý …":
the lead-in is the work, its items what the paper holds, even those opening with a verb.
"… công bố thông tin bất thường trong thời hạn 24 giờ kể từ khi xảy ra một trong các sự kiện
sau:" over "c) Thực hiện mua lại trái phiếu trước hạn …": the items are the events that call
for the work. "6. Các trường hợp hủy bỏ đăng ký giao dịch trái phiếu:" over "đ) Doanh nghiệp
… thực hiện chia, tách doanh nghiệp;": the cases a rule applies in.
"""

from __future__ import annotations

import re

# a paper named in the lead-in, then "(bao) gồm / có các nội dung (cơ bản) sau:" at its end
_PAPER_CONTENTS = re.compile(
    r"\b(?:phương\s+án|kế\s+hoạch|hồ\s+sơ|báo\s+cáo|văn\s+bản|đề\s+án|quy\s+chế|tờ\s+trình"
    r"|bản\s+công\s+bố\s+thông\s+tin|thông\s+báo|hợp\s+đồng)\b[^:;.]{0,160}?\s"
    r"(?:có|gồm|bao\s+gồm)\s+(?:các\s+|những\s+)?nội\s+dung"
    r"(?:\s+(?:chính|chủ\s+yếu|cơ\s+bản))?\s+(?:sau\s+đây|sau|như\s+sau)\s*:[*_\s]*$",
    re.IGNORECASE,
)

# "… khi xảy ra một trong các sự kiện sau:", "… trong (các) trường hợp sau đây:"
_EVENTS_BELOW = re.compile(
    r"\s(?:một\s+trong\s+)?(?:(?:các|những)\s+|(?<=\strong\s))(?:sự\s+kiện|trường\s+hợp)\s+"
    r"(?:sau\s+đây|sau)"
    r"\s*:[*_\s]*$",
    re.IGNORECASE,
)

# "6. Các trường hợp hủy bỏ đăng ký …:": a title that lists cases
_CASES_TITLE = re.compile(
    r"^[*_\s]*(?:[\dIVXLivxl]+[.)]\s*|[a-zđ]\)\s*)?[*_\s]*(?:Các|Những)\s+trường\s+hợp\s"
    r"[^:;.]{1,160}:[*_\s]*$"
)


def lists_contents(lead_in: str) -> bool:
    """True when the items below ``lead_in`` are what a paper holds: every sentence of them
    ("… Trường hợp …, thì phải có biện pháp …" says what the plan states)."""
    return _PAPER_CONTENTS.search(lead_in) is not None


def lists_cases(lead_in: str) -> bool:
    """True when the items below ``lead_in`` are events or cases: an item's first sentence
    (a sentence after it, "Trường hợp này, X phải …", may be work)."""
    return bool(_EVENTS_BELOW.search(lead_in) or _CASES_TITLE.match(lead_in))


def work_over_list(action: str) -> bool:
    """True when ``action`` is work over such a list, itself a task: "xây dựng phương án …
    bao gồm các nội dung cơ bản sau:", "công bố thông tin … khi xảy ra một trong các sự kiện
    sau:" (not "Báo cáo … bao gồm các nội dung chính sau:", a paper described)."""
    contents = _PAPER_CONTENTS.search(action)
    return bool((contents is not None and contents.start() > 0) or _EVENTS_BELOW.search(action))
