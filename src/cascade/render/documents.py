"""The chain of documents: who issued what, resting on what.

Each document is a box (identifier, kind and date, issuer, subject, and the
counts of the obligations it creates); an arrow goes from a document to each one
that rests on it, named by the relation ("căn cứ", "thực hiện", "trích dẫn Mục II").
For collapsing, a document hangs under its first ``implements``/``based_on``
basis, and siblings fold by their issuer's level.
"""

from __future__ import annotations

from cascade.errors import InputError, UnknownReferenceError
from cascade.model import Document
from cascade.render import messages as m
from cascade.render.collapse import build_forest, plan
from cascade.render.ir import Cluster, Edge, EdgeKind, Node, NodeKind
from cascade.render.organisations import Parts
from cascade.render.view_context import LINE_WIDTH, SUBJECT_CHARS, Context, shorten, wrap

_PRIMARY = ("implements", "based_on")


def _primary_basis(doc: Document, index: dict[str, int]) -> int:
    bases = [b for b in doc.rests_on if b.document in index and b.document != doc.id]
    for basis in bases:
        if basis.relation.value in _PRIMARY:
            return index[basis.document]
    return index[bases[0].document] if bases else -1


def document_chain(
    ctx: Context, *, root: str | None, budget: int, depth: int | None, cluster: str
) -> Parts:
    """Documents and their bases, collapsed on the chain within ``budget`` boxes."""
    cascade = ctx.cascade
    docs = cascade.documents
    index = {doc.id: i for i, doc in enumerate(docs)}
    parent = [_primary_basis(doc, index) for doc in docs]
    orgs = cascade.organisations
    group = [ctx.level_index.get(orgs[ctx.org_index[d.issuer]].level or "", -1) for d in docs]
    forest = build_forest(parent, group)
    parts = Parts()
    roots = None
    if root is not None:
        roots = _roots(ctx, forest.parent, index, root, parts)
    chosen = plan(forest, budget=budget, depth=depth, roots=roots)
    parts.budget_limited, parts.depth_limited = chosen.budget_limited, chosen.depth_limited
    units = chosen.units
    ids = [f"n{u}" for u in range(len(units))]

    width = len(ctx.keys)
    made = [0] * (len(units) * width)
    late = [0] * len(units)
    key_of, overdue = ctx.key_of, ctx.overdue
    for j, ob in enumerate(cascade.obligations):
        u = chosen.rep[index[ob.document]]
        if u >= 0:
            made[u * width + key_of[j]] += 1
            late[u] += overdue[j]
    parts.overdue = any(late)

    of_unit = _clusters(ctx, [[docs[i] for i in unit.members] for unit in units], cluster, parts)
    for u, unit in enumerate(units):
        counts = made[u * width : (u + 1) * width]
        parts.keys.update(ctx.keys[k] for k in range(width) if counts[k])
        members = [docs[i] for i in unit.members]
        node = _document_node(ctx, members, cluster) if len(members) == 1 else None
        hidden = chosen.hidden[u]
        parts.nodes.append(
            Node(
                id=ids[u],
                kind=NodeKind.DOCUMENT if node else NodeKind.DOCUMENTS,
                title=node[0] if node else _group_title(ctx, members, group[unit.members[0]]),
                lines=node[1] if node else _group_lines(ctx, members),
                tally=ctx.tally(counts, late[u]),
                note=ctx.t("below.documents", n=ctx.n(hidden)) if hidden else "",
                cluster=of_unit[u],
                tooltip=node[2] if node else "\n".join(d.identifier for d in members[:30]),
            )
        )
    _edges(ctx, chosen.rep, ids, index, parts)
    return parts


def _roots(
    ctx: Context, parent: tuple[int, ...], index: dict[str, int], root: str, parts: Parts
) -> list[int]:
    """A document id drills into what rests on it; an organisation id into what it and its
    subordinates issued."""
    docs = ctx.cascade.documents
    if root in index:
        parts.root_name = docs[index[root]].identifier
        return [index[root]]
    if root not in ctx.org_index:
        raise UnknownReferenceError("document or organisation", root, "--root")
    org = ctx.cascade.organisation(root)
    parts.root_name = ctx.org_name(org)
    inside = {root}
    orgs = ctx.cascade.organisations
    changed = True
    while changed:  # the organisation's subtree, whatever order the file lists it in
        changed = False
        for o in orgs:
            if o.parent in inside and o.id not in inside:
                inside.add(o.id)
                changed = True
    issued = [i for i, d in enumerate(docs) if d.issuer in inside]
    mine = set(issued)
    roots = [i for i in issued if parent[i] not in mine]
    if not roots:
        raise InputError(f"{root!r} and its subordinates issued no documents")
    return roots


def _document_node(
    ctx: Context, members: list[Document], cluster: str
) -> tuple[str, tuple[str, ...], str]:
    doc = members[0]
    cascade = ctx.cascade
    kind = doc.title if ctx.lang == "vi" and doc.title else _kind(ctx, doc.kind)
    if doc.date is not None:
        when = m.date(doc.date, ctx.lang)
    elif doc.year is not None:
        when = ctx.t("year", year=doc.year)
    else:
        when = ctx.t("undated")
    lines = [f"{kind} · {when}"]
    issuer = ctx.org_name(cascade.organisation(doc.issuer))
    if cluster != "parent":
        lines.extend(wrap(issuer, LINE_WIDTH, 2))
    if doc.subject:  # "V/v" (về việc): how a Vietnamese document introduces its subject
        subject = f"V/v {doc.subject}" if ctx.lang == "vi" else doc.subject
        lines.extend(wrap(shorten(subject, SUBJECT_CHARS), LINE_WIDTH, 3))
    tooltip = f"{doc.identifier} · {issuer}" + (f"\n{doc.subject}" if doc.subject else "")
    return doc.identifier, tuple(lines), tooltip


def _kind(ctx: Context, kind: str) -> str:
    return ctx.t(f"kind.{kind}") if m.has(f"kind.{kind}") else kind


def _group_title(ctx: Context, members: list[Document], level: int) -> str:
    ranked = sorted(ctx.cascade.levels, key=lambda lv: lv.rank)
    name = ctx.level_name(ranked[level].id if level >= 0 else None)
    return ctx.t("group.documents", n=ctx.n(len(members)), level=name)


def _group_lines(ctx: Context, members: list[Document]) -> tuple[str, ...]:
    issuers = [ctx.org_name(ctx.cascade.organisation(d.issuer)) for d in members[:2]]
    names = ", ".join(f"{d.identifier} ({who})" for d, who in zip(members, issuers, strict=False))
    return wrap(ctx.t("group.examples", names=names), LINE_WIDTH, 3)


def _clusters(
    ctx: Context, boxes: list[list[Document]], mode: str, parts: Parts
) -> list[str | None]:
    """By issuing organisation (``parent``), by the issuer's level, or none. A folded box
    of documents from several issuers is framed by none of them."""
    if mode == "none":
        return [None] * len(boxes)
    ids: dict[str, str] = {}
    out: list[str | None] = []
    for members in boxes:
        doc = members[0]
        if mode == "parent" and len({d.issuer for d in members}) > 1:
            out.append(None)
            continue
        org = ctx.cascade.organisation(doc.issuer)
        key = doc.issuer if mode == "parent" else (org.level or "")
        if key not in ids:
            ids[key] = f"c{len(parts.clusters)}"
            label = ctx.org_name(org) if mode == "parent" else ctx.level_name(org.level)
            parts.clusters.append(Cluster(ids[key], label))
        out.append(ids[key])
    return out


def _edges(
    ctx: Context, rep: list[int], ids: list[str], index: dict[str, int], parts: Parts
) -> None:
    """One arrow per (basis box, document box, relation), with what it cites."""
    found: dict[tuple[int, int, str], list[str]] = {}
    for i, doc in enumerate(ctx.cascade.documents):
        target = rep[i]
        if target < 0:
            continue
        links = [(b.document, b.relation.value, b.section) for b in doc.rests_on]
        based = {b.document for b in doc.rests_on}
        links += [(a, "attached", None) for a in doc.attachments if a not in based]
        for ref, relation, section in links:
            source = rep[index[ref]] if ref in index else -1
            if source < 0 or source == target:
                continue
            extras = found.setdefault((source, target, relation), [])
            if section:
                extras.append(section)
            if ref in doc.attachments and relation != "attached":
                extras.append(ctx.t("attached"))
    for (source, target, relation), extras in found.items():
        word = ctx.t("attached") if relation == "attached" else ctx.t(f"relation.{relation}")
        label = " · ".join(dict.fromkeys([word, *extras]))
        parts.edges.append(
            Edge(ids[source], ids[target], EdgeKind.BASIS, key=relation, label=label)
        )
