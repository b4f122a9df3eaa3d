"""Patterns held-out round 34 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a provincial
regulation or a ministry's letter (the ministry-letter frame of ``test_task_rules``).
"""

from __future__ import annotations

from .test_task_rules import _extract
from .test_task_rules import _tasks as _full_tasks


def _leads(body: str) -> list[tuple[str, str]]:
    return [(lead, action[:20]) for lead, _, action, _ in _full_tasks(_extract(body))]


def test_a_duty_title_naming_its_field_after_the_bodies() -> None:
    # "Trách nhiệm của X trong quản lý, sử dụng …": after "trong" the field, not a body;
    # "Trách nhiệm cá nhân trong …" names the kind alone
    body = (
        "Điều 11. Trách nhiệm của các cơ quan, đơn vị trong khai thác, sử dụng Cổng dữ liệu "
        "tỉnh\n"
        "1. Phân công công chức quản trị tài khoản của cơ quan, đơn vị.\n"
        "Điều 12. Trách nhiệm cá nhân trong khai thác, sử dụng Cổng dữ liệu tỉnh\n"
        "1. Cập nhật thông tin tài khoản được cấp trên Cổng dữ liệu.\n"
    )
    assert _leads(body) == [
        ("các cơ quan, đơn vị", "Phân công công chức "),
        ("cá nhân", "Cập nhật thông tin t"),
    ]
