"""The trend of the four buckets as an inline SVG line chart (no script, prints as is).

One line per bucket, one marker per period, in the diagram's palette (Paul Tol's
colours, each line with its own dash pattern and marker shape: never colour
alone). Each marker carries a ``<title>`` (the period and its count) and
``data-period``/``data-bucket`` attributes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from cascade.engine.status import BUCKETS
from cascade.render.palette import FONT_STACK, key_style
from cascade.report.trend import TrendPoint
from cascade.report.wording import Lang, number, t

WIDTH, HEIGHT = 760, 300
LEFT, RIGHT, TOP, BOTTOM = 56, 32, 16, 92  # room for the axis labels and the legend
DASHES = {"solid": "", "dashed": "6 4", "dotted": "2 3"}
MARKERS = ("circle", "square", "diamond", "triangle")


def trend_svg(points: Sequence[TrendPoint], lang: Lang) -> str:
    """The chart of ``points`` as an ``<svg>`` element."""
    if not points:
        return ""
    top = max(1, max(max(p.counts.as_tuple()[:4]) for p in points))
    step = _nice_step(top)
    ceiling = -(-top // step) * step
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(i: int) -> float:
        return LEFT + (plot_w / 2 if len(points) == 1 else plot_w * i / (len(points) - 1))

    def y(v: int) -> float:
        return TOP + plot_h * (1 - v / ceiling)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="trend" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" font-family="{FONT_STACK}" font-size="11">'
    ]
    for v in range(0, ceiling + 1, step):  # gridlines and the count axis
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(v):.1f}" y2="{y(v):.1f}" '
            f'stroke="#DDDDDD"/><text x="{LEFT - 6}" y="{y(v) + 4:.1f}" text-anchor="end">'
            f"{number(v, lang)}</text>"
        )
    every = max(1, -(-len(points) // 12))  # at most 12 period labels, the last one always
    for i, point in enumerate(points):
        if (len(points) - 1 - i) % every == 0:
            parts.append(
                f'<text x="{x(i):.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle">'
                f"{escape(point.period)}</text>"
            )
    for k, bucket in enumerate(BUCKETS):
        parts.append(_series(points, bucket, MARKERS[k], x, y, lang))
        parts.append(_legend_item(k, bucket, lang))
    parts.append("</svg>")
    return "".join(parts)


def _series(
    points: Sequence[TrendPoint],
    bucket: str,
    marker: str,
    x: Callable[[int], float],
    y: Callable[[int], float],
    lang: Lang,
) -> str:
    """One bucket's line, and a marker with its title at every period."""
    style = key_style(bucket, ())
    label = t(f"bucket.{bucket}", lang)
    values = [getattr(p.counts, bucket) for p in points]
    path = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
    dash = DASHES.get(style.dash, "")
    out = [
        f'<g class="series" data-bucket="{bucket}"><polyline points="{path}" fill="none" '
        f'stroke="{style.color}" stroke-width="{style.width}"'
        + (f' stroke-dasharray="{dash}"' if dash else "")
        + "/>"
    ]
    for i, (point, v) in enumerate(zip(points, values, strict=True)):
        period = escape(point.period)
        attributes = f'class="point" data-period="{period}" data-bucket="{bucket}" data-value="{v}"'
        title = f"<title>{period} · {escape(label)}: {number(v, lang)}</title>"
        out.append(_marker(marker, x(i), y(v), style.color, attributes, title))
    out.append("</g>")
    return "".join(out)


def _marker(
    marker: str, cx: float, cy: float, color: str, attributes: str = "", content: str = ""
) -> str:
    """A marker shape centred on (cx, cy), with extra ``attributes`` and child ``content``."""
    if marker == "circle":
        tag, geometry = "circle", f'cx="{cx:.1f}" cy="{cy:.1f}" r="3.5"'
    elif marker == "square":
        tag, geometry = "rect", f'x="{cx - 3.2:.1f}" y="{cy - 3.2:.1f}" width="6.4" height="6.4"'
    else:
        if marker == "diamond":
            shape = [(cx, cy - 4.5), (cx + 4.5, cy), (cx, cy + 4.5), (cx - 4.5, cy)]
        else:
            shape = [(cx, cy - 4.5), (cx + 4.2, cy + 3.5), (cx - 4.2, cy + 3.5)]
        coords = " ".join(f"{px:.1f},{py:.1f}" for px, py in shape)
        tag, geometry = "polygon", f'points="{coords}"'
    return f'<{tag} {geometry} fill="{color}" {attributes}>{content}</{tag}>'


def _legend_item(k: int, bucket: str, lang: Lang) -> str:
    style = key_style(bucket, ())
    col, row = k % 2, k // 2
    lx, ly = LEFT + col * 340, HEIGHT - BOTTOM + 40 + row * 20
    dash = DASHES.get(style.dash, "")
    line = (
        f'<line x1="{lx}" x2="{lx + 28}" y1="{ly}" y2="{ly}" stroke="{style.color}" '
        f'stroke-width="{style.width}"' + (f' stroke-dasharray="{dash}"' if dash else "") + "/>"
    )
    mark = _marker(MARKERS[k], lx + 14, ly, style.color)
    text = f'<text x="{lx + 36}" y="{ly + 4}">{escape(t(f"bucket.{bucket}", lang))}</text>'
    return f'<g class="legend">{line}{mark}{text}</g>'


def _nice_step(top: int) -> int:
    """A round gridline step giving at most about five lines up to ``top``."""
    step = 1
    while top / step > 5:
        for factor in (2, 5 / 2, 2):
            step = int(step * factor)
            if top / step <= 5:
                break
    return step
