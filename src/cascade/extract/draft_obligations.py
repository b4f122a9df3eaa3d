"""The obligation entries of a draft: one per task and lead, with their milestones and the
report line.

Each entry gets its deadline (working days counted from the document's date, an event
deadline as a milestone shared by every task that waits for it), its coordinators (a group
never beside its own member), whom it reports to (a group stands for its first member, with
a review note) and the obligation it implements.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from cascade.extract.book import IdAllocator, OrgBook
from cascade.extract.dates import full_date
from cascade.extract.day_terms import date_counted_days, step_term
from cascade.extract.draft_documents import without_none
from cascade.extract.drafts import DraftTask
from cascade.extract.extraction import ReportLine
from cascade.extract.found_deadline import FoundDeadline, milestone_key
from cascade.extract.header import Header
from cascade.extract.known_orgs import Registry
from cascade.extract.review_notes import note_of
from cascade.extract.text import slugify
from cascade.model import Milestone


class ObligationEntries:
    """Writes the draft's obligations; ``report_lines`` is shared with the builder, which
    adds the reports of the distribution list."""

    def __init__(
        self,
        header: Header,
        book: OrgBook,
        registry: Registry | None,
        report_lines: list[ReportLine],
    ) -> None:
        self.header = header
        self.book = book
        self.registry = registry
        self.report_lines = report_lines
        self.milestones: dict[str, Milestone] = {}
        self.milestone_names: dict[str, str] = {}

    def entries(self, tasks: list[DraftTask], doc_id: str) -> list[dict[str, Any]]:
        """One entry per task and lead, in the order of the tasks."""
        ids = IdAllocator()
        first_id: dict[int, str] = {}
        out: list[dict[str, Any]] = []
        issued = self._issued()
        for task in tasks:
            clause = task.clause or ""
            task.deadline = date_counted_days(step_term(task.deadline, clause), issued)
            task.lead_deadlines = {
                lead: date_counted_days(step_term(found, clause), issued)
                for lead, found in task.lead_deadlines.items()
            }
            for n, lead in enumerate(task.leads):
                found = task.lead_deadlines.get(lead, task.deadline)
                deadline = self._deadline(found)
                suffix = "" if len(task.leads) == 1 else f".{slugify(lead, 24)}"
                ob_id = ids.allocate(f"{task.key}{suffix}")
                first_id.setdefault(id(task), ob_id)
                reviews = [*task.reviews, *task.lead_reviews.get(lead, [])]
                if found is not None and found.review:
                    reviews.append(found.review)  # a guessed day or year, a lost date
                coordinators = self._coordinators(task.coordinators, lead, reviews)
                ob: dict[str, Any] = {
                    "id": ob_id,
                    "document": doc_id,
                    "clause": task.clause or None,
                    "lead": lead,
                    "coordinators": coordinators,
                    "force": task.force,
                    "action": task.action,
                    "deadline": deadline,
                }
                recipients = [r for link in task.reports for r in link.recipients]
                if recipients:
                    ob["report_to"] = self._single_org(recipients[0], reviews)
                    first = next(link for link in task.reports if link.recipients)
                    via = first.via_for(recipients[0])
                    if via:
                        ob["via"] = self._single_org(via, reviews)
                    for extra in recipients[1:]:
                        reviews.append(f"also reports to {self.book.name_of(extra)}")
                if task.parent is not None and id(task.parent) in first_id:
                    ob["implements"] = first_id[id(task.parent)]
                note = note_of(reviews, None)
                if note:
                    ob["note"] = note
                out.append(without_none(ob))
                self._report_lines(task, lead, n)
        return out

    def _issued(self) -> dt.date | None:
        """The document's date, where working days are counted from."""
        return full_date(self.header.year, self.header.month, self.header.day)

    def _report_lines(self, task: DraftTask, lead: str, n: int) -> None:
        due = _deadline_text(task.deadline)
        for link in task.reports:
            for recipient in link.recipients:
                self.report_lines.append(
                    ReportLine(
                        lead, recipient, link.via_for(recipient), due, task.clause, link.conditional
                    )
                )
            if n == 0:
                for recipient in link.recipients:
                    for onward in link.onward:
                        self.report_lines.append(
                            ReportLine(recipient, onward, None, None, task.clause)
                        )

    def _coordinators(self, named: list[str], lead: str, reviews: list[str]) -> list[str]:
        """The coordinators of one lead's obligation; a note for each one left out."""
        out = []
        members = self._members(lead) if self.book.is_group(lead) else []
        for c in named:
            if c != lead and lead in self._members(c):
                # a group cannot stand beside its own member: "Bộ Công an chủ trì,
                # phối hợp với các bộ" means the other ministries
                reviews.append(f"coordinators: the others of {self.book.name_of(c)}")
            elif c in members:
                # "Các Bộ … phối hợp với Bộ X": X is one of the group, it cannot
                # coordinate with itself in its own copy of the task
                reviews.append(
                    f"coordinators: {self.book.name_of(c)} left out, a member of "
                    f"{self.book.name_of(lead)} (works with the others)"
                )
            elif c != lead:
                out.append(c)
        return out

    def _members(self, party: str) -> list[str]:
        return list(self.book.groups[party].members) if self.book.is_group(party) else [party]

    def _single_org(self, party: str, reviews: list[str]) -> str:
        """report_to and via name one organisation; a group stands for its first member."""
        if self.book.is_group(party):
            members = self.book.groups[party].members
            reviews.append(f"reports to the group {self.book.name_of(party)}")
            return members[0]
        return party

    def _deadline(self, found: FoundDeadline | None) -> dict[str, Any]:
        if found is None:
            return {"kind": "continuous"}
        text = found.text or None
        if found.kind == "absolute" and found.due:
            return without_none({"kind": "absolute", "due": found.due, "text": text})
        if found.kind == "period" and found.start and found.due:
            return without_none(
                {"kind": "period", "start": found.start, "end": found.due, "text": text}
            )
        if found.kind == "recurring" and found.day:
            return without_none(
                {
                    "kind": "recurring",
                    "every": found.every or "year",
                    "month": found.month,
                    "day": found.day,
                    "text": text,
                }
            )
        if found.kind == "event" and found.milestone:
            return without_none(
                {"kind": "event", "milestone": self._milestone(found.milestone), "text": text}
            )
        return without_none({"kind": "continuous", "text": text})

    def _milestone(self, name: str) -> str:
        key = milestone_key(name)
        if key in self.milestone_names:
            milestone_id = self.milestone_names[key]
            known = self.milestones[milestone_id]
            if len(name) > len(known.name) and self.registry is None:
                self.milestones[milestone_id] = known.model_copy(update={"name": name})
            return milestone_id
        if self.registry is not None:
            found = self.registry.milestone_for(key)
            if found is not None:
                self.milestones[found.id] = found
                self.milestone_names[key] = found.id
                return found.id
        milestone_id = slugify(name, 48)
        while milestone_id in self.milestones:
            milestone_id += "-2"
        self.milestones[milestone_id] = Milestone(id=milestone_id, name=name)
        self.milestone_names[key] = milestone_id
        return milestone_id


def _deadline_text(found: FoundDeadline | None) -> str | None:
    if found is None:
        return None
    if found.kind == "absolute" and found.due:
        return f"absolute {found.due.isoformat()}"
    if found.kind == "period" and found.start and found.due:
        return f"period {found.start.isoformat()} {found.due.isoformat()}"
    if found.kind == "recurring":
        month = f"{found.month:02d}-" if found.month else ""
        return f"recurring {found.every} {month}{found.day:02d}"
    return found.kind
