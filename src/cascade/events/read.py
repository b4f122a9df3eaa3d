"""Reading events files fast: orjson and a few cached checks per line.

A line takes the fast path when it is plainly fine: a JSON object (parsed from the
bytes by orjson, which also rejects invalid UTF-8) with known keys, a string for
each value (``null`` for optional ones), the right keys for an obligation's or a
milestone's event, ids that pass the id rule and an ASCII time that
``datetime.fromisoformat`` takes. Names that repeat (obligation, trigger, actor,
milestone) are checked once each and then looked up. Every other line, and so
every line with a problem, goes to :func:`cascade.events.line.read_line`, the
checked path that words the error and its file:line:col; a line the fast path
takes gives exactly the columns the checked path would (tests/events_parse).
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import orjson

from cascade.errors import CascadeFileError, Position
from cascade.events.batch import KEYS, NAIVE, EventBatch
from cascade.events.line import ID, PROGRESS_EVERY, Problems, normal, read_line

_KEYS = frozenset(KEYS)
_EPOCH_DAY = dt.date(1970, 1, 1).toordinal()
_MICROSECOND = dt.timedelta(microseconds=1)
_CLOCK_SIZE = 4096  # times remembered: events often share one (a day's reports at 08:00)
_PLAIN = re.compile(r"[ -+\--:<-~]{1,200}").fullmatch  # printable ASCII, no space , ;
_VIETNAM_US = dt.timedelta(hours=7) // _MICROSECOND  # VIETNAM, in µs


class _NotPlainError(Exception):
    """The line is not plainly fine: the checked path reads it."""


def read_events(path: str | Path, progress: Callable[[int], None] | None = None) -> EventBatch:
    """Parse the events file ``path``; every problem is reported with file:line:col.

    ``progress`` is called with the number of bytes read so far, every few
    thousand lines (for a progress bar on large files).
    """
    name = str(path)
    try:
        with Path(path).open("rb") as handle:
            return parse_events(handle, name, progress)
    except FileNotFoundError:
        raise CascadeFileError("no such events file", Position(name)) from None
    except IsADirectoryError:
        raise CascadeFileError("is a directory, not an events file", Position(name)) from None
    except OSError as exc:
        raise CascadeFileError(f"cannot read: {exc.strerror}", Position(name)) from None


def _checked(value: object) -> str:
    """``value`` as kept if it is a string that passes the id rule; else :class:`_NotPlainError`."""
    if type(value) is not str:
        raise _NotPlainError
    kept = normal(value)
    if not ID.match(kept):
        raise _NotPlainError
    return kept


def _name(value: object, names: dict[object, str], shared: dict[str, str]) -> str:
    """A trigger, actor or milestone seen for the first time: checked, remembered, shared."""
    kept = _checked(value)
    kept = names[value] = shared.setdefault(kept, kept)
    return kept


def _time(
    at: object, clock: dict[object, tuple[float, int]], zones: dict[object, tuple[int, int]]
) -> tuple[float, int]:
    """A time not seen lately: (POSIX seconds, ``offsets`` value), remembered in ``clock``.

    Raises :class:`_NotPlainError` or ``ValueError`` (``fromisoformat``) when the
    checked path should read it.
    """
    if type(at) is not str or not at.isascii():
        raise _NotPlainError  # the checked path normalises (strip, NFC) first
    when = dt.datetime.fromisoformat(at)
    tz = when.tzinfo
    if (zone := zones.get(tz)) is None:  # (UTC offset in µs, offsets value)
        offset = when.utcoffset()
        if offset is None:  # a time without an offset is Vietnam time
            zone = (_VIETNAM_US, NAIVE)
        else:
            zone = (offset // _MICROSECOND, int(offset.total_seconds() // 60))
        zones[tz] = zone
    # what datetime.timestamp() (called by the checked path) gives, without its cost:
    # the whole microseconds since the epoch, divided once, so the same float
    day = when.toordinal() - _EPOCH_DAY
    local = (day * 86400 + when.hour * 3600 + when.minute * 60 + when.second) * 1_000_000
    value = ((local + when.microsecond - zone[0]) / 1_000_000, zone[1])
    if len(clock) >= _CLOCK_SIZE:
        clock.clear()
    clock[at] = value
    return value


def parse_events(
    handle: IO[bytes], name: str = "<events>", progress: Callable[[int], None] | None = None
) -> EventBatch:
    """Parse JSON Lines events from a binary file object (see :func:`read_events`)."""
    batch = EventBatch(source=name, lines=array("l"))
    assert batch.lines is not None
    shared: dict[str, str] = {}  # one string object per trigger and actor name
    names: dict[object, str] = {}  # trigger, actor or milestone as written -> as kept
    clock: dict[object, tuple[float, int]] = {}  # time as written -> (seconds, offset)
    zones: dict[object, tuple[int, int]] = {}
    problems = Problems(name)
    loads = orjson.loads
    ids, obs, triggers, actors = (
        batch.ids.append, batch.obligations.append, batch.triggers.append, batch.actors.append
    )  # fmt: skip
    times, offsets, lines = batch.at.append, batch.offsets.append, batch.lines.append
    milestone: Any
    note: Any
    evidence: Any
    done = 0
    for number, raw in enumerate(handle, start=1):
        done += len(raw)
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(done)
        try:
            data = loads(raw)
            if type(data) is not dict:
                raise _NotPlainError
            ident, actor, at = data["id"], data["actor"], data["at"]
            obligation, trigger = data.get("obligation"), data.get("trigger")
            if len(data) == 5 and obligation is not None and trigger is not None:
                milestone = note = evidence = None  # the usual line: nothing optional
            elif _KEYS.issuperset(data):
                get = data.get
                milestone, note, evidence = get("milestone"), get("note"), get("evidence")
                if milestone is None:
                    if obligation is None or trigger is None:
                        raise _NotPlainError
                elif obligation is not None or trigger is not None:
                    raise _NotPlainError
            else:
                raise _NotPlainError
            if (clocked := clock.get(at)) is None:
                clocked = _time(at, clock, zones)
            seconds, offset = clocked
            if not (
                type(ident) is str and ident.isascii() and ident.isalnum() and len(ident) <= 200
            ):
                ident = _checked(ident)  # not plainly an id: the full rule
            if (kept := names.get(actor)) is None:
                kept = _name(actor, names, shared)
            actor = kept
            if obligation is not None:
                if not (type(obligation) is str and _PLAIN(obligation)):
                    obligation = _checked(obligation)
                if (kept := names.get(trigger)) is None:
                    kept = _name(trigger, names, shared)
                trigger = kept
            elif (milestone := names.get(milestone)) is None:
                milestone = _name(data["milestone"], names, shared)
            if note is not None:
                if type(note) is not str:
                    raise _NotPlainError
                note = normal(note)
            if evidence is not None:
                if type(evidence) is not str:
                    raise _NotPlainError
                evidence = normal(evidence)
        except (_NotPlainError, KeyError, TypeError, ValueError):  # orjson's errors are ValueError
            problem = read_line(raw, number, name, batch, shared)
            if problem is not None and problems.add(problem):
                break
            continue
        if milestone is not None or note is not None or evidence is not None:
            row = len(batch.ids)
            if milestone is not None:
                batch.milestones[row] = milestone
            if note is not None:
                batch.notes[row] = note
            if evidence is not None:
                batch.evidence[row] = evidence
        ids(ident)
        obs(obligation)
        triggers(trigger)
        actors(actor)
        times(seconds)
        offsets(offset)
        lines(number)
    if progress is not None:
        progress(done)
    problems.raise_any()
    return batch
