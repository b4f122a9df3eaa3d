"""Staff named by their kind after persons named by their function.

"Chấp hành viên, Thẩm tra viên, công chức và người làm công tác thi hành án khác có trách
nhiệm nộp lại phù hiệu …": the list of officers goes on in lower case with kinds of staff
("công chức", "cán bộ", "viên chức", "người làm công tác … khác"), each a lead of its own;
the step starts after them, at the duty word ("có trách nhiệm", "phải") or the passive
("được cấp …", no step).
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention
from cascade.extract.procedure_persons import persons_only

# the kinds of staff, then what they are (", công chức khác làm công tác thi hành án dân sự"),
# up to the word that ends the subject
_STAFF = re.compile(
    r"^\s*(?:,\s*|(?:và|hoặc)\s+)(?P<list>(?:cán\s+bộ|công\s+chức|viên\s+chức|người|quân\s+nhân)"
    r"[\s,][^;:.()]{0,200}?|(?:cán\s+bộ|công\s+chức|viên\s+chức))"
    r"(?=\s+(?:được|bị|có\s+trách\s+nhiệm|có\s+nghĩa\s+vụ|phải|không\s+được)\s)"
)
# where one kind of the list ends and the next begins
_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:và|hoặc)\s+")


def with_staff(mentions: list[Mention], rest: str) -> tuple[list[Mention], str]:
    """``mentions`` with the staff that go on their list in ``rest``, and what follows them;
    unchanged unless ``mentions`` are persons by function and a duty word or a passive ends
    the staff."""
    if not persons_only(mentions):
        return mentions, rest
    match = _STAFF.match(rest)
    if match is None:
        return mentions, rest
    kinds = [k for k in _SEPARATOR.split(match.group("list")) if k.strip()]
    start = mentions[-1].end if mentions else 0
    staff = [Mention(kind.strip(), start, start + len(kind)) for kind in kinds]
    return mentions + staff, rest[match.end() :]
