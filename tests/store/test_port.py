"""The event store port's promises, checked on every backend (memory, SQLite, PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest

from cascade.errors import ConflictError, InputError, UnknownReferenceError
from cascade.model import CascadeFile
from cascade.store import EventStore, Head
from support import SEED_ID
from support.store import T0, ev

OB = "1.1@bao-kien-giang"
OB2 = "1.1@dai-ptth"
LEAD = "bao-kien-giang"


# --- definitions --------------------------------------------------------------------


def test_a_saved_cascade_loads_back_equal(store: EventStore, seed_file: CascadeFile) -> None:
    from cascade.files.loader import expand

    assert store.save_cascade(seed_file) is True
    loaded = store.load_cascade(SEED_ID)
    assert loaded == expand(seed_file)
    assert loaded.obligation(OB).lead == LEAD
    assert "Kiên Giang" in loaded.organisation("bao-kien-giang").name  # diacritics intact


def test_saving_the_same_definition_again_changes_nothing(
    store: EventStore, seed_file: CascadeFile
) -> None:
    store.save_cascade(seed_file)
    assert store.save_cascade(seed_file) is False
    [record] = store.cascades()
    assert (record.id, record.revision, record.events) == (SEED_ID, 1, 0)


def test_a_different_definition_needs_replace(store: EventStore, seed_file: CascadeFile) -> None:
    store.save_cascade(seed_file)
    renamed = seed_file.model_copy(
        update={"cascade": seed_file.cascade.model_copy(update={"title": "Tiêu đề mới"})}
    )
    with pytest.raises(InputError, match="--replace"):
        store.save_cascade(renamed)
    assert store.load_cascade(SEED_ID).cascade.title == seed_file.cascade.title
    assert store.save_cascade(renamed, replace=True) is True
    assert store.load_cascade(SEED_ID).cascade.title == "Tiêu đề mới"
    assert store.cascades()[0].revision == 2


def test_a_replacement_may_not_drop_an_obligation_with_events(
    seeded: EventStore, seed_file: CascadeFile
) -> None:
    seeded.append(SEED_ID, ev("e1", "1.4", "start", "dai-ptth"))
    without = seed_file.model_copy(
        update={"obligations": tuple(o for o in seed_file.obligations if o.id != "1.4")}
    )
    with pytest.raises(InputError, match=r"drops obligations that have events: 1\.4"):
        seeded.save_cascade(without, replace=True)
    assert seeded.load_cascade(SEED_ID).obligation("1.4").lead == "dai-ptth"


def test_an_unknown_cascade_is_a_clear_error(store: EventStore) -> None:
    with pytest.raises(UnknownReferenceError, match="nope"):
        store.load_cascade("nope")
    with pytest.raises(UnknownReferenceError, match="nope"):
        store.append("nope", ev("e1", OB, "start", LEAD))
    with pytest.raises(UnknownReferenceError, match="nope"):
        store.history("nope")


# --- single appends -----------------------------------------------------------------


def test_appends_number_versions_per_obligation(seeded: EventStore) -> None:
    first = seeded.append(SEED_ID, ev("e1", OB, "start", LEAD))
    other = seeded.append(SEED_ID, ev("e2", OB2, "start", "dai-ptth", minutes=1))
    second = seeded.append(SEED_ID, ev("e3", OB, "report", LEAD, minutes=2))
    assert (first.version, other.version, second.version) == (1, 1, 2)
    assert first.seq < other.seq < second.seq
    assert seeded.head(SEED_ID, OB).version == 2
    assert seeded.head(SEED_ID, "1.4") == Head(0, None)
    assert [s.event.id for s in seeded.history(SEED_ID)] == ["e1", "e2", "e3"]


def test_the_same_event_twice_is_a_no_op(seeded: EventStore) -> None:
    event = ev("e1", OB, "start", LEAD, note="đã bắt đầu")
    first = seeded.append(SEED_ID, event)
    again = seeded.append(SEED_ID, event, expected_version=0)  # a retry after a lost answer
    assert again.duplicate and (again.seq, again.version) == (first.seq, first.version)
    assert len(seeded.history(SEED_ID)) == 1
    assert seeded.head(SEED_ID, OB).version == 1


def test_a_reused_event_id_is_refused(seeded: EventStore) -> None:
    seeded.append(SEED_ID, ev("e1", OB, "start", LEAD))
    with pytest.raises(InputError, match=r"'e1' is already in the history.*trigger"):
        seeded.append(SEED_ID, ev("e1", OB, "report", LEAD))
    with pytest.raises(InputError, match="obligation"):
        seeded.append(SEED_ID, ev("e1", OB2, "start", "dai-ptth"))
    assert [s.event.trigger for s in seeded.history(SEED_ID)] == ["start"]


def test_an_id_another_obligation_holds_leaves_the_head_where_it_was(seeded: EventStore) -> None:
    seeded.append(SEED_ID, ev("e1", OB, "start", LEAD), expected_version=0, state="in_progress")
    with pytest.raises(InputError, match="obligation"):  # from no event
        seeded.append(SEED_ID, ev("e1", OB2, "start", "dai-ptth"), expected_version=0, state="x")
    assert seeded.head(SEED_ID, OB2) == Head(0, None)
    seeded.append(SEED_ID, ev("e2", OB2, "start", "dai-ptth"), expected_version=0, state="started")
    with pytest.raises(InputError, match="obligation"):  # from a version
        seeded.append(SEED_ID, ev("e1", OB2, "report", "dai-ptth"), expected_version=1, state="x")
    assert seeded.head(SEED_ID, OB2) == Head(1, "started")
    assert [s.event.id for s in seeded.history(SEED_ID)] == ["e1", "e2"]


def test_a_stale_expected_version_is_a_conflict_and_stores_nothing(seeded: EventStore) -> None:
    seeded.append(SEED_ID, ev("e1", OB, "start", LEAD), expected_version=0)
    with pytest.raises(ConflictError) as caught:
        seeded.append(SEED_ID, ev("e2", OB, "report", LEAD), expected_version=0)
    assert (caught.value.obligation, caught.value.expected, caught.value.actual) == (OB, 0, 1)
    assert caught.value.exit_code == 75
    assert [s.event.id for s in seeded.history(SEED_ID)] == ["e1"]
    assert seeded.append(SEED_ID, ev("e2", OB, "report", LEAD), expected_version=1).version == 2


def test_the_state_given_becomes_the_head(seeded: EventStore) -> None:
    seeded.append(SEED_ID, ev("e1", OB, "start", LEAD), expected_version=0, state="in_progress")
    assert seeded.head(SEED_ID, OB) == Head(1, "in_progress")
    seeded.append(SEED_ID, ev("e2", OB, "report", LEAD), expected_version=1, state="reported")
    assert seeded.head(SEED_ID, OB) == Head(2, "reported")
    assert seeded.heads(SEED_ID) == {OB: Head(2, "reported")}


def test_a_state_decided_on_a_stale_version_stores_nothing(seeded: EventStore) -> None:
    seeded.append(SEED_ID, ev("e1", OB, "start", LEAD), state="in_progress")
    with pytest.raises(ConflictError):  # decided when the obligation had no event
        seeded.append(SEED_ID, ev("e2", OB, "report", LEAD), expected_version=0, state="reported")
    assert [s.event.id for s in seeded.history(SEED_ID)] == ["e1"]
    assert seeded.head(SEED_ID, OB) == Head(1, "in_progress")


def test_an_append_without_a_state_leaves_the_state_unknown(seeded: EventStore) -> None:
    seeded.append(SEED_ID, ev("e1", OB, "start", LEAD), state="in_progress")
    seeded.append(SEED_ID, ev("e2", OB, "report", LEAD))
    assert seeded.head(SEED_ID, OB) == Head(2, None)  # None: replay the history


def test_milestone_events_have_no_version(seeded: EventStore) -> None:
    event = ev("m1", None, None, "btv-tu", milestone="xiv-congress")
    result = seeded.append(SEED_ID, event)
    assert result.version is None
    assert seeded.append(SEED_ID, event).duplicate
    [stored] = seeded.history(SEED_ID)
    assert stored.event.milestone == "xiv-congress" and stored.version is None
    assert seeded.heads(SEED_ID) == {}


# --- reading ------------------------------------------------------------------------


def test_history_filters_by_obligation_and_time(seeded: EventStore) -> None:
    seeded.append(SEED_ID, ev("e1", OB, "start", LEAD))
    seeded.append(SEED_ID, ev("e2", OB2, "start", "dai-ptth", minutes=60))
    seeded.append(SEED_ID, ev("e3", OB, "report", LEAD, minutes=120))
    assert [s.event.id for s in seeded.history(SEED_ID, obligation=OB)] == ["e1", "e3"]
    cutoff = T0 + dt.timedelta(minutes=60)
    assert [s.event.id for s in seeded.history(SEED_ID, until=cutoff)] == ["e1", "e2"]
    utc = cutoff.astimezone(dt.UTC)  # the same instant, another offset
    assert [s.event.id for s in seeded.history(SEED_ID, until=utc)] == ["e1", "e2"]


def test_events_come_back_exactly_as_written(seeded: EventStore) -> None:
    naive = ev("e1", OB, "start", LEAD, note="Đã triển khai", evidence="Văn bản số 12/BKG")
    naive = naive.model_copy(update={"at": dt.datetime(2025, 2, 1, 9, 30)})
    utc = ev("e2", OB, "report", LEAD).model_copy(
        update={"at": dt.datetime(2025, 3, 1, 1, 0, tzinfo=dt.UTC)}
    )
    seeded.append(SEED_ID, naive)
    seeded.append(SEED_ID, utc)
    back = [s.event for s in seeded.history(SEED_ID)]
    assert back == [naive, utc]
    assert back[0].at.tzinfo is None and back[1].at.utcoffset() == dt.timedelta(0)
    # a naive time is Vietnam time: 09:30 there is before 01:00 UTC on 1 March
    until = dt.datetime(2025, 2, 1, 2, 30, tzinfo=dt.UTC)
    assert [s.event.id for s in seeded.history(SEED_ID, until=until)] == ["e1"]


def test_find_events_returns_only_stored_ids(seeded: EventStore) -> None:
    seeded.append(SEED_ID, ev("e1", OB, "start", LEAD))
    found = seeded.find_events(SEED_ID, ["e1", "e9"])
    assert list(found) == ["e1"] and found["e1"].version == 1


# --- bulk appends -------------------------------------------------------------------


def _many(n: int, obligations: tuple[str, ...] = (OB, OB2)) -> list:  # type: ignore[type-arg]
    leads = {OB: LEAD, OB2: "dai-ptth"}
    return [
        ev(f"b{i}", obligations[i % len(obligations)], "note", leads[obligations[i % 2]], minutes=i)
        for i in range(n)
    ]


def test_append_many_writes_batches_and_counts_versions(seeded: EventStore) -> None:
    calls: list[int] = []
    report = seeded.append_many(SEED_ID, _many(25), batch_size=10, progress=calls.append)
    assert (report.read, report.added, report.duplicates, report.batches) == (25, 25, 0, 3)
    assert calls == [10, 20, 25]
    assert seeded.head(SEED_ID, OB).version == 13 and seeded.head(SEED_ID, OB2).version == 12
    versions = [s.version for s in seeded.history(SEED_ID, obligation=OB)]
    assert versions == list(range(1, 14))


def test_append_many_again_adds_only_what_is_missing(seeded: EventStore) -> None:
    events = _many(30)
    seeded.append_many(SEED_ID, events[:17], batch_size=5)
    report = seeded.append_many(SEED_ID, events, batch_size=5)
    assert (report.added, report.duplicates) == (13, 17)
    assert [s.event.id for s in seeded.history(SEED_ID)] == [e.id for e in events]
    assert seeded.head(SEED_ID, OB).version == 15


def test_append_many_skips_repeats_within_the_input(seeded: EventStore) -> None:
    events = _many(4)
    report = seeded.append_many(SEED_ID, [*events, events[0], events[3]], batch_size=3)
    assert (report.added, report.duplicates) == (4, 2)


def test_append_many_refuses_a_reused_id_in_its_batch(seeded: EventStore) -> None:
    seeded.append(SEED_ID, ev("b1", OB, "start", LEAD))
    events = _many(4)
    with pytest.raises(InputError, match="'b1'"):
        seeded.append_many(SEED_ID, events, batch_size=10)
    assert [s.event.id for s in seeded.history(SEED_ID)] == ["b1"]  # the batch left nothing


def test_append_many_records_states_and_checks_expected_versions(seeded: EventStore) -> None:
    events = _many(4)
    states = ["s0", "s1", "s2", "s3"]
    seeded.append_many(SEED_ID, events, states=states, expected_versions={OB: 0, OB2: 0})
    assert seeded.heads(SEED_ID) == {OB: Head(2, "s2"), OB2: Head(2, "s3")}
    more = [ev("c1", OB, "note", LEAD), ev("c2", OB, "note", LEAD)]
    with pytest.raises(ConflictError):
        seeded.append_many(SEED_ID, more, expected_versions={OB: 1})
    # expectations move on with the call's own batches
    report = seeded.append_many(SEED_ID, more, expected_versions={OB: 2}, batch_size=1)
    assert report.added == 2 and seeded.head(SEED_ID, OB).version == 4


def test_a_conflict_mid_import_keeps_the_batches_before_it(seeded: EventStore) -> None:
    events = [ev(f"x{i}", OB, "note", LEAD) for i in range(6)]

    def interfere(done: int) -> None:
        if done == 3:  # another office records an event between two batches
            seeded.append(SEED_ID, ev("other", OB, "note", LEAD))

    with pytest.raises(ConflictError):
        seeded.append_many(
            SEED_ID, events, expected_versions={OB: 0}, batch_size=3, progress=interfere
        )
    assert [s.event.id for s in seeded.history(SEED_ID)] == ["x0", "x1", "x2", "other"]
    assert seeded.head(SEED_ID, OB).version == 4


def test_append_many_takes_columns_and_the_rows_to_append(seeded: EventStore) -> None:
    from cascade.event_batch import EventBatch

    naive = ev("n1", OB2, "note", "dai-ptth", minutes=9).model_copy(
        update={"at": dt.datetime(2025, 1, 10, 9, 30, 0, 250)}  # no offset: Vietnam time
    )
    events = [*_many(5), naive, ev("m1", None, None, LEAD, milestone="xiv-congress", minutes=7)]
    batch = EventBatch.from_events(events)
    report = seeded.append_many(
        SEED_ID, batch, rows=[0, 2, 4, 5, 6], states=["a", "b", "c", "d", None], batch_size=2
    )
    assert (report.read, report.added, report.batches) == (5, 5, 3)
    stored = seeded.history(SEED_ID)
    assert [s.event for s in stored] == [events[i] for i in (0, 2, 4, 5, 6)]  # times as written
    assert stored[3].event.at.isoformat() == "2025-01-10T09:30:00.000250"
    assert seeded.heads(SEED_ID) == {OB: Head(3, "c"), OB2: Head(1, "d")}


def test_append_many_wants_a_state_per_appended_event(seeded: EventStore) -> None:
    with pytest.raises(ValueError, match="2 states for 3 events"):
        seeded.append_many(SEED_ID, _many(3), states=["a", "b"])
    assert seeded.history(SEED_ID) == []


def test_append_many_meets_stored_ids_after_new_batches(seeded: EventStore) -> None:
    events = _many(20)
    for stored_first in (events[12], events[15]):
        seeded.append(SEED_ID, stored_first)
    report = seeded.append_many(SEED_ID, events, batch_size=5)
    assert (report.added, report.duplicates, report.batches) == (18, 2, 4)
    ids = [s.event.id for s in seeded.history(SEED_ID)]
    assert sorted(ids) == sorted(e.id for e in events) and len(ids) == 20
    versions = [s.version for s in seeded.history(SEED_ID, obligation=OB)]
    assert versions == list(range(1, 11))
    assert seeded.head(SEED_ID, OB).version == 10
