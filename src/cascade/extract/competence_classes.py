"""Who proposes or decides which class of organisation, said as a split of competence: "Ủy
ban nhân dân cấp tỉnh đề nghị thành lập tổ chức quy định tại điểm a, điểm d khoản 2 Điều 2
Nghị định này", "Thủ tướng Chính phủ quyết định thành lập, tổ chức lại, giải thể tổ chức
hành chính quy định tại điểm d khoản 2 Điều 2 Nghị định này theo quy định của pháp luật".

Decrees on an organisation's life cycle say, body by body, which organisations each one
proposes or decides to set up, reorganise or dissolve, the organisations named only by the
clause that lists them. Nothing is to be done: it says whose the step is when it arises (the
steps themselves are the procedure's work). The sentence is that and nothing more — the act,
a kind of organisation, its reference, maybe "theo quy định của pháp luật" and a second
class after ";" — so "Quyết định thành lập Ban chỉ đạo …" (a body named) or "… quy định tại
khoản 1 Điều này và báo cáo …" (work after it) stay tasks.
"""

from __future__ import annotations

import re

# the acts of an organisation's life cycle (the proposer's steps read them too)
LIFE_CYCLE_ACT = r"(?:thành\s+lập|tổ\s+chức\s+lại|giải\s+thể|sáp\s+nhập|hợp\s+nhất|chia|tách)"


def acts_row(act: str) -> str:
    """A pattern for one or more ``act``s joined by commas, "và" or "hoặc" ("thành lập, tổ
    chức lại, giải thể")."""
    return rf"{act}(?:(?:,\s*|\s+(?:và|hoặc)\s+){act})*"


_ACTS = acts_row(LIFE_CYCLE_ACT)
_CLASS = r"(?:(?:các|những)\s+)?(?:tổ\s+chức|cơ\s+quan|đơn\s+vị)(?:\s+[a-zđà-ỹ]+){0,4}?"
_REFERENCE = (
    r"\s+quy\s+định\s+tại\s+[^;.:()]{1,120}?"
    r"(?:Điều\s+\d+(?:\s+(?:Nghị\s+định|Thông\s+tư|Quyết\s+định|Luật)\s+này)?|Điều\s+này)"
)
_SPLIT = re.compile(
    rf"^(?:đề\s+nghị|quyết\s+định)\s+{_ACTS}\s+{_CLASS}{_REFERENCE}"
    r"(?:\s+theo\s+quy\s+định\s+của\s+pháp\s+luật)?"
    # a second class after ";" ("…; tổ chức hành chính của Ủy ban nhân dân đặc khu …")
    rf"(?:;\s*{_CLASS}\s[^;.:]{{1,120}})?"
    r"\s*[.;]?\s*$",
    re.IGNORECASE,
)


def splits_a_competence(action: str) -> bool:
    """True when ``action`` only says which class of organisation its body proposes or
    decides to set up, reorganise or dissolve (see the module)."""
    return _SPLIT.match(action.strip()) is not None
