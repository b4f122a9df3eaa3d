"""A readable terminal summary of a cascade (``cascade show``), drawn with rich."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.tree import Tree

from cascade.boundary.visible import markup as m
from cascade.graph import chain
from cascade.model import Cascade, Deadline, Document

if TYPE_CHECKING:
    from cascade.render.overlay import CascadeStatus

CLOSED = "closed"  # in no bucket: cancelled or superseded


def describe_deadline(deadline: Deadline, cascade: Cascade) -> str:
    """A deadline in words: '2025-12-15', 'until Đại hội XIV', 'continuous' ..."""
    match deadline.kind:
        case "absolute":
            return f"by {deadline.due.isoformat()}"
        case "period":
            return f"{deadline.start.isoformat()} – {deadline.end.isoformat()}"
        case "recurring":
            month = f"{deadline.month:02d}-" if deadline.month else ""
            return f"every {deadline.every}, by {month}{deadline.day:02d}"
        case "event":
            names = {m.id: m.name for m in cascade.milestones}
            offset = f" + {deadline.offset_days} days" if deadline.offset_days else ""
            return f"until {m(names.get(deadline.milestone, deadline.milestone))}{offset}"
        case _:
            return "continuous"


def _doc_line(doc: Document, cascade: Cascade) -> str:
    issuer = m(cascade.organisation(doc.issuer).name)
    when = doc.date.isoformat() if doc.date else (f"{doc.year}, undated" if doc.year else "undated")
    return f"[bold]{m(doc.identifier)}[/bold] {m(doc.title or doc.kind)} · {issuer} · {when}"


def print_summary(
    cascade: Cascade, console: Console | None = None, progress: CascadeStatus | None = None
) -> None:
    """Print documents, the chain, addressees and obligations per organisation; with
    ``progress``, each organisation's obligations counted by bucket and each one's state."""
    console = console or Console(highlight=False)
    info = cascade.cascade
    console.print(f"[bold]{m(info.title)}[/bold]  ({m(info.id)}, lifecycle {m(info.lifecycle)})")
    console.print(
        f"{len(cascade.documents)} documents · {len(cascade.organisations)} organisations · "
        f"{len(cascade.obligations)} obligations\n"
    )
    buckets: Mapping[str, str] = {}
    if progress is not None and progress.as_of is not None:
        day = progress.as_of
        buckets = progress.buckets or {}
        console.print(f"Tình trạng đến ngày {day:%d/%m/%Y} / Status as of {day.isoformat()}\n")

    console.print(_documents(cascade, console.width))

    console.print(_chain_tree(cascade))

    console.print("\n[bold]Addressees[/bold]")
    groups = {g.id: g for g in cascade.groups}
    for doc in cascade.documents:
        if not doc.addressees:
            continue
        console.print(f"  {m(doc.identifier)}:")
        for ref in doc.addressees:
            if ref in groups:
                members = ", ".join(m(cascade.organisation(o).name) for o in groups[ref].members)
                group = groups[ref]
                console.print(f"    • {m(group.name)} ({len(group.members)}): {members}")
            else:
                console.print(f"    • {m(cascade.organisation(ref).name)}")

    per_org = defaultdict(list)
    for ob in cascade.obligations:
        per_org[ob.lead].append(ob)
    tree = Tree("[bold]Obligations per organisation[/bold]")
    for org in cascade.organisations:
        held = per_org.get(org.id, [])
        if not held:
            continue
        label = f"[bold]{m(org.name)}[/bold] ({len(held)})"
        if progress is not None:
            label += f"  {_bucket_counts([buckets.get(ob.id, CLOSED) for ob in held])}"
        branch = tree.add(label)
        for ob in held:
            action = ob.action if len(ob.action) <= 70 else ob.action[:69] + "…"
            report_to = ", ".join(
                m(cascade.organisation(line.to).name)
                + (f" via {m(cascade.organisation(line.via).name)}" if line.via else "")
                for line in cascade.report_lines(ob)
            )
            where = ""
            if progress is not None:
                bucket = buckets.get(ob.id, CLOSED).replace("_", " ")
                where = f" · {m(progress.states[ob.id])} ({bucket})"
            branch.add(
                f"{m(ob.id)}  {m(action)}\n[dim]{m(cascade.document(ob.document).identifier)} · "
                f"{describe_deadline(ob.deadline, cascade)} · reports to {report_to}"
                f"{where}[/dim]"
            )
    console.print(tree)


def _documents(cascade: Cascade, width: int) -> Table:
    """The documents table; identifiers and dates are never cut, and the subject column
    is left out when the console is too narrow for it (80 columns)."""
    docs = Table(title="Documents", show_lines=False)
    longest = max((len(doc.identifier) for doc in cascade.documents), default=10)
    docs.add_column("identifier", no_wrap=True, min_width=longest)
    docs.add_column("kind")
    docs.add_column("issuer", ratio=1)
    docs.add_column("date", no_wrap=True, min_width=10)
    wide = width >= 100 + longest
    if wide:
        docs.add_column("subject", overflow="ellipsis", no_wrap=True, ratio=2)
    for doc in cascade.documents:
        docs.add_row(
            m(doc.identifier),
            m(doc.kind),
            m(cascade.organisation(doc.issuer).name),
            doc.date.isoformat() if doc.date else (str(doc.year) if doc.year else "—"),
            *([m(doc.subject or "")] if wide else []),
        )
    return docs


def _bucket_counts(buckets: list[str]) -> str:
    """'Quá hạn / Overdue 3 · Hoàn thành đúng hạn / Completed on time 1', in bucket order."""
    from cascade.engine.status import LABELS

    counts = Counter(buckets)
    return " · ".join(f"{vi} / {en} {counts[key]}" for key, (vi, en) in LABELS.items()
                      if counts[key])  # fmt: skip


def _chain_tree(cascade: Cascade) -> Tree:
    tree = Tree("[bold]Chain of documents[/bold] (top first)")
    placed: dict[str, Tree] = {}
    for generation in chain(cascade):
        for doc_id in generation:
            doc = cascade.document(doc_id)
            bases = [b.document for b in doc.rests_on if b.document in placed]
            branch = placed[bases[0]] if bases else tree
            label = _doc_line(doc, cascade)
            if len(bases) > 1:
                others = ", ".join(m(cascade.document(b).identifier) for b in bases[1:])
                label += f" (also rests on {others})"
            placed[doc_id] = branch.add(label)
    return tree
