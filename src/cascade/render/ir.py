"""The intermediate representation of a diagram: small frozen dataclasses.

:mod:`cascade.render.build` builds a :class:`Diagram` from a cascade; the
writers (:mod:`~cascade.render.dot`, :mod:`~cascade.render.mermaid`) turn it
into text. Everything a reader sees is already chosen here (which nodes, the
words in the reader's language); writers only decide how it looks. Text fields
hold user text unescaped: each writer escapes for its own target.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from cascade.render.messages import Lang


class View(StrEnum):
    """What a diagram shows."""

    DOCUMENTS = "documents"  # the chain of documents: who issued what, resting on what
    OBLIGATIONS = "obligations"  # organisations and the obligations between them
    ORGANISATIONS = "organisations"  # the organisation tree with roll-up counts


class NodeKind(StrEnum):
    """What a node stands for."""

    ORGANISATION = "organisation"
    ORGANISATIONS = "organisations"  # a collapsed group of organisations
    LIST = "list"  # organisations addressed together, listed one per row
    DOCUMENT = "document"
    DOCUMENTS = "documents"  # a collapsed group of documents


class EdgeKind(StrEnum):
    """What an edge stands for."""

    OBLIGATION = "obligation"  # owed by the target to the source, coloured by state/bucket
    BASIS = "basis"  # a document rests on another (``key`` is the relation)
    SUBORDINATE = "subordinate"  # organisation tree: parent to subordinate
    SUCCESSOR = "successor"  # an organisation takes over from another


ColorBy = Literal["state", "bucket"]


@dataclass(frozen=True)
class Tally:
    """Obligations counted by state or bucket, for the bar and the summary line."""

    segments: tuple[tuple[str, int], ...]  # (state or bucket, count), non-zero, in legend order
    summary: str  # e.g. "12 nhiệm vụ · 25% đã báo cáo"
    detail: str = ""  # e.g. "Đã giao 9 · Đã báo cáo 3"
    short: str = ""  # e.g. "12 · 25%", for a row of a list box
    overdue: int = 0


@dataclass(frozen=True)
class Row:
    """One organisation in a list box, with its own counts."""

    name: str
    tally: Tally | None = None
    note: str = ""  # e.g. "+314": organisations below it, counted in its tally


@dataclass(frozen=True)
class Node:
    """A box in the diagram."""

    id: str  # generated: n0, n1 … never user text
    kind: NodeKind
    title: str
    lines: tuple[str, ...] = ()
    tally: Tally | None = None
    rows: tuple[Row, ...] = ()  # for a list box
    note: str = ""  # what is hidden below it: "+118 subordinate units"
    cluster: str | None = None
    tooltip: str = ""


@dataclass(frozen=True)
class Edge:
    """An arrow; for obligations, one per (source, target, key) with a count."""

    source: str
    target: str
    kind: EdgeKind
    key: str = ""  # state or bucket for obligations, relation for bases
    count: int = 1
    overdue: int = 0
    label: str = ""
    tooltip: str = ""


@dataclass(frozen=True)
class Cluster:
    """A framed group of nodes; ``parent`` nests it inside another cluster."""

    id: str  # generated: c0, c1 …
    label: str
    parent: str | None = None


OVERDUE_MARK = "overdue-mark"
"""The legend key of the double line that marks overdue obligations when colouring by state."""


@dataclass(frozen=True)
class LegendItem:
    """One line of the legend: an edge style or a node shape, with its meaning."""

    kind: Literal["edge", "swatch", "node", "text"]
    key: str  # state/bucket/relation/EdgeKind for edges and swatches, NodeKind for nodes
    label: str
    overdue: bool = False


@dataclass(frozen=True)
class Diagram:
    """A whole diagram, ready for a writer."""

    view: View
    lang: Lang
    title: tuple[str, ...]  # the title block: heading first, then smaller lines
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    legend: tuple[LegendItem, ...] = ()
    legend_title: str = ""
    direction: Literal["TB", "LR"] = "TB"
    color_by: ColorBy = "state"
    keys: tuple[str, ...] = ()  # state/bucket order, for the colours of states not built in
