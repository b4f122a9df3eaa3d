"""The seed cascade is faithful to the dispatch it was taken from."""

from __future__ import annotations

from collections import Counter

from cascade.identifiers import parse_identifier
from cascade.model import Cascade, Force

DISTRICTS = [
    "Rạch Giá", "Hà Tiên", "Phú Quốc", "Kiên Lương", "Hòn Đất", "Tân Hiệp", "Châu Thành",
    "Giồng Riềng", "Gò Quao", "An Biên", "An Minh", "Vĩnh Thuận", "U Minh Thượng",
    "Giang Thành", "Kiên Hải",
]  # fmt: skip


def test_four_documents_and_how_they_rest_on_each_other(seed: Cascade) -> None:
    identifiers = {doc.identifier: doc for doc in seed.documents}
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
