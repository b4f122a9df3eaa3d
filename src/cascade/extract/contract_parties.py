"""The parties of a loan, a guarantee or a sale named by their part in it: "bên đi vay, bên
phát hành trái phiếu quốc tế gửi 01 bộ hồ sơ …", "Bên cho vay có trách nhiệm gửi hồ sơ …",
"bên bảo lãnh nộp trực tiếp tại Bộ phận Một cửa …".

A procedure for registering a loan or a guarantee hands the filings it compels to the parties
of the contract, each named "bên" and its part ("đi vay", "cho vay", "bảo lãnh", "phát hành
trái phiếu quốc tế", "mua", "bán" …), one or several listed with commas, and the filing it
must make ("gửi", "nộp", "có trách nhiệm gửi …"). The name reader holds no such name (it is
lower case, and "bên" is no kind of body); here, at the start of a sentence or after its
opening clause, each party is a lead of its own. Not "Bên vay" alone: in a decree on lending
abroad it is a foreign state the decree charges with nothing (a registration names its
borrower "bên đi vay").
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention
from cascade.extract.text import squash

_PART = (
    r"(?:đi\s+vay|cho\s+vay|"
    r"(?:nhận\s+|được\s+)?bảo\s+lãnh|"
    r"phát\s+hành(?:\s+trái\s+phiếu(?:\s+quốc\s+tế)?)?|"
    r"(?:nhận\s+)?(?:ủy|uỷ)\s+thác|"
    r"(?:nhận\s+)?(?:thế\s+chấp|cầm\s+cố|chuyển\s+nhượng|bảo\s+đảm)|"
    r"(?:cho\s+)?thuê|mua|bán)"
)
# (held whole: "bên phát hành trái phiếu quốc tế sang …" is no "bên phát hành trái phiếu")
_PARTY = rf"[Bb]ên\s+(?>{_PART})"
# one party or several, each "bên …", listed with commas or "và"/"hoặc"; then a filing the
# procedure compels, after a word of duty or not ("gửi", "nộp", "có trách nhiệm gửi …"), not
# what the party may or does do under the contract ("Bên cho vay sử dụng nguồn … chỉ để …": a
# principle)
_FILING = (
    r"(?:(?:phải|có\s+trách\s+nhiệm|có\s+nghĩa\s+vụ)\s+)?"
    r"(?:gửi|nộp|đăng\s+ký|báo\s+cáo|thông\s+báo|cung\s+cấp|lập|chuyển|hoàn\s+thiện|bổ\s+sung"
    r"|có\s+văn\s+bản|trình)\b"
)
_PARTIES = re.compile(
    rf"^(?P<names>{_PARTY}(?:(?:\s*,\s*|\s+(?:và|hoặc)\s+){_PARTY})*)(?=\s+{_FILING})"
)
_SPLIT = re.compile(r"\s*,\s*|\s+(?:và|hoặc)\s+")


def named_party(text: str) -> tuple[list[Mention], int] | None:
    """The parties ``text`` opens with when named by their part in a contract, and where
    their names end; None when ``text`` opens otherwise."""
    match = _PARTIES.match(text)
    if match is None:
        return None
    mentions: list[Mention] = []
    start = 0
    names = match.group("names")
    for piece in _SPLIT.finditer(names + ","):
        name = names[start : piece.start()]
        mentions.append(Mention(squash(name), start, piece.start()))
        start = piece.end()
    return mentions, match.end("names")


_ONE_PARTY = re.compile(rf"^{_PARTY}$")


def is_party(name: str) -> bool:
    """True when ``name`` is a party of a contract by its part ("bên bảo lãnh"): like a
    person named by function in a procedure, only ever an actor, so the words after it are
    its step whatever the verb ("bên bảo lãnh nộp trực tiếp … hoặc gửi qua dịch vụ bưu chính
    …")."""
    return bool(_ONE_PARTY.match(squash(name)))
