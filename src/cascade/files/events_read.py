"""Reading events files fast: orjson, and checks that cost little per line.

A line takes the fast path when it is plainly fine: a JSON object (parsed from the
bytes by orjson, which also rejects invalid UTF-8) with known keys, a string for
each value (``null`` for optional ones), the keys of an obligation's or of a
milestone's event, ids that pass the id rule, and an ASCII time that
``datetime.fromisoformat`` takes. Triggers, actors and milestones, a few names on
every line, are checked once each and then looked up; ids and obligations are
tested with one regular expression. Every other line, and so every line with a
problem, goes to :func:`cascade.files.events_line.read_line`, the checked path, which
words the error and its file:line:col. A line the fast path takes gives exactly
the columns the checked path would give (tests/files/test_events_fast_path.py).
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import orjson

from cascade.boundary.collector import no_gc
from cascade.clock import VIETNAM
from cascade.errors import CascadeFileError, Position
from cascade.event_batch import FIRST_SECOND, KEYS, LAST_SECOND, NAIVE, EventBatch
from cascade.files.events_line import ID, PROGRESS_EVERY, Problems, lines_of, normal, read_line

_KEYS = frozenset(KEYS)
# an id that needs no work: printable ASCII without space, comma or semicolon (so
# nothing to strip or normalise), at most 200 characters
_PLAIN = re.compile(r"[!-+\--:<-~]{1,200}").fullmatch
_EPOCH_DAY = dt.date(1970, 1, 1).toordinal()
_MICROSECOND = dt.timedelta(microseconds=1)


def _no_progress(_done: int) -> None:
    """No progress bar to move."""


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
    """``value`` as kept, if it is a string that passes the id rule (else _NotPlainError)."""
    if type(value) is not str:
        raise _NotPlainError
    kept = normal(value)
    if not ID.match(kept):
        raise _NotPlainError
    return kept


def _name(value: object, shared: dict[str, str]) -> str:
    """A trigger, actor or milestone not seen before as written: checked, then shared.

    ``shared`` is the checked path's: each name as kept -> its one string object.
    The fast path adds other spellings of a name (spaces around it, not NFC), which
    the checked path never looks up, as keys for the same object.
    """
    if type(value) is not str:
        raise _NotPlainError
    kept = _checked(value)
    kept = shared[value] = shared.setdefault(kept, kept)
    return kept


def _optional(
    data: dict[str, Any], obligation: Any, trigger: Any, shared: dict[str, str]
) -> tuple[Any, Any, Any]:
    """A line with other keys than the usual five: (milestone, note, evidence), the
    milestone's name checked and shared, the texts normalised, if the keys are known and
    make one kind of event (else _NotPlainError)."""
    if not _KEYS.issuperset(data):
        raise _NotPlainError
    milestone, note, evidence = data.get("milestone"), data.get("note"), data.get("evidence")
    if milestone is None and (obligation is None or trigger is None):
        raise _NotPlainError
    if milestone is not None and (obligation is not None or trigger is not None):
        raise _NotPlainError
    texts = [normal(t) if type(t) is str else t for t in (note, evidence)]
    if any(t is not None and (type(t) is not str or "\x00" in t) for t in texts):
        raise _NotPlainError  # not text, or a NUL: the checked path words it
    if milestone is not None:
        milestone = shared.get(milestone) or _name(milestone, shared)
    return milestone, texts[0], texts[1]


class _Clock:
    """What the fast path keeps of times: as written -> (POSIX seconds, ``offsets`` value).

    Events often share a time (a day's reports at 08:00): ``seen`` remembers the
    times of the current window of lines while that pays, that is while at most
    half of them are new; a file of distinct times stops remembering and tries
    again a few windows later. ``parse_events`` parses a time it has not seen in
    its own loop (a call per line would cost more than the parsing).
    """

    def __init__(self) -> None:
        self.seen: dict[object, tuple[float, int]] = {}
        self.zones: dict[dt.tzinfo | None, tuple[int, int]] = {}  # (offset in µs, value)
        self.remember = True
        self.idle = 0  # windows since it last remembered

    def zone(self, when: dt.datetime) -> tuple[int, int]:
        """The UTC offset of ``when`` in µs and its ``offsets`` value, kept per time zone."""
        offset = when.utcoffset()
        if offset is None:  # a time without an offset is Vietnam time
            zone = (VIETNAM.utcoffset(None) // _MICROSECOND, NAIVE)
        else:
            zone = (offset // _MICROSECOND, int(offset.total_seconds() // 60))
        self.zones[when.tzinfo] = zone
        return zone

    def next_window(self) -> None:
        """Forget the window's times; decide whether to remember those of the next."""
        if self.remember:
            self.remember = len(self.seen) <= PROGRESS_EVERY // 2
        else:
            self.idle += 1
            self.remember = self.idle % 8 == 0
        self.seen.clear()


def parse_events(
    handle: IO[bytes], name: str = "<events>", progress: Callable[[int], None] | None = None
) -> EventBatch:
    """Parse JSON Lines events from a binary file object (see :func:`read_events`)."""
    with no_gc():  # millions of strings and numbers kept in columns, no cycles
        return _parse_events(handle, name, progress)


def _parse_events(
    handle: IO[bytes], name: str, progress: Callable[[int], None] | None
) -> EventBatch:
    batch = EventBatch(source=name, lines=array("l"))
    assert batch.lines is not None
    shared: dict[str, str] = {}  # one string object per trigger, actor, milestone name
    clock = _Clock()
    problems = Problems(name)
    loads, from_iso = orjson.loads, dt.datetime.fromisoformat
    seen, zones = clock.seen.get, clock.zones
    ids, obligations, triggers, actors = (
        batch.ids.append, batch.obligations.append, batch.triggers.append, batch.actors.append
    )  # fmt: skip
    times, offsets, lines = batch.at.append, batch.offsets.append, batch.lines.append
    milestone: Any  # a name (str) on a milestone's event, else None
    report = progress or _no_progress
    done = 0
    for number, raw in enumerate(lines_of(handle, name), start=1):
        done += len(raw)
        if number % PROGRESS_EVERY == 0:
            clock.next_window()
            report(done)
        try:
            data = loads(raw)
            ident, actor, at = data["id"], data["actor"], data["at"]  # not an object: TypeError
            obligation, trigger = data.get("obligation"), data.get("trigger")
            if len(data) == 5 and obligation is not None and trigger is not None:
                milestone = note = evidence = None  # the usual line: nothing optional
            else:
                milestone, note, evidence = _optional(data, obligation, trigger, shared)
            if (clocked := seen(at)) is None:  # a time not seen lately
                if type(at) is not str or not at.isascii():
                    raise _NotPlainError  # the checked path strips and normalises (NFC) first
                when = from_iso(at)
                if (zone := zones.get(when.tzinfo)) is None:
                    zone = clock.zone(when)
                # what datetime.timestamp() gives the checked path, at a fraction of the
                # cost: the whole microseconds since the epoch divided once (same float)
                day = when.toordinal() - _EPOCH_DAY
                second = day * 86400 + when.hour * 3600 + when.minute * 60 + when.second
                clocked = ((second * 1_000_000 + when.microsecond - zone[0]) / 1_000_000, zone[1])
                if clock.remember:
                    clock.seen[at] = clocked
            seconds, offset = clocked
            if not FIRST_SECOND <= seconds <= LAST_SECOND:
                raise _NotPlainError  # the checked path says which years an event may have
            # ids are unique and obligations nearly so: a test each, no lookup
            if not (
                type(ident) is str and ident.isascii() and ident.isalnum() and len(ident) <= 200
            ):
                ident = _checked(ident)  # the usual ids ("ev00000042") pass the test above
            # names are never empty: a miss is None, and only then checked
            actor = shared.get(actor) or _name(actor, shared)
            if obligation is not None:  # else a milestone's event (checked in _optional)
                if not (type(obligation) is str and _PLAIN(obligation)):
                    obligation = _checked(obligation)
                trigger = shared.get(trigger) or _name(trigger, shared)
        except (_NotPlainError, KeyError, TypeError, ValueError):  # orjson's errors are ValueError
            problem = read_line(raw, number, name, batch, shared)
            if problem is not None and problems.add(problem):
                break
            continue
        if milestone is not None or note is not None or evidence is not None:
            batch.set_sparse(len(batch.ids), note, evidence, milestone)
        ids(ident)
        obligations(obligation)
        triggers(trigger)
        actors(actor)
        times(seconds)
        offsets(offset)
        lines(number)
    report(done)
    problems.raise_any()
    return batch
