"""Reference checks on a file-layer cascade: every id names something that exists.

Pure functions over :class:`~cascade.model.CascadeFile`; each problem is a
``(path, message)`` pair whose path the loader turns into file:line:col.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from cascade.errors import IdentifierError
from cascade.identifiers import parse_identifier
from cascade.model import CascadeFile

Problem = tuple[tuple[str | int, ...], str]


def check_references(cf: CascadeFile) -> list[Problem]:
    """Every dangling reference, duplicate id and bad identifier in ``cf``."""
    return list(_duplicates(cf)) + list(_dangling(cf))


def _duplicates(cf: CascadeFile) -> Iterator[Problem]:
    namespaces: list[tuple[str, Iterable[tuple[str, str]]]] = [
        ("level", (("levels", lv.id) for lv in cf.levels)),
        (
            "organisation or group",
            [
                *(("organisations", o.id) for o in cf.organisations),
                *(("groups", g.id) for g in cf.groups),
            ],
        ),
        ("milestone", (("milestones", m.id) for m in cf.milestones)),
        ("document", (("documents", d.id) for d in cf.documents)),
        ("obligation", (("obligations", o.id) for o in cf.obligations)),
    ]
    for kind, entries in namespaces:
        seen: set[str] = set()
        counters: dict[str, int] = {}
        for section, item_id in entries:
            index = counters.get(section, 0)
            counters[section] = index + 1
            if item_id in seen:
                yield (section, index, "id"), f"duplicate {kind} id {item_id!r}"
            seen.add(item_id)


def _dangling(cf: CascadeFile) -> Iterator[Problem]:
    levels = {lv.id for lv in cf.levels}
    orgs = {o.id for o in cf.organisations}
    groups = {g.id for g in cf.groups}
    parties = orgs | groups
    docs = {d.id for d in cf.documents}
    milestones = {m.id for m in cf.milestones}
    obligations = {o.id for o in cf.obligations}

    def unknown(
        kind: str, ref: str | None, known: set[str], path: tuple[str | int, ...]
    ) -> Iterator[Problem]:
        if ref is not None and ref not in known:
            yield path, f"unknown {kind} {ref!r}"

    for i, org in enumerate(cf.organisations):
        p: tuple[str | int, ...] = ("organisations", i)
        if levels or org.level is not None:
            yield from unknown("level", org.level, levels, (*p, "level"))
        yield from unknown("organisation", org.parent, orgs, (*p, "parent"))
        for j, succ in enumerate(org.successors):
            yield from unknown("organisation", succ, orgs, (*p, "successors", j))
    for i, group in enumerate(cf.groups):
        if not group.members:
            yield ("groups", i, "members"), f"group {group.id!r} has no members"
        for j, member in enumerate(group.members):
            yield from unknown("organisation", member, orgs, ("groups", i, "members", j))
    for i, doc in enumerate(cf.documents):
        p = ("documents", i)
        try:
            parse_identifier(doc.identifier)
        except IdentifierError as exc:
            yield (*p, "identifier"), f"bad document identifier {doc.identifier!r}: {exc.reason}"
        yield from unknown("organisation", doc.issuer, orgs, (*p, "issuer"))
        yield from unknown("organisation", doc.on_behalf_of, orgs, (*p, "on_behalf_of"))
        for j, basis in enumerate(doc.rests_on):
            yield from unknown("document", basis.document, docs, (*p, "rests_on", j, "document"))
            if basis.document == doc.id:
                yield (*p, "rests_on", j, "document"), f"document {doc.id!r} rests on itself"
        for j, att in enumerate(doc.attachments):
            yield from unknown("document", att, docs, (*p, "attachments", j))
        for j, addressee in enumerate(doc.addressees):
            yield from unknown("organisation or group", addressee, parties, (*p, "addressees", j))
        for j, entry in enumerate(doc.distribution):
            yield from unknown(
                "organisation or group",
                entry.recipient,
                parties,
                (*p, "distribution", j, "recipient"),
            )
    for i, ob in enumerate(cf.obligations):
        p = ("obligations", i)
        yield from unknown("document", ob.document, docs, (*p, "document"))
        yield from unknown("organisation or group", ob.lead, parties, (*p, "lead"))
        for j, coordinator in enumerate(ob.coordinators):
            yield from unknown(
                "organisation or group", coordinator, parties, (*p, "coordinators", j)
            )
        yield from unknown("organisation", ob.report_to, orgs, (*p, "report_to"))
        yield from unknown("organisation", ob.via, orgs, (*p, "via"))
        yield from unknown("obligation", ob.implements, obligations, (*p, "implements"))
        if ob.deadline.kind == "event":
            yield from unknown(
                "milestone", ob.deadline.milestone, milestones, (*p, "deadline", "milestone")
            )
