"""The self-contained HTML report: one file that loads nothing from anywhere.

The template (``assets/report.html.j2``, Jinja2 with escaping on) lays out what
:class:`~cascade.report.page.ReportPage` holds; styles and the script are read
from ``assets/`` and inlined, the cascade drawing and the trend chart are inline
SVG, and the data the script lays out is JSON in a ``<script type="application/json">``
element (``<`` written as ``\\u003c``, so no text can close it). A Content Security
Policy forbids every load, so an opened report cannot reach a network even by mistake.

At scale the page aggregates and paginates: the four buckets, the diagram
(collapsed to a few dozen boxes) and the trend are drawn once on the server; the
organisation and obligation tables show a page of rows at a time from the data.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

from jinja2 import Environment, StrictUndefined

from cascade import __version__
from cascade.engine.status import BUCKETS
from cascade.report.chart import trend_svg
from cascade.report.page import ReportPage
from cascade.report.wording import date, number, t

JS_MESSAGES = (
    "col.id", "col.organisation", "col.level", "col.document", "col.action", "col.due",
    "col.bucket", "col.state", "col.report_to", "col.deadline", "col.when", "col.event",
    "col.actor", "col.note", "col.total", "report.previous", "report.next", "report.page",
    "report.shown", "report.history", "report.no_history", "report.clear", "report.subtree",
    "report.parent",
)  # fmt: skip


def _asset(name: str) -> str:
    return files("cascade.report").joinpath("assets", name).read_text(encoding="utf-8")


def to_html(page: ReportPage) -> str:
    """The report as one HTML document."""
    lang = page.lang
    environment = Environment(
        autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True
    )
    template = environment.from_string(_asset("report.html.j2"))
    counted = sum(page.totals.as_tuple()[:4])
    cards = [
        {
            "key": key,
            "label": t(f"bucket.{key}", lang),
            "count": number(value, lang),
            "share": f"{100 * value / counted:.0f}%" if counted else "",
        }
        for key, value in zip(BUCKETS, page.totals.as_tuple(), strict=False)
    ]
    return template.render(
        lang=lang,
        version=__version__,
        t=lambda key, **values: t(key, lang, **values),
        title=page.title,
        cascade_id=page.cascade_id,
        source=page.source,
        documents=page.documents,
        as_of_text=date(page.as_of, lang),
        generated_text=date(page.generated, lang),
        filters=page.filters,
        cards=cards,
        total=number(page.totals.total, lang),
        closed=number(page.totals.closed, lang) if page.totals.closed else "",
        diagram=page.diagram,
        period_word=t(f"report.period.{page.period}", lang),
        chart=trend_svg(page.trend, lang),
        bucket_keys=BUCKETS,
        trend=[
            {
                "period": p.period,
                "cells": [number(v, lang) for v in (*p.counts.as_tuple()[:4], p.counts.total)],
            }
            for p in page.trend
        ],
        css=_asset("report.css"),
        js=_asset("report.js"),
        data_json=_script_json(_page_data(page)),
    )


def _page_data(page: ReportPage) -> dict[str, Any]:
    lang = page.lang
    return {
        **page.data,
        "lang": lang,
        "messages": {key: t(key, lang) for key in JS_MESSAGES},
        "bucket_keys": [*BUCKETS, "closed"],
        "bucket_labels": [t(f"bucket.{key}", lang) for key in BUCKETS] + [t("report.closed", lang)],
        "has_closed": page.totals.closed > 0,
    }


def _script_json(data: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``<`` to open or close a tag."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c")
