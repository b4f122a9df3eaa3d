"""A body's refusal in writing as a step of a procedure.

"Trường hợp không cấp đổi Giấy phép, Bộ X trả lời bằng văn bản và nêu rõ lý do": when the
body declines the step just set out, its written reply is a step of its own. The reply
after a body's name counts as work only in that case (the case opens with the refusal,
"không …" or "từ chối …"); after an applicant's case ("Trường hợp đối tượng không đủ điều
kiện …") a document may leave the whole procedure unannotated, so it stays out there. A
reply due within a term from the file's receipt, with no case before it, is a step too.
"""

from __future__ import annotations

import re

# a written reply right after a body's name (not after "phải", "có trách nhiệm", "thì",
# which were work before this reading)
_NAMED_REPLY = re.compile(
    r"(?<!phải)(?<!nhiệm)(?<!vụ)(?<!thì)\s+trả\s+lời\s+bằng\s+văn\s+bản\b", re.IGNORECASE
)
# a written reply opening the work ("trả lời bằng văn bản và nêu rõ lý do")
WRITTEN_REPLY = re.compile(r"^trả\s+lời\s+bằng\s+văn\s+bản\b", re.IGNORECASE)
# "Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Bộ X trả lời bằng văn bản
# …": the procedure's own step, due within its term (no case before it)
_TERM_FROM_RECEIPT = re.compile(
    r"^(?:Trong\s+thời\s+hạn|Chậm\s+nhất)[^.;:]{0,60}?\bkể\s+từ\s+(?:ngày|khi)\s+nhận\s+"
    r"(?:được|đủ)\b[^.;:]{0,80},\s*(?-i:[A-ZĐ])",
    re.IGNORECASE,
)
# the case is the body's own refusal: "Trường hợp không xác nhận", "Trường hợp từ chối …"
DECLINES = re.compile(r"^(?:trong\s+)?(?:trường\s+hợp|nếu)\s+(?:từ\s+chối|không)\b", re.IGNORECASE)


def reply_outside_refusal(sentence: str, action: str) -> bool:
    """True when ``action`` is a body's written reply read after its name in ``sentence``
    and the sentence's case is no refusal of the body's own step."""
    if WRITTEN_REPLY.match(action) is None or _NAMED_REPLY.search(sentence) is None:
        return False
    if _TERM_FROM_RECEIPT.match(sentence.lstrip(" -+•")):
        return False  # the answer due within a term from the file's receipt: a step
    return DECLINES.match(sentence.lstrip(" -+•")) is None
