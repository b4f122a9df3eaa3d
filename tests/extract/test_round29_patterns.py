"""Patterns held-out round 29 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a Prime Minister's
telegram (the frame of ``test_crawl_patterns``) or of a provincial regulation (the
ministry-letter frame of ``test_task_rules``).
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _plan, _tasks


def test_the_heads_of_ministries_and_agencies_name_one_group() -> None:
    # "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ": each head names its own kind of body,
    # the two together the one group of ministries and agencies
    body = """Thủ tướng Chính phủ yêu cầu:

1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ
Khẩn trương rà soát danh mục thủ tục về cấp phép khai thác cát sông.

2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh
Công bố kết quả rà soát trên cổng thông tin.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert [lead for lead, _ in _tasks(extraction)] == [
        "các Bộ, cơ quan ngang bộ",
        "các Bộ, cơ quan ngang bộ",
        "Ủy ban nhân dân các tỉnh",
    ]
