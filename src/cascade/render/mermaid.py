"""Write a :class:`~cascade.render.ir.Diagram` as a Mermaid flowchart, for Markdown pages.

Ids are generated; every label goes through :func:`~cascade.render.escape.mermaid`,
which writes anything that could end a label or be read as syntax as an entity
code. Mermaid refuses diagrams over :data:`MAX_EDGES` edges or :data:`MAX_TEXT`
characters by default, and a reader cannot raise those limits from inside the
diagram: :func:`fits` says whether a text is within them (the API collapses
further until it is).
"""

from __future__ import annotations

from collections import defaultdict

from cascade.render import palette as p
from cascade.render.escape import mermaid as esc
from cascade.render.ir import OVERDUE_MARK, Cluster, Diagram, Edge, LegendItem, Node, NodeKind

MAX_EDGES = 500
MAX_TEXT = 50_000
_ARROW = {"solid": "-->", "dashed": "-.->", "dotted": "-.->"}
_SHAPES = {
    NodeKind.ORGANISATION: ('("', '")'),
    NodeKind.ORGANISATIONS: ('[["', '"]]'),
    NodeKind.LIST: ('("', '")'),
    NodeKind.DOCUMENT: ('["', '"]'),
    NodeKind.DOCUMENTS: ('[["', '"]]'),
}
_CLASSES = {
    NodeKind.ORGANISATION: "org",
    NodeKind.ORGANISATIONS: "grp",
    NodeKind.LIST: "org",
    NodeKind.DOCUMENT: "doc",
    NodeKind.DOCUMENTS: "grp",
}


def to_mermaid(diagram: Diagram) -> str:
    """The Mermaid source of ``diagram``."""
    out = [f"flowchart {diagram.direction}"]
    children: dict[str | None, list[Cluster]] = defaultdict(list)
    for cluster in diagram.clusters:
        children[cluster.parent].append(cluster)
    members: dict[str | None, list[Node]] = defaultdict(list)
    for node in diagram.nodes:
        members[node.cluster].append(node)
    _body(out, None, children, members, "  ")
    links: list[tuple[Edge | LegendItem, str]] = []
    for edge in diagram.edges:
        style = p.edge_style(edge.kind.value, edge.key, diagram.keys)
        arrow = "==>" if edge.overdue else _ARROW[style.dash]
        label = esc(edge.label + (" !" if edge.overdue else ""))
        middle = f'{arrow}|"{label}"|' if label else arrow
        out.append(f"  {edge.source} {middle} {edge.target}")
        links.append((edge, _link_style(style, bool(edge.overdue))))
    _legend(out, links, diagram)
    out.append(f"  classDef org fill:{p.NODE_FILL},stroke:{p.INK},color:{p.INK}")
    out.append(f"  classDef grp fill:{p.GROUP_FILL},stroke:{p.INK},color:{p.INK}")
    out.append(f"  classDef doc fill:{p.NODE_FILL},stroke:{p.INK},color:{p.INK}")
    out.append(f"  classDef note fill:{p.NODE_FILL},stroke:{p.NODE_FILL},color:{p.INK}")
    for cls in ("org", "grp", "doc"):
        ids = [n.id for n in diagram.nodes if _CLASSES[n.kind] == cls]
        if ids:
            out.append(f"  class {','.join(ids)} {cls}")
    by_css: dict[str, list[int]] = defaultdict(list)
    for i, (_, css) in enumerate(links):
        by_css[css].append(i)
    out.extend(f"  linkStyle {','.join(map(str, idx))} {css}" for css, idx in by_css.items())
    return "\n".join(out) + "\n"


def edge_count(text: str) -> int:
    """The number of links Mermaid will count in ``text`` (one per ``linkStyle`` index)."""
    return sum(
        len(line.split()[1].split(","))
        for line in text.splitlines()
        if line.startswith("  linkStyle ")
    )


def fits(text: str) -> bool:
    """Whether Mermaid accepts ``text`` with its default limits.

    Mermaid measures text in UTF-16 code units (JavaScript string length).
    """
    return edge_count(text) <= MAX_EDGES and len(text.encode("utf-16-le")) // 2 <= MAX_TEXT


def _body(
    out: list[str],
    cluster_id: str | None,
    children: dict[str | None, list[Cluster]],
    members: dict[str | None, list[Node]],
    indent: str,
) -> None:
    for node in members.get(cluster_id, []):
        out.append(indent + _node(node))
    for child in children.get(cluster_id, []):
        out.append(f'{indent}subgraph {child.id}["{esc(child.label) or " "}"]')
        _body(out, child.id, children, members, indent + "  ")
        out.append(f"{indent}end")


def _node(node: Node) -> str:
    parts = [f"<b>{esc(line)}</b>" for line in node.title.split("\n")]
    parts += [esc(line) for line in node.lines]
    if node.tally is not None:
        parts.append(f"<small>{esc(node.tally.summary)}</small>")
        if not node.rows:
            parts.append(f"<small>{esc(node.tally.detail)}</small>")
    for row in node.rows:  # one line per listed organisation
        counts = f" <small>{esc(row.tally.detail)}</small>" if row.tally else ""
        note = f" <small>{esc(row.note)}</small>" if row.note else ""
        parts.append(f"{esc(row.name)}{note}{counts}")
    if node.note:
        parts.append(f"<i><small>{esc(node.note)}</small></i>")
    start, end = _SHAPES[node.kind]
    return f"{node.id}{start}{'<br>'.join(parts)}{end}"


def _link_style(style: p.LineStyle, overdue: bool) -> str:
    width = style.width + (1.5 if overdue else 0)
    css = f"stroke:{style.color},stroke-width:{width:.1f}px"
    if style.dash == "dashed":
        css += ",stroke-dasharray:6 4"
    elif style.dash == "dotted":
        css += ",stroke-dasharray:2 3"
    return css


def _legend(out: list[str], links: list[tuple[Edge | LegendItem, str]], diagram: Diagram) -> None:
    """The title block and the legend, in one framed group."""
    out.append(f'  subgraph legend["{esc(diagram.legend_title)}"]')
    out.append("    direction TB")
    if diagram.title:
        text = f"<b>{esc(diagram.title[0])}</b><br>" + "<br>".join(
            f"<small>{esc(line)}</small>" for line in diagram.title[1:]
        )
        out.append(f'    ttl["{text}"]:::note')
    for i, item in enumerate(diagram.legend):
        label = esc(item.label)
        if item.kind == "node":
            start, end = _SHAPES[NodeKind(item.key)]
            cls = _CLASSES[NodeKind(item.key)]
            out.append(f"    lg{i}{start}{label}{end}:::{cls}")
        elif item.kind == "text":
            out.append(f'    lg{i}["{label}"]:::note')
        elif item.kind == "swatch" and item.key != OVERDUE_MARK:
            color = p.key_style(item.key, diagram.keys).color
            out.append(f'    lg{i}["{label}"]')
            out.append(f"    style lg{i} fill:{color},stroke:{p.INK},color:{p.text_on(color)}")
        else:
            style = p.PLAIN if item.key == OVERDUE_MARK else p.legend_style(item.key, diagram.keys)
            arrow = "==>" if item.overdue else _ARROW[style.dash]
            out.append(f'    lg{i}a[" "]:::note {arrow}|"{label}"| lg{i}b[" "]:::note')
            links.append((item, _link_style(style, item.overdue)))
    out.append("  end")
