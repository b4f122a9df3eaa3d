"""A task's links to other bodies and tasks, read from its text.

Coordinators ("phối hợp với Y"), delegations down ("chỉ đạo X …": X gets a task that
implements this one), reports up ("báo cáo Z"), escalations ("khi có vướng mắc, báo cáo
…") and a deadline inherited from the text above; :class:`TaskLinks` also holds what every
task reader shares (the units, the organisation book, the headings, the tasks so far).
"""

from __future__ import annotations

import re

from cascade.extract.actions import clean_action
from cascade.extract.book import OrgBook
from cascade.extract.deadlines import find_deadline
from cascade.extract.drafts import DraftTask, ReportLink, unique
from cascade.extract.event_deadlines import case_event, in_purpose
from cascade.extract.found_deadline import FoundDeadline
from cascade.extract.heading_roles import heading_case, is_named, timed_heading
from cascade.extract.headings import DELEGATION, Headings
from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.reports import find_reports
from cascade.extract.text import fold
from cascade.extract.units import Unit
from cascade.extract.verb_start import leading_verb

# "giao B: …" after "chỉ đạo A": the body directed hands the work on once more
_HANDS_ON = re.compile(r"giao\s+(?=\S)", re.IGNORECASE)
# "có ý kiến chỉ đạo …" (gives its directing opinion): a delegation as "chỉ đạo …" is
_OPINION_DIRECTS = re.compile(r"có\s+ý\s+kiến\s+chỉ\s+đạo\s", re.IGNORECASE)
COORDINATE = re.compile(
    r"^(?:chủ trì\s*,?\s*)?phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+", re.IGNORECASE
)


def _dated_by(task: DraftTask, work: str) -> bool:
    """True when ``task``'s deadline was read from ``work``, the work it hands on."""
    deadline = task.deadline
    return deadline is not None and bool(deadline.text) and deadline.text in work


# an article's text that is its first numbered item ("Điều 3." alone on its line)
_FIRST_ITEM = re.compile(r"^\d{1,2}\.\s")


class TaskLinks:
    """The state a task reader shares, and the links it adds to each task."""

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
        self.headings = Headings(units, book, issuer)
        # units with work of their own that a date in them closes ("… chủ động sử dụng các
        # nguồn lực …, hoàn thành trước ngày 30/11/2025.")
        self.dated_units: set[int] = set()

    # --- roles, delegation, reports -------------------------------------------

    def _coordinators(self, action: str, leads: list[str]) -> list[str]:
        verb = leading_verb(action)
        if verb is None:
            return []
        match = COORDINATE.match(action[verb.start :])
        if match is None:
            return []
        mentions, _ = parse_org_list(action[verb.start + match.end() :], lowercase_ok=True)
        return unique(c for c in (self._resolve(m) for m in mentions) if c not in leads)

    @staticmethod
    def _directing(action: str, *, second_hop: bool) -> str | None:
        """The action from its directive verb on; for a body already directed, also from
        "giao" ("Chỉ đạo A giao B: …": A's task is to hand the work on to B)."""
        if second_hop and _HANDS_ON.match(action):
            return action
        if _OPINION_DIRECTS.match(action):
            return action  # "có ý kiến chỉ đạo Cục X tổ chức …": directs as "chỉ đạo" does
        verb = leading_verb(action)
        return action[verb.start :] if verb is not None else None

    def _delegations(self, task: DraftTask, depth: int) -> DraftTask | None:
        """'chỉ đạo X …' in an action: X gets a task implementing this one.

        Returns the deepest task so created (None if the action delegates nothing).
        """
        if depth >= 3:
            return None
        text = self._directing(task.action, second_hop=depth > 0)
        if text is None:
            return None
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
        if not rest or (leading_verb(rest) is None and not _HANDS_ON.match(rest)):
            return None
        child = DraftTask(
            key=f"{task.key}.d{depth + 1}",
            clause=task.clause,
            leads=[self._resolve(m) for m in mentions],
            action=clean_action(rest),
            # what the issuer only requests of the delegator, it cannot command further down
            force="request"
            if fold(match.group()).startswith("de nghi") or task.force == "request"
            else "assign",
            deadline=task.deadline,
            parent=task,
            explicit_force=True,
        )
        colon = after.find(":", end)
        if colon != -1 and _dated_by(task, after[colon:]):
            task.deadline = None  # "Chỉ đạo A (giao B): thực hiện … trong thời hạn …": B's term
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
        if _DETAILS_RULES.match(task.action):
            return  # "Chính phủ quy định chi tiết Điều này": a delegation, due on no event
        node = unit
        while node.parent is not None:
            node = self.units[node.parent]
            if node.kind == "para" and node.parent is None:
                break  # the document's lead-in: its deadline is the horizon below
            if node.index in self.dated_units and unit.kind == "para":
                continue  # a paragraph after a dated item: new work, not the item's date
            if node.index in self.dated_units and _FIRST_ITEM.match(node.text):
                continue  # a bare "Điều 3." read with its dated "1." as its text: "2." is new
            found = find_deadline(node.text, self.default_year)
            if found is None and (case := heading_case(node.text)):
                found = case_event(case)  # "Khi xảy ra rủi ro …, X có trách nhiệm:"
            if found is not None and found.kind == "event" and in_purpose(node.text, found.text):
                found = None  # "Để khắc phục hậu quả sau thiên tai, … yêu cầu …:": why, not when
            if found is not None and found.kind == "event" and node.text.isupper():
                found = None  # "Mục 4 HỖ TRỢ NGƯỜI LAO ĐỘNG SAU KHI VỀ NƯỚC": a topic
            if found is not None and found.kind == "event" and _awaits_itself(task, found):
                continue  # "… chỉ được thay đổi … sau khi X sửa đổi …" above X's "sửa đổi …"
            heading = self.headings.is_org_heading(node.text) and not timed_heading(node.text)
            if found is not None and not heading:
                task.deadline = found
                task.reviews.append(f"deadline taken from the text above: '{found.text}'")
                return
        if self.horizon is not None:
            task.deadline = self.horizon

    def _resolve(self, mention: Mention) -> str:
        return self.headings.resolve(mention)


# a law's delegation of the rules on a matter to the Government or a minister
_DETAILS_RULES = re.compile(r"^quy\s+định\s+(?:chi\s+tiết|cụ\s+thể)\b", re.IGNORECASE)


def _awaits_itself(task: DraftTask, found: FoundDeadline) -> bool:
    """True when the event above is the task's own work (its first six words): a task does
    not wait for itself."""
    words = fold(task.action).split()[:6]
    return len(words) == 6 and " ".join(words) in " ".join(fold(found.text).split())
