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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cascade.extract.book import OrgBook
from cascade.extract.clauses import (
    Part,
    asks_for_feedback,
    asks_for_help,
    carries_out_itself,
    execution_formula,
    group_parts,
    is_closing,
    leading_verb,
    only_manner,
    reports_difficulties,
    thanks,
)
from cascade.extract.deadlines import (
    FoundDeadline,
    find_deadline,
    find_time,
    in_purpose,
    split_exception,
)
from cascade.extract.drafts import DraftTask, ReportLink, unique
from cascade.extract.headings import (
    DELEGATION,
    NOT_TRIGGER_BEFORE,
    TRIGGER_ANY,
    TRIGGER_START,
    Context,
    Headings,
    force_of,
    is_named,
    named_lead_in,
    timed_heading,
)
from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.quotations import after_quotation, quoted_units
from cascade.extract.reports import find_reports
from cascade.extract.roles import LabelBlock, label_blocks, split_role_bracket
from cascade.extract.text import fold, split_sentences, squash
from cascade.extract.units import Unit, clause_key, clause_name

_PREAMBLE_UNIT = re.compile(
    r"^(?:Căn cứ|Xét|Chú thích|Theo đề nghị)\b|^Thực hiện\s+(?:Công văn|Kế hoạch|"
    r"Quyết định|Nghị quyết|Chỉ thị|Chương trình|Thông báo|Kết luận|Hướng dẫn|ý kiến)",
    re.IGNORECASE,
)
# the end of a preamble's lead-in when a sentence follows it on the same line
_OPINION_AFTER = re.compile(r"(?:như sau|sau đây)\s*:\s+(?=[A-ZĐÀ-Ỹ])")
# a sentence that opens with a clause before its subject: "Trên cơ sở …, Sở X có nhiệm vụ …"
_OPENING = re.compile(
    r"^(?:Trên cơ sở|Căn cứ|Theo|Để|Về|Trong quá trình|Trong thời hạn|Nhằm|Sau khi|Đối với|Qua"
    r"|Hằng năm|Hàng năm|Hằng quý|Hàng quý|Định kỳ|Trong (?:quý|tháng|năm)\s)\b",
    re.IGNORECASE,
)
# a time before the subject: "Hằng năm, các cơ quan … gửi báo cáo từ ngày 10 đến ngày 15
# tháng 12", "Trong quý I của năm sau, X …": it dates the sentence's work
_TIME_OPENING = re.compile(
    r"^(?:Hằng năm|Hàng năm|Hằng quý|Hàng quý|Định kỳ|Trong thời hạn|Trong (?:quý|tháng|năm)\s)",
    re.IGNORECASE,
)
# a purpose that names the day the work must be ready by: "Để bảo đảm việc thu lệ phí … từ
# ngày 01/01/2026, đề nghị X …" dates the request
_READY_PURPOSE = re.compile(
    r"^Để\s+(?:bảo đảm|đảm bảo)\b[^.;]{0,160}?\s(?:kể\s+)?từ\s+ngày\s+\d", re.IGNORECASE
)
# a step of an administrative procedure ("Bước 1: Chuyên viên … tiếp nhận hồ sơ") or a note
# of an appendix ("Lưu ý: …", "Ghi chú: …") says how work runs, not who must do what; an
# address ("Trụ sở chính: Số 2, đường …", "Cơ sở 2: …", "Địa chỉ: …") says where a body is
_STEP_OR_NOTE = re.compile(
    r"^[*_\s]*(?:Bước\s+\d+\b|(?:Lưu ý|Ghi chú|Trụ sở(?: chính)?|Cơ sở\s+\d+|Địa chỉ)\s*[*_]*\s*:)",
    re.IGNORECASE,
)
# a report of the results of the work before it in the sentence
# "…; báo cáo … kết quả …", or a report to a superior within a period only ("…; báo cáo
# Thủ tướng Chính phủ trong quý I năm 2026"; not "báo cáo … trước ngày …" after work that
# goes on, such as monitoring)
_RESULT_REPORT = re.compile(
    r"^(?:kịp thời\s+)?báo cáo\b(?:.{0,80}\bkết quả|(?:\s+[^\s;,]+){1,8}?\s+trong\s)",
    re.IGNORECASE,
)
# what a body is ("X (sau đây gọi tắt là Y) là cơ quan hành chính thuộc …, thực hiện chức năng
# …"): its description in the decision that sets it up, not work
_DESCRIPTION = re.compile(
    r"\blà\s+(?:cơ quan|đơn vị|tổ chức)\b[^;.]{0,160}?,\s*(?:có chức năng|thực hiện chức năng)\b",
    re.IGNORECASE,
)
# a prohibition ("Không được ủy quyền tiếp …") says what a body may not do: no work
_PROHIBITION = re.compile(r"^không\s+được\b", re.IGNORECASE)
# an item of a "Trách nhiệm của X" list that says to whom X answers ("Chịu trách nhiệm trước
# Ủy ban nhân dân tỉnh …") or what X may do ("Được sử dụng con dấu …", "Có quyền …"): no work
_ANSWERS_TO = re.compile(r"^chịu\s+trách\s+nhiệm\s+(?:toàn\s+diện\s+)?trước\b", re.IGNORECASE)
_MAY = re.compile(r"^(?:được\s+(?:quyền|phép|sử\s+dụng|hưởng)|có\s+quyền)\b", re.IGNORECASE)


def _answers_or_may(action: str) -> bool:
    """True for an item that only says to whom its body answers (no piece after a comma or
    ';' starts a work but a prohibition) or what it may do."""
    if _MAY.match(action):
        return True
    answers = _ANSWERS_TO.match(action)
    if answers is None:
        return False
    pieces = re.split(r"[,;]\s*", action[answers.end() :])
    return not any(
        leading_verb(piece, max_words=3) is not None and not _PROHIBITION.match(piece)
        for piece in pieces[1:]
    )


# "X được kết nối, tích hợp …" says what is done to X; "X được giao chủ trì …" is work
_PASSIVE = re.compile(r"^được\s+(?!giao|phân công|ủy quyền|yêu cầu|đề nghị|cử\b)", re.IGNORECASE)


def _is_passive(subject: str, rest: str) -> bool:
    """True when the words after a subject (the parser may have taken 'được' into the
    name) make a passive sentence."""
    words = subject.split()
    if words and fold(words[-1]) == "duoc":
        rest = f"được {rest.lstrip()}"
    return _PASSIVE.match(rest.lstrip()) is not None


_COORDINATE = re.compile(
    r"^(?:chủ trì\s*,?\s*)?phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+", re.IGNORECASE
)
_LEAD_ROLE = re.compile(r"^\s*,?\s*chủ trì\s*,?\s*", re.IGNORECASE)
# the issuer enacting the document itself ("UBND tỉnh ban hành Kế hoạch …, cụ thể như sau:")
_ENACTS = re.compile(
    r"^ban hành\s+(?:Kế hoạch|Quyết định|Chỉ thị|Chương trình|Hướng dẫn|Quy chế|Quy định|"
    r"Thông báo|Công văn|Công điện|Nghị quyết|Kết luận|Thông tư)\b(?!\s+(?:số\s*)?\d)",
    re.IGNORECASE,
)
# a role given and nothing else ("làm cơ quan chủ quản Dự án.", "làm chủ đầu tư …")
_ROLE_ONLY = re.compile(
    r"^làm\s+(?:cơ\s+quan\s+chủ\s+quản|chủ\s+đầu\s+tư|cơ\s+quan\s+thường\s+trực)\b"
    r"[^;:,]*?[.;]?\s*$",
    re.IGNORECASE,
)
# "Các cơ quan, đơn vị, cá nhân liên quan đến việc quản lý …" (who a text applies to): the
# verb after "việc" names an activity, not work asked of the bodies
_CONCERNED_WITH = re.compile(r"\bliên\s+quan\s+(?:đến|tới)\s+việc\s*$", re.IGNORECASE)
# a title on powers ("Điều 3. Thẩm quyền quyết định …", "1. Phân cấp thẩm quyền phê duyệt
# …"): what the units below it say a body decides is a power it holds, not work it is given
# (not "Thẩm quyền, trách nhiệm …": duties may follow)
_POWERS_TITLE = re.compile(
    r"^[*_\s]*(?:Điều\s+\d+\s*[.:]?\s*|[\dIVXLivxl]+[.)]\s*|[a-zđ]\)\s*)?[*_\s]*"
    r"(?:phân\s+cấp\s+|ủy\s+quyền\s+|uỷ\s+quyền\s+)?thẩm\s+quyền\s+"
    r"(?:quyết\s+định|phê\s+duyệt|xác\s+lập)\b",
    re.IGNORECASE,
)
# "1. Quyết định việc nâng bậc lương …", "2. Quyết định phê duyệt …": a power (not "Quyết
# định này …", "Quyết định số …": the document itself or another)
_DECIDES = re.compile(
    r"^[*_\s]*(?:[\dIVXLivxl]+[.)]|[a-zđ]\))?[*_\s]*Quyết\s+định\s+(?!này|số|\d)[a-zà-ỹđ]"
)
_ARTICLE_LABEL = re.compile(r"^[*_\s]*Điều\s+\d+\s*[.:]?[*_\s]*", re.IGNORECASE)
# a procedure table's cell "- Cơ quan trực tiếp thực hiện TTHC: Sở X": who handles the
# procedure for the public, not work the document gives
_PROCEDURE_CELL = re.compile(
    r"^[-+*\s]*Cơ\s+quan\b[^:;.]{0,60}?(?:thực\s+hiện|giải\s+quyết)\s+"
    r"(?:TTHC|thủ\s+tục\s+hành\s+chính)\s*:\s*\S",
    re.IGNORECASE,
)
# between the clauses of an agency label: "X chủ trì …; Y …", or its "+" lines run together
_AGENCY_BREAK = re.compile(r"\s*;\s*|(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])")
_STANDING_ROLE = re.compile(r"^là\s+(?:cơ quan|đơn vị)\b[^,;]{0,80},\s*", re.IGNORECASE)


@dataclass
class _Walk:
    """Reading one unit: where it stands, and what its sentences have said so far."""

    unit: Unit
    context: Context
    previous: _Who | None = None
    parts_made: int = 0


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
        self.headings = Headings(units, book, issuer)
        self.quoted = quoted_units(units)
        self._subjects: dict[int, _Who] = {}  # the last body named as subject in a unit
        self._own_deadline: set[int] = set()  # ids of tasks whose text gives their deadline
        self._last_unit: tuple[int, list[DraftTask]] = (-1, [])  # the last unit with tasks

    # --- the walk -----------------------------------------------------------

    def read(self) -> list[DraftTask]:
        """Every task of the body, in document order."""
        blocks = label_blocks(self.units)
        done: set[int] = set()
        for unit in self.units:
            if unit.index in done or unit.kind in {"label", "heading"}:
                continue
            if unit.parent is not None and self.units[unit.parent].kind == "label":
                continue  # a line of a label ("Thời gian thực hiện:" / "+ Sở X … trước …")
            block = blocks.get(unit.index)
            if block is not None:
                self._block_tasks(unit, block)
                done.update(c for c in unit.children if self.units[c].kind == "para")
                continue
            self._unit_tasks(unit)
        return self.tasks

    # --- a programme's rows -------------------------------------------------

    def _block_tasks(self, unit: Unit, block: LabelBlock) -> None:
        paras = [self.units[c].text for c in unit.children if self.units[c].kind == "para"]
        action = squash(" ".join([unit.text, *paras]))
        if block.content is not None and unit.index == block.content.parent:
            # "1. Hoàn thiện thể chế / a) Nhiệm vụ: Rà soát …": the heading names the task
            # (a "Nội dung:" label may hold its text in "+" lines below it)
            action = f"{unit.text.rstrip(' .:')}: {self._label_text(block.content) or ''}"
        self._labelled_task(
            unit,
            action,
            agency=self._label_text(block.agency),
            coordinators=self._label_text(block.coordinators),
            time=self._label_text(block.time),
            items=block.items,
        )
        if block.time is not None and block.time.children:
            self._deadlines_by_lead(block.time)

    def _label_text(self, label: Unit | None) -> str | None:
        """What a label says, on its line and on the lines below it."""
        if label is None:
            return None
        below = [self.units[c].text for c in label.children]
        return squash(" ".join([label.text, *below])) or None

    def _deadlines_by_lead(self, label: Unit) -> None:
        """'Thời gian thực hiện:' / '+ Các bộ … trước ngày 15/12' / '+ Bộ Công an … trước
        ngày 31/12': each body named by a line keeps that line's date."""
        if not self.tasks:
            return
        task = self.tasks[-1]
        for child in label.children:
            text = self.units[child].text
            mentions, _ = parse_org_list(text)
            found = find_time(text, self.default_year)
            if found is None:
                continue
            for lead in (self._resolve(m) for m in mentions):
                if lead in task.leads:
                    task.lead_deadlines[lead] = found

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
            leads = self.headings.context(unit).leads
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
            key=clause_key(self.units, unit),
            clause=clause_name(self.units, unit),
            leads=leads,
            action=action,
            force=self.headings.context(unit).force or "assign",
            coordinators=unique(c for c in helpers if c not in leads),
            deadline=deadline,
            reviews=reviews,
        )
        if time is None:
            # "Nội dung: Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12)"
            task.deadline = find_deadline(action, self.default_year)
            if task.deadline is None:
                self._inherit_deadline(task, unit)
        self._add_reports(task, action)
        if time is not None:
            self._add_reports(task, time)  # "trình Ủy ban nhân dân thành phố trong quý III"
        self.tasks.append(task)

    def _agency(self, text: str) -> tuple[list[str], list[str]]:
        """'X chủ trì, phối hợp với Y; Z' -> ([X], [Y, Z]); 'A; B' -> ([A, B], []);
        'A tiến hành …; B rà soát …' -> ([A, B], [])."""
        mentions, end = parse_org_list(text, lowercase_ok=True)
        leads = [self._resolve(m) for m in mentions]
        rest = text[end:]
        if _AGENCY_BREAK.search(rest) and leading_verb(rest) is not None:
            # each clause (or "+" line) names its own bodies and their part of the work
            for piece in _AGENCY_BREAK.split(rest)[1:]:
                more, more_end = parse_org_list(piece.strip(), lowercase_ok=True)
                if more and leading_verb(piece.strip()[more_end:]) is not None:
                    leads += [self._resolve(m) for m in more]
        role = _LEAD_ROLE.match(rest)
        if role:
            rest = rest[role.end() :]
        coordinate = _COORDINATE.match(rest.lstrip(" ,"))
        coordinators: list[str] = []
        if coordinate:
            after = rest.lstrip(" ,")[coordinate.end() :]
            more, _ = parse_org_list(after, lowercase_ok=True)
            coordinators = [self._resolve(m) for m in more]
        return unique(leads), coordinators

    # --- other units --------------------------------------------------------

    def _unit_tasks(self, unit: Unit) -> None:
        text = self._unit_text(unit)
        if text is None:
            return
        walk = _Walk(unit, self.headings.context(unit))
        if unit.kind == "para" and unit.parent is not None:
            # "2. Các tỉnh ủy … cụ thể hóa …" / "Bố trí kinh phí …": a paragraph under an
            # item goes on with the item's subject
            walk.previous = self._subjects.get(unit.parent)
        first = len(self.tasks)
        last_index, before = self._last_unit
        before = before if last_index == unit.index - 1 else []  # the unit just above
        for sentence in split_sentences(text):
            time = _time_sentence(sentence, self.default_year)
            if time is None:
                made = len(self.tasks)
                self._sentence_tasks(walk, sentence)
                before = self.tasks[made:]  # only the sentence just before counts
                self._report_dates_sentence(before)
                continue
            # "Thời gian hoàn thành trước ngày …" after a sentence: that sentence's tasks'
            for task in before:
                if id(task) not in self._own_deadline:
                    task.deadline = time
                    self._own_deadline.add(id(task))
        if len(self.tasks) > first:
            self._last_unit = (unit.index, self.tasks[first:])
        if walk.previous is not None and walk.previous.mentions:
            self._subjects[unit.index] = walk.previous

    def _report_dates_sentence(self, tasks: list[DraftTask]) -> None:
        """'X làm rõ …: (i) …; (iv) …; báo cáo … kết quả thực hiện trong tháng 11 năm
        2025': the time of the report that closes a sentence is when its work is due."""
        if len(tasks) < 2 or id(tasks[-1]) not in self._own_deadline:
            return
        last = tasks[-1]
        if not _RESULT_REPORT.match(last.action) or last.deadline is None:
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
        if not text or text.startswith("(") or _STEP_OR_NOTE.match(text):
            return None  # "Bước 2: Chuyên viên … thẩm định hồ sơ", "Lưu ý: …": procedure
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
        ):
            # "Căn cứ Luật …"; an item "Căn cứ nhiệm vụ được giao, xây dựng …", or such a
            # paragraph under a heading that names who acts, is a task
            return None
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
            return None
        if self.headings.is_org_heading(text) or self.headings.names_a_group(unit):
            return None
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
        return _without_topic(text)

    def _states_a_power(self, unit: Unit) -> bool:
        """Any sentence under a title on powers ('Phân cấp thẩm quyền quyết định …'); an item
        'Quyết định việc …' under an article that only names a body (a power handed to it)."""
        parent = self.units[unit.parent] if unit.parent is not None else None
        if (
            parent is not None
            and _DECIDES.match(unit.text)
            and self.headings.is_org_heading(_ARTICLE_LABEL.sub("", parent.text))
        ):
            return True
        at: int | None = unit.parent
        while at is not None:
            if _POWERS_TITLE.match(self.units[at].text):
                return True
            at = self.units[at].parent
        return False

    def _sentence_tasks(self, walk: _Walk, sentence: str) -> None:
        unit, context = walk.unit, walk.context
        who = self._who(sentence, context, walk.previous)
        if who is None:
            return
        walk.previous = who
        action = who.action
        if not action:
            return
        if self._gives_no_work(unit, sentence, action, context):
            if who.mentions and (who.explicit or who.subject):
                self.closers += [self._resolve(m) for m in who.mentions]
            return
        lead_in = action.rstrip().endswith(":") and self._introduces_tasks(unit, action)
        if lead_in and self.headings.delegated_to(action) is None:
            return  # a lead-in for the items below
        leads, reviews = self._leads_of(who, context)
        if who.subject and leads == [self.issuer] and _ENACTS.match(action):
            return  # "UBND tỉnh ban hành Kế hoạch … như sau:": the document itself
        if _ROLE_ONLY.match(action):
            return  # "Giao X làm cơ quan chủ quản Dự án.": a role given, nothing to do yet
        at = sentence.find(action[:40])
        if at > 0 and _CONCERNED_WITH.search(sentence[:at]):
            return  # "Các cơ quan … liên quan đến việc quản lý …": a scope, no task
        # what stands before the action ("Giao Sở Y tế định kỳ hằng quý, trước ngày 20, báo
        # cáo …"); not an opening clause ("Đối với các nhiệm vụ trong năm 2025, …"): a scope
        timed = _TIME_OPENING.match(sentence) or _READY_PURPOSE.match(sentence)
        between = sentence[:at] if at > 0 and (timed or not _OPENING.match(sentence)) else ""
        first_part = walk.parts_made + 1
        head: DraftTask | None = None  # the sentence's first task
        deepest: DraftTask | None = None  # the last body work was delegated to
        for part in group_parts(action):
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
                action=_clean_action(part.text),
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
            return unique(self._resolve(m) for m in part.subject), parent, force or "assign"
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
        time = _time_sentence(part.text, self.default_year)
        if time is None:
            return False
        last = self.tasks[-1]
        if id(last) not in self._own_deadline:
            last.deadline = time
            self._own_deadline.add(id(last))
        return True

    def _gives_no_work(self, unit: Unit, sentence: str, action: str, context: Context) -> bool:
        """True for a sentence that names a body but gives it no work: a closing formula, a
        power, thanks, accountability, a prohibition, whom to turn to, a description."""
        # "III. TỔ CHỨC THỰC HIỆN": a section's title in capitals, not an item's work
        paragraph = unit.kind in {"para", "heading"} or action.strip(" *.:").isupper()
        return (
            is_closing(action, paragraph=paragraph)
            or asks_for_feedback(sentence)
            or carries_out_itself(sentence)
            or self._states_a_power(unit)
            or thanks(sentence)
            or _ACCOUNTABLE_ONLY.match(sentence) is not None
            or _PROHIBITION.match(action) is not None
            or _answers_or_may(action)
            or reports_difficulties(sentence)
            or _DESCRIPTION.search(sentence) is not None
            or asks_for_help(sentence)
            or _PROCEDURE_CELL.search(sentence) is not None
        )

    def _fill_task(self, task: DraftTask, part: Part, between: str, walk: _Walk) -> None:
        """Deadline, coordinators and reports of a task read from ``part``; then keep it."""
        task.deadline = None
        if between and _TIME_OPENING.match(between):
            task.deadline = find_deadline(f"{between.rstrip(' ,')} {part.full}", self.default_year)
        task.deadline = task.deadline or find_deadline(part.full, self.default_year)
        if task.deadline is None and between:
            task.deadline = find_deadline(between, self.default_year)
        if task.deadline is None:
            self._inherit_deadline(task, walk.unit)
        else:
            self._own_deadline.add(id(task))
        task.coordinators = self._coordinators(part.text, task.leads)
        if not task.coordinators and walk.context.coordinators and task.leads == walk.context.leads:
            # "a) Sở X chủ trì, phối hợp với Y:": the items below are done with Y
            task.coordinators = [c for c in walk.context.coordinators if c not in task.leads]
        self._add_reports(task, part.full)
        if part.escalation:
            self._add_escalation(task, part.escalation)
        self.tasks.append(task)

    def _introduces_tasks(self, unit: Unit, action: str) -> bool:
        """True when a text ending with ':' leads in to items below that are tasks; when they
        are not ("Nghiên cứu, quán triệt … các văn bản sau:" then a list of documents), the
        text is a task itself."""
        verb = leading_verb(action)
        core = action[verb.start :] if verb is not None else action  # "tập trung" aside
        if not unit.children or len(core) >= 200:
            return False
        if unit.numbered and named_lead_in(unit.text) is not None:
            return True  # "8. Cục A, Cục B: Tham mưu … chỉ đạo các cơ quan báo chí:" over bullets
        for child in unit.children:
            text = self.units[child].text
            if self.units[child].kind == "label" or leading_verb(text, max_words=6) is not None:
                return True
            if parse_org_list(text)[0] or text.rstrip().endswith(":"):
                return True
        return False

    def _who(self, sentence: str, context: Context, previous: _Who | None) -> _Who | None:
        """Who a sentence assigns work to, with which force, and the action; None if nobody."""
        return (
            self._who_triggered(sentence)
            or self._who_subject(sentence, context)
            or self._who_inside(sentence)
            or self._who_from_context(sentence, context)
            or _who_continued(sentence, previous)
        )

    @staticmethod
    def _who_triggered(sentence: str) -> _Who | None:
        """'Giao X …', 'Đề nghị X …' at the start."""
        trigger = TRIGGER_START.match(sentence)
        if not trigger:
            return None
        mentions, end = parse_org_list(sentence[trigger.end() :], lowercase_ok=True)
        if not mentions:
            return None
        action = _action_from(sentence[trigger.end() + end :], required=False)
        return _Who(action, force_of(trigger.group("t")), True, mentions=mentions)

    @staticmethod
    def _who_subject(sentence: str, context: Context) -> _Who | None:
        """'X <verb> …', 'Trên cơ sở …, X có nhiệm vụ …', 'X giao Y …'."""
        if _DIRECT_MANAGERS.match(sentence):
            mentions, end = _qualified_kinds(sentence)
        else:
            mentions, end = parse_org_list(sentence, lowercase_ok=context.subjects_first)
        if not mentions and _GENERIC_BODY_START.match(sentence):
            # "Cơ quan thuế địa phương căn cứ …": a kind of body, capitalised only because it
            # opens the sentence
            mentions, end = parse_org_list(sentence, lowercase_ok=True)
        if not mentions:
            mentions, end = _qualified_kinds(sentence)
        offset = 0
        if not mentions and _OPENING.match(sentence):
            # "Trên cơ sở báo cáo của …, Sở X có nhiệm vụ …": the subject after an opening clause
            # after a time ("Định kỳ trước ngày 31 tháng 12 hàng năm, cơ quan thuế các cấp
            # phải báo cáo …") a body named in lower case is the subject too
            lower = _TIME_OPENING.match(sentence) is not None
            for comma in re.finditer(r",\s*", sentence[:200]):
                found, found_end = parse_org_list(sentence[comma.end() :], lowercase_ok=lower)
                if found and found[0].text == "tổ chức":
                    break  # "Hằng năm, tổ chức đánh giá …": the verb, not a body
                if found and _action_from(sentence[comma.end() + found_end :], required=True):
                    mentions, end, offset = found, found_end, comma.end()
                    break
        if not mentions or _is_passive(mentions[-1].text, sentence[offset + end :]):
            return None
        rest = _past_inserted_clause(sentence[offset + end :])
        handed = TRIGGER_START.match(rest.lstrip(" ,"))
        if handed:
            after = rest.lstrip(" ,")[handed.end() :]
            targets, target_end = parse_org_list(after, lowercase_ok=True)
            action = _action_from(after[target_end:], required=True) if targets else ""
            if action:
                return _Who(action, force_of(handed.group("t")), True, mentions=targets)
        action = _action_from(rest, required=True)
        if not action:
            return None
        return _Who(
            action, context.force, False, mentions=mentions, subject=True, after_opening=offset > 0
        )

    @staticmethod
    def _who_inside(sentence: str) -> _Who | None:
        """'… , đề nghị X …' inside the sentence."""
        for match in TRIGGER_ANY.finditer(sentence):
            if match.start() == 0 or NOT_TRIGGER_BEFORE.search(sentence[: match.start()]):
                continue
            after = sentence[match.end() :]
            if fold(after).startswith("cua "):
                continue
            targets, target_end = _named_targets(after)
            if not targets:
                continue
            action = _action_from(after[target_end:], required=True)
            if action:
                return _Who(action, force_of(match.group("t")), True, mentions=targets)
        return None

    @staticmethod
    def _who_from_context(sentence: str, context: Context) -> _Who | None:
        """The heading's bodies act; "Là cơ quan thường trực, …" says how, not what."""
        if not context.leads:
            return None
        action = _STANDING_ROLE.sub("", sentence)
        if context.verbs_only:
            action = _action_from(action, required=True)
            if not action:
                return None
        return _Who(action, context.force, context.force is not None, ids=context.leads)

    def _leads_of(self, who: _Who, context: Context) -> tuple[list[str], list[str]]:
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
        return unique(self._resolve(m) for m in mentions), []

    # --- roles, delegation, reports -------------------------------------------

    def _coordinators(self, action: str, leads: list[str]) -> list[str]:
        verb = leading_verb(action)
        if verb is None:
            return []
        match = _COORDINATE.match(action[verb.start :])
        if match is None:
            return []
        mentions, _ = parse_org_list(action[verb.start + match.end() :], lowercase_ok=True)
        return unique(c for c in (self._resolve(m) for m in mentions) if c not in leads)

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
        match = DELEGATION.match(text)
        if match is None:
            return None
        after = text[match.end() :]
        mentions, end = parse_org_list(after)
        named = [m for m in mentions if is_named(m)]
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

    def _inherit_deadline(self, task: DraftTask, unit: Unit) -> None:
        node = unit
        while node.parent is not None:
            node = self.units[node.parent]
            if node.kind == "para" and node.parent is None:
                break  # the document's lead-in: its deadline is the horizon below
            found = find_deadline(node.text, self.default_year)
            if found is not None and found.kind == "event" and in_purpose(node.text, found.text):
                found = None  # "Để khắc phục hậu quả sau thiên tai, … yêu cầu …:": why, not when
            heading = self.headings.is_org_heading(node.text) and not timed_heading(node.text)
            if found is not None and not heading:
                task.deadline = found
                task.reviews.append(f"deadline taken from the text above: '{found.text}'")
                return
        if self.horizon is not None:
            task.deadline = self.horizon

    def _resolve(self, mention: Mention) -> str:
        return self.headings.resolve(mention)


# "Sở Tài chính, trên cơ sở đề xuất của các cơ quan, …, chủ trì tổng hợp …": a clause
# between the subject and its verb
_INSERTED = re.compile(
    r"^\s*,\s*(?:trên cơ sở|căn cứ|theo|trong phạm vi|tùy theo|tuỳ theo|sau khi)\b",
    re.IGNORECASE,
)


_DUTIES_OF = re.compile(r"^\s*Trách\s+nhiệm\s+(?:của\s+)?(?=[A-ZĐÀ-Ỹ])")
_TIME_SENTENCE = re.compile(
    # (not how long a delegation holds: "Thời gian ủy quyền … đến hết ngày …")
    r"^\s*(?:(?:Thời gian|Thời hạn)(?!\s+(?:ủy|uỷ|phân)\s+(?:quyền|cấp)\b)"
    r"(?:\s+(?:thực hiện|hoàn thành|triển khai|xong))*\s*:?\s*"
    r"|Hoàn thành(?:\s+xong)?\s+(?=trong|trước|chậm nhất))",
    re.IGNORECASE,
)


def _time_sentence(sentence: str, year: int | None) -> FoundDeadline | None:
    """The deadline a sentence of its own gives the task before it ("Thời gian thực hiện
    hoàn thành xong trước ngày 05 tháng 12 năm 2025."), or None for any other sentence."""
    match = _TIME_SENTENCE.match(sentence)
    if match is None or len(sentence) > 160 or parse_org_list(sentence)[0]:
        return None
    return find_deadline(sentence, year)


def _past_inserted_clause(rest: str) -> str:
    """``rest`` after a clause set between commas before the verb, when a verb follows one
    of the next commas; else ``rest`` as it is."""
    if _INSERTED.match(rest) is None:
        return rest
    for comma in re.finditer(r",\s*", rest[1:200]):
        after = rest[1 + comma.end() :]
        if _action_from(after, required=True):
            return after
    return rest


def _named_targets(after: str) -> tuple[list[Mention], int]:
    """The bodies a trigger inside a sentence names: capitalised names, "các …" groups,
    or a lower-case group of kinds joined by commas ("đề nghị bộ, ngành, địa phương …")."""
    targets, end = parse_org_list(after)
    targets = [m for m in targets if m.text[:1].isupper() or fold(m.text).startswith("cac ")]
    if targets:
        return targets, end
    groups, end = parse_org_list(after, lowercase_ok=True)
    # public bodies only: "yêu cầu tổ chức, cá nhân bổ sung hồ sơ" speaks of applicants
    if len(groups) == 1 and "," in groups[0].text and _PUBLIC_KINDS.match(groups[0].text):
        return groups, end
    return [], 0


_PUBLIC_KINDS = re.compile(r"^(?:bộ|sở|ngành|cơ quan|đơn vị|địa phương),(?![^.;]*cá nhân)")


def _who_continued(sentence: str, previous: _Who | None) -> _Who | None:
    """A sentence without a subject goes on with the previous one's bodies."""
    if previous is None:
        return None
    action = _action_from(sentence, required=True)
    if not action:
        return None
    return _Who(
        action, previous.force, previous.explicit, previous.mentions, previous.ids, previous.subject
    )


_TOPIC = re.compile(r"^(?P<topic>[^:;.()]{3,160}?):\s+(?=\S)")
_TOPIC_OPENER = re.compile(r"^(?:Đối với|Về|Riêng|Trường hợp|Với)\b", re.IGNORECASE)
# "Đối với NNT chưa có hồ sơ (hoặc hồ sơ chưa đầy đủ): …": such a topic may hold a bracket
_OPENER_TOPIC = re.compile(
    r"^(?P<topic>(?:Đối với|Riêng|Trường hợp)\s(?:[^:;.()]|\([^():;]{1,80}\)){3,200}?):\s+(?=\S)",
    re.IGNORECASE,
)


def _without_topic(text: str) -> str:
    """'Báo cáo tháng: Sở Tài chính tổng hợp …', 'Đối với các dự án …: Khẩn trương lập …':
    a topic in front of the sentence is dropped when a body and its verb follow it, or
    when it is a topic by its first word ("Đối với …") and a verb follows."""
    proposal = _PROPOSAL.match(text)
    if proposal is not None:
        # "Về đề nghị Bộ X …: Bộ X nghiên cứu …": the answer after the colon is the task
        return text[proposal.end() :]
    match = _TOPIC.match(text) or _OPENER_TOPIC.match(text)
    if match is None:
        return _without_run_in_topic(text)
    topic, rest = match.group("topic"), text[match.end() :]
    if _hands_on(topic) or parse_org_list(topic)[0]:
        return text  # "Giao Bộ Chính trị chỉ đạo X: …", "Sở Tài chính: …"
    # after a topic by its first word ("Đối với NNT …: Cơ quan thuế địa phương …") a body
    # named in lower case may be the subject
    opener = _TOPIC_OPENER.match(topic) is not None
    mentions, end = parse_org_list(rest, lowercase_ok=opener)
    if mentions and leading_verb(rest[end:]) is not None:
        return rest
    if opener and leading_verb(rest, max_words=4) is not None:
        return rest
    return text


# "Về đề nghị các bộ, ngành …; … của địa phương: X …": a proposal answered after the colon
# (the proposal may hold clauses of its own); the answer names who acts
_PROPOSAL = re.compile(
    r"^Về\s+(?:các\s+)?(?:đề nghị|kiến nghị|đề xuất)\b[^:]{0,600}?:\s+(?=[A-ZĐÀ-Ỹ])"
)


def _hands_on(text: str) -> bool:
    """True when ``text`` hands work on ("giao", "đề nghị", "yêu cầu"), not when it names a
    file or a document ("hồ sơ đề nghị gia hạn", "tờ trình đề nghị …")."""
    text = re.sub(r"\s*\([^()]*\)", "", text)  # "hồ sơ (hoặc …) đề nghị …": still a file
    return any(
        not NOT_TRIGGER_BEFORE.search(text[: match.start()]) for match in TRIGGER_ANY.finditer(text)
    )


_RUN_IN_TOPIC = re.compile(r"^Về\s+\w")
# kinds of body named by the work they do: "Đơn vị, tổ chức thực hiện nhiệm vụ bồi thường, hỗ
# trợ, tái định cư có trách nhiệm lập dự toán …"; "Cơ quan, tổ chức, cá nhân có thẩm quyền
# có trách nhiệm xem xét …" (the commas inside belong to the name)
_QUALIFIED_KINDS = re.compile(
    r"^(?P<name>(?:Cơ quan|Đơn vị|Tổ chức)(?:,\s*(?:cơ quan|đơn vị|tổ chức|cá nhân))+"
    r"\s+(?:(?:thực hiện|được giao)\s[^.;:]{1,100}?|có\s+thẩm\s+quyền))"
    r"\s+có\s+trách\s+nhiệm\s"
)


# "Các cơ quan, tổ chức, đơn vị, doanh nghiệp trực tiếp quản lý tài sản cố định có trách
# nhiệm …" / "… căn cứ …": "quản lý" belongs to the name, it is not the verb
_DIRECT_MANAGERS = re.compile(
    r"^(?P<name>(?:Các\s+)?(?:[Cc]ơ quan|[Đđ]ơn vị|[Tt]ổ chức)"
    r"(?:,\s*(?:cơ quan|đơn vị|tổ chức|cá nhân|doanh nghiệp))+"
    r"\s+trực\s+tiếp\s+quản\s+lý\s[^.;:]{1,100}?)"
    r"\s+(?:có\s+trách\s+nhiệm|căn\s+cứ)\s"
)


def _qualified_kinds(sentence: str) -> tuple[list[Mention], int]:
    """The group a sentence opens with when it is named by its work (see _QUALIFIED_KINDS,
    _DIRECT_MANAGERS)."""
    match = _QUALIFIED_KINDS.match(sentence) or _DIRECT_MANAGERS.match(sentence)
    if not match:
        return [], 0
    name = match.group("name")
    return [Mention(squash(name), 0, len(name), plural=True)], len(name)


# a kind of body capitalised only because it opens the sentence: "Cơ quan thuế địa phương
# …", "Tổ chức kiểm định có trách nhiệm …" (not "Tổ chức kiểm tra …": the verb)
_GENERIC_BODY_START = re.compile(
    r"^(?:Các\s+)?Cơ quan\s+[a-zđà-ỹ]"
    r"|^Tổ chức(?:\s+[a-zđà-ỹ]+){1,3}\s+(?:có|chịu)\s+trách\s+nhiệm\b"
)
_TOPIC_END = re.compile(r"[.;:()]")
_CAPITAL_WORD = re.compile(r"\s(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ]*\s)")


def _without_run_in_topic(text: str) -> str:
    """'Về trang thiết bị và hạ tầng số Khắc phục triệt để …': a topic heading the crawl ran
    into its paragraph ends where a capitalised directive verb (or adverb) starts."""
    if not _RUN_IN_TOPIC.match(text):
        return text
    for match in _CAPITAL_WORD.finditer(text, 0, 200):
        if _TOPIC_END.search(text, 0, match.start()):
            break  # the topic is a few words: no sentence, clause or bracket inside
        rest = text[match.end() :]
        verb = leading_verb(rest, max_words=4)
        if verb is not None and (not verb.start or only_manner(rest[: verb.start])):
            return rest
    return text


def _action_from(text: str, *, required: bool) -> str:
    """The action in ``text``, from its first directive verb (or all of it if not required)."""
    text = text.lstrip(" ,:")
    accountable = _ACCOUNTABLE.match(text)
    if accountable is not None and text[accountable.end() :].strip(" ;,."):
        text = text[accountable.end() :]  # "chịu trách nhiệm toàn diện về …; chuẩn bị …"
    if _OPINION_DUTY.match(text):
        return text.strip()  # "có ý kiến hướng dẫn chuyên môn …": the opinion is the work
    consider = _CONSIDER.match(text)
    if consider is not None and leading_verb(text[consider.end() :]) is not None:
        return text.strip()  # "xét, trình, đề nghị …": "xét" opens a row of verbs
    verb = leading_verb(text)
    if verb is not None:
        # "chủ động cân đối …", "khẩn trương rà soát …": how the work is to be done stays
        start = 0 if only_manner(text[: verb.start]) else _manner_start(text[: verb.start])
        return text[(verb.start if start is None else start) :].strip()
    duty = _DUTY_COLON.match(text)
    if duty is not None and text[duty.end() :].strip():
        return text[duty.end() :].strip()  # "X có trách nhiệm: Hạch toán …": what it must do
    return "" if required else text.strip()


# "X có ý kiến hướng dẫn chuyên môn …" (not "X có ý kiến chỉ đạo như sau:", a lead-in)
_OPINION_DUTY = re.compile(r"^\s*có\s+ý\s+kiến\s+(?:hướng\s+dẫn|thẩm\s+định|góp\s+ý)\b")
# "xét, trình, đề nghị …": "xét" (consider) opens a row of verbs as one of them
_CONSIDER = re.compile(r"^\s*xét,\s*", re.IGNORECASE)
# an accountability clause before the work: "chịu trách nhiệm (toàn diện) (trước …) về …;"
_ACCOUNTABLE = re.compile(
    r"^chịu\s+trách\s+nhiệm\s+(?:toàn\s+diện\s+)?(?:trước\s[^;]*?)?về\s[^;]*;\s*",
    re.IGNORECASE,
)
# a sentence that only says who answers for a text's content ("Sở X chịu trách nhiệm về
# nội dung báo cáo và đề xuất tại Tờ trình …"): a status, no work
_ACCOUNTABLE_ONLY = re.compile(
    r"^(?:[^;,.]{0,100}?\s)?chịu\s+trách\s+nhiệm\s+(?:toàn\s+diện\s+)?(?:trước\s[^;]*?\s)?"
    r"về\s+(?:các\s+|toàn\s+bộ\s+)?(?:nội\s+dung|tính\s+chính\s+xác|số\s+liệu|thông\s+tin)"
    r"\b[^;]*$",
    re.IGNORECASE,
)
# who must act ("có trách nhiệm", "phải") before how ("định kỳ báo cáo …")
_DUTY_OPENING = re.compile(
    r"^(?:[\s,]*(?:có trách nhiệm|chịu trách nhiệm|có nhiệm vụ|cần|phải)\b)+[\s,]*",
    re.IGNORECASE,
)


def _manner_start(before: str) -> int | None:
    """Where the action starts in ``before`` (the words before its verb) when a duty is
    followed by how the work is done ("có trách nhiệm định kỳ báo cáo …" keeps "định kỳ");
    None when the verb itself starts it."""
    duty = _DUTY_OPENING.match(before)
    if duty is None or not only_manner(before[duty.end() :]):
        return None
    return duty.end()


# a duty and a colon: whatever follows is the work, with a verb the lexicon knows or not
_DUTY_COLON = re.compile(r"^(?:có|chịu)\s+(?:trách\s+nhiệm|nhiệm\s+vụ)\s*:\s*", re.IGNORECASE)


def _clean_action(text: str) -> str:
    text = squash(text).strip(" ;,")
    text = re.sub(r"\s*\./\.$", ".", text)
    return text[:1].upper() + text[1:]


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
