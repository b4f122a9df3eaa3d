"""Compiled columns packed for a store and read back: the same columns, the same tracking,
the models read only when asked for, and bad bytes refused."""

from __future__ import annotations

import datetime as dt
import zlib

import pytest

from cascade.engine.compiled import Tables, build_tables
from cascade.engine.packed import PackedError, pack, unpack
from cascade.engine.status import status
from cascade.engine.tracker import Tracker
from cascade.files.events_read import read_events
from cascade.files.loader import load, loads
from cascade.model import Cascade
from cascade.testing.synthetic import SMALL, generate
from support import SEED, SEED_EVENTS, small_text

RECURRING = small_text().replace(
    "deadline: {kind: continuous}",
    "deadline: {kind: recurring, every: quarter, day: 15}",
)


def _same(a: Tables, b: Tables) -> None:
    for name in Tables.__dataclass_fields__:
        assert getattr(a, name) == getattr(b, name), name


@pytest.mark.parametrize(
    "cascade",
    [load(SEED), loads(small_text()), loads(RECURRING), generate(3_000, SMALL)],
    ids=["seed", "small", "recurring", "synthetic"],
)
def test_packed_columns_come_back_the_same(cascade: Cascade) -> None:
    tables = build_tables(cascade)
    _same(unpack(pack(tables)), tables)


def test_a_compiled_tracker_tracks_alike_and_reads_the_models_only_when_asked() -> None:
    cascade = load(SEED)
    built = Tracker(cascade)
    asked: list[int] = []

    def models() -> Cascade:
        asked.append(1)
        return cascade

    compiled = Tracker.compiled(
        unpack(pack(build_tables(cascade))), built.lifecycle, cascade.cascade, models
    )
    events = read_events(SEED_EVENTS)
    built.replay(events)
    compiled.replay(events)
    day = dt.date(2026, 3, 31)
    assert status(compiled, day) == status(built, day)
    assert compiled.states() == built.states()
    assert asked == []  # counting needs the columns only
    assert status(compiled, day, by="level") == status(built, day, by="level")
    assert asked == [1] and compiled.cascade is cascade  # names: the models, once


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not zlib",
        zlib.compress(b"\x05\x00\x00\x00\x00\x00\x00\x00{oops"),
        zlib.compress((2).to_bytes(8, "little") + b"{}"),
    ],
)
def test_bytes_that_are_not_packed_tables_are_refused(data: bytes) -> None:
    with pytest.raises(PackedError):
        unpack(data)


def test_tables_of_another_format_are_refused() -> None:
    raw = zlib.decompress(pack(build_tables(loads(small_text()))))
    size = int.from_bytes(raw[:8], "little")
    header = raw[8 : 8 + size].replace(b'"format":1', b'"format":99')
    with pytest.raises(PackedError, match="another format"):
        unpack(zlib.compress(len(header).to_bytes(8, "little") + header + raw[8 + size :]))
