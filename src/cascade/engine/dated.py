"""The amendments of a cascade as the engine reads them: dated changes over its columns.

:func:`cascade.engine.timeline.resolve` gives a plan in ids and days; a
:class:`Dated` turns it into obligation and organisation numbers and POSIX
instants (a change takes effect at the first instant of its effective day,
Vietnam time), for the two places that need it:

* the guards (:mod:`cascade.engine.guards`): an obligation is acted on only
  while it is in force, and by whoever holds the role *at the event's time*.
  Only the obligations an amendment touches (:attr:`Dated.amended`) are
  checked this way; the tracker's fast paths send exactly those to the full
  check, so a cascade without amendments pays nothing;
* the status (:mod:`cascade.engine.status`): as of a day, an obligation not yet
  added is in no count, a withdrawn one that was not completed is closed, a
  report is judged by the deadline in force when it was made (an open
  obligation by the one in force on the day), and an obligation is counted for
  whoever held it then.

Nothing here changes what happened before an effective day, which is what
keeps every figure as of an earlier day as it was.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cascade.clock import from_seconds
from cascade.engine.compiled import Tables, day_start
from cascade.engine.timeline import Holding, Plan, expanded_targets, resolve
from cascade.model import Addition, Cascade, Deadline, Withdrawal


@dataclass(frozen=True, slots=True)
class Roles:
    """An obligation's role holders as organisation numbers (``via`` -1: none)."""

    lead: int
    coordinators: tuple[int, ...]
    report_to: int
    via: int
    also_report_to: tuple[tuple[int, int], ...] = ()  # further (to, via -1: none) lines


def instant(day: dt.date) -> float:
    """The first instant of ``day`` in Vietnam, as POSIX seconds: when a change takes effect."""
    return day_start(day.toordinal())


class Dated:
    """A cascade's amendments over one tracker's columns (see the module docstring)."""

    def __init__(self, cascade: Cascade, tables: Tables, plan: Plan | None = None) -> None:
        self.plan = plan = plan or resolve(cascade)
        self.tables = tables
        index = tables.ob_index
        self.born: dict[int, float] = {index[ob]: instant(d) for ob, d in plan.added.items()}
        self.gone: dict[int, float] = {index[ob]: instant(d) for ob, d in plan.withdrawn.items()}
        self.why: dict[int, str] = {}  # obligation -> the amendment that adds or withdraws it
        targets = expanded_targets(cascade)
        for amendment in cascade.amendments:
            if isinstance(amendment, Addition | Withdrawal):
                for ref in amendment.obligations:
                    for target in targets.get(ref, ()):
                        self.why.setdefault(index[target], amendment.id)
        self.role_times: dict[int, list[float]] = {}
        self.roles: dict[int, list[Roles]] = {}
        self.deadline_times: dict[int, list[float]] = {}
        self.deadlines: dict[int, list[Deadline]] = {}
        obligations = cascade.obligations
        for ob_id, changes in plan.changes.items():
            o = index[ob_id]
            ob = obligations[o]
            held = [(-float("inf"), self._codes(o, Holding.of(ob)))]
            held += [(instant(c.day), self._codes(o, c.holding)) for c in changes if c.holding]
            if len(held) > 1:
                self.role_times[o] = [at for at, _ in held]
                self.roles[o] = [roles for _, roles in held]
            due = [(-float("inf"), ob.deadline)]
            due += [(instant(c.day), c.deadline) for c in changes if c.deadline is not None]
            if len(due) > 1:
                self.deadline_times[o] = [at for at, _ in due]
                self.deadlines[o] = [deadline for _, deadline in due]
        parents = tables.parent
        self.dated_children: frozenset[int] = frozenset(
            parents[o] for o in (*self.born, *self.gone) if parents[o] >= 0
        )
        """Parents with a child added or withdrawn: their roll-up counts the children in
        force at the report's time."""
        self.amended: frozenset[int] = frozenset(
            (*self.born, *self.gone, *self.roles, *self.dated_children)
        )
        """Obligations whose guards read the amendments (added, withdrawn, re-held, or a
        parent of an added or withdrawn one)."""

    def _codes(self, o: int, held: Holding) -> Roles:
        tb = self.tables
        org = tb.org_index
        return Roles(
            org[held.lead],
            tuple(org[c] for c in held.coordinators),
            org[held.report_to] if held.report_to else tb.issuer[o],
            org[held.via] if held.via else -1,
            tuple((org[to], org[via] if via else -1) for to, via in held.also_report_to),
        )

    @property
    def changes_holders(self) -> bool:
        """Whether some obligation changes hands (status then counts by holder at a time)."""
        return bool(self.roles)

    def roles_at(self, o: int, x: float) -> Roles | None:
        """Who holds obligation ``o``'s roles at ``x``; None when no amendment re-holds it."""
        times = self.role_times.get(o)
        if times is None:
            return None
        return self.roles[o][bisect_right(times, x) - 1]

    def lead_at(self, o: int, x: float) -> int:
        """The lead of obligation ``o`` at ``x``."""
        roles = self.roles_at(o, x)
        return self.tables.lead[o] if roles is None else roles.lead

    def deadline_at(self, o: int, x: float) -> Deadline | None:
        """The deadline of ``o`` in force at ``x``; None when no amendment changes it."""
        times = self.deadline_times.get(o)
        if times is None:
            return None
        return self.deadlines[o][bisect_right(times, x) - 1]

    def in_force(self, o: int, x: float) -> bool:
        """Whether obligation ``o`` is in force at ``x`` (added by then, not withdrawn)."""
        return not (o in self.born and x < self.born[o]) and not (
            o in self.gone and x >= self.gone[o]
        )

    def absent(self, o: int, x: float) -> str | None:
        """Why obligation ``o`` cannot be acted on at ``x`` (not yet added, or withdrawn)."""
        born = self.born.get(o)
        if born is not None and x < born:
            return (
                f"it is not in force before {_day(born)} (added by {self.why.get(o, '?')}); "
                "the event is dated before the document that created it"
            )
        gone = self.gone.get(o)
        if gone is not None and x >= gone:
            return f"it was withdrawn on {_day(gone)} (by {self.why.get(o, '?')})"
        return None


def _day(seconds: float) -> str:
    return from_seconds(seconds).date().isoformat()


def held_keys(
    dated: Dated,
    keys: Sequence[int],
    org_key: Mapping[int, int] | Sequence[int],
    at: Sequence[float],
) -> list[int]:
    """Group keys by who held each obligation at its time ``at[o]`` (re-held ones only)."""
    out = list(keys)
    for o in dated.roles:
        out[o] = org_key[dated.lead_at(o, at[o])]
    return out
