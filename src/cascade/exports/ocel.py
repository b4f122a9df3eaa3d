"""OCEL 2.0 JSON export of a cascade's history, for process-mining tools.

OCEL 2.0 (Object-Centric Event Log, https://www.ocel-standard.org/) has objects
and events; each event relates to several objects. Here:

* **objects** of three types: ``document``, ``obligation`` and
  ``organisation``, with their attributes (Vietnamese text as written) and
  object-to-object relationships: an obligation is *created by* its document,
  held by its *lead*, *reports to* a body, *implements* its parent obligation;
  a document is *issued by* an organisation and *addressed to* others; an
  organisation is *subordinate to* its parent;
* **events**: every lifecycle transition (type = the trigger: ``start``,
  ``report``, ``accept`` …) related to its *obligation*, the *actor* and the
  obligation's *document*, with ``actor``, ``note`` and ``evidence``
  attributes; milestone events (type ``milestone``) relate to the actor.
  Before them, what the cascade itself says happened (:mod:`cascade.exports.ocel_cascade`):
  each document's ``issue``, each obligation's ``assign`` (its initial ``state``)
  and each organisation's ``succeed`` (ceased, with successors), so that every
  object takes part in an event: process-mining readers keep only those.

Obligations carry their deadline as ``due`` (a time attribute) when the file or
the history fixes a day. Object ids carry their type
(``obligation:1.1@bao-kien-giang``) because ids of different kinds may coincide.
Times are RFC 3339 with an offset (a time written without one is Vietnam time,
+07:00); static attributes carry the standard's initial time, 1970-01-01T00:00:00Z.
All attribute values are strings, as the OCEL 2.0 JSON schema requires. When the
state after each event is known
(``states``), obligations get a time-varying ``state`` attribute.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from cascade.clock import aware
from cascade.model import Cascade, Event

EPOCH = "1970-01-01T00:00:00Z"
OBJECT_ATTRIBUTES = {
    "document": ("identifier", "kind", "title", "subject", "date", "drafting_unit"),
    "obligation": ("action", "clause", "force", "deadline", "due", "state"),
    "organisation": ("name", "name_en", "kind", "level"),
}
EVENT_ATTRIBUTES = ("actor", "note", "evidence")


def to_ocel(
    cascade: Cascade,
    events: Iterable[Event],
    states: Mapping[str, str] | None = None,
    initial_state: str = "assigned",
) -> dict[str, Any]:
    """The OCEL 2.0 JSON document of ``cascade`` and its ``events``.

    ``states`` maps an event id to the obligation's state after that event;
    ``initial_state`` is where an obligation not written otherwise starts.
    """
    from cascade.exports.ocel_cascade import cascade_events

    states = states or {}
    events = list(events)
    objects = {**_organisations(cascade), **_documents(cascade), **_obligations(cascade)}
    out_events, cascade_types = cascade_events(cascade, events, objects, initial_state)
    types: list[str] = []
    for event in events:
        kind = event.trigger or "milestone"
        if kind not in types:
            types.append(kind)
        out_events.append(_event(cascade, event, kind))
        state = states.get(event.id)
        if event.obligation is not None and state is not None:
            objects[f"obligation:{event.obligation}"]["attributes"].append(
                {"name": "state", "value": state, "time": _time(event.at)}
            )
    attribute_types = {"date": "time", "due": "time"}
    return {
        "objectTypes": [
            {
                "name": name,
                "attributes": [
                    {"name": a, "type": attribute_types.get(a, "string")} for a in names
                ],
            }
            for name, names in OBJECT_ATTRIBUTES.items()
        ],
        "eventTypes": [
            *cascade_types,
            *(
                {
                    "name": name,
                    "attributes": [
                        {"name": a, "type": "string"}
                        for a in (
                            *EVENT_ATTRIBUTES,
                            *(("milestone",) if name == "milestone" else ()),
                        )
                    ],
                }
                for name in types
            ),
        ],
        "objects": list(objects.values()),
        "events": out_events,
    }


def _time(at: dt.datetime) -> str:
    return aware(at).isoformat()


def _attributes(values: Mapping[str, object]) -> list[dict[str, str]]:
    return [
        {"name": name, "value": str(value), "time": EPOCH}
        for name, value in values.items()
        if value is not None
    ]


def _object(
    kind: str, key: str, values: Mapping[str, object], links: list[tuple[str, str]]
) -> dict[str, Any]:
    return {
        "id": f"{kind}:{key}",
        "type": kind,
        "attributes": _attributes(values),
        "relationships": [{"objectId": target, "qualifier": q} for target, q in links],
    }


def _organisations(cascade: Cascade) -> dict[str, dict[str, Any]]:
    out = {}
    for org in cascade.organisations:
        links = [(f"organisation:{org.parent}", "subordinate to")] if org.parent else []
        links += [(f"organisation:{s}", "succeeded by") for s in org.successors]
        values = {"name": org.name, "name_en": org.name_en, "kind": org.kind, "level": org.level}
        out[f"organisation:{org.id}"] = _object("organisation", org.id, values, links)
    return out


def _documents(cascade: Cascade) -> dict[str, dict[str, Any]]:
    members = {g.id: g.members for g in cascade.groups}
    out = {}
    for doc in cascade.documents:
        links = [(f"organisation:{doc.issuer}", "issued by")]
        if doc.on_behalf_of:
            links.append((f"organisation:{doc.on_behalf_of}", "on behalf of"))
        for addressee in doc.addressees:
            links += [
                (f"organisation:{m}", "addressed to") for m in members.get(addressee, (addressee,))
            ]
        links += [
            (f"document:{b.document}", b.relation.value.replace("_", " ")) for b in doc.rests_on
        ]
        date = f"{doc.date.isoformat()}T00:00:00+07:00" if doc.date else None
        values = {
            "identifier": doc.identifier, "kind": doc.kind, "title": doc.title,
            "subject": doc.subject, "date": date, "drafting_unit": doc.drafting_unit,
        }  # fmt: skip
        out[f"document:{doc.id}"] = _object("document", doc.id, values, links)
    return out


def _obligations(cascade: Cascade) -> dict[str, dict[str, Any]]:
    out = {}
    for ob in cascade.obligations:
        links = [
            (f"document:{ob.document}", "created by"),
            (f"organisation:{ob.lead}", "lead"),
            (f"organisation:{cascade.report_to(ob)}", "reports to"),
        ]
        links += [(f"organisation:{c}", "coordinator") for c in ob.coordinators]
        if ob.via:
            links.append((f"organisation:{ob.via}", "via"))
        if ob.implements:
            links.append((f"obligation:{ob.implements}", "implements"))
        deadline = ob.deadline.text or ob.deadline.kind
        values = {
            "action": ob.action,
            "clause": ob.clause,
            "force": ob.force.value,
            "deadline": deadline,
        }
        out[f"obligation:{ob.id}"] = _object("obligation", ob.id, values, links)
    return out


def _event(cascade: Cascade, event: Event, kind: str) -> dict[str, Any]:
    links = [(f"organisation:{event.actor}", "actor")]
    if event.obligation is not None:
        document = cascade.obligation(event.obligation).document
        links = [(f"obligation:{event.obligation}", "obligation"), *links,
                 (f"document:{document}", "document")]  # fmt: skip
    values = {"actor": event.actor, "note": event.note, "evidence": event.evidence}
    if event.milestone is not None:
        values["milestone"] = event.milestone
    return {
        "id": event.id,
        "type": kind,
        "time": _time(event.at),
        "attributes": [{"name": n, "value": v} for n, v in values.items() if v is not None],
        "relationships": [{"objectId": target, "qualifier": q} for target, q in links],
    }
