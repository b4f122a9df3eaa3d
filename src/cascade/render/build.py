"""Cascade (+ optional status) → :class:`~cascade.render.ir.Diagram`.

The one entry point, :func:`extract`, checks the reader's choices, resolves
every obligation's state or bucket once, lets the view module collapse and
count, and adds the title block and the legend.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from cascade.clock import today
from cascade.errors import InputError
from cascade.model import Bucket, Cascade
from cascade.render import messages as m
from cascade.render.documents import document_chain
from cascade.render.ir import (
    OVERDUE_MARK,
    ColorBy,
    Diagram,
    EdgeKind,
    LegendItem,
    NodeKind,
    View,
)
from cascade.render.messages import Lang
from cascade.render.organisations import Parts, obligation_cascade, organisation_tree
from cascade.render.overlay import AS_WRITTEN, CascadeStatus
from cascade.render.view_context import Context

DEFAULT_BUDGET = 60
"""Boxes in a drawing before it collapses: about what a printed page can hold readably."""
CLUSTER_MODES = ("level", "parent", "none")
DEFAULT_CLUSTER = {View.DOCUMENTS: "parent", View.OBLIGATIONS: "level", View.ORGANISATIONS: "level"}


def extract(
    cascade: Cascade,
    *,
    view: View | str = View.OBLIGATIONS,
    lang: Lang = "vi",
    status: CascadeStatus | None = None,
    color_by: ColorBy = "state",
    depth: int | None = None,
    root: str | None = None,
    budget: int = DEFAULT_BUDGET,
    cluster: str | None = None,
    title: str | None = None,
    drawn_on: dt.date | None = None,
) -> Diagram:
    """The diagram of ``cascade`` in ``view``, collapsed to at most ``budget`` boxes.

    ``depth`` limits the levels shown below the roots (or ``root``, an
    organisation, or in the documents view also a document); ``cluster`` frames
    boxes by ``level``, by ``parent`` (the issuer, in the documents view) or not
    at all.
    """
    view = _choice(View, view, "view")
    if lang not in m.LANGS:
        raise InputError(f"unknown language {lang!r}; expected one of {', '.join(m.LANGS)}")
    if color_by not in ("state", "bucket"):
        raise InputError(f"unknown colouring {color_by!r}; expected state or bucket")
    cluster = cluster or DEFAULT_CLUSTER[view]
    if cluster not in CLUSTER_MODES:
        raise InputError(
            f"unknown clustering {cluster!r}; expected one of {', '.join(CLUSTER_MODES)}"
        )
    if budget < 1:
        raise InputError(f"the budget must be at least 1 box, not {budget}")
    if depth is not None and depth < 0:
        raise InputError(f"the depth must be 0 or more, not {depth}")
    status = status or AS_WRITTEN
    if color_by == "bucket" and status.buckets is None:
        raise InputError(
            "colouring by status bucket needs the buckets of the obligations "
            "(computed from events as of a date); colour by state instead"
        )
    ctx = Context.build(cascade, lang, status, color_by)
    options = {"root": root, "budget": budget, "depth": depth, "cluster": cluster}
    if view is View.DOCUMENTS:
        parts = document_chain(ctx, **options)  # type: ignore[arg-type]
    elif view is View.OBLIGATIONS:
        parts = obligation_cascade(ctx, **options)  # type: ignore[arg-type]
    else:
        parts = organisation_tree(ctx, **options)  # type: ignore[arg-type]
    return Diagram(
        view=view,
        lang=lang,
        title=_title(ctx, view, parts, title, budget, depth, drawn_on or today()),
        nodes=tuple(parts.nodes),
        edges=tuple(parts.edges),
        clusters=tuple(parts.clusters),
        legend=_legend(ctx, view, parts),
        legend_title=ctx.t("legend"),
        direction="TB" if view is View.DOCUMENTS else "LR",
        color_by=color_by,
        keys=ctx.keys,
    )


def _choice(enum: type[View], value: View | str, what: str) -> View:
    try:
        return enum(value)
    except ValueError:
        names = ", ".join(v.value for v in enum)
        raise InputError(f"unknown {what} {value!r}; expected one of {names}") from None


def _title(
    ctx: Context,
    view: View,
    parts: Parts,
    title: str | None,
    budget: int,
    depth: int | None,
    drawn_on: dt.date,
) -> tuple[str, ...]:
    info = ctx.cascade.cascade
    heading = title or m.pick(info.title, info.title_en, ctx.lang)
    second = ctx.t(f"view.{view.value}")
    if parts.root_name:
        second += " · " + ctx.t("root", name=parts.root_name)
    lines = [heading, second]
    if info.source:
        lines.append(ctx.t("source", source=info.source))
    as_of = ctx.status.as_of
    status_line = ctx.t("as_of", date=m.date(as_of, ctx.lang)) if as_of else ctx.t("as_written")
    lines.append(status_line + " · " + ctx.t("drawn_on", date=m.date(drawn_on, ctx.lang)))
    if parts.budget_limited:
        lines.append(ctx.t("collapsed.budget", budget=budget))
    elif parts.depth_limited and depth is not None:
        lines.append(ctx.t("collapsed.depth", depth=depth))
    return tuple(lines)


def _legend(ctx: Context, view: View, parts: Parts) -> tuple[LegendItem, ...]:
    items: list[LegendItem] = []
    kinds = {node.kind for node in parts.nodes}
    for kind, key in (
        (NodeKind.ORGANISATION, "legend.organisation"),
        (NodeKind.ORGANISATIONS, "legend.group"),
        (NodeKind.LIST, "legend.list"),
        (NodeKind.DOCUMENT, "legend.document"),
        (NodeKind.DOCUMENTS, "legend.documents"),
    ):
        if kind in kinds:
            items.append(LegendItem("node", kind.value, ctx.t(key)))
    edge_kinds = {edge.kind for edge in parts.edges}
    if view is View.DOCUMENTS:
        relations = dict.fromkeys(e.key for e in parts.edges if e.kind is EdgeKind.BASIS)
        for relation in ("implements", "based_on", "cites", "amends", "attached"):
            if relation in relations:
                word = "attached" if relation == "attached" else f"relation.{relation}"
                items.append(LegendItem("edge", relation, ctx.t(word)))
    if EdgeKind.SUBORDINATE in edge_kinds:
        items.append(LegendItem("edge", EdgeKind.SUBORDINATE.value, ctx.t("legend.subordinate")))
    if EdgeKind.SUCCESSOR in edge_kinds:
        items.append(LegendItem("edge", EdgeKind.SUCCESSOR.value, ctx.t("legend.successor")))
    # states or buckets, always in the same order: arrows where arrows carry them, else
    # swatches for the bars
    sample: Literal["edge", "swatch"] = "edge" if view is View.OBLIGATIONS else "swatch"
    for key in ctx.keys:
        if key in parts.keys:
            double = key == Bucket.OVERDUE and sample == "edge"  # overdue arrows are double lines
            items.append(LegendItem(sample, key, ctx.key_label(key), overdue=double))
    if parts.overdue and ctx.color_by == "state" and sample == "edge":
        items.append(LegendItem(sample, OVERDUE_MARK, ctx.t("legend.overdue"), overdue=True))
    if view is View.OBLIGATIONS and any(e.count > 1 for e in parts.edges):
        items.append(LegendItem("text", "count", ctx.t("legend.count")))
    if any(row.note for node in parts.nodes for row in node.rows):
        items.append(LegendItem("text", "hidden", ctx.t("legend.hidden")))
    if parts.keys:
        bar = "legend.bar" if ctx.color_by == "state" else "legend.bar.bucket"
        items.append(LegendItem("text", "bar", ctx.t(bar)))
    return tuple(items)
