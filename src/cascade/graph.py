"""The cascade as graphs, and the one home of pure traversal helpers.

The helpers walk parent pointers and adjacency maps in plain Python, O(n), with no
graph library: an obligation has at most one parent and an organisation one superior,
so cycles and subtrees need no more (networkx ``find_cycle`` takes ~8 s on a million
nodes; see docs/performance.md), and commands that use them start without networkx.

* :func:`parent_cycles`, :func:`functional_cycles`: cycles where each node has one parent;
  :func:`graph_cycles`: one cycle through each back edge of any directed graph;
* :func:`is_below`, :func:`ancestors`, :func:`is_subordinate`, :func:`lineage`: the
  organisation tree upward;
* :func:`subtree`: a node and everything below it (each once, even around a cycle);
* :func:`reaches`: whether one node leads to another (a report line to its body);
* :func:`chain`: documents in generations, top first.

For other tools, three networkx views (imported on first use), each a
:class:`networkx.DiGraph` whose edges point *down* the cascade, node attributes
carrying the model object under ``"item"``: :func:`document_graph`,
:func:`obligation_graph`, :func:`organisation_tree`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from cascade.model import Cascade, Organisation

if TYPE_CHECKING:
    import networkx as nx


def parent_cycles(parents: Iterable[tuple[str, str | None]]) -> list[list[str]]:
    """Every cycle in a forest given as ``(node, parent)`` pairs, each once.

    A node's parent need not be listed as a node (it is then a root).
    """
    parent_of = dict(parents)
    return functional_cycles({n: p for n, p in parent_of.items() if p in parent_of})


def functional_cycles(pending: dict[str, str]) -> list[list[str]]:
    """Every cycle among ``pending`` (node -> its one parent; parents outside are roots).

    First peel leaves (nodes nobody points at) at C speed, pass after pass: a node
    on a cycle is never a leaf, and broad trees vanish in a few passes. When a pass
    removes little (a long chain), walk what is left: each walk follows parents
    from an unvisited node and stops at a node seen before, and closed a cycle if
    it met that node on this very walk. O(n) either way.
    """
    while pending:
        parents = set(pending.values())
        left = {n: p for n, p in pending.items() if n in parents}
        if (len(pending) - len(left)) * 20 < len(pending):
            break
        pending = left
    walk_of: dict[str, int] = {}
    cycles: list[list[str]] = []
    for walk, start in enumerate(pending):
        node = start
        path: list[str] = []
        while node in pending and node not in walk_of:
            walk_of[node] = walk
            path.append(node)
            node = pending[node]
        if walk_of.get(node) == walk:
            cycles.append(path[path.index(node) :])
    return cycles


def graph_cycles(edges: Mapping[str, list[str]]) -> list[list[str]]:
    """One cycle through each back edge of a directed graph (iterative DFS)."""
    white, grey, black = 0, 1, 2
    colour: dict[str, int] = {}
    cycles: list[list[str]] = []
    for root in edges:
        if colour.get(root, white) != white:
            continue
        colour[root] = grey
        stack: list[tuple[str, Iterator[str]]] = [(root, iter(edges.get(root, ())))]
        on_path = [root]
        while stack:
            node, successors = stack[-1]
            for nxt in successors:
                state = colour.get(nxt, white)
                if state == white:
                    colour[nxt] = grey
                    stack.append((nxt, iter(edges.get(nxt, ()))))
                    on_path.append(nxt)
                    break
                if state == grey:
                    cycles.append(on_path[on_path.index(nxt) :])
            else:
                colour[node] = black
                stack.pop()
                on_path.pop()
    return cycles


def is_below(orgs: Mapping[str, Organisation], org_id: str, superior: str) -> bool:
    """Whether ``superior`` is among the parents of ``org_id`` (stops on a cycle)."""
    org = orgs.get(org_id)
    parent = org.parent if org is not None else None
    if parent == superior:
        return parent is not None  # the common case: a direct subordinate
    seen = {org_id}
    while parent is not None and parent not in seen:
        if parent == superior:
            return True
        seen.add(parent)
        parent = orgs[parent].parent if parent in orgs else None
    return False


def is_subordinate(cascade: Cascade, org_id: str, superior_id: str) -> bool:
    """Whether ``org_id`` sits below ``superior_id`` in the organisation tree."""
    return superior_id in ancestors(cascade, org_id)


def ancestors(cascade: Cascade, org_id: str) -> Iterator[str]:
    """The parents of ``org_id``, nearest first (stops on a cycle)."""
    seen = {org_id}
    parent = cascade.organisation(org_id).parent
    while parent is not None and parent not in seen:
        yield parent
        seen.add(parent)
        parent = cascade.organisation(parent).parent


def lineage(parents: Mapping[str, str | None], org_id: str) -> Iterator[str]:
    """``org_id``, then its parents nearest first, from a map of each one's parent (stops
    on a cycle or at an id the map does not hold). The loader's ``_link_parent`` walks the
    same way inline: commands that only load a file do not import this module."""
    holder: str | None = org_id
    seen: set[str] = set()
    while holder is not None and holder not in seen:
        yield holder
        seen.add(holder)
        holder = parents.get(holder)


def reaches(edges: Mapping[str, Collection[str]], start: str, goal: str) -> bool:
    """Whether ``goal`` can be reached from ``start`` along ``edges`` (breadth first)."""
    seen = {start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            return True
        for nxt in edges.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return False


def subtree(children: Mapping[int, Sequence[int]], root: int) -> Iterator[int]:
    """``root`` and every node below it, each once (a cycle of ``implements`` ends)."""
    seen = {root}
    todo = [root]
    while todo:
        node = todo.pop()
        yield node
        for child in children.get(node, ()):
            if child not in seen:
                seen.add(child)
                todo.append(child)


def chain(cascade: Cascade) -> list[list[str]]:
    """Documents in generations, top first: each list rests only on earlier ones.

    Documents caught in a cycle are left out (the validator reports cycles); those
    resting on them take their place after the documents they rest on otherwise.
    """
    ids = [doc.id for doc in cascade.documents]
    bases = {doc.id: {b.document for b in doc.rests_on} & set(ids) for doc in cascade.documents}
    generations = _generations(ids, bases)
    if sum(map(len, generations)) == len(ids):
        return generations
    looped = {
        node
        for part in strongly_connected(bases)
        for node in part
        if len(part) > 1 or node in bases[node]
    }
    kept = [doc_id for doc_id in ids if doc_id not in looped]
    return _generations(kept, {doc_id: bases[doc_id] - looped for doc_id in kept})


def strongly_connected(edges: Mapping[str, Iterable[str]]) -> list[set[str]]:
    """The strongly connected components of a directed graph (node -> its successors;
    successors outside the keys are ignored), by Kosaraju's two passes, iteratively."""
    order: list[str] = []
    done: set[str] = set()
    for root in edges:
        if root in done:
            continue
        done.add(root)
        stack = [(root, iter(edges[root]))]
        while stack:
            node, successors = stack[-1]
            for nxt in successors:
                if nxt in edges and nxt not in done:
                    done.add(nxt)
                    stack.append((nxt, iter(edges[nxt])))
                    break
            else:
                order.append(node)
                stack.pop()
    reverse: dict[str, list[str]] = {node: [] for node in edges}
    for node, targets in edges.items():
        for nxt in targets:
            if nxt in reverse:
                reverse[nxt].append(node)
    parts: list[set[str]] = []
    placed: set[str] = set()
    for root in reversed(order):
        if root in placed:
            continue
        part, todo = {root}, [root]
        placed.add(root)
        while todo:
            for prev in reverse[todo.pop()]:
                if prev not in placed:
                    placed.add(prev)
                    part.add(prev)
                    todo.append(prev)
        parts.append(part)
    return parts


def _generations(ids: Sequence[str], bases: Mapping[str, set[str]]) -> list[list[str]]:
    """``ids`` in generations (Kahn's order), each resting only on earlier ones."""
    below: dict[str, list[str]] = {doc_id: [] for doc_id in ids}
    waiting = {doc_id: len(bases[doc_id]) for doc_id in ids}
    for doc_id in ids:
        for basis in bases[doc_id]:
            below[basis].append(doc_id)
    generation = sorted(doc_id for doc_id in ids if waiting[doc_id] == 0)
    generations = []
    while generation:
        generations.append(generation)
        following = []
        for doc_id in generation:
            for child in below[doc_id]:
                waiting[child] -= 1
                if waiting[child] == 0:
                    following.append(child)
        generation = sorted(following)
    return generations


def document_graph(cascade: Cascade) -> nx.DiGraph:
    """Documents, with an edge ``basis -> document`` for every document it rests on."""
    import networkx as nx

    graph = nx.DiGraph()
    for doc in cascade.documents:
        graph.add_node(doc.id, item=doc)
    for doc in cascade.documents:
        for basis in doc.rests_on:
            graph.add_edge(basis.document, doc.id, relation=basis.relation.value)
    return graph


def obligation_graph(cascade: Cascade) -> nx.DiGraph:
    """Obligations, with an edge ``parent -> child`` for every ``implements`` link."""
    import networkx as nx

    graph = nx.DiGraph()
    for ob in cascade.obligations:
        graph.add_node(ob.id, item=ob)
    for ob in cascade.obligations:
        if ob.implements is not None:
            graph.add_edge(ob.implements, ob.id)
    return graph


def organisation_tree(cascade: Cascade) -> nx.DiGraph:
    """Organisations, with an edge ``parent -> subordinate``."""
    import networkx as nx

    graph = nx.DiGraph()
    for org in cascade.organisations:
        graph.add_node(org.id, item=org)
    for org in cascade.organisations:
        if org.parent is not None:
            graph.add_edge(org.parent, org.id)
    return graph
