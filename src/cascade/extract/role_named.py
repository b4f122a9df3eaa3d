"""A person named by a role in a procedure, opening a duty: "Giáo vụ có trách nhiệm công bố
điểm …", "Giảng viên chấm bài có trách nhiệm nộp điểm …", "Chủ nhiệm lớp có trách nhiệm
lập danh sách …".

Regulations of an institution hand steps to roles of its own staff that no registry lists
and that have no head of a body's name ("Sở", "Ban", "Trung tâm" …). Such a role is read
only where the sentence opens with it, capitalised, and the word of duty follows at once
("có trách nhiệm", "chịu trách nhiệm"); a body's name there is left to the name reader.
Roles may be joined by commas ("Cán bộ, công chức, viên chức có trách nhiệm …") and the
work may name a file kind by its abbreviation ("Cán bộ giải quyết hồ sơ TTHC điện tử").
"""

from __future__ import annotations

import re

from cascade.extract.lexicon import NAME_STOPS
from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.text import fold

# (roles joined by commas, "Cán bộ, công chức, viên chức"; the work may name a file kind by
# its abbreviation, "Cán bộ giải quyết hồ sơ TTHC điện tử")
_ROLE_DUTY = re.compile(
    r"^(?P<name>[A-ZĐ][^\W\d_]*(?:,?\s+[^\W\d_]+){1,10}?)"
    r"\s+(?:có|chịu)\s+trách\s+nhiệm\s+(?=[^\W\d_])"
)
# the staff and learners of an institution, by their role ("Giảng viên chấm bài", "Giáo vụ",
# "Chủ nhiệm lớp", "Học viên"); not a thing ("Việc cấp …", "Nghị quyết này") nor a customer
_STAFF = frozenset(
    fold(word)
    for word in (
        "giảng viên",
        "giáo viên",
        "giáo vụ",
        "chủ nhiệm",
        "học viên",
        "cán bộ",
        "công chức",
        "viên chức",
        "nhân viên",
        "chuyên viên",
        "kế toán",
        "thủ quỹ",
        "văn thư",
        "lớp trưởng",
        "thư ký",
        "tổ trưởng",
        "báo cáo viên",
        "người lao động",
        "sinh viên",
        "học sinh",
    )
)


def _staff_first(words: list[str]) -> bool:
    """True when ``words`` open with a role of staff (two or three words)."""
    return any(fold(" ".join(words[:n])) in _STAFF for n in (2, 3))


def named_by_role(sentence: str) -> tuple[list[Mention], int]:
    """The role ``sentence`` opens with before its word of duty and where the duty starts;
    ([], 0) when it opens otherwise."""
    match = _ROLE_DUTY.match(sentence)
    if match is None or parse_org_list(sentence)[0]:
        return [], 0
    name = match.group("name")
    words = name.lower().split()
    if not all(_staff_first(part.split()) for part in name.lower().split(",")):
        return [], 0
    if not all(w.islower() or w.isupper() for w in name.replace(",", " ").split()[1:]):
        return [], 0  # "Cán bộ Phòng Tư pháp …": a body's name inside, left to that reader
    if len(words) > 10 and "," not in name:
        return [], 0  # a long role alone is a sentence, not a name
    if any(word in NAME_STOPS for word in words[1:]):
        return [], 0  # "Học viên không có trách nhiệm …", "… đã có …": not a name
    return [Mention(name, 0, len(name))], len(name)
