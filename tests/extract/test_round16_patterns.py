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


# --- a two-hop delegation "Chỉ đạo A giao B: …; …" ----------------------------------------


def test_a_body_directed_to_hand_work_on_gives_each_part_to_the_last_body() -> None:
    body = """**Điều 4. Tổ chức thực hiện**

1. Sở Tài chính có trách nhiệm:

a) Chỉ đạo Tổng cục Thống kê giao Cục Thống kê tỉnh Lào Cai: điều tra số liệu doanh
nghiệp mới thành lập; thực hiện thanh toán các khoản chi đặc thù theo quy định.

b) Tổng hợp dự toán ngân sách của các đơn vị.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Tài chính", "Chỉ đạo Tổng cục Thống kê giao Cục Thống"),
        ("Tổng cục Thống kê", "Giao Cục Thống kê tỉnh Lào Cai: điều tra"),
        ("Cục Thống kê tỉnh Lào Cai", "Điều tra số liệu doanh nghiệp mới thành "),
        ("Cục Thống kê tỉnh Lào Cai", "Thực hiện thanh toán các khoản chi đặc t"),
        ("Sở Tài chính", "Tổng hợp dự toán ngân sách của các đơn v"),
    ]
    implemented = {ob.id: ob.implements for ob in extraction.cascade.obligations}
    assert implemented["dieu4.1.a.d1"] == "dieu4.1.a"
    assert implemented["dieu4.1.a-2"] == "dieu4.1.a.d1"
