"""``render(...)``: a cascade to a diagram, as text or bytes, without files.

Text formats (``dot``, ``mermaid``, ``svg``) come back as ``str``; ``png`` and
``pdf`` as ``bytes``. Mermaid output is collapsed further, if it must be, to stay
within the limits Mermaid enforces by default (which a reader cannot raise).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Literal, overload

from cascade.errors import InputError, RenderError
from cascade.model import Cascade
from cascade.render.build import DEFAULT_BUDGET, extract
from cascade.render.dot import to_dot
from cascade.render.graphviz_run import DEFAULT_TIMEOUT, run_dot
from cascade.render.ir import ColorBy, Diagram, View
from cascade.render.mermaid import MAX_EDGES, MAX_TEXT, fits, to_mermaid
from cascade.render.messages import Lang, t
from cascade.render.overlay import CascadeStatus

Format = Literal["svg", "png", "pdf", "dot", "mermaid"]
FORMATS: tuple[Format, ...] = ("svg", "png", "pdf", "dot", "mermaid")
TextFormat = Literal["svg", "dot", "mermaid"]
BinaryFormat = Literal["png", "pdf"]


@overload
def render(
    cascade: Cascade,
    *,
    view: View | str = ...,
    fmt: TextFormat = ...,
    lang: Lang = ...,
    status: CascadeStatus | None = ...,
    color_by: ColorBy = ...,
    depth: int | None = ...,
    root: str | None = ...,
    budget: int = ...,
    cluster: str | None = ...,
    title: str | None = ...,
    drawn_on: dt.date | None = ...,
    timeout: float = ...,
) -> str: ...


@overload
def render(
    cascade: Cascade,
    *,
    view: View | str = ...,
    fmt: BinaryFormat,
    lang: Lang = ...,
    status: CascadeStatus | None = ...,
    color_by: ColorBy = ...,
    depth: int | None = ...,
    root: str | None = ...,
    budget: int = ...,
    cluster: str | None = ...,
    title: str | None = ...,
    drawn_on: dt.date | None = ...,
    timeout: float = ...,
) -> bytes: ...


@overload
def render(
    cascade: Cascade,
    *,
    view: View | str = ...,
    fmt: Format,
    lang: Lang = ...,
    status: CascadeStatus | None = ...,
    color_by: ColorBy = ...,
    depth: int | None = ...,
    root: str | None = ...,
    budget: int = ...,
    cluster: str | None = ...,
    title: str | None = ...,
    drawn_on: dt.date | None = ...,
    timeout: float = ...,
) -> str | bytes: ...


def render(
    cascade: Cascade,
    *,
    view: View | str = View.OBLIGATIONS,
    fmt: Format = "svg",
    lang: Lang = "vi",
    status: CascadeStatus | None = None,
    color_by: ColorBy = "state",
    depth: int | None = None,
    root: str | None = None,
    budget: int = DEFAULT_BUDGET,
    cluster: str | None = None,
    title: str | None = None,
    drawn_on: dt.date | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> str | bytes:
    """Draw ``cascade`` in ``view`` as ``fmt``.

    ``view`` is ``documents`` (the chain of documents), ``obligations`` (the
    obligation cascade between organisations) or ``organisations`` (the tree with
    roll-up counts). Boxes beyond ``budget`` are collapsed; ``depth`` and ``root``
    choose how deep and which branch. ``status`` colours obligations by state (or
    by bucket with ``color_by="bucket"``). svg, png and pdf run Graphviz's ``dot``
    under ``timeout`` seconds.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")

    def diagram(budget: int) -> Diagram:
        return extract(
            cascade,
            view=view,
            lang=lang,
            status=status,
            color_by=color_by,
            depth=depth,
            root=root,
            budget=budget,
            cluster=cluster,
            title=title,
            drawn_on=drawn_on,
        )

    if fmt == "mermaid":
        return _mermaid_within_limits(diagram, budget)
    source = to_dot(diagram(budget))
    if fmt == "dot":
        return source
    image = run_dot(source, fmt, timeout=timeout)
    return image.decode("utf-8") if fmt == "svg" else image


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
