"""What is overdue and what falls due within N days, per organisation ("nhắc việc").

:func:`due_list` reads the buckets and due days of :func:`cascade.engine.status.open_due_days`
(the same as ``cascade status`` counts) and keeps every overdue obligation and every
one within deadline whose due day is at most ``within`` days after the as-of day.
Obligations with no due day (continuous, a milestone not recorded yet) are never
listed. Items run by lead organisation (in the cascade's order), then due day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from cascade.errors import InputError
from cascade.report.wording import Lang, pick

if TYPE_CHECKING:
    from cascade.engine.tracker import Tracker


@dataclass(frozen=True)
class DueObligation:
    """One listed obligation; ``days`` is the due day minus the as-of day (< 0: overdue)."""

    id: str
    action: str
    lead: str
    lead_name: str
    document: str
    document_identifier: str
    report_to: str
    report_to_name: str
    deadline: str
    due: dt.date
    days: int
    bucket: str
    state: str


@dataclass(frozen=True)
class DueList:
    """The obligations overdue or due within ``within`` days as of ``as_of``."""

    cascade: str
    title: str
    as_of: dt.date
    within: int
    items: tuple[DueObligation, ...]

    def organisations(self) -> list[tuple[str, str, list[DueObligation]]]:
        """(id, name, items) per lead organisation, in the order of the items."""
        out: dict[str, tuple[str, str, list[DueObligation]]] = {}
        for item in self.items:
            out.setdefault(item.lead, (item.lead, item.lead_name, []))[2].append(item)
        return list(out.values())

    def as_dict(self) -> dict[str, object]:
        """JSON-ready, dates as ISO 8601."""
        return {
            "cascade": self.cascade,
            "as_of": self.as_of.isoformat(),
            "within_days": self.within,
            "obligations": [{**asdict(item), "due": item.due.isoformat()} for item in self.items],
        }


def due_list(
    tracker: Tracker,
    as_of: dt.date,
    within: int,
    only: Collection[int] | None = None,
    lang: Lang = "vi",
) -> DueList:
    """Overdue obligations and those due within ``within`` days of ``as_of``.

    ``only`` keeps the obligations at those positions (a filter); names follow ``lang``.
    """
    if within < 0:
        raise InputError(f"--within must be 0 or more days, not {within}")
    from cascade.engine.status import BUCKETS, OVERDUE, due_days

    states, codes, due = due_days(tracker, as_of)
    cascade, day = tracker.cascade, as_of.toordinal()
    kept = set(only) if only is not None else None
    orgs = {
        org.id: (k, pick(org.name, org.name_en, lang))
        for k, org in enumerate(cascade.organisations)
    }
    items = []
    for o, on in due.items():
        if on is None or (kept is not None and o not in kept):
            continue
        if codes[o] != OVERDUE and on - day > within:
            continue
        ob = cascade.obligations[o]
        doc = cascade.document(ob.document)
        report_to = cascade.report_to(ob)
        items.append(
            DueObligation(
                id=ob.id,
                action=ob.action,
                lead=ob.lead,
                lead_name=orgs[ob.lead][1],
                document=doc.id,
                document_identifier=doc.identifier,
                report_to=report_to,
                report_to_name=orgs[report_to][1],
                deadline=ob.deadline.text or dt.date.fromordinal(on).isoformat(),
                due=dt.date.fromordinal(on),
                days=on - day,
                bucket=BUCKETS[codes[o]],
                state=states[o],
            )
        )
    items.sort(key=lambda i: (orgs[i.lead][0], i.due, i.id))
    info = cascade.cascade
    title = pick(info.title, info.title_en, lang)
    return DueList(info.id, title, as_of, within, tuple(items))
