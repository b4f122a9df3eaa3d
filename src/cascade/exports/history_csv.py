"""CSV export of a cascade's history, one row per event, for spreadsheets.

Written as UTF-8 with a byte-order mark so that Excel shows Vietnamese
diacritics (LibreOffice and Python's ``csv`` with ``encoding="utf-8-sig"`` read
it too). Columns are stable ids in English; organisation names are given in
Vietnamese beside the ids so that a reader need not look them up. ``lead`` and
``report_to`` are who held those roles on the event's day (after the cascade's
amendments in force then).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping

from cascade.boundary.csv_cells import csv_cell
from cascade.clock import VIETNAM, aware
from cascade.engine.timeline import resolve
from cascade.model import Cascade
from cascade.store.port import StoredEvent

COLUMNS = (
    "seq", "event_id", "at", "obligation", "document", "trigger", "milestone", "actor",
    "actor_name", "lead", "lead_name", "report_to", "version", "state", "note", "evidence",
)  # fmt: skip


def to_csv(
    cascade: Cascade, history: Iterable[StoredEvent], states: Mapping[str, str] | None = None
) -> str:
    """The CSV text (with a BOM) of ``history``; ``states``: event id -> state after it."""
    states = states or {}
    names = {org.id: org.name for org in cascade.organisations}
    plan = resolve(cascade)
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for item in history:
        e = item.event
        ob = cascade.obligation(e.obligation) if e.obligation is not None else None
        lead, report_to = (ob.lead, cascade.report_to(ob)) if ob else (None, "")
        if ob is not None and ob.id in plan.changes:  # re-held: who held it that day
            held = plan.holding(ob, aware(e.at).astimezone(VIETNAM).date())
            lead, report_to = held.lead, held.report_to or report_to
        writer.writerow(map(csv_cell, (
            item.seq, e.id, e.at.isoformat(), e.obligation or "", ob.document if ob else "",
            e.trigger or "", e.milestone or "", e.actor, names.get(e.actor, ""),
            lead or "", names.get(lead, "") if lead else "",
            report_to, item.version or "", states.get(e.id, ""),
            e.note or "", e.evidence or "",
        )))  # fmt: skip
    return out.getvalue()
