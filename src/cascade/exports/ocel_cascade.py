"""The OCEL events the cascade itself implies, so that every object takes part in one.

Process-mining readers of OCEL 2.0 (pm4py's among them) keep only the objects
that some event relates to; obligations never started, documents and bodies
that no event names would vanish. So the export opens with:

``document issued``
    at the document's date, relating the document, its issuer (and the body it
    signs for) and its addressees;
``obligation assigned``
    at its document's date, relating the obligation, its document, its lead and
    coordinators, and who it reports to; it sets the obligation's ``state``
    attribute to the state it starts in;
``organisation succeeded``
    on the day after an organisation's ``valid_until``, relating it and its
    successors (the 2025 mergers).

A document dated only by its year counts from 1 January of that year, and one
with neither from the first recorded event; an assignment is never dated after
the obligation's first event. Names hold a space, which no id or trigger of the
cascade can (ids have none): they never clash with recorded events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from cascade.clock import VIETNAM, aware
from cascade.model import Cascade, Document, Event, Obligation

EPOCH = "1970-01-01T00:00:00Z"  # the standard's time of static attributes
ISSUED = "document issued"
ASSIGNED = "obligation assigned"
SUCCEEDED = "organisation succeeded"


def cascade_events(
    cascade: Cascade,
    history: Sequence[Event],
    objects: dict[str, dict[str, Any]],
    initial_state: str,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The implied events, oldest first, and their event types; adds each obligation's
    starting ``state`` and ``due`` day to its object in ``objects``."""
    first_seen = _first_events(history)
    fallback = min(first_seen.values(), default=dt.datetime(1970, 1, 1, tzinfo=dt.UTC))
    when = {doc.id: _document_time(doc, fallback) for doc in cascade.documents}
    milestones = _milestone_days(cascade, history)
    members = {g.id: g.members for g in cascade.groups}
    out = [_issued(doc, when[doc.id], members) for doc in cascade.documents]
    for ob in cascade.obligations:
        at = min(when[ob.document], first_seen.get(ob.id, when[ob.document]))
        state = ob.state or initial_state
        out.append(_assigned(cascade, ob, at, state))
        attributes = objects[f"obligation:{ob.id}"]["attributes"]
        attributes.append({"name": "state", "value": state, "time": _iso(at)})
        due = _due(ob, milestones)
        if due is not None:
            attributes.append({"name": "due", "value": due, "time": EPOCH})
    for org in cascade.organisations:
        if org.valid_until is not None and org.successors:
            out.append(_succeeded(org.id, org.valid_until, org.successors))
    out.sort(key=lambda e: dt.datetime.fromisoformat(e["time"]))
    types: list[dict[str, Any]] = [
        {"name": ISSUED, "attributes": []},
        {"name": ASSIGNED, "attributes": [{"name": "state", "type": "string"}]},
        {"name": SUCCEEDED, "attributes": []},
    ]
    return out, types


def _iso(at: dt.datetime) -> str:
    return at.isoformat()


def _first_events(history: Sequence[Event]) -> dict[str, dt.datetime]:
    """Each obligation's earliest event time (times without an offset are Vietnam time)."""
    first: dict[str, dt.datetime] = {}
    for event in history:
        at = aware(event.at)
        if event.obligation is not None and (
            event.obligation not in first or at < first[event.obligation]
        ):
            first[event.obligation] = at
    return first


def _document_time(doc: Document, fallback: dt.datetime) -> dt.datetime:
    if doc.date is not None:
        return dt.datetime.combine(doc.date, dt.time(), VIETNAM)
    if doc.year is not None:
        return dt.datetime(doc.year, 1, 1, tzinfo=VIETNAM)
    return fallback


def _milestone_days(cascade: Cascade, history: Sequence[Event]) -> dict[str, dt.date]:
    """When each milestone happened: recorded by an event, else its date in the file."""
    days = {m.id: m.date for m in cascade.milestones if m.date is not None}
    for event in history:
        if event.milestone is not None:
            at = aware(event.at)
            days[event.milestone] = at.astimezone(VIETNAM).date()
    return days


def _due(ob: Obligation, milestones: dict[str, dt.date]) -> str | None:
    """The due day as an RFC 3339 time (start of the day, Vietnam), when one is fixed."""
    deadline = ob.deadline
    day: dt.date | None = None
    if deadline.kind == "absolute":
        day = deadline.due
    elif deadline.kind == "period":
        day = deadline.end
    elif deadline.kind == "event" and deadline.milestone in milestones:
        day = milestones[deadline.milestone] + dt.timedelta(days=deadline.offset_days)
    if day is None:
        return None  # continuous, recurring, or a milestone not reached
    return dt.datetime.combine(day, dt.time(), VIETNAM).isoformat()


def _links(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    seen: set[tuple[str, str]] = set()
    out = []
    for target, qualifier in pairs:
        if (target, qualifier) not in seen:
            seen.add((target, qualifier))
            out.append({"objectId": target, "qualifier": qualifier})
    return out


def _issued(doc: Document, at: dt.datetime, members: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    links = [(f"document:{doc.id}", "document"), (f"organisation:{doc.issuer}", "issuer")]
    if doc.on_behalf_of:
        links.append((f"organisation:{doc.on_behalf_of}", "on behalf of"))
    for addressee in doc.addressees:
        links += [(f"organisation:{m}", "addressee") for m in members.get(addressee, (addressee,))]
    return {
        "id": f"{ISSUED} {doc.id}",
        "type": ISSUED,
        "time": _iso(at),
        "attributes": [],
        "relationships": _links(*links),
    }


def _assigned(cascade: Cascade, ob: Obligation, at: dt.datetime, state: str) -> dict[str, Any]:
    links = [
        (f"obligation:{ob.id}", "obligation"),
        (f"document:{ob.document}", "document"),
        (f"organisation:{ob.lead}", "lead"),
        *((f"organisation:{c}", "coordinator") for c in ob.coordinators),
        (f"organisation:{cascade.report_to(ob)}", "reports to"),
    ]
    return {
        "id": f"{ASSIGNED} {ob.id}",
        "type": ASSIGNED,
        "time": _iso(at),
        "attributes": [{"name": "state", "value": state}],
        "relationships": _links(*links),
    }


def _succeeded(org: str, last_day: dt.date, successors: Sequence[str]) -> dict[str, Any]:
    at = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time(), VIETNAM)
    links = [(f"organisation:{org}", "predecessor")]
    links += [(f"organisation:{s}", "successor") for s in successors]
    return {
        "id": f"{SUCCEEDED} {org}",
        "type": SUCCEEDED,
        "time": _iso(at),
        "attributes": [],
        "relationships": _links(*links),
    }
