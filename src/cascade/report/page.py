"""Everything the HTML report shows, gathered from the tracker in one place.

:func:`build_page` reads the status (:func:`cascade.engine.status.due_days`), the trend
(:func:`cascade.report.trend.trend`), the history and the cascade diagram, and
returns a :class:`ReportPage`: the parts drawn on the server (header, buckets,
diagram, trend chart) and the data the page's script lays out (``data``).

The data is columnar and de-duplicated so that a 100,000-obligation cascade stays
a few megabytes: organisations, documents, levels and texts (actions, deadlines,
notes) are listed once and referred to by position; obligations and events are
parallel arrays. The script shows them a page at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cascade.report.trend import Period, TrendPoint, trend
from cascade.report.wording import Lang, pick

if TYPE_CHECKING:
    from cascade.engine.status import Counts
    from cascade.engine.tracker import Tracker
    from cascade.model import Cascade


@dataclass(frozen=True)
class ReportPage:
    """The report of one cascade as of one day, in one language."""

    lang: Lang
    title: str
    cascade_id: str
    source: str | None
    documents: list[dict[str, str]]
    as_of: dt.date
    generated: dt.date
    totals: Counts
    diagram: str
    period: Period
    trend: list[TrendPoint]
    filters: str = ""
    data: dict[str, Any] = field(default_factory=dict)


class _Texts:
    """A table of distinct strings: each is stored once and referred to by position."""

    def __init__(self) -> None:
        self.items: list[str] = [""]
        self._index: dict[str, int] = {"": 0}

    def __call__(self, text: str | None) -> int:
        if not text:
            return 0
        found = self._index.get(text)
        if found is None:
            found = self._index[text] = len(self.items)
            self.items.append(text)
        return found


def build_page(
    tracker: Tracker,
    as_of: dt.date,
    *,
    lang: Lang = "vi",
    period: Period = "month",
    only: Collection[int] | None = None,
    filters: str = "",
    generated: dt.date | None = None,
) -> ReportPage:
    """The report of ``tracker`` as of the end of ``as_of``; ``only`` keeps the obligations
    at those positions (a filter, described by ``filters``)."""
    from cascade.clock import today
    from cascade.engine.status import Counts, due_days

    cascade = tracker.cascade
    states, codes, due = due_days(tracker, as_of)
    kept = range(len(codes)) if only is None else sorted(only)
    tally = [0] * 5
    for o in kept:
        tally[codes[o]] += 1
    info = cascade.cascade
    data = _data(tracker, lang, kept, states, codes, due)
    diagram, node_orgs = _diagram(tracker, as_of, lang)
    data["diagram_nodes"] = node_orgs
    return ReportPage(
        lang=lang,
        title=pick(info.title, info.title_en, lang),
        cascade_id=info.id,
        source=info.source,
        documents=_source_documents(cascade, lang),
        as_of=as_of,
        generated=generated or today(),
        totals=Counts(*tally),
        diagram=diagram,
        period=period,
        trend=trend(tracker, as_of, period, only=only),
        filters=filters,
        data=data,
    )


def _source_documents(cascade: Cascade, lang: Lang) -> list[dict[str, str]]:
    """The documents that rest on no other of the cascade: where it starts (at most 12)."""
    tops = [d for d in cascade.documents if not d.rests_on] or list(cascade.documents)
    out = []
    for doc in tops[:12]:
        issuer = cascade.organisation(doc.issuer)
        out.append(
            {
                "identifier": doc.identifier,
                "title": doc.title or doc.kind,
                "subject": doc.subject or "",
                "issuer": pick(issuer.name, issuer.name_en, lang),
                "date": doc.date.isoformat() if doc.date else (str(doc.year) if doc.year else ""),
            }
        )
    return out


def _data(
    tracker: Tracker,
    lang: Lang,
    kept: Sequence[int],
    states: Sequence[str],
    codes: Sequence[int],
    due: dict[int, int | None],
) -> dict[str, Any]:
    """The columns the page's script reads (see the module docstring)."""
    cascade, tb = tracker.cascade, tracker.tables
    texts = _Texts()
    level_ids = [lv.id for lv in sorted(cascade.levels, key=lambda lv: lv.rank)]
    level_ids += sorted({o.level for o in cascade.organisations if o.level} - set(level_ids))
    level_index = {lv: k for k, lv in enumerate(level_ids)}
    level_names = {lv.id: pick(lv.name, lv.name_en, lang) for lv in cascade.levels}
    orgs = cascade.organisations
    state_ids = list(tracker.lifecycle.states)
    state_index = {s: k for k, s in enumerate(state_ids)}
    obs = [cascade.obligations[o] for o in kept]
    row_of = {o: k for k, o in enumerate(kept)}
    return {
        "levels": [{"id": lv, "name": level_names.get(lv, lv)} for lv in level_ids],
        "states": [_state_label(tracker, s, lang) for s in state_ids],
        "triggers": {
            tr.id: pick(tr.name, tr.name_en, lang) for tr in tracker.lifecycle.definition.triggers
        },
        "orgs": {
            "id": [o.id for o in orgs],
            "name": [pick(o.name, o.name_en, lang) for o in orgs],
            "level": [level_index.get(o.level, -1) if o.level else -1 for o in orgs],
            "parent": [tb.org_index.get(o.parent, -1) if o.parent else -1 for o in orgs],
        },
        "docs": {
            "id": [d.id for d in cascade.documents],
            "identifier": [d.identifier for d in cascade.documents],
            "date": [d.date.isoformat() if d.date else "" for d in cascade.documents],
        },
        "obs": {
            "id": [ob.id for ob in obs],
            "action": [texts(ob.action) for ob in obs],
            "lead": [tb.lead[o] for o in kept],
            "doc": [tb.doc[o] for o in kept],
            "bucket": [codes[o] for o in kept],
            "state": [state_index[states[o]] for o in kept],
            "due": [_iso(due.get(o)) for o in kept],
            "deadline": [texts(ob.deadline.text or ob.deadline.kind) for ob in obs],
            "report_to": [tb.report_to[o] for o in kept],
            "parent": [row_of.get(tb.parent[o], -1) for o in kept],  # a row, -1: none shown
        },
        "events": _events(tracker, row_of, texts),
        "texts": texts.items,
    }


def _events(tracker: Tracker, row_of: dict[int, int], texts: _Texts) -> dict[str, list[Any]]:
    """The history of the kept obligations as columns, ``ob`` being the row in ``obs``
    and ``at`` whole POSIX seconds (the page shows them in Vietnam time)."""
    history = tracker.history_columns()
    out: dict[str, list[Any]] = {"ob": [], "at": [], "trigger": [], "actor": [], "note": []}
    triggers, org_index = _Texts(), tracker.tables.org_index
    notes = history.note
    for row, o in enumerate(history.obligation):
        k = row_of.get(o)  # None for a milestone (-1) or an obligation left out
        if k is None:
            continue
        out["ob"].append(k)
        out["at"].append(int(history.at[row]))
        out["trigger"].append(triggers(history.trigger[row]))
        out["actor"].append(org_index.get(history.actor[row], -1))
        out["note"].append(texts(notes.get(row)))
    out["trigger_names"] = triggers.items
    return out


def _state_label(tracker: Tracker, state: str, lang: Lang) -> str:
    for s in tracker.lifecycle.definition.states:
        if s.id == state:
            return pick(s.name, s.name_en, lang)
    return state


def _iso(ordinal: int | None) -> str:
    return dt.date.fromordinal(ordinal).isoformat() if ordinal is not None else ""


def _diagram(tracker: Tracker, as_of: dt.date, lang: Lang) -> tuple[str, dict[str, int]]:
    """The cascade drawn by bucket as inline SVG, and which organisation each box is."""
    from cascade.render import CascadeStatus, RenderOptions, extract, to_dot
    from cascade.render.graphviz_run import run_dot
    from cascade.render.ir import NodeKind
    from cascade.render.palette import with_font_fallback

    cascade = tracker.cascade
    options = RenderOptions(lang=lang, color_by="bucket", drawn_on=as_of)  # as `render` draws
    drawn = extract(cascade, options, CascadeStatus.from_tracker(tracker, as_of))
    svg = with_font_fallback(run_dot(to_dot(drawn), "svg").decode("utf-8"))
    svg = svg[svg.index("<svg") :]  # drop the XML prolog and doctype: it sits inside HTML
    names: dict[str, int] = {}
    for k, org in enumerate(cascade.organisations):
        name = pick(org.name, org.name_en, lang)
        names[name] = -1 if name in names else k  # a name two bodies share maps to none
    boxes = {}
    for node in drawn.nodes:
        k = names.get(" ".join(node.title.split()), -1)
        if node.kind == NodeKind.ORGANISATION and k >= 0:
            boxes[node.id] = k
    return svg, boxes
