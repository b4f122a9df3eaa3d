"""A party a regulation names by its trade, up to its word of duty: "Doanh nghiệp bán hàng
đa cấp có trách nhiệm …", "Cơ sở đào tạo kiến thức pháp luật về bán hàng đa cấp có trách
nhiệm …", the lead-in "Người tham gia bán hàng đa cấp có trách nhiệm:", and a class picked
out of another ("Ngoài …, người tham gia … là nhà phân phối cấp cao có trách nhiệm:" names
"nhà phân phối cấp cao").

A decree that governs one trade names the enterprises and persons in it by a kind
("doanh nghiệp", "cơ sở", "người", "hợp tác xã") and the trade, all in lower case, and the
kind is capitalised only because it opens the sentence. The name reader does not read a
kind as a name there, and stops at a verb inside the trade ("bán", "tham gia") or at
"về"; here the name runs, in lower case and with no comma, to "có trách nhiệm".

Such a party's duties are commercial acts ("chỉ định …", "thanh toán …", "mua lại …", "hủy
giao dịch …") the list of directive verbs, made for the State's work, does not hold: after
its word of duty the work follows whatever its verb (``trade_work``).
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention
from cascade.extract.text import squash
from cascade.extract.verb_start import leading_verb

_KIND = r"(?:[Dd]oanh\s+nghiệp|[Cc]ơ\s+sở|[Nn]gười|[Hh]ợp\s+tác\s+xã)"
_WORD = r"[a-zđà-ỹ]+"
_TRADE = re.compile(
    # what the duty adds to ("Ngoài các trách nhiệm tại khoản 1 Điều này, …")
    r"^(?:Ngoài\s[^,:;.]{1,120},\s*)?"
    rf"(?P<name>(?:[Cc]ác\s+)?{_KIND}(?:\s+{_WORD}){{0,12}}?)"
    # "… là nhà phân phối cấp cao": the class of them the duty is for
    rf"(?:\s+là\s+(?P<which>{_WORD}(?:\s+{_WORD}){{1,6}}?))?"
    r"\s+có\s+(?:trách\s+nhiệm(?=\s*:|\s+[a-zđà-ỹ])"
    # "… có các nghĩa vụ sau đây:", a law's list of a party's obligations (not "Người có
    # nghĩa vụ nộp … bao gồm:", who is meant)
    r"|(?:các\s+|những\s+)?nghĩa\s+vụ(?=\s*(?:sau\s+đây|như\s+sau|sau)?\s*:))"
)
# not a party by its trade: a head or a deputy (a post), a thing ("cơ sở dữ liệu"), a
# class of the public, a body named by the work it is given or by a case ("khi", "nơi")
_NOT_TRADE = re.compile(
    r"\b(?:đứng\s+đầu|dữ\s+liệu|pháp\s+lý|hạ\s+tầng|vật\s+chất|lao\s+động|dân|nộp\s+thuế"
    r"|được|không|phải|khi|nơi|có|đã|và|hoặc|của|tại|theo|trong)\b"
)


def trade_named(text: str) -> tuple[list[Mention], int] | None:
    """The party ``text`` opens with when named by its trade (see the module), and where
    its word of duty starts; None when ``text`` opens otherwise."""
    match = _TRADE.match(text)
    if match is None:
        return None
    name = match.group("name")
    which = match.group("which")
    if _NOT_TRADE.search(name) or (which and _NOT_TRADE.search(which)):
        return None
    if match.start("name") == 0 and not name[:1].isupper():
        return None  # a name in lower case at the start is no sentence's subject
    start, end = match.span("which") if which else match.span("name")
    found = squash(text[start:end])
    return [Mention(found, start, end, plural=found.lower().startswith("các "))], end


# a name read as a party by its trade (also the class picked out: "nhà phân phối cấp cao")
_TRADE_NAME = re.compile(rf"^(?:[Cc]ác\s+)?(?:{_KIND}|[Nn]hà(?!\s+nước))(?:\s+{_WORD})+$")
# the word of duty, then the work (not what it answers for, its field, a case, a passive)
_DUTY_THEN_WORK = re.compile(
    r"^có\s+(?:trách\s+nhiệm|nghĩa\s+vụ)\s+(?!(?:về|trong|đối|trước|với|của|theo|tại|như"
    r"|sau|nếu|khi|liên|là|được|bị|không|phải|và|hoặc|căn)\b)(?=[a-zđà-ỹ])"
)


def trade_work(mentions: list[Mention], rest: str) -> str:
    """The work after the word of duty when ``mentions`` are parties named by their trade and
    it opens with a verb the lexicon does not list ("có trách nhiệm chỉ định …"); "" when
    they are not, or the usual reading applies."""
    named = [m.text for m in mentions]
    if not named or not all(_TRADE_NAME.match(n) and not _NOT_TRADE.search(n) for n in named):
        return ""
    rest = rest.strip(" ,")
    duty = _DUTY_THEN_WORK.match(rest)
    if duty is None or leading_verb(rest[duty.end() :], max_words=1) is not None:
        return ""
    return rest[duty.end() :].strip()
