"""The layout tells the architecture: a one-way flow with no import cycle, a few loose
modules at the top, and no two modules of one name.

The layers themselves are an import-linter contract in pyproject.toml (``lint-imports``
in CI); here, the module graph grimp reads, imports inside functions included and
``TYPE_CHECKING`` ones left out.
"""

from __future__ import annotations

from collections import Counter

import grimp
import networkx as nx

from support import ROOT

SRC = ROOT / "src" / "cascade"


def test_no_import_cycle_between_modules() -> None:
    graph = grimp.build_graph("cascade", exclude_type_checking_imports=True)
    edges = nx.DiGraph(
        (module, imported)
        for module in graph.modules
        for imported in graph.find_modules_directly_imported_by(module)
    )
    assert list(nx.simple_cycles(edges)) == []


def test_at_most_ten_loose_modules_at_the_top() -> None:
    loose = sorted(p.name for p in SRC.glob("*.py") if p.name not in ("__init__.py", "__main__.py"))
    assert len(loose) <= 10, loose


def test_no_two_modules_share_a_name() -> None:
    names = Counter(p.name for p in SRC.rglob("*.py") if p.name != "__init__.py")
    assert [name for name, count in names.items() if count > 1] == []
