"""A person named by a role in a procedure, opening a duty: "Giáo vụ có trách nhiệm công bố
điểm …", "Giảng viên chấm bài có trách nhiệm nộp điểm …", "Chủ nhiệm lớp có trách nhiệm
lập danh sách …".

Regulations of an institution hand steps to roles of its own staff that no registry lists
and that have no head of a body's name ("Sở", "Ban", "Trung tâm" …). Such a role is read
only where the sentence opens with it, capitalised, and the word of duty follows at once
("có trách nhiệm", "chịu trách nhiệm"); a body's name there is left to the name reader.
Roles may be joined by commas ("Cán bộ, công chức, viên chức có trách nhiệm …") and the
work may name a file kind by its abbreviation ("Cán bộ giải quyết hồ sơ TTHC điện tử"), a
system by its name ("Viên chức sử dụng Phần mềm Một cửa phải …") or the body the role
serves by its kinds ("Văn thư cơ quan, đơn vị gửi hồ sơ có trách nhiệm …"). "phải" binds
a role qualified by its work; after a role alone ("Học viên phải …") it is a requirement.
"""

from __future__ import annotations

import re

from cascade.extract.lexicon import DIRECTIVE_VERBS, NAME_STOPS
from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.text import fold

# (roles joined by commas, "Cán bộ, công chức, viên chức"; the work may name a file kind by
# its abbreviation, "Cán bộ giải quyết hồ sơ TTHC điện tử")
_ROLE_DUTY = re.compile(
    r"^(?P<name>[A-ZĐ][^\W\d_]*(?:,?\s+[^\W\d_][\w&]*){1,16}?)"
    r"\s+(?:(?:có|chịu)\s+trách\s+nhiệm|phải)\s+(?=[^\W\d_])"
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
        # the office's archive, a unit named by its function ("Lưu trữ hiện hành")
        "lưu trữ hiện hành",
        "lưu trữ cơ quan",
    )
)
# the body a clerk serves, named by kinds ("Văn thư cơ quan, đơn vị gửi văn bản"): one part
_KINDS_PAIR = re.compile(r"\b(cơ\s+quan),\s+(?=đơn\s+vị\b)")


def _staff_first(words: list[str]) -> bool:
    """True when ``words`` open with a role of staff (two or three words)."""
    return any(fold(" ".join(words[:n])) in _STAFF for n in (2, 3, 4))


def named_by_role(sentence: str) -> tuple[list[Mention], int]:
    """The role ``sentence`` opens with before its word of duty and where the duty starts;
    ([], 0) when it opens otherwise."""
    match = _ROLE_DUTY.match(sentence)
    if match is None or parse_org_list(sentence)[0]:
        return [], 0
    name = match.group("name")
    words = name.lower().split()
    parts = _field_pairs_joined(_KINDS_PAIR.sub(r"\1 ", name.lower()).split(","))
    if not all(_staff_first(part.split()) for part in parts):
        return [], 0
    if _body_inside(name):
        return [], 0  # "Cán bộ Phòng Tư pháp …": a body's name inside, left to that reader
    if len(words) > 10 and "," not in name:
        return [], 0  # a long role alone is a sentence, not a name
    if _bare_must(sentence, name):
        return [], 0  # "Học viên phải bảo đảm …": a requirement on a class of people
    if any(_stops(words, i) for i in range(1, len(words))):
        return [], 0  # "Học viên không có trách nhiệm …", "… đã có …": not a name
    return [Mention(name, 0, len(name))], len(name)


def _field_pairs_joined(parts: list[str]) -> list[str]:
    """``parts`` of a role's name split at commas, a short part that opens with no role put
    back on the role before it when that role names its field ("viên chức chuyên ngành
    kiểm soát viên chất lượng sản phẩm" + "hàng hóa": a pair of nouns, one field)."""
    joined = parts[:1]
    for part in parts[1:]:
        words = part.split()
        if len(joined[-1].split()) > 3 and len(words) <= 3 and not _staff_first(words):
            joined[-1] += "," + part
        else:
            joined.append(part)
    return joined


def _body_inside(name: str) -> bool:
    """True when a capitalised word after the role's first opens a body's name ("Cán bộ
    Phòng Tư pháp"); a system's name there ("… sử dụng Hệ thống QLVB&ĐH") is no body."""
    words = name.replace(",", " ").split()
    for i, word in enumerate(words[1:], start=1):
        if not (word.islower() or word.isupper()):
            return bool(parse_org_list(" ".join(words[i:]))[0])
    return False


def _bare_must(sentence: str, name: str) -> bool:
    """True when "phải" follows a role alone ("Học viên phải …"): what a class of people
    must meet; a role qualified by its work ("Viên chức sử dụng Phần mềm X phải …") is
    charged with the duty."""
    if not re.match(r"\s+phải\s", sentence[len(name) :]):
        return False
    return all(fold(part.strip()) in _STAFF for part in name.lower().split(","))


# the body a role serves ("cơ quan, đơn vị"), after which a verb says which body it is
_BODY_WORD = re.compile(r"(?:quan|vị),?")


def _stops(words: list[str], i: int) -> bool:
    """True when the ``i``-th word of a role's name ends the name: a word that never sits
    in one, or a verb, but not a verb after the body the role serves ("Văn thư cơ quan,
    đơn vị gửi văn bản")."""
    if words[i] not in NAME_STOPS:
        return False
    return words[i] not in DIRECTIVE_VERBS or not _BODY_WORD.fullmatch(words[i - 1])
