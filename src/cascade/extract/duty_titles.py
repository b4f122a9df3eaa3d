"""Bodies a duty title names by the work they do.

"Điều 18. Trách nhiệm của các cơ quan, đơn vị xử lý phản ánh kiến nghị": the kinds of body
("các cơ quan, đơn vị") and the work that picks them out ("xử lý phản ánh kiến nghị") are
one group, the lead of the items below the title. A title holds no work of its own, so a
verb after the kinds qualifies them. Named bodies keep their names ("Trách nhiệm của Sở X
trong việc …" is not read here). A post the title names with a capital and nothing after
it ("Điều 17. Trách nhiệm của Văn thư cơ quan") is the lead of its items too. An article
titled by the group alone ("Điều 28. Cán bộ, công chức tiếp nhận hồ sơ …") leads its items
as well, and so does one body whose name holds its work ("Trách nhiệm của Văn phòng đăng ký
đất đai": the name is whole, not cut at "đăng ký").
"""

from __future__ import annotations

import re

from cascade.extract.bid_parties import is_bid_party
from cascade.extract.orgs import Mention
from cascade.extract.text import squash
from cascade.extract.verb_start import leading_verb

# a kind of body in lower case, with "các" or not, and more kinds after commas
_KIND = (
    r"(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|bộ\s+phận|cán\s+bộ|công\s+chức|viên\s+chức"
    r"|doanh\s+nghiệp)"
)
_KINDS = re.compile(rf"^(?:các\s+)?{_KIND}(?:\s*,\s*{_KIND})*\s+")
_TOO_MUCH = re.compile(r"[:;()]|\s(?:trong\s+việc|đối\s+với|về\s+việc)\s")
# a person named by the work of the post ("người quản trị vận hành Cổng thông tin điện
# tử"): lower-case work words, then at most a short capitalised name of what is run
_PERSON = re.compile(
    r"người\s+(?!(?:của|trong|về|theo|tại|được|có|là|và|đứng)\s)[a-zđà-ỹ]+(?:\s+[a-zđà-ỹ]+){0,5}"
    r"(?:\s+[A-ZĐ][\w&]*(?:\s+[\w&]+){0,5})?"
)


def group_named_by_work(title: str) -> Mention | None:
    """The group a duty title names after "Trách nhiệm của" (``title`` starts there): kinds
    of body and the verb phrase that says which, to the end of the title; None when the
    title does not have that shape."""
    text = title.rstrip(" .:*_")
    if _PERSON.fullmatch(text) and "," not in text:
        return Mention(squash(text), 0, len(text), plural=False)
    kinds = _KINDS.match(text)
    if kinds is None or _TOO_MUCH.search(text) or len(text.split()) > 20:
        return None
    verb = leading_verb(text[kinds.end() :], max_words=1)
    if verb is None or verb.start != 0:
        return None
    name = squash(text)
    return Mention(name, 0, len(text), plural=True)


# "Tổ chức thực hiện": to organise the work, no organisation
_ORGANISING = re.compile(r"^Tổ\s+chức\s+(?!,)")


def group_titled(title: str) -> Mention | None:
    """The group an article's title is by itself ("Điều 28. Cán bộ, công chức, viên chức
    tiếp nhận và giải quyết hồ sơ"): kinds of body opening the title, capitalised, and the
    work that picks them out, as after "Trách nhiệm của"; None otherwise."""
    if not title[:1].isupper() or _ORGANISING.match(title):
        return None
    return group_named_by_work(title[:1].lower() + title[1:])


# posts that lead or sit on a board or body ("Trưởng ban", "Ủy viên thường trực")
_BOARD_POST = re.compile(
    r"^(?:Trưởng|Phó|Ủy\s+viên|Uỷ\s+viên|Thành\s+viên|Chủ\s+tịch|Giám\s+đốc|Thủ\s+trưởng"
    r"|Chánh|Bí\s+thư|Người\s+đứng\s+đầu)\b",
    re.IGNORECASE,
)


def post_named_by_title(title: str) -> Mention | None:
    """The post a duty title names after "Trách nhiệm của" (``title`` starts there) when it
    is all the title holds: a capital, then two to four lower-case words and no verb ("Văn
    thư cơ quan", "Kế toán trưởng đơn vị"); None otherwise."""
    text = title.rstrip(" .:*_")
    words = text.split()
    if _BOARD_POST.match(text):
        return None  # "Trách nhiệm của Trưởng ban": a board's post holds powers, not tasks
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper() or not words[0].isalpha():
        return None
    if not all(word.isalpha() and word.islower() for word in words[1:]):
        return None
    if leading_verb(" ".join(words[1:]), max_words=3) is not None:
        return None
    return Mention(squash(text), 0, len(text), plural=False)


# the head of a body's name that its work completes ("Văn phòng đăng ký đất đai", "Chi
# nhánh Văn phòng …", "Cơ quan có chức năng quản lý đất đai cấp xã")
_WORK_NAMED_HEAD = re.compile(
    r"^(?:Chi\s+nhánh\s+)?(?:Văn\s+phòng|Cơ\s+quan|Trung\s+tâm|Bộ\s+phận|Phòng|Ban|Tổ"
    # "Trách nhiệm của Hội đồng quản lý": a council named by its work
    r"|Hội\s+đồng)\s+"
    r"(?=[a-zđà-ỹ])"
)


def body_named_with_work(title: str) -> Mention | None:
    """The body a duty title names after "Trách nhiệm của" (``title`` starts there) when a
    head word ("Văn phòng", "Cơ quan") and the lower-case words of its work are all the
    title holds ("Văn phòng đăng ký đất đai"): the verb inside is part of the name, not
    the body's duty; None otherwise."""
    text = title.rstrip(" .:*_")
    head = _WORK_NAMED_HEAD.match(text)
    if head is None or _TOO_MUCH.search(text) or "," in text:
        return None
    words = text[head.end() :].split()
    if not 2 <= len(words) <= 10 or not all(w.isalpha() and w.islower() for w in words):
        return None
    return Mention(squash(text), 0, len(text), plural=False)


# "đồng chủ sở hữu phim", "chủ đầu tư dự án": a party named by what it owns or invests in
_OWNER = re.compile(r"^(?:các\s+)?(?:đồng\s+)?chủ\s+(?:sở\s+hữu|đầu\s+tư)(?:\s+[a-zđà-ỹ]+){1,6}$")


def owner_named(title: str) -> Mention | None:
    """The party a duty title names after "Trách nhiệm của" / "Nghĩa vụ của" (``title``
    starts there) when it is all the title holds: an owner or co-owner, an investor, and
    the lower-case words of what it owns ("đồng chủ sở hữu phim"); None otherwise."""
    text = title.rstrip(" .:*_")
    # (or a party of a selection by its part alone: "Trách nhiệm của nhà đầu tư")
    if _OWNER.match(text) is None and not is_bid_party(text):
        return None
    return Mention(squash(text), 0, len(text), plural=text.startswith("các "))


# "đơn vị nơi giảng viên đồng cơ hữu đang công tác": a body named by a clause of where
# someone works or studies ("nơi …"), in lower case to the title's end
_WHERE_NAMED = re.compile(
    r"^(?:các\s+)?(?:đơn\s+vị|cơ\s+quan|cơ\s+sở(?:\s+giáo\s+dục)?|tổ\s+chức|doanh\s+nghiệp|trường)"
    r"\s+nơi(?:\s+[a-zđà-ỹ]+){2,10}$"
)


def place_named(title: str) -> Mention | None:
    """The body a duty title names after "Trách nhiệm của" (``title`` starts there) when it
    is a kind of body and a "nơi …" clause, all the title holds; None otherwise."""
    text = squash(title.rstrip(" .:*_"))
    if _WHERE_NAMED.match(text) is None:
        return None
    return Mention(text, 0, len(text), plural=text.startswith("các "))
