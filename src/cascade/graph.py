"""The cascade as graphs (networkx), and pure traversal helpers over them.

Three views, each a :class:`networkx.DiGraph` whose edges point *down* the
cascade (issuer to recipient, parent to child):

* :func:`document_graph`: documents, an edge from a document to each one that
  rests on it;
* :func:`obligation_graph`: obligations, an edge from a parent obligation to
  each obligation that implements it;
* :func:`organisation_tree`: organisations, an edge from parent to subordinate.

Node attributes carry the model object under ``"item"``.
"""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from cascade.model import Cascade


def document_graph(cascade: Cascade) -> nx.DiGraph:
    """Documents, with an edge ``basis -> document`` for every document it rests on."""
    graph = nx.DiGraph()
    for doc in cascade.documents:
        graph.add_node(doc.id, item=doc)
    for doc in cascade.documents:
        for basis in doc.rests_on:
            graph.add_edge(basis.document, doc.id, relation=basis.relation.value)
    return graph


def obligation_graph(cascade: Cascade) -> nx.DiGraph:
    """Obligations, with an edge ``parent -> child`` for every ``implements`` link."""
    graph = nx.DiGraph()
    for ob in cascade.obligations:
        graph.add_node(ob.id, item=ob)
    for ob in cascade.obligations:
        if ob.implements is not None:
            graph.add_edge(ob.implements, ob.id)
    return graph


def organisation_tree(cascade: Cascade) -> nx.DiGraph:
    """Organisations, with an edge ``parent -> subordinate``."""
    graph = nx.DiGraph()
    for org in cascade.organisations:
        graph.add_node(org.id, item=org)
    for org in cascade.organisations:
        if org.parent is not None:
            graph.add_edge(org.parent, org.id)
    return graph


def chain(cascade: Cascade) -> list[list[str]]:
    """Documents in generations, top first: each list rests only on earlier ones.

    Documents caught in a cycle are left out (the validator reports cycles).
    """
    graph = document_graph(cascade)
    try:
        return [sorted(gen) for gen in nx.topological_generations(graph)]
    except nx.NetworkXUnfeasible:
        acyclic = graph.copy()
        acyclic.remove_nodes_from({n for cyc in nx.simple_cycles(graph) for n in cyc})
        return [sorted(gen) for gen in nx.topological_generations(acyclic)]


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
