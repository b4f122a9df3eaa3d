"""What rules look at: the file as written, the expanded cascade, and optionally state.

One :class:`Context` per validated cascade. Indexes (by id, children of an
obligation, expanded addressees) are built on first use and shared by every
rule, so a million obligations are indexed once. ``*_path`` helpers give the
place in the file for an item of the expanded cascade: an obligation expanded
from a group clause ("3.1@ubnd-rach-gia") points at its clause ("3.1").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cached_property

from cascade.engine.timeline import Plan, expanded_targets, resolve
from cascade.errors import IdentifierError
from cascade.files.loader import SourceMap
from cascade.identifiers import DocumentIdentifier, parse_identifier
from cascade.model import Bucket, Cascade, CascadeFile, Document, Group, Obligation, Organisation
from cascade.rules.base import PathKey, Violation


@dataclass(frozen=True)
class StateView:
    """The tracked state of a cascade's obligations as of one day.

    The state rules need only this: each obligation's current state name and
    its bucket. The engine produces it from an events file
    (:func:`cascade.rules.state_adapter.state_view`); tests build it by hand. An
    obligation missing from ``buckets`` is taken as not yet due. ``closed``
    obligations (cancelled, superseded) are in no bucket and, as in the engine's
    roll-up, not waited for.
    """

    as_of: dt.date
    states: Mapping[str, str]
    buckets: Mapping[str, Bucket]
    closed: AbstractSet[str] = frozenset()

    def bucket(self, obligation_id: str) -> Bucket:
        """The bucket of ``obligation_id`` (within deadline when unknown)."""
        return self.buckets.get(obligation_id, Bucket.OPEN_WITHIN_DEADLINE)

    def state(self, obligation_id: str) -> str:
        """The state name of ``obligation_id`` ('?' when unknown)."""
        return self.states.get(obligation_id, "?")


class MissingLayerError(RuntimeError):
    """A rule asked for a layer the runner did not give it (a bug in the rule's layer)."""


class Context:
    """The cascade under validation, as each layer of rules sees it."""

    def __init__(
        self,
        file: CascadeFile,
        *,
        source: SourceMap | None = None,
        cascade: Cascade | None = None,
        state: StateView | None = None,
        from_file: bool = True,
    ) -> None:
        self.file = file
        self.source = source
        self._cascade = cascade
        self._written: Cascade | None = None
        self._state = state
        # False when ``file`` was made from an already expanded cascade (library use)
        self.from_file = from_file

    @classmethod
    def of_cascade(cls, cascade: Cascade) -> Context:
        """The context of an expanded cascade in memory (no file: items named by id)."""
        fields = {k: getattr(cascade, k) for k in CascadeFile.model_fields}
        return cls(CascadeFile.model_construct(**fields), cascade=cascade, from_file=False)

    @property
    def expanded(self) -> bool:
        """Whether the expanded cascade is there (the file's references resolved)."""
        return self._cascade is not None

    def attach(
        self,
        *,
        cascade: Cascade | None = None,
        state: StateView | None = None,
        written: Cascade | None = None,
    ) -> None:
        """Give the context the expanded cascade, or the tracked state, once known.

        ``written`` is the cascade with its amendments when ``cascade`` is the revision
        in force on the state's day.
        """
        if cascade is not None:
            self._cascade = cascade
        if state is not None:
            self._state = state
        if written is not None:
            self._written = written

    @property
    def cascade(self) -> Cascade:
        """The expanded cascade (rules of layer ``cascade`` and ``state``)."""
        if self._cascade is None:
            raise MissingLayerError("this rule needs the expanded cascade")
        return self._cascade

    @property
    def written(self) -> Cascade:
        """The expanded cascade as written, amendments included (the amendment rules read
        it); :attr:`cascade` is the revision in force on the day when a state is given."""
        return self._written if self._written is not None else self.cascade

    @property
    def state(self) -> StateView:
        """The tracked state (rules of layer ``state``)."""
        if self._state is None:
            raise MissingLayerError("this rule needs the tracked state")
        return self._state

    @cached_property
    def obligation_ids(self) -> Collection[str]:
        """The ids of the obligations as written (shared by the reference rules)."""
        if not self.from_file and self._cascade is not None:
            return self.obligations.keys()  # the same obligations: reuse the index
        return {ob.id for ob in self.file.obligations}

    @cached_property
    def identifiers(self) -> list[DocumentIdentifier | IdentifierError]:
        """Each document's parsed identifier (or why it does not parse), in file order."""
        out: list[DocumentIdentifier | IdentifierError] = []
        for doc in self.file.documents:
            try:
                out.append(parse_identifier(doc.identifier))
            except IdentifierError as exc:
                out.append(exc)
        return out

    # --- indexes over the expanded cascade --------------------------------

    @cached_property
    def organisations(self) -> dict[str, Organisation]:
        """Organisations by id."""
        return {o.id: o for o in self.cascade.organisations}

    @cached_property
    def documents(self) -> dict[str, Document]:
        """Documents by id."""
        return {d.id: d for d in self.cascade.documents}

    @cached_property
    def obligations(self) -> dict[str, Obligation]:
        """Obligations by id."""
        return {o.id: o for o in self.cascade.obligations}

    @cached_property
    def groups(self) -> dict[str, Group]:
        """Groups by id."""
        return {g.id: g for g in self.cascade.groups}

    @cached_property
    def children(self) -> dict[str, list[Obligation]]:
        """Obligations that implement each obligation, by parent id."""
        out: dict[str, list[Obligation]] = {}
        for ob in self.cascade.obligations:
            if ob.implements is not None:
                out.setdefault(ob.implements, []).append(ob)
        return out

    @cached_property
    def obligations_by_document(self) -> dict[str, list[Obligation]]:
        """Obligations grouped by the document that creates them."""
        out: dict[str, list[Obligation]] = {}
        for ob in self.cascade.obligations:
            out.setdefault(ob.document, []).append(ob)
        return out

    @cached_property
    def plan(self) -> Plan:
        """The amendments resolved into dated changes (empty when there are none)."""
        return resolve(self.written)

    @cached_property
    def _targets(self) -> dict[str, list[str]]:
        return expanded_targets(self.written)

    def plan_targets(self, ids: tuple[str, ...]) -> list[str]:
        """The expanded obligation ids an amendment's ``obligations`` stand for."""
        return list(dict.fromkeys(ob for ref in ids for ob in self._targets.get(ref, ())))

    @cached_property
    def authorities(self) -> dict[str, str]:
        """The authority of each document, by document id (see :meth:`authority`)."""
        return {d.id: d.on_behalf_of or d.issuer for d in self.cascade.documents}

    def authority(self, doc: Document) -> str:
        """Whose authority ``doc`` carries: ``on_behalf_of`` or else its issuer."""
        return doc.on_behalf_of or doc.issuer

    def addressed(self, doc: Document) -> frozenset[str]:
        """The organisations ``doc`` addresses, groups expanded."""
        return frozenset(self.expand_ids(doc.addressees))

    def expand_ids(self, ids: tuple[str, ...]) -> list[str]:
        """Organisation ids, each group replaced by its members."""
        out: list[str] = []
        for ref in ids:
            group = self.groups.get(ref)
            out.extend(group.members if group is not None else (ref,))
        return out

    def org_label(self, org_id: str) -> str:
        """``'id' (Name)`` for messages."""
        org = self.organisations.get(org_id)
        return label(org_id, org.name if org is not None else None)

    # --- places in the file ----------------------------------------------

    @cached_property
    def _file_index(self) -> dict[str, dict[str, int]]:
        return {
            section: {item.id: i for i, item in enumerate(getattr(self.file, section))}
            for section in ("organisations", "groups", "documents", "milestones", "amendments")
        }

    @cached_property
    def _obligation_index(self) -> dict[str, int]:
        return {ob.id: i for i, ob in enumerate(self.file.obligations)}

    def logical(self, v: Violation) -> tuple[str | None, str | None]:
        """The obligation and document ``v`` is about: its own, else the item its path
        names by index in the file."""
        obligation, document = v.obligation, v.document
        if len(v.path) >= 2 and isinstance(v.path[1], int):
            section, index = v.path[0], v.path[1]
            if section == "obligations" and obligation is None:
                obligation = self.file.obligations[index].id
            elif section == "documents" and document is None:
                document = self.file.documents[index].id
        return obligation, document

    def obligation_path(self, ob: Obligation | str, *fields: str | int) -> PathKey:
        """Where obligation ``ob`` (or the group clause it expanded from) is written.

        For a cascade in memory (no file) the item is named by its id instead of an
        index: ``("obligations", "3.1@ubnd-rach-gia", "lead")``.
        """
        if not self.from_file:
            return ("obligations", ob if isinstance(ob, str) else ob.id, *fields)
        if isinstance(ob, str):
            ob = self.obligations[ob] if self._cascade is not None else _by_id(self.file, ob)
        index = self._obligation_index.get(ob.template or ob.id)
        if index is None:
            return ()
        return ("obligations", index, *fields)

    def document_path(self, doc_id: str, *fields: str | int) -> PathKey:
        """Where document ``doc_id`` is written."""
        return self._path("documents", doc_id, fields)

    def organisation_path(self, org_id: str, *fields: str | int) -> PathKey:
        """Where organisation ``org_id`` is written."""
        return self._path("organisations", org_id, fields)

    def group_path(self, group_id: str, *fields: str | int) -> PathKey:
        """Where group ``group_id`` is written."""
        return self._path("groups", group_id, fields)

    def amendment_path(self, index: int, *fields: str | int) -> PathKey:
        """Where the ``index``-th amendment is written (by id for a cascade in memory)."""
        if not self.from_file:
            return ("amendments", self.written.amendments[index].id, *fields)
        return ("amendments", index, *fields)

    def _path(self, section: str, item_id: str, fields: tuple[str | int, ...]) -> PathKey:
        if not self.from_file:
            return (section, item_id, *fields)
        index = self._file_index[section].get(item_id)
        return () if index is None else (section, index, *fields)


def label(org_id: str, name: str | None) -> str:
    """``'id' (Name)`` for messages; ``'id'`` for an organisation without a name known."""
    return f"{org_id!r} ({name})" if name is not None else repr(org_id)


def _by_id(cf: CascadeFile, ob_id: str) -> Obligation:
    for ob in cf.obligations:
        if ob.id == ob_id:
            return ob
    raise KeyError(ob_id)
