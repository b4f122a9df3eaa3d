"""Check: does each body the golds name come out as the lead of a plain sentence?

Fresh documents keep failing on names the rules have not met, so this puts every
capitalised lead of the seen gold files (``tests/extract/corpus/*/gold``, the newest fresh
set left out with ``--skip``) in one plain sentence, "1. <Name> <work>", inside a ministry's
letter, extracts it with the corpus registry, and lists the names whose task does not come
out with that lead (by the evaluation's own test, ``same_body``). Run from the repository
root::

    .venv/bin/python benchmarks/name_check.py --skip heldout24
    .venv/bin/python benchmarks/name_check.py --skip heldout24 --work "chủ trì tổ chức kiểm tra."

Long descriptive groups ("Các doanh nghiệp hoạt động trong lĩnh vực …") are expected among
the failures; a short body's name is a bug.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from cascade.extract import extract_text
from cascade.extract.evaluate import load_gold, same_body
from cascade.extract.known_orgs import load_registry

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "extract" / "corpus"
FRAME = """BỘ Y TẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 100/BYT-PB
Hà Nội, ngày 19 tháng 8 năm 2025
V/v thử nghiệm quy tắc
1. {name} {work}
Nơi nhận:
- Như trên;
- Lưu: VT, PB.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Đỗ Minh Khoa
"""


def gold_leads(skip: set[str]) -> Counter[str]:
    """Every capitalised lead of the gold files, with how many tasks name it."""
    leads: Counter[str] = Counter()
    for path in sorted(CORPUS.glob("*/gold/*.yaml")):
        if path.parts[-3] in skip:
            continue
        for task in load_gold(path).data.get("tasks", []):
            leads.update(lead for lead in task.get("leads", []) if lead[:1].isupper())
    return leads


def fails(name: str, work: str, registry: object) -> list[str] | None:
    """The leads found instead, or None when ``name`` leads the sentence's task."""
    extraction = extract_text(FRAME.format(name=name, work=work), registry=registry)  # type: ignore[arg-type]
    cascade = extraction.cascade
    names = {o.id: [o.name, *o.short_names] for o in cascade.organisations}
    names |= {g.id: [g.name] for g in cascade.groups}
    found = [names.get(ob.lead, [ob.lead]) for ob in cascade.obligations]
    if any(same_body(name, aliases) for aliases in found):
        return None
    return [aliases[0] for aliases in found]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip", action="append", default=[], help="a corpus folder to leave out")
    parser.add_argument("--work", default="rà soát danh mục các dự án, báo cáo kết quả.")
    args = parser.parse_args()
    registry = load_registry(CORPUS / "orgs.yaml")
    leads = gold_leads(set(args.skip))
    failed = 0
    for name, count in leads.most_common():
        found = fails(name, args.work, registry)
        if found is not None:
            failed += 1
            print(f"{count:3}  {name}  ->  {found}")
    print(f"{failed} of {len(leads)} names do not lead their sentence's task")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
