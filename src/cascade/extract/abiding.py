"""What a body only abides by, in a list of its duties and ways of work (a working
regulation's, a decree's): no work given.

"Thực hiện nghiêm các quyết nghị của Chính phủ; trường hợp có ý kiến khác thì vẫn phải chấp
hành …" (the collective's decisions, the dissent kept), "Thực hiện các cách thức khác theo quy
định pháp luật" (the ways of work left open, as "các nhiệm vụ khác"; "các nghĩa vụ khác"
likewise), "Chịu trách nhiệm cá nhân trước …" (to whom it answers), "Chịu trách nhiệm quản lý
nhà nước về …" (a remit), "Bảo đảm đáp ứng điều kiện … theo quy định của pháp luật" (the
law's conditions met), "Thực hiện các quy định tại khoản … Điều …" (duties said elsewhere),
"Bồi thường cho người lao động …" (a liability).
"""

from __future__ import annotations

import re

_ABIDES = re.compile(
    # the decisions of the collective or of those above, carried out whatever one's view
    r"^(?:thực\s+hiện\s+nghiêm|chấp\s+hành)\s+(?:các\s+)?quyết\s+nghị\b[^.;]*"
    r"(?:;\s*trường\s+hợp\s+có\s+ý\s+kiến\s+khác\b[^.;]*)?[.;]?\s*$"
    # "Thực hiện các cách thức khác theo quyết định của cấp có thẩm quyền …": a catch-all
    r"|^thực\s+hiện\s+(?:các|những)\s+cách\s+thức\s+(?:giải\s+quyết\s+công\s+việc\s+)?khác\b"
    r"[^.;:]{0,160}[.;]?\s*$"
    # "Thực hiện các nghĩa vụ (trách nhiệm) khác theo quy định của pháp luật về …": the
    # duties left open, as "các nhiệm vụ khác"
    r"|^thực\s+hiện\s+(?:các|những)\s+(?:nghĩa\s+vụ|trách\s+nhiệm)\s+khác\b[^.;:]{0,240}"
    r"[.;]?\s*$"
    # "Thực hiện các quy định tại khoản 2 Điều 15, …, các điều 17, 18 … của Luật này",
    # "Thực hiện các trách nhiệm theo quy định tại Điều 78 của Luật Đấu thầu": duties by
    # reference to provisions that say them (read there)
    r"|^thực\s+hiện\s+(?:đúng\s+|đầy\s+đủ\s+)?(?:các\s+|những\s+)?(?:quy\s+định|trách\s+nhiệm|"
    r"nghĩa\s+vụ)\s+(?:theo\s+quy\s+định\s+)?tại\s+(?:khoản|điểm|điều|các\s+điều|chương|mục)\b"
    r"[^;:]{0,240}[.;]?\s*$"
    # "Bồi thường cho người lao động theo hợp đồng và quy định của pháp luật": a liability
    # for damage done, what the body answers for
    r"|^bồi\s+thường\b[^;:]*[.;]?\s*$"
    # "Bảo đảm đáp ứng điều kiện … theo quy định của pháp luật về …": meeting the law's
    # conditions, no work the text gives
    r"|^(?:bảo\s+đảm|đảm\s+bảo)\s+đáp\s+ứng\s+(?:đủ\s+|đầy\s+đủ\s+)?(?:các\s+)?điều\s+kiện\b"
    r"[^.;:]{0,200}?\btheo\s+quy\s+định\s+của\s+pháp\s+luật\b[^.;:]{0,160}[.;]?\s*$"
    # "Chịu trách nhiệm cá nhân trước Chính phủ … về kết quả …; về các quyết định …":
    # accountability (not "… toàn diện trước X về …, chủ động chỉ đạo …": work after it)
    r"|^chịu\s+trách\s+nhiệm\s+cá\s+nhân\s+(?:trước|về)\b[^;]*"
    r"(?:;\s*về\b[^;]*)*[.;]?\s*$"
    # "Chịu trách nhiệm quản lý nhà nước về chất lượng … thuộc phạm vi được phân công quản
    # lý": a ministry's remit stated, the work is in the items beside it (not "Thực hiện
    # quản lý nhà nước về …", which golds read as work)
    r"|^chịu\s+trách\s+nhiệm\s+quản\s+lý\s+nhà\s+nước\s+(?:về|đối\s+với)\b[^;]*[.;]?\s*$",
    re.IGNORECASE,
)


def abides_only(action: str) -> bool:
    """True for an item that only says what its body abides by or answers for."""
    return _ABIDES.match(action.strip(" *_")) is not None
