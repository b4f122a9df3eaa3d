"""Structure (CAS2xx): the chain of documents and obligations holds together.

The cycle checks are :mod:`cascade.graph`'s, O(n), with no graph library.
"""

from __future__ import annotations

from collections.abc import Iterator

from cascade.graph import functional_cycles, graph_cycles, parent_cycles, reaches
from cascade.model import Document, Obligation, Purpose
from cascade.rules.base import Severity, Violation, rule
from cascade.rules.context import Context


def _arrow(cycle: list[str]) -> str:
    return " → ".join(repr(n) for n in [*cycle, cycle[0]])


@rule("CAS201", "document-cycle", Severity.ERROR)
def document_cycle(ctx: Context) -> Iterator[Violation]:
    """Documents rest on each other in a circle.

    A document can rest only on documents issued before it ("Căn cứ …",
    "Thực hiện …"), so the chain of ``rests_on`` must run one way, from the top
    directive down. A cycle (including a document resting on itself) means an
    id is wrong.
    """
    edges: dict[str, list[str]] = {}
    for doc in ctx.cascade.documents:
        edges[doc.id] = [b.document for b in doc.rests_on]
    for cycle in graph_cycles(edges):
        doc_id, basis = cycle[-1], cycle[0]
        index = next(j for j, b in enumerate(ctx.documents[doc_id].rests_on) if b.document == basis)
        yield Violation(
            f"documents rest on each other in a cycle: {_arrow(cycle[::-1])}",
            path=ctx.document_path(doc_id, "rests_on", index, "document"),
            document=doc_id,
            hint="a document rests only on earlier documents; one of these ids is wrong",
        )


@rule("CAS202", "obligation-cycle", Severity.ERROR)
def obligation_cycle(ctx: Context) -> Iterator[Violation]:
    """Obligations implement each other in a circle.

    ``implements`` points one level up the cascade; following it from any
    obligation must end at a top obligation. A cycle means no obligation in it
    can ever be rolled up, and reports go round for ever.
    """
    known = ctx.obligations
    # an obligation nobody implements is a leaf, never on a cycle: start from the parents
    pending = {
        parent_id: parent
        for parent_id in ctx.children
        if parent_id in known and (parent := known[parent_id].implements) in known
    }
    reported: set[tuple[str | int, ...]] = set()
    for cycle in functional_cycles(pending):
        # a clause expanded from a group makes one cycle per member; report the clause once
        first = ctx.obligations[min(cycle)]
        path = ctx.obligation_path(first, "implements")
        if path in reported:
            continue
        reported.add(path)
        yield Violation(
            f"obligations implement each other in a cycle: {_arrow(cycle)}",
            path=path,
            obligation=first.id,
            hint="'implements' names the parent obligation, one level up; one link is wrong",
        )


@rule("CAS203", "organisation-cycle", Severity.ERROR)
def organisation_cycle(ctx: Context) -> Iterator[Violation]:
    """Organisations are each other's superiors in a circle.

    ``parent`` names the body an organisation is subordinate to; authority
    checks (CAS401) walk up these links, so they must end at a top body.
    """
    pairs = ((org.id, org.parent) for org in ctx.cascade.organisations)
    for cycle in parent_cycles(pairs):
        yield Violation(
            f"organisations are each other's parents in a cycle: {_arrow(cycle)}",
            path=ctx.organisation_path(cycle[0], "parent"),
            hint="'parent' names the body an organisation is subordinate to; one link is wrong",
        )


@rule("CAS204", "addressee-without-obligation", Severity.WARNING)
def addressee_without_obligation(ctx: Context) -> Iterator[Violation]:
    """A document addresses an organisation ("Kính gửi") but gives it no obligation.

    Every addressee of a directive must act, so each should lead or coordinate
    at least one obligation of the document. A group addressee counts for each
    of its members. Either an obligation is missing from the cascade, or the
    body belongs in the distribution list (``distribution``) instead.
    """
    for doc in ctx.cascade.documents:
        if not doc.addressees:
            continue
        holders: set[str] = set()
        for ob in ctx.obligations_by_document.get(doc.id, ()):
            holders.add(ob.lead)
            holders.update(ob.coordinators)
        for j, addressee in enumerate(doc.addressees):
            members = ctx.expand_ids((addressee,))
            missing = [m for m in members if m not in holders]
            if not missing:
                continue
            who = ", ".join(ctx.org_label(m) for m in missing)
            group = f" (member of {addressee!r})" if missing != [addressee] else ""
            yield Violation(
                f"document {doc.id!r} addresses {who}{group} but gives no obligation to it",
                path=ctx.document_path(doc.id, "addressees", j),
                document=doc.id,
                hint="add the obligation, or move the body to 'distribution'",
            )


_ADDRESSED = frozenset({Purpose.ADDRESSEE, Purpose.CARRY_OUT, Purpose.COORDINATE})


def _addressed(ctx: Context, doc: Document) -> frozenset[str]:
    recipients = [d.recipient for d in doc.distribution if d.purpose in _ADDRESSED]
    return ctx.addressed(doc) | frozenset(ctx.expand_ids(tuple(r for r in recipients if r)))


@rule("CAS205", "assignee-not-addressed", Severity.WARNING)
def assignee_not_addressed(ctx: Context) -> Iterator[Violation]:
    """An obligation's lead is not among its document's addressees.

    A body must receive a document to be bound by it: the lead should be an
    addressee ("Kính gửi", directly or through a group) or be on the
    distribution list to carry out or coordinate. Documents that list no
    addressees at all are not checked (their addressees are unknown).
    """
    cache: dict[str, frozenset[str]] = {}
    for ob in ctx.cascade.obligations:
        doc = ctx.documents[ob.document]
        if not doc.addressees and not doc.distribution:
            continue
        addressed = cache.get(doc.id)
        if addressed is None:
            addressed = cache[doc.id] = _addressed(ctx, doc)
        if addressed and ob.lead not in addressed:
            yield Violation(
                f"obligation {ob.id!r} is held by {ctx.org_label(ob.lead)}, "
                f"which document {doc.id!r} does not address",
                path=ctx.obligation_path(ob, "lead"),
                obligation=ob.id,
                document=doc.id,
                hint=f"add {ob.lead!r} to the addressees of {doc.id!r}",
            )


def _report_edges(ctx: Context) -> dict[str, set[str]]:
    """Who passes reports to whom: lead → (via →) report_to, and office → principal."""
    edges: dict[str, set[str]] = {}
    for doc in ctx.cascade.documents:
        if doc.on_behalf_of is not None:
            edges.setdefault(doc.issuer, set()).add(doc.on_behalf_of)
    documents = ctx.documents
    for ob in ctx.cascade.obligations:
        first = (ob.report_to or documents[ob.document].issuer, ob.via)
        for target, via in (first, *((line.to, line.via) for line in ob.also_report_to)):
            if via is not None:
                edges.setdefault(ob.lead, set()).add(via)
                edges.setdefault(via, set()).add(target)
            else:
                edges.setdefault(ob.lead, set()).add(target)
    return edges


@rule("CAS206", "report-line-broken", Severity.ERROR)
def report_line_broken(ctx: Context) -> Iterator[Violation]:
    """A report line never reaches the body that is owed the report.

    An obligation's report goes to ``report_to`` (by default its document's
    issuer), through ``via`` when given, and to each of ``also_report_to`` (a
    ``report_to`` list: "báo cáo về Bộ LĐTBXH, UBND tỉnh"); one of the lines
    must reach the body owed the report. From there it must reach whoever holds
    the parent obligation (for a top obligation: the authority of its document,
    ``on_behalf_of`` or the issuer), following the report lines of other
    obligations and an office's reports to the body it acts for. Otherwise the
    report stops at a body that owes nobody a report on it.
    """
    documents, obligations = ctx.documents, ctx.obligations
    edges: dict[str, set[str]] | None = None
    memo: dict[tuple[str, str], bool] = {}
    for ob in ctx.cascade.obligations:
        doc = documents[ob.document]
        target = ob.report_to or doc.issuer
        parent = obligations.get(ob.implements) if ob.implements else None
        goal = parent.lead if parent is not None else ctx.authority(doc)
        if target == goal or (target == doc.issuer and doc.on_behalf_of == goal):
            continue
        if edges is None:
            edges = _report_edges(ctx)
        # several report lines: one that reaches the body owed the report is enough
        reached = False
        for line in (target, *(line.to for line in ob.also_report_to)):
            key = (line, goal)
            if key not in memo:
                memo[key] = reaches(edges, line, goal)
            reached = reached or memo[key]
        if reached:
            continue
        owed = (
            f"who holds the parent obligation {parent.id!r}"
            if parent is not None
            else f"the authority of document {doc.id!r}"
        )
        yield Violation(
            f"the report on obligation {ob.id!r} goes to {ctx.org_label(target)} and never "
            f"reaches {ctx.org_label(goal)}, {owed}",
            path=ctx.obligation_path(ob, "report_to" if ob.report_to else "document"),
            obligation=ob.id,
            document=doc.id,
            hint=f"set report_to: {goal}, or add the obligation that carries the report on",
        )


def _has_distinct_lead(ob: Obligation) -> bool:
    return ob.lead not in ob.coordinators


@rule("CAS207", "coordinators-without-lead", Severity.ERROR)
def coordinators_without_lead(ctx: Context) -> Iterator[Violation]:
    """An obligation has coordinators but no lead of its own.

    A clause has one lead ("X chủ trì") who reports, and coordinators
    ("phối hợp với Y, Z") who help. When the lead is also listed among the
    coordinators, nobody leads the ones who coordinate: one of the two
    lists is wrong. A coordinator *group* that includes the lead ("các sở,
    ngành liên quan" phối hợp, the lead being one of them) is not a mistake:
    the lead is left out of the coordinators it brings in.
    """
    for ob in ctx.cascade.obligations:
        if ob.coordinators and not _has_distinct_lead(ob):
            yield Violation(
                f"obligation {ob.id!r} lists its lead {ctx.org_label(ob.lead)} among its "
                "coordinators, so it has no lead distinct from those who coordinate",
                path=ctx.obligation_path(ob, "coordinators"),
                obligation=ob.id,
                hint="name one lead ('chủ trì') and list only the others as coordinators",
            )


@rule("CAS208", "unresolved-parent", Severity.ERROR)
def unresolved_parent(ctx: Context) -> Iterator[Violation]:
    """An obligation implements a group clause, but no copy of it is held above the obligation.

    A clause addressed to a group ("UBND các huyện") becomes one obligation per
    member. An obligation that implements it is linked to the copy held by its
    lead or by the nearest of the lead's superiors that is a member (a commune
    implements its district's copy); when none is, it is not clear whose copy it
    carries out, and its report reaches no one.
    """
    obligations = ctx.obligations
    for ob in ctx.cascade.obligations:
        if ob.implements is None or ob.implements in obligations:
            continue
        yield Violation(
            f"obligation {ob.id!r} implements group clause {ob.implements!r}, but neither its "
            f"lead {ob.lead!r} nor any of its superiors holds a copy",
            path=ctx.obligation_path(ob, "implements"),
            obligation=ob.id,
            document=ob.document,
            hint="give the lead a 'parent' that is a member of the group, or correct 'implements'",
        )
