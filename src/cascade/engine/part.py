"""The part of a cascade that decides one event: what its guards read, and nothing else.

The guards of an event on obligation *O* by organisation *A* read *O* and its
children (every obligation that implements it: the roll-up), the documents these
belong to, the organisations that hold a role in them (lead, coordinators, issuer,
report-to body, intermediate) with their successors (who may act for a body that has
ceased), *A* itself, and the milestones. :func:`decision_part` gathers exactly that
from a :class:`PartSource`, which a store answers with a few indexed reads, so that
recording an event costs the same in a cascade of a hundred obligations or of a
million. *O*'s own parent is left out (its ``implements`` cleared): no guard of *O*
looks upward. An id the source does not know is simply missing, and the engine
refuses the event as it would on the whole cascade.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Protocol

from cascade.model import (
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


def decision_part(source: PartSource, obligation: str | None, actor: str | None) -> Cascade:
    """The part of ``source`` that decides an event on ``obligation`` (None: a milestone
    event) by ``actor``, as a :class:`~cascade.model.Cascade` the engine can track."""
    info, levels, milestones = source.header()
    obligations: list[Obligation] = []
    documents: list[Document] = []
    if obligation is not None:
        obligations = source.obligations([obligation], implementing=obligation)
        obligations = [
            ob.model_copy(update={"implements": None}) if ob.id == obligation else ob
            for ob in obligations
        ]
        documents = source.documents({ob.document for ob in obligations})
    wanted = _holders(obligations, documents) | ({actor} if actor is not None else set())
    organisations = _with_successors(source, wanted)
    return Cascade.model_construct(
        format="cascade/1",
        cascade=info,
        levels=levels,
        organisations=tuple(organisations),
        groups=(),
        documents=tuple(documents),
        obligations=tuple(obligations),
        milestones=milestones,
    )


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
        held.update(ref for ref in (ob.report_to, ob.via) if ref is not None)
    return held


def _with_successors(source: PartSource, wanted: set[str]) -> list[Organisation]:
    """The organisations in ``wanted`` and, transitively, their successors."""
    found: dict[str, Organisation] = {}
    asked: set[str] = set()
    while wanted:
        asked |= wanted
        for org in source.organisations(wanted):
            found[org.id] = org
        wanted = {s for org in found.values() for s in org.successors} - asked
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
