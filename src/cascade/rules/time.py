"""Time (CAS3xx): deadlines, document dates and organisations' validity agree.

A document may carry a full ``date`` or only a ``year`` (a draft: "… 2025").
Rules compare what can be compared and say so when they cannot tell: with
only a year, an organisation that ceases mid-year may or may not still have
existed (CAS305, info).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping

from cascade.model import Deadline, Document, Milestone, Obligation, Organisation
from cascade.rules.base import Severity, Violation, rule
from cascade.rules.context import Context


def due_date(deadline: Deadline, milestones: Mapping[str, Milestone]) -> dt.date | None:
    """The day ``deadline`` falls due, when it is one known day."""
    match deadline.kind:
        case "absolute":
            return deadline.due
        case "period":
            return deadline.end
        case "event":
            milestone = milestones.get(deadline.milestone)
            if milestone is None or milestone.date is None:
                return None
            return milestone.date + dt.timedelta(days=deadline.offset_days)
        case _:
            return None


def _later(child: Deadline, parent: Deadline, milestones: Mapping[str, Milestone]) -> bool:
    """Whether ``child`` falls due after ``parent`` (False when they cannot be compared)."""
    if child.kind in ("continuous", "recurring"):
        return False
    if child.kind == "event" and parent.kind == "event" and child.milestone == parent.milestone:
        return child.offset_days > parent.offset_days
    child_due, parent_due = due_date(child, milestones), due_date(parent, milestones)
    return child_due is not None and parent_due is not None and child_due > parent_due


def _describe(deadline: Deadline, milestones: Mapping[str, Milestone]) -> str:
    due = due_date(deadline, milestones)
    if deadline.kind == "event":
        offset = f" + {deadline.offset_days} days" if deadline.offset_days else ""
        when = f" ({due.isoformat()})" if due else ""
        return f"at milestone {deadline.milestone!r}{offset}{when}"
    return due.isoformat() if due else deadline.kind


@rule("CAS301", "child-deadline-after-parent", Severity.ERROR)
def child_deadline_after_parent(ctx: Context) -> Iterator[Violation]:
    """An obligation falls due after the obligation it implements.

    A lower body must finish (and report) before its superior has to report on
    the same task: a child deadline later than its parent's cannot be met in
    time. Dates, periods (their end) and milestone deadlines (once the milestone
    has a date, or against the same milestone) are compared; recurring and
    continuous deadlines are not.
    """
    milestones = {m.id: m for m in ctx.cascade.milestones}
    obligations = ctx.obligations
    for parent_id, children in ctx.children.items():
        parent = obligations.get(parent_id)
        if parent is None or parent.deadline.kind in ("continuous", "recurring"):
            continue
        # children share deadline objects (group copies, repeated dates): compare each once
        distinct = {id(c.deadline): c.deadline for c in children}
        later = {k for k, d in distinct.items() if _later(d, parent.deadline, milestones)}
        if later:
            yield from _late_children(ctx, parent, children, later, milestones)


def _late_children(
    ctx: Context,
    parent: Obligation,
    children: list[Obligation],
    later: set[int],
    milestones: Mapping[str, Milestone],
) -> Iterator[Violation]:
    for ob in children:
        if id(ob.deadline) not in later:
            continue
        yield Violation(
            f"obligation {ob.id!r} is due {_describe(ob.deadline, milestones)}, after its "
            f"parent {parent.id!r} (due {_describe(parent.deadline, milestones)})",
            path=ctx.obligation_path(ob, "deadline"),
            obligation=ob.id,
            document=ob.document,
            hint="a child obligation should fall due on or before its parent",
        )


def _day_or_year(doc: Document) -> dt.date | int | None:
    return doc.date if doc.date is not None else doc.year


def _before(a: dt.date | int, b: dt.date | int) -> bool:
    """Whether ``a`` is certainly before ``b``; a bare year compares by year."""
    if isinstance(a, dt.date) and isinstance(b, dt.date):
        return a < b
    year_a = a.year if isinstance(a, dt.date) else a
    year_b = b.year if isinstance(b, dt.date) else b
    return year_a < year_b


def _when(value: dt.date | int) -> str:
    return value.isoformat() if isinstance(value, dt.date) else f"in {value}"


@rule("CAS302", "document-before-basis", Severity.ERROR)
def document_before_basis(ctx: Context) -> Iterator[Violation]:
    """A document is dated before a document it rests on.

    A document can rest on ("Căn cứ …", "Thực hiện …"), cite or amend only a
    document that already exists. With only a year on either side, the years
    are compared.
    """
    for doc in ctx.cascade.documents:
        when = _day_or_year(doc)
        if when is None:
            continue
        for j, basis in enumerate(doc.rests_on):
            base = ctx.documents.get(basis.document)
            base_when = _day_or_year(base) if base is not None else None
            if base_when is None or not _before(when, base_when):
                continue
            yield Violation(
                f"document {doc.id!r} is dated {_when(when)}, before document "
                f"{basis.document!r} it rests on ({_when(base_when)})",
                path=ctx.document_path(doc.id, "rests_on", j, "document"),
                document=doc.id,
                hint="check both dates, and which document rests on which",
            )


def _successors(org: Organisation) -> str:
    if not org.successors:
        return "no successor is known"
    names = ", ".join(repr(s) for s in org.successors)
    return f"its successor is {names}" if len(org.successors) == 1 else f"successors: {names}"


def _year_overlap(org: Organisation, year: int) -> str:
    """'all', 'none' or 'part': how much of ``year`` the organisation exists."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    starts = org.valid_from or dt.date.min
    ends = org.valid_until or dt.date.max
    if starts <= first and ends >= last:
        return "all"
    if ends < first or starts > last:
        return "none"
    return "part"


def _validity(org: Organisation) -> str:
    if org.valid_from and org.valid_until:
        return f"from {org.valid_from.isoformat()} until {org.valid_until.isoformat()}"
    if org.valid_until:
        return f"only until {org.valid_until.isoformat()}"
    return f"only from {org.valid_from.isoformat() if org.valid_from else '?'}"


def _limited(ctx: Context) -> set[str]:
    """Organisations with validity dates (most cascades have none, or a few)."""
    return {o.id for o in ctx.cascade.organisations if o.valid_from or o.valid_until}


def _assigned(ctx: Context) -> Iterator[tuple[Document, str, str, str]]:
    """(document, obligation, organisation, role) for each lead and coordinator with validity."""
    limited = _limited(ctx)
    if not limited:
        return
    documents = ctx.documents
    for ob in ctx.cascade.obligations:
        if ob.lead in limited:
            yield documents[ob.document], ob.id, ob.lead, "lead"
        for coordinator in ob.coordinators:
            if coordinator in limited:
                yield documents[ob.document], ob.id, coordinator, "coordinators"


@rule("CAS303", "organisation-not-in-existence", Severity.ERROR)
def organisation_not_in_existence(ctx: Context) -> Iterator[Violation]:
    """Work is assigned to an organisation that does not exist on the document's date.

    Organisations have validity dates (``valid_from``, ``valid_until``): from
    1 July 2025 there are no districts, and Kiên Giang merged into An Giang.
    An obligation created by a document dated outside its holder's validity
    (for a year-only date: the whole year outside it) binds no one; it belongs
    to the successor, which the message names when ``successors`` is given.
    """
    orgs = ctx.organisations
    for doc, ob_id, org_id, role in _assigned(ctx):
        org = orgs[org_id]
        if doc.date is not None:
            if org.valid_on(doc.date):
                continue
            when = f"on {doc.date.isoformat()}"
        elif doc.year is not None:
            if _year_overlap(org, doc.year) != "none":
                continue
            when = f"in {doc.year}"
        else:
            continue
        yield Violation(
            f"obligation {ob_id!r} assigns work ({role}) {when} to {ctx.org_label(org_id)}, "
            f"which exists {_validity(org)}; {_successors(org)}",
            path=ctx.obligation_path(ob_id, role),
            obligation=ob_id,
            document=doc.id,
            hint="assign the work to the successor" if org.successors else None,
        )


@rule("CAS304", "holder-ends-before-due", Severity.WARNING)
def holder_ends_before_due(ctx: Context) -> Iterator[Violation]:
    """An obligation falls due after its lead ceases to exist.

    The lead exists when the work is assigned but not until the deadline, so
    the obligation must pass to a successor by an explicit mapping: a
    ``transfer`` (or ``reassign``) amendment in force by the day after the lead
    ceases, which silences this rule. The message names the successor when one
    is known.
    """
    milestones = {m.id: m for m in ctx.cascade.milestones}
    orgs = ctx.organisations
    ending = {o.id for o in ctx.cascade.organisations if o.valid_until is not None}
    if not ending:
        return
    plan = ctx.plan
    for ob in ctx.cascade.obligations:
        if ob.lead not in ending:
            continue
        org = orgs[ob.lead]
        if org.valid_until is None:
            continue
        due = due_date(plan.deadline(ob, dt.date.max), milestones)
        if due is None or due <= org.valid_until:
            continue
        if plan.holding(ob, org.valid_until + dt.timedelta(days=1)).lead != ob.lead:
            continue  # transferred (or reassigned) by the day after it ceases
        yield Violation(
            f"obligation {ob.id!r} is due {due.isoformat()}, after its lead "
            f"{ctx.org_label(ob.lead)} ceases on {org.valid_until.isoformat()}; "
            f"{_successors(org)}",
            path=ctx.obligation_path(ob, "deadline"),
            obligation=ob.id,
            document=ob.document,
            hint="pass the obligation to the successor before it ceases",
        )


@rule("CAS305", "validity-undetermined", Severity.INFO)
def validity_undetermined(ctx: Context) -> Iterator[Violation]:
    """A document dated only by year assigns work to organisations that exist for part of it.

    The seed dispatch is dated "… 2025" (a draft) and addresses the districts,
    which exist until 30 June 2025: whether they could still be assigned the
    work cannot be told. One finding per document lists the organisations
    concerned and their successors; give the document its full ``date`` to
    settle it (CAS303 then reports a real problem).
    """
    orgs = ctx.organisations
    concerned: dict[str, dict[str, None]] = {}
    for doc, _ob_id, org_id, _role in _assigned(ctx):
        if doc.date is not None or doc.year is None:
            continue
        org = orgs[org_id]
        if _year_overlap(org, doc.year) == "part":
            concerned.setdefault(doc.id, {})[org_id] = None
    for doc_id, found in concerned.items():
        doc = ctx.documents[doc_id]
        by_period: dict[str, list[str]] = {}
        for org_id in found:
            org = orgs[org_id]
            label = org_id + (f" → {', '.join(org.successors)}" if org.successors else "")
            by_period.setdefault(_validity(org), []).append(label)
        periods = "; ".join(f"{period}: {', '.join(ids)}" for period, ids in by_period.items())
        yield Violation(
            f"document {doc_id!r} is dated only by year ({doc.year}): cannot tell whether "
            f"{len(found)} organisation(s) it assigns work to still existed ({periods})",
            path=ctx.document_path(doc_id, "year"),
            document=doc_id,
            hint="give the document its full date",
        )
