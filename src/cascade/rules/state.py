"""State (CAS6xx): the tracked progress of a cascade, as of a day.

These rules need a :class:`~cascade.rules.context.StateView` (obligation id →
state name and bucket), which the engine derives from an events file; without
one they do not run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from cascade.model import Bucket, Obligation, RollupPolicy
from cascade.rules.base import PathKey, Severity, Violation, rule
from cascade.rules.context import Context

_ALL = RollupPolicy(mode="all")


def needed(policy: RollupPolicy, total: int) -> int:
    """How many children must be reported before their parent may be."""
    match policy.mode:
        case "all":
            return total
        case "any":
            return min(1, total)
        case "k_of_n":
            return min(policy.k or total, total)
        case _:
            return 0


_DONE = (Bucket.COMPLETED_ON_TIME, Bucket.COMPLETED_LATE)


def _shortfall(ctx: Context, children: list[Obligation], done: set[str]) -> list[Obligation]:
    """Open children beyond what the roll-up policy of their documents allows.

    Closed children (cancelled, superseded) are left out of the count, as the
    engine's roll-up guard leaves them out.
    """
    if all(c.id in done for c in children):
        return []
    closed = ctx.state.closed
    by_document: dict[str, list[Obligation]] = {}
    for child in children:
        if child.id not in closed:
            by_document.setdefault(child.document, []).append(child)
    open_children: list[Obligation] = []
    for doc_id, group in by_document.items():
        still_open = [c for c in group if c.id not in done]
        if not still_open:
            continue
        policy = ctx.documents[doc_id].rollup or _ALL
        if len(group) - len(still_open) < needed(policy, len(group)):
            open_children.extend(still_open)
    return open_children


@rule("CAS601", "parent-reported-with-open-children", Severity.ERROR, layer="state")
def parent_reported_with_open_children(ctx: Context) -> Iterator[Violation]:
    """An obligation is reported while the obligations implementing it are still open.

    A body reports on a task it passed down only when the lower bodies have
    reported: by default all of them; a document's ``rollup`` policy (``any``,
    ``k_of_n``, ``none``) says how many of the obligations it created must be
    reported first. Cancelled and superseded children are not waited for. The
    message lists the open ones.
    """
    done = {ob_id for ob_id, bucket in ctx.state.buckets.items() if bucket in _DONE}
    for parent_id, children in ctx.children.items():
        if parent_id not in done or parent_id not in ctx.obligations:
            continue
        still_open = _shortfall(ctx, children, done)
        if still_open:
            state = ctx.state.state(parent_id)
            open_ids = [c.id for c in still_open]
            yield reported_early(parent_id, state, open_ids, len(children), ctx.obligation_path)


def reported_early(
    parent_id: str,
    state: str,
    open_ids: list[str],
    children: int,
    path: Callable[[str], PathKey],
) -> Violation:
    """CAS601's finding (also made from the engine's columns, :mod:`.stored`)."""
    names = ", ".join(repr(c) for c in open_ids[:5])
    more = f" and {len(open_ids) - 5} more" if len(open_ids) > 5 else ""
    return Violation(
        f"obligation {parent_id!r} is reported (state {state!r}) "
        f"while {len(open_ids)} of its {children} child obligations are still "
        f"open: {names}{more}",
        path=path(parent_id),
        obligation=parent_id,
        hint="report the children first, or set the document's 'rollup' policy",
    )


@rule("CAS602", "overdue", Severity.WARNING, layer="state")
def overdue(ctx: Context) -> Iterator[Violation]:
    """An obligation is overdue: not reported and past its deadline on the day checked.

    The fourth bucket of the Government Office's tracking ("chưa hoàn thành,
    quá hạn"), as of ``--as-of``.
    """
    as_of = ctx.state.as_of.isoformat()
    late = {ob_id for ob_id, bucket in ctx.state.buckets.items() if bucket == Bucket.OVERDUE}
    if not late:
        return
    for ob in ctx.cascade.obligations:
        if ob.id in late:
            label = ctx.org_label(ob.lead)
            path = ctx.obligation_path(ob, "deadline")
            yield overdue_finding(ob.id, label, ob.document, as_of, ctx.state.state(ob.id), path)


def overdue_finding(
    ob_id: str, lead: str, document: str, as_of: str, state: str, path: PathKey
) -> Violation:
    """CAS602's finding (also made from the engine's columns, :mod:`.stored`)."""
    return Violation(
        f"obligation {ob_id!r} held by {lead} is overdue as of {as_of} (state {state!r})",
        path=path,
        obligation=ob_id,
        document=document,
    )
