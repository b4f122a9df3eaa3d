"""A cascade as compact columns: what the engine reads on its hot paths.

:func:`build_tables` turns a :class:`~cascade.model.Cascade` into flat lists and
arrays indexed by obligation number (its position in ``cascade.obligations``)
and organisation number: who holds which role, the parent, the roll-up groups,
the deadline as numbers. No pydantic object is touched after the build, which
is what lets the engine replay millions of events.

A *roll-up group* is the set of children one document gave one parent
obligation; the policy of that document (``Document.rollup``, default ``all``)
says how many of them must be completed before the parent may report.
"""

from __future__ import annotations

import datetime as dt
from array import array
from dataclasses import dataclass
from functools import cached_property

from cascade.boundary.collector import no_gc
from cascade.clock import VIETNAM_SECONDS
from cascade.errors import UnknownReferenceError
from cascade.model import Cascade, RecurringDeadline

EPOCH = dt.date(1970, 1, 1).toordinal()
# rows up to which plain Python beats importing numpy (about 50 ms): a `record` reads
# a part of a cascade and of its history that stays under it
FEW_ROWS = 4096

# deadline kinds (Tables.due_kind)
NO_DUE = 0  # continuous: never overdue
FIXED = 1  # absolute date or end of a period: due_day holds the ordinal
EVENT = 2  # due_day holds the milestone number, due_extra the offset in days
RECURRING = 3  # due_extra holds the index into Tables.recurring
ON_DEMAND = 4  # due_extra holds the days allowed after each request

# roll-up modes (Tables.group_mode)
MODES = {"all": 0, "any": 1, "k_of_n": 2, "none": 3}


def day_of(seconds: float) -> int:
    """The ordinal of the Vietnam calendar day at POSIX ``seconds``."""
    return int((seconds + VIETNAM_SECONDS) // 86400) + EPOCH


def day_start(ordinal: int) -> float:
    """POSIX seconds at the first instant of the Vietnam day ``ordinal``."""
    return float((ordinal - EPOCH) * 86400 - VIETNAM_SECONDS)


@dataclass(eq=False)
class Tables:
    """The static columns of one cascade (see the module docstring)."""

    ob_ids: list[str]
    ob_index: dict[str, int]
    org_ids: list[str]
    org_index: dict[str, int]
    doc_ids: list[str]
    doc: array[int]
    lead: array[int]
    issuer: array[int]
    report_to: array[int]
    lead_id: list[str]  # the organisation ids themselves: the hot loop compares actor text
    issuer_id: list[str]
    report_to_id: list[str]
    via: array[int]  # -1: none
    coordinators: dict[int, tuple[int, ...]]  # sparse: obligation -> organisations
    more_report_to: dict[int, tuple[tuple[int, int], ...]]  # sparse: further (to, via -1: none)
    parent: array[int]  # -1: a root obligation
    group: array[int]  # the roll-up group the obligation belongs to as a child; -1: none
    group_parent: array[int]
    group_doc: array[int]
    group_mode: bytes
    group_k: array[int]
    parent_groups: dict[int, tuple[int, ...]]  # obligation -> the roll-up groups of its children
    due_kind: bytes
    due_day: array[int]
    due_extra: array[int]
    recurring: list[tuple[RecurringDeadline, int | None]]  # deadline, start ordinal
    milestone_ids: list[str]
    milestone_dates: list[int | None]  # ordinal of Milestone.date when the file gives it
    org_lo: list[float]  # first instant the organisation exists (-inf: always)
    org_hi: list[float]  # last instant it exists (+inf: always)
    bounded_ids: frozenset[str]  # organisations with valid_from or valid_until
    org_successors: dict[int, tuple[int, ...]]
    org_level: list[str | None]
    written_states: dict[int, str]  # sparse: obligation -> the state written in the file

    @cached_property
    def group_children(self) -> dict[int, list[int]]:
        """Roll-up group -> its child obligations (built on first use: rarely needed)."""
        return _invert(self.group)

    @cached_property
    def children(self) -> dict[int, list[int]]:
        """Obligation -> the obligations that implement it (built on first use)."""
        return _invert(self.parent)

    def children_of(self, obligation: str) -> list[str]:
        """The ids of the obligations that implement ``obligation``, by a scan of the parent
        column: a fraction of a millisecond at 100,000 obligations, where building the
        whole :attr:`children` map takes tens."""
        o = self.ob_index[obligation]
        if len(self.parent) <= FEW_ROWS:  # a part of a cascade (one `record`)
            return [self.ob_ids[c] for c, p in enumerate(self.parent) if p == o]
        import numpy as np

        found = np.flatnonzero(np.frombuffer(self.parent, np.int32) == o).tolist()
        return [self.ob_ids[c] for c in found]


def _invert(column: array[int]) -> dict[int, list[int]]:
    """value -> the obligations holding it, for a column where -1 means none."""
    out: dict[int, list[int]] = {}
    for ob, value in enumerate(column):
        if value >= 0:
            out.setdefault(value, []).append(ob)
    return out


def build_tables(cascade: Cascade) -> Tables:
    """The columns of ``cascade``; one pass over its obligations."""
    with no_gc():
        return _build(cascade)


def _build(cascade: Cascade) -> Tables:
    org_ids = [org.id for org in cascade.organisations]
    org_index = {org_id: i for i, org_id in enumerate(org_ids)}
    doc_ids = [d.id for d in cascade.documents]
    doc_index = {d: i for i, d in enumerate(doc_ids)}
    doc_issuer = [org_index[d.on_behalf_of or d.issuer] for d in cascade.documents]
    doc_mode = [MODES[d.rollup.mode] if d.rollup else 0 for d in cascade.documents]
    doc_k = [(d.rollup.k or 1) if d.rollup else 0 for d in cascade.documents]
    doc_date = [d.date.toordinal() if d.date else None for d in cascade.documents]
    milestone_ids = [m.id for m in cascade.milestones]
    milestone_index = {m: i for i, m in enumerate(milestone_ids)}

    obligations = cascade.obligations
    n = len(obligations)
    ob_ids = [ob.id for ob in obligations]
    ob_index = {ob_id: i for i, ob_id in enumerate(ob_ids)}
    doc = array("i", bytes(4 * n))
    lead = array("i", bytes(4 * n))
    issuer = array("i", bytes(4 * n))
    report_to = array("i", bytes(4 * n))
    via = array("i", [-1]) * n
    parent = array("i", [-1]) * n
    due_kind = bytearray(n)
    due_day = array("i", bytes(4 * n))
    due_extra = array("i", bytes(4 * n))
    coordinators: dict[int, tuple[int, ...]] = {}
    more_report_to: dict[int, tuple[tuple[int, int], ...]] = {}
    recurring: list[tuple[RecurringDeadline, int | None]] = []
    written_states: dict[int, str] = {}
    fixed_cache: dict[int, int] = {}  # id(deadline) -> ordinal: generated cascades share them

    org_get = org_index.__getitem__
    for i, ob in enumerate(obligations):
        d = doc_index[ob.document]
        doc[i] = d
        lead[i] = org_get(ob.lead)
        issuer[i] = doc_issuer[d]
        report_to[i] = org_get(ob.report_to) if ob.report_to else doc_issuer[d]
        if ob.via is not None:
            via[i] = org_get(ob.via)
        if ob.coordinators:
            coordinators[i] = tuple(org_get(c) for c in ob.coordinators)
        if ob.also_report_to:
            more_report_to[i] = tuple(
                (org_get(line.to), org_get(line.via) if line.via else -1)
                for line in ob.also_report_to
            )
        if ob.state is not None:
            written_states[i] = ob.state
        if ob.implements is not None:
            try:
                parent[i] = ob_index[ob.implements]
            except KeyError:
                raise UnknownReferenceError(
                    "obligation", ob.implements, f"implemented by {ob.id}"
                ) from None
        deadline = ob.deadline
        kind = deadline.kind
        if kind == "absolute" or kind == "period":
            key = id(deadline)
            day = fixed_cache.get(key)
            if day is None:
                day = (deadline.due if kind == "absolute" else deadline.end).toordinal()  # type: ignore[union-attr]
                fixed_cache[key] = day
            due_kind[i] = FIXED
            due_day[i] = day
        elif kind == "event":
            due_kind[i] = EVENT
            due_day[i] = milestone_index[deadline.milestone]  # type: ignore[union-attr]
            due_extra[i] = deadline.offset_days  # type: ignore[union-attr]
        elif kind == "recurring":
            assert isinstance(deadline, RecurringDeadline)
            due_kind[i] = RECURRING
            due_extra[i] = len(recurring)
            start = deadline.start.toordinal() if deadline.start else doc_date[d]
            recurring.append((deadline, start))
        elif kind == "on_demand":
            due_kind[i] = ON_DEMAND
            due_extra[i] = deadline.days  # type: ignore[union-attr]

    group, group_parent, group_doc, parent_groups = _rollup_groups(parent, doc)
    org_lo, org_hi, org_bounded, org_successors = _org_bounds(cascade, org_index)
    return Tables(
        ob_ids=ob_ids,
        ob_index=ob_index,
        org_ids=org_ids,
        org_index=org_index,
        doc_ids=doc_ids,
        doc=doc,
        lead=lead,
        issuer=issuer,
        report_to=report_to,
        lead_id=[org_ids[a] for a in lead],
        issuer_id=[org_ids[a] for a in issuer],
        report_to_id=[org_ids[a] for a in report_to],
        via=via,
        coordinators=coordinators,
        more_report_to=more_report_to,
        parent=parent,
        group=group,
        group_parent=group_parent,
        group_doc=group_doc,
        group_mode=bytes(doc_mode[d] for d in group_doc),
        group_k=array("i", (doc_k[d] for d in group_doc)),
        parent_groups=parent_groups,
        due_kind=bytes(due_kind),
        due_day=due_day,
        due_extra=due_extra,
        recurring=recurring,
        milestone_ids=milestone_ids,
        milestone_dates=[m.date.toordinal() if m.date else None for m in cascade.milestones],
        org_lo=org_lo,
        org_hi=org_hi,
        bounded_ids=frozenset(org_ids[a] for a, b in enumerate(org_bounded) if b),
        org_successors=org_successors,
        org_level=[org.level for org in cascade.organisations],
        written_states=written_states,
    )


def _rollup_groups(
    parent: array[int], doc: array[int]
) -> tuple[array[int], array[int], array[int], dict[int, tuple[int, ...]]]:
    n_docs = max(doc, default=0) + 1
    group = array("i", [-1]) * len(parent)
    index: dict[int, int] = {}
    group_parent = array("i")
    group_doc = array("i")
    for i, p in enumerate(parent):
        if p < 0:
            continue
        key = p * n_docs + doc[i]
        g = index.get(key)
        if g is None:
            g = index[key] = len(group_parent)
            group_parent.append(p)
            group_doc.append(doc[i])
        group[i] = g
    parent_groups: dict[int, tuple[int, ...]] = {}
    for g, p in enumerate(group_parent):
        parent_groups[p] = (*parent_groups.get(p, ()), g)
    return group, group_parent, group_doc, parent_groups


def _org_bounds(
    cascade: Cascade, org_index: dict[str, int]
) -> tuple[list[float], list[float], bytes, dict[int, tuple[int, ...]]]:
    lo: list[float] = []
    hi: list[float] = []
    bounded = bytearray()
    successors: dict[int, tuple[int, ...]] = {}
    for i, org in enumerate(cascade.organisations):
        lo.append(day_start(org.valid_from.toordinal()) if org.valid_from else -float("inf"))
        until = org.valid_until
        hi.append(day_start(until.toordinal() + 1) - 1e-6 if until else float("inf"))
        bounded.append(org.valid_from is not None or org.valid_until is not None)
        if org.successors:
            successors[i] = tuple(org_index[s] for s in org.successors)
    return lo, hi, bytes(bounded), successors
