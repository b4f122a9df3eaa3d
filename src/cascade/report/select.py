"""Which obligations a filter keeps: the one selection behind every command's filters.

``--org ID`` keeps the obligations an organisation leads or coordinates, ``--lead ID``
those it leads; with ``--subtree`` each also takes in the organisations below it
(``Organisation.parent``, at any depth). A group id stands for its members.
``--document`` takes a document id or its identifier (``251-KH/TU``), ``--level``
the lead's level, ``--bucket`` a status bucket as of a day. Values of one filter are
alternatives; different filters must all hold. An id that names nothing is an
:class:`~cascade.errors.InputError` naming the option.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cascade.errors import InputError

if TYPE_CHECKING:
    from cascade.engine.tracker import Tracker
    from cascade.model import Cascade


@dataclass(frozen=True)
class Selection:
    """A filter on obligations; an empty one keeps them all."""

    orgs: tuple[str, ...] = ()
    leads: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    buckets: tuple[str, ...] = ()
    subtree: bool = False

    def __bool__(self) -> bool:
        return bool(self.orgs or self.leads or self.documents or self.levels or self.buckets)

    def describe(self) -> str:
        """The filter as options, e.g. ``--org ubnd-rach-gia --bucket overdue``."""
        parts = [
            f"--{name} {value}"
            for name, values in (
                ("org", self.orgs),
                ("lead", self.leads),
                ("document", self.documents),
                ("level", self.levels),
                ("bucket", self.buckets),
            )
            for value in values
        ]
        return " ".join([*parts, *(["--subtree"] if self.subtree else [])])


def select(
    cascade: Cascade, selection: Selection, buckets: Sequence[int] | None = None
) -> list[int] | None:
    """The positions (in ``cascade.obligations``) of the obligations ``selection`` keeps,
    in order; None when it keeps them all.

    ``buckets`` is every obligation's bucket code (:func:`cascade.engine.status.buckets`),
    needed only when the selection filters by bucket.
    """
    if selection.subtree and not (selection.orgs or selection.leads):
        raise InputError("--subtree goes with --org or --lead")
    if not selection:
        return None
    orgs = _organisations(cascade, selection.orgs, selection.subtree, "--org")
    leads = _organisations(cascade, selection.leads, selection.subtree, "--lead")
    documents = _documents(cascade, selection.documents)
    levels = _levels(cascade, selection.levels)
    codes = _bucket_codes(selection.buckets)
    if codes and buckets is None:
        raise InputError("--bucket needs a status: give --events or --as-of")
    level_of = {org.id: org.level for org in cascade.organisations}
    kept = []
    for o, ob in enumerate(cascade.obligations):
        if orgs is not None and ob.lead not in orgs and orgs.isdisjoint(ob.coordinators):
            continue
        if leads is not None and ob.lead not in leads:
            continue
        if documents is not None and ob.document not in documents:
            continue
        if levels is not None and level_of[ob.lead] not in levels:
            continue
        if codes and buckets is not None and buckets[o] not in codes:
            continue
        kept.append(o)
    return kept


def _organisations(
    cascade: Cascade, ids: Sequence[str], subtree: bool, option: str
) -> frozenset[str] | None:
    if not ids:
        return None
    known = {org.id for org in cascade.organisations}
    members = {g.id: g.members for g in cascade.groups}
    chosen: set[str] = set()
    for org_id in ids:
        if org_id in members:
            chosen.update(members[org_id])
        elif org_id in known:
            chosen.add(org_id)
        else:
            raise InputError(f"unknown organisation {org_id!r} ({option})")
    if subtree:
        chosen |= _below(cascade, chosen)
    return frozenset(chosen)


def _below(cascade: Cascade, roots: set[str]) -> set[str]:
    """Every organisation under one of ``roots`` in the parent tree."""
    from cascade.graph import subtree

    orgs = cascade.organisations
    index = {org.id: k for k, org in enumerate(orgs)}
    children: dict[int, list[int]] = {}
    for k, org in enumerate(orgs):
        if org.parent in index:
            children.setdefault(index[org.parent], []).append(k)
    return {orgs[k].id for root in roots for k in subtree(children, index[root])} - roots


def _documents(cascade: Cascade, wanted: Sequence[str]) -> frozenset[str] | None:
    if not wanted:
        return None
    by_name: Mapping[str, str] = {
        **{d.identifier: d.id for d in cascade.documents},
        **{d.id: d.id for d in cascade.documents},
    }
    unknown = [w for w in wanted if w not in by_name]
    if unknown:
        raise InputError(f"unknown document {unknown[0]!r} (--document: an id or an identifier)")
    return frozenset(by_name[w] for w in wanted)


def _levels(cascade: Cascade, wanted: Sequence[str]) -> frozenset[str | None] | None:
    if not wanted:
        return None
    known = {lv.id for lv in cascade.levels} | {
        org.level for org in cascade.organisations if org.level is not None
    }
    unknown = [w for w in wanted if w not in known]
    if unknown:
        choices = ", ".join(sorted(known)) or "none defined"
        raise InputError(f"unknown level {unknown[0]!r} (--level; levels: {choices})")
    return frozenset(wanted)


def _bucket_codes(wanted: Sequence[str]) -> frozenset[int]:
    """The bucket codes of :mod:`cascade.engine.status` that ``wanted`` names (closed last)."""
    if not wanted:
        return frozenset()
    from cascade.engine.status import BUCKETS

    names = (*BUCKETS, "closed")
    unknown = [w for w in wanted if w not in names]
    if unknown:
        raise InputError(f"unknown bucket {unknown[0]!r} (--bucket: {', '.join(names)})")
    return frozenset(names.index(w) for w in wanted)


def select_tracked(
    tracker: Tracker, selection: Selection | None, as_of: dt.date
) -> list[int] | None:
    """:func:`select` over ``tracker``'s cascade, with the buckets as of the end of
    ``as_of`` when the selection filters by bucket; None when it keeps them all."""
    if selection is None or not (selection or selection.subtree):
        return None  # keeps them all: no need to read the cascade's models
    if not selection.buckets:
        return select(tracker.cascade, selection)
    from cascade.engine.status import buckets

    return select(tracker.cascade, selection, buckets(tracker, as_of))
