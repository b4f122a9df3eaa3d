"""What headings and lead-ins say about the units below them: who acts, with what force.

* a heading that names bodies ("1. Báo Kiên Giang, Đài Phát thanh …") or hands work on
  ("Giao Sở X:", "Đề nghị Y:"): every bullet and paragraph below it is their task;
* a lead-in that names bodies ("Ban Thường vụ Tỉnh ủy yêu cầu các huyện ủy, … thực hiện …
  sau:"): so are the items below it that start with a verb;
* a heading that directs a named body ("Chỉ đạo Sở Y tế:"): a task of the heading's own
  bodies, and each item below it is the directed body's task, implementing that one;
* "đề nghị" or "giao" in a lead-in sets the force of what follows.

What a heading line names by itself is read by :mod:`.heading_roles`; this module carries
it down to the units below (:class:`Headings`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from cascade.extract.authorised import authorised_bodies
from cascade.extract.book import OrgBook
from cascade.extract.chapter_bodies import chapter_owner
from cascade.extract.directed_bodies import in_duty_article
from cascade.extract.drafts import DraftTask, unique
from cascade.extract.duty_titles import group_titled
from cascade.extract.heading_roles import (
    DUTIES_OF,
    TRIGGER_ANY,
    TRIGGER_START,
    HeadingRoles,
    fronted_subject,
    heading_roles,
    is_named,
    kinds_label,
    lone_owner,
    named_lead_in,
    subject_at,
)
from cascade.extract.last_lead_in import lead_in_sentence
from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.outline import outline_lead_ins
from cascade.extract.quotations import quoted_units
from cascade.extract.staff_labels import items_are_duties, staff_label
from cascade.extract.text import fold, squash
from cascade.extract.units import Unit
from cascade.extract.user_titles import user_titled
from cascade.extract.verb_start import leading_verb

_TRIGGER_COLON = re.compile(r"^(?P<t>Giao|Đề nghị|Yêu cầu)\s*:\s*", re.IGNORECASE)
NOT_TRIGGER_BEFORE = re.compile(
    r"(?:của|theo|xét|được|nhiệm vụ|đã|sẽ|danh sách|hồ sơ|văn bản|tờ trình|việc)\s*$"
    # "… phải thông báo với đầu mối … hoặc đề nghị Sở X hỗ trợ …": the actor's other way
    # of getting help, not work handed to Sở X
    r"|\shoặc\s*$"
    # "… đã có Văn bản số 787/X ngày 29/01/2026 đề nghị Cục Y …": another text's request
    r"|(?:văn bản|công văn|tờ trình)\s+số\s+[^\s,;]+(?:\s+ngày\s+[^\s,;]+)?\s*$",
    re.IGNORECASE,
)
_DIRECTS = re.compile(r"\s*(?P<verb>(?:lãnh đạo,\s*)?chỉ đạo\s)", re.I)  # "Cục X chỉ đạo Cục Y:"
DELEGATION = re.compile(
    r"^(?:(?:lãnh đạo,\s*)?(?:có ý kiến\s+)?chỉ đạo(?:,\s*hướng dẫn)?|giao|yêu cầu|đề nghị)\s+",
    re.I,
)
# between the body directed and the colon: "… Chi cục Y thực hiện các nội dung/công tác sau:"
_DIRECTED_WORK = re.compile(
    r"\s*(?:(?:tổ chức\s+)?(?:thực hiện|triển khai)\s+(?:các|những|một số)\s+"
    r"(?:nội dung|nhiệm vụ|công việc|công tác)(?:\s+(?:chủ yếu|cụ thể|trọng tâm))?"
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


# "X thực hiện nhiệm vụ, quyền hạn …, cụ thể như sau:": a list of powers, not of tasks
# a line "Có trách nhiệm:" after a list of bodies "… gồm:" (see Headings._listed_above)
_DUTY_LINE = re.compile(r"^(?:Có|Chịu)\s+trách\s+nhiệm\s*:$", re.IGNORECASE)
_LISTS_BODIES = re.compile(r"\bgồm\s*:\s*$", re.IGNORECASE)
_DUTY_HEADING = re.compile(r"(?:có|chịu)\s+trách\s+nhiệm\s*:?\s*$", re.IGNORECASE)
# "Tổ chức, doanh nghiệp …, cá nhân … phải:": holders named by kind (capitalised at the start)
_HOLDERS = re.compile(
    r"(?P<who>(?:Các\s+)?(?:Tổ chức|Doanh nghiệp|Cơ quan|Cá nhân|Đơn vị)(?:,|\s)"
    r"[^:;.]{0,240}?)\s+(?:phải|có trách nhiệm|có nghĩa vụ)\s*:$"
)
_POWERS = re.compile(r"nhiệm vụ,\s*quyền hạn|(?:có|các)\s+quyền hạn", re.IGNORECASE)


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


def _copy(context: Context) -> Context:
    return replace(context, leads=list(context.leads), coordinators=list(context.coordinators))


class Headings:
    """Reads and remembers what each unit's headings and lead-ins say."""

    def __init__(self, units: list[Unit], book: OrgBook, issuer: str | None = None) -> None:
        self.units = units
        self.book = book
        self.issuer = issuer
        self.own_rules = True  # the issuer's own rules: its duty article is standing (own_rules)
        self.normative = False  # a decree or circular (see directed_bodies)
        self.delegating: dict[int, DraftTask] = {}  # headings "Chỉ đạo Sở X:" -> their task
        # who the whole document charges when nothing above a unit names anyone (a notice
        # that sends its conclusions to a body "(để thực hiện)"); only verbs are its tasks
        self.document_leads: list[str] = []
        self._contexts: dict[int, Context] = {}
        self._below_contexts: dict[int, Context] = {}
        self._org_headings: dict[str, bool] = {}
        self.quoted = quoted_units(units)  # a law a letter quotes names no one to act
        self.outlines = outline_lead_ins(units)

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
            below = self._below(parent)
            context = _copy(below)
            context.parent = self.delegating.get(parent.index, below.parent)
        self._contexts[unit.index] = context
        return context

    def _below(self, parent: Unit) -> Context:
        """What ``parent`` and the units above it say about each unit below it (read once)."""
        if parent.index not in self._below_contexts:
            context = _copy(self.context(parent))
            self._apply(parent, context)
            context.subjects_first = _announces_bodies(parent.text)
            self._below_contexts[parent.index] = context
        return self._below_contexts[parent.index]

    def _apply(self, unit: Unit, context: Context) -> None:
        """What a heading or lead-in says about the units below it."""
        text = lead_in_sentence(unit.text)
        if unit.index in self.quoted or self._holders(text, context) or self._users(unit, context):
            return
        owner = chapter_owner(self.units, unit)  # "Chương I / SỞ X" over "Điều 2. Nhiệm vụ"
        listed = [owner] if owner is not None else self._listed_above(unit)
        if listed:
            context.leads = unique(self.resolve(m) for m in listed)
            context.coordinators = []
            context.verbs_only = False
            return
        delegated = self._handed_to(text, self.normative and in_duty_article(self.units, unit))
        if delegated is not None:
            context.leads = delegated  # "Chỉ đạo Sở Y tế:": the items are the Sở's
            context.verbs_only = False
            return
        whole = self.book.whole_span_group(text.rstrip(" .:;")) if unit.numbered else None
        if whole is not None:
            context.leads = [whole]
            context.verbs_only = False
            return
        roles = self._roles(unit, text)
        if roles is not None:
            context.leads = unique(self.resolve(m) for m in roles.leads)
            context.coordinators = unique(self.resolve(m) for m in roles.coordinators)
            context.verbs_only = False
            context.standing = (
                unit.kind == "article"
                and context.leads == [self.issuer]
                and self.own_rules
                and DUTIES_OF.match(text) is not None
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
        # (not a lead-in over an outline of the articles below: see outline)
        lead_in = (text.rstrip().endswith(":") or unit.numbered) and unit.index not in self.outlines
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

    def _users(self, unit: Unit, context: Context) -> bool:
        """'Điều 14. Sử dụng hộp thư … của cá nhân': the items below that act are the
        kind's duties; True when the article is so titled."""
        user = user_titled(unit.text) if unit.kind == "article" else None
        if user is None:
            return False
        context.leads, context.coordinators = [self.resolve(user)], []
        context.verbs_only = True
        return True

    def names_a_group(self, unit: Unit) -> bool:
        """A short numbered heading "Các <kind of body> …" without a full stop, over
        bullets: a group named with a clause of its own; or one naming staff."""
        return self.group_named(unit) is not None or self._staff_named(unit) is not None

    def _staff_named(self, unit: Unit) -> Mention | None:
        """The staff a numbered label names over lettered items that act ("2. Cán bộ, công
        chức", "3. Trách nhiệm của văn thư"), or None."""
        if not unit.numbered or not unit.children:
            return None
        items = [self.units[c] for c in unit.children]
        if not all(i.kind in {"dash", "plus", "letter"} for i in items):
            return None
        label = staff_label(unit.text)  # cheap: most numbered lines name no staff
        return label if label is not None and items_are_duties([i.text for i in items]) else None

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

    def _roles(self, unit: Unit, text: str) -> HeadingRoles | None:
        """The bodies a numbered heading or a lead-in names, or the group an article's
        title is by itself over its numbered duties; None when it names none."""
        roles = heading_roles(text) if unit.numbered or text.rstrip().endswith(":") else None
        kinds = (kinds_label(text) or lone_owner(text)) if roles is None and unit.numbered else []
        if kinds and self._items_act(unit):
            roles = HeadingRoles(kinds, [])  # "5. Chủ đầu tư, chủ sở hữu, đơn vị …:"
        titled = group_titled(text) if roles is None and self._items_numbered(unit) else None
        if titled is None and roles is None:
            titled = self._staff_named(unit)
        return HeadingRoles([titled], []) if titled is not None else roles

    def _items_numbered(self, unit: Unit) -> bool:
        """True when ``unit`` is an article over two or more numbered items, at least half
        of them starting with a verb (duties, not a paragraph on the group)."""
        children = [self.units[c] for c in unit.children if self.units[c].kind == "number"]
        if unit.kind != "article" or len(children) < 2:
            return False
        acts = sum(leading_verb(child.text, max_words=6) is not None for child in children)
        return 2 * acts >= len(children)

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
        found = subject_at(text)
        if found is None and text.rstrip().endswith(":"):
            found = fronted_subject(text)
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

    def _handed_to(self, text: str, kinds: bool) -> list[str] | None:
        """The bodies a lead-in hands the items below it to ("Chỉ đạo Sở Y tế:", "A ủy
        quyền cho B thực hiện các nhiệm vụ:"), or None."""
        authorised = authorised_bodies(text)
        if authorised:
            return unique(self.resolve(m) for m in authorised)
        return self.delegated_to(text, kinds) if text.rstrip().endswith(":") else None

    def delegated_to(self, text: str, kinds: bool = False) -> list[str] | None:
        """The bodies a heading hands work on to ("Chỉ đạo Sở Y tế:"; by kind if ``kinds``)."""
        match = DELEGATION.match(text)
        if match is None or fold(match.group()).startswith(("giao", "yeu cau", "de nghi")):
            return None
        mentions, end = parse_org_list(text[match.end() :], lowercase_ok=True)  # "Cơ quan X ở …"
        if not mentions or not (kinds or all(is_named(m) for m in mentions)):
            return None
        if not _DIRECTED_WORK.fullmatch(text[match.end() + end :]):
            return None
        return unique(self.resolve(m) for m in mentions)

    def is_org_heading(self, text: str) -> bool:
        """True when ``text`` only names bodies (and their roles): a heading, not a task."""
        if text not in self._org_headings:  # asked again for each task dated from above
            self._org_headings[text] = heading_roles(text) is not None
        return self._org_headings[text]

    def resolve(self, mention: Mention) -> str:
        """The id of the body or group ``mention`` names."""
        if mention.plural:
            return self.book.defined(mention.text) or self.book.group(mention.text)
        return (
            self.book.head_of_group(mention.text)
            or self.book.named_before(mention.text)
            or self.book.org(mention.text)
        )
