"""The parties of a selection of contractors or investors named by their part in it: "Bên
mời thầu đăng tải thông báo mời sơ tuyển …", "… thì bên mời thầu phải cập nhật …", "nhà đầu
tư gửi đề nghị làm rõ đến bên mời thầu …", "Nhà thầu nộp hồ sơ dự thầu …", "Chủ đầu tư cung
cấp thông tin …", "Tổ chuyên gia lập E-HSMT …"; parties listed together share the step
("chủ đầu tư, bên mời thầu vận dụng …", "Chủ đầu tư hoặc đơn vị có nhu cầu mua sắm … có trách
nhiệm …").

A regulation of bidding hands each step of the selection to a party named by its part: the
bid solicitor ("bên mời thầu"), the investor ("nhà đầu tư") or the contractor ("nhà thầu"),
lower case inside a sentence. The name reader holds no such name ("bên" and "nhà" are no
kind of body, and "mời" inside the name reads as a verb); here, at the start of a sentence
or after its opening clause, the party is a lead, and, like a person named by function in a
procedure (:mod:`.procedure_persons`), only ever acts: the words after it are its step,
whatever the procedure's verb ("đính kèm", "tiến hành mở thầu", "trả cho bên mời thầu …").
Only the bare part (and its plural): "nhà đầu tư nước ngoài", "nhà đầu tư tham gia mua trái
phiếu …" are other names.
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention
from cascade.extract.text import squash

# the parts, for the case's "thì" before a subject (see case_then)
BID_PARTS = "bên mời thầu|nhà đầu tư|nhà thầu|chủ đầu tư|tổ chuyên gia"
# (and the project owner who selects them: "Chủ đầu tư cung cấp thông tin …"; the expert team
# that prepares and evaluates the papers: "Tổ chuyên gia lập E-HSMT trên Hệ thống")
_PARTY = (
    r"(?:[Cc]ác\s+)?(?:[Bb]ên\s+mời\s+thầu|[Nn]hà\s+đầu\s+tư|[Nn]hà\s+thầu|[Cc]hủ\s+đầu\s+tư"
    r"|[Tt]ổ\s+chuyên\s+gia)"
)
# who may share a party's step: "Chủ đầu tư hoặc đơn vị có nhu cầu mua sắm trong mua sắm tập
# trung có trách nhiệm …" (the unit that needs the goods, when they are bought centrally)
_FELLOW = (
    r"(?P<fellow>đơn\s+vị\s+có\s+nhu\s+cầu\s+mua\s+sắm)(?:\s+trong\s+mua\s+sắm\s+tập\s+trung)?"
)
# parties listed together: "chủ đầu tư, bên mời thầu vận dụng …"
_JOIN = r"(?:\s*,\s*|\s+(?:và|hoặc)\s+)"
_MEMBER = re.compile(rf"{_PARTY}|{_FELLOW}")
# the party, then its step: a word of duty or a lower-case word that goes on with no name
# ("nhà đầu tư nước ngoài", "nhà thầu phụ", "nhà đầu tư tham gia …" name other parties; "và",
# "hoặc", "của" go on with a list or a phrase)
_NOT_STEP = (
    r"(?:nước|trong|ngoài|phụ|chính|liên|tham|là|và|hoặc|của|được|bị|không|có\s+thể|đã|chỉ"
    r"|đề\s+xuất|độc\s+lập|trúng|đứng|mua|bán|tổ\s+chức|cá\s+nhân|chiến\s+lược|chứng\s+khoán"
    # whose owner: "chủ đầu tư dự án …", "chủ đầu tư nhà máy nhiệt điện than"
    r"|dự\s+án|nhà\s+máy|công\s+trình|các"
    # a purpose: "thuê tư vấn để thực hiện vai trò của bên mời thầu, tổ chuyên gia để đăng tải …"
    r"|để)\b"
)
_STEP = re.compile(
    rf"^(?P<name>{_PARTY}(?:{_JOIN}(?:{_PARTY}|{_FELLOW}))*)\s+(?!{_NOT_STEP})(?=[a-zđà-ỹ])"
)
_ONE = re.compile(rf"^{_PARTY}$")


def bid_party(text: str) -> tuple[list[Mention], int] | None:
    """The party of a selection ``text`` opens with before its step, and where its name
    ends; None when ``text`` opens otherwise."""
    match = _STEP.match(text)
    if match is None:
        return None
    name = match.group("name")
    mentions = []
    for member in _MEMBER.finditer(name):
        # (the unit's "trong mua sắm tập trung" says when it shares the step, not who it is)
        end = member.end("fellow") if member.group("fellow") else member.end()
        words = name[member.start() : end]
        plural = words.lower().startswith("các ")
        mentions.append(Mention(squash(words), member.start(), end, plural=plural))
    return mentions, len(name)


def is_bid_party(name: str) -> bool:
    """True when ``name`` is a party of a selection by its part ("bên mời thầu")."""
    return bool(_ONE.match(squash(name)))
