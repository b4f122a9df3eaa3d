"""Guards: whether an event may fire, and if not, why; in readable code.

:class:`Guards` is the reference check that both of the tracker's paths rely
on: the single-event path calls it for every event; the bulk loop runs a fast
inline check and calls it whenever that one does not pass plainly (to say why,
or to let through what the fast check cannot see: a coordinator, an
intermediate, a successor acting for a body that has ceased).

The checks, in order: the trigger is allowed from the obligation's state; the
event is not dated before the obligation's previous event; the actor exists on
that day; the actor holds a role the transition names (or is a successor of
the holder, after the holder ceased); a transition marked ``rollup`` finds the
children, in each roll-up group, completed by the event's time as the group's
document's policy asks (``all``, ``any``, ``k_of_n``, ``none``; cancelled and
superseded children are left out of the count).
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cascade.clock import from_seconds
from cascade.engine.compiled import FIXED, MODES, ON_DEMAND, RECURRING, Tables
from cascade.engine.lifecycle import (
    CLOSES,
    COMPLETES,
    CYCLIC,
    NO_STATE,
    OPENS,
    REOPENS,
    REQUEST,
    ROLLUP,
    Lifecycle,
    Role,
)

if TYPE_CHECKING:
    from cascade.engine.dated import Dated
    from cascade.engine.epochs import Epochs

NOT_DONE = math.inf  # completed_at of an obligation that is not completed: never
EARLIEST = -math.inf  # completed before any recorded time (a state written in the file)


@dataclass
class Progress:
    """The mutable columns of a tracker: where every obligation stands now.

    Typed arrays rather than lists (a few bytes per obligation instead of a
    pointer and a float object), which the bulk path reads and writes in place
    as numpy views (:mod:`cascade.engine.bulk`).
    """

    state: array[int]  # 'B': state code per obligation
    completed_at: array[float]  # POSIX time of the completing report, NOT_DONE or EARLIEST
    last_at: array[float]  # time of the obligation's latest event
    live: array[int]  # 'i', per roll-up group: children not closed
    done: array[int]  # 'i', per roll-up group: children completed
    done_max: array[float]  # per roll-up group: an upper bound of the children's completion times
    milestone_at: dict[int, float]  # milestone number -> time recorded

    def copy(self) -> Progress:
        """A copy to restore if a batch fails."""
        return Progress(
            self.state[:],
            self.completed_at[:],
            self.last_at[:],
            self.live[:],
            self.done[:],
            self.done_max[:],
            self.milestone_at.copy(),
        )

    def restore(self, saved: Progress) -> None:
        """Put back ``saved`` in place (the hot loop holds these arrays).

        Copied through memoryviews: numpy views of the arrays (cascade.engine.bulk) keep
        them exported, and array's own slice assignment refuses that for an empty array.
        """
        for mine, kept in (
            (self.state, saved.state),
            (self.completed_at, saved.completed_at),
            (self.last_at, saved.last_at),
            (self.live, saved.live),
            (self.done, saved.done),
            (self.done_max, saved.done_max),
        ):
            memoryview(mine)[:] = memoryview(kept)
        self.milestone_at.clear()
        self.milestone_at.update(saved.milestone_at)

    def take_effect(self, o: int, g: int, effect: int, x: float) -> None:
        """Obligation ``o`` (child of roll-up group ``g``; -1: of none) completes, reopens,
        closes or opens at ``x``, as the lifecycle's ``effect`` flags say."""
        if effect & COMPLETES:
            self.completed_at[o] = x
            if g >= 0:
                self.done[g] += 1
                if x > self.done_max[g]:
                    self.done_max[g] = x
        elif effect & REOPENS:
            self.completed_at[o] = NOT_DONE
            if g >= 0:
                self.done[g] -= 1
        if g >= 0:
            if effect & CLOSES:
                self.live[g] -= 1
            elif effect & OPENS:
                self.live[g] += 1


class Guards:
    """The reference guard check over one tracker's tables and progress."""

    def __init__(
        self,
        tables: Tables,
        lifecycle: Lifecycle,
        progress: Progress,
        dated: Dated | None = None,
        epochs: Epochs | None = None,
    ) -> None:
        self.tables = tables
        self.lifecycle = lifecycle
        self.progress = progress
        self.dated = dated  # the amendments: who holds what when, what is in force
        self.epochs = epochs  # lifecycle migrations: which transitions exist when

    def refusal(self, o: int, t: int, a: int, x: float) -> str | None:
        """Why obligation ``o`` may not take trigger ``t`` from actor ``a`` at ``x``; None
        if every guard passes."""
        lc, tb, p = self.lifecycle, self.tables, self.progress
        s = p.state[o]
        if self.epochs is not None:
            s = self.epochs.state_at(s, x)
        cell = s * len(lc.triggers) + t
        trigger = lc.triggers[t]
        if lc.dest[cell] == NO_STATE or (self.epochs and not self.epochs.allows(cell, x)):
            allowed = ", ".join(self._allowed(s, x)) or "none: it is final"
            return f"{trigger!r} is not allowed from {lc.states[s]!r} (allowed: {allowed})"
        if x < p.last_at[o]:
            return (
                f"it is dated {iso(x)}, before the obligation's previous event "
                f"({iso(p.last_at[o])})"
            )
        if lc.effect[cell] & CYCLIC:
            refused = self.cycles(o, lc.effect[cell], x)
            if refused is not None:
                return f"{trigger!r} {refused}"
        if self.dated is not None and o in self.dated.amended:
            absent = self.dated.absent(o, x)
            if absent is not None:
                return absent
        existence = self.existence(a, x)
        if existence is not None:
            return existence
        holders = self.holders(o, lc.roles[cell], x)
        if not any(self.acts_for(a, h, x) for _, h in holders):
            named = " or ".join(f"the {role} ({tb.org_ids[h]})" for role, h in holders)
            return f"only {named} may {trigger!r} it"
        if lc.effect[cell] & ROLLUP and o in tb.parent_groups:
            return self.rollup(o, x)
        return None

    def _allowed(self, s: int, x: float) -> list[str]:
        """The triggers the lifecycle in force at ``x`` allows from state ``s``."""
        lc, epochs = self.lifecycle, self.epochs
        width = len(lc.triggers)
        return [
            trigger
            for t, trigger in enumerate(lc.triggers)
            if lc.dest[s * width + t] != NO_STATE
            and (epochs is None or epochs.allows(s * width + t, x))
        ]

    def cycles(self, o: int, effect: int, x: float) -> str | None:
        """Why obligation ``o`` has no cycle for a transition with ``effect`` (a further
        cycle's report, a request) at ``x``: its deadline in force then has none."""
        kind = self.tables.due_kind[o]
        deadline = self.dated.deadline_at(o, x) if self.dated is not None else None
        if deadline is not None:
            kind = {"recurring": RECURRING, "on_demand": ON_DEMAND}.get(deadline.kind, FIXED)
        if effect & REQUEST and kind != ON_DEMAND:
            return "asks for an on-demand report, and this obligation's deadline is not on demand"
        if kind not in (RECURRING, ON_DEMAND):
            return (
                "reports a further cycle, and this obligation's deadline has none "
                "(it is not recurring or on demand)"
            )
        return None

    def existence(self, a: int, x: float) -> str | None:
        """Why organisation ``a`` cannot act at ``x`` (not yet, or no longer there)."""
        tb = self.tables
        if x < tb.org_lo[a]:
            return f"{tb.org_ids[a]} does not exist yet on {iso(x)[:10]}"
        if x > tb.org_hi[a]:
            successors = ", ".join(tb.org_ids[s] for s in tb.org_successors.get(a, ()))
            then = f"; its successors act for it: {successors}" if successors else ""
            return f"{tb.org_ids[a]} no longer exists on {iso(x)[:10]}{then}"
        return None

    def holders(self, o: int, mask: int, x: float | None = None) -> list[tuple[str, int]]:
        """The (role, organisation) pairs of obligation ``o`` that ``mask`` names, as held at
        ``x`` (as first written when None, or when no amendment re-holds it)."""
        tb = self.tables
        roles = self.dated.roles_at(o, x) if self.dated is not None and x is not None else None
        if roles is None:
            lead, coordinators = tb.lead[o], tb.coordinators.get(o, ())
            lines = ((tb.report_to[o], tb.via[o]), *tb.more_report_to.get(o, ()))
        else:
            lead, coordinators = roles.lead, roles.coordinators
            lines = ((roles.report_to, roles.via), *roles.also_report_to)
        out: list[tuple[str, int]] = []
        if mask & Role.LEAD:
            out.append(("lead", lead))
        if mask & Role.COORDINATOR:
            out.extend(("coordinator", c) for c in coordinators)
        if mask & Role.ISSUER:
            out.append(("issuer", tb.issuer[o]))
        if mask & Role.REPORT_TO:  # every report line ('báo cáo về Bộ …, UBND tỉnh')
            out.extend(("report-to body", to) for to, _via in lines)
        if mask & Role.VIA:
            out.extend(("intermediate", via) for _to, via in lines if via >= 0)
        return out

    def acts_for(self, a: int, holder: int, x: float) -> bool:
        """Whether ``a`` is ``holder``, or a successor of it acting after it ceased."""
        if a == holder:
            return True
        tb = self.tables
        if x <= tb.org_hi[holder]:
            return False
        return any(self.acts_for(a, s, x) for s in tb.org_successors.get(holder, ()))

    def rollup(self, o: int, x: float) -> str | None:
        """Why the children of ``o`` do not let it report at ``x``; None if they do."""
        tb, p = self.tables, self.progress
        dated = self.dated if self.dated is not None and o in self.dated.dated_children else None
        for g in tb.parent_groups[o]:
            live = p.live[g]
            if dated is not None:  # children added later or withdrawn by x are not waited for
                closed = self.lifecycle.closed
                live = sum(
                    1
                    for c in tb.group_children[g]
                    if not closed[p.state[c]] and (dated.in_force(c, x) or p.completed_at[c] <= x)
                )
            need = required(tb.group_mode[g], tb.group_k[g], live)
            done = p.done[g]
            if done >= need and p.done_max[g] > x:
                # some child completed after x: count those completed by x
                done = sum(1 for c in tb.group_children[g] if p.completed_at[c] <= x)
            if done < need:
                waiting = [
                    tb.ob_ids[c]
                    for c in tb.group_children[g]
                    if not self.lifecycle.closed[p.state[c]] and not p.completed_at[c] <= x
                ]
                shown = ", ".join(waiting[:3]) + (", …" if len(waiting) > 3 else "")
                mode = next(m for m, v in MODES.items() if v == tb.group_mode[g])
                return (
                    f"its children from {tb.doc_ids[tb.group_doc[g]]} are not done: {done} of "
                    f"{live} completed by {iso(x)[:10]}, roll-up policy {mode!r} "
                    f"needs {need} (waiting for {shown})"
                )
        return None


def required(mode: int, k: int, live: int) -> int:
    """How many of ``live`` children must be completed under a roll-up mode."""
    if mode == MODES["all"]:
        return live
    if mode == MODES["any"]:
        return min(1, live)
    if mode == MODES["k_of_n"]:
        return min(k, live)
    return 0


def iso(seconds: float) -> str:
    """POSIX ``seconds`` as an ISO 8601 time in Vietnam ('the start' for -inf)."""
    if math.isinf(seconds):
        return "the start"
    return from_seconds(seconds).isoformat()
