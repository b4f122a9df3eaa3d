"""Collapsing a forest (organisations, documents) to a readable number of boxes.

Items are integers; a :class:`Forest` holds their parent links as flat lists, so
a million obligations over a hundred thousand organisations never become a
networkx graph. :func:`plan` opens the forest level by level from its roots
while the boxes fit a budget: when a level does not fit whole, its largest sets
of siblings (same parent, same level) are folded into one box each, biggest
first and sets of equal size together; when even that does not fit, or
``depth`` is reached, the level stays closed and each box stands for its whole
subtree. Everything is O(items).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Forest:
    """Items with parent links; ``group`` is what siblings are folded by (a level)."""

    parent: tuple[int, ...]  # -1 for a root
    group: tuple[int, ...]
    children: tuple[tuple[int, ...], ...]
    order: tuple[int, ...]  # parents before children (breadth first)
    roots: tuple[int, ...]


def build_forest(parent: Sequence[int], group: Sequence[int]) -> Forest:
    """A forest from parent links; an item whose parent chain loops becomes a root."""
    n = len(parent)
    parents = list(parent)
    kids: list[list[int]] = [[] for _ in range(n)]
    roots = [i for i, p in enumerate(parents) if p < 0]
    for i, p in enumerate(parents):
        if p >= 0:
            kids[p].append(i)
    order = _breadth_first(roots, kids)
    if len(order) < n:  # parent links with a cycle: cut each cycle at one member
        reached = bytearray(n)
        for i in order:
            reached[i] = 1
        for start in range(n):
            if reached[start]:
                continue
            seen: set[int] = set()
            item = start
            while parents[item] >= 0 and not reached[parents[item]] and item not in seen:
                seen.add(item)
                item = parents[item]
            if parents[item] >= 0:  # on a cycle: make it a root
                kids[parents[item]].remove(item)
                parents[item] = -1
            roots.append(item)
            for j in _breadth_first([item], kids):
                reached[j] = 1
                order.append(j)
    return Forest(
        parent=tuple(parents),
        group=tuple(group),
        children=tuple(tuple(k) for k in kids),
        order=tuple(order),
        roots=tuple(roots),
    )


def _breadth_first(roots: Sequence[int], kids: Sequence[Sequence[int]]) -> list[int]:
    order = list(roots)
    i = 0
    while i < len(order):
        order.extend(kids[order[i]])
        i += 1
    return order


@dataclass(frozen=True)
class Unit:
    """A box: one item shown alone, or several sibling items folded together."""

    members: tuple[int, ...]
    parent: int  # the unit of the items' parent; -1 at the top
    depth: int  # 0 for the roots


@dataclass
class Plan:
    """Which boxes to draw and which box every item falls into."""

    units: list[Unit]
    rep: list[int]  # item -> unit; -1 for items outside the drawn roots
    expanded: set[int] = field(default_factory=set)  # units whose children are drawn
    hidden: list[int] = field(default_factory=list)  # per unit: items inside it not drawn alone
    budget_limited: bool = False
    depth_limited: bool = False

    def is_group(self, unit: int) -> bool:
        """Whether ``unit`` folds several items together."""
        return len(self.units[unit].members) > 1


def plan(
    forest: Forest,
    *,
    budget: int,
    depth: int | None = None,
    roots: Sequence[int] | None = None,
) -> Plan:
    """Open ``forest`` from ``roots`` (default: its roots) within ``budget`` boxes."""
    top = list(forest.roots if roots is None else roots)
    units: list[Unit] = []
    result = Plan(units=units, rep=[])
    frontier = _place(units, [(-1, top)], forest, budget, 0, force=True, plan=result)
    level = 1
    while frontier:
        sets = [(u, forest.children[units[u].members[0]]) for u in frontier]
        sets = [(u, kids) for u, kids in sets if kids]
        if not sets:
            break
        if depth is not None and level > depth:
            result.depth_limited = True
            break
        placed = _place(units, sets, forest, budget, level, force=False, plan=result)
        if placed is None:
            result.budget_limited = True
            break
        result.expanded.update(u for u, _ in sets)
        frontier = placed
        level += 1
    result.rep = _representatives(forest, units)
    result.hidden = [0] * len(units)
    for u in result.rep:
        if u >= 0:
            result.hidden[u] += 1
    for u, unit in enumerate(units):
        result.hidden[u] -= len(unit.members)
    return result


def _place(
    units: list[Unit],
    sets: Sequence[tuple[int, Sequence[int]]],
    forest: Forest,
    budget: int,
    depth: int,
    *,
    force: bool,
    plan: Plan,
) -> list[int] | None:
    """Add the children in ``sets`` as units; None if they cannot fit and not ``force``.
    Folding siblings to fit marks ``plan`` as limited by the budget."""
    siblings: list[tuple[int, list[int]]] = []
    for parent_unit, kids in sets:
        by_group: dict[int, list[int]] = {}
        for kid in kids:
            by_group.setdefault(forest.group[kid], []).append(kid)
        siblings.extend((parent_unit, members) for members in by_group.values())
    room = budget - len(units)
    cost = sum(len(members) for _, members in siblings)
    folded: set[int] = set()
    sizes = sorted({len(members) for _, members in siblings if len(members) > 1}, reverse=True)
    for size in sizes:  # biggest sets first; sets of one size together, so a level stays even
        if cost <= room:
            break
        same = [k for k, (_, members) in enumerate(siblings) if len(members) == size]
        folded.update(same)
        cost -= len(same) * (size - 1)
    if cost > room and not force:
        return None
    plan.budget_limited |= bool(folded)
    frontier: list[int] = []
    for k, (parent_unit, members) in enumerate(siblings):
        if k in folded:
            units.append(Unit(tuple(members), parent_unit, depth))
            continue
        for member in members:
            frontier.append(len(units))
            units.append(Unit((member,), parent_unit, depth))
    return frontier


def _representatives(forest: Forest, units: Sequence[Unit]) -> list[int]:
    rep = [-1] * len(forest.parent)
    placed = [-1] * len(forest.parent)
    for u, unit in enumerate(units):
        for member in unit.members:
            placed[member] = u
    parent = forest.parent
    for item in forest.order:  # parents first: an item not placed falls into its parent's box
        if placed[item] >= 0:
            rep[item] = placed[item]
        elif parent[item] >= 0:
            rep[item] = rep[parent[item]]
    return rep
