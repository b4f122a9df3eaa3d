"""Patterns held-out round 24 and the names check showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a ministry's letter.
"""

from __future__ import annotations

from .test_task_rules import _extract
from .test_task_rules import _tasks as _full_tasks


def _leads(body: str) -> list[tuple[str, str]]:
    return [(lead, action[:20]) for lead, _, action, _ in _full_tasks(_extract(body))]


def test_a_noun_opening_with_du_stays_in_the_name() -> None:
    # "dự" alone is a verb (to attend) and ends a name; "dự phòng", "dự trữ", "dự án",
    # "dự toán" are nouns inside it
    assert _leads("1. Cục Y tế dự phòng rà soát danh mục thuốc thiết yếu.") == [
        ("Cục Y tế dự phòng", "Rà soát danh mục thu")
    ]
    assert _leads("2. Phòng Kho dự trữ rà soát số liệu hàng hóa.") == [
        ("Phòng Kho dự trữ", "Rà soát số liệu hàng")
    ]
