"""Cascade (+ optional status) → :class:`~cascade.render.ir.Diagram`.

The one entry point, :func:`extract`, checks the reader's choices, resolves
every obligation's state or bucket once, lets the view module collapse and
count, and adds the title block and the legend.
"""

from __future__ import annotations

from typing import Literal

from cascade.clock import today
from cascade.errors import InputError
from cascade.model import Bucket, Cascade
from cascade.render import messages as m
from cascade.render.documents import document_chain
from cascade.render.ir import (
    OVERDUE_MARK,
    Diagram,
    EdgeKind,
    LegendItem,
    NodeKind,
    View,
)
from cascade.render.options import RenderOptions
from cascade.render.organisations import Parts, obligation_cascade, organisation_tree
from cascade.render.overlay import AS_WRITTEN, CascadeStatus
from cascade.render.view_context import Context


def extract(
    cascade: Cascade, options: RenderOptions | None = None, status: CascadeStatus | None = None
) -> Diagram:
    """The diagram of ``cascade`` as ``options`` say (:class:`RenderOptions`), with the
    obligations where ``status`` says they stand (default: as written)."""
    options = options or RenderOptions()
    view = options.view
    status = status or AS_WRITTEN
    if options.color_by == "bucket" and status.buckets is None:
        raise InputError(
            "colouring by status bucket needs the buckets of the obligations "
            "(computed from events as of a date); colour by state instead"
        )
    ctx = Context.build(cascade, options.lang, status, options.color_by)
    choices = {
        "root": options.root,
        "budget": options.budget,
        "depth": options.depth,
        "cluster": options.clustering,
    }
    if view is View.DOCUMENTS:
        parts = document_chain(ctx, **choices)  # type: ignore[arg-type]
    elif view is View.OBLIGATIONS:
        parts = obligation_cascade(ctx, **choices)  # type: ignore[arg-type]
    else:
        parts = organisation_tree(ctx, **choices)  # type: ignore[arg-type]
    return Diagram(
        view=view,
        lang=options.lang,
        title=_title(ctx, parts, options),
        nodes=tuple(parts.nodes),
        edges=tuple(parts.edges),
        clusters=tuple(parts.clusters),
        legend=_legend(ctx, view, parts),
        legend_title=ctx.t("legend"),
        direction="TB" if view is View.DOCUMENTS else "LR",
        color_by=options.color_by,
        keys=ctx.keys,
    )


def _title(ctx: Context, parts: Parts, options: RenderOptions) -> tuple[str, ...]:
    info = ctx.cascade.cascade
    heading = options.title or m.pick(info.title, info.title_en, ctx.lang)
    second = ctx.t(f"view.{options.view.value}")
    if parts.root_name:
        second += " · " + ctx.t("root", name=parts.root_name)
    lines = [heading, second]
    if info.source:
        lines.append(ctx.t("source", source=info.source))
    as_of = ctx.status.as_of
    status_line = ctx.t("as_of", date=m.date(as_of, ctx.lang)) if as_of else ctx.t("as_written")
    drawn_on = options.drawn_on or today()
    lines.append(status_line + " · " + ctx.t("drawn_on", date=m.date(drawn_on, ctx.lang)))
    if parts.budget_limited:
        lines.append(ctx.t("collapsed.budget", budget=options.budget))
    elif parts.depth_limited and options.depth is not None:
        lines.append(ctx.t("collapsed.depth", depth=options.depth))
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
        for relation in (
            "implements",
            "based_on",
            "cites",
            "amends",
            "replaces",
            "attached",
        ):
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
