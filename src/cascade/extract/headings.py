"""What headings and lead-ins say about the units below them: who acts, with what force.

* a heading that names bodies ("1. Báo Kiên Giang, Đài Phát thanh …") or hands work on
  ("Giao Sở X:", "Đề nghị Y:"): every bullet and paragraph below it is their task;
* a lead-in that names bodies ("Ban Thường vụ Tỉnh ủy yêu cầu các huyện ủy, … thực hiện …
  sau:"): so are the items below it that start with a verb;
* a heading that directs a named body ("Chỉ đạo Sở Y tế:"): a task of the heading's own
  bodies, and each item below it is the directed body's task, implementing that one;
* "đề nghị" or "giao" in a lead-in sets the force of what follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from cascade.extract.authorised import authorised_bodies
from cascade.extract.book import OrgBook
from cascade.extract.clauses import leading_verb
from cascade.extract.drafts import DraftTask, unique
from cascade.extract.duty_titles import group_named_by_work, post_named_by_title
from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.text import fold, split_sentences, squash
from cascade.extract.units import Unit

TRIGGER_START = re.compile(r"^(?P<t>Giao|Phân công|Đề nghị|Yêu cầu)\s+", re.IGNORECASE)
_TRIGGER_COLON = re.compile(r"^(?P<t>Giao|Đề nghị|Yêu cầu)\s*:\s*", re.IGNORECASE)
# "giao" that ends a word of two syllables is no assignment ("Bộ Ngoại giao", "bàn giao"),
# nor one that starts "giao thông" (traffic: "Bảo đảm an toàn giao thông: …")
TRIGGER_ANY = re.compile(
    r"(?<![\w])(?<!ngoại )(?<!bàn )(?<!chuyển )(?P<t>giao(?!\s+thông(?!\w))|đề nghị|yêu cầu)\s+",
    re.IGNORECASE,
)
NOT_TRIGGER_BEFORE = re.compile(
    r"(?:của|theo|xét|được|nhiệm vụ|đã|sẽ|danh sách|hồ sơ|văn bản|tờ trình|việc)\s*$"
    # "… đã có Văn bản số 787/X ngày 29/01/2026 đề nghị Cục Y …": another text's request
    r"|(?:văn bản|công văn|tờ trình)\s+số\s+[^\s,;]+(?:\s+ngày\s+[^\s,;]+)?\s*$",
    re.IGNORECASE,
)
# "Tổng cục X chỉ đạo Cục Y:" (the subject, then the verb)
_DIRECTS = re.compile(r"\s*(?P<verb>(?:lãnh đạo,\s*)?chỉ đạo\s)", re.IGNORECASE)
DELEGATION = re.compile(
    r"^(?:(?:lãnh đạo,\s*)?(?:có ý kiến\s+)?chỉ đạo|giao|yêu cầu|đề nghị)\s+", re.IGNORECASE
)
# what may stand between the body directed and the colon: "chỉ đạo Chi cục Y thực hiện các
# nội dung sau:" (the items below are its work, as under "Chỉ đạo Chi cục Y:")
_DIRECTED_WORK = re.compile(
    r"\s*(?:(?:tổ chức\s+)?(?:thực hiện|triển khai)\s+(?:các|những|một số)\s+"
    r"(?:nội dung|nhiệm vụ|công việc)(?:\s+(?:chủ yếu|cụ thể|trọng tâm))?"
    r"(?:\s+(?:sau đây|như sau|sau))?\s*)?:\s*",
    re.IGNORECASE,
)
_CLOSES_DOCUMENT = re.compile(r"^Trên\s+đây\s+là\s", re.IGNORECASE)
_ANNOUNCES_BODIES = re.compile(
    r"(?:sau đây|như sau)[^:]{0,40}(?:trách nhiệm|nhiệm vụ)[^:]{0,160}:\s*$"
    r"|(?:trách nhiệm|nhiệm vụ)[^:]{0,160}(?:sau đây|như sau)\s*:\s*$",
    re.IGNORECASE,
)


def _announces_bodies(text: str) -> bool:
    """'Trách nhiệm của các cơ quan như sau:': the items below open with their bodies; not
    so "X có trách nhiệm sau đây:", which names its body (the items are X's duties)."""
    return _ANNOUNCES_BODIES.search(text) is not None and heading_roles(text) is None


def force_of(trigger: str) -> str:
    """'request' for "đề nghị", else 'assign'."""
    return "request" if fold(trigger).startswith("de nghi") else "assign"


def is_named(mention: Mention) -> bool:
    """A body named with capitals ('Đảng ủy Chính phủ', 'các Tiểu ban …')."""
    words = mention.text.split()
    if words and fold(words[0]) == "cac":
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


# what may follow the bodies a heading names: "theo chức năng, nhiệm vụ, thẩm quyền",
# "có trách nhiệm", "thực hiện các nhiệm vụ sau"
_HEADING_QUALIFIER = re.compile(
    r",?\s*(?:"
    r"(?:theo|trong phạm vi|căn cứ)(?:\s*,?\s*(?:chức năng|nhiệm vụ|thẩm quyền|quyền hạn|"
    r"lĩnh vực|phạm vi|được giao|của mình|của đơn vị|quản lý|và)){1,8}"
    r"|(?:(?:có|chịu)\s+trách\s+nhiệm|có\s+nhiệm\s+vụ)(?:\s+chủ\s+trì)?"
    # "X có trách nhiệm sau đây:" (the duties follow as items)
    r"(?:\s+(?:sau đây|như sau|sau))?"
    # "Giao Sở X căn cứ Danh mục … tại Điều 1 … có trách nhiệm:": the grounds of the duty
    r"|căn\s+cứ\s[^:;]{0,240}?(?=\s+(?:có|chịu)\s+trách\s+nhiệm\s*:?\s*$)"
    r"|(?:tập trung\s+)?(?:thực hiện|triển khai)\s+(?:các|một số|những)\s+nhiệm\s+vụ"
    r"(?:\s+(?:chủ yếu|cụ thể|trọng tâm|sau đây|như sau|sau))?"
    r"|(?:các|một số|những)\s+nhiệm\s+vụ(?:\s+(?:sau đây|như sau|sau))?"
    r")",
    re.IGNORECASE,
)
# "X thực hiện nhiệm vụ, quyền hạn …, cụ thể như sau:": a list of powers, not of tasks
# a line "Có trách nhiệm:" after a list of bodies "… gồm:" (see Headings._listed_above)
_DUTY_LINE = re.compile(r"^(?:Có|Chịu)\s+trách\s+nhiệm\s*:$", re.IGNORECASE)
_LISTS_BODIES = re.compile(r"\bgồm\s*:\s*$", re.IGNORECASE)
_DUTY_HEADING = re.compile(r"(?:có|chịu)\s+trách\s+nhiệm\s*:?\s*$", re.IGNORECASE)
# "Tổ chức, doanh nghiệp …, cá nhân … phải:": holders of duties named by their kind
# (capitalised: it starts the sentence, also when an article's title runs into it)
_HOLDERS = re.compile(
    r"(?P<who>(?:Các\s+)?(?:Tổ chức|Doanh nghiệp|Cơ quan|Cá nhân|Đơn vị)(?:,|\s)"
    r"[^:;.]{0,240}?)\s+(?:phải|có trách nhiệm|có nghĩa vụ)\s*:$"
)
_POWERS = re.compile(r"nhiệm vụ,\s*quyền hạn|(?:có|các)\s+quyền hạn", re.IGNORECASE)
_LEAD_ROLE = re.compile(r",?\s*chủ\s+trì\s*,?\s*", re.IGNORECASE)
# "Trách nhiệm của Sở X", "Trách nhiệm chung của các cơ quan, đơn vị" (what all of them
# do), "Thẩm quyền, trách nhiệm của …", and a regulation's article
# "Nội dung Sở X có trách nhiệm chủ trì" (the contents that body leads)
_DUTIES_OF = re.compile(
    r"^\s*(?:(?:Thẩm\s+quyền,?\s+(?:và\s+)?)?Trách\s+nhiệm"
    r"(?:\s+chung|\s+quản\s+lý(?:\s+nhà\s+nước)?)?"
    r"\s+(?:của\s+)?|Nội\s+dung\s+(?:mà\s+)?)(?=\S)",
    re.IGNORECASE,
)
_NOTE = re.compile(r"^\s*\([^()]{1,160}\)")
_COORDINATE = re.compile(r"(?:và\s+)?phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?\s+", re.IGNORECASE)


@dataclass
class HeadingRoles:
    """The bodies a heading names: who leads the items below, who works with them."""

    leads: list[Mention]
    coordinators: list[Mention]


_HEADING_TIME = re.compile(
    r"^(?:Hằng năm|Hàng năm|Hằng quý|Hàng quý|Định kỳ)\b[^,:;]{0,80},\s*", re.IGNORECASE
)


def timed_heading(text: str) -> bool:
    """'Định kỳ (trước ngày 30 tháng 6 hằng năm), X có trách nhiệm:': a heading that says
    when before whom; its time applies to the items below it."""
    return _HEADING_TIME.match(text) is not None


# A kind of body capitalised only because it opens the sentence ("Cơ quan thuế …",
# "Cơ sở khám bệnh, chữa bệnh có trách nhiệm:"): read as a name in lower case
GENERIC_BODY_START = re.compile(
    r"^(?:Các\s+)?Cơ quan\s+[a-zđà-ỹ]"
    r"|^Tổ chức(?:\s+[a-zđà-ỹ]+){1,3}\s+(?:có|chịu)\s+trách\s+nhiệm\b"
    # "Cơ sở khám bệnh, chữa bệnh có trách nhiệm:": a kind of body opening its duty
    r"|^(?:Các\s+)?Cơ sở(?:,?\s+[a-zđà-ỹ]+){1,6}\s+(?:có|chịu)\s+trách\s+nhiệm\b"
    # "Cơ sở giáo dục …", "Đơn vị kiểm định …", "Cơ quan, tổ chức …", "Sở, ban, ngành …",
    # "Cấp ủy …", "Hội nông dân …" before their work (not "Cơ sở dữ liệu": a thing)
    r"|^(?:Các\s+)?Cơ sở\s+(?!dữ\s+liệu|pháp\s+lý|hạ\s+tầng|vật\s+chất|để\s|cho\s)[a-zđà-ỹ]"
    # (not a form's field "Đơn vị công tác: …")
    r"|^(?:Các\s+)?(?:Đơn vị(?!\s+công\s+tác)|Cấp\s+(?:ủy|uỷ))(?:\s+|\s*,\s*)[a-zđà-ỹ]"
    r"|^(?:Các\s+)?(?:Cơ quan|Sở)\s*,\s*[a-zđà-ỹ]"
    r"|^(?:Các\s+)?(?:Người\s+có\s+thẩm\s+quyền|Người\s+sử\s+dụng)\s"
    r"|^Hội\s+(?:nông\s+dân|cựu\s+chiến\s+binh|liên\s+hiệp\s+phụ\s+nữ|phụ\s+nữ|doanh\s+nghiệp"
    r"|người\s+cao\s+tuổi|chữ\s+thập\s+đỏ|luật\s+gia|nhà\s+báo)\b"
)


def heading_roles(text: str) -> HeadingRoles | None:
    """'1. Sở X chủ trì, phối hợp với Y theo chức năng, nhiệm vụ:' -> ([X], [Y]); None when
    the text says more than who (then it is a task, not a heading). "2. Trách nhiệm của Sở
    Tư pháp" names its body too: the items below are the body's duties."""
    roles = _named_roles(text)
    if roles is not None:
        return roles
    duty = _DUTIES_OF.match(text)
    kinds = _kinds_listed(text, duty.end()) if duty is not None else []
    return HeadingRoles(kinds, []) if kinds else None


# kinds of body a duty heading lists in lower case ("chủ phương tiện, cơ sở thiết kế, …")
_KIND_START = re.compile(
    r"^(?:chủ\s+(?:phương tiện|đầu tư|sở hữu|hộ|tàu|xe)|cơ sở|cơ quan|đơn vị|tổ chức|"
    r"doanh nghiệp|cá nhân|người)(?:\s+\w|$)",
    re.IGNORECASE,
)


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
    return kinds if len(kinds) >= 2 else []


def _named_roles(text: str) -> HeadingRoles | None:
    """The bodies a heading names by their names (see ``heading_roles``), or None."""
    duty = _DUTIES_OF.match(text)
    # "Định kỳ (trước ngày 30 tháng 6 hằng năm), X có trách nhiệm:": when, then who
    text = text[duty.end() :] if duty is not None else _HEADING_TIME.sub("", text, count=1)
    # "Thẩm quyền, trách nhiệm của doanh nghiệp": a kind of body named in lower case
    lowercase_ok = duty is not None or GENERIC_BODY_START.match(text) is not None
    leads, end = parse_org_list(text, lowercase_ok=lowercase_ok)
    # "Trách nhiệm của các cơ quan, đơn vị xử lý …" (not "Trách nhiệm tổ chức thực hiện")
    of = duty is not None and fold(duty.group()).rstrip().endswith(" cua")
    named_by_work = group_named_by_work(text) if of else None
    if named_by_work is not None:
        return HeadingRoles([named_by_work], [])
    post = post_named_by_title(text) if of and not leads else None
    if post is not None:
        return HeadingRoles([post], [])
    joined = _comma_in_name(text, leads, end)
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
    if rest.strip(" .:;"):
        return None
    return HeadingRoles(leads, coordinators)


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


@dataclass
class Context:
    """What the headings and lead-ins above a unit say about it."""

    leads: list[str] = field(default_factory=list)
    force: str | None = None
    coordinators: list[str] = field(default_factory=list)
    subjects_first: bool = False  # items below a lead-in that announces bodies
    parent: DraftTask | None = None  # the task of a heading "Chỉ đạo Sở X:" above
    # the leads come from a lead-in sentence ("… yêu cầu X thực hiện … sau:"), so only
    # items that start with a verb are tasks (others may be topics: "Kết quả đạt được …")
    verbs_only: bool = False
    # the items state the issuer's own standing functions ("Điều 4. Trách nhiệm của Ban Chỉ
    # đạo" in the rules the committee issues for itself): no tasks, unless a body is named
    standing: bool = False


def restore_lost_colons(units: list[Unit]) -> None:
    """ "3. Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố" over "3.1. …", "3.2. …": a
    numbered request that names its bodies and ends there introduces the items below it,
    its colon lost (an OCR) or never printed; it gets the colon a lead-in has."""
    for unit in units:
        text = unit.text.rstrip()
        if not unit.numbered or text.endswith((".", ":", ";")):
            continue
        if not any(units[child].numbered for child in unit.children):
            continue
        match = TRIGGER_ANY.search(text)
        if match is None or NOT_TRIGGER_BEFORE.search(text[: match.start()]):
            continue
        targets, end = parse_org_list(text[match.end() :], lowercase_ok=True)
        if targets and not text[match.end() + end :].strip(" ,"):
            unit.text = text + ":"


class Headings:
    """Reads and remembers what each unit's headings and lead-ins say."""

    def __init__(self, units: list[Unit], book: OrgBook, issuer: str | None = None) -> None:
        self.units = units
        self.book = book
        self.issuer = issuer
        self.delegating: dict[int, DraftTask] = {}  # headings "Chỉ đạo Sở X:" -> their task
        # who the whole document charges when nothing above a unit names anyone (a notice
        # that sends its conclusions to a body "(để thực hiện)"); only verbs are its tasks
        self.document_leads: list[str] = []
        self._contexts: dict[int, Context] = {}

    def context(self, unit: Unit) -> Context:
        """Who acts in ``unit`` by default, with which force, as the units above it say."""
        if unit.index in self._contexts:
            return self._contexts[unit.index]
        if unit.parent is None or (unit.kind == "para" and _CLOSES_DOCUMENT.match(unit.text)):
            # "Trên đây là Kế hoạch …" closes the document, though a crawl hangs it under the
            # last item: the bodies of that item's heading do not act in it
            context = Context(list(self.document_leads), verbs_only=bool(self.document_leads))
        else:
            parent = self.units[unit.parent]
            inherited = self.context(parent)
            context = Context(
                list(inherited.leads),
                inherited.force,
                list(inherited.coordinators),
                parent=inherited.parent,
                verbs_only=inherited.verbs_only,
                standing=inherited.standing,
            )
            self._apply(parent, context)
            context.parent = self.delegating.get(parent.index, context.parent)
            context.subjects_first = _announces_bodies(parent.text)
        self._contexts[unit.index] = context
        return context

    def _apply(self, unit: Unit, context: Context) -> None:
        """What a heading or lead-in says about the units below it."""
        text = unit.text
        if self._holders(text, context):
            return
        listed = self._listed_above(unit)
        if listed:
            context.leads = unique(self.resolve(m) for m in listed)
            context.coordinators = []
            context.verbs_only = False
            return
        delegated = self._handed_to(text)
        if delegated is not None:
            context.leads = delegated  # "Chỉ đạo Sở Y tế:": the items are the Sở's
            context.verbs_only = False
            return
        whole = self.book.whole_span_group(text.rstrip(" .:;")) if unit.numbered else None
        if whole is not None:
            context.leads = [whole]
            context.verbs_only = False
            return
        roles = heading_roles(text) if unit.numbered or text.rstrip().endswith(":") else None
        if roles is not None:
            context.leads = unique(self.resolve(m) for m in roles.leads)
            context.coordinators = unique(self.resolve(m) for m in roles.coordinators)
            context.verbs_only = False
            context.standing = (
                unit.kind == "article"
                and context.leads == [self.issuer]
                and _DUTIES_OF.match(text) is not None
            )
            return
        if self._group_over(unit, context):
            return
        bodies = named_lead_in(text) if unit.numbered else None
        if bodies is not None:
            # "8. Cục A, Cục B:**** **Tham mưu Lãnh đạo Bộ chỉ đạo các cơ quan báo chí:" over
            # bullets: every bullet is the named bodies' task, verb or not
            context.leads = unique(self.resolve(m) for m in bodies)
            context.coordinators = []
            context.verbs_only = False
            return
        if self._triggered(unit, text, context):
            return
        # "X tập trung …, trong đó:", or an item "1. X xây dựng kế hoạch …" with bullets
        lead_in = text.rstrip().endswith(":") or unit.numbered
        if lead_in and (self._directs(text, context) or self._subject_lead_in(text, context)):
            return
        if unit.numbered and _DUTY_HEADING.search(text):
            # "12. Các tổ chức, cá nhân … có trách nhiệm": the items below are the duties of
            # whom the heading names, not of the bodies of a lead-in further up
            context.leads = []
            context.coordinators = []
            return
        if text.rstrip().endswith(":"):
            for match in TRIGGER_ANY.finditer(text):
                if not NOT_TRIGGER_BEFORE.search(text[: match.start()]) and not fold(
                    text[match.end() :]
                ).startswith("cua "):
                    context.force = force_of(match.group("t"))
                    # "Ban Thường vụ Tỉnh ủy yêu cầu các huyện ủy, … thực hiện … sau:":
                    # the items below are the named bodies' tasks
                    targets, _ = parse_org_list(text[match.end() :], lowercase_ok=True)
                    if targets:
                        context.leads = unique(self.resolve(m) for m in targets)
                        context.verbs_only = True
                    break

    def _listed_above(self, unit: Unit) -> list[Mention]:
        """'Giao các sở … gồm:' / '- Sở A (đối với …);' / '- Sở B (…).' / 'Có trách nhiệm:'
        over a), b): the bodies listed above the duty line lead the items below it; empty
        when ``unit`` is no such line or the bullets above it are not bodies alone."""
        if unit.parent is None or not _DUTY_LINE.match(unit.text.strip()):
            return []
        parent = self.units[unit.parent]
        if not _LISTS_BODIES.search(parent.text):
            return []
        listed: list[Mention] = []
        for sibling in (self.units[i] for i in parent.children if i < unit.index):
            mentions, end = parse_org_list(sibling.text)
            rest = sibling.text[end:].strip()
            if sibling.kind not in {"dash", "plus"} or not mentions or rest[:1] not in "(;.":
                return []
            listed += mentions
        return listed

    def _triggered(self, unit: Unit, text: str, context: Context) -> bool:
        """'Giao Sở X:', 'Đề nghị: …', 'Giao Sở X căn cứ … có trách nhiệm:': the bodies after
        the verb lead the items below; True when the heading says so."""
        # "6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh": a colon after the verb
        trigger = TRIGGER_START.match(text) or (
            _TRIGGER_COLON.match(text) if unit.numbered else None
        )
        if trigger:
            mentions, end = parse_org_list(text[trigger.end() :], lowercase_ok=True)
            rest = text[trigger.end() + end :].strip()
            # "Giao Sở X:", or a numbered heading "4. Đề nghị Ủy ban MTTQ và các Đoàn thể"
            if mentions and (rest.startswith(":") or (unit.numbered and not rest.strip("."))):
                context.leads = unique(self.resolve(m) for m in mentions)
                context.verbs_only = False
                context.force = force_of(trigger.group("t"))
                return True
            # "Giao Sở X (chủ trì, phối hợp với Y) căn cứ … có trách nhiệm:" over items
            roles = heading_roles(text[trigger.end() :]) if _DUTY_HEADING.search(text) else None
            if roles is not None:
                context.leads = unique(self.resolve(m) for m in roles.leads)
                context.coordinators = unique(self.resolve(m) for m in roles.coordinators)
                context.verbs_only = False
                context.force = force_of(trigger.group("t"))
                return True
        return False

    def _group_over(self, unit: Unit, context: Context) -> bool:
        """A heading that names a group over the items below it; True when it does."""
        group = self.group_heading(unit)
        if group is None:
            # "5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp" over bullets:
            # the whole line names the group, verbs and all
            named = self.group_named(unit)
            group = self.book.group(named) if named is not None else None
        if group is None:
            return False
        # "2. Các cơ quan, đơn vị liên quan đến hoạt động của doanh nghiệp:" over items
        context.leads = [group]
        context.coordinators = []
        context.verbs_only = False
        return True

    def _holders(self, text: str, context: Context) -> bool:
        """'Tổ chức, doanh nghiệp …, cá nhân … có sản phẩm … phải:': the items below are the
        duties of the kind of body the lead-in describes."""
        holders = _HOLDERS.search(text.strip())
        if holders is None:
            return False
        context.leads = [self.book.group(squash(holders.group("who")))]
        context.coordinators = []
        context.verbs_only = False
        return True

    def names_a_group(self, unit: Unit) -> bool:
        """A short numbered heading "Các <kind of body> …" without a full stop, over
        bullets: a group named with a clause of its own."""
        return self.group_named(unit) is not None

    def group_named(self, unit: Unit) -> str | None:
        """The group a short numbered heading "(Thủ trưởng) các <kind of body> …" without a
        full stop names over bullets, with a clause of its own ("các cơ quan tham mưu, quản
        lý nhà nước thuộc Bộ": a verb inside the name), or None."""
        text = unit.text.strip()
        if not unit.numbered or text.endswith((".", ":", ";", ",")) or not unit.children:
            return None
        mentions, end = parse_org_list(text)
        if not mentions or not text[end:].strip():
            return None
        # "Thủ trưởng các cơ quan …": the head stands for the bodies; a group named by its
        # work may take two lines ("Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao
        # quản lý, sử dụng hoặc khai thác tài sản kết cấu hạ tầng": 20 words), not one
        # ending "… có trách nhiệm" (read as a heading of duties)
        name = text[mentions[0].start :] if mentions[0].role else text
        words = name.split()
        longest = 14 if _DUTY_HEADING.search(text) else 24
        if not words or fold(words[0]) != "cac" or len(words) > longest:
            return None
        if not self._items_act(unit):
            return None  # "Các bệnh lây truyền qua đường tiêu hóa" over a list of diseases
        return name

    def _items_act(self, unit: Unit) -> bool:
        """True when ``unit`` has bullets or lettered items, at least half of them starting
        with a verb."""
        children = [self.units[c] for c in unit.children if self.units[c].kind != "para"]
        if not children or not all(c.kind in {"dash", "plus", "letter"} for c in children):
            return False
        acts = sum(leading_verb(child.text, max_words=6) is not None for child in children)
        return 2 * acts >= len(children)

    def group_heading(self, unit: Unit) -> str | None:
        """The group a short numbered heading "Các <kind of body> <qualifier>:" names with a
        qualifier of its own (no verb in it), or None."""
        text = unit.text.strip()
        words = text.split()
        if not unit.numbered or not text.endswith(":") or len(words) > 16:
            return None
        if not words or fold(words[0]) != "cac" or not self._items_act(unit):
            return None
        mentions, end = parse_org_list(text)
        rest = text[end:].strip(" :")
        if len(mentions) != 1 or not mentions[0].plural or not rest or ";" in rest:
            return None
        if leading_verb(rest) is not None or TRIGGER_ANY.search(rest):
            return None
        return self.book.group(text.rstrip(" :"))

    def _directs(self, text: str, context: Context) -> bool:
        """'Tổng cục X chỉ đạo Cục Y:': the items below are the work of the body directed
        (it does the work), not of the one that directs it; True when the heading says so."""
        mentions, end = parse_org_list(text)
        directing = _DIRECTS.match(text, end) if mentions else None
        if directing is None:
            return False
        directed = self.delegated_to(text[directing.start("verb") :].strip())
        if not directed:
            return False
        context.leads = directed
        context.coordinators = []
        context.verbs_only = False
        return True

    def _subject_lead_in(self, text: str, context: Context) -> bool:
        """'Chủ tịch UBND các tỉnh … tập trung lãnh đạo, chỉ đạo …, trong đó:': the
        subject's bodies act in the items below that start with a verb. In a paragraph
        ending with ':' the subject may follow opening clauses ("Quán triệt …; căn cứ vào
        …, Văn phòng X và các văn phòng Y cụ thể hoá …, cần tập trung … sau:")."""
        if _POWERS.search(text):
            return False
        found = _subject_at(text)
        if found is None and text.rstrip().endswith(":"):
            found = _fronted_subject(text)
        if found is None:
            return False
        mentions = found
        leads = unique(self.resolve(m) for m in mentions)
        if self.issuer in leads:
            return False  # "UBND tỉnh ban hành Kế hoạch … như sau:": the document itself
        context.leads = leads
        context.coordinators = []
        context.verbs_only = True
        return True

    def _handed_to(self, text: str) -> list[str] | None:
        """The bodies a lead-in hands the items below it to ("Chỉ đạo Sở Y tế:", "A ủy
        quyền cho B thực hiện các nhiệm vụ:"), or None."""
        authorised = authorised_bodies(text)
        if authorised:
            return unique(self.resolve(m) for m in authorised)
        return self.delegated_to(text) if text.rstrip().endswith(":") else None

    def delegated_to(self, text: str) -> list[str] | None:
        """The bodies a heading hands work on to ("Chỉ đạo Sở Y tế:"), or None."""
        match = DELEGATION.match(text)
        if match is None or fold(match.group()).startswith(("giao", "yeu cau", "de nghi")):
            return None
        mentions, end = parse_org_list(text[match.end() :])
        if not mentions or not all(is_named(m) for m in mentions):
            return None
        if not _DIRECTED_WORK.fullmatch(text[match.end() + end :]):
            return None
        return unique(self.resolve(m) for m in mentions)

    def is_org_heading(self, text: str) -> bool:
        """True when ``text`` only names bodies (and their roles): a heading, not a task."""
        return heading_roles(text) is not None

    def resolve(self, mention: Mention) -> str:
        """The id of the body or group ``mention`` names."""
        if mention.plural:
            return self.book.group(mention.text)
        return (
            self.book.head_of_group(mention.text)
            or self.book.named_before(mention.text)
            or self.book.org(mention.text)
        )


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


def _subject_at(text: str) -> list[Mention] | None:
    """The bodies ``text`` opens with when a verb follows them (not "Giao"/"Đề nghị")."""
    mentions, end = parse_org_list(text)
    if not mentions or TRIGGER_START.match(text[end:].lstrip(" ,")):
        return None
    return mentions if leading_verb(text[end:]) is not None else None


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


_OPENING_CLAUSE = re.compile(
    r"^(?:Căn cứ|Trên cơ sở|Để|Theo|Nhằm|Quán triệt|Thực hiện|Trong|Từ nay)\b", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"[;,]\s+")


def _fronted_subject(text: str) -> list[Mention] | None:
    """The bodies that are the subject of a lead-in's last sentence after its opening
    clauses, when the first of them is named with capitals."""
    sentences = split_sentences(text)
    last = sentences[-1] if sentences else text
    if TRIGGER_ANY.search(last):
        return None  # "…, UBND Thành phố yêu cầu X …": the request names who acts
    opening = opened = _OPENING_CLAUSE.match(last) is not None
    for match in _CLAUSE_BREAK.finditer(last):
        rest = last[match.end() :]
        found = _subject_at(rest)
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
