"""Walk the seed cascade top-down, from each obligation to those that implement it.

Run: python examples/walk_obligations.py
"""

from pathlib import Path

import networkx as nx

import cascade
from cascade.graph import obligation_graph

SEED = Path(__file__).resolve().parents[1] / "workflows" / "kien-giang-xiv-congress.yaml"

seed = cascade.load(SEED)
graph = obligation_graph(seed)
for root in (node for node, degree in graph.in_degree() if degree == 0):
    for parent, child in nx.dfs_edges(graph, root):
        lead = seed.organisation(seed.obligation(child).lead).name
        print(f"{parent} -> {child} ({lead})")
