"""Tasks whose roles and time are given apart from their action.

A programme's row: an item followed by labelled lines ("Cơ quan thực hiện: X chủ trì,
phối hợp với Y", "Thời gian thực hiện: …", see :mod:`cascade.extract.roles`), or closed by
a bracket "(X chủ trì, phối hợp với Y; thời gian: …)". A time label may give each body its
own date ("+ Các bộ … trước ngày 15/12"), or an exception for one item ("riêng việc …").
"""

from __future__ import annotations

import re

from cascade.extract.deadlines import find_deadline, find_time, split_exception
from cascade.extract.drafts import DraftTask, unique
from cascade.extract.orgs import parse_org_list
from cascade.extract.roles import LabelBlock
from cascade.extract.task_links import COORDINATE, TaskLinks
from cascade.extract.text import fold, squash
from cascade.extract.units import Unit, clause_key, clause_name
from cascade.extract.verb_start import leading_verb

_LEAD_ROLE = re.compile(r"^\s*,?\s*chủ trì\s*,?\s*", re.IGNORECASE)
# between the clauses of an agency label: "X chủ trì …; Y …", or its "+" lines run together
_AGENCY_BREAK = re.compile(r"\s*;\s*|(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])")


class LabelledTasks(TaskLinks):
    """Reads a programme's rows: the task reader's part for labelled roles and times."""

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

    def _time_only(self, unit: Unit, block: LabelBlock) -> bool:
        """True when the labels below an item give only its time and no heading above names
        who acts ("1. Bộ X khẩn trương … / Thời hạn hoàn thành: trước ngày …"): the item
        names its own lead, and is read as any other item."""
        return (
            block.agency is None
            and block.coordinators is None
            and block.content is None
            and not self.headings.context(unit).leads
        )

    def _label_time(self, block: LabelBlock, tasks: list[DraftTask]) -> None:
        """The time label's deadline on ``tasks`` that have none of their own."""
        time = self._label_text(block.time)
        found = find_time(time, self.default_year) if time else None
        for task in tasks:
            if found is not None and task.deadline is None:
                task.deadline = found

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
        coordinate = COORDINATE.match(rest.lstrip(" ,"))
        coordinators: list[str] = []
        if coordinate:
            after = rest.lstrip(" ,")[coordinate.end() :]
            more, _ = parse_org_list(after, lowercase_ok=True)
            coordinators = [self._resolve(m) for m in more]
        return unique(leads), coordinators


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
