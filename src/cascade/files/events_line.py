"""The checked reader of events files: one line at a time, every check, every message.

This is the reference. :func:`cascade.files.events_read.parse_events` takes a fast path
for lines that are plainly fine and hands every other line to :func:`read_line`
here, so each problem is worded and placed (file:line:col) by this module alone.
:func:`parse_events_per_line` reads a whole file this way: the baseline of the
benchmark and the oracle of the tests.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterator
from functools import partial
from typing import IO

from cascade.boundary import limits
from cascade.boundary.untrusted import INVISIBLE, unsafe_character
from cascade.clock import to_seconds
from cascade.errors import CascadeFileError, Position
from cascade.event_batch import FIRST_SECOND, KEYS, LAST_SECOND, NAIVE, REQUIRED, SHARED, EventBatch

# no spaces, commas or semicolons, and nothing invisible (controls, bidi, zero-width)
ID = re.compile(rf"^[^\s,;{INVISIBLE}]{{1,200}}$")
_ID_RULE = "no spaces, commas, semicolons or invisible characters"
MAX_PROBLEMS = 50
PROGRESS_EVERY = 8192  # lines between calls of ``progress``


def line_limit() -> int:
    """The most bytes an events line may have: the string-length limit in UTF-8, and room for
    the other keys (so that a file without line breaks, such as /dev/zero, is refused)."""
    return limits.STRING_LENGTH.value * 4 + 65_536


def lines_of(handle: IO[bytes], name: str) -> Iterator[bytes]:
    """The lines of ``handle`` as read, each at most :func:`line_limit` bytes."""
    most = line_limit()
    for number, raw in enumerate(iter(partial(handle.readline, most), b""), start=1):
        if len(raw) == most and not raw.endswith(b"\n"):
            raise CascadeFileError(
                f"a line longer than {most} bytes " + limits.STRING_LENGTH.advice(),
                Position(name, number, 1),
            )
        yield raw


def normal(value: str) -> str:
    """``value`` as kept: NFC (Vietnamese text is composed), surrounding space removed."""
    return value.strip() if value.isascii() else unicodedata.normalize("NFC", value).strip()


class Problems:
    """The problems of one file in line order; stops the reading at ``MAX_PROBLEMS``."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.found: list[CascadeFileError] = []

    def add(self, problem: CascadeFileError) -> bool:
        """Record ``problem``; true when reading should stop."""
        self.found.append(problem)
        if len(self.found) < MAX_PROBLEMS:
            return False
        stop = CascadeFileError(f"stopped after {MAX_PROBLEMS} problems", Position(self.name))
        self.found.append(stop)
        return True

    def raise_any(self) -> None:
        """Raise the first problem with the others attached, if there is one."""
        if self.found:
            first, *more = self.found
            raise CascadeFileError(first.message, first.position, more=tuple(more))


def parse_events_per_line(
    handle: IO[bytes], name: str = "<events>", progress: Callable[[int], None] | None = None
) -> EventBatch:
    """Parse JSON Lines events checking each line in full (same result as the fast path)."""
    batch = EventBatch(source=name, lines=array("l"))
    shared: dict[str, str] = {}  # one string object per trigger and actor name
    problems = Problems(name)
    done = 0
    for number, raw in enumerate(lines_of(handle, name), start=1):
        done += len(raw)
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(done)
        problem = read_line(raw, number, name, batch, shared)
        if problem is not None and problems.add(problem):
            break
    if progress is not None:
        progress(done)
    problems.raise_any()
    return batch


def read_line(
    raw: bytes, number: int, name: str, batch: EventBatch, shared: dict[str, str]
) -> CascadeFileError | None:
    """Add line ``number`` (``raw``, as read) to ``batch``, or say what is wrong with it."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return CascadeFileError(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
            Position(name, number, exc.start + 1),
        )
    if number == 1:
        text = text.removeprefix("\ufeff")
    if not text.strip():
        return None  # blank lines are allowed (a trailing newline, spacing)
    return parse_line(text, number, name, batch, shared)


def parse_line(
    text: str, number: int, name: str, batch: EventBatch, shared: dict[str, str]
) -> CascadeFileError | None:
    """Add the event on line ``number`` (``text``) to ``batch``, or say what is wrong."""
    line = _Line(text.rstrip("\r\n"), number, name)
    try:
        values = line.values(shared)
        try:
            at = dt.datetime.fromisoformat(values["at"])
        except ValueError:
            raise line.at_key(
                "at", f"at: {values['at']!r} is not an ISO 8601 date and time"
            ) from None
        if not FIRST_SECOND <= to_seconds(at) <= LAST_SECOND:
            raise line.at_key(
                "at", f"at: {values['at']!r} is outside the years 0001 to 9999 in UTC"
            )
    except CascadeFileError as problem:
        return problem
    row = len(batch.ids)
    batch.ids.append(values["id"])
    batch.obligations.append(values.get("obligation"))
    batch.triggers.append(values.get("trigger"))
    batch.actors.append(values["actor"])
    batch.at.append(to_seconds(at))
    offset = at.utcoffset()
    batch.offsets.append(NAIVE if offset is None else int(offset.total_seconds() // 60))
    for key, column in (
        ("note", batch.notes),
        ("evidence", batch.evidence),
        ("milestone", batch.milestones),
    ):
        if key in values:
            column[row] = values[key]
    assert batch.lines is not None
    batch.lines.append(number)
    return None


class _Line:
    """One line of an events file, checked step by step; each step raises the problem."""

    def __init__(self, text: str, number: int, name: str) -> None:
        self.text, self.number, self.name = text, number, name

    def at_key(self, key: str, message: str) -> CascadeFileError:
        col = self.text.find(f'"{key}"')
        return CascadeFileError(
            message, Position(self.name, self.number, col + 1 if col >= 0 else 1)
        )

    def at_start(self, message: str) -> CascadeFileError:
        return CascadeFileError(message, Position(self.name, self.number, 1))

    def values(self, shared: dict[str, str]) -> dict[str, str]:
        """The event's keys and texts (normalised), checked for shape and kind."""
        values: dict[str, str] = {}
        for key, value in self.object().items():
            if value is None and key not in REQUIRED:
                continue
            if not isinstance(value, str):
                raise self.at_key(key, f"{key}: expected a string (got {json.dumps(value)[:40]})")
            value = normal(value)
            if (problem := unsafe_character(value)) is not None:
                raise self.at_key(key, f"{key}: the text {problem}")
            if key not in ("note", "evidence", "at") and not ID.match(value):
                raise self.at_key(key, f"{key}: {value!r} is not an id ({_ID_RULE})")
            values[key] = shared.setdefault(value, value) if key in SHARED else value
        if "milestone" in values:
            if "obligation" in values or "trigger" in values:
                raise self.at_key("milestone", "a milestone event has no 'obligation' or 'trigger'")
        elif "obligation" not in values or "trigger" not in values:
            missing = "obligation" if "obligation" not in values else "trigger"
            raise self.at_start(
                f"missing required key {missing!r} (or 'milestone' for a milestone event)"
            )
        return values

    def object(self) -> dict[str, object]:
        """The line's JSON object, with known keys and the required ones."""
        try:
            data = json.loads(self.text)
        except json.JSONDecodeError as exc:
            raise CascadeFileError(
                f"invalid JSON: {exc.msg}", Position(self.name, self.number, exc.colno)
            ) from None
        except RecursionError:
            raise self.at_start("values nested too deeply to parse") from None
        except ValueError:  # an integer of more than 4300 digits, which int() refuses
            raise self.at_start("a number too long to read") from None
        if not isinstance(data, dict):
            raise self.at_start("an event must be a JSON object")
        for key in data:
            if key not in KEYS:
                raise self.at_key(key, f"unknown key {key!r} (allowed: {', '.join(KEYS)})")
        for key in REQUIRED:
            if key not in data:
                raise self.at_start(f"missing required key {key!r}")
        return data
