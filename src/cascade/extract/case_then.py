"""Where a sentence's subject may start after the clause it opens with.

After a comma ("Trên cơ sở …, Sở X có nhiệm vụ …", "Trường hợp chấp nhận, Bộ X chuyển hồ sơ
…"), and after a case's "thì" when a body's proper name follows it ("Trường hợp người làm đơn
rút đơn … thì Bộ Công an thông báo …", "Sau khi nhận được … thì Cục X kiểm tra …"). Kinds
written in lower case or with one capital ("thì cơ sở khám bệnh …", "thì Công ty phải …")
are not read here: a regulation's rules for those it governs, most often no task of the
cascade; but not the local authorities ("thì Ủy ban nhân dân cấp xã trình …") nor a village's
head. Kinds of body in lower case and lists of bodies after "thì" are read, more strictly,
by then_kinds.
"""

from __future__ import annotations

import re

from cascade.extract.bid_parties import BID_PARTS
from cascade.extract.lexicon import PERSON_ROLES
from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.personnel_bodies import ACTORS
from cascade.extract.text import UPPER
from cascade.extract.village_heads import VILLAGE_HEADS

# (the first two words after "thì" capitalised: "Bộ Công an", "Cục Lãnh sự"; "Văn phòng
# Chính phủ" is not read there, the price of leaving "thì Công ty phải …" alone)
# ("thì Kiểm sát viên …": a person named by function in a procedure, see procedure_persons;
# "thì cấp có thẩm quyền …": a body by its part in personnel work, see personnel_bodies;
# "thì bên mời thầu phải …": a party of a selection, see bid_parties)
# ("thì Ủy ban nhân dân cấp xã …", "thì Hội đồng nhân dân …": the local authorities, one
# capital but a public body's name all the same; so are the heads of villages; and "thì cơ
# quan chuyên môn của Bộ X …", the expert office of a public body, see expert_bodies)
_NAMED_BY_PART = r"(?i:" + PERSON_ROLES + "|" + ACTORS + "|" + BID_PARTS + r")\b"
_AUTHORITIES = (
    r"(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân|UBND|HĐND|Chính\s+quyền\s+địa\s+phương"
    r"|(?i:" + VILLAGE_HEADS + r")"
    r"|(?i:cơ\s+quan|bộ\s+phận)\s+chuyên\s+môn\s+của"
)
SUBJECT_AFTER = re.compile(
    r",\s*|\s+thì\s+(?=["
    + UPPER
    + r"]\S*\s+["
    + UPPER
    + r"]|"
    + _NAMED_BY_PART
    + r"|(?:"
    + _AUTHORITIES
    + r")\b)"
)

# how far into a sentence its opening clause may run: a decree's "Trên cơ sở thống nhất với
# Bộ X, căn cứ vào chủ trương …, khả năng cân đối …, tiến độ …, nhu cầu …, Bộ Y tổng hợp …"
# runs past 300 characters; past 200, only a body's proper name is taken as the subject (a
# kind in lower case there is more often one of the clause's own words)
REACH = 400
_NEAR = 200


def in_reach(opening: str, subject: Mention, timed: bool = False) -> bool:
    """True when ``subject``, found after ``opening`` (the sentence up to a comma), may be
    the sentence's. After a time limit (``timed``: "Trong thời hạn 10 ngày làm việc kể từ
    …, cơ quan X …") the clause may be long: two terms counted from two receipts still end
    at the subject. Asides in brackets ("Tại khu vực Bắc Bộ (ngoại trừ các điểm …) và khu
    vực Nam Bộ (…), các đơn vị …") do not count to its length."""
    words = subject.text.split()
    if words and words[0].lower() == "các":
        words = words[1:]
    length = len(_ASIDE.sub("", opening))
    return length < (REACH if timed else _NEAR) or (bool(words) and words[0][:1].isupper())


_ASIDE = re.compile(r"\([^()]*\)")


# a comma inside a list of bodies the opening names as the agents of its own event ("… kể
# từ ngày Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ ký văn bản, Văn phòng X …", "Trường
# hợp … nhưng Bộ A, Bộ B có ý kiến, X …"): the bodies after it are not the sentence's subject
_AGENT_BEFORE = re.compile(r"\s(?:ngày|khi|nhưng)\s+(?P<who>(?:(?!\s(?:ngày|khi|nhưng)\s)[^,;])+)$")


def lists_agents_before(opening: str) -> bool:
    """True when ``opening`` (up to a comma) ends with bodies named after "ngày", "khi" or
    "nhưng", nothing else after them."""
    match = _AGENT_BEFORE.search(opening)
    if match is None or not match.group("who")[:1].isupper():
        return False
    found, end = parse_org_list(match.group("who"))
    return bool(found) and not match.group("who")[end:].strip()


# the case's "thì" before a comma: what stands between them may be the list's first bodies
_THEN = re.compile(r"\sthì\s+")


def then_list(sentence: str, comma: re.Match[str], found: list[Mention]) -> list[Mention]:
    """``found`` (the subject read after ``comma``) with the bodies of its own list before it:
    "Trong trường hợp … thì cơ quan quản lý X, cơ quan X phải kiểm tra …" lists two bodies
    after the case's "thì", and the comma between them opened no subject."""
    before = sentence[: comma.start()]
    cases = list(_THEN.finditer(before))
    if not cases or not found or not comma.group().startswith(","):
        return found
    listed = before[cases[-1].end() :]
    first, end = parse_org_list(listed, lowercase_ok=True)
    if not first or listed[end:].strip() or not _same_kind(first + found):
        return found
    return first + found


def _same_kind(bodies: list[Mention]) -> bool:
    """True when ``bodies`` all open with one head word ("cơ quan …, cơ quan …")."""
    heads = {body.text.split()[0].lower() for body in bodies if body.text.split()}
    return len(heads) == 1 and len(bodies) > 1
