"""Exports of a recorded history: OCEL 2.0 JSON (validated against the standard's schema),
CSV for spreadsheets, and the canonical JSON read from a database."""

from __future__ import annotations

import copy
import csv
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from cascade.exports.history_csv import COLUMNS, to_csv
from cascade.exports.ocel import to_ocel
from cascade.files.loader import load, read
from cascade.model import Event
from cascade.store import MemoryStore, StoredEvent
from support import SEED, SEED_ID, run
from support.store import T0, ev, lifecycle_events, write_jsonl

SCHEMA = json.loads((Path(__file__).parent / "ocel20-schema-json.json").read_text("utf-8"))
ROOT = Path(__file__).resolve().parents[2]


def seed_history() -> list[Event]:
    """A history of the seed: lifecycles on its leaves, a Vietnamese note, the milestone."""
    events = lifecycle_events(load(SEED), 150)
    events[0] = events[0].model_copy(update={"note": "Đã xây dựng kế hoạch tuyên truyền"})
    events[1] = events[1].model_copy(update={"evidence": "Báo cáo số 12/BC-BKG"})
    return [*events, ev("m1", None, None, "btv-tu", milestone="xiv-congress", minutes=10**5)]


def validate(document: dict[str, Any]) -> list[str]:
    checker = jsonschema.Draft7Validator.FORMAT_CHECKER
    assert "date-time" in checker.checkers, "install rfc3339-validator: date-time unchecked"
    validator = jsonschema.Draft7Validator(SCHEMA, format_checker=checker)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]


def recorded(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The events of the history, without those the cascade implies (their types have a space)."""
    return [e for e in document["events"] if " " not in e["type"]]


def test_the_seed_history_as_ocel_validates_against_the_ocel_2_schema() -> None:
    document = to_ocel(load(SEED), seed_history())
    assert validate(document) == []
    assert len(recorded(document)) == 151
    assert {t["name"] for t in document["objectTypes"]} == {
        "document",
        "obligation",
        "organisation",
    }


def test_the_schema_check_bites() -> None:
    document = to_ocel(load(SEED), seed_history())
    naive_time = copy.deepcopy(document)
    naive_time["events"][0]["time"] = "2025-01-10T08:00:00"  # no offset: not RFC 3339
    number_value = copy.deepcopy(document)
    number_value["objects"][0]["attributes"][0]["value"] = 3
    missing = {k: v for k, v in document.items() if k != "objectTypes"}
    for broken in (naive_time, number_value, missing):
        assert validate(broken) != []


def test_ocel_is_internally_consistent_and_keeps_vietnamese() -> None:
    cascade = load(SEED)
    document = to_ocel(cascade, seed_history())
    objects = {o["id"]: o for o in document["objects"]}
    assert len(objects) == len(document["objects"])
    assert len(objects) == (
        len(cascade.organisations) + len(cascade.documents) + len(cascade.obligations)
    )
    types = {t["name"] for t in document["objectTypes"]}
    event_types = {t["name"] for t in document["eventTypes"]}
    for o in document["objects"]:
        assert o["type"] in types
        for link in o["relationships"]:
            assert link["objectId"] in objects, link
    for e in document["events"]:
        assert e["type"] in event_types
        for link in e["relationships"]:
            assert link["objectId"] in objects, link
    first = recorded(document)[0]
    assert {"name": "note", "value": "Đã xây dựng kế hoạch tuyên truyền"} in first["attributes"]
    assert first["relationships"][0]["qualifier"] == "obligation"
    newspaper = objects["organisation:bao-kien-giang"]
    assert {"name": "name", "value": "Báo Kiên Giang", "time": "1970-01-01T00:00:00Z"} in (
        newspaper["attributes"]
    )
    ob = objects["obligation:1.1@bao-kien-giang"]
    assert {"objectId": "document:cv-stttt", "qualifier": "created by"} in ob["relationships"]
    assert {"objectId": "obligation:cv12724.stttt", "qualifier": "implements"} in (
        ob["relationships"]
    )
    milestone = document["events"][-1]
    assert milestone["type"] == "milestone" and milestone["time"].endswith("+07:00")


def test_known_states_become_a_time_varying_attribute() -> None:
    history = seed_history()[:2]
    document = to_ocel(load(SEED), history, states={history[0].id: "in_progress"})
    assert validate(document) == []
    ob = next(o for o in document["objects"] if o["id"] == f"obligation:{history[0].obligation}")
    assert {"name": "state", "value": "in_progress", "time": T0.isoformat()} in ob["attributes"]


def test_csv_has_a_row_per_event_and_opens_as_utf8_with_bom() -> None:
    history = [
        StoredEvent(i + 1, e, 1 if e.obligation else None) for i, e in enumerate(seed_history())
    ]
    text = to_csv(load(SEED), history)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert list(rows[0]) == list(COLUMNS)
    assert len(rows) == len(history)
    assert rows[0]["note"] == "Đã xây dựng kế hoạch tuyên truyền"
    assert rows[0]["actor_name"] and rows[0]["document"]
    assert rows[-1]["milestone"] == "xiv-congress" and rows[-1]["obligation"] == ""


def test_export_from_a_database(db_url: str, tmp_path: Path) -> None:
    for args in (["db", "init"], ["db", "load", str(SEED)]):
        assert run(*args, "--db", db_url).exit_code == 0
    events = write_jsonl(seed_history(), tmp_path / "events.jsonl")
    assert run("events", "import", str(events), "--db", db_url).exit_code == 0

    out = tmp_path / "history.ocel.json"
    result = run("export", "--db", db_url, "--format", "ocel", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert validate(document) == [] and len(recorded(document)) == 151

    result = run("export", "--db", db_url, "--format", "csv")
    assert result.exit_code == 0 and len(result.stdout.strip().splitlines()) == 152
    rows = list(csv.DictReader(io.StringIO(result.stdout.removeprefix("\ufeff"))))
    assert [r["state"] for r in rows[:2]] == ["in_progress", "in_progress"]  # two leaves start

    result = run("export", "--db", db_url)
    interchange = json.loads(result.stdout)
    schema = json.loads((ROOT / "docs" / "interchange.schema.json").read_text("utf-8"))
    jsonschema.Draft7Validator(schema).validate(interchange)
    assert interchange["cascade"]["id"] == SEED_ID


def test_a_history_export_needs_events_or_a_database() -> None:
    result = run("export", str(SEED), "--format", "ocel")
    assert result.exit_code == 2 and "give --events FILE.jsonl, or --db" in result.stderr
    result = run("export", str(SEED), "--db", "sqlite:///x.db")
    assert result.exit_code == 2 and "not both" in result.stderr


def test_ocel_from_a_file_and_its_events_carries_the_states(tmp_path: Path) -> None:
    events = write_jsonl(seed_history(), tmp_path / "events.jsonl")
    args = ["export", str(SEED), "--events", str(events), "--format", "ocel"]
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert validate(document) == []
    ob = next(o for o in document["objects"] if o["id"] == "obligation:1.1@bao-kien-giang")
    states = [a["value"] for a in ob["attributes"] if a["name"] == "state"]
    assert states == ["assigned", "in_progress", "reported"]  # assigned, started, reported


@pytest.fixture
def memory_with_history() -> MemoryStore:
    store = MemoryStore()
    store.save_cascade(read(SEED)[0])
    store.append_many(SEED_ID, seed_history())
    return store


def test_library_use_of_the_exports(memory_with_history: MemoryStore) -> None:
    cascade = memory_with_history.load_cascade(SEED_ID)
    history = memory_with_history.history(SEED_ID)
    assert validate(to_ocel(cascade, (s.event for s in history))) == []
    assert to_csv(cascade, history).count("\r\n") == len(history) + 1
