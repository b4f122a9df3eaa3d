"""The fast reader of events files against the checked one: same batch or same errors.

``parse_events`` (orjson, cached checks) must give, for any input, exactly what
``parse_events_per_line`` (the checked reader, every line through ``json`` and
every rule) gives: the same columns, bit for bit, and the same shared strings, or
the same problems with the same messages and file:line:col.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import struct
import unicodedata
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cascade.errors import CascadeFileError
from cascade.event_batch import KEYS, EventBatch
from cascade.files.events_line import MAX_PROBLEMS, parse_events_per_line
from cascade.files.events_read import parse_events

NFD = unicodedata.normalize("NFD", "Báo cáo tiến độ, đợt 1")

Outcome = tuple[str, Any]


def outcome(parse: Any, data: bytes) -> Outcome:
    """What a reader makes of ``data``: its columns, or its problems in order."""
    try:
        batch: EventBatch = parse(io.BytesIO(data), "ev.jsonl")
    except CascadeFileError as error:
        return "problems", [(p.message, str(p.position)) for p in error.problems]
    assert batch.lines is not None
    return "batch", (
        batch.ids,
        batch.obligations,
        batch.triggers,
        batch.actors,
        batch.at.tobytes(),  # bit for bit: floats compared exactly
        list(batch.offsets),
        batch.notes,
        batch.evidence,
        batch.milestones,
        list(batch.lines),
        sharing(batch),
    )


def sharing(batch: EventBatch) -> list[int]:
    """Which rows hold the very same trigger, actor and milestone string objects."""
    first: dict[int, int] = {}
    names = [*batch.triggers, *batch.actors, *batch.milestones.values()]
    return [first.setdefault(id(name), n) for n, name in enumerate(names) if name is not None]


def same(data: bytes) -> Outcome:
    fast, checked = outcome(parse_events, data), outcome(parse_events_per_line, data)
    assert fast == checked
    return fast


# --- what lines are made of ------------------------------------------------------------

plain_ids = st.from_regex(r"[a-z0-9][a-z0-9.@/_-]{0,12}", fullmatch=True)
odd_ids = st.sampled_from(
    [
        "",
        " ",
        "e 1",
        "a,b",
        "a;b",
        " padded ",
        "\tx\n",
        "x" * 200,
        "x" * 201,
        "ðiểm",
        unicodedata.normalize("NFD", "điểm"),
        "\u00a0nbsp\u00a0",
        "a\u3000b",
        "\x01ctl",
        "\x00",
        "\u212b",  # NFC makes it another letter
        "x\u0344",  # NFC makes two marks of one
        "\ud800",
        "id",
        '"id"',
    ]
)
ids = st.one_of(plain_ids, plain_ids, plain_ids, plain_ids, odd_ids)
texts = st.one_of(
    st.text(max_size=12), st.sampled_from([NFD, " Bắt đầu ", "", "\u0301", "a\u2028b"])
)
times = st.one_of(
    st.datetimes(
        min_value=dt.datetime(1, 1, 2),
        max_value=dt.datetime(9999, 12, 30),
        timezones=st.none() | st.timezones() | st.just(dt.UTC),
    ).map(lambda t: t.isoformat(sep=" " if t.microsecond % 3 == 0 else "T")),
    st.sampled_from(
        [
            "2025-01-10T08:00:00+07:00",
            "2025-01-10T08:00:00",
            "2025-01-10",
            "2025-01-10T08:00:00Z",
            "2025-01-10T08:00:00.123456-03:30",
            "2025-01-10T08:00:00+07:00:30",
            "2025-01-10T08:00:00.5+00:00:00.25",
            "2025-W02-5T08:00",
            "20250110T080000",
            "2025-01-10T24:00:00",
            "2025-02-30T08:00:00",
            "2025-01-10t08:00",
            " 2025-01-10T08:00:00 ",
            "2025-01-10T08:00:00 ",
            "2025-01-10\u00e9080000",
            "2025-01-10\u034408:00:00",  # a separator NFC makes two characters of
            "2025-01-10T08:00:00+07:00\u3000",
            "0001-01-01T00:00:00+07:00",
            "9999-12-31T23:59:59-07:00",
            "10/01/2025",
            "",
        ]
    ),
)
others = st.one_of(
    st.none(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@st.composite
def events(draw: st.DrawFn) -> dict[str, Any]:
    """A mapping of keys to values, mostly a good event, sometimes not."""
    milestone = draw(st.integers(0, 5)) == 0
    record: dict[str, Any] = {"id": draw(ids)}
    if milestone:
        record["milestone"] = draw(ids)
    else:
        record["obligation"] = draw(ids)
        record["trigger"] = draw(st.sampled_from(["start", "report", " start", "return"]) | ids)
    record["actor"] = draw(st.sampled_from(["bao-kg", "btv-tu", "bao-kg "]) | ids)
    record["at"] = draw(times)
    for key in ("note", "evidence"):
        if draw(st.integers(0, 3)) == 0:
            record[key] = draw(texts | st.none())
    for _ in range(draw(st.integers(1, 2)) if draw(st.integers(0, 2)) == 0 else 0):
        change = draw(st.sampled_from(["drop", "null", "set", "other", "unknown", "swap"]))
        key = draw(st.sampled_from([*KEYS, "who"]))
        if change == "drop":
            record.pop(key, None)
        elif change == "null":
            record[key] = None
        elif change == "set":
            record[key] = draw(ids)
        elif change == "other":
            record[key] = draw(others)
        elif change == "unknown":
            record[draw(st.sampled_from(["who", "Id", "", "at "]))] = draw(ids)
        else:
            record = dict(reversed(record.items()))
    return record


@st.composite
def lines(draw: st.DrawFn) -> bytes:
    """One line of a file, newline included, written in one of many ways."""
    kind = draw(st.integers(0, 9))
    if kind <= 6:  # an object, spaced and escaped one way or another
        record = draw(events())
        sep = draw(st.sampled_from([(", ", ": "), (",", ":"), (" ,\t", " : ")]))
        items = [
            f"{json.dumps(k)}{sep[1]}{json.dumps(v, ensure_ascii=draw(st.booleans()))}"
            for k, v in record.items()
        ]
        if draw(st.integers(0, 9)) == 0 and items:  # a key written twice
            items.append(draw(st.sampled_from(items)))
        text = draw(st.sampled_from(["", " ", "\t"])) + "{" + sep[0].join(items) + "}"
        text += draw(st.sampled_from(["", "", " ", "\r", "\t \r"]))
        raw = text.encode("utf-8", "surrogatepass")
    elif kind == 7:  # no object at all
        raw = draw(
            st.sampled_from(
                [b"", b"  ", b"\t\r", b"\x0c", b"[1, 2]", b'"e1"', b"nonsense", b"{", b"null",
                 b'{"id": "e1", "actor": "a", "at": ', b'{"id": NaN}', b"{}", b"\xef\xbb\xbf",
                 b'{"id": "\\ud800", "obligation": "o", "trigger": "t", "actor": "a", '
                 b'"at": "2025-01-01"}',
                 b"[" * 1500 + b"]" * 1500, b'{"a": 1} {"b": 2}']
            )
        )  # fmt: skip
    elif kind == 8:  # bytes that are not UTF-8, or are but not what orjson takes
        good = b'{"id": "e1", "obligation": "o", "trigger": "t", "actor": "a", "at": "2025-01-01"}'
        bad = draw(st.sampled_from([b"\xff", b"\xed\xa0\x80", b"\xc0\x80", b"\xf4\x90\x80\x80"]))
        at = draw(st.integers(0, len(good)))
        raw = good[:at] + bad + good[at:]
    else:
        raw = draw(st.binary(max_size=30).filter(lambda b: b"\n" not in b))
    if draw(st.integers(0, 19)) == 0:
        raw = b"\xef\xbb\xbf" + raw  # a BOM: allowed on line 1 only
    return raw + draw(st.sampled_from([b"\n", b"\r\n", b"\n"]))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines(), st.integers(0, 2))
@example(b'\xef\xbb\xbf{"id": "e1", "obligation": "o", "trigger": "t", "actor": "a", '
         b'"at": "2025-01-01"}', 0)  # fmt: skip
def test_each_line_gives_the_same_row_or_the_same_problem(line: bytes, blanks: int) -> None:
    same(b"\n" * blanks + line)  # after blank lines: the BOM is allowed on line 1 only


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(lines(), max_size=12), st.booleans())
def test_a_file_gives_the_same_batch_or_the_same_problems(
    parts: list[bytes], unterminated: bool
) -> None:
    data = b"".join(parts)
    same(data.rstrip(b"\n") if unterminated else data)


def good_line(n: int, **values: Any) -> str:
    record = {
        "id": f"e{n}",
        "obligation": f"1.{n % 7}@bao-kg",
        "trigger": ("start", "report")[n % 2],
        "actor": "bao-kg",
        "at": f"2025-01-{1 + n % 28:02d}T08:{n % 60:02d}:00+07:00",
    }
    record.update(values)
    return json.dumps({k: v for k, v in record.items() if v is not ...}, ensure_ascii=False)


def test_a_plain_file_takes_the_fast_path_and_matches() -> None:
    kind, columns = same("".join(good_line(n) + "\n" for n in range(500)).encode())
    assert kind == "batch" and len(columns[0]) == 500


def test_times_are_the_floats_timestamp_gives() -> None:
    written = [
        "2025-01-10T08:00:00.000001+07:00",
        "1969-12-31T23:59:59.999999-00:30",
        "2025-01-10T08:00:00.3",
        "2025-01-10T08:00:00.3",  # the second time: remembered, the same float
        "0001-01-02T12:00:00+07:00",
    ]
    data = "".join(good_line(n, at=at) + "\n" for n, at in enumerate(written)).encode()
    batch = parse_events(io.BytesIO(data))
    expected = [
        (t if t.tzinfo else t.replace(tzinfo=dt.timezone(dt.timedelta(hours=7)))).timestamp()
        for t in map(dt.datetime.fromisoformat, written)
    ]
    assert [struct.pack("d", s) for s in batch.at] == [struct.pack("d", s) for s in expected]
    assert list(batch.offsets) == [420, -30, -32768, -32768, 420]


def test_fractions_of_a_second_give_the_same_floats() -> None:
    """Times with microseconds and offsets with seconds, through both readers."""
    rng = random.Random(7)
    written = [
        dt.datetime(rng.randint(1, 9999), rng.randint(1, 12), rng.randint(1, 28),
                    rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59),
                    rng.randint(0, 999_999))
        .isoformat() + rng.choice(["", "+07:00", "-09:30", "Z", "+05:45:30.5"])
        for _ in range(3000)
    ]  # fmt: skip
    data = "".join(good_line(n, at=at) + "\n" for n, at in enumerate(written)).encode()
    assert same(data)[0] == "batch"


E = '{"id": "e1", "obligation": "o", "trigger": "t", "actor": "a"'  # "at" to come
EDGES = [
    '{"id": "m1", "milestone": "m", "trigger": "t", "actor": "a", "at": "2025-01-01"}',
    '{"id": "m1", "milestone": "m", "obligation": "o", "actor": "a", "at": "2025-01-01"}',
    '{"id": "m1", "milestone": "m", "trigger": null, "actor": "a", "at": "2025-01-01"}',
    E + ', "milestone": null, "at": "2025-01-01"}',
    E + ', "at": "2025-01-10\u034408:00"}',  # NFC makes the separator two characters
    E + ', "at": "2025-01-10\u00e908:00"}',
    E + ', "at": " 2025-01-10 "}',
    E + ', "at": "2025-01-10T24:00"}',
    E + ', "at": "9999-12-31T23:59-01:00"}',
    E + ', "at": 20250110}',
    E + ', "at": "2025-01-10", "id": "e 2"}',
    E + ', "at": "2025-01-10", "at": null}',
    E + ', "at": "2025-01-10", "note": 1e999}',
    E + ', "at": "2025-01-10", "note": 10000000000000000000000}',
    E.replace('"e1"', '"\\ud800"') + ', "at": "2025-01-10"}',
    E.replace('"e1"', '"' + "x" * 201 + '"') + ', "at": "2025-01-10"}',
    E.replace('"a"', '["a"]') + ', "at": "2025-01-10"}',
    E.replace('"o"', '{"o": 1}') + ', "at": "2025-01-10"}',
]


@pytest.mark.parametrize("line", EDGES)
@pytest.mark.parametrize("before", ["", "\ufeff", "\n", "\ufeff\n", "\r\n"])
@pytest.mark.parametrize("end", ["", "\n", "\r\n", " \t\r\n"])
def test_edge_lines(before: str, line: str, end: str) -> None:
    same((before + line + end).encode("utf-8", "surrogatepass"))


def test_a_bad_line_among_good_ones_is_named_as_before() -> None:
    lines = [good_line(n) for n in range(300)]
    lines[150] = good_line(150, obligation="1.1, 1.2")
    lines[200] = good_line(200, id="e 200")
    lines[250] = good_line(250, at="2025-13-01T08:00:00")
    kind, problems = same(("\n".join(lines) + "\n").encode())
    assert kind == "problems"
    columns = [
        lines[n].index(f'"{key}"') + 1 for n, key in ((150, "obligation"), (200, "id"), (250, "at"))
    ]
    assert [p for _, p in problems] == [
        f"ev.jsonl:{n + 1}:{col}" for n, col in zip((150, 200, 250), columns, strict=True)
    ]
    assert (
        problems[1][0]
        == "id: 'e 200' is not an id (no spaces, commas, semicolons or invisible characters)"
    )


def test_reading_stops_after_as_many_problems_either_way() -> None:
    lines = [good_line(n, id="bad id" if n % 3 == 0 else f"e{n}") for n in range(400)]
    kind, problems = same("\n".join(lines).encode())
    assert kind == "problems" and len(problems) == MAX_PROBLEMS + 1
    assert problems[-1] == (f"stopped after {MAX_PROBLEMS} problems", "ev.jsonl")


def test_milestones_notes_and_nulls_take_the_fast_path() -> None:
    lines = [
        good_line(1, note=NFD, evidence="  KH-01 "),
        good_line(2, obligation=..., trigger=..., milestone="xiv-congress", note=None),
        good_line(3, obligation=None, trigger=None, milestone="xiv-congress"),
        good_line(4, milestone=None, evidence=None),
    ]
    assert same("\n".join(lines).encode())[0] == "batch"
    batch = parse_events(io.BytesIO("\n".join(lines).encode()))
    assert batch.notes == {0: unicodedata.normalize("NFC", NFD)} and batch.evidence == {0: "KH-01"}
    assert batch.milestones == {1: "xiv-congress", 2: "xiv-congress"}
    assert batch.milestones[1] is batch.milestones[2]
    assert batch.obligations[1:3] == [None, None]


def test_progress_is_reported_in_bytes_the_same_way() -> None:
    data = "".join(good_line(n) + "\n" for n in range(20_000)).encode()
    seen: dict[str, list[int]] = {"fast": [], "checked": []}
    parse_events(io.BytesIO(data), "x", seen["fast"].append)
    parse_events_per_line(io.BytesIO(data), "x", seen["checked"].append)
    assert seen["fast"] == seen["checked"] and seen["fast"][-1] == len(data)


def test_times_remembered_or_not_give_the_same_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows of 16 lines: repeated times are remembered, distinct ones stop that
    (and it is tried again later); the columns stay those of the checked reader."""
    import cascade.files.events_line
    import cascade.files.events_read

    monkeypatch.setattr(cascade.files.events_line, "PROGRESS_EVERY", 16)
    monkeypatch.setattr(cascade.files.events_read, "PROGRESS_EVERY", 16)
    states: list[bool] = []
    next_window = cascade.files.events_read._Clock.next_window

    def recording(clock: Any) -> None:
        next_window(clock)
        states.append(clock.remember)

    monkeypatch.setattr(cascade.files.events_read._Clock, "next_window", recording)
    phases = [
        [f"2025-01-0{1 + n % 3}T08:00:00+07:00" for n in range(64)],  # repeated
        [f"2025-01-01T08:{n // 60:02d}:{n % 60:02d}" for n in range(300)],  # distinct
        [("2025-01-01T08:00:00Z", "2025-01-01T08:00:00")[n % 2] for n in range(200)],
    ]
    written = [at for phase in phases for at in phase]
    data = "".join(good_line(n, at=at) + "\n" for n, at in enumerate(written)).encode()
    assert same(data)[0] == "batch"
    assert states[:4] == [True] * 4 and False in states and states[-1] is True


def test_every_spelling_of_a_name_gives_its_one_string() -> None:
    """Spaces around a name, or a name not in NFC, still give the one shared string,
    whichever path read the line (a BOM sends line 1 to the checked path)."""
    nfd = unicodedata.normalize("NFD", "bảo-kg")
    spelled = [(" start", nfd), ("start", "bảo-kg"), ("start ", f" {nfd}"), ("start", "bảo-kg")]
    lines = [good_line(n, trigger=t, actor=a) for n, (t, a) in enumerate(spelled)]
    for bom in ("", "\ufeff"):
        kind, columns = same((bom + "\n".join(lines)).encode())
        assert kind == "batch" and columns[-1] == [0, 0, 0, 0, 4, 4, 4, 4]  # one object each
