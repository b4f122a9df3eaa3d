"""``render(...)``: a cascade to a diagram, as text or bytes, without files.

Text formats (``dot``, ``mermaid``, ``svg``) come back as ``str``; ``png`` and
``pdf`` as ``bytes``. Mermaid output is collapsed further, if it must be, to stay
within the limits Mermaid enforces by default (which a reader cannot raise).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Literal, overload

from cascade.errors import InputError, RenderError
from cascade.model import Cascade
from cascade.render.build import extract
from cascade.render.dot import to_dot
from cascade.render.graphviz_run import run_dot
from cascade.render.ir import Diagram
from cascade.render.mermaid import MAX_EDGES, MAX_TEXT, fits, to_mermaid
from cascade.render.messages import t
from cascade.render.options import RenderOptions
from cascade.render.overlay import CascadeStatus
from cascade.render.palette import with_font_fallback

Format = Literal["svg", "png", "pdf", "dot", "mermaid"]
FORMATS: tuple[Format, ...] = ("svg", "png", "pdf", "dot", "mermaid")
TextFormat = Literal["svg", "dot", "mermaid"]
BinaryFormat = Literal["png", "pdf"]


@overload
def render(
    cascade: Cascade,
    options: RenderOptions | None = ...,
    *,
    fmt: TextFormat = ...,
    status: CascadeStatus | None = ...,
) -> str: ...


@overload
def render(
    cascade: Cascade,
    options: RenderOptions | None = ...,
    *,
    fmt: BinaryFormat,
    status: CascadeStatus | None = ...,
) -> bytes: ...


@overload
def render(
    cascade: Cascade,
    options: RenderOptions | None = ...,
    *,
    fmt: Format,
    status: CascadeStatus | None = ...,
) -> str | bytes: ...


def render(
    cascade: Cascade,
    options: RenderOptions | None = None,
    *,
    fmt: Format = "svg",
    status: CascadeStatus | None = None,
) -> str | bytes:
    """Draw ``cascade`` as ``options`` say (:class:`~cascade.render.options.RenderOptions`:
    the view, the language, how far to collapse …) in the format ``fmt``.

    ``status`` colours obligations by state (or by bucket, with
    ``RenderOptions(color_by="bucket")``). svg, png and pdf run Graphviz's ``dot``
    under ``options.timeout`` seconds.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    options = options or RenderOptions()

    def diagram(budget: int) -> Diagram:
        return extract(cascade, dataclasses.replace(options, budget=budget), status)

    if fmt == "mermaid":
        return _mermaid_within_limits(diagram, options.budget)
    source = to_dot(diagram(options.budget))
    if fmt == "dot":
        return source
    image = run_dot(source, fmt, timeout=options.timeout)
    return with_font_fallback(image.decode("utf-8")) if fmt == "svg" else image


def _mermaid_within_limits(diagram: Callable[[int], Diagram], budget: int) -> str:
    """Mermaid text of the diagram, collapsed with smaller budgets until Mermaid accepts it."""
    drawn = diagram(budget)
    text = to_mermaid(drawn)
    while not fits(text):
        if budget <= 1:
            raise RenderError(
                f"the diagram does not fit Mermaid's limits ({MAX_EDGES} edges, {MAX_TEXT:,} "
                "characters) even fully collapsed; use --format svg, or --root to draw one branch"
            )
        budget = max(1, min(budget, len(drawn.nodes)) * 2 // 3)
        drawn = diagram(budget)
        note = t("collapsed.mermaid", drawn.lang, edges=MAX_EDGES, chars=f"{MAX_TEXT:,}")
        text = to_mermaid(dataclasses.replace(drawn, title=(*drawn.title, note)))
    return text
