"""Drafts that validate: parents inferred from who assigns work, doubts left as review notes."""

from __future__ import annotations

from pathlib import Path

from cascade.extract import Extraction, extract_text
from cascade.extract.known_orgs import load_registry
from cascade.extract.writer import dumps_yaml
from cascade.model import Obligation
from cascade.rules import Validator

CORPUS_ORGS = Path(__file__).parent / "corpus" / "orgs.yaml"


HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM NINH
Số: 88/KH-UBND
Hà Nam Ninh, ngày 10 tháng 11 năm 2025

KẾ HOẠCH
Triển khai công tác phòng cháy năm 2026

"""
TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Lợi
"""


def _extract(body: str) -> Extraction:
    return extract_text(HEAD + body + TAIL)


def _validate(draft: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "draft.yaml"
    path.write_text(draft, encoding="utf-8")
    report = Validator().validate_file(path)
    assert report.error is None
    return [f.code for f in report.findings if f.severity.value == "error"]


def test_a_department_the_issuer_assigns_work_to_is_placed_below_it(tmp_path: Path) -> None:
    extraction = _extract("1. Giao Sở Xây dựng kiểm tra các công trình cao tầng.\n")
    orgs = {o.name: o for o in extraction.cascade.organisations}
    department = orgs["Sở Xây dựng"]
    issuer = extraction.cascade.documents[0].issuer
    assert department.parent == issuer
    assert department.note is not None and "parent taken to be" in department.note
    assert _validate(dumps_yaml(extraction), tmp_path) == []
    assert "disable=CAS401" not in dumps_yaml(extraction)


def test_a_committee_of_another_province_is_not_placed(tmp_path: Path) -> None:
    extraction = _extract("1. Giao Ủy ban nhân dân tỉnh Gia Lai phối hợp kiểm tra các cửa khẩu.\n")
    orgs = {o.name: o for o in extraction.cascade.organisations}
    assert orgs["Ủy ban nhân dân tỉnh Gia Lai"].parent is None
    (obligation,) = extraction.cascade.obligations
    assert obligation.note is not None and "not known to be subordinate" in obligation.note
    draft = dumps_yaml(extraction)
    assert f"- id: '{obligation.id}'  # cascade: disable=CAS401" in draft or (
        f"- id: {obligation.id}  # cascade: disable=CAS401" in draft
    )
    assert _validate(draft, tmp_path) == []


def test_without_the_comment_the_doubt_is_an_error(tmp_path: Path) -> None:
    extraction = _extract("1. Giao Báo Hà Nam Ninh mở chuyên mục về phòng cháy.\n")
    draft = dumps_yaml(extraction)
    assert "disable=CAS401" in draft
    assert _validate(draft.replace("  # cascade: disable=CAS401", ""), tmp_path) == ["CAS401"]


def test_a_report_to_a_body_that_passes_it_on_to_nobody_is_a_review_note(
    tmp_path: Path,
) -> None:
    extraction = _extract(
        "1. Sở Công Thương kiểm tra các cửa hàng xăng dầu; báo cáo Hội đồng nhân dân "
        "cùng cấp trước ngày 30/12/2025.\n"
    )
    obligation = extraction.cascade.obligations[-1]  # "báo cáo …" is the second action
    assert obligation.report_to is not None
    assert obligation.note is not None and "not known to pass it on" in obligation.note
    draft = dumps_yaml(extraction)
    assert "disable=CAS206" in draft
    assert _validate(draft, tmp_path) == []


MINISTRY_LETTER = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 4321/BNNMT-KHCN
V/v quản lý các chất làm suy giảm tầng ô-dôn
Hà Nội, ngày 12 tháng 11 năm 2025

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

Bộ Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:

1. Về bảo vệ tầng ô-dôn
a) Chỉ đạo Sở Nông nghiệp và Môi trường giám sát việc thu gom, tái chế các chất được \
kiểm soát trên địa bàn quản lý; xử lý theo thẩm quyền các hành vi vi phạm.
b) Tổ chức phổ biến quy chuẩn kỹ thuật quốc gia về các chất được kiểm soát.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, KHCN.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Văn Hòa
"""


def _delegated(extraction: Extraction) -> tuple[str, list[Obligation]]:
    cascade = extraction.cascade
    (clause,) = [ob for ob in cascade.obligations if ob.clause == "1.a" and not ob.implements]
    return clause.lead, [ob for ob in cascade.obligations if ob.implements == clause.id]


def test_a_body_directed_by_each_member_of_a_group_is_one_per_member(tmp_path: Path) -> None:
    extraction = extract_text(MINISTRY_LETTER, registry=load_registry(CORPUS_ORGS))
    group, delegated = _delegated(extraction)
    cascade = extraction.cascade
    groups = {g.id: g for g in cascade.groups}
    provinces = groups[group].members
    assert len(provinces) > 30
    (department,) = {ob.lead for ob in delegated}  # "chỉ đạo Sở …": each province's own
    parents = {o.id: o.parent for o in cascade.organisations}
    names = {o.id: o.name for o in cascade.organisations}
    copies = groups[department].members
    assert sorted(parents[c] for c in copies) == sorted(provinces)
    assert "Sở Nông nghiệp và Môi trường tỉnh Cà Mau" in {names[c] for c in copies}
    assert all(ob.note and "for each member of" in ob.note for ob in delegated)
    assert _validate(dumps_yaml(extraction), tmp_path) == []


def test_without_the_members_the_body_is_placed_below_the_placeholder(tmp_path: Path) -> None:
    extraction = extract_text(MINISTRY_LETTER)
    group, delegated = _delegated(extraction)
    (placeholder,) = {g.id: g for g in extraction.cascade.groups}[group].members
    (department,) = {ob.lead for ob in delegated}
    assert {o.id: o.parent for o in extraction.cascade.organisations}[department] == placeholder
    assert _validate(dumps_yaml(extraction), tmp_path) == []
