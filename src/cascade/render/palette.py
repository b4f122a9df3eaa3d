"""Colours, line styles and shapes that survive colour blindness and greyscale print.

Colours are from Paul Tol's high- and medium-contrast schemes, which stay
distinct for the common colour-vision deficiencies and keep distinct lightness
in greyscale. Colour is never the only signal: every state also has its own line
style (dashed, solid, bold, dotted), overdue obligations are drawn as a double
line, and collapsed groups have their own node shape. States outside the default
lifecycle take the Okabe–Ito colours in turn.
"""

from __future__ import annotations

from dataclasses import dataclass

from cascade.model import Bucket
from cascade.render.overlay import STATES

INK = "#222222"  # text and borders: near-black prints well and is softer on screen
MUTED = "#666666"
CLUSTER_FILL = "#F7F7F7"
CLUSTER_BORDER = "#BBBBBB"
NODE_FILL = "#FFFFFF"
GROUP_FILL = "#E8E8E8"
BAR_EMPTY = "#FFFFFF"
FONT = "Noto Sans"
"""Noto Sans has every Vietnamese glyph; scripts/setup.sh installs it (fonts-noto-core)."""
FONT_STACK = "Noto Sans, DejaVu Sans, Arial, sans-serif"
"""For SVG/Mermaid viewers: the same font first, then common ones with the glyphs."""


def with_font_fallback(svg: str) -> str:
    """``svg`` as Graphviz wrote it, each ``font-family`` naming :data:`FONT_STACK`, so a
    viewer without Noto Sans falls back to a font that has the Vietnamese glyphs."""
    return svg.replace(f'font-family="{FONT}"', f'font-family="{FONT_STACK}"')


@dataclass(frozen=True)
class LineStyle:
    """How one state or bucket is drawn: colour, dash pattern, weight, arrowhead."""

    color: str
    dash: str  # "solid" | "dashed" | "dotted"
    width: float  # pen width in points
    arrowhead: str = "normal"


_STATE_STYLES: dict[str, LineStyle] = {
    "assigned": LineStyle("#DDAA33", "dashed", 1.6),
    "in_progress": LineStyle("#BB5566", "solid", 1.6),
    "reported": LineStyle("#004488", "solid", 2.6),
    "accepted": LineStyle("#117733", "solid", 2.6, "dot"),
    "cancelled": LineStyle("#AAAAAA", "dotted", 1.4, "odot"),
    "superseded": LineStyle("#AAAAAA", "dotted", 1.4, "odiamond"),
}
_BUCKET_STYLES: dict[str, LineStyle] = {
    "completed_on_time": LineStyle("#004488", "solid", 2.6),
    "completed_late": LineStyle("#6699CC", "solid", 2.0, "dot"),
    "open_within_deadline": LineStyle("#DDAA33", "dashed", 1.6),
    "overdue": LineStyle("#BB5566", "solid", 2.6, "box"),
}
_NO_BUCKET = LineStyle("#AAAAAA", "dotted", 1.4, "odot")
_EXTRA_COLORS = ("#56B4E9", "#CC79A7", "#009E73", "#E69F00", "#0072B2", "#D55E00")
_EXTRA_DASHES = ("dashed", "dotted", "solid")
PLAIN = LineStyle(INK, "solid", 1.2)
"""Edges that carry no state: subordination, document bases."""
SUCCESSOR = LineStyle(MUTED, "dashed", 1.2, "empty")
BASIS_STYLES: dict[str, LineStyle] = {
    "based_on": LineStyle(INK, "solid", 1.2),
    "implements": LineStyle(INK, "solid", 2.8),
    "cites": LineStyle(MUTED, "dashed", 1.2, "empty"),
    "amends": LineStyle(INK, "dotted", 1.6, "diamond"),
    "replaces": LineStyle(INK, "dashed", 1.6, "tee"),
    "attached": LineStyle(MUTED, "dotted", 1.2, "empty"),
}


def state_order(states: set[str]) -> tuple[str, ...]:
    """Known states in lifecycle order, then any others sorted by name."""
    known = tuple(s for s in STATES if s in states)
    return known + tuple(sorted(states - set(STATES)))


def key_style(key: str, order: tuple[str, ...]) -> LineStyle:
    """The style of a state or bucket ``key``; ``order`` places states that are not built in."""
    if key in _STATE_STYLES:
        return _STATE_STYLES[key]
    if key in _BUCKET_STYLES:
        return _BUCKET_STYLES[key]
    if key == "":
        return _NO_BUCKET
    extras = [k for k in order if k not in _STATE_STYLES and k not in set(Bucket)]
    i = extras.index(key) if key in extras else len(extras)
    return LineStyle(
        _EXTRA_COLORS[i % len(_EXTRA_COLORS)],
        _EXTRA_DASHES[(i // len(_EXTRA_COLORS)) % len(_EXTRA_DASHES)],
        2.0,
        "vee",
    )


def edge_style(kind: str, key: str, order: tuple[str, ...]) -> LineStyle:
    """The style of an edge of ``kind`` (an EdgeKind value) carrying ``key``."""
    if kind == "obligation":
        return key_style(key, order)
    if kind == "basis":
        return BASIS_STYLES.get(key, PLAIN)
    if kind == "successor":
        return SUCCESSOR
    return PLAIN


def legend_style(key: str, order: tuple[str, ...]) -> LineStyle:
    """The style a legend shows for ``key``: a state, bucket, relation or edge kind."""
    if key in BASIS_STYLES:
        return BASIS_STYLES[key]
    if key in ("subordinate", "successor"):
        return edge_style(key, "", order)
    return key_style(key, order)


def text_on(color: str) -> str:
    """Black or white, whichever reads better on ``color`` (a ``#RRGGBB`` fill)."""
    r, g, b = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return "#000000" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5 else "#FFFFFF"
