"""Reading the SVG that Graphviz writes: the text of its nodes, or all of it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def node_texts(svg: str) -> list[str]:
    """The text of every node of a Graphviz SVG, lines joined by spaces."""
    root = ET.fromstring(svg)
    out = []
    for group in root.iter(f"{SVG}g"):
        if group.get("class") == "node":
            out.append(" ".join((t.text or "").strip() for t in group.iter(f"{SVG}text")))
    return out


def all_text(svg: str) -> str:
    """Every text of a Graphviz SVG (nodes, edges, the title block and legend)."""
    root = ET.fromstring(svg)
    return " ".join((t.text or "").strip() for t in root.iter(f"{SVG}text"))
