"""Tasks: who must do what, with which force, by when, and to whom they report.

The body's units (see :mod:`cascade.extract.units`) give tasks in five ways:

* a programme's row: an item followed by "Cơ quan thực hiện: X chủ trì, phối hợp với Y"
  and "Thời gian thực hiện: …" (a flattened table becomes such rows, see
  :mod:`cascade.extract.table_rows`), or closed by a bracket "(X chủ trì, phối hợp với Y;
  thời gian: …)" (see :mod:`cascade.extract.roles`);
* a heading or lead-in that names bodies or hands work on ("1. Báo Kiên Giang, …", "Giao
  Sở X:", "… yêu cầu các huyện ủy … sau:", "Chỉ đạo Sở Y tế:"): the units below are their
  tasks (see :mod:`cascade.extract.headings`);
* a sentence that hands work on: "Giao X …", "Đề nghị X …", "Z yêu cầu X …";
* a sentence whose subject is a body and whose verb is a directive one
  ("Các cơ quan theo thẩm quyền khẩn trương thực hiện …");
* closing formulas are not tasks, but without "Kính gửi" the bodies they charge are the
  addressees ("Yêu cầu X nghiêm túc thực hiện Chỉ thị này").

Within a task the sentence is split by :func:`cascade.extract.clauses.group_parts`;
"chỉ đạo X …" inside an action is a delegation: X gets a task that implements it.

This module walks the units and their sentences; who a sentence names is read in
:mod:`cascade.extract.subjects`, where its action starts in :mod:`cascade.extract.actions`,
what names a body but gives no work in :mod:`cascade.extract.no_work`; a programme's rows
in :mod:`cascade.extract.labelled`; coordinators, delegations, reports and inherited
deadlines in :mod:`cascade.extract.task_links`; whether a text ending with ":" leads in to
tasks in :mod:`cascade.extract.lead_ins`, and whom a generic subject under a heading means
in :mod:`cascade.extract.generic_subjects`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cascade.extract.actions import (
    clean_action,
    closes_with_completion_time,
    dropped_case,
    time_sentence,
    without_topic,
)
from cascade.extract.basis_first import basis_in_article
from cascade.extract.book import OrgBook
from cascade.extract.clauses import Part, group_parts, part_case
from cascade.extract.closing_report import date_by_closing_report
from cascade.extract.closings import execution_formula, is_closing
from cascade.extract.deadlines import find_deadline
from cascade.extract.directed_bodies import in_duty_article
from cascade.extract.drafts import DraftTask, unique
from cascade.extract.event_deadlines import (
    case_before_duty,
    case_event,
    case_first,
    condition_event,
)
from cascade.extract.found_deadline import FoundDeadline
from cascade.extract.generic_subjects import heading_bodies
from cascade.extract.headings import Context
from cascade.extract.labelled import LabelledTasks
from cascade.extract.lead_ins import introduces_tasks
from cascade.extract.member_lists import names_a_member
from cascade.extract.no_work import (
    CONCERNED_WITH,
    ENACTS,
    ON_RECEIPT,
    ROLE_ONLY,
    gives_no_work,
    is_address,
    without_restraint,
)
from cascade.extract.orgs import parse_org_list
from cascade.extract.part_requests import with_requests
from cascade.extract.passive_terms import date_work_above
from cascade.extract.person_demands import split_demands
from cascade.extract.quotations import after_quotation
from cascade.extract.roles import label_blocks, split_role_bracket
from cascade.extract.scope_terms import scope_term
from cascade.extract.step_labels import Steps, steps_case
from cascade.extract.subjects import (
    OPENING,
    STARTS_ON,
    TIME_OPENING,
    Who,
    opening_condition,
    who_acts,
)
from cascade.extract.text import split_sentences
from cascade.extract.then_kinds import inner_case
from cascade.extract.units import Unit, clause_key, clause_name

_PREAMBLE_UNIT = re.compile(
    r"^(?:Căn cứ|Xét|Chú thích|Theo đề nghị)\b|^Thực hiện\s+(?:Công văn|Kế hoạch|"
    r"Quyết định|Nghị quyết|Chỉ thị|Chương trình|Thông báo|Kết luận|Hướng dẫn|ý kiến)",
    re.IGNORECASE,
)
# the end of a preamble's lead-in when a sentence follows it on the same line
_OPINION_AFTER = re.compile(r"(?:như sau|sau đây)\s*:\s+(?=[A-ZĐÀ-Ỹ])")
# a purpose that names the day the work must be ready by: "Để bảo đảm việc thu lệ phí … từ
# ngày 01/01/2026, đề nghị X …" dates the request
_READY_PURPOSE = re.compile(
    r"^Để\s+(?:bảo đảm|đảm bảo)\b[^.;]{0,160}?\s(?:kể\s+)?từ\s+ngày\s+\d", re.IGNORECASE
)
# a step of an administrative procedure ("Bước 1: Chuyên viên … tiếp nhận hồ sơ") or a note
# of an appendix ("Lưu ý: …", "Ghi chú: …") says how work runs, not who must do what; an
# address ("Trụ sở chính: Số 2, đường …", "Cơ sở 2: …", "Địa chỉ: …") says where a body is;
# a fee ("Mức thu lệ phí … áp dụng theo …", "Tổng chi phí … (không bao gồm thuế GTGT):")
# says what the public pays
_STEP_OR_NOTE = re.compile(
    r"^[*_\s]*(?:Bước\s+\d+\b|(?:Lưu ý|Ghi chú|Trụ sở(?: chính)?|Cơ sở\s+\d+|Địa chỉ)\s*[*_]*\s*:"
    r"|Mức\s+(?:thu|phí|lệ\s+phí)\b|Tổng\s+chi\s+phí\b)",
    re.IGNORECASE,
)
# a section's title over items ("I. Trách nhiệm phối hợp trong công tác thẩm định …",
# "2.1. Trách nhiệm chung", "II. Tổ chức thực hiện"): the duties below, no work of its own
_SECTION_TITLE = re.compile(
    r"^\s*(?:Trách\s+nhiệm\b[^.:;]*|Tổ\s+chức\s+thực\s+hiện)\s*$", re.IGNORECASE
)
# a report of the results of the work before it in the sentence
# "…; báo cáo … kết quả …", or a report to a superior within a period only ("…; báo cáo
# Thủ tướng Chính phủ trong quý I năm 2026"; not "báo cáo … trước ngày …" after work that
# goes on, such as monitoring)
_RESULT_REPORT = re.compile(
    r"^(?:kịp thời\s+)?báo cáo\b(?:.{0,80}\bkết quả|(?:\s+[^\s;,]+){1,8}?\s+trong\s)",
    re.IGNORECASE,
)

# "2. Trách nhiệm của Sở Tài chính Hàng năm, …": a heading run into its only paragraph
_DUTIES_OF = re.compile(r"^\s*Trách\s+nhiệm\s+(?:của\s+)?(?=[A-ZĐÀ-Ỹ])")


@dataclass
class _Walk:
    """Reading one unit: where it stands, and what its sentences have said so far."""

    unit: Unit
    context: Context
    previous: Who | None = None
    parts_made: int = 0
    condition: str = ""  # the condition the sentence being read opens with
    case: str = ""  # "Trường hợp …:" in front of the unit: the case all its work waits for
    term: str = ""  # "Đối với …, trong 05 ngày làm việc kể từ …," before the subject


class TaskReader(LabelledTasks):
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
        super().__init__(units, book, issuer=issuer, horizon=horizon, default_year=default_year)
        self.executors: list[str] = []
        # bodies a closing formula charges with carrying the document out ("Yêu cầu X
        # nghiêm túc thực hiện Chỉ thị này"): its addressees when it names no others
        self.closers: list[str] = []
        self.quoted = self.headings.quoted
        self._subjects: dict[int, Who] = {}  # the last body named as subject in a unit
        self._own_deadline: set[int] = set()  # ids of tasks whose text gives their deadline
        self._last_unit: tuple[int, list[DraftTask]] = (-1, [])  # the last unit with tasks
        self.steps = Steps()  # the steps of a procedure read as work ("Bước 1: X lập …")

    # --- the walk -----------------------------------------------------------

    def read(self) -> list[DraftTask]:
        """Every task of the body, in document order."""
        blocks = label_blocks(self.units)
        done: set[int] = set()
        for unit in self.units:
            if unit.index in done or unit.kind in {"label", "heading"} or unit.in_form:
                continue  # a form's lines name no one (form_templates)
            if unit.parent is not None and self.units[unit.parent].kind == "label":
                continue  # a line of a label ("Thời gian thực hiện:" / "+ Sở X … trước …")
            block = blocks.get(unit.index)
            if block is not None and not self._time_only(unit, block):
                self._block_tasks(unit, block)
                done.update(c for c in unit.children if self.units[c].kind == "para")
                continue
            made = len(self.tasks)
            self._unit_tasks(unit)
            if block is not None:
                self._label_time(block, self.tasks[made:])
        return self.tasks

    # --- other units --------------------------------------------------------

    def _unit_tasks(self, unit: Unit) -> None:
        text = self._unit_text(unit)
        if text is None:
            return
        walk = _Walk(unit, self.headings.context(unit), case=dropped_case(unit.text, text))
        if unit.kind == "para" and unit.parent is not None:
            # "2. Các tỉnh ủy … cụ thể hóa …" / "Bố trí kinh phí …": a paragraph under an
            # item goes on with the item's subject
            walk.previous = self._subjects.get(unit.parent)
        walk.previous = self.steps.carried.get(unit.index, walk.previous)
        if unit.index in self.steps.read:  # "Trường hợp …, thực hiện như sau: Bước 1: …"
            walk.case = walk.case or steps_case(self.units, unit)
        first = len(self.tasks)
        last_index, before = self._last_unit
        before = before if last_index == unit.index - 1 else []  # the unit just above
        sentences = split_sentences(text)
        for at, sentence in enumerate(sentences):
            if at == 0:  # "3. Báo cáo … được gửi cho … trước ngày …": the work above's day
                date_work_above(
                    self.units, unit, sentence, self.tasks, self._own_deadline, self.default_year
                )
            time = time_sentence(sentence, self.default_year)
            if time is None:
                made = len(self.tasks)
                self._sentence_tasks(walk, sentence)
                before = self.tasks[made:]  # only the sentence just before counts
                self._report_dates_sentence(before)
                continue
            if at == len(sentences) - 1 and unit.kind != "para":
                # "Thời hạn hoàn thành: trước ngày …" closing an item: all its work's time
                before = self.tasks[first:]
            # "Thời gian hoàn thành trước ngày …" after a sentence: that sentence's tasks'
            for task in before:
                if id(task) not in self._own_deadline:
                    task.deadline = time
                    self._own_deadline.add(id(task))
        if len(self.tasks) > first:
            if unit.kind != "para":  # an item, not a paragraph of running text
                date_by_closing_report(self.tasks[first:], self._own_deadline)
            self._last_unit = (unit.index, self.tasks[first:])
        if walk.previous is not None and walk.previous.mentions:
            self._subjects[unit.index] = walk.previous

    def _report_dates_sentence(self, tasks: list[DraftTask]) -> None:
        """'X làm rõ …: (i) …; (iv) …; báo cáo … kết quả thực hiện trong tháng 11 năm
        2025': the time of the report that closes a sentence is when its work is due, as is
        a completion time in a bracket that closes it ("…; tổ chức tập huấn … (thời gian
        hoàn thành trong tháng 11 năm 2025).")."""
        if len(tasks) < 2 or id(tasks[-1]) not in self._own_deadline:
            return
        last = tasks[-1]
        closing = _RESULT_REPORT.match(last.action) or closes_with_completion_time(last.action)
        if not closing or last.deadline is None:
            return
        if last.deadline.kind not in {"absolute", "period"}:
            return  # "định kỳ hằng năm … báo cáo kết quả": the report recurs, the work not
        for task in tasks[:-1]:
            if id(task) not in self._own_deadline and task.leads == last.leads:
                task.deadline = last.deadline
                self._own_deadline.add(id(task))

    def _unit_text(self, unit: Unit) -> str | None:
        """The text of a unit to read tasks from, or None when it holds none of its own."""
        text = unit.text
        if unit.index in self.quoted:
            # "Tại Điều 108 Luật … quy định: 1. … ra quyết định xử lý …": the law's words
            text = after_quotation(text) or ""
        step = text and self.steps.work(unit, text, self.headings.context(unit), self._subjects)
        text = step or text  # "Bước 5: Đàm phán hợp đồng: Đơn vị … lựa chọn …": a body's work
        if not text or text.startswith("(") or _STEP_OR_NOTE.match(text) or is_address(text):
            return None  # "Bước 2: Chuyên viên … thẩm định hồ sơ", "Lưu ý: …": procedure
        if unit.children and unit.numbered and _SECTION_TITLE.match(text):
            return None
        opinion = _OPINION_AFTER.search(text) if _PREAMBLE_UNIT.match(text) else None
        if opinion is not None and unit.kind == "para":
            # "Xét đề nghị của …, Phó Thủ tướng có ý kiến như sau: Chủ tịch X …": the
            # preamble ran into the opinion it introduces
            text = text[opinion.end() :]
        if (
            _PREAMBLE_UNIT.match(text)
            and unit.kind in {"para", "heading"}
            and not (
                text.startswith("Căn cứ")
                and unit.parent is not None
                and self.headings.context(unit).leads
            )
            and not basis_in_article(self.units, unit)
        ):
            # "Căn cứ Luật …"; an item "Căn cứ nhiệm vụ được giao, xây dựng …", or such a
            # paragraph under a heading that names who acts, is a task
            return None
        bracket = split_role_bracket(text)
        if bracket is not None:
            self._labelled_task(
                unit,
                clean_action(bracket.action),
                agency=bracket.agency,
                coordinators=bracket.coordinators,
                time=bracket.time,
                items=[],
            )
            return None
        if self.headings.is_org_heading(text) or self.headings.names_a_group(unit):
            return None
        if names_a_member(self.units, unit):
            return None  # "3. Các ủy viên:" over "- 01 Thứ trưởng Bộ Nội vụ;": a seat
        formula = execution_formula(text)
        if formula is not None:
            mentions, _ = parse_org_list(text, lowercase_ok=True)
            self.executors += [self._resolve(m) for m in mentions]
            remainder = text[formula.end() :].lstrip(" ;,")
            if not remainder.strip(" ./"):
                return None
            text = f"{text[: formula.start()].rstrip()} {remainder}"
        duty = _DUTIES_OF.match(text)
        if duty is not None and parse_org_list(text[duty.end() :])[0]:
            # "2. Trách nhiệm của Sở Tài chính Hàng năm, bố trí …": a heading run into its
            # only paragraph; the body is the sentence's subject
            text = text[duty.end() :]
        return without_topic(text)

    def _sentence_tasks(self, walk: _Walk, sentence: str) -> None:
        unit, context = walk.unit, walk.context
        if walk.previous is not None and (
            context.leads == self.headings.document_leads
            or (unit.kind == "para" and walk.previous.explicit)
        ):
            # "12. Yêu cầu thủ trưởng các đơn vị … . Thực hiện nghiêm …": the bodies a
            # sentence of the unit named go on before the document's own default; bodies
            # the work was handed to ("2. Giao Sở X" / "Đồng thời, chủ trì …") also before
            # a lead-in's above
            context = replace(context, leads=[])
        who = who_acts(sentence, context, walk.previous)
        if who is None or (context.standing and not (who.subject or who.explicit)):
            return
        walk.previous = who
        action = without_restraint(who.action)
        if not action:
            return
        if gives_no_work(self.units, self.headings, unit, sentence, action):
            if who.mentions and (who.explicit or who.subject):
                self.closers += [self._resolve(m) for m in who.mentions]
            return
        lead_in = action.rstrip().endswith(":") and introduces_tasks(self.units, unit, action)
        kinds = self.headings.normative and in_duty_article(self.units, unit)
        if lead_in and self.headings.delegated_to(action, kinds) is None:
            return  # a lead-in for the items below
        leads, reviews = self._leads_of(who, context)
        reviews += filter(None, [unit.amends])  # a duty of new wording an amendment quotes
        enacts = ENACTS.match(action) is not None
        own = (enacts and not ON_RECEIPT.match(sentence)) or STARTS_ON.match(sentence)
        # an enacting line above the first article, or a quoted one (an amending law's preamble
        # a consolidation's footnote quotes), is a text's own, whoever enacts it
        enacts_above = enacts and ("”" in action or self._in_preamble(unit))
        if who.subject and own and (leads == [self.issuer] or enacts_above):
            # "UBND tỉnh ban hành Kế hoạch … như sau:": the document itself; "Từ ngày …,
            # Sở X tiếp nhận …" in Sở X's letter: what it announces it will do; a
            # consolidated text's "Chính phủ ban hành Nghị định …": the text it consolidates
            return
        if ROLE_ONLY.match(action):
            return  # "Giao X làm cơ quan chủ quản Dự án.": a role given, nothing to do yet
        at = sentence.find(action[:40])
        if at > 0 and CONCERNED_WITH.search(sentence[:at]):
            return  # "Các cơ quan … liên quan đến việc quản lý …": a scope, no task
        # what stands before the action ("Giao Sở Y tế định kỳ hằng quý, trước ngày 20, báo
        # cáo …"); not an opening clause ("Đối với các nhiệm vụ trong năm 2025, …"): a scope
        timed = TIME_OPENING.match(sentence) or _READY_PURPOSE.match(sentence)
        between = sentence[:at] if at > 0 and (timed or not OPENING.match(sentence)) else ""
        opening = sentence[:at] if at > 0 else ""
        walk.condition = (
            opening_condition(opening)
            or case_first(opening)
            or (inner_case(opening) if who.after_opening else "")
        )
        walk.term = scope_term(sentence[:at]) if at > 0 and not between else ""
        if not walk.term and TIME_OPENING.match(sentence):
            walk.term = sentence.split(";")[0]  # "Trong thời hạn …, gửi …; niêm yết …"
        first_part = walk.parts_made + 1
        head: DraftTask | None = None  # the sentence's first task
        deepest: DraftTask | None = None  # the last body work was delegated to
        for part in with_requests(split_demands(group_parts(action))):
            if unit.kind in {"para", "heading"} and is_closing(part.text):
                continue  # "…; kịp thời báo cáo những khó khăn, vướng mắc để xem xét./."
            if self._dates_part_before(part, walk, head, deepest):
                continue  # "…; hoàn thành trước ngày 10 tháng 12 năm 2025."
            part_reviews = list(reviews)
            # under "Chỉ đạo Sở X:" each item is the Sở's, implementing the heading's task
            part_leads, parent, force = self._part_parties(
                part,
                (leads, context.parent if who.ids is not None else None, who.force),
                head,
                deepest,
                part_reviews,
            )
            walk.parts_made += 1
            suffix = "" if walk.parts_made == 1 else f"-{walk.parts_made}"
            task = DraftTask(
                key=clause_key(self.units, unit) + suffix,
                clause=clause_name(self.units, unit),
                leads=part_leads,
                action=clean_action(part.text),
                force=force,
                explicit_force=who.explicit,
                reviews=part_reviews,
                parent=parent,
            )
            # "Giao Sở Y tế định kỳ hằng quý, trước ngày 20, báo cáo …": the time may
            # stand between the body and the verb
            self._fill_task(task, part, between if walk.parts_made == first_part else "", walk)
            if lead_in:
                self.headings.delegating[unit.index] = task
                break
            head = head or task
            deepest = self._delegations(task, depth=0) or deepest

    def _part_parties(
        self,
        part: Part,
        sentence: tuple[list[str], DraftTask | None, str | None],
        head: DraftTask | None,
        deepest: DraftTask | None,
        reviews: list[str],
    ) -> tuple[list[str], DraftTask | None, str]:
        """The leads, parent task and force of one ';'-part of a sentence whose own are
        ``sentence``; a part with no subject after a delegation is more of its work."""
        leads, parent, force = sentence
        if part.subject:
            if deepest is not None:
                parent = head  # "Giao A chỉ đạo B …; C chỉ đạo …": A directs C too
            force = part.force or force or "assign"
            return unique(self._resolve(m) for m in part.subject), parent, force
        if deepest is not None:
            names = ", ".join(self.book.name_of(lead) for lead in deepest.leads)
            reviews.append(f"read as a further task of {names}")
            return deepest.leads, deepest.parent, deepest.force
        return leads, parent, force or "assign"

    def _dates_part_before(
        self, part: Part, walk: _Walk, head: DraftTask | None, deepest: DraftTask | None
    ) -> bool:
        """A ';'-part that only gives a time ('hoàn thành trước ngày …') dates the work of
        the part before it; True when ``part`` was such a time."""
        if head is None or deepest is not None or part.subject:
            return False
        time = time_sentence(part.text, self.default_year)
        if time is None:
            return False
        last = self.tasks[-1]
        if id(last) not in self._own_deadline:
            last.deadline = time
            self._own_deadline.add(id(last))
        return True

    def _fill_task(self, task: DraftTask, part: Part, between: str, walk: _Walk) -> None:
        """Deadline, coordinators and reports of a task read from ``part``; then keep it."""
        task.deadline = None
        if between and TIME_OPENING.match(between):
            task.deadline = find_deadline(f"{between.rstrip(' ,')} {part.full}", self.default_year)
        task.deadline = task.deadline or find_deadline(part.full, self.default_year)
        if task.deadline is None and between:
            task.deadline = find_deadline(between, self.default_year)
        if task.deadline is None and walk.term and not part.subject:
            task.deadline = find_deadline(walk.term, self.default_year)
        if task.deadline is None and walk.condition:
            task.deadline = condition_event(walk.condition)
        elif task.deadline is None and walk.case:
            task.deadline = case_event(walk.case)
        if task.deadline is None and (case := part_case(part) or case_before_duty(part.text)):
            task.deadline = case_event(case)  # "…; trường hợp … phải báo cáo …"
        if task.deadline is None:
            self._inherit_deadline(task, walk.unit)
        else:
            if not task.deadline.opens_work:  # "Sau khi …, X làm …": a later time is due
                self._own_deadline.add(id(task))
            self.dated_units.add(walk.unit.index)
        task.coordinators = self._coordinators(part.text, task.leads)
        if not task.coordinators and walk.context.coordinators and task.leads == walk.context.leads:
            # "a) Sở X chủ trì, phối hợp với Y:": the items below are done with Y
            task.coordinators = [c for c in walk.context.coordinators if c not in task.leads]
        self._add_reports(task, part.full)
        if part.escalation:
            self._add_escalation(task, part.escalation)
        self.tasks.append(task)

    def _in_preamble(self, unit: Unit) -> bool:
        """True for a paragraph before the body's first article (the preamble; a consolidated
        text's, whose header comes last, under the title it repeats)."""
        if unit.kind != "para":
            return False
        kinds = [u.kind for u in self.units]
        return "article" in kinds[unit.index :] and "article" not in kinds[: unit.index]

    def _leads_of(self, who: Who, context: Context) -> tuple[list[str], list[str]]:
        """The lead ids of a sentence, and review notes about how they were read."""
        if who.ids is not None:
            return list(who.ids), []
        read = heading_bodies(who, context, self.book)
        if read is not None:
            return read
        return unique(self._resolve(m) for m in who.mentions or []), []
