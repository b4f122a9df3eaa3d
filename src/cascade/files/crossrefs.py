"""Reference checks on a file-layer cascade: every id names something that exists.

Pure functions over :class:`~cascade.model.CascadeFile`, one per kind of problem;
each yields ``(path, message)`` pairs whose path the loader (or the validator)
turns into file:line:col. The loader refuses a file on any of them
(:func:`check_references`); ``cascade validate`` runs each as a rule of its own
(:mod:`cascade.rules.references`), so there is one implementation of each check.

:data:`BLOCKING` are the checks whose problems make expansion meaningless
(a dangling or ambiguous id); the others leave a cascade that can still be
expanded and checked further.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator

from cascade.errors import IdentifierError
from cascade.identifiers import parse_identifier
from cascade.model import CascadeFile, Document

PathKey = tuple[str | int, ...]
Problem = tuple[PathKey, str]
Check = Callable[[CascadeFile], Iterator[Problem]]


def check_references(cf: CascadeFile) -> list[Problem]:
    """Every dangling reference, duplicate id and bad identifier in ``cf``."""
    return [problem for check in ALL_CHECKS for problem in check(cf)]


def duplicate_ids(
    cf: CascadeFile, obligation_ids: Collection[str] | None = None
) -> Iterator[Problem]:
    """Ids used twice in one namespace (organisations and groups share one).

    ``obligation_ids`` is the set of obligation ids when the caller has it already.
    """
    parties = {o.id for o in cf.organisations}
    parties.update(g.id for g in cf.groups)
    sizes: list[tuple[int, Collection[str]]] = [
        (len(cf.levels), {lv.id for lv in cf.levels}),
        (len(cf.organisations) + len(cf.groups), parties),
        (len(cf.milestones), {m.id for m in cf.milestones}),
        (len(cf.documents), {d.id for d in cf.documents}),
        (len(cf.obligations), obligation_ids or {o.id for o in cf.obligations}),
    ]
    if all(count == len(ids) for count, ids in sizes):
        return  # the common case, checked at C speed
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


def unknown_organisations(cf: CascadeFile) -> Iterator[Problem]:
    """Organisation (or group) ids that name nothing."""
    orgs = {o.id for o in cf.organisations}
    groups = {g.id for g in cf.groups}
    parties = orgs | groups
    if _all_known_organisations(cf, orgs, parties):
        return

    # messages name the reference only: the loader prints them after file:line:col
    for path, ref, group_allowed in _organisation_references(cf):
        if group_allowed and ref not in parties:
            yield path, f"unknown organisation or group {ref!r}"
        elif not group_allowed and ref not in orgs:
            yield path, f"unknown organisation {ref!r}"


def _organisation_references(cf: CascadeFile) -> Iterator[tuple[PathKey, str, bool]]:
    """Every organisation reference in ``cf``: (where, the id, whether a group may stand)."""
    for i, o in enumerate(cf.organisations):
        if o.parent is not None:
            yield ("organisations", i, "parent"), o.parent, False
        for j, succ in enumerate(o.successors):
            yield ("organisations", i, "successors", j), succ, False
    for i, group in enumerate(cf.groups):
        for j, member in enumerate(group.members):
            yield ("groups", i, "members", j), member, False
    for i, doc in enumerate(cf.documents):
        yield ("documents", i, "issuer"), doc.issuer, False
        if doc.on_behalf_of is not None:
            yield ("documents", i, "on_behalf_of"), doc.on_behalf_of, False
        for j, addressee in enumerate(doc.addressees):
            yield ("documents", i, "addressees", j), addressee, True
        for j, entry in enumerate(doc.distribution):
            if entry.recipient is not None:
                yield ("documents", i, "distribution", j, "recipient"), entry.recipient, True
    for i, ob in enumerate(cf.obligations):
        yield ("obligations", i, "lead"), ob.lead, True
        for j, coordinator in enumerate(ob.coordinators):
            yield ("obligations", i, "coordinators", j), coordinator, True
        for key in ("report_to", "via"):
            if (ref := getattr(ob, key)) is not None:
                yield ("obligations", i, key), ref, False


def _all_known_organisations(cf: CascadeFile, orgs: set[str], parties: set[str]) -> bool:
    """Whether every organisation reference resolves (set operations, no per-item walk)."""
    obs = cf.obligations
    need_party = {ob.lead for ob in obs}
    need_party.update(c for ob in obs for c in ob.coordinators)
    need_party.update(a for d in cf.documents for a in d.addressees)
    need_party.update(e.recipient for d in cf.documents for e in d.distribution if e.recipient)
    need_org: set[str | None] = {ob.report_to for ob in obs} | {ob.via for ob in obs}
    need_org.update(o.parent for o in cf.organisations)
    need_org.update(s for o in cf.organisations for s in o.successors)
    need_org.update(m for g in cf.groups for m in g.members)
    need_org.update(d.issuer for d in cf.documents)
    need_org.update(d.on_behalf_of for d in cf.documents)
    need_org.discard(None)
    return need_party <= parties and need_org <= orgs


def unknown_documents(cf: CascadeFile) -> Iterator[Problem]:
    """Document ids (bases, attachments, an obligation's document) that name nothing."""
    docs = {d.id for d in cf.documents}
    needed = {ob.document for ob in cf.obligations}
    needed.update(b.document for d in cf.documents for b in d.rests_on)
    needed.update(a for d in cf.documents for a in d.attachments)
    if needed <= docs:
        return
    for i, doc in enumerate(cf.documents):
        for j, basis in enumerate(doc.rests_on):
            if basis.document not in docs:
                yield (
                    ("documents", i, "rests_on", j, "document"),
                    f"unknown document {basis.document!r}",
                )
        for j, att in enumerate(doc.attachments):
            if att not in docs:
                yield (
                    ("documents", i, "attachments", j),
                    f"unknown document {att!r}",
                )
    for i, ob in enumerate(cf.obligations):
        if ob.document not in docs:
            yield (
                ("obligations", i, "document"),
                f"unknown document {ob.document!r}",
            )


def unknown_obligations(
    cf: CascadeFile, obligation_ids: Collection[str] | None = None
) -> Iterator[Problem]:
    """Parent obligations (``implements``) that name nothing.

    ``obligation_ids`` is the set of obligation ids when the caller has it already.
    """
    obligations = obligation_ids or {o.id for o in cf.obligations}
    parents = {o.implements for o in cf.obligations}
    parents.discard(None)
    if all(p in obligations for p in parents):
        return
    for i, ob in enumerate(cf.obligations):
        if ob.implements is not None and ob.implements not in obligations:
            yield (
                ("obligations", i, "implements"),
                f"unknown obligation {ob.implements!r}",
            )


def unknown_milestones(cf: CascadeFile) -> Iterator[Problem]:
    """Milestones named by event deadlines that are not declared."""
    milestones = {m.id for m in cf.milestones}
    if "event" not in {ob.deadline.kind for ob in cf.obligations}:
        return
    for i, ob in enumerate(cf.obligations):
        if ob.deadline.kind == "event" and ob.deadline.milestone not in milestones:
            yield (
                ("obligations", i, "deadline", "milestone"),
                f"unknown milestone {ob.deadline.milestone!r}",
            )


def unknown_levels(cf: CascadeFile) -> Iterator[Problem]:
    """Organisation levels that are not declared (when any level is used)."""
    levels = {lv.id for lv in cf.levels}
    for i, org in enumerate(cf.organisations):
        if org.level is not None and org.level not in levels:
            yield (
                ("organisations", i, "level"),
                f"unknown level {org.level!r}",
            )


def empty_groups(cf: CascadeFile) -> Iterator[Problem]:
    """Groups with no members: an obligation addressed to one expands to no one."""
    for i, group in enumerate(cf.groups):
        if not group.members:
            yield ("groups", i, "members"), f"group {group.id!r} has no members"


def malformed_identifiers(cf: CascadeFile) -> Iterator[Problem]:
    """Document identifiers that do not parse ('251-KH/TU', '12724/VP-KGVX', ...)."""
    for i, doc in enumerate(cf.documents):
        try:
            parse_identifier(doc.identifier)
        except IdentifierError as exc:
            yield ("documents", i, "identifier"), identifier_message(doc, exc)


def identifier_message(doc: Document, exc: IdentifierError) -> str:
    """What is wrong with ``doc``'s identifier."""
    return f"bad document identifier {doc.identifier!r}: {exc.reason}"


def self_based_documents(cf: CascadeFile) -> Iterator[Problem]:
    """Documents that rest on themselves."""
    for i, doc in enumerate(cf.documents):
        for j, basis in enumerate(doc.rests_on):
            if basis.document == doc.id:
                yield (
                    ("documents", i, "rests_on", j, "document"),
                    f"document {doc.id!r} rests on itself",
                )


BLOCKING: tuple[Check, ...] = (
    duplicate_ids,
    unknown_organisations,
    unknown_documents,
    unknown_obligations,
    unknown_milestones,
    unknown_levels,
)
ALL_CHECKS: tuple[Check, ...] = (
    *BLOCKING,
    empty_groups,
    malformed_identifiers,
    self_based_documents,
)
