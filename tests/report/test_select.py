"""The filters of ``status``, ``show`` and ``export``: one selection, checked against the model."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from cascade.engine.status import BUCKETS, buckets
from cascade.engine.tracker import Tracker
from cascade.files.loader import load
from cascade.model import Cascade
from cascade.report.select import Selection, select
from report import AS_OF, run_seed
from support import SEED, SEED_EVENTS, run


@pytest.fixture(scope="module")
def seed() -> Cascade:
    return load(SEED)


def _status_total(*args: str) -> dict[str, int]:
    result = run_seed("status", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    total: dict[str, int] = json.loads(result.stdout)["total"]
    return total


def test_status_of_one_district_counts_its_four_obligations(seed: Cascade) -> None:
    total = _status_total("--org", "ubnd-rach-gia")
    assert total["total"] == 4 == sum(ob.lead == "ubnd-rach-gia" for ob in seed.obligations)
    # the same counts as that district's row when every organisation is counted
    result = run_seed("status", "--format", "json", "--by", "organisation")
    rows = {g["id"]: g for g in json.loads(result.stdout)["groups"]}
    assert {k: rows["ubnd-rach-gia"][k] for k in total} == total


def test_org_takes_coordinators_and_lead_does_not(seed: Cascade) -> None:
    coordinated = [ob.id for ob in seed.obligations if "so-tttt" in ob.coordinators]
    led = [ob.id for ob in seed.obligations if ob.lead == "so-tttt"]
    assert coordinated and led
    assert _status_total("--org", "so-tttt")["total"] == len(coordinated) + len(led)
    assert _status_total("--lead", "so-tttt")["total"] == len(led)


def test_subtree_takes_every_organisation_below(seed: Cascade) -> None:
    parent = {org.id: org.parent for org in seed.organisations}

    def under_ubnd_tinh(org: str | None) -> bool:
        while org is not None:
            if org == "ubnd-tinh":
                return True
            org = parent[org]
        return False

    expected = [o for o, ob in enumerate(seed.obligations) if under_ubnd_tinh(ob.lead)]
    kept = select(seed, Selection(leads=("ubnd-tinh",), subtree=True))
    assert kept == expected and len(expected) > 4
    assert select(seed, Selection(leads=("ubnd-tinh",))) == [
        o for o, ob in enumerate(seed.obligations) if ob.lead == "ubnd-tinh"
    ]


def test_a_group_stands_for_its_members(seed: Cascade) -> None:
    members = next(g.members for g in seed.groups if g.id == "ubnd-cac-huyen")
    kept = select(seed, Selection(leads=("ubnd-cac-huyen",)))
    assert kept is not None
    assert {seed.obligations[o].lead for o in kept} == set(members)


def test_document_by_id_or_identifier_and_level(seed: Cascade) -> None:
    by_identifier = select(seed, Selection(documents=("12724/VP-KGVX",)))
    assert by_identifier == select(seed, Selection(documents=("cv-12724",)))
    of_dispatch = [o for o, ob in enumerate(seed.obligations) if ob.document == "cv-12724"]
    assert by_identifier == of_dispatch
    level = {org.id: org.level for org in seed.organisations}
    district = select(seed, Selection(levels=("district",)))
    assert district == [o for o, ob in enumerate(seed.obligations) if level[ob.lead] == "district"]
    # different filters must all hold
    both = select(seed, Selection(levels=("district",), documents=("cv-stttt",)))
    assert both == district  # every district obligation comes from the department's dispatch
    assert select(seed, Selection(levels=("district",), documents=("kh-251",))) == []


def test_bucket_filter_keeps_that_bucket_as_of_the_day(seed: Cascade) -> None:
    tracker = Tracker.load(SEED, SEED_EVENTS)
    codes = buckets(tracker, dt.date.fromisoformat(AS_OF))
    wanted = {BUCKETS.index("overdue"), BUCKETS.index("completed_late")}
    kept = select(seed, Selection(buckets=("overdue", "completed_late")), codes)
    assert kept == [o for o, c in enumerate(codes) if c in wanted] and kept
    total = _status_total("--bucket", "overdue")
    assert total["total"] == total["overdue"] == codes.count(BUCKETS.index("overdue"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--org", "nowhere"], "unknown organisation 'nowhere' (--org)"),
        (["--lead", "nowhere"], "unknown organisation 'nowhere' (--lead)"),
        (["--document", "9-KH/TU"], "unknown document '9-KH/TU'"),
        (["--level", "commune"], "unknown level 'commune' (--level; levels: district, province)"),
        (["--bucket", "late"], "unknown bucket 'late'"),
        (["--subtree"], "--subtree goes with --org or --lead"),
    ],
)
def test_a_filter_that_names_nothing_is_bad_input(args: list[str], message: str) -> None:
    for command in ("status", "show", "export"):
        result = (
            run_seed(command, *args)
            if command != "export"
            else run("export", SEED, "--events", SEED_EVENTS, *args)
        )
        assert result.exit_code == 2, (command, result.output)
        assert message in result.stderr and "Traceback" not in result.output
        assert result.stdout == ""


def test_show_lists_only_the_kept_obligations(seed: Cascade) -> None:
    result = run_seed("show", "--org", "ubnd-giong-rieng")
    assert result.exit_code == 0, result.output
    listed = {ob.id for ob in seed.obligations if ob.id in result.stdout}
    assert listed == {f"3.{k}@ubnd-giong-rieng" for k in range(1, 5)}
    plain = run("show", SEED, "--document", "kh-251")  # no status: the written cascade
    assert plain.exit_code == 0 and "kh251.trien-khai" in plain.stdout
    assert "kh262.trien-khai" not in plain.stdout


def test_export_keeps_the_obligations_and_their_events(seed: Cascade) -> None:
    result = run(
        "export", SEED, "--events", SEED_EVENTS, "--format", "csv", "--org", "ubnd-rach-gia"
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    obligations = {r["obligation"] for r in rows if r["obligation"]}
    assert obligations == {"3.1@ubnd-rach-gia"}  # the only one of the four with events
    assert any(r["milestone"] for r in rows)  # milestones belong to every obligation
    exported = run("export", SEED, "--lead", "ubnd-rach-gia")
    data = json.loads(exported.stdout)
    assert [o["id"] for o in data["obligations"]] == [f"3.{k}@ubnd-rach-gia" for k in range(1, 5)]
    assert len(data["organisations"]) == len(seed.organisations)


def test_narrow_leaves_the_original_alone(seed: Cascade) -> None:
    assert seed.obligation("1.1@bao-kien-giang")  # builds the original's index first
    small = seed.narrowed([0])
    assert [ob.id for ob in small.obligations] == [seed.obligations[0].id]
    with pytest.raises(KeyError):
        small.obligation("1.1@bao-kien-giang")
    assert seed.obligation("1.1@bao-kien-giang").id == "1.1@bao-kien-giang"
    assert seed.narrowed(None) is seed
