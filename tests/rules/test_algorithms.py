"""The cycle finders behind CAS201-CAS203, checked against networkx on random graphs."""

from __future__ import annotations

import networkx as nx
from hypothesis import given
from hypothesis import strategies as st

from cascade.graph import graph_cycles, parent_cycles

nodes = st.integers(min_value=0, max_value=30).map(str)


@given(st.dictionaries(nodes, st.one_of(st.none(), nodes), max_size=30))
def test_parent_cycles_finds_every_cycle_of_a_forest(parents: dict[str, str | None]) -> None:
    graph = nx.DiGraph()
    graph.add_nodes_from(parents)
    graph.add_edges_from((n, p) for n, p in parents.items() if p is not None)
    expected = {frozenset(c) for c in nx.simple_cycles(graph)}
    found = parent_cycles(parents.items())
    assert {frozenset(c) for c in found} == expected
    assert len(found) == len(expected)  # each cycle once
    for cycle in found:  # in parent order
        for node, nxt in zip(cycle, [*cycle[1:], cycle[0]], strict=True):
            assert parents[node] == nxt


@given(st.dictionaries(nodes, st.lists(nodes, max_size=4), max_size=25))
def test_graph_cycles_agrees_with_networkx_on_acyclicity(edges: dict[str, list[str]]) -> None:
    graph = nx.DiGraph()
    graph.add_nodes_from(edges)
    graph.add_edges_from((n, m) for n, targets in edges.items() for m in targets)
    found = graph_cycles(edges)
    assert (not found) == nx.is_directed_acyclic_graph(graph)
    for cycle in found:
        for node, nxt in zip(cycle, [*cycle[1:], cycle[0]], strict=True):
            assert nxt in edges[node]
