"""Write a :class:`~cascade.render.ir.Diagram` as Graphviz DOT source.

Node and cluster ids come from the IR (generated); every piece of user text is
escaped: HTML-like labels through :func:`~cascade.render.escape.html`, tooltips
(double-quoted escStrings) through :func:`~cascade.render.escape.dot_string`.
Boxes carry a bar of their obligations by state. The title block and the legend
are the graph's label, drawn as HTML tables (line samples are rows of cells), so
that they never disturb the layout of the cascade itself.
"""

from __future__ import annotations

from collections import defaultdict

from cascade.render import palette as p
from cascade.render.escape import dot_string, html
from cascade.render.ir import (
    OVERDUE_MARK,
    Cluster,
    Diagram,
    Edge,
    EdgeKind,
    LegendItem,
    Node,
    NodeKind,
    Row,
    Tally,
)

BAR_WIDTH = 120  # points
ROW_BAR_WIDTH = 44
LEGEND_PER_ROW = 4
_TABLE = '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">'


def to_dot(diagram: Diagram) -> str:
    """The DOT source of ``diagram``."""
    keys = diagram.keys
    out: list[str] = [
        "digraph cascade {",
        "  graph ["
        + _attrs(
            charset="UTF-8",
            rankdir=diagram.direction,
            newrank="true",
            fontname=p.FONT,
            bgcolor="white",
            pad="0.3",
            nodesep="0.2",
            ranksep="0.6",
            labelloc="t",
            labeljust="l",
            outputorder="edgesfirst",
        )
        + f" label={_title_block(diagram)}];",
        "  node ["
        + _attrs(
            fontname=p.FONT,
            fontsize="11",
            fontcolor=p.INK,
            shape="box",
            style="rounded,filled",
            fillcolor=p.NODE_FILL,
            color=p.INK,
            penwidth="1.0",
            margin="0.1,0.05",
        )
        + "];",
        "  edge ["
        + _attrs(fontname=p.FONT, fontsize="10", fontcolor=p.INK, arrowsize="0.7")
        + "];",
    ]
    children: dict[str | None, list[Cluster]] = defaultdict(list)
    for cluster in diagram.clusters:
        children[cluster.parent].append(cluster)
    members: dict[str | None, list[Node]] = defaultdict(list)
    for node in diagram.nodes:
        members[node.cluster].append(node)
    _cluster_body(out, None, children, members, "  ", keys)
    # an obligation arrow into another frame (a level below) enters its box from the
    # side facing the source: left to right, the west side; without a port Graphviz
    # lands it on the box's corner, across the frame's label
    cluster_of = {node.id: node.cluster for node in diagram.nodes}
    side = "w" if diagram.direction == "LR" else "n"
    for edge in diagram.edges:
        crosses = cluster_of.get(edge.source) != cluster_of.get(edge.target)
        port = side if crosses and edge.kind is EdgeKind.OBLIGATION else None
        out.append(_edge(edge, keys, port))
    out.append("}")
    return "\n".join(out) + "\n"


def _attrs(**values: str) -> str:
    """Attributes whose values are our own constants (never user text)."""
    return " ".join(f'{name}="{value}"' for name, value in values.items())


def _cluster_body(
    out: list[str],
    cluster_id: str | None,
    children: dict[str | None, list[Cluster]],
    members: dict[str | None, list[Node]],
    indent: str,
    keys: tuple[str, ...],
) -> None:
    for node in members.get(cluster_id, []):
        out.append(indent + _node(node, keys))
    for child in children.get(cluster_id, []):
        out.append(f"{indent}subgraph cluster_{child.id} {{")
        label = (
            f'<<FONT POINT-SIZE="12"><B>{html(child.label)}</B></FONT>>' if child.label else '""'
        )
        attrs = _attrs(
            style="rounded,filled",
            fillcolor=p.CLUSTER_FILL,
            color=p.CLUSTER_BORDER,
            fontcolor=p.MUTED,
            labeljust="l",
            margin="10",
        )
        out.append(f"{indent}  graph [{attrs} label={label}];")
        _cluster_body(out, child.id, children, members, indent + "  ", keys)
        out.append(f"{indent}}}")


# --- boxes ------------------------------------------------------------------------


def _left(
    content: str, size: int = 0, color: str = "", colspan: int = 1, align: str = "LEFT"
) -> str:
    font = ""
    if size or color:
        font = " ".join(
            part
            for part in (
                f'POINT-SIZE="{size}"' if size else "",
                f'COLOR="{color}"' if color else "",
            )
            if part
        )
        content = f"<FONT {font}>{content}</FONT>"
    span = f' COLSPAN="{colspan}"' if colspan > 1 else ""
    return f'<TR><TD ALIGN="{align}" BALIGN="{align}"{span}>{content}</TD></TR>'


def _node(node: Node, keys: tuple[str, ...]) -> str:
    # a list box reads as a table, left-aligned; other boxes are centred, as is their bar
    span, at = (3, "LEFT") if node.rows else (1, "CENTER")
    rows = [_left(f"<B>{html(line)}</B>", 0, "", span, at) for line in node.title.split("\n")]
    rows += [_left(html(line), 10, "", span, at) for line in node.lines]
    if node.tally is not None:
        rows.append(_left(html(node.tally.summary), 9, p.MUTED, span, at))
        if not node.rows:
            rows.append(_left(_bar(node.tally, keys, BAR_WIDTH), align=at))
            rows.append(_left(html(node.tally.detail), 9, align=at))
    rows += [_list_row(row, keys) for row in node.rows]
    if node.note:
        rows.append(_left(f"<I>{html(node.note)}</I>", 9, p.MUTED, span, at))
    label = f"<{_TABLE}{''.join(rows)}</TABLE>>"
    if node.kind in (NodeKind.ORGANISATIONS, NodeKind.DOCUMENTS):
        shape = " " + _attrs(shape="box3d", style="filled", fillcolor=p.GROUP_FILL)
    elif node.kind is NodeKind.DOCUMENT:
        shape = " " + _attrs(shape="note", style="filled")
    else:
        shape = ""
    return f'{node.id} [label={label} tooltip="{dot_string(node.tooltip or node.title)}"{shape}];'


def _list_row(row: Row, keys: tuple[str, ...]) -> str:
    note = f' <FONT POINT-SIZE="8" COLOR="{p.MUTED}">{html(row.note)}</FONT>' if row.note else ""
    name = f'<TD ALIGN="LEFT"><FONT POINT-SIZE="10">{html(row.name)}</FONT>{note}</TD>'
    if row.tally is None:
        return f'<TR>{name}<TD COLSPAN="2"></TD></TR>'
    bar = f'<TD CELLPADDING="3">{_bar(row.tally, keys, ROW_BAR_WIDTH)}</TD>'
    count = f'<TD ALIGN="RIGHT"><FONT POINT-SIZE="9">{html(row.tally.short)}</FONT></TD>'
    return f"<TR>{name}{bar}{count}</TR>"


def _bar(tally: Tally, keys: tuple[str, ...], width: int) -> str:
    """A bar of ``width`` points split by state, framed so that an empty share still shows."""
    total = sum(count for _, count in tally.segments)
    widths = _shares([count for _, count in tally.segments], total, width)
    cells = "".join(
        f'<TD WIDTH="{w}" HEIGHT="7" FIXEDSIZE="TRUE" BGCOLOR="{p.key_style(key, keys).color}">'
        "</TD>"
        for (key, _), w in zip(tally.segments, widths, strict=True)
        if w > 0
    )
    return (
        f'<TABLE BORDER="1" COLOR="{p.INK}" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0" '
        f'FIXEDSIZE="TRUE" WIDTH="{width + 2}" HEIGHT="9"><TR>{cells}</TR></TABLE>'
    )


def _shares(counts: list[int], total: int, width: int) -> list[int]:
    """Integer widths proportional to ``counts`` that add up to ``width``; a non-zero count
    is never narrower than 2 points, so that a single late obligation still shows."""
    raw = [c * width / total for c in counts]
    widths = [max(2, int(r)) if c else 0 for c, r in zip(counts, raw, strict=True)]
    order = sorted(
        (i for i, c in enumerate(counts) if c), key=lambda i: raw[i] - int(raw[i]), reverse=True
    )
    rest = width - sum(widths)
    while rest > 0 and order:  # hand out what rounding down left, largest remainder first
        for i in order[:rest]:
            widths[i] += 1
        rest = width - sum(widths)
    while rest < 0:  # the minimum of 2 overshot: take from the widest
        widest = max(range(len(widths)), key=widths.__getitem__)
        widths[widest] += rest if widths[widest] + rest >= 2 else 0
        if widths[widest] + rest < 2:
            break
        rest = width - sum(widths)
    return widths


# --- arrows -----------------------------------------------------------------------


def _edge(edge: Edge, keys: tuple[str, ...], headport: str | None = None) -> str:
    style = p.edge_style(edge.kind.value, edge.key, keys)
    attrs = _line(style, overdue=bool(edge.overdue), count=edge.count)
    if headport:
        attrs += f' headport="{headport}"'
    if edge.label:
        attrs += f' label=<<FONT POINT-SIZE="10">{html(edge.label)}</FONT>>'
        attrs += f' labeltooltip="{dot_string(edge.tooltip)}"'
    if edge.tooltip:
        attrs += f' tooltip="{dot_string(edge.tooltip)}"'
    return f"  {edge.source} -> {edge.target} [{attrs}];"


def _line(style: p.LineStyle, *, overdue: bool = False, count: int = 1) -> str:
    width = style.width + min(2.0, (count.bit_length() - 1) * 0.35)  # thicker for many
    color = f"{style.color}:white:{style.color}" if overdue else style.color
    return _attrs(color=color, style=style.dash, penwidth=f"{width:.1f}", arrowhead=style.arrowhead)


# --- title block and legend -------------------------------------------------------


def _title_block(diagram: Diagram) -> str:
    rows = []
    if diagram.title:
        rows.append(_left(f"<B>{html(diagram.title[0])}</B>", 18))
        rows += [_left(html(line), 11, p.MUTED) for line in diagram.title[1:]]
    if diagram.legend:
        rows.append(f'<TR><TD ALIGN="LEFT">{_legend(diagram)}</TD></TR>')
    rows.append("<TR><TD> </TD></TR>")
    table = '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">'
    return f"<{table}{''.join(rows)}</TABLE>>"


def _legend(diagram: Diagram) -> str:
    cells = [
        f'<TD>{_sample(item, diagram.keys)}</TD><TD ALIGN="LEFT">'
        f'<FONT POINT-SIZE="10">{html(item.label)}</FONT></TD>'
        for item in diagram.legend
    ]
    head = (
        f'<TD ALIGN="LEFT" VALIGN="TOP"><FONT POINT-SIZE="10"><B>{html(diagram.legend_title)}'
        "</B></FONT></TD>"
    )
    lines = []
    for start in range(0, len(cells), LEGEND_PER_ROW):
        first = head if start == 0 else "<TD></TD>"
        lines.append(f"<TR>{first}{''.join(cells[start : start + LEGEND_PER_ROW])}</TR>")
    return (
        f'<TABLE BORDER="1" COLOR="{p.CLUSTER_BORDER}" STYLE="ROUNDED" CELLBORDER="0" '
        f'CELLSPACING="3" CELLPADDING="1">{"".join(lines)}</TABLE>'
    )


def _sample(item: LegendItem, keys: tuple[str, ...]) -> str:
    """A small picture of what the legend item means, made of table cells."""
    if item.kind == "text":
        return ""
    if item.kind == "node":
        kind = NodeKind(item.key)
        fill = p.GROUP_FILL if kind in (NodeKind.ORGANISATIONS, NodeKind.DOCUMENTS) else "white"
        rounded = ' STYLE="ROUNDED"' if kind in (NodeKind.ORGANISATION, NodeKind.LIST) else ""
        inner = "".join(
            f'<TR><TD WIDTH="18" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="{p.MUTED}"></TD></TR>'
            for _ in range(3 if kind is NodeKind.LIST else 0)
        )
        border = "2" if fill == p.GROUP_FILL else "1"
        return (
            f'<TABLE ALIGN="LEFT" BORDER="{border}" COLOR="{p.INK}" BGCOLOR="{fill}"{rounded} '
            f'CELLSPACING="2" '
            f'CELLPADDING="0" WIDTH="30" HEIGHT="16" FIXEDSIZE="TRUE">'
            f"{inner or '<TR><TD></TD></TR>'}</TABLE>"
        )
    if item.kind == "swatch" and item.key != OVERDUE_MARK:
        color = p.key_style(item.key, keys).color
        return (
            f'<TABLE BORDER="1" COLOR="{p.INK}" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0" '
            f'FIXEDSIZE="TRUE" WIDTH="26" HEIGHT="11"><TR>'
            f'<TD WIDTH="24" HEIGHT="9" FIXEDSIZE="TRUE" BGCOLOR="{color}"></TD></TR></TABLE>'
        )
    style = p.PLAIN if item.key == OVERDUE_MARK else p.legend_style(item.key, keys)
    return _line_sample(style, double=item.overdue)


def _line_sample(style: p.LineStyle, *, double: bool = False) -> str:
    """A 36-point line drawn as cells: solid, dashed or dotted; two lines when ``double``."""
    height = max(1, round(style.width))
    pattern = {"solid": [(36, True)], "dashed": [(7, True), (4, False)] * 3 + [(3, True)]}
    cells = pattern.get(style.dash, [(2, True), (3, False)] * 7 + [(1, True)])
    row = "".join(
        f'<TD WIDTH="{w}" HEIGHT="{height}" FIXEDSIZE="TRUE"'
        + (f' BGCOLOR="{style.color}"' if on else "")
        + "></TD>"
        for w, on in cells
    )
    gap = f'<TR><TD COLSPAN="{len(cells)}" HEIGHT="2" FIXEDSIZE="TRUE" WIDTH="36"></TD></TR>'
    rows = f"<TR>{row}</TR>{gap}<TR>{row}</TR>" if double else f"<TR>{row}</TR>"
    return (
        f'<TABLE ALIGN="LEFT" BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0">'
        f"{rows}</TABLE>"
    )
