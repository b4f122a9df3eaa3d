"""cascade.graph: the traversal helpers agree with networkx, which they replace on the
paths where importing or running it would cost too much."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from cascade.graph import chain, lineage, strongly_connected, subtree

graphs = st.integers(1, 9).flatmap(
    lambda n: st.lists(st.lists(st.integers(0, n - 1), max_size=3), min_size=n, max_size=n)
)


def _cascade(bases: list[list[int]]) -> Any:
    docs = [
        SimpleNamespace(id=f"d{i}", rests_on=[SimpleNamespace(document=f"d{b}") for b in rs])
        for i, rs in enumerate(bases)
    ]
    return SimpleNamespace(documents=docs)


def _networkx_chain(bases: list[list[int]]) -> list[list[str]]:
    graph = nx.DiGraph()
    graph.add_nodes_from(f"d{i}" for i in range(len(bases)))
    graph.add_edges_from((f"d{b}", f"d{i}") for i, rs in enumerate(bases) for b in rs)
    graph.remove_nodes_from({n for cycle in nx.simple_cycles(graph) for n in cycle})
    return [sorted(gen) for gen in nx.topological_generations(graph)]


@settings(max_examples=500, deadline=None)
@given(graphs)
def test_chain_is_networkx_s_generations_without_the_cycles(bases: list[list[int]]) -> None:
    assert chain(_cascade(bases)) == _networkx_chain(bases)


@settings(max_examples=500, deadline=None)
@given(graphs)
def test_strongly_connected_components_are_networkx_s(bases: list[list[int]]) -> None:
    edges = {f"d{i}": [f"d{b}" for b in rs] for i, rs in enumerate(bases)}
    graph = nx.DiGraph()
    graph.add_nodes_from(edges)
    graph.add_edges_from((a, b) for a, bs in edges.items() for b in bs)
    expected = {frozenset(part) for part in nx.strongly_connected_components(graph)}
    assert {frozenset(part) for part in strongly_connected(edges)} == expected


def test_a_subtree_ends_around_a_cycle() -> None:
    children = {0: [1, 2], 1: [3], 3: [1], 2: []}  # 1 and 3 implement each other
    assert sorted(subtree(children, 0)) == [0, 1, 2, 3]


def test_a_lineage_runs_up_to_the_top_and_ends_around_a_cycle() -> None:
    parents: dict[str, str | None] = {"commune": "district", "district": "province"}
    assert list(lineage(parents, "commune")) == ["commune", "district", "province"]
    assert list(lineage({"a": "b", "b": "a"}, "a")) == ["a", "b"]
