"""The seed cascade is faithful to the dispatch it was taken from."""

from __future__ import annotations

from collections import Counter
from datetime import date as dt_date

from cascade.files.loader import load
from cascade.identifiers import parse_identifier
from cascade.model import Cascade, Force

DISTRICTS = [
    "Rạch Giá", "Hà Tiên", "Phú Quốc", "Kiên Lương", "Hòn Đất", "Tân Hiệp", "Châu Thành",
    "Giồng Riềng", "Gò Quao", "An Biên", "An Minh", "Vĩnh Thuận", "U Minh Thượng",
    "Giang Thành", "Kiên Hải",
]  # fmt: skip


def test_four_documents_and_how_they_rest_on_each_other(seed: Cascade) -> None:
    amending = {a.document for a in seed.amendments}
    identifiers = {doc.identifier: doc for doc in seed.documents if doc.id not in amending}
    assert set(identifiers) == {"251-KH/TU", "262-KH/TU", "12724/VP-KGVX", "/STTTT-TTBCXB"}
    draft = identifiers["/STTTT-TTBCXB"]
    assert parse_identifier(draft.identifier).is_draft
    assert draft.date is None and draft.year == 2025
    bases = {seed.document(b.document).identifier: b for b in draft.rests_on}
    assert bases["12724/VP-KGVX"].relation == "based_on"
    assert bases["262-KH/TU"].section == "Mục II"
    assert {seed.document(a).identifier for a in draft.attachments} == {"251-KH/TU", "262-KH/TU"}
    office = identifiers["12724/VP-KGVX"]
    assert {seed.document(b.document).identifier for b in office.rests_on} == {
        "251-KH/TU",
        "262-KH/TU",
    }


def test_district_group_expands_to_the_fifteen_units(seed: Cascade) -> None:
    group = next(g for g in seed.groups if g.id == "ubnd-cac-huyen")
    names = [seed.organisation(m).name for m in group.members]
    assert len(names) == 15
    for district in DISTRICTS:
        assert sum(name.endswith(district) for name in names) == 1, district


def test_one_obligation_per_district_for_each_district_clause(seed: Cascade) -> None:
    per_clause = Counter(ob.template for ob in seed.obligations if ob.template)
    for clause in ("3.1", "3.2", "3.3", "3.4"):
        assert per_clause[clause] == 15
        leads = {ob.lead for ob in seed.obligations if ob.template == clause}
        assert len(leads) == 15


def test_radio_tv_only_clause_goes_to_radio_tv_alone(seed: Cascade) -> None:
    clause = [ob for ob in seed.obligations if ob.id == "1.4" or ob.template == "1.4"]
    assert [ob.lead for ob in clause] == ["dai-ptth"]


def test_every_addressee_holds_an_obligation_of_the_dispatch(seed: Cascade) -> None:
    draft = seed.document("cv-stttt")
    groups = {g.id: g.members for g in seed.groups}
    addressed = {m for ref in draft.addressees for m in groups.get(ref, (ref,))}
    holders = {ob.lead for ob in seed.obligations if ob.document == "cv-stttt"}
    assert addressed == holders
    assert len(addressed) == 2 + 1 + 23 + 15


def test_horizon_is_the_congress_and_report_line_reaches_the_province(seed: Cascade) -> None:
    dispatch = [ob for ob in seed.obligations if ob.document == "cv-stttt"]
    kinds = Counter(ob.deadline.kind for ob in dispatch)
    assert set(kinds) == {"event", "continuous"}  # 1.5 is "thường xuyên"
    assert all(ob.deadline.milestone == "xiv-congress" for ob in dispatch
               if ob.deadline.kind == "event")  # fmt: skip
    assert all(seed.report_to(ob) == "so-tttt" for ob in dispatch)
    assert all(ob.force is Force.REQUEST for ob in dispatch)  # "đề nghị" throughout
    department = seed.obligation("cv12724.stttt")
    assert seed.report_to(department) == "ubnd-tinh"
    report = [d for d in seed.document("cv-stttt").distribution if d.purpose == "report"]
    assert [d.recipient for d in report] == ["ubnd-tinh"]


def test_signer(seed: Cascade) -> None:
    signer = seed.document("cv-stttt").signer
    assert signer is not None
    assert (signer.name, signer.title, signer.markers) == (
        "Lê Thị Phà Ca",
        "Phó Giám đốc",
        ("KT. GIÁM ĐỐC",),
    )


def test_district_obligations_implement_the_departments(seed: Cascade) -> None:
    for ob in seed.obligations:
        if ob.document == "cv-stttt":
            assert ob.implements == "cv12724.stttt"


def test_every_workflow_loads() -> None:
    from pathlib import Path

    from cascade.files.loader import load

    workflows = sorted((Path(__file__).resolve().parents[1] / "workflows").glob("*.yaml"))
    assert len(workflows) >= 2
    for path in workflows:
        assert load(path).obligations, path


def test_the_reform_passes_every_open_obligation_of_a_ceased_body_on() -> None:
    """On 15 January 2026 (the brief's check): no body that ceased on 30 June 2025 holds an
    open obligation, counted by organisation and by level, from the command line."""
    import datetime as dt
    import json

    from support import SEED, SEED_EVENTS, run

    seed = load(SEED)
    day = dt.date(2026, 1, 15)
    result = run("status", SEED, "--events", SEED_EVENTS, "--as-of", day.isoformat(),
                 "--by", "organisation", "--format", "json")  # fmt: skip
    assert result.exit_code == 0, result.output
    groups = json.loads(result.stdout)["groups"]
    holding = {g["id"] for g in groups if g["open_within_deadline"] + g["overdue"]}
    ceased = {o.id for o in seed.organisations if not o.valid_on(day)}
    assert len(ceased) == 16 and not holding & ceased
    assert {"ubnd-an-giang", "ubnd-xa-kien-luong", "ubnd-dac-khu-phu-quoc"} <= holding
    by_level = run("status", SEED, "--events", SEED_EVENTS, "--as-of", day.isoformat(),
                   "--by", "level", "--format", "json")  # fmt: skip
    levels = {g["id"]: g for g in json.loads(by_level.stdout)["groups"]}
    assert levels["district"]["open_within_deadline"] + levels["district"]["overdue"] == 0
    # before the reform the same obligations were the districts'
    june = run("status", SEED, "--events", SEED_EVENTS, "--as-of", "2025-06-30",
               "--by", "level", "--format", "json")  # fmt: skip
    before = {g["id"]: g for g in json.loads(june.stdout)["groups"]}
    assert before["district"]["total"] == 60 and "commune" not in before


def test_each_transfer_follows_the_source_and_says_what_it_assumes() -> None:
    from support import SEED

    seed = load(SEED)
    transfers = [a for a in seed.amendments if a.kind == "transfer"]
    assert len(transfers) == 16
    for transfer in transfers:
        assert transfer.effective == dt_date(2025, 7, 1)
        assert transfer.note and "ssumed" in transfer.note  # what the source does not say
        successor = seed.organisation(transfer.successor or "")
        assert successor.valid_from == dt_date(2025, 7, 1)
        ceased = seed.organisation(transfer.organisation)
        assert ceased.valid_until == dt_date(2025, 6, 30)
        assert ceased.successors == (successor.id,)
    # the names of 1654/NQ-UBTVQH15 (Điều 1 khoản 94 and 91)
    districts = {t.organisation: seed.organisation(t.successor or "").name for t in transfers}
    assert districts["ubnd-kien-hai"] == "Ủy ban nhân dân đặc khu Kiên Hải"
    assert districts["ubnd-rach-gia"] == "Ủy ban nhân dân phường Rạch Giá"


def test_export_as_of_a_day_writes_the_cascade_in_force_then() -> None:
    import json

    from support import SEED, SEED_EVENTS, run

    def assignee(day: str) -> str:
        result = run("export", SEED, "--events", SEED_EVENTS, "--as-of", day)
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        assert data["amendments"] == []  # applied: one plain revision
        return next(o["assignee"] for o in data["obligations"] if o["id"] == "3.2@ubnd-kien-luong")

    assert assignee("2025-06-30") == "ubnd-kien-luong"
    assert assignee("2025-07-01") == "ubnd-xa-kien-luong"
    written = json.loads(run("export", SEED).stdout)  # as written: amendments listed
    assert len(written["amendments"]) == 16
