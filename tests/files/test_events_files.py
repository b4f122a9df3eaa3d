"""Events files: parsing with file:line:col errors, writing, exact round trips."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from cascade.errors import CascadeFileError
from cascade.event_batch import EventBatch
from cascade.files.events_read import parse_events, read_events
from cascade.files.events_write import write_events
from cascade.model import Event

GOOD = (
    '{"id": "e1", "obligation": "1.1@bao-kien-giang", "trigger": "start", '
    '"actor": "bao-kien-giang", "at": "2025-01-10T08:00:00+07:00", "note": "Bắt đầu"}\n'
    "\n"
    '{"id": "m1", "milestone": "xiv-congress", "actor": "btv-tu", "at": "2026-01-19T08:00:00"}\n'
    '{"id": "e2", "obligation": "1.1@bao-kien-giang", "trigger": "report", '
    '"actor": "bao-kien-giang", "at": "2025-01-20T03:00:00Z", "evidence": "KH-BKG"}\n'
)


def parse(text: str | bytes) -> EventBatch:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return parse_events(io.BytesIO(raw), "ev.jsonl")


def test_a_good_file_parses_into_columns() -> None:
    batch = parse(GOOD)
    assert batch.ids == ["e1", "m1", "e2"]
    assert batch.obligations == ["1.1@bao-kien-giang", None, "1.1@bao-kien-giang"]
    assert batch.milestones == {1: "xiv-congress"} and batch.notes == {0: "Bắt đầu"}
    assert batch.lines is not None and list(batch.lines) == [1, 3, 4]
    # a time without an offset is Vietnam time; Z is UTC
    assert batch.at[1] == dt.datetime(2026, 1, 19, 1, tzinfo=dt.UTC).timestamp()
    assert batch.event(2).at == dt.datetime(2025, 1, 20, 3, tzinfo=dt.UTC)
    assert batch.event(1).at.tzinfo is None  # written without an offset, given back so


def test_write_then_read_gives_the_same_events(tmp_path: Path) -> None:
    events = list(parse(GOOD).events())
    path = tmp_path / "out.jsonl"
    assert write_events(events, path) == 3
    again = list(read_events(path).events())
    assert [e.model_dump() for e in again] == [e.model_dump() for e in events]
    assert "Bắt đầu" in path.read_text(encoding="utf-8")  # not \\u-escaped


def test_appending_adds_a_missing_newline(tmp_path: Path) -> None:
    path = tmp_path / "h.jsonl"
    path.write_text(GOOD.rstrip("\n"), encoding="utf-8")
    event = Event(id="e9", obligation="x", trigger="start", actor="a", at=dt.datetime(2025, 1, 1))
    write_events([event], path, append=True)
    assert [*read_events(path).ids] == ["e1", "m1", "e2", "e9"]


@pytest.mark.parametrize(
    ("line", "message", "anchor"),
    [
        ('{"id": "e1", "actor": "a", "at": ', "invalid JSON", None),
        ("[1, 2]", "an event must be a JSON object", "["),
        ('{"id": "e1", "obligation": "o", "trigger": "t", "actor": "a", "at": "x", "who": 1}',
         "unknown key 'who'", '"who"'),
        ('{"id": "e1", "obligation": "o", "trigger": "t", "at": "2025-01-01"}',
         "missing required key 'actor'", "{"),
        ('{"id": "e1", "obligation": "o", "actor": "a", "at": "2025-01-01"}',
         "missing required key 'trigger'", "{"),
        ('{"id": 7, "obligation": "o", "trigger": "t", "actor": "a", "at": "2025-01-01"}',
         "id: expected a string", '"id"'),
        ('{"id": "e 1", "obligation": "o", "trigger": "t", "actor": "a", "at": "2025-01-01"}',
         "is not an id", '"id"'),
        ('{"id": "e1", "obligation": "o", "trigger": "t", "actor": "a", "at": "01/02/2025"}',
         "not an ISO 8601 date and time", '"at"'),
        ('{"id": "e1", "obligation": "o", "trigger": "t", "actor": "a", "at": "2025-01-01", '
         '"milestone": "m"}', "a milestone event has no 'obligation'", '"milestone"'),
    ],
)  # fmt: skip
def test_bad_lines_are_named_by_line_and_column(
    line: str, message: str, anchor: str | None
) -> None:
    with pytest.raises(CascadeFileError) as error:
        parse(GOOD + line + "\n")
    problem = error.value.problems[0]
    assert message in problem.message
    column = len(line) + 1 if anchor is None else line.index(anchor) + 1
    assert str(problem.position) == f"ev.jsonl:5:{column}"


def test_every_bad_line_is_reported() -> None:
    with pytest.raises(CascadeFileError) as error:
        parse("nonsense\n" + GOOD + "{}\n")
    assert [p.position.line for p in error.value.problems if p.position] == [1, 6]


def test_bytes_that_are_not_utf8() -> None:
    with pytest.raises(CascadeFileError, match="not valid UTF-8") as error:
        parse(b'{"id": "\xff"}\n')
    assert str(error.value.position) == "ev.jsonl:1:9"  # the byte's column


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CascadeFileError, match="no such events file"):
        read_events(tmp_path / "none.jsonl")


def test_text_is_nfc_normalised() -> None:
    decomposed = "Bắt đầu".encode().decode("utf-8")
    import unicodedata

    nfd = unicodedata.normalize("NFD", decomposed)
    line = GOOD.splitlines()[0].replace("Bắt đầu", nfd)
    assert parse(line + "\n").notes[0] == unicodedata.normalize("NFC", decomposed)


def test_reading_reports_progress_in_bytes(tmp_path: Path) -> None:
    line = GOOD.splitlines()[0]
    path = tmp_path / "many.jsonl"
    path.write_text(
        "".join(line.replace('"e1"', f'"e{n:05d}"') + "\n" for n in range(20_000)),
        encoding="utf-8",
    )
    seen: list[int] = []
    assert len(read_events(path, seen.append)) == 20_000
    assert seen == sorted(seen) and len(seen) >= 3
    assert seen[-1] == path.stat().st_size


def test_trigger_and_actor_names_share_one_string_each() -> None:
    """Two million lines name a handful of triggers and actors: one object each, not one
    per line (about 240 MB at two million events)."""
    lines = [
        f'{{"id": "e{n}", "obligation": "1.{n}", "trigger": "start", "actor": "bao-kg", '
        '"at": "2025-01-08"}'
        for n in range(3)
    ]
    batch = parse("\n".join(lines))
    assert batch.actors[0] is batch.actors[1] is batch.actors[2] == "bao-kg"
    assert batch.triggers[0] is batch.triggers[2] == "start"
    assert batch.obligations == ["1.0", "1.1", "1.2"]
