"""What a heading or lead-in line says by itself: the bodies it names, in which role.

:func:`heading_roles` reads the leads and coordinators of a heading ("1. Sở Y tế chủ trì,
phối hợp với …:", "Các sở, ban, ngành, Ủy ban nhân dân các xã …:"), :func:`named_lead_in`
the bodies of a lead-in that names them before its verb ("Ban Thường vụ Tỉnh ủy yêu cầu các
huyện ủy … thực hiện …:"), :func:`timed_heading` a heading that opens with a time. The
context of the items below (:class:`~cascade.extract.headings.Headings`) builds on them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cascade.extract.duty_titles import (
    body_named_with_work,
    group_named_by_work,
    owner_named,
    place_named,
    post_named_by_title,
)
from cascade.extract.land_bodies import TASK_TITLE
from cascade.extract.managing_bodies import named_by_managed
from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.provider_names import named_as_provider
from cascade.extract.service_bodies import named_by_service
from cascade.extract.short_terms import BodyStart
from cascade.extract.text import fold, split_sentences, squash
from cascade.extract.trade_named import trade_named
from cascade.extract.verb_start import leading_verb
from cascade.extract.work_named import named_by_work

# ("Phân công nhiệm vụ các Thành viên Chính phủ chủ trì …": the duty named before who; not
# "Phân công nhiệm vụ cho các thành viên, …", a head's own duty of sharing out the work)
TRIGGER_START = re.compile(
    r"^(?P<t>Giao|Phân công|Đề nghị|Yêu cầu)\s+(?:(?<=công )nhiệm\s+vụ\s+(?!cho\s))?",
    re.IGNORECASE,
)
# "giao" that ends a word of two syllables is no assignment ("Bộ Ngoại giao", "bàn giao"),
# nor one that starts "giao thông" (traffic: "Bảo đảm an toàn giao thông: …"); a request's
# file ("hồ sơ yêu cầu tương trợ tư pháp") is a paper, no request
TRIGGER_ANY = re.compile(
    r"(?<![\w])(?<!ngoại )(?<!bàn )(?<!chuyển )(?<!hồ sơ )"
    r"(?P<t>giao(?!\s+thông(?!\w))|đề nghị|yêu cầu)\s+",
    re.IGNORECASE,
)
_COORDINATE = re.compile(r"(?:và\s+)?phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?\s+", re.IGNORECASE)
# "Trách nhiệm của Sở X", "Trách nhiệm chung của các cơ quan, đơn vị" (what all of them
# do), "Thẩm quyền, trách nhiệm của …", and a regulation's article
# "Nội dung Sở X có trách nhiệm chủ trì" (the contents that body leads), "Nhiệm vụ của X"
# ("Trách nhiệm củaTrung tâm …": the space after "của" lost in the crawl)
DUTIES_OF = re.compile(
    # "Điều 7. Trách nhiệm, phạm vi và cách thức giải quyết công việc của Bộ trưởng, …"
    r"^\s*(?:Trách\s+nhiệm(?:\s*(?:,|và)\s*(?:phạm\s+vi|quyền\s+hạn|nhiệm\s+vụ|cách\s+thức)"
    r"(?:\s+(?:giải\s+quyết|làm)\s+việc|\s+giải\s+quyết\s+công\s+việc)?){1,3}\s+của\s+"
    r"|(?:Thẩm\s+quyền,?\s+(?:và\s+)?)?Trách\s+nhiệm"
    r"(?:\s+chung|\s+quản\s+lý(?:\s+nhà\s+nước)?)?"
    r"\s+(?:của(?:\s+|(?=(?-i:[A-ZĐỦ]))))?|Nội\s+dung\s+(?:mà\s+)?"
    # "1. Nhiệm vụ của Quỹ" over its items (beside "2. Quyền hạn của Quỹ"); a decree's
    # "Điều 17. Nhiệm vụ và quyền hạn của Bộ Tư pháp trong hoạt động …" over its duties
    # "Điều 28. Nhiệm vụ, quyền hạn(, trách nhiệm) của Bộ X" too
    r"|Nhiệm\s+vụ\s*(?:,|\s+và)\s*quyền\s+hạn(?:\s*(?:,|và)\s*trách\s+nhiệm)?\s+của\s+"
    r"|Nhiệm\s+vụ\s+của\s+"
    # "2. Nghĩa vụ của cơ quan đại diện chủ sở hữu phim:" over its items, beside "1. Quyền
    # của …:" (rights, no tasks); a lead-in: its colon, not a sentence's period
    r"|Nghĩa\s+vụ\s+của\s+(?=[^:;.]+:\s*$)"
    # "3. Vai trò và nhiệm vụ của cơ sở giáo dục đại học" over its items
    r"|Vai\s+trò\s*(?:,|\s+và)\s*(?:nhiệm\s+vụ|trách\s+nhiệm)\s+của\s+)(?=\S)",
    re.IGNORECASE,
)
# what may follow the bodies a heading names: "theo chức năng, nhiệm vụ, thẩm quyền",
# "có trách nhiệm", "thực hiện các nhiệm vụ sau"
_HEADING_QUALIFIER = re.compile(
    r",?\s*(?:"
    # "Bộ X chịu trách nhiệm trước Chính phủ thực hiện quản lý nhà nước về … và có trách
    # nhiệm sau đây:": to whom it answers, then its duties
    r"chịu\s+trách\s+nhiệm\s+trước\s[^:;]{1,240}?\s+và(?=\s+có\s+(?:trách\s+nhiệm|nhiệm\s+vụ))|"
    r"(?:theo|trong phạm vi|căn cứ)(?:\s*,?\s*(?:chức năng|nhiệm vụ|thẩm quyền|quyền hạn|"
    r"lĩnh vực|phạm vi|được giao|của mình|của đơn vị|quản lý|và)){1,8}"
    r"|(?:(?:có|chịu)\s+trách\s+nhiệm|có\s+nhiệm\s+vụ|có\s+(?:các\s+|những\s+)?nghĩa\s+vụ)"
    r"(?:\s+chủ\s+trì)?"
    # "X có trách nhiệm sau đây:" (the duties follow as items)
    r"(?:\s+(?:sau đây|như sau|sau))?"
    # "Giao Sở X căn cứ Danh mục … tại Điều 1 … có trách nhiệm:": the grounds of the duty
    r"|căn\s+cứ\s[^:;]{0,240}?(?=\s+(?:có|chịu)\s+trách\s+nhiệm\s*:?\s*$)"
    r"|(?:tập trung\s+)?(?:thực hiện|triển khai)\s+(?:các|một số|những)\s+"
    r"(?:nhiệm\s+vụ|hoạt\s+động)"
    r"(?:\s+(?:chủ yếu|cụ thể|trọng tâm|sau đây|như sau|sau))?"
    r"|(?:các|một số|những)\s+nhiệm\s+vụ(?:\s+(?:sau đây|như sau|sau))?"
    # "Chủ tịch UBND các tỉnh, … có hoạt động sản xuất, kinh doanh than": which of them
    r"|có\s+hoạt\s+động\s[^:;]{1,160}?(?=[.:]?\s*$)"
    # "… của Bộ trưởng, Thủ trưởng cơ quan ngang bộ với tư cách người đứng đầu bộ, …"
    r"|với\s+tư\s+cách\s[^:;]{1,80}?(?=[.:]?\s*$)"
    r")",
    re.IGNORECASE,
)
# the State as a whole, no body of its own ("Trách nhiệm của Nhà nước")
_STATE = re.compile(r"Nhà\s+nước", re.IGNORECASE)
_LEAD_ROLE = re.compile(r",?\s*chủ\s+trì\s*,?\s*", re.IGNORECASE)
_NOTE = re.compile(r"^\s*\([^()]{1,160}\)")


def is_named(mention: Mention) -> bool:
    """A body named with capitals ('Đảng ủy Chính phủ', 'các Tiểu ban …')."""
    words = mention.text.split()
    if words and fold(words[0]) == "cac":
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


@dataclass
class HeadingRoles:
    """The bodies a heading names: who leads the items below, who works with them."""

    leads: list[Mention]
    coordinators: list[Mention]


_HEADING_TIME = re.compile(
    r"^(?:Hằng năm|Hàng năm|Hằng quý|Hàng quý|Định kỳ)\b[^,:;]{0,80},\s*", re.IGNORECASE
)


# "Khi xảy ra rủi ro …, X có trách nhiệm:": the case the items below are due on
_HEADING_CASE = re.compile(r"^(?P<case>(?:Khi|Trường\s+hợp)\s[^,:;]{3,160}),\s*", re.IGNORECASE)


def timed_heading(text: str) -> bool:
    """'Định kỳ (trước ngày 30 tháng 6 hằng năm), X có trách nhiệm:': a heading that says
    when before whom; its time applies to the items below it. So does a case it opens
    with ("Khi xảy ra rủi ro …, X có trách nhiệm:")."""
    return _HEADING_TIME.match(text) is not None or bool(heading_case(text))


def heading_case(text: str) -> str:
    """The case a heading of duties opens with before its body ("Khi xảy ra rủi ro …, X có
    trách nhiệm:"), or "" (also for a case alone over steps: "1. Trường hợp giải thể thôn,
    tổ dân phố", or one over a body's rights: "Khi đánh giá …, X được loại trừ …, gồm:")."""
    found = _HEADING_CASE.match(text)
    return found.group("case") if found and heading_roles(text) is not None else ""


# A kind of body capitalised only because it opens the sentence ("Cơ quan thuế …",
# "Cơ sở khám bệnh, chữa bệnh có trách nhiệm:"): read as a name in lower case
_GENERIC_KIND_START = re.compile(
    r"^(?:Các\s+)?Cơ quan\s+[a-zđà-ỹ]"
    # "Cơ quan Thuế tỉnh …", "Cơ quan Công an các cấp …": a kind by its sector and level
    r"|^(?:Các\s+)?Cơ quan\s+[A-ZĐ][a-zđà-ỹ]+(?:\s+[a-zđà-ỹ]+)?\s+"
    r"(?:tỉnh|thành\s+phố|các\s+cấp|cấp\s+(?:tỉnh|xã))\s"
    r"|^Tổ chức(?:\s+[a-zđà-ỹ]+){1,3}\s+(?:có|chịu)\s+trách\s+nhiệm\b"
    # "Tổ chức làm nhiệm vụ bồi thường …" before its work (see land_bodies)
    rf"|^Tổ chức\s+{TASK_TITLE}"
    # "Cơ sở khám bệnh, chữa bệnh có trách nhiệm:": a kind of body opening its duty
    r"|^(?:Các\s+)?Cơ sở(?:,?\s+[a-zđà-ỹ]+){1,6}\s+(?:có|chịu)\s+trách\s+nhiệm\b"
    # "Cơ sở giáo dục …", "Đơn vị kiểm định …", "Cơ quan, tổ chức …", "Sở, ban, ngành …",
    # "Cấp ủy …", "Hội nông dân …" before their work (not "Cơ sở dữ liệu": a thing)
    r"|^(?:Các\s+)?Cơ sở\s+(?!dữ\s+liệu|pháp\s+lý|hạ\s+tầng|vật\s+chất|để\s|cho\s)[a-zđà-ỹ]"
    # (not a form's field "Đơn vị công tác: …")
    r"|^(?:Các\s+)?(?:Đơn vị(?!\s+công\s+tác)|Cấp\s+(?:ủy|uỷ))(?:\s+|\s*,\s*)[a-zđà-ỹ]"
    r"|^(?:Các\s+)?(?:Cơ quan|Sở)\s*,\s*[a-zđà-ỹ]"
    # "Cơ quan Thanh tra, giám sát ngân hàng": a body's own name, its words in lower case
    r"|^Cơ quan\s+[A-ZĐ][a-zđà-ỹ]+\s+[a-zđà-ỹ]+\s*,\s*[a-zđà-ỹ]"
    # "2. Cơ quan Bảo hiểm xã hội" over its steps, "Cơ quan Thuế …": an agency named by its
    # field, capitalised (these five fields only)
    r"|^Cơ quan\s+(?:Bảo\s+hiểm|Thuế|Hải\s+quan|Thống\s+kê|Kho\s+bạc)\b"
    r"|^(?:Các\s+)?(?:Người\s+có\s+thẩm\s+quyền|Người\s+sử\s+dụng)\s"
    r"|^Hội\s+(?:nông\s+dân|cựu\s+chiến\s+binh|liên\s+hiệp\s+phụ\s+nữ|phụ\s+nữ|doanh\s+nghiệp"
    r"|người\s+cao\s+tuổi|chữ\s+thập\s+đỏ|luật\s+gia|nhà\s+báo)\b"
)
# ... or a short name the document defines for a body ("Doanh nghiệp phát hành gửi …")
GENERIC_BODY_START = BodyStart(_GENERIC_KIND_START)


# the field a duty title names after its bodies ("Trách nhiệm của các cơ quan, đơn vị trong
# quản lý, sử dụng Hệ thống …": a work after "trong", not a place as in "trong tỉnh có …")
_DUTY_DOMAIN = re.compile(
    r"\s+trong\s+(?:(?P<field>công\s+tác|hoạt\s+động|lĩnh\s+vực)\s+|việc\s+)?"
    r"(?=[a-zđà-ỹ][^:;()]*$)"
)
_ACTIVITY = re.compile(r"(?:khai\s+thác|sử\s+dụng|vận\s+hành|phòng,?\s+chống)\b")
# a kind named alone in a duty title ("Trách nhiệm cá nhân trong quản lý …")
_LONE_KIND = re.compile(r"(?:các\s+)?(?:cá\s+nhân|cơ\s+quan|đơn\s+vị|doanh\s+nghiệp)")


def heading_roles(text: str) -> HeadingRoles | None:
    """'1. Sở X chủ trì, phối hợp với Y theo chức năng, nhiệm vụ:' -> ([X], [Y]); None when
    the text says more than who (then it is a task, not a heading). "2. Trách nhiệm của Sở
    Tư pháp" names its body too: the items below are the body's duties."""
    duty = DUTIES_OF.match(text)
    domain = _DUTY_DOMAIN.search(text, duty.end()) if duty is not None else None
    if (
        duty is not None
        and domain is not None
        and (
            # "… trong hoạt động tương trợ tư pháp": a field named by a noun, too
            domain.group("field")
            or _ACTIVITY.match(text, domain.end())
            or leading_verb(text[domain.end() :])
        )
    ):
        text = text[: domain.start()]  # the field the duties are in, not who
        lone = _LONE_KIND.fullmatch(text, duty.end())
        if lone is not None:
            return HeadingRoles([Mention(lone.group(), lone.start(), lone.end(), True)], [])
    roles = _named_roles(text)
    if roles is not None and all(_STATE.fullmatch(lead.text) for lead in roles.leads):
        return None  # "Vai trò và trách nhiệm của Nhà nước": the ministries act for it
    if roles is not None:
        return roles
    kinds = _kinds_listed(text, duty.end()) if duty is not None else []
    return HeadingRoles(kinds, []) if kinds else None


# kinds of body a duty heading lists in lower case ("chủ phương tiện, cơ sở thiết kế, …")
# (not "cơ sở dữ liệu": a thing, part of the name before it)
_KIND_START = re.compile(
    r"^(?:chủ\s+(?:phương tiện|đầu tư|sở hữu|hộ|tàu|xe)|cơ sở(?!\s+dữ\s+liệu)|cơ quan|đơn vị"
    r"|tổ chức|doanh nghiệp|cá nhân|người)(?:\s+\w|$)",
    re.IGNORECASE,
)
# a kind alone, before a kind that says which ("cơ quan, đơn vị trên địa bàn có …"): the
# words after the last kind pick out all of them, one group
_BARE_KIND = re.compile(r"^(?:cơ quan|đơn vị|tổ chức|doanh nghiệp|cá nhân)$", re.IGNORECASE)


def _one_group(kinds: list[Mention]) -> bool:
    """True when every kind but the last is a kind alone and the last says which."""
    *alone, last = kinds
    return all(_BARE_KIND.match(k.text) for k in alone) and not _BARE_KIND.match(last.text)


def _kinds_listed(text: str, start: int) -> list[Mention]:
    """'Trách nhiệm của chủ phương tiện, cơ sở thiết kế, cơ sở đóng mới, hoán cải phương
    tiện': one body per part that opens with a kind of body; a part that does not goes with
    the name before it ("hoán cải phương tiện"). Empty unless two or more kinds are named."""
    listed = text[start:].rstrip(" .:;*")
    if re.search(r"[:;(]|^tổ chức\s+(?:thực hiện|triển khai)", listed, re.IGNORECASE):
        return []  # "Trách nhiệm tổ chức thực hiện": the work, not who; or a sentence on
    kinds: list[Mention] = []
    for part in re.finditer(r"[^,]+", listed):
        begin = start + part.start() + len(part.group()) - len(part.group().lstrip())
        end = start + part.end()
        if _KIND_START.match(text[begin:end]):
            kinds.append(Mention(squash(text[begin:end]), begin, end, False))
        elif kinds:
            last = kinds[-1]
            kinds[-1] = replace(last, text=squash(text[last.start : end]), end=end)
        else:
            return []
    if len(kinds) >= 2 and _one_group(kinds):
        whole = squash(text[kinds[0].start : kinds[-1].end])
        return [replace(kinds[-1], text=whole, start=kinds[0].start, plural=True)]
    return kinds if len(kinds) >= 2 else []


# a label's end: its colon, after a note that names the parties' side ("(Bên cho thuê):")
_LABEL_END = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?:\s*$")


def kinds_label(text: str) -> list[Mention]:
    """'Chủ đầu tư, chủ sở hữu, đơn vị quản lý vận hành nhà ở xã hội (Bên cho thuê):' -> the
    kinds of body a label lists before its colon, each a lead of the items below (as
    after 'Trách nhiệm của'); empty unless two or more are named."""
    end = _LABEL_END.search(text)
    return _kinds_listed(text[: end.start()], 0) if end is not None else []


# "9. Chủ đầu tư nhà máy nhiệt điện than": one kind of body by itself, named by what it owns
_LONE_OWNER = re.compile(r"^Chủ\s+(?:đầu\s+tư|sở\s+hữu)(?:\s+[a-zà-ỹđ]+){1,8}$")


def lone_owner(text: str) -> list[Mention]:
    """The one kind of body a heading names by what it owns, over bullets that act ("Chủ
    đầu tư nhà máy nhiệt điện than"); empty when the heading says more (a verb, a list)."""
    name = text.strip().rstrip(" .:")
    if _LONE_OWNER.match(name) is None or leading_verb(name.split(maxsplit=3)[-1]) is not None:
        return []
    return [Mention(name, 0, len(name), False)]


def _named_roles(text: str) -> HeadingRoles | None:
    """The bodies a heading names by their names (see ``heading_roles``), or None."""
    duty = DUTIES_OF.match(text)
    # "Định kỳ (trước ngày 30 tháng 6 hằng năm), X có trách nhiệm:": when, then who
    if duty is not None:
        text = text[duty.end() :]
    else:
        text = _HEADING_CASE.sub("", _HEADING_TIME.sub("", text, count=1), count=1)
    if duty is not None:
        # "… của thành viên Chính phủ là Bộ trưởng, Thủ trưởng cơ quan ngang bộ": which ones
        text = _WHICH_ONES.sub("", text, count=1)
    # "Thẩm quyền, trách nhiệm của doanh nghiệp": a kind of body named in lower case
    lowercase_ok = duty is not None or GENERIC_BODY_START.match(text) is not None
    # "Người tham gia bán hàng đa cấp có trách nhiệm:": a party by its trade (trade_named);
    # "Người đứng đầu đơn vị … trực tiếp quản lý, sử dụng viên chức … có trách nhiệm:"
    leads, end = (
        named_by_managed(text)
        or trade_named(text)
        or parse_org_list(text, lowercase_ok=lowercase_ok)
    )
    # "Trách nhiệm của các cơ quan, đơn vị xử lý …" (not "Trách nhiệm tổ chức thực hiện")
    of = duty is not None and fold(duty.group()).rstrip().endswith(" cua")
    named_by_work = (group_named_by_work(text) or place_named(text)) if of else None
    if named_by_work is not None:
        return HeadingRoles([named_by_work], [])
    post = (post_named_by_title(text) or owner_named(text)) if of and not leads else None
    if post is not None:
        return HeadingRoles([post], [])
    # "Trách nhiệm của Văn phòng đăng ký đất đai": the name runs to the title's end
    whole = body_named_with_work(text) if of and end < len(text.rstrip(" .:*_")) else None
    if whole is not None:
        return HeadingRoles([whole], [])
    joined = _comma_in_name(text, leads, end) or _kind_named_by_work(text, leads, end)
    if joined is not None:
        leads, end = [joined], joined.end
    if not leads:
        return None
    # "1. Sở Nội vụ (Cơ quan thường trực Ban …):": a note on the body
    rest = _NOTE.sub("", text[end:], count=1)
    # "…, trong đó trọng tâm là các tỉnh: A, B:": an aside on where most of the work is
    rest = _ASIDE.sub("", rest, count=1)
    if rest.startswith(";"):
        # "1. Ban Tuyên giáo … các tỉnh ủy; văn phòng đảng ủy các ban, bộ, ngành:"
        more, more_end = parse_org_list(rest[1:], lowercase_ok=True)
        if more and not rest[1 + more_end :].strip(" .:;"):
            return HeadingRoles([*leads, *more], [])
    coordinators: list[Mention] = []
    role = _LEAD_ROLE.match(rest)
    if role:
        rest = rest[role.end() :]
        partners = _COORDINATE.match(rest)
        if partners:
            found, found_end = parse_org_list(rest[partners.end() :], lowercase_ok=True)
            if not found:
                return None
            coordinators = found
            rest = rest[partners.end() + found_end :]
    while (qualifier := _HEADING_QUALIFIER.match(rest)) is not None and qualifier.end():
        rest = rest[qualifier.end() :]
    if rest.strip(" .:;,"):  # "1. Bộ Công Thương,": a comma left at the end (OCR)
        return None
    return HeadingRoles(leads, coordinators)


_WHICH_ONES = re.compile(r"^(?:các\s+)?(?-i:[a-zđà-ỹ])[^,:;()]{0,40}?\s+là\s+(?=(?-i:[A-ZĐ]))")
_ASIDE = re.compile(
    r"^\s*,\s*(?:trong đó\s+)?(?:trọng tâm|trọng điểm|đặc biệt|nhất)\s+là\s.*?(?=:\s*$)",
    re.IGNORECASE | re.DOTALL,
)
_NAME_TAIL = re.compile(r",\s*(?P<tail>\w+(?:\s+\w+){0,3})\s*:?\s*$")


def _comma_in_name(text: str, leads: list[Mention], end: int) -> Mention | None:
    """'Vụ Kế hoạch, Tài chính': one body whose name holds a comma (what follows the comma
    is capitalised, names no body and has no verb), or None."""
    if len(leads) != 1 or leads[0].plural:
        return None
    tail = _NAME_TAIL.match(text, end)
    if tail is None or not tail.group("tail")[:1].isupper():
        return None
    if leading_verb(tail.group("tail")) is not None:
        return None
    stop = tail.end("tail")
    return replace(leads[0], text=text[leads[0].start : stop], end=stop)


# "Cơ quan thực hiện số hóa thực hiện các hoạt động sau:": the kind of body, named by its
# work, before the heading's own "thực hiện các hoạt động / nhiệm vụ"
_KIND_WORDS = frozenset({"co quan", "don vi", "to chuc", "cac co quan", "cac don vi"})
_OWN_WORK = re.compile(
    r"\s+(?=(?:thực hiện|triển khai)\s+(?:các|một số|những)\s+(?:nhiệm\s+vụ|hoạt\s+động)\b)"
)


def _kind_named_by_work(text: str, leads: list[Mention], end: int) -> Mention | None:
    """'Cơ quan thực hiện số hóa' before "thực hiện các hoạt động sau:": the kind and the
    lower-case words of its work (at most six) as one name, or None."""
    if len(leads) != 1 or fold(leads[0].text) not in _KIND_WORDS:
        return None
    own = _OWN_WORK.search(text, end)
    work = text[end : own.start()].split() if own is not None else []
    if own is None or not 1 <= len(work) <= 6 or not all(w.isalpha() and w.islower() for w in work):
        return None
    return replace(leads[0], text=squash(text[leads[0].start : own.start()]), end=own.start())


def named_lead_in(text: str) -> list[Mention] | None:
    """The bodies a heading "X, Y: <lead-in>:" names before its first colon, or None."""
    stripped = text.rstrip()
    if not stripped.endswith(":"):
        return None
    mentions, end = parse_org_list(text)
    rest = text[end:]
    if not mentions or not rest.startswith(":") or not rest[1:].strip(" :"):
        return None
    return mentions


def subject_at(text: str, *, opened: bool = False) -> list[Mention] | None:
    """The bodies ``text`` opens with when a verb follows them (not "Giao"/"Đề nghị"); a
    kind of body capitalised because it opens the text too ("Cơ sở giáo dục đại học thúc
    đẩy … thông qua các hoạt động sau đây:"), or in lower case after an opening clause."""
    head = text[:1].upper() + text[1:] if opened else text
    # "Các tổ chức đánh giá … thực hiện … theo các bước sau:", "Đại diện người sở hữu …"
    served = named_by_service(head) or named_as_provider(head)
    if served is not None:
        return served[0]
    generic = GENERIC_BODY_START.match(head) is not None
    mentions, end = parse_org_list(text, lowercase_ok=generic)
    if not mentions or TRIGGER_START.match(text[end:].lstrip(" ,")):
        return None
    if generic and _KIND_WORD.fullmatch(mentions[0].text):
        return None  # "Cơ quan chủ trì giải quyết …": a kind named by its role, no verb
    return mentions if leading_verb(text[end:]) is not None else None


_KIND_WORD = re.compile(r"(?:các\s+)?(?:cơ\s+quan|cơ\s+sở|đơn\s+vị|tổ\s+chức)", re.IGNORECASE)


# "tỉnh Sông Lam", "thành phố Đà Nẵng": a locality named in lower case, for its authorities
_LOCALITY_SUBJECT = re.compile(
    r"^(?:thành phố|tỉnh)(?:\s+[A-ZĐ][^\W\d_]*){1,4}(?=\s+[^\W\d_]*[a-zđ])"
)
_NEEDS_TO = re.compile(r"^\s+(?:cần|phải)\s+", re.IGNORECASE)


def _locality_subject(text: str) -> list[Mention] | None:
    """'tỉnh Sông Lam cần tập trung thực hiện … sau đây:': a locality that needs to act
    (the subject of a lead-in after an opening clause), or None."""
    match = _LOCALITY_SUBJECT.match(text)
    if match is None or not _NEEDS_TO.match(text[match.end() :]):
        return None
    return [Mention(match.group(), 0, match.end())]


# a case that opens a lead-in, its subject after "thì"
_CASE_THEN = re.compile(r"^(?:Khi|Trường\s+hợp|Nếu)\s[^:;]{1,300}?\s+thì\s+")
_OPENING_CLAUSE = re.compile(
    r"^(?:Căn cứ|Trên cơ sở|Để|Theo|Nhằm|Quán triệt|Thực hiện|Trong|Từ nay|Ngoài)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;,]\s+")


# "Sau khi nhận được quyết định …, Bộ Công an có trách nhiệm:": the word of duty ends the
# lead-in, its items the work
_DUTY_ENDS = re.compile(r"\s*(?:có|chịu)\s+trách\s+nhiệm\s*:\s*$", re.IGNORECASE)


def _duty_lead_in(text: str) -> list[Mention] | None:
    """The bodies ``text`` names before a word of duty that ends it with a colon, or None."""
    mentions, end = parse_org_list(text)
    return mentions if mentions and _DUTY_ENDS.match(text, end) else None


def fronted_subject(text: str) -> list[Mention] | None:
    """The bodies that are the subject of a lead-in's last sentence after its opening
    clauses, when the first of them is named with capitals."""
    sentences = split_sentences(text)
    last = sentences[-1] if sentences else text
    if TRIGGER_ANY.search(last):
        return None  # "…, UBND Thành phố yêu cầu X …": the request names who acts
    case = _CASE_THEN.match(last)
    if case is not None:
        # "Khi phần mềm gặp sự cố … thì người được phân công quản trị … có trách nhiệm:"
        who = last[case.end() :].rstrip(" :") + " "  # the word of duty ends the lead-in
        return named_by_work(who)[0] or subject_at(who)
    opening = opened = _OPENING_CLAUSE.match(last) is not None
    for match in _CLAUSE_BREAK.finditer(last):
        rest = last[match.end() :]
        found = subject_at(rest, opened=opening) or _duty_lead_in(rest)
        # "Căn cứ tình hình thực tế, các cơ quan, đơn vị phối hợp thực hiện … sau:": after
        # one opening clause even bodies named in lower case are the subject
        if found and (is_named(found[0]) or opening):
            return found
        # "Để …, hiệu quả, tỉnh X cần …": the opening clause may hold commas itself
        locality = _locality_subject(rest) if opened and found is None else None
        if locality:
            return locality
        opening = False
    return None
