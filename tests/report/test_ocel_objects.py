"""The OCEL export keeps every object: each takes part in an event, and pm4py keeps them all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cascade.files.loader import load
from support import SEED, SEED_EVENTS, run

ORPHANS_BEFORE = 69  # objects of the seed that no recorded event touches


@pytest.fixture(scope="module")
def ocel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ocel") / "seed.ocel.json"
    result = run("export", SEED, "--events", SEED_EVENTS, "--format", "ocel", "-o", out)
    assert result.exit_code == 0, result.output
    return out


def test_every_object_takes_part_in_an_event(ocel: Path) -> None:
    document = json.loads(ocel.read_text("utf-8"))
    objects = {o["id"] for o in document["objects"]}
    touched = {r["objectId"] for e in document["events"] for r in e["relationships"]}
    assert objects <= touched
    recorded = [e for e in document["events"] if " " not in e["type"]]
    by_recorded = {r["objectId"] for e in recorded for r in e["relationships"]}
    assert len(objects - by_recorded) == ORPHANS_BEFORE  # what the implied events rescue


def test_each_obligation_is_assigned_at_its_document_date_with_its_start_state(
    ocel: Path,
) -> None:
    seed = load(SEED)
    document = json.loads(ocel.read_text("utf-8"))
    assigned = {e["id"].split(" ", 2)[2]: e for e in document["events"]
                if e["type"] == "obligation assigned"}  # fmt: skip
    assert set(assigned) == {ob.id for ob in seed.obligations}
    event = assigned["kh251.trien-khai"]
    assert event["time"] == "2024-10-23T00:00:00+07:00"  # 251-KH/TU's date
    assert {"objectId": "organisation:ubnd-tinh", "qualifier": "lead"} in event["relationships"]
    # the undated draft counts from 1 January of its year
    assert assigned["3.2@ubnd-giong-rieng"]["time"] == "2025-01-01T00:00:00+07:00"
    objects = {o["id"]: o for o in document["objects"]}
    never_started = objects["obligation:3.2@ubnd-giong-rieng"]["attributes"]
    assert {"name": "state", "value": "assigned", "time": "2025-01-01T00:00:00+07:00"} in (
        never_started
    )
    # the deadline: the Congress opened on 19 January 2026 (recorded as a milestone event)
    due = next(a for a in never_started if a["name"] == "due")
    assert due["value"] == "2026-01-19T00:00:00+07:00"
    types = {t["name"]: t for t in document["objectTypes"]}
    assert {"name": "due", "type": "time"} in types["obligation"]["attributes"]
    successions = [e for e in document["events"] if e["type"] == "organisation succeeded"]
    assert [e["time"] for e in successions] == ["2025-07-01T00:00:00+07:00"]


def test_pm4py_reads_every_object(ocel: Path) -> None:
    pm4py = pytest.importorskip("pm4py")
    log = pm4py.read_ocel2_json(str(ocel))
    document = json.loads(ocel.read_text("utf-8"))
    assert len(log.objects) == len(document["objects"]) == 147
    assert len(log.events) == len(document["events"])
    states = log.objects.set_index("ocel:oid")["state"]
    assert states["obligation:3.2@ubnd-giong-rieng"] == "assigned"
