"""Recording events on a database with the engine's guards inside the transaction, and the
status, history and states that come back from it."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from cascade.errors import ConflictError, TransitionRefusedError
from cascade.event_batch import EventBatch
from cascade.files.loader import load
from cascade.services import Source, import_events, load_definition, open_tracker, record
from cascade.store import EventStore, Head, open_store
from support import SEED, SEED_ID, run
from support.store import ev, lifecycle_events, write_jsonl

OB = "1.1@bao-kien-giang"


def _history(url: str, obligation: str | None = None) -> list[str]:
    with open_store(url) as store:
        return [s.event.id for s in store.history(SEED_ID, obligation=obligation)]


def test_record_start_report_accept(ready: str) -> None:
    code, out, _ = run("record", "start", OB, "--actor", "bao-kien-giang", "--db", ready,
                       "--at", "2025-01-10T08:00", "--note", "Đã xây dựng kế hoạch")  # fmt: skip
    assert code == 0 and "start → in_progress (version 1)" in out
    code, out, _ = run("record", "report", OB, "--actor", "bao-kien-giang", "--db", ready,
                       "--at", "2025-03-01T09:00", "--evidence", "Báo cáo 12/BC-BKG")  # fmt: skip
    assert code == 0 and "report → reported (version 2)" in out
    code, out, _ = run("record", "accept", OB, "--actor", "so-tttt", "--db", ready,
                       "--at", "2025-03-05", "--id", "nghiem-thu")  # fmt: skip
    assert code == 0 and out.startswith("nghiem-thu: ") and "accepted (version 3)" in out
    with open_store(ready) as store:
        assert store.head(SEED_ID, OB) == Head(3, "accepted")
        assert store.history(SEED_ID)[0].event.note == "Đã xây dựng kế hoạch"


def test_a_refused_event_stores_nothing(ready: str) -> None:
    code, _, err = run("record", "report", OB, "--actor", "bao-kien-giang", "--db", ready)
    assert code == 2 and "'report' is not allowed from 'assigned'" in err
    code, _, err = run("record", "start", OB, "--actor", "so-tttt", "--db", ready)
    assert code == 2 and "only the lead (bao-kien-giang)" in err
    code, _, err = run("record", "start", "9.9", "--actor", "so-tttt", "--db", ready)
    assert code == 2 and "9.9" in err
    assert _history(ready) == []
    with open_store(ready) as store:
        assert store.head(SEED_ID, OB).version == 0


def test_the_same_record_twice_is_a_no_op(ready: str) -> None:
    args = ("record", "start", OB, "--actor", "bao-kien-giang", "--at", "2025-01-10T08:00",
            "--db", ready)  # fmt: skip
    assert run(*args)[0] == 0
    code, out, _ = run(*args)
    assert code == 0 and "already recorded (no change)" in out
    assert len(_history(ready)) == 1


def test_a_stale_expected_version_exits_75_and_stores_nothing(ready: str) -> None:
    assert run("record", "start", OB, "--actor", "bao-kien-giang", "--db", ready)[0] == 0
    code, _, err = run("record", "report", OB, "--actor", "bao-kien-giang", "--db", ready,
                       "--expect-version", "0")  # fmt: skip
    assert code == 75 and "expected version 0, found 1; reload and retry" in err
    assert len(_history(ready)) == 1
    code, _, _ = run("record", "report", OB, "--actor", "bao-kien-giang", "--db", ready,
                     "--expect-version", "1")  # fmt: skip
    assert code == 0


def test_milestones_and_bad_arguments(ready: str) -> None:
    code, out, _ = run("record", "milestone", "xiv-congress", "--actor", "btv-tu", "--db", ready,
                       "--at", "2026-01-19")  # fmt: skip
    assert code == 0 and "milestone xiv-congress recorded" in out
    code, _, err = run("record", "milestone", "no-such", "--actor", "btv-tu", "--db", ready)
    assert code == 2 and "no-such" in err
    code, _, err = run("record", "start", OB, "--actor", "bao-kien-giang", "--at", "tomorrow",
                       "--db", ready)  # fmt: skip
    assert code == 2 and "--at 'tomorrow'" in err
    assert len(_history(ready)) == 1


def test_status_from_the_database_as_of_a_past_day(ready: str, tmp_path: Path) -> None:
    events = [ev("a", OB, "start", "bao-kien-giang"),
              ev("b", OB, "report", "bao-kien-giang", minutes=60 * 24 * 40)]  # fmt: skip
    path = write_jsonl(events, tmp_path / "e.jsonl")
    assert run("events", "import", str(path), "--db", ready)[0] == 0

    def reported(day: str) -> int:
        code, out, err = run("status", "--db", ready, "--as-of", day, "--format", "json")
        assert code == 0, err
        total = json.loads(out)["total"]
        return int(total["completed_on_time"] + total["completed_late"])

    assert reported("2025-01-31") == 0  # the report came on 19 February
    assert reported("2025-02-28") == 1
    code, _, err = run("status", "--db", ready, "--events", str(path))
    assert code == 2 and "--events goes with FILE" in err


def test_records_from_several_threads_lose_nothing(db_url: str) -> None:
    with open_store(db_url, create=True) as store:
        load_definition(store, SEED)
    leaves = ("1.4", "2.cong", OB)
    leads = {"1.4": "dai-ptth", "2.cong": "cong-ttdt", OB: "bao-kien-giang"}
    errors: list[BaseException] = []

    def writer(number: int) -> None:
        with open_store(db_url) as mine:
            for k in range(4):  # start, then report / return alternately, by whoever is up
                ob = leaves[(number + k) % 3]
                try:
                    _advance(mine, ob, leads[ob], f"t{number}-{k}")
                except BaseException as exc:
                    errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_store(db_url) as store:
        history = store.history(SEED_ID)
        tracker = open_tracker(Source(db=store, cascade_id=SEED_ID))
        assert len(history) == 12
        for ob in leaves:
            versions = [s.version for s in history if s.event.obligation == ob]
            assert versions == list(range(1, len(versions) + 1))
            assert store.head(SEED_ID, ob) == Head(len(versions), tracker.state(ob))


def _advance(store: EventStore, ob: str, lead: str, event_id: str) -> None:
    """Record the next step of ``ob``; a refusal means another writer moved it: re-read."""
    for _ in range(20):
        state = store.head(SEED_ID, ob).state or "assigned"
        trigger, actor = {"assigned": ("start", lead), "in_progress": ("report", lead),
                          "reported": ("return", "so-tttt")}[state]  # fmt: skip
        try:
            record(store, ev(event_id, ob, trigger, actor), cascade_id=SEED_ID)
            return
        except (TransitionRefusedError, ConflictError):
            continue
    raise AssertionError(f"{event_id} never went through")


def test_imported_states_are_the_engines(db_url: str) -> None:
    with open_store(db_url, create=True) as store:
        load_definition(store, SEED)
        events = lifecycle_events(load(SEED), 400)
        import_events(store, EventBatch.from_events(events), cascade_id=SEED_ID, batch_size=64)
        tracker = open_tracker(Source(db=store, cascade_id=SEED_ID))
        heads = store.heads(SEED_ID)
        assert heads and all(h.state == tracker.state(ob) for ob, h in heads.items())
        assert store.history_batch(SEED_ID).ids == [e.id for e in events]


def test_a_lifecycle_next_to_the_file_is_stored_and_used(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "wf"
    (folder / "lifecycles").mkdir(parents=True)
    text = SEED.read_text(encoding="utf-8").replace("lifecycle: default", "lifecycle: strict")
    assert "lifecycle: strict" in text
    (folder / "seed.yaml").write_text(text, encoding="utf-8")
    builtin = (
        Path(__file__).resolve().parents[2] / "src" / "cascade" / "lifecycles" / "default.yaml"
    )
    strict = builtin.read_text(encoding="utf-8").replace("id: default", "id: strict")
    accept = "{trigger: accept, source: [reported], dest: accepted, by: [issuer, report_to]}"
    assert accept in strict
    strict = strict.replace(accept, accept.replace("[issuer, report_to]", "[coordinator]"))
    (folder / "lifecycles" / "strict.yaml").write_text(strict, encoding="utf-8")
    with open_store(db_url, create=True) as store:
        load_definition(store, folder / "seed.yaml")
        assert store.load_lifecycle(SEED_ID).id == "strict"  # type: ignore[union-attr]
        record(store, ev("s", "1.4", "start", "dai-ptth"), cascade_id=SEED_ID)
        record(store, ev("r", "1.4", "report", "dai-ptth", minutes=1), cascade_id=SEED_ID)
        # the issuer (so-tttt) may accept under the default lifecycle, not under strict
        with pytest.raises(TransitionRefusedError):
            record(store, ev("a", "1.4", "accept", "so-tttt", minutes=2), cascade_id=SEED_ID)
        assert len(store.history(SEED_ID)) == 2


def test_render_and_validate_read_the_database(ready: str) -> None:
    args = ("--actor", "bao-kien-giang", "--db", ready)
    assert run("record", "start", OB, *args, "--at", "2025-01-10T08:00")[0] == 0
    assert run("record", "report", OB, *args, "--at", "2025-02-10T08:00")[0] == 0
    code, out, err = run("render", "--db", ready, "--format", "mermaid", "--as-of", "2025-03-01")
    assert code == 0, err
    newspaper = next(line for line in out.splitlines() if "<b>Báo Kiên Giang</b>" in line)
    assert "Đã báo cáo 1" in newspaper  # coloured by the recorded history
    code, out, _ = run("render", "--db", ready, "--format", "mermaid", "--as-of", "2025-01-31")
    newspaper = next(line for line in out.splitlines() if "<b>Báo Kiên Giang</b>" in line)
    assert "Đã báo cáo" not in newspaper  # as of January it was not reported yet
    assert run("record", "milestone", "xiv-congress", "--actor", "btv-tu", "--db", ready,
               "--at", "2026-01-19")[0] == 0  # fmt: skip
    code, out, _ = run("validate", "--db", ready, "--format", "json")
    findings = json.loads(out)["findings"]
    overdue = {f["obligation"] for f in findings if f["rule"] == "CAS602"}
    assert "1.1@dai-ptth" in overdue and OB not in overdue  # the reported one is not overdue


def test_validate_db_of_a_store_without_cascades_is_an_error(db_url: str) -> None:
    assert run("db", "init", "--db", db_url)[0] == 0
    code, out, err = run("validate", "--db", db_url)
    assert code == 2, out
    assert "holds no cascade" in err and "cascade db load" in err
    assert "Traceback" not in err
