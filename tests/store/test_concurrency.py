"""Several writers on the same obligations at once: no lost update, no duplicate, and every
conflict reported to the writer that lost (which retries)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from cascade.errors import ConflictError
from cascade.model import CascadeFile
from cascade.store import EventStore, Head, MemoryStore, open_store
from support import SEED_ID
from support.store import ev

OBLIGATIONS = ("1.4", "2.cong", "1.1@dai-ptth")
WRITERS = 4
EACH = 15


def _run(writers: list[Callable[[], None]]) -> None:
    errors: list[BaseException] = []

    def guarded(work: Callable[[], None]) -> None:
        try:
            work()
        except BaseException as exc:  # surfaced in the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=guarded, args=(w,)) for w in writers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []


@pytest.fixture(params=["memory", "sqlite", "postgresql"])
def stores(
    request: pytest.FixtureRequest, tmp_path: Path, seed_file: CascadeFile
) -> list[EventStore]:
    """One store object per writer, all on the same data (their own connections)."""
    if request.param == "memory":
        shared = MemoryStore()
        shared.save_cascade(seed_file)
        return [shared] * WRITERS
    url = (
        f"sqlite:///{tmp_path / 'c.db'}"
        if request.param == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    with open_store(url, create=True) as first:
        first.save_cascade(seed_file)
    opened = [open_store(url) for _ in range(WRITERS)]
    request.addfinalizer(lambda: [s.close() for s in opened])
    return opened


def test_optimistic_writers_lose_nothing_and_hear_of_every_conflict(
    stores: list[EventStore],
) -> None:
    results: list[tuple[str, int]] = []
    lock = threading.Lock()

    def writer(number: int) -> Callable[[], None]:
        store = stores[number]

        def work() -> None:
            for i in range(EACH):
                ob = OBLIGATIONS[(number + i) % len(OBLIGATIONS)]
                event = ev(f"w{number}-{i}", ob, "note", "so-tttt", minutes=i)
                while True:  # read, then write expecting what was read; retry on conflict
                    version = store.head(SEED_ID, ob).version
                    try:
                        result = store.append(SEED_ID, event, expected_version=version)
                    except ConflictError as exc:
                        assert (exc.obligation, exc.expected) == (ob, version)
                        continue
                    assert result.version == version + 1 and not result.duplicate
                    with lock:
                        results.append((ob, result.version))
                    break

        return work

    _run([writer(n) for n in range(WRITERS)])
    history = stores[0].history(SEED_ID)
    assert len(history) == WRITERS * EACH
    assert len({s.event.id for s in history}) == WRITERS * EACH
    per_obligation = Counter(s.event.obligation for s in history)
    for ob, count in per_obligation.items():
        versions = [s.version for s in history if s.event.obligation == ob]
        assert versions == list(range(1, count + 1)), ob  # no gap, no repeat, in order
        assert stores[0].head(SEED_ID, ob).version == count
    # each success was reported with the version it made; each conflict was raised
    assert sorted(results) == sorted((s.event.obligation, s.version) for s in history)  # type: ignore[misc]


def test_read_modify_write_with_expected_versions_loses_no_step(
    stores: list[EventStore],
) -> None:
    """A state computed from the head read, written only if the head has not moved since
    (retrying when it has): a counter kept in the state never loses a step."""

    def writer(number: int) -> Callable[[], None]:
        store = stores[number]

        def work() -> None:
            for i in range(EACH):
                event = ev(f"d{number}-{i}", "1.4", "note", "dai-ptth", minutes=i)
                while True:
                    version = store.head(SEED_ID, "1.4").version
                    try:
                        store.append(
                            SEED_ID, event, expected_version=version, state=str(version + 1)
                        )
                        break
                    except ConflictError:
                        continue  # another writer moved it: read again

        return work

    _run([writer(n) for n in range(WRITERS)])
    assert stores[0].head(SEED_ID, "1.4") == Head(WRITERS * EACH, str(WRITERS * EACH))


def test_the_same_event_from_two_writers_is_stored_once(stores: list[EventStore]) -> None:
    event = ev("same", "1.4", "start", "dai-ptth")
    outcomes: list[bool] = []
    lock = threading.Lock()

    def writer(number: int) -> Callable[[], None]:
        def work() -> None:
            result = stores[number].append(SEED_ID, event)
            with lock:
                outcomes.append(result.duplicate)

        return work

    _run([writer(n) for n in range(WRITERS)])
    assert sorted(outcomes) == [False] + [True] * (WRITERS - 1)
    assert [s.event.id for s in stores[0].history(SEED_ID)] == ["same"]
