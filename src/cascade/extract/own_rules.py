"""Whether a document is its issuer's own operating rules.

"Ban hành Quy chế hoạt động của Ban Chỉ đạo …", "Quy chế làm việc của Ủy ban nhân dân tỉnh":
there an article "Trách nhiệm của <the issuer>" states the issuer's standing functions, no
tasks. A circular or decree that rules on others ("Quy định về chế độ tài chính của …") lists
under "Điều 23. Trách nhiệm của Bộ Tài chính" work the issuer takes on, tasks as any body's.
"""

from __future__ import annotations

import re

_OWN_RULES = re.compile(
    r"\bquy\s+chế\s+(?:tổ\s+chức\s+và\s+)?(?:hoạt\s+động|làm\s+việc)\b", re.IGNORECASE
)


def issues_own_rules(subject: str | None) -> bool:
    """True when the subject names operating or working rules, or is not known."""
    return subject is None or _OWN_RULES.search(subject) is not None
