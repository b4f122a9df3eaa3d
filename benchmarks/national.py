"""A national directive as a person would write it: YAML with group addressees.

The Government's directive is addressed to the People's Committees of the 34 provinces
(a group); each province implements it by a plan addressed to its departments and to its
communes (two groups), whose clauses implement the directive's copy held by the
province. Expanded, the groups give one obligation per member: about 94,500 obligations
from a file of well under a megabyte, the shape of a real national cascade after the
2025 reform (34 provinces, ~20 departments and ~98 communes each).

    .venv/bin/python benchmarks/national.py OUT.yaml [--communes 98]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cascade.testing.synthetic import DEPARTMENTS, PROVINCES

NATIONAL_CLAUSES = 30  # the directive's tasks for every province
DEPARTMENT_CLAUSES = 10  # each province plan's tasks for all its departments
COMMUNE_CLAUSES = 26  # and for all its communes

ACTIONS = (
    "Quán triệt, tuyên truyền sâu rộng nội dung Chỉ thị đến cán bộ, đảng viên và Nhân dân",
    "Rà soát, hoàn thiện thể chế, quy trình thủ tục hành chính liên quan",
    "Bố trí nguồn lực, kinh phí thực hiện từ nguồn chi thường xuyên",
    "Tổ chức kiểm tra, đôn đốc việc thực hiện; báo cáo kết quả định kỳ",
    "Ứng dụng công nghệ thông tin, chuyển đổi số trong tổ chức thực hiện",
)


def national_yaml(communes: int = 98) -> str:
    """The directive and the 34 province plans, groups unexpanded."""
    out = [
        "format: cascade/1",
        "cascade: {id: chi-thi-quoc-gia, title: Chỉ thị về chuyển đổi số quốc gia, "
        "lifecycle: default}",
        "levels:",
        "  - {id: central, name: Trung ương, rank: 0}",
        "  - {id: province, name: Cấp tỉnh, rank: 1}",
        "  - {id: commune, name: Cấp xã, rank: 2}",
        "organisations:",
        "  - {id: chinh-phu, name: Chính phủ, kind: government, level: central}",
    ]
    provinces = ", ".join(f"ubnd-p{p:02d}" for p in range(len(PROVINCES)))
    groups = ["groups:", "  - id: ubnd-cac-tinh", "    name: UBND các tỉnh, thành phố",
              f"    members: [{provinces}]"]  # fmt: skip
    documents = [
        "documents:",
        "  - {id: ct, identifier: 1/CT-TTg, kind: directive, issuer: chinh-phu, "
        "date: 2025-08-01, addressees: [ubnd-cac-tinh]}",
    ]
    obligations = ["obligations:"]
    for n in range(NATIONAL_CLAUSES):
        obligations.append(
            f"  - {{id: n{n}, document: ct, lead: ubnd-cac-tinh, "
            f"action: '{ACTIONS[n % len(ACTIONS)]} (nhiệm vụ {n + 1})', "
            f"deadline: {{kind: absolute, due: 2026-{1 + n % 12:02d}-28}}}}"
        )
    for p, province in enumerate(PROVINCES):
        ubnd = f"ubnd-p{p:02d}"
        out.append(f"  - {{id: {ubnd}, name: UBND {province}, kind: people_committee, "
                   f"level: province, parent: chinh-phu}}")  # fmt: skip
        departments = [f"s-p{p:02d}-{d:02d}" for d in range(len(DEPARTMENTS))]
        for d, name in enumerate(DEPARTMENTS):
            out.append(f"  - {{id: {departments[d]}, name: '{name} {province}', "
                       f"kind: department, level: province, parent: {ubnd}}}")  # fmt: skip
        villages = [f"x-p{p:02d}-{c:03d}" for c in range(communes)]
        for c, village in enumerate(villages):
            out.append(f"  - {{id: {village}, name: 'UBND xã {c + 1}, {province}', "
                       f"kind: people_committee, level: commune, parent: {ubnd}}}")  # fmt: skip
        groups += [
            f"  - {{id: so-p{p:02d}, name: 'Các sở, ngành {province}', "
            f"members: [{', '.join(departments)}]}}",
            f"  - {{id: xa-p{p:02d}, name: 'UBND các xã, phường {province}', "
            f"members: [{', '.join(villages)}]}}",
        ]
        documents.append(
            f"  - {{id: kh-p{p:02d}, identifier: {p + 100}/KH-UBND, kind: plan, issuer: {ubnd}, "
            f"date: 2025-09-{1 + p % 28:02d}, addressees: [so-p{p:02d}, xa-p{p:02d}]}}"
        )
        for k in range(DEPARTMENT_CLAUSES + COMMUNE_CLAUSES):
            group = f"so-p{p:02d}" if k < DEPARTMENT_CLAUSES else f"xa-p{p:02d}"
            obligations.append(
                f"  - {{id: p{p:02d}-{k}, document: kh-p{p:02d}, lead: {group}, "
                f"implements: n{k % NATIONAL_CLAUSES}, "
                f"action: '{ACTIONS[k % len(ACTIONS)]} tại địa phương', "
                f"deadline: {{kind: absolute, due: 2026-{1 + k % NATIONAL_CLAUSES % 12:02d}-15}}}}"
            )
    return "\n".join([*out, *groups, *documents, *obligations]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--communes", type=int, default=98)
    args = parser.parse_args()
    args.output.write_text(national_yaml(args.communes), encoding="utf-8")


if __name__ == "__main__":
    main()
