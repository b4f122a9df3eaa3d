"""A step done in a case, named after a ";" with its own bodies, as a task of its own.

"… trả lời kiến nghị …; trường hợp cần kéo dài thời hạn giải quyết, bộ, cơ quan ngang bộ phải
thông báo cho địa phương biết lý do …": the case, then the bodies that act in it, then their
work — a step of its own, due when the case arises. A report or a proposal up in a case
("…; trường hợp vượt khả năng, Sở Tài chính báo cáo Ủy ban nhân dân tỉnh …") stays an
escalation of the task before, as the golds read it.
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.verb_start import leading_verb

_CASE_OPENING = re.compile(r"^(?:trong\s+)?(?:trường\s+hợp|nếu)\s", re.IGNORECASE)
_DUTY = re.compile(r"^(?:phải|có\s+trách\s+nhiệm|có\s+nhiệm\s+vụ)\s+", re.IGNORECASE)
# the escalations a case calls for, not steps of their own
_ESCALATION = re.compile(
    r"^(?:báo\s+cáo|xin\s+ý\s+kiến|đề\s+xuất|đề\s+nghị|kiến\s+nghị|trình)\b", re.IGNORECASE
)


def case_step(piece: str) -> tuple[str, list[Mention], str] | None:
    """The work, the bodies that do it and the case ("trường hợp cần kéo dài thời hạn giải
    quyết") when the ";"-part ``piece`` is a case, then bodies named, then their work; None
    otherwise."""
    if _CASE_OPENING.match(piece) is None:
        return None
    for comma in re.finditer(r",\s*", piece[:240]):
        rest = piece[comma.end() :]
        mentions, end = parse_org_list(rest, lowercase_ok=True)
        if not mentions:
            continue
        work = rest[end:].lstrip(" ,")
        duty = _DUTY.match(work)
        work = work[duty.end() :] if duty else work
        verb = leading_verb(work, max_words=2)
        # (a capital after the bodies goes on with a name: "cơ quan thường trực Ban Chỉ đạo
        # quốc gia báo cáo …" is not "Ban" that "chỉ đạo")
        if verb is None or verb.start != 0 or work[:1].isupper() or _ESCALATION.match(work):
            return None
        return work.strip(), mentions, piece[: comma.start()].strip()
    return None
