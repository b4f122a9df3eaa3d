"""The roles a decision approving a plan assigns in its fields, which are no work.

A decision that approves the task of drawing up a plan lists who holds each role in it
("- Cấp phê duyệt: Thủ tướng Chính phủ.", "- Cơ quan chủ trì thẩm định và trình duyệt: Bộ
X.", "- Cơ quan tổ chức lập quy hoạch: Ủy ban nhân dân tỉnh Y."): each line names a body
and its role, the work itself is given in the article on carrying the decision out.
"""

from __future__ import annotations

import re

# the field's label: who approves, appraises or submits, or draws the plan up
_ROLE_FIELD = re.compile(
    r"^[-+*•\s]*(?:Cấp|Cơ\s+quan|Đơn\s+vị)\s+(?:chủ\s+trì\s+)?(?:tổ\s+chức\s+)?"
    r"(?:phê\s+duyệt|thẩm\s+định|trình\s+duyệt|lập)\b[^:;.]{0,80}:\s*",
    re.IGNORECASE,
)
# what follows the label is a name alone: capitalised, no ";" or ":" and one sentence
_NAME_ALONE = re.compile(r"[A-ZĐÀ-Ỹ][^:;.]{0,120}\.?\s*$")


def names_a_plan_role(sentence: str) -> bool:
    """True for a field of a plan's approval naming who holds a role ("- Cơ quan tổ chức
    lập quy hoạch: Ủy ban nhân dân tỉnh Y.")."""
    label = _ROLE_FIELD.match(sentence)
    return label is not None and _NAME_ALONE.match(sentence, label.end()) is not None
