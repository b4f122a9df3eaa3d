"""A cascade over time: its amendments resolved into dated changes per obligation.

A cascade file holds the definition as first written and, under ``amendments``,
the dated changes later documents made to it: deadline extensions ("gia hạn"),
obligations added or withdrawn, leads reassigned, an organisation's
obligations transferred to successors, a lifecycle migration. Nothing is
rewritten: each change is in force from its effective day (the amending
document's date unless it says otherwise), and what was in force before stays
what it was.

* :func:`resolve` turns the amendments into a :class:`Plan`: for each
  (expanded) obligation, its changes in the order they take effect; the day
  each added obligation comes into force and each withdrawn one is withdrawn;
  the lifecycle migrations. Transfers are resolved here, in effective order:
  an organisation's obligations are those it holds on that day, after every
  earlier change.
* :func:`in_force` gives the plain :class:`~cascade.model.Cascade` in force at
  the end of a day, for what reads a definition as of a day (render, validate,
  export, show).

The engine's own view of the plan, as numbers over its columns, is in
:mod:`cascade.engine.dated`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from cascade.model import (
    Addition,
    Amendment,
    Cascade,
    Deadline,
    Extension,
    LifecycleMigration,
    Obligation,
    Organisation,
    Reassignment,
    ReportLine,
    Transfer,
    Withdrawal,
)


@dataclass(frozen=True)
class Holding:
    """Who holds an obligation's roles: its lead, coordinators and report line."""

    lead: str
    coordinators: tuple[str, ...] = ()
    report_to: str | None = None
    via: str | None = None
    also_report_to: tuple[tuple[str, str | None], ...] = ()  # further (to, via) lines

    @classmethod
    def of(cls, ob: Obligation) -> Holding:
        """The holding an obligation is written with."""
        also = tuple((line.to, line.via) for line in ob.also_report_to)
        return cls(ob.lead, ob.coordinators, ob.report_to, ob.via, also)

    def holds(self, org: str) -> bool:
        """Whether ``org`` holds any role here."""
        if org in (self.lead, self.report_to, self.via) or org in self.coordinators:
            return True
        return any(org in line for line in self.also_report_to)

    def passed(self, org: str, successor: str) -> Holding:
        """This holding with every role of ``org`` passed to ``successor``."""

        def swap(who: str | None) -> str | None:
            return successor if who == org else who

        coordinators = tuple(dict.fromkeys(successor if c == org else c for c in self.coordinators))
        lead = successor if self.lead == org else self.lead
        return Holding(
            lead,
            tuple(c for c in coordinators if c != lead),
            swap(self.report_to),
            swap(self.via),
            tuple((swap(to) or to, swap(via)) for to, via in self.also_report_to),
        )


@dataclass(frozen=True)
class Change:
    """One dated change to one obligation: a new holding, a new deadline, or both."""

    day: dt.date
    amendment: str
    kind: str
    holding: Holding | None = None
    deadline: Deadline | None = None


@dataclass(frozen=True)
class Unresolved:
    """An obligation a transfer found no successor for (it stays with its holder)."""

    amendment: int  # index in cascade.amendments
    obligation: str
    organisation: str


@dataclass
class Plan:
    """The amendments of a cascade as dated changes per expanded obligation id."""

    changes: dict[str, list[Change]] = field(default_factory=dict)
    added: dict[str, dt.date] = field(default_factory=dict)
    withdrawn: dict[str, dt.date] = field(default_factory=dict)
    migrations: list[tuple[dt.date, LifecycleMigration]] = field(default_factory=list)
    effective: dict[str, dt.date] = field(default_factory=dict)  # amendment id -> its day
    moved: dict[str, int] = field(default_factory=dict)  # amendment id -> obligations it moved
    unresolved: list[Unresolved] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Whether the cascade has no amendment at all."""
        return not self.effective

    def holding(self, ob: Obligation, day: dt.date) -> Holding:
        """Who holds ``ob``'s roles at the end of ``day``."""
        held = Holding.of(ob)
        for change in self.changes.get(ob.id, ()):
            if change.day > day:
                break
            if change.holding is not None:
                held = change.holding
        return held

    def deadline(self, ob: Obligation, day: dt.date) -> Deadline:
        """The deadline of ``ob`` in force at the end of ``day``."""
        deadline = ob.deadline
        for change in self.changes.get(ob.id, ()):
            if change.day > day:
                break
            if change.deadline is not None:
                deadline = change.deadline
        return deadline

    def in_force_on(self, ob_id: str, day: dt.date) -> bool:
        """Whether the obligation is in force at the end of ``day`` (added, not withdrawn)."""
        added = self.added.get(ob_id)
        if added is not None and day < added:
            return False
        withdrawn = self.withdrawn.get(ob_id)
        return withdrawn is None or day < withdrawn

    def lifecycle(self, written: str, day: dt.date) -> str:
        """The lifecycle in force at the end of ``day``; ``written`` before any migration."""
        name = written
        for when, migration in self.migrations:
            if when <= day:
                name = migration.lifecycle
        return name


def effective_day(cascade: Cascade, amendment: Amendment) -> dt.date:
    """The first day ``amendment`` is in force: its own ``effective``, else its document's date.

    The loader refuses an amendment with neither, so this raises only for a cascade
    built in memory without the checks.
    """
    if amendment.effective is not None:
        return amendment.effective
    day = cascade.document(amendment.document).date
    if day is None:
        raise ValueError(f"amendment {amendment.id!r} has no effective day")
    return day


def expanded_targets(cascade: Cascade) -> dict[str, list[str]]:
    """Each id an amendment may name -> the expanded obligation ids it stands for."""
    targets: dict[str, list[str]] = {}
    for ob in cascade.obligations:
        targets.setdefault(ob.id, []).append(ob.id)
        if ob.template is not None:
            targets.setdefault(ob.template, []).append(ob.id)
    return targets


def ordered(cascade: Cascade) -> list[tuple[dt.date, int, Amendment]]:
    """The amendments with their effective days, in the order they take effect (ties: as
    written)."""
    dated = [(effective_day(cascade, a), i, a) for i, a in enumerate(cascade.amendments)]
    return sorted(dated, key=lambda item: (item[0], item[1]))


def resolve(cascade: Cascade) -> Plan:
    """The amendments of ``cascade`` as dated changes per obligation (see the module
    docstring). A cascade without amendments gives an empty plan at once."""
    plan = Plan()
    if not cascade.amendments:
        return plan
    _Resolver(cascade, plan).run()
    return plan


class _Resolver:
    """Walks the amendments in effective order, keeping each obligation's holding."""

    def __init__(self, cascade: Cascade, plan: Plan) -> None:
        self.cascade = cascade
        self.plan = plan
        self.targets = expanded_targets(cascade)
        self.current: dict[str, Holding] = {}  # obligations whose holding changed so far
        self.orgs = {o.id: o for o in cascade.organisations}
        self._held_by: dict[str, set[int]] | None = None  # organisation -> obligation positions
        self._positions: dict[str, int] = {}

    def held_by(self) -> dict[str, set[int]]:
        """Organisation -> the positions of the obligations it holds a role in now (built
        on the first transfer, kept up to date as holdings change)."""
        if self._held_by is None:
            self._held_by = {}
            self._positions = {ob.id: i for i, ob in enumerate(self.cascade.obligations)}
            for position, ob in enumerate(self.cascade.obligations):
                for org in _roles(self._holding(ob)):
                    self._held_by.setdefault(org, set()).add(position)
        return self._held_by

    def run(self) -> None:
        steps = ordered(self.cascade)
        # which obligations are in force when does not hang on holdings: settle it first,
        # so that a transfer never touches an obligation added after it
        for day, _index, amendment in steps:
            if isinstance(amendment, Addition | Withdrawal):
                self._each(day, amendment)
        for day, index, amendment in steps:
            self.plan.effective[amendment.id] = day
            if isinstance(amendment, LifecycleMigration):
                self.plan.migrations.append((day, amendment))
            elif isinstance(amendment, Transfer):
                self._transfer(day, index, amendment)
            elif isinstance(amendment, Extension | Reassignment):
                self._each(day, amendment)

    def _obligations(self, ids: Sequence[str]) -> Iterator[str]:
        seen: set[str] = set()
        for ref in ids:
            for ob_id in self.targets.get(ref, ()):
                if ob_id not in seen:
                    seen.add(ob_id)
                    yield ob_id

    def _holding(self, ob: Obligation) -> Holding:
        return self.current.get(ob.id) or Holding.of(ob)

    def _each(self, day: dt.date, amendment: Amendment) -> None:
        plan = self.plan
        moved = 0
        for ob_id in self._obligations(getattr(amendment, "obligations", ())):
            moved += 1
            if isinstance(amendment, Addition):
                plan.added.setdefault(ob_id, day)
            elif isinstance(amendment, Withdrawal):
                plan.withdrawn.setdefault(ob_id, day)
            elif isinstance(amendment, Extension):
                extension = Change(day, amendment.id, "extend", deadline=amendment.deadline)
                self._record(ob_id, extension)
            elif isinstance(amendment, Reassignment):
                self._reassign(day, ob_id, amendment)
        plan.moved[amendment.id] = moved

    def _reassign(self, day: dt.date, ob_id: str, amendment: Reassignment) -> None:
        held = self._holding(self.cascade.obligation(ob_id))
        coordinators = held.coordinators
        if amendment.coordinators is not None:
            coordinators = tuple(self._members(amendment.coordinators))
        held = replace(
            held,
            lead=amendment.lead,
            coordinators=tuple(c for c in coordinators if c != amendment.lead),
        )
        self._record(ob_id, Change(day, amendment.id, "reassign", holding=held))

    def _members(self, ids: Sequence[str]) -> Iterator[str]:
        groups = {g.id: g.members for g in self.cascade.groups}
        for ref in ids:
            yield from groups.get(ref, (ref,))

    def _transfer(self, day: dt.date, index: int, transfer: Transfer) -> None:
        org = transfer.organisation
        moved = 0
        obligations = self.cascade.obligations
        for position in sorted(self.held_by().get(org, ())):
            ob = obligations[position]
            if not self.plan.in_force_on(ob.id, day):
                continue
            held = self._holding(ob)
            if not held.holds(org):
                continue
            successor = self._successor(ob, transfer, day)
            if successor is None:
                self.plan.unresolved.append(Unresolved(index, ob.id, org))
                continue
            moved += 1
            self._record(
                ob.id, Change(day, transfer.id, "transfer", holding=held.passed(org, successor))
            )
        self.plan.moved[transfer.id] = moved

    def _successor(self, ob: Obligation, transfer: Transfer, day: dt.date) -> str | None:
        mapped = transfer.mapping.get(ob.id)
        if mapped is None and ob.template is not None:
            mapped = transfer.mapping.get(ob.template)
        if mapped is not None:
            return mapped
        if transfer.rule == "concerns" and ob.concerns is not None:
            found = successor_on(self.orgs, ob.concerns, day)
            if found is not None:
                return found
        return transfer.successor

    def _record(self, ob_id: str, change: Change) -> None:
        self.plan.changes.setdefault(ob_id, []).append(change)
        if change.holding is None:
            return
        if self._held_by is not None:  # keep the index of who holds what
            position = self._positions[ob_id]
            for org in _roles(self._holding(self.cascade.obligation(ob_id))):
                self._held_by.get(org, set()).discard(position)
            for org in _roles(change.holding):
                self._held_by.setdefault(org, set()).add(position)
        self.current[ob_id] = change.holding


def _roles(held: Holding) -> set[str]:
    """Every organisation holding a role in ``held``."""
    roles = {held.lead, *held.coordinators}
    roles.update(ref for ref in (held.report_to, held.via) if ref is not None)
    roles.update(ref for line in held.also_report_to for ref in line if ref is not None)
    return roles


def successor_on(orgs: Mapping[str, Organisation], org_id: str, day: dt.date) -> str | None:
    """The one body that stands for ``org_id`` on ``day``: itself while it exists, else its
    only successor (followed while successors have ceased too); None when it is not one."""
    seen: set[str] = set()
    current = org_id
    while current not in seen:
        seen.add(current)
        org = orgs.get(current)
        if org is None:
            return None
        if org.valid_on(day):
            return current
        if len(org.successors) != 1:
            return None
        current = org.successors[0]
    return None


def held_on(cascade: Cascade, day: dt.date, plan: Plan | None = None) -> Cascade:
    """The cascade with each obligation as held at the end of ``day`` (lead, coordinators,
    report line, deadline), every obligation kept in its place: for what lists obligations
    by position beside the engine's columns (reports, filters). Amendments stay."""
    if not cascade.amendments:
        return cascade
    plan = plan or resolve(cascade)
    if not plan.changes:
        return cascade
    held = cascade.model_copy(
        update={"obligations": tuple(_as_of(ob, plan, day) for ob in cascade.obligations)}
    )
    held._indexes = {}  # the copy would share the look-up tables of the one it copies
    return held


def in_force(cascade: Cascade, day: dt.date, plan: Plan | None = None) -> Cascade:
    """The cascade as in force at the end of ``day``: obligations added later and those
    withdrawn by then left out, holdings and deadlines as changed by then, the lifecycle
    migrated to by then. The result has no amendments: it is one revision, plain.

    A cascade without amendments is returned as it is.
    """
    if not cascade.amendments:
        return cascade
    plan = plan or resolve(cascade)
    return revision(held_on(cascade, day, plan), day, plan)


def revision(held: Cascade, day: dt.date, plan: Plan) -> Cascade:
    """``held`` (a cascade whose obligations are already as held on ``day``) as the plain
    revision in force then: only the obligations in force, the lifecycle migrated to, no
    amendments."""
    fields = {name: getattr(held, name) for name in Cascade.model_fields}
    fields["obligations"] = tuple(ob for ob in held.obligations if plan.in_force_on(ob.id, day))
    fields["amendments"] = ()
    lifecycle = plan.lifecycle(held.cascade.lifecycle, day)
    if lifecycle != held.cascade.lifecycle:
        fields["cascade"] = held.cascade.model_copy(update={"lifecycle": lifecycle})
    return Cascade.model_construct(**fields)


def _as_of(ob: Obligation, plan: Plan, day: dt.date) -> Obligation:
    changes = plan.changes.get(ob.id)
    if not changes or changes[0].day > day:
        return ob
    held = plan.holding(ob, day)
    return ob.model_copy(
        update={
            "lead": held.lead,
            "coordinators": held.coordinators,
            "report_to": held.report_to,
            "via": held.via,
            "also_report_to": tuple(ReportLine(to=to, via=via) for to, via in held.also_report_to),
            "deadline": plan.deadline(ob, day),
        }
    )
