"""One definition of "the same event", everywhere: an event id met again with any other
content (a note or evidence edited included) is refused, naming the id and the field, and
nothing is written; met again with the same content, it changes nothing.

The library's use cases on the three stores, and the commands that take events: ``record``
and ``events import`` (SQLite, PostgreSQL) and ``apply`` (an events file).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cascade.errors import EventConflictError
from cascade.event_batch import EventBatch
from cascade.services import import_events, record
from cascade.store import EventStore, open_store
from support import SEED, SEED_ID, run
from support.store import ev, write_jsonl

OB, LEAD = "1.4", "dai-ptth"

EDITS = [
    ({"note": "Đã khởi động"}, {"note": "Đã khởi động, sửa lại"}, "note"),
    ({"evidence": "Báo cáo 1"}, {"evidence": "Báo cáo 2"}, "evidence"),
    ({"note": "Đã khởi động"}, {}, "note"),
    ({}, {"minutes": 1}, "at"),
    ({}, {"actor": "so-tttt"}, "actor"),
]


def _history(store: EventStore) -> list[tuple[str, str | None, str | None]]:
    return [(s.event.id, s.event.note, s.event.evidence) for s in store.history(SEED_ID)]


@pytest.mark.parametrize(("first", "second", "field"), EDITS)
def test_record_refuses_an_edited_event_under_a_stored_id(
    seeded: EventStore, first: dict[str, str], second: dict[str, str], field: str
) -> None:
    record(seeded, ev("x", OB, "start", LEAD, **first))
    before = _history(seeded)
    edited = {"actor": LEAD, **second}
    with pytest.raises(EventConflictError, match=rf"'x'.*\({field} ") as caught:
        record(seeded, ev("x", OB, "start", **edited))
    assert caught.value.event_id == "x" and caught.value.exit_code == 2
    assert _history(seeded) == before
    assert record(seeded, ev("x", OB, "start", LEAD, **first)).duplicate  # the same: a no-op


@pytest.mark.parametrize(("first", "second", "field"), EDITS)
def test_import_refuses_an_edited_event_under_a_stored_id(
    seeded: EventStore, first: dict[str, str], second: dict[str, str], field: str
) -> None:
    import_events(seeded, EventBatch.from_events([ev("x", OB, "start", LEAD, **first)]))
    before = _history(seeded)
    edited = {"actor": LEAD, **second}
    batch = EventBatch.from_events(
        [ev("y", "1.1@bao-kien-giang", "start", "bao-kien-giang"), ev("x", OB, "start", **edited)]
    )
    with pytest.raises(EventConflictError, match=rf"'x'.*\({field} "):
        import_events(seeded, batch)
    assert _history(seeded) == before  # not even the new event "y"
    again = import_events(seeded, EventBatch.from_events([ev("x", OB, "start", LEAD, **first)]))
    assert (again.added, again.duplicates) == (0, 1)


def test_an_edited_repeat_within_one_import_is_refused(seeded: EventStore) -> None:
    batch = EventBatch.from_events(
        [ev("x", OB, "start", LEAD, note="một"), ev("x", OB, "start", LEAD, note="hai")]
    )
    with pytest.raises(EventConflictError, match=r"'x'.*\(note 'một' before, 'hai' now\)"):
        import_events(seeded, batch)
    assert _history(seeded) == []


def test_the_commands_refuse_an_edited_event_and_write_nothing(ready: str, tmp_path: Path) -> None:
    args = ("start", OB, "--actor", LEAD, "--at", "2025-01-10T08:00", "--id", "x")
    assert run("record", *args, "--note", "Đã khởi động", "--db", ready)[0] == 0
    code, _, err = run("record", *args, "--note", "Đã khởi động, sửa lại", "--db", ready)
    assert code == 2 and "'x'" in err and "note" in err and "Traceback" not in err
    edited = write_jsonl([ev("x", OB, "start", LEAD, evidence="Báo cáo 2")], tmp_path / "x.jsonl")
    code, _, err = run("events", "import", str(edited), "--db", ready)
    assert code == 2 and "'x'" in err and "note" in err
    with open_store(ready) as store:
        assert _history(store) == [("x", "Đã khởi động", None)]


def test_apply_refuses_an_edited_event_and_leaves_the_history_file(tmp_path: Path) -> None:
    history = write_jsonl([ev("x", OB, "start", LEAD, note="Đã khởi động")], tmp_path / "h.jsonl")
    before = history.read_bytes()
    new = write_jsonl(
        [
            ev("y", "1.1@bao-kien-giang", "start", "bao-kien-giang"),
            ev("x", OB, "start", LEAD, note="Đã khởi động, sửa lại"),
        ],
        tmp_path / "new.jsonl",
    )
    code, _, err = run("apply", str(SEED), str(new), "--history", str(history))
    assert code == 2 and "'x'" in err and "note 'Đã khởi động' before" in err
    assert f"{new}:2" in err  # where the edited event was written
    assert history.read_bytes() == before


OTHER = ("1.1@bao-kien-giang", "bao-kien-giang")


@pytest.mark.parametrize("trigger", ["start", "report"], ids=["accepted", "refused"])
def test_an_id_stored_for_another_obligation_is_refused_by_record(
    seeded: EventStore, trigger: str
) -> None:
    """The engine reads only the obligation's part of the history, so it may accept the
    event (the write meets the stored id) or refuse it (``report`` before ``start``):
    either way the reused id is what ``record`` says, and nothing is written."""
    record(seeded, ev("x", *OTHER[:1], "start", OTHER[1]))
    before = _history(seeded)
    heads = seeded.heads(SEED_ID)
    with pytest.raises(EventConflictError, match=r"'x'.*\(obligation "):
        record(seeded, ev("x", OB, trigger, LEAD))
    assert _history(seeded) == before and seeded.heads(SEED_ID) == heads


def test_a_milestone_recorded_again_is_a_no_op(seeded: EventStore) -> None:
    first = record(seeded, ev("m", None, None, "btv-tu", milestone="xiv-congress"))
    again = record(seeded, ev("m", None, None, "btv-tu", milestone="xiv-congress"))
    assert (first.duplicate, again.duplicate) == (False, True)
    assert [s.event.id for s in seeded.history(SEED_ID)] == ["m"]
