"""The part of a cascade that decides one event: what its guards read, and nothing else.

The guards of an event on obligation *O* by organisation *A* read *O* and its
children (every obligation that implements it: the roll-up), the documents these
belong to, the organisations that hold a role in them (lead, coordinators, issuer,
report-to body, intermediate) with their successors (who may act for a body that has
ceased), *A* itself, and the milestones. :func:`decision_part` gathers exactly that
from a :class:`PartSource`, which a store answers with a few indexed reads, so that
recording an event costs the same in a cascade of a hundred obligations or of a
million. *O*'s own parent is left out (its ``implements`` cleared): no guard of *O*
looks upward. Every amendment comes with the part (they are few), with the documents
that date them and the organisations they give work to: who holds a role at the
event's time, and whether *O* is in force then, are read from them. An id the
source does not know is simply missing, and the engine refuses the event as it
would on the whole cascade.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Protocol

from cascade.model import (
    Amendment,
    Cascade,
    CascadeInfo,
    Document,
    Level,
    Milestone,
    Obligation,
    Organisation,
)


class PartSource(Protocol):
    """Where a part is read from: a stored cascade, by kind and id."""

    def header(self) -> tuple[CascadeInfo, tuple[Level, ...], tuple[Milestone, ...]]:
        """The cascade's header, its levels and its milestones (all of them: few)."""

    def obligations(self, ids: Collection[str], implementing: str | None) -> list[Obligation]:
        """The obligations among ``ids``, and those that implement ``implementing``."""

    def documents(self, ids: Collection[str]) -> list[Document]:
        """The documents among ``ids``."""

    def organisations(self, ids: Collection[str]) -> list[Organisation]:
        """The organisations among ``ids``."""

    def documents_and_organisations(
        self, documents: Collection[str], organisations: Collection[str]
    ) -> tuple[list[Document], list[Organisation]]:
        """:meth:`documents` and :meth:`organisations` at once (a store: in one read)."""

    def amendments(self) -> tuple[Amendment, ...]:
        """Every amendment of the cascade (few; a part resolves the ones that touch it)."""


def decision_part(source: PartSource, obligation: str | None, actor: str | None) -> Cascade:
    """The part of ``source`` that decides an event on ``obligation`` (None: a milestone
    event) by ``actor``, as a :class:`~cascade.model.Cascade` the engine can track."""
    info, levels, milestones = source.header()
    amendments = source.amendments()
    obligations: list[Obligation] = []
    documents: list[Document] = []
    if obligation is not None:
        obligations = source.obligations([obligation], implementing=obligation)
        obligations = [
            ob.model_copy(update={"implements": None}) if ob.id == obligation else ob
            for ob in obligations
        ]
    # the amending documents too: their dates are when the amendments take effect
    needed = {ob.document for ob in obligations} | {a.document for a in amendments}
    wanted = _holders(obligations, []) | ({actor} if actor is not None else set())
    wanted |= _named(amendments)
    # the holders known so far with the documents; their issuers after, if not among them
    documents, known = source.documents_and_organisations(needed, wanted)
    organisations = _with_successors(source, _holders([], documents), known, asked=wanted)
    return Cascade.model_construct(
        format="cascade/1",
        cascade=info,
        levels=levels,
        organisations=tuple(organisations),
        groups=(),
        documents=tuple(documents),
        obligations=tuple(obligations),
        milestones=milestones,
        amendments=amendments,
    )


def _named(amendments: Iterable[Amendment]) -> set[str]:
    """The organisations amendments give work to (a new lead, coordinators, successors)."""
    named: set[str] = set()
    for amendment in amendments:
        for key in ("lead", "organisation", "successor"):
            if (ref := getattr(amendment, key, None)) is not None:
                named.add(ref)
        named.update(getattr(amendment, "coordinators", None) or ())
        named.update(getattr(amendment, "mapping", {}).values())
    return named


def _holders(obligations: Iterable[Obligation], documents: Iterable[Document]) -> set[str]:
    """Every organisation that holds a role in ``obligations`` and ``documents``."""
    held: set[str] = set()
    for doc in documents:
        held.add(doc.issuer)
        if doc.on_behalf_of is not None:
            held.add(doc.on_behalf_of)
    for ob in obligations:
        held.add(ob.lead)
        held.update(ob.coordinators)
        held.update(ref for ref in (ob.report_to, ob.via, ob.concerns) if ref is not None)
        held.update(ref for line in ob.also_report_to for ref in (line.to, line.via) if ref)
    return held


def _with_successors(
    source: PartSource, wanted: set[str], known: Iterable[Organisation], asked: set[str]
) -> list[Organisation]:
    """The organisations in ``wanted``, ``known`` (read already, when ``asked`` was)
    and, transitively, their successors."""
    found = {org.id: org for org in known}
    asked = asked | found.keys()
    wanted = wanted | {s for org in found.values() for s in org.successors}
    while wanted := wanted - asked:
        asked |= wanted
        for org in source.organisations(wanted):
            found[org.id] = org
        wanted = {s for org in found.values() for s in org.successors}
    return list(found.values())


class WholeCascade:
    """A :class:`PartSource` over a cascade held whole (the in-memory store, tests)."""

    def __init__(self, cascade: Cascade) -> None:
        self.cascade = cascade

    def header(self) -> tuple[CascadeInfo, tuple[Level, ...], tuple[Milestone, ...]]:
        c = self.cascade
        return c.cascade, c.levels, c.milestones

    def obligations(self, ids: Collection[str], implementing: str | None) -> list[Obligation]:
        return [
            ob
            for ob in self.cascade.obligations
            if ob.id in ids or (implementing is not None and ob.implements == implementing)
        ]

    def documents(self, ids: Collection[str]) -> list[Document]:
        return [doc for doc in self.cascade.documents if doc.id in ids]

    def organisations(self, ids: Collection[str]) -> list[Organisation]:
        return [org for org in self.cascade.organisations if org.id in ids]

    def documents_and_organisations(
        self, documents: Collection[str], organisations: Collection[str]
    ) -> tuple[list[Document], list[Organisation]]:
        return self.documents(documents), self.organisations(organisations)

    def amendments(self) -> tuple[Amendment, ...]:
        return self.cascade.amendments
