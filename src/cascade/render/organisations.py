"""The two views drawn on organisations: the organisation tree (roll-up counts per
node) and the obligation cascade (obligations between organisations, by state).

Both collapse on the organisation tree (:mod:`cascade.render.collapse`) and count
obligations in one pass. Then leaf boxes addressed together (the same issuer and
the same clauses, as a group addressee expands; or, in the tree, the same parent
and level) are listed in one box, one row each, so that a dispatch to fifteen
districts reads as one arrow to one list rather than fifteen arrows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from cascade.errors import InputError, UnknownReferenceError
from cascade.model import Organisation
from cascade.render.collapse import Forest, Plan, build_forest, plan
from cascade.render.ir import Cluster, Edge, EdgeKind, Node, NodeKind, Row
from cascade.render.messages import pick
from cascade.render.view_context import LINE_WIDTH, Context, shorten, wrap

MAX_OUTSIDE = 8  # organisations outside a --root branch drawn one by one; more are folded
LIST_MIN = 5  # leaf boxes addressed together that are listed in one box
LIST_MAX = 40
TOOLTIP_ITEMS = 8


@dataclass
class Parts:
    """What a view extracted: the pieces of a :class:`~cascade.render.ir.Diagram`."""

    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # states or buckets that occur
    overdue: bool = False
    budget_limited: bool = False
    depth_limited: bool = False
    root_name: str = ""


@dataclass
class _Layout:
    items: list[int]  # item -> organisation index
    forest: Forest
    plan: Plan
    rep_org: list[int]  # organisation index -> unit (-1 outside)
    counts: list[int] = field(default_factory=list)  # unit * width + key
    late: list[int] = field(default_factory=list)  # per unit

    def members(self, ctx: Context, u: int) -> list[Organisation]:
        orgs = ctx.cascade.organisations
        return [orgs[self.items[i]] for i in self.plan.units[u].members]

    def listable(self, u: int) -> bool:
        """A box of one organisation with nothing drawn below it (its subordinates, if
        any, are collapsed into it), which may be a row of a list box."""
        return len(self.plan.units[u].members) == 1 and u not in self.plan.expanded


def _layout(
    ctx: Context, include: bytearray | None, root: str | None, budget: int, depth: int | None
) -> _Layout:
    orgs = ctx.cascade.organisations
    items = [i for i in range(len(orgs)) if include is None or include[i]]
    item_of = [-1] * len(orgs)
    for item, i in enumerate(items):
        item_of[i] = item
    parent = []
    for i in items:
        p = orgs[i].parent
        parent.append(item_of[ctx.org_index[p]] if p in ctx.org_index else -1)
    group = [ctx.level_index.get(orgs[i].level or "", -1) for i in items]
    forest = build_forest(parent, group)
    roots = None
    if root is not None:
        if root not in ctx.org_index:
            raise UnknownReferenceError("organisation", root, "--root")
        if item_of[ctx.org_index[root]] < 0:
            raise InputError(f"{root!r} and its subordinates hold no obligations to draw")
        roots = [item_of[ctx.org_index[root]]]
    chosen = plan(forest, budget=budget, depth=depth, roots=roots)
    rep_org = [chosen.rep[item] if item >= 0 else -1 for item in item_of]
    width = len(ctx.keys)
    return _Layout(items, forest, chosen, rep_org, [0] * (len(chosen.units) * width),
                   [0] * len(chosen.units))  # fmt: skip


def _start(ctx: Context, layout: _Layout, root: str | None) -> Parts:
    parts = Parts(
        budget_limited=layout.plan.budget_limited, depth_limited=layout.plan.depth_limited
    )
    if root is not None:
        parts.root_name = ctx.org_name(ctx.cascade.organisation(root))
    return parts


# --- the organisation tree ------------------------------------------------------


def organisation_tree(
    ctx: Context, *, root: str | None, budget: int, depth: int | None, cluster: str
) -> Parts:
    """Organisations, parent to subordinate, each with the counts of its whole subtree."""
    layout = _layout(ctx, None, root, budget, depth)
    parts = _start(ctx, layout, root)
    units = layout.plan.units
    width = len(ctx.keys)
    held, late = layout.counts, layout.late
    rep_org, key_of, overdue, index = layout.rep_org, ctx.key_of, ctx.overdue, ctx.org_index
    for j, ob in enumerate(ctx.cascade.obligations):
        u = rep_org[index[ob.lead]]
        if u >= 0:
            held[u * width + key_of[j]] += 1
            late[u] += overdue[j]
    for u in range(len(units) - 1, -1, -1):  # roll up: children were placed after parents
        p = units[u].parent
        if p >= 0:
            for k in range(width):
                held[p * width + k] += held[u * width + k]
            late[p] += late[u]
    successors = _successor_pairs(ctx, layout)
    linked = {u for pair in successors for u in pair}
    signature = {
        u: (unit.parent, layout.forest.group[unit.members[0]])
        for u, unit in enumerate(units)
        if layout.listable(u) and u not in linked
    }
    node_of = _boxes(ctx, layout, cluster, parts, signature, name_groups=False)
    edges = [
        Edge(node_of[unit.parent], node_of[u], EdgeKind.SUBORDINATE)
        for u, unit in enumerate(units)
        if unit.parent >= 0
    ]
    edges += [Edge(node_of[a], node_of[b], EdgeKind.SUCCESSOR) for a, b in successors]
    parts.edges = list(dict.fromkeys(edges))  # a list box gets one arrow from its parent
    return parts


def _successor_pairs(ctx: Context, layout: _Layout) -> list[tuple[int, int]]:
    pairs: dict[tuple[int, int], None] = {}
    for i, org in enumerate(ctx.cascade.organisations):
        for successor in org.successors:
            if successor in ctx.org_index:
                a, b = layout.rep_org[i], layout.rep_org[ctx.org_index[successor]]
                if a >= 0 and b >= 0 and a != b:
                    pairs[(a, b)] = None
    return list(pairs)


# --- the obligation cascade -----------------------------------------------------


def obligation_cascade(
    ctx: Context, *, root: str | None, budget: int, depth: int | None, cluster: str
) -> Parts:
    """Organisations that hold or are owed obligations, with an arrow per (owed to, holder,
    state) carrying the count; a collapsed box counts what its members hold."""
    cascade = ctx.cascade
    obligations = cascade.obligations
    index = ctx.org_index
    issuer = {doc.id: index[doc.issuer] for doc in cascade.documents}
    lead = [index[ob.lead] for ob in obligations]
    source = [index[ob.report_to] if ob.report_to else issuer[ob.document] for ob in obligations]
    include = bytearray(len(cascade.organisations))
    for i in lead:
        include[i] = 1
    for i in source:
        include[i] = 1
    _add_ancestors(ctx, include)
    layout = _layout(ctx, include, root, budget, depth)
    parts = _start(ctx, layout, root)
    units = layout.plan.units
    width = len(ctx.keys)
    held, late = layout.counts, layout.late
    # (from, to, key, overdue) -> [count, a few obligation indices for the tooltip]
    grouped: dict[tuple[int, int, int, int], list[int]] = {}
    clauses: dict[int, set[tuple[int, str]]] = defaultdict(set)  # what a leaf box receives
    leaf = [layout.listable(u) for u in range(len(units))]
    rep_org, key_of, overdue = layout.rep_org, ctx.key_of, ctx.overdue
    for j in range(len(obligations)):
        d = rep_org[lead[j]]
        if d < 0:
            continue
        k = key_of[j]
        o = overdue[j]
        held[d * width + k] += 1
        late[d] += o
        s = rep_org[source[j]]
        if s == d:
            continue  # inside one box: in its counts, not an arrow
        if s < 0:
            s = -2 - source[j]  # owed to an organisation outside the --root branch
        found = grouped.get((s, d, k, o))
        if found is None:
            grouped[(s, d, k, o)] = found = [0]
        found[0] += 1
        if len(found) <= TOOLTIP_ITEMS:
            found.append(j)
        if leaf[d]:  # the clause a group addressee expanded from, else just who assigns
            clauses[d].add((s, obligations[j].template or ""))
    sources = {s for s, *_ in grouped}
    # listed together: leaves of one level that receive the same clauses from the same boxes
    # (and, when framed by parent, under the same parent)
    signature: dict[int, Hashable] = {
        u: (
            layout.forest.group[units[u].members[0]],
            frozenset(clauses[u]),
            units[u].parent if cluster == "parent" else 0,
        )
        for u in range(len(units))
        if leaf[u] and u not in sources
    }
    node_of = _boxes(ctx, layout, cluster, parts, signature, name_groups=True)
    outside = _outside_nodes(ctx, sorted({-2 - s for s in sources if s < 0}), parts)
    merged: dict[tuple[str, str, int, int], tuple[int, list[int]]] = {}
    for (s, d, k, o), found in grouped.items():  # arrows into a list box become one
        key = (outside[-2 - s] if s < 0 else node_of[s], node_of[d], k, o)
        count, sample = merged.get(key, (0, []))
        merged[key] = (count + found[0], (sample + found[1:])[:TOOLTIP_ITEMS])
    for (src, dst, k, o), (count, sample) in merged.items():
        parts.edges.append(_obligation_edge(ctx, src, dst, k, o, count, sample))
    return parts


def _add_ancestors(ctx: Context, include: bytearray) -> None:
    """Mark the parents of marked organisations, so that the tree stays connected."""
    orgs = ctx.cascade.organisations
    for i in range(len(orgs)):
        if not include[i]:
            continue
        p = orgs[i].parent
        while p in ctx.org_index and not include[ctx.org_index[p]]:
            include[ctx.org_index[p]] = 1
            p = orgs[ctx.org_index[p]].parent


def _outside_nodes(ctx: Context, outside: list[int], parts: Parts) -> dict[int, str]:
    """Nodes for organisations outside the branch that obligations inside it are owed to."""
    orgs = ctx.cascade.organisations
    if len(outside) > MAX_OUTSIDE:
        node_id = f"n{len(parts.nodes)}"
        names = "\n".join(ctx.org_name(orgs[i]) for i in outside[:30])
        parts.nodes.append(
            Node(
                id=node_id,
                kind=NodeKind.ORGANISATIONS,
                title=ctx.t("group.outside", n=ctx.n(len(outside))),
                tooltip=names,
            )
        )
        return dict.fromkeys(outside, node_id)
    ids: dict[int, str] = {}
    for i in outside:
        ids[i] = f"n{len(parts.nodes)}"
        name = ctx.org_name(orgs[i])
        parts.nodes.append(
            Node(
                id=ids[i],
                kind=NodeKind.ORGANISATION,
                title="\n".join(wrap(name)),
                tooltip=f"{name} ({orgs[i].id})",
            )
        )
    return ids


def _obligation_edge(
    ctx: Context, src: str, dst: str, k: int, late: int, count: int, sample: list[int]
) -> Edge:
    obligations = ctx.cascade.obligations
    key = ctx.keys[k]
    names = [obligations[j].template or obligations[j].id for j in sample]
    listed = ", ".join(dict.fromkeys(names))
    more = "…" if count > len(sample) else ""
    tooltip = (
        f"{ctx.obligations(count)} · {ctx.key_label(key)}"
        + (f" · {ctx.t('overdue.mark', n=ctx.n(count))}" if late else "")
        + f"\n{listed}{more}\n{shorten(obligations[sample[0]].action, 200)}"
    )
    return Edge(
        source=src,
        target=dst,
        kind=EdgeKind.OBLIGATION,
        key=key,
        count=count,
        overdue=count if late else 0,
        label=ctx.n(count) if count > 1 else "",
        tooltip=tooltip,
    )


# --- boxes: one per unit, or one list for leaves addressed together ----------------


def _boxes(
    ctx: Context,
    layout: _Layout,
    cluster: str,
    parts: Parts,
    signature: Mapping[int, Hashable],
    *,
    name_groups: bool,
) -> list[str]:
    """Add a node per unit (leaves with one signature listed together); the node id of
    each unit."""
    units = layout.plan.units
    width = len(ctx.keys)
    of_unit = _clusters(ctx, layout, cluster, parts)
    together: dict[Hashable, list[int]] = defaultdict(list)
    for u, sig in signature.items():
        together[sig].append(u)
    listed: dict[int, list[int]] = {}  # first unit -> all units of its list
    for members in together.values():
        if LIST_MIN <= len(members) <= LIST_MAX:
            listed[members[0]] = members
    in_list = {u: first for first, members in listed.items() for u in members}
    node_of = [""] * len(units)
    for u in range(len(units)):
        counts = layout.counts[u * width : (u + 1) * width]
        parts.keys.update(ctx.keys[k] for k in range(width) if counts[k])
        if u in in_list and in_list[u] != u:
            continue
        node_id = f"n{len(parts.nodes)}"
        if u in listed:
            node = _list_node(ctx, layout, node_id, listed[u], name_groups)
            for member in listed[u]:
                node_of[member] = node_id
        else:
            node = _unit_node(ctx, layout, node_id, u)
            node_of[u] = node_id
        parts.nodes.append(_with_cluster(node, of_unit[u]))
    parts.overdue = any(layout.late)
    return node_of


def _with_cluster(node: Node, cluster: str | None) -> Node:
    return replace(node, cluster=cluster) if cluster else node


def _unit_tally(ctx: Context, layout: _Layout, units: Sequence[int]) -> tuple[list[int], int]:
    width = len(ctx.keys)
    counts = [0] * width
    for u in units:
        for k in range(width):
            counts[k] += layout.counts[u * width + k]
    return counts, sum(layout.late[u] for u in units)


def _unit_node(ctx: Context, layout: _Layout, node_id: str, u: int) -> Node:
    members = layout.members(ctx, u)
    hidden = layout.plan.hidden[u]
    note = ctx.t("below", n=ctx.n(hidden)) if hidden else ""
    tally = ctx.tally(*_unit_tally(ctx, layout, [u]))
    if len(members) == 1:
        org = members[0]
        name = ctx.org_name(org)
        return Node(
            id=node_id,
            kind=NodeKind.ORGANISATION,
            title="\n".join(wrap(name)),
            tally=tally,
            note=note,
            tooltip=f"{name} ({org.id})",
        )
    level = ctx.level_name(members[0].level)
    names = ", ".join(ctx.org_name(org) for org in members[:2])
    more = "\n…" if len(members) > 30 else ""
    return Node(
        id=node_id,
        kind=NodeKind.ORGANISATIONS,
        title=ctx.t("group.organisations", n=ctx.n(len(members)), level=level),
        lines=wrap(ctx.t("group.examples", names=names), LINE_WIDTH, 2),
        tally=tally,
        note=note,
        tooltip="\n".join(ctx.org_name(org) for org in members[:30]) + more,
    )


def _list_node(
    ctx: Context, layout: _Layout, node_id: str, units: list[int], name_groups: bool
) -> Node:
    orgs = [layout.members(ctx, u)[0] for u in units]
    ids = frozenset(org.id for org in orgs)
    title = ctx.t("group.organisations", n=ctx.n(len(orgs)), level=ctx.level_name(orgs[0].level))
    if name_groups:  # the group the cascade addressed, when these are exactly its members
        for group in ctx.cascade.groups:
            if frozenset(group.members) == ids:
                title = "\n".join(wrap(pick(group.name, group.name_en, ctx.lang), LINE_WIDTH))
                break
    rows = tuple(
        Row(
            shorten(ctx.org_name(org), 64),
            ctx.tally(*_unit_tally(ctx, layout, [u])),
            f"+{ctx.n(layout.plan.hidden[u])}" if layout.plan.hidden[u] else "",
        )
        for org, u in zip(orgs, units, strict=True)
    )
    return Node(
        id=node_id,
        kind=NodeKind.LIST,
        title=title,
        tally=ctx.tally(*_unit_tally(ctx, layout, units)),
        rows=rows,
        tooltip="\n".join(ctx.org_name(org) for org in orgs),
    )


def _clusters(ctx: Context, layout: _Layout, mode: str, parts: Parts) -> list[str | None]:
    """The cluster of each unit: by level, by parent (nested), or none."""
    units = layout.plan.units
    orgs = ctx.cascade.organisations
    of_unit: list[str | None] = [None] * len(units)
    if mode == "level":
        level_of = [layout.forest.group[unit.members[0]] for unit in units]
        ranked = sorted(ctx.cascade.levels, key=lambda lv: lv.rank)
        by_level: dict[int, str] = {}
        for lv in sorted(set(level_of), key=lambda lv: (lv < 0, lv)):
            by_level[lv] = f"c{len(parts.clusters)}"
            label = ctx.level_name(ranked[lv].id if lv >= 0 else None)
            parts.clusters.append(Cluster(by_level[lv], label))
        of_unit = [by_level[lv] for lv in level_of]
    elif mode == "parent":
        children_cluster: dict[int, str] = {}
        for u, unit in enumerate(units):  # parents come first
            if unit.parent < 0:
                continue
            if unit.parent not in children_cluster:
                cid = f"c{len(parts.clusters)}"
                children_cluster[unit.parent] = cid
                parent_org = orgs[layout.items[units[unit.parent].members[0]]]
                parts.clusters.append(Cluster(cid, ctx.org_name(parent_org), of_unit[unit.parent]))
            of_unit[u] = children_cluster[unit.parent]
    return of_unit
