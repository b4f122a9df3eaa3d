"""Patterns held-out round 27 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a resolution of a
people's council or of a ministry's letter (the frame of ``test_task_rules``).
"""

from __future__ import annotations

from .test_task_rules import _extract
from .test_task_rules import _tasks as _full_tasks


def _leads(body: str) -> list[tuple[str, str]]:
    return [(lead, action[:20]) for lead, _, action, _ in _full_tasks(_extract(body))]


def test_duties_announced_as_following_are_the_named_body_s() -> None:
    # "X có trách nhiệm sau đây:" over lettered items: each item is X's duty
    body = (
        "Điều 6. Tổ chức thực hiện\n"
        "1. Ủy ban nhân dân tỉnh Hà Lam có trách nhiệm sau đây:\n"
        "a) Bảo đảm kinh phí để triển khai các chính sách;\n"
        "b) Kiểm tra việc thực hiện chính sách tại các xã.\n"
    )
    assert _leads(body) == [
        ("Ủy ban nhân dân tỉnh Hà Lam", "Bảo đảm kinh phí để "),
        ("Ủy ban nhân dân tỉnh Hà Lam", "Kiểm tra việc thực h"),
    ]


def test_items_under_a_named_body_s_duties_do_not_open_with_a_body() -> None:
    # under "X có trách nhiệm như sau:" an item "Tổ chức thanh tra …" is X's work ("tổ chức":
    # to organise), not the duty of a body called "Tổ chức"
    body = (
        "Điều 6. Tổ chức thực hiện\n"
        "1. Ủy ban nhân dân tỉnh Hà Lam có trách nhiệm như sau:\n"
        "a) Tổ chức thực hiện Nghị quyết;\n"
        "b) Tổ chức thanh tra việc chi trả tại các xã.\n"
    )
    assert _leads(body) == [
        ("Ủy ban nhân dân tỉnh Hà Lam", "Tổ chức thực hiện Ng"),
        ("Ủy ban nhân dân tỉnh Hà Lam", "Tổ chức thanh tra vi"),
    ]
