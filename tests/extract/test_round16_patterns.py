"""Patterns held-out round 15 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's style.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _plan, _tasks

# --- "Chỉ đạo Giám đốc Bệnh viện X và Giám đốc Bệnh viện Y:" over bullets ------------------


def test_items_under_a_heading_directing_hospitals_are_the_hospitals_tasks() -> None:
    body = """**Điều 4. Tổ chức thực hiện**

1. Sở Y tế có trách nhiệm:

a) Hướng dẫn các trạm y tế lập dự toán kinh phí hằng năm.

b) Chỉ đạo Giám đốc Bệnh viện Đa khoa tỉnh và Giám đốc Bệnh viện Nhi tỉnh:

- Bảo đảm nhân lực khám bệnh tại cơ sở mới.

- Tổng kết việc thực hiện Kế hoạch vào quý IV năm 2026.

2. Sở Tài chính có trách nhiệm bố trí kinh phí thực hiện.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Y tế", "Hướng dẫn các trạm y tế lập dự toán kinh"),
        ("Sở Y tế", "Chỉ đạo Giám đốc Bệnh viện Đa khoa tỉnh "),
        ("Bệnh viện Đa khoa tỉnh", "Bảo đảm nhân lực khám bệnh tại cơ sở mới"),
        ("Bệnh viện Nhi tỉnh", "Bảo đảm nhân lực khám bệnh tại cơ sở mới"),
        ("Bệnh viện Đa khoa tỉnh", "Tổng kết việc thực hiện Kế hoạch vào quý"),
        ("Bệnh viện Nhi tỉnh", "Tổng kết việc thực hiện Kế hoạch vào quý"),
        ("Sở Tài chính", "Bố trí kinh phí thực hiện."),
    ]
    implemented = {ob.id: ob.implements for ob in extraction.cascade.obligations}
    assert implemented["dieu4.1.b.1.benh-vien-nhi-tinh"] == "dieu4.1.b"
