"""Bulk replay with whole-column operations: a chunk of events at a time, in numpy.

:meth:`cascade.engine.tracker.Tracker.replay` hands each chunk of events (65,536 rows)
to :meth:`Bulk.commit` first. A chunk is decided as a whole: when every event in
it passes the guards *plainly*, its effect is computed with numpy and written
into the tracker's progress in place; otherwise nothing is changed and the
tracker runs the chunk through its per-event loop, which decides each event
exactly and says why one is refused. Plainly means:

* every row names a known obligation, trigger and actor (no milestone rows);
* the trigger is allowed from the state the obligation has reached by then
  (the chunk's events of each obligation are stepped through in order: the
  k-th event of every obligation at once, for k = 0, 1, …);
* no event is dated before the obligation's previous one;
* the actor exists on that day and *is* the holder of a role the transition
  names (lead, issuer, report-to, intermediate); a coordinator, or a successor
  acting for a body that has ceased, goes to the exact loop;
* a ``rollup`` transition finds enough children completed, counted in row
  order as the loop counts them, and no child of the group completed (in the
  progress or anywhere in the chunk) after the parent's event, where the loop
  would count again by time.

Every check here is one the loop makes too, on the same numbers; when all
pass, the loop would commit the same states, times and counts, which property
tests keep in agreement (tests/engine/test_bulk.py, test_stateful.py).
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from cascade.engine.compiled import MODES, Tables
from cascade.engine.guards import NOT_DONE, Progress
from cascade.engine.lifecycle import (
    CLOSES,
    COMPLETES,
    NO_STATE,
    OPENS,
    REOPENS,
    ROLLUP,
    Lifecycle,
    Role,
)

if TYPE_CHECKING:
    Ints = NDArray[np.int32]
    Floats = NDArray[np.float64]
    Changes = tuple[Ints, Ints]

MAX_STEPS = 64  # events of one obligation in a chunk; more go to the loop, one by one


def numbers(index: Mapping[str, int], names: Sequence[str | None]) -> Ints:
    """``index[name]`` for each name, -1 for None or an unknown name, at C speed."""
    if len(names) > 1:
        try:  # the tightest C loop over a dict: itemgetter's
            return np.array(itemgetter(*names)(index), np.int32)
        except KeyError:
            pass  # a milestone row's None, or an unknown id
    get = index.get
    return np.fromiter(map(get, names, repeat(-1)), np.int32, len(names))  # type: ignore[arg-type]


def as_array(column: Ints) -> array[int]:
    """A numpy int32 column as an ``array('i')`` (what the history keeps)."""
    return array("i", column.tobytes())


class Bulk:
    """The static columns of one tracker as numpy arrays, and the chunk step."""

    def __init__(self, tables: Tables, lifecycle: Lifecycle, progress: Progress) -> None:
        self.width = len(lifecycle.triggers)
        self.dest = np.frombuffer(lifecycle.dest, np.uint8)
        self.effect = np.frombuffer(lifecycle.effect, np.uint8)
        self.roles = np.array(lifecycle.roles, np.uint8)
        self.holders = tuple(
            (role, np.frombuffer(column, np.int32))
            for role, column in (
                (Role.LEAD, tables.lead),
                (Role.ISSUER, tables.issuer),
                (Role.REPORT_TO, tables.report_to),
                (Role.VIA, tables.via),  # -1 where there is none
            )
        )
        self.bounded = bool(tables.bounded_ids)  # some organisations exist only for a while
        self.org_lo = np.array(tables.org_lo)
        self.org_hi = np.array(tables.org_hi)
        self.group = np.frombuffer(tables.group, np.int32)
        self.group_mode = np.frombuffer(tables.group_mode, np.uint8)
        self.group_k = np.frombuffer(tables.group_k, np.int32)
        # the roll-up groups of obligation o (as a parent): groups[first[o]:first[o + 1]]
        parents = np.frombuffer(tables.group_parent, np.int32)
        self.groups = np.argsort(parents, kind="stable")
        self.first = np.zeros(len(tables.ob_ids) + 1, np.intp)
        np.cumsum(np.bincount(parents, minlength=len(tables.ob_ids)), out=self.first[1:])
        # the mutable columns, written in place
        self.state = np.frombuffer(progress.state, np.uint8)
        self.completed_at = np.frombuffer(progress.completed_at, np.float64)
        self.last_at = np.frombuffer(progress.last_at, np.float64)
        self.live = np.frombuffer(progress.live, np.int32)
        self.done = np.frombuffer(progress.done, np.int32)
        self.done_max = np.frombuffer(progress.done_max, np.float64)

    def commit(self, o: Ints, t: Ints, a: Ints, x: Floats, track: bool) -> Changes | None:
        """Check and commit one chunk (obligation, trigger and actor numbers, and times,
        in row order).

        Returns each row's old and new state when ``track`` (else empty columns), or
        None, having changed nothing, when some row does not pass plainly (see the
        module docstring).
        """
        if len(o) == 0 or min(o.min(), t.min(), a.min()) < 0:
            return None  # nothing to do, or a milestone or an unknown id: the loop says which
        # each obligation's events together, in row order: a run per obligation
        order = np.argsort(o, kind="stable")
        o, t, a, x = o[order], t[order], a[order], x[order]
        start = np.flatnonzero(np.diff(o, prepend=-1))
        stepped = self._step(o, t, start, np.diff(start, append=len(o)))
        if stepped is None or not self._plain(o, a, x, stepped[1], start):
            return None
        final, cell = stepped
        effect = self.effect[cell]
        group = self.group[o]
        done, live = _deltas(effect)
        parents = np.flatnonzero(((effect & ROLLUP) != 0) & (self.first[o + 1] > self.first[o]))
        if len(parents) and not self._rollup_passes(o, x, order, parents, group, done, live):
            return None
        self._write(o, x, effect, start, final, group, done, live)
        old, new = np.empty(0, np.int32), np.empty(0, np.int32)
        if track:
            old, new = np.empty(len(o), np.int32), np.empty(len(o), np.int32)
            old[order], new[order] = cell // self.width, self.dest[cell]
        return old, new

    def _step(
        self, o: Ints, t: Ints, start: NDArray[np.intp], length: NDArray[np.intp]
    ) -> tuple[Ints, NDArray[np.intp]] | None:
        """Each obligation's final state, and each row's table cell (``old state *
        width + trigger``): the k-th event of every obligation at once, for k = 0,
        1, ...; None if a trigger is not allowed, or an obligation has more than
        MAX_STEPS events here."""
        steps = int(length.max())
        if steps > MAX_STEPS:
            return None
        state = self.state[o[start]].astype(np.int32)  # per obligation, as it steps
        cell = np.empty(len(o), np.intp)
        for k in range(steps):
            runs = np.flatnonzero(length > k)  # the obligations with a k-th event
            rows = start[runs] + k
            c = state[runs] * self.width + t[rows]
            d = self.dest[c]
            if (d == NO_STATE).any():
                return None
            cell[rows] = c
            state[runs] = d
        return state, cell

    def _plain(
        self, o: Ints, a: Ints, x: Floats, cell: NDArray[np.intp], start: NDArray[np.intp]
    ) -> bool:
        """Time order, the actor's existence and its role, for every row."""
        previous = np.empty_like(x)
        previous[1:] = x[:-1]
        previous[start] = self.last_at[o[start]]
        if (x < previous).any():
            return False
        if self.bounded and ((x < self.org_lo[a]) | (x > self.org_hi[a])).any():
            return False
        mask = self.roles[cell]
        rest = np.arange(len(o))  # the rows not yet seen to hold a role
        for role, holder in self.holders:
            holds = ((mask[rest] & role) != 0) & (a[rest] == holder[o[rest]])
            rest = rest[~holds]
        return not len(rest)

    def _rollup_passes(
        self,
        o: Ints,
        x: Floats,
        order: NDArray[np.intp],
        parents: NDArray[np.intp],
        group: Ints,
        done_delta: Ints,
        live_delta: Ints,
    ) -> bool:
        """Whether every roll-up row (at ``parents``) finds its children done, counted
        in row order as the loop counts them."""
        # one (row, group) pair per roll-up group of each parent's row
        count = self.first[o[parents] + 1] - self.first[o[parents]]
        at = np.repeat(parents, count)
        within = np.arange(len(at)) - np.repeat(np.cumsum(count) - count, count)
        asked = self.groups[self.first[o[at]] + within]
        # the children's changes in the chunk, by (group, row): sums before each pair
        changed = np.flatnonzero((group >= 0) & ((done_delta != 0) | (live_delta != 0)))
        span = len(o)
        keys = group[changed].astype(np.int64) * span + order[changed]
        by_key = np.argsort(keys)
        keys, changed = keys[by_key], changed[by_key]
        done_sum = np.concatenate(([0], np.cumsum(done_delta[changed])))
        live_sum = np.concatenate(([0], np.cumsum(live_delta[changed])))
        before = np.searchsorted(keys, asked.astype(np.int64) * span + order[at])
        begin = np.searchsorted(keys, asked.astype(np.int64) * span)
        done = self.done[asked] + done_sum[before] - done_sum[begin]
        live = self.live[asked] + live_sum[before] - live_sum[begin]
        mode = self.group_mode[asked]
        need = np.select(
            [mode == MODES["all"], mode == MODES["any"], mode == MODES["k_of_n"]],
            [live, np.minimum(1, live), np.minimum(self.group_k[asked], live)],
            0,
        )
        if (done < need).any():
            return False
        # no child of the group completed after the parent's event (else the loop counts)
        latest = self.done_max.copy()
        completes = changed[done_delta[changed] > 0]
        np.maximum.at(latest, group[completes], x[completes])
        return not (latest[asked] > x[at]).any()

    def _write(
        self,
        o: Ints,
        x: Floats,
        effect: NDArray[np.uint8],
        start: NDArray[np.intp],
        final: Ints,
        group: Ints,
        done_delta: Ints,
        live_delta: Ints,
    ) -> None:
        """Commit: each obligation's state and time, completion times, group counts."""
        last = np.append(start[1:], len(o)) - 1
        self.state[o[start]] = final
        self.last_at[o[start]] = x[last]
        # the completion time is set by the obligation's last row that completes or reopens
        marks = np.flatnonzero((effect & (COMPLETES | REOPENS)) != 0)
        if len(marks):
            ob = o[marks]
            marks = marks[np.append(ob[1:] != ob[:-1], True)]
            completes = (effect[marks] & COMPLETES) != 0
            self.completed_at[o[marks]] = np.where(completes, x[marks], NOT_DONE)
        child = np.flatnonzero(group >= 0)
        np.add.at(self.done, group[child], done_delta[child])
        np.add.at(self.live, group[child], live_delta[child])
        child = child[done_delta[child] > 0]
        np.maximum.at(self.done_max, group[child], x[child])


def _deltas(effect: NDArray[np.uint8]) -> tuple[Ints, Ints]:
    """Per row, what it adds to its roll-up group's completed and live children."""
    done = ((effect & COMPLETES) != 0).astype(np.int32) - ((effect & REOPENS) != 0)
    live = ((effect & OPENS) != 0).astype(np.int32) - ((effect & CLOSES) != 0)
    return done, live
