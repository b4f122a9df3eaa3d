"""Patterns held-out round 16 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's style.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _plan, _tasks

# --- a comma inside the name of a body: "Cục Quản lý khám, chữa bệnh" ------------------------


def test_a_comma_inside_a_healthcare_name_keeps_the_name_whole() -> None:
    body = """**Điều 4. Tổ chức thực hiện**

1. Cục Quản lý khám, chữa bệnh có trách nhiệm chủ trì, phối hợp với các đơn vị liên quan:

a) Tổ chức tập huấn cho các bệnh viện tuyến tỉnh.

b) Rà soát các hướng dẫn về hồ sơ bệnh án.

2. Trung tâm Kiểm soát khám bệnh, chữa bệnh tỉnh có trách nhiệm báo cáo kết quả hằng quý.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Cục Quản lý khám, chữa bệnh", "Tổ chức tập huấn cho các bệnh viện tuyến"),
        ("Cục Quản lý khám, chữa bệnh", "Rà soát các hướng dẫn về hồ sơ bệnh án."),
        ("Trung tâm Kiểm soát khám bệnh, chữa bệnh tỉnh", "Báo cáo kết quả hằng quý."),
    ]
