"""A whole cascade: as written in a file (groups not expanded) and checked and expanded,
with look-ups by id."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from pydantic import (
    Field,
    PrivateAttr,
)

from cascade.model.amendment import Amendment
from cascade.model.deadline import Milestone
from cascade.model.document import Document
from cascade.model.obligation import Obligation, ReportLine
from cascade.model.organisation import Group, Level, Organisation
from cascade.model.values import Id, LifecycleName, Text, _Model


class CascadeInfo(_Model):
    """Header of a cascade file."""

    id: Id
    title: Text
    title_en: Text | None = None
    lifecycle: LifecycleName = "default"
    source: Text | None = Field(default=None, description="where the cascade was taken from")


class CascadeFile(_Model):
    """A cascade as written in a file (groups not yet expanded)."""

    format: Literal["cascade/1"] = Field(description="format version")
    cascade: CascadeInfo
    levels: tuple[Level, ...] = ()
    organisations: tuple[Organisation, ...]
    groups: tuple[Group, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    documents: tuple[Document, ...]
    obligations: tuple[Obligation, ...] = ()
    amendments: tuple[Amendment, ...] = Field(
        default=(), description="dated changes: extensions, additions, withdrawals, transfers"
    )


class Cascade(_Model):
    """A checked cascade with every group addressee expanded: what the library works on."""

    format: Literal["cascade/1"] = "cascade/1"
    cascade: CascadeInfo
    levels: tuple[Level, ...] = ()
    organisations: tuple[Organisation, ...]
    groups: tuple[Group, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    documents: tuple[Document, ...]
    obligations: tuple[Obligation, ...] = ()
    amendments: tuple[Amendment, ...] = ()

    _indexes: dict[str, dict[str, Any]] = PrivateAttr(default_factory=dict)

    def organisation(self, org_id: str) -> Organisation:
        """The organisation with ``org_id``; KeyError if none."""
        found: Organisation = self._index("organisations")[org_id]
        return found

    def document(self, doc_id: str) -> Document:
        """The document with ``doc_id``; KeyError if none."""
        found: Document = self._index("documents")[doc_id]
        return found

    def obligation(self, obligation_id: str) -> Obligation:
        """The obligation with ``obligation_id``; KeyError if none."""
        found: Obligation = self._index("obligations")[obligation_id]
        return found

    def report_to(self, obligation: Obligation) -> str:
        """Who ``obligation`` reports to: its own ``report_to`` or its document's issuer."""
        return obligation.report_to or self.document(obligation.document).issuer

    def report_lines(self, obligation: Obligation) -> list[ReportLine]:
        """Every line ``obligation`` reports on: the first (``report_to``, ``via``), then
        ``also_report_to``."""
        first = ReportLine(to=self.report_to(obligation), via=obligation.via)
        return [first, *obligation.also_report_to]

    def narrowed(self, kept: Iterable[int] | None) -> Cascade:
        """This cascade with only the obligations at the positions ``kept`` (all: itself).

        Documents, organisations and groups stay whole; an obligation whose parent was
        left out keeps its ``implements`` reference (a filter, not a new cascade).
        """
        if kept is None:
            return self
        obligations = self.obligations
        narrowed = self.model_copy(update={"obligations": tuple(obligations[o] for o in kept)})
        narrowed._indexes = {}  # the copy would share this one's look-up tables
        return narrowed

    def _index(self, field: str) -> dict[str, Any]:
        if field not in self._indexes:
            self._indexes[field] = {item.id: item for item in getattr(self, field)}
        return self._indexes[field]
