"""Tasks: who must do what, with which force, by when, and to whom they report.

The body's units (see :mod:`cascade.extract.units`) give tasks in four ways:

* a programme's row: an item followed by "Cơ quan thực hiện: X chủ trì, phối hợp với Y"
  and "Thời gian thực hiện: …"; the labels also cover earlier items of the same list
  that have none of their own (as in "3.1 … 3.4" followed by one label);
* a heading that names bodies ("1. Báo Kiên Giang, Đài Phát thanh …") or hands work on
  ("Giao Sở X:", "Đề nghị Y:"): every bullet and paragraph below it is their task;
* a sentence that hands work on: "Giao X …", "Đề nghị X …", "Z yêu cầu X …";
* a sentence whose subject is a body and whose verb is a directive one
  ("Các cơ quan theo thẩm quyền khẩn trương thực hiện …").

Within a task the sentence is split by :func:`cascade.extract.clauses.group_parts`;
"chỉ đạo X …" inside an action is a delegation: X gets a task that implements it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from cascade.extract.book import OrgBook
from cascade.extract.clauses import (
    execution_formula,
    group_parts,
    is_closing,
    leading_verb,
)
from cascade.extract.deadlines import FoundDeadline, find_deadline, find_time, split_exception
from cascade.extract.lexicon import NOT_SUBORDINATE_KINDS
from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.reports import find_reports
from cascade.extract.roles import split_role_bracket
from cascade.extract.text import fold, split_sentences, squash
from cascade.extract.units import Unit

_TRIGGER_START = re.compile(r"^(?P<t>Giao|Đề nghị|Yêu cầu)\s+", re.IGNORECASE)
_TRIGGER_ANY = re.compile(r"(?<![\w])(?P<t>giao|đề nghị|yêu cầu)\s+", re.IGNORECASE)
_NOT_TRIGGER_BEFORE = re.compile(r"(?:của|theo|xét|được|nhiệm vụ|đã|sẽ)\s*$", re.IGNORECASE)
_PREAMBLE_UNIT = re.compile(
    r"^(?:Căn cứ|Xét|Chú thích|Theo đề nghị)\b|^Thực hiện\s+(?:Công văn|Kế hoạch|"
    r"Quyết định|Nghị quyết|Chỉ thị|Chương trình|Thông báo|Kết luận|Hướng dẫn|ý kiến)",
    re.IGNORECASE,
)
_DELEGATION = re.compile(r"^(?:(?:lãnh đạo,\s*)?chỉ đạo|giao|yêu cầu|đề nghị)\s+", re.IGNORECASE)
_ANNOUNCES_BODIES = re.compile(
    r"(?:sau đây|như sau)[^:]{0,40}(?:trách nhiệm|nhiệm vụ)[^:]{0,160}:\s*$"
    r"|(?:trách nhiệm|nhiệm vụ)[^:]{0,160}(?:sau đây|như sau)\s*:\s*$",
    re.IGNORECASE,
)
# a sentence that opens with a clause before its subject: "Trên cơ sở …, Sở X có nhiệm vụ …"
_OPENING = re.compile(
    r"^(?:Trên cơ sở|Căn cứ|Theo|Để|Về|Trong quá trình|Nhằm|Sau khi|Đối với|Qua)\b",
    re.IGNORECASE,
)
_COORDINATE = re.compile(
    r"^(?:chủ trì\s*,?\s*)?phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+", re.IGNORECASE
)
_LEAD_ROLE = re.compile(r"^\s*,?\s*chủ trì\s*,?\s*", re.IGNORECASE)
_STANDING_ROLE = re.compile(r"^là\s+(?:cơ quan|đơn vị)\b[^,;]{0,80},\s*", re.IGNORECASE)


@dataclass
class ReportLink:
    """A report the text asks for, from the task's leads."""

    recipients: list[str]
    via: str | None = None
    onward: list[str] = field(default_factory=list)
    conditional: bool = False

    def via_for(self, recipient: str) -> str | None:
        """The routing of the report to ``recipient``: "(qua Y)" follows the last recipient
        and belongs to it ("báo cáo UBND tỉnh và Bộ Công an (qua Cục …)")."""
        return self.via if self.recipients and recipient == self.recipients[-1] else None


@dataclass
class DraftTask:
    """A task before it becomes obligations (one per lead)."""

    key: str
    clause: str
    leads: list[str]
    action: str
    force: str = "assign"
    coordinators: list[str] = field(default_factory=list)
    deadline: FoundDeadline | None = None
    reports: list[ReportLink] = field(default_factory=list)
    parent: DraftTask | None = None
    reviews: list[str] = field(default_factory=list)
    lead_reviews: dict[str, list[str]] = field(default_factory=dict)
    explicit_force: bool = False


@dataclass
class _Who:
    """What a sentence says about who acts: bodies named (unresolved) or known ids."""

    action: str
    force: str | None
    explicit: bool
    mentions: list[Mention] | None = None
    ids: list[str] | None = None
    subject: bool = False
    after_opening: bool = False  # the subject follows an opening clause ("Trong quá trình …,")


@dataclass
class _Context:
    leads: list[str] = field(default_factory=list)
    force: str | None = None
    subjects_first: bool = False  # items below a lead-in that announces bodies
    parent: DraftTask | None = None  # the task of a heading "Chỉ đạo Sở X:" above
    # the leads come from a lead-in sentence ("… yêu cầu X thực hiện … sau:"), so only
    # items that start with a verb are tasks (others may be topics: "Kết quả đạt được …")
    verbs_only: bool = False


@dataclass
class _Block:
    agency: Unit | None = None
    coordinators: Unit | None = None
    time: Unit | None = None
    items: list[Unit] = field(default_factory=list)


class TaskReader:
    """Reads the tasks of a document body."""

    def __init__(
        self,
        units: list[Unit],
        book: OrgBook,
        *,
        issuer: str,
        horizon: FoundDeadline | None = None,
        default_year: int | None = None,
    ) -> None:
        self.units = units
        self.book = book
        self.issuer = issuer
        self.horizon = horizon
        self.default_year = default_year
        self.tasks: list[DraftTask] = []
        self.executors: list[str] = []
        # bodies a closing formula charges with carrying the document out ("Yêu cầu X
        # nghiêm túc thực hiện Chỉ thị này"): its addressees when it names no others
        self.closers: list[str] = []
        self._contexts: dict[int, _Context] = {}
        self._delegating: dict[int, DraftTask] = {}  # headings "Chỉ đạo Sở X:" -> their task
        self._keys: set[str] = set()

    # --- the walk -----------------------------------------------------------

    def read(self) -> list[DraftTask]:
        """Every task of the body, in document order."""
        blocks = self._blocks()
        done: set[int] = set()
        for unit in self.units:
            if unit.index in done or unit.kind in {"label", "heading"}:
                continue
            block = blocks.get(unit.index)
            if block is not None:
                self._block_tasks(unit, block)
                done.update(c for c in unit.children if self.units[c].kind == "para")
                continue
            self._unit_tasks(unit)
        return self.tasks

    def _blocks(self) -> dict[int, _Block]:
        """Items covered by 'Cơ quan thực hiện' / 'Thời gian thực hiện' labels."""
        blocks: dict[int, _Block] = {}
        siblings: dict[int | None, list[Unit]] = {}
        for unit in self.units:
            siblings.setdefault(unit.parent, []).append(unit)
        for children in siblings.values():
            pending: list[Unit] = []
            for unit in children:
                if not unit.numbered:
                    continue
                labels = [self.units[c] for c in unit.children if self.units[c].kind == "label"]
                has_items = any(self.units[c].numbered for c in unit.children)
                if not labels:
                    pending = [] if has_items else [*pending, unit]
                    continue
                block = _Block(items=[*pending, unit])
                for label in labels:
                    if label.label == "agency":
                        block.agency = label
                    elif label.label == "coordinators":
                        block.coordinators = label
                    elif label.label == "time":
                        block.time = label
                for item in block.items:
                    blocks[item.index] = block
                pending = []
        return blocks

    # --- a programme's rows -------------------------------------------------

    def _block_tasks(self, unit: Unit, block: _Block) -> None:
        paras = [self.units[c].text for c in unit.children if self.units[c].kind == "para"]
        self._labelled_task(
            unit,
            squash(" ".join([unit.text, *paras])),
            agency=block.agency.text if block.agency else None,
            coordinators=block.coordinators.text if block.coordinators else None,
            time=block.time.text if block.time else None,
            items=block.items,
        )

    def _labelled_task(
        self,
        unit: Unit,
        action: str,
        *,
        agency: str | None,
        coordinators: str | None,
        time: str | None,
        items: list[Unit],
    ) -> None:
        """A task whose roles and time are given apart from its action: in labelled lines
        below it ("Cơ quan thực hiện: …", "Thời gian thực hiện: …") or in a bracket."""
        leads: list[str] = []
        helpers: list[str] = []
        reviews: list[str] = []
        if agency is not None:
            leads, helpers = self._agency(agency)
        if coordinators is not None:
            more, _ = parse_org_list(coordinators, lowercase_ok=True)
            helpers += [self._resolve(m) for m in more]
        if not leads:
            leads = self._context(unit).leads
            if not leads:
                return
        deadline = None
        if time is not None:
            main, exception = split_exception(time)
            deadline = find_time(main, self.default_year)
            if exception is not None:
                target = _best_match(exception.subject, items, self.units)
                if target is not None and target.index == unit.index:
                    deadline = exception.deadline
                elif target is None:
                    reviews.append(
                        f"also: '{exception.subject}' by {exception.deadline.text} "
                        f"(from '{squash(time)}')"
                    )
            if deadline is None:
                reviews.append(f"time '{time}' not understood as a deadline")
        task = DraftTask(
            key=self._key(unit),
            clause=self._clause(unit),
            leads=leads,
            action=action,
            force=self._context(unit).force or "assign",
            coordinators=_unique(c for c in helpers if c not in leads),
            deadline=deadline,
            reviews=reviews,
        )
        if time is None:
            self._inherit_deadline(task, unit)
        self._add_reports(task, action)
        if time is not None:
            self._add_reports(task, time)  # "trình Ủy ban nhân dân thành phố trong quý III"
        self._check_force(task)
        self.tasks.append(task)

    def _agency(self, text: str) -> tuple[list[str], list[str]]:
        """'X chủ trì, phối hợp với Y; Z' -> ([X], [Y, Z]); 'A; B' -> ([A, B], [])."""
        mentions, end = parse_org_list(text, lowercase_ok=True)
        leads = [self._resolve(m) for m in mentions]
        rest = text[end:]
        role = _LEAD_ROLE.match(rest)
        if role:
            rest = rest[role.end() :]
        coordinate = _COORDINATE.match(rest.lstrip(" ,"))
        coordinators: list[str] = []
        if coordinate:
            after = rest.lstrip(" ,")[coordinate.end() :]
            more, _ = parse_org_list(after, lowercase_ok=True)
            coordinators = [self._resolve(m) for m in more]
        return _unique(leads), coordinators

    # --- other units --------------------------------------------------------

    def _unit_tasks(self, unit: Unit) -> None:
        text = unit.text
        if not text or text.startswith("("):
            return
        if _PREAMBLE_UNIT.match(text) and unit.kind in {"para", "heading"}:
            return  # "Căn cứ Luật …": a list item "Căn cứ nhiệm vụ được giao, xây dựng …" is a task
        bracket = split_role_bracket(text)
        if bracket is not None:
            self._labelled_task(
                unit,
                _clean_action(bracket.action),
                agency=bracket.agency,
                coordinators=bracket.coordinators,
                time=bracket.time,
                items=[],
            )
            return
        context = self._context(unit)
        if self._is_org_heading(text):
            return
        formula = execution_formula(text)
        if formula is not None:
            mentions, _ = parse_org_list(text, lowercase_ok=True)
            self.executors += [self._resolve(m) for m in mentions]
            remainder = text[formula.end() :].lstrip(" ;,")
            if not remainder.strip(" ./"):
                return
            text = f"{text[: formula.start()].rstrip()} {remainder}"
        previous: _Who | None = None
        parts_made = 0
        for sentence in split_sentences(text):
            who = self._who(sentence, context, previous)
            if who is None:
                continue
            previous = who
            action = who.action
            if not action:
                continue
            if is_closing(action, paragraph=unit.kind in {"para", "heading"}):
                if who.mentions and (who.explicit or who.subject):
                    self.closers += [self._resolve(m) for m in who.mentions]
                continue
            lead_in = action.rstrip().endswith(":") and unit.children and len(action) < 200
            if lead_in and self._delegated_to(action) is None:
                continue  # a lead-in for the items below
            leads, reviews = self._leads_of(who, context)
            at = sentence.find(action[:40])
            between = sentence[:at] if at > 0 else ""  # what stands before the action
            first_part = parts_made + 1
            head: DraftTask | None = None  # the sentence's first task
            deepest: DraftTask | None = None  # the last body work was delegated to
            for part in group_parts(action):
                part_leads = leads
                # under "Chỉ đạo Sở X:" each item is the Sở's, implementing the heading's task
                parent: DraftTask | None = context.parent if who.ids is not None else None
                part_reviews = list(reviews)
                force = who.force or "assign"
                if part.subject:
                    part_leads = _unique(self._resolve(m) for m in part.subject)
                    if deepest is not None:
                        parent = head  # "Giao A chỉ đạo B …; C chỉ đạo …": A directs C too
                elif deepest is not None:
                    part_leads, parent, force = deepest.leads, deepest.parent, deepest.force
                    names = ", ".join(self.book.name_of(lead) for lead in part_leads)
                    part_reviews.append(f"read as a further task of {names}")
                parts_made += 1
                key = self._key(unit) + ("" if parts_made == 1 else f"-{parts_made}")
                task = DraftTask(
                    key=key,
                    clause=self._clause(unit),
                    leads=part_leads,
                    action=_clean_action(part.text),
                    force=force,
                    explicit_force=who.explicit,
                    reviews=part_reviews,
                    parent=parent,
                )
                task.deadline = find_deadline(part.full, self.default_year)
                if task.deadline is None and parts_made == first_part:
                    # "Giao Sở Y tế định kỳ hằng quý, trước ngày 20, báo cáo …": the time
                    # stands between the body and the verb
                    task.deadline = find_deadline(between, self.default_year)
                if task.deadline is None:
                    self._inherit_deadline(task, unit)
                task.coordinators = self._coordinators(part.text, task.leads)
                self._add_reports(task, part.full)
                if part.escalation:
                    self._add_escalation(task, part.escalation)
                self._check_force(task)
                self.tasks.append(task)
                if lead_in:
                    self._delegating[unit.index] = task
                    break
                head = head or task
                deepest = self._delegations(task, depth=0) or deepest

    def _who(self, sentence: str, context: _Context, previous: _Who | None) -> _Who | None:
        """Who a sentence assigns work to, with which force, and the action; None if nobody."""
        trigger = _TRIGGER_START.match(sentence)
        if trigger:
            mentions, end = parse_org_list(sentence[trigger.end() :], lowercase_ok=True)
            if mentions:
                rest = sentence[trigger.end() + end :]
                action = _action_from(rest, required=False)
                return _Who(action, _force(trigger.group("t")), True, mentions=mentions)
        mentions, end = parse_org_list(sentence, lowercase_ok=context.subjects_first)
        offset = 0
        if not mentions and _OPENING.match(sentence):
            # "Trên cơ sở báo cáo của …, Sở X có nhiệm vụ …": the subject after an opening clause
            for comma in re.finditer(r",\s*", sentence[:200]):
                found, found_end = parse_org_list(sentence[comma.end() :])
                if found and _action_from(sentence[comma.end() + found_end :], required=True):
                    mentions, end, offset = found, found_end, comma.end()
                    break
        if mentions:
            rest = sentence[offset + end :]
            handed = _TRIGGER_START.match(rest.lstrip(" ,"))
            if handed:
                after = rest.lstrip(" ,")[handed.end() :]
                targets, target_end = parse_org_list(after, lowercase_ok=True)
                if targets:
                    action = _action_from(after[target_end:], required=True)
                    if action:
                        return _Who(action, _force(handed.group("t")), True, mentions=targets)
            action = _action_from(rest, required=True)
            if action:
                return _Who(
                    action,
                    context.force,
                    False,
                    mentions=mentions,
                    subject=True,
                    after_opening=offset > 0,
                )
        for match in _TRIGGER_ANY.finditer(sentence):
            if match.start() == 0 or _NOT_TRIGGER_BEFORE.search(sentence[: match.start()]):
                continue
            after = sentence[match.end() :]
            if fold(after).startswith("cua "):
                continue
            targets, target_end = parse_org_list(after)
            targets = [
                m for m in targets if m.text[:1].isupper() or fold(m.text).startswith("cac ")
            ]
            if not targets:
                continue
            action = _action_from(after[target_end:], required=True)
            if action:
                return _Who(action, _force(match.group("t")), True, mentions=targets)
        if context.leads:
            # the heading's bodies act; "Là cơ quan thường trực, …" says how, not what
            action = _STANDING_ROLE.sub("", sentence)
            if context.verbs_only:
                action = _action_from(action, required=True)
                if not action:
                    return None
            return _Who(action, context.force, context.force is not None, ids=context.leads)
        if previous is not None:
            action = _action_from(sentence, required=True)
            if action:
                return _Who(
                    action,
                    previous.force,
                    previous.explicit,
                    previous.mentions,
                    previous.ids,
                    previous.subject,
                )
        return None

    def _leads_of(self, who: _Who, context: _Context) -> tuple[list[str], list[str]]:
        """The lead ids of a sentence, and review notes about how they were read.

        A subject that is a generic plural ('Lãnh đạo các cơ quan báo chí') under a heading
        that names bodies means those bodies.
        """
        if who.ids is not None:
            return list(who.ids), []
        mentions = who.mentions or []
        # (not after an opening clause: "Trong quá trình …, các cơ quan, đơn vị …" is everyone)
        if who.subject and context.leads and len(mentions) == 1 and not who.after_opening:
            mention = mentions[0]
            generic = fold(mention.text).startswith("cac ") and mention.text[4:5].islower()
            known = self.book.registry is not None and (
                self.book.registry.match_group(mention.text) is not None
            )
            if generic and not known:
                names = ", ".join(self.book.name_of(lead) for lead in context.leads)
                return list(context.leads), [
                    f"'{_with_role(mention)}' read as the bodies of the heading above ({names})"
                ]
        return _unique(self._resolve(m) for m in mentions), []

    # --- roles, delegation, reports -------------------------------------------

    def _coordinators(self, action: str, leads: list[str]) -> list[str]:
        verb = leading_verb(action)
        if verb is None:
            return []
        match = _COORDINATE.match(action[verb.start :])
        if match is None:
            return []
        mentions, _ = parse_org_list(action[verb.start + match.end() :], lowercase_ok=True)
        return _unique(c for c in (self._resolve(m) for m in mentions) if c not in leads)

    def _delegations(self, task: DraftTask, depth: int) -> DraftTask | None:
        """'chỉ đạo X …' in an action: X gets a task implementing this one.

        Returns the deepest task so created (None if the action delegates nothing).
        """
        if depth >= 3:
            return None
        verb = leading_verb(task.action)
        if verb is None:
            return None
        text = task.action[verb.start :]
        match = _DELEGATION.match(text)
        if match is None:
            return None
        after = text[match.end() :]
        mentions, end = parse_org_list(after)
        named = [m for m in mentions if _is_named(m)]
        if not named or len(named) != len(mentions):
            return None
        rest = after[end:].lstrip(" :,")
        rest = rest.split(";")[0].strip()
        if not rest or leading_verb(rest) is None:
            return None
        child = DraftTask(
            key=f"{task.key}.d{depth + 1}",
            clause=task.clause,
            leads=[self._resolve(m) for m in mentions],
            action=_clean_action(rest),
            # what the issuer only requests of the delegator, it cannot command further down
            force="request"
            if fold(match.group()).startswith("de nghi") or task.force == "request"
            else "assign",
            deadline=task.deadline,
            parent=task,
            explicit_force=True,
        )
        child.coordinators = self._coordinators(child.action, child.leads)
        self._add_reports(child, child.action)
        # a report asked of the delegate is not the delegator's
        delegated = {r for link in child.reports for r in link.recipients}
        task.reports = [link for link in task.reports if not set(link.recipients) <= delegated]
        self.tasks.append(child)
        return self._delegations(child, depth + 1) or child

    def _add_reports(self, task: DraftTask, text: str) -> None:
        for report in find_reports(text):
            recipients = [self._resolve(m) for m in report.recipients]
            recipients = [r for r in recipients if r not in task.leads]
            if not recipients:
                continue
            via = self._resolve(report.via) if report.via else None
            onward = [self._resolve(m) for m in report.onward or []]
            if any(link.recipients == recipients for link in task.reports):
                continue
            task.reports.append(ReportLink(recipients, via, onward))

    def _add_escalation(self, task: DraftTask, text: str) -> None:
        for report in find_reports(text):
            recipients = [self._resolve(m) for m in report.recipients]
            if recipients:
                task.reports.append(ReportLink(recipients, conditional=True))
                condition = text.split(",")[0].strip()
                task.reviews.append(
                    f"reports to {self.book.name_of(recipients[0])} only when: {condition}"
                )

    def _check_force(self, task: DraftTask) -> None:
        if task.explicit_force or task.force != "assign":
            return
        for lead in task.leads:
            if self.book.kind_of(lead) in NOT_SUBORDINATE_KINDS:
                task.lead_reviews.setdefault(lead, []).append(
                    f"force assumed 'assign', but {self.book.name_of(lead)} may not be "
                    "subordinate to the issuer"
                )

    def _inherit_deadline(self, task: DraftTask, unit: Unit) -> None:
        node = unit
        while node.parent is not None:
            node = self.units[node.parent]
            if node.kind == "para" and node.parent is None:
                break  # the document's lead-in: its deadline is the horizon below
            found = find_deadline(node.text, self.default_year)
            if found is not None and not self._is_org_heading(node.text):
                task.deadline = found
                task.reviews.append(f"deadline taken from the text above: '{found.text}'")
                return
        if self.horizon is not None:
            task.deadline = self.horizon

    # --- context --------------------------------------------------------------

    def _context(self, unit: Unit) -> _Context:
        if unit.index in self._contexts:
            return self._contexts[unit.index]
        if unit.parent is None:
            context = _Context()
        else:
            parent = self.units[unit.parent]
            inherited = self._context(parent)
            context = _Context(
                list(inherited.leads),
                inherited.force,
                parent=inherited.parent,
                verbs_only=inherited.verbs_only,
            )
            self._apply(parent, context)
            context.parent = self._delegating.get(parent.index, context.parent)
            context.subjects_first = _ANNOUNCES_BODIES.search(parent.text) is not None
        self._contexts[unit.index] = context
        return context

    def _apply(self, unit: Unit, context: _Context) -> None:
        """What a heading or lead-in says about the units below it."""
        text = unit.text
        delegated = self._delegated_to(text) if text.rstrip().endswith(":") else None
        if delegated is not None:
            context.leads = delegated  # "Chỉ đạo Sở Y tế:": the items are the Sở's
            context.verbs_only = False
            return
        whole = self.book.whole_span_group(text.rstrip(" .:;")) if unit.numbered else None
        if whole is not None:
            context.leads = [whole]
            context.verbs_only = False
            return
        if unit.numbered and self._is_org_heading(text):
            mentions, _ = parse_org_list(text)
            context.leads = _unique(self._resolve(m) for m in mentions)
            context.verbs_only = False
            return
        trigger = _TRIGGER_START.match(text)
        if trigger:
            mentions, end = parse_org_list(text[trigger.end() :], lowercase_ok=True)
            if mentions and text[trigger.end() + end :].lstrip().startswith(":"):
                context.leads = _unique(self._resolve(m) for m in mentions)
                context.verbs_only = False
                context.force = _force(trigger.group("t"))
                return
        if text.rstrip().endswith(":"):
            for match in _TRIGGER_ANY.finditer(text):
                if not _NOT_TRIGGER_BEFORE.search(text[: match.start()]) and not fold(
                    text[match.end() :]
                ).startswith("cua "):
                    context.force = _force(match.group("t"))
                    # "Ban Thường vụ Tỉnh ủy yêu cầu các huyện ủy, … thực hiện … sau:":
                    # the items below are the named bodies' tasks
                    targets, _ = parse_org_list(text[match.end() :], lowercase_ok=True)
                    if targets:
                        context.leads = _unique(self._resolve(m) for m in targets)
                        context.verbs_only = True
                    break

    def _delegated_to(self, text: str) -> list[str] | None:
        """The bodies a heading hands work on to ("Chỉ đạo Sở Y tế:"), or None."""
        match = _DELEGATION.match(text)
        if match is None or fold(match.group()).startswith(("giao", "yeu cau", "de nghi")):
            return None
        mentions, end = parse_org_list(text[match.end() :])
        if not mentions or not all(_is_named(m) for m in mentions):
            return None
        if text[match.end() + end :].strip() != ":":
            return None
        return _unique(self._resolve(m) for m in mentions)

    def _is_org_heading(self, text: str) -> bool:
        mentions, end = parse_org_list(text)
        return bool(mentions) and not text[end:].strip(" .:;")

    def _resolve(self, mention: Mention) -> str:
        if mention.plural:
            return self.book.group(mention.text)
        return self.book.org(mention.text)

    # --- names of clauses -----------------------------------------------------

    def _clause(self, unit: Unit) -> str:
        numbers: list[str] = []
        tail = ""
        node: Unit | None = unit
        chain: list[Unit] = []
        while node is not None:
            chain.append(node)
            node = self.units[node.parent] if node.parent is not None else None
        for item in reversed(chain):
            if item.kind in {"article", "roman", "number", "multi", "letter"}:
                marker = item.marker.replace("Điều", "Điều").strip()
                if item.kind == "multi" and numbers and marker.startswith(numbers[-1] + "."):
                    numbers[-1] = marker
                elif item.kind == "multi" and numbers and not item.marker[0].isalpha():
                    numbers.append(marker)
                else:
                    numbers.append(marker)
        if unit.kind in {"dash", "plus", "para"} and unit.parent is not None:
            same = [c for c in self.units[unit.parent].children if self.units[c].kind == unit.kind]
            if len(same) > 1 or unit.kind != "para":
                word = "đoạn" if unit.kind == "para" else "ý"
                tail = f", {word} {same.index(unit.index) + 1}"
        elif unit.kind == "para" and unit.parent is None:
            top = [u for u in self.units if u.parent is None and u.kind == "para"]
            tail = f"đoạn {top.index(unit) + 1}"
        head = ".".join(numbers)
        return f"{head}{tail}" if head else tail.lstrip(", ")

    def _key(self, unit: Unit) -> str:
        clause = self._clause(unit)
        key = re.sub(r",\s*ý\s*", ".", clause)
        key = re.sub(r",?\s*đoạn\s*", ".p", key).strip(".")
        key = fold(key).replace(" ", "") or f"u{unit.index}"
        return key


def _force(trigger: str) -> str:
    return "request" if fold(trigger).startswith("de nghi") else "assign"


def _action_from(text: str, *, required: bool) -> str:
    """The action in ``text``, from its first directive verb (or all of it if not required)."""
    text = text.lstrip(" ,:")
    verb = leading_verb(text)
    if verb is not None:
        return text[verb.start :].strip()
    return "" if required else text.strip()


def _clean_action(text: str) -> str:
    text = squash(text).strip(" ;,")
    text = re.sub(r"\s*\./\.$", ".", text)
    return text[:1].upper() + text[1:]


def _is_named(mention: Mention) -> bool:
    """A body named with capitals ('Đảng ủy Chính phủ', 'các Tiểu ban …')."""
    words = mention.text.split()
    if words and fold(words[0]) == "cac":
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


def _with_role(mention: Mention) -> str:
    return f"{mention.role} {mention.text}" if mention.role else mention.text


def _best_match(subject: str, items: list[Unit], units: list[Unit]) -> Unit | None:
    """The item whose text shares most words with ``subject`` (a 'riêng việc …' clause)."""
    time_words = {"nam", "quy", "thang", "ngay", "trong", "truoc"}
    words = {w for w in re.findall(r"[a-z]+", fold(subject)) if len(w) > 2 and w not in time_words}
    if len(words) < 2:
        return None
    best: tuple[float, Unit | None] = (0.0, None)
    for item in items:
        item_words = set(re.findall(r"[a-z]+", fold(item.text)))
        score = len(words & item_words) / len(words)
        if score > best[0]:
            best = (score, item)
    return best[1] if best[0] >= 0.5 else None


def _unique(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        if value not in out:
            out.append(value)
    return out
