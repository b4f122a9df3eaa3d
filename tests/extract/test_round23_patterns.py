"""Patterns held-out round 23 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a provincial decision.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _plan
from .test_task_rules import _tasks as _full_tasks


def test_an_item_that_only_names_the_roles_leads_the_bullets_below_it() -> None:
    # "b) Chủ trì, phối hợp với Giám đốc Sở X" with no colon and bullets below: the roles of
    # the work the bullets give, not a task of its own
    body = """**Điều 3.** Giao Giám đốc Sở Xây dựng thực hiện các nhiệm vụ sau:

a) Cập nhật danh mục công trình trên cơ sở dữ liệu của tỉnh.

b) Chủ trì, phối hợp với Giám đốc Sở Tư pháp

- Rà soát các quy trình nội bộ đã được phê duyệt.

- Cấu hình quy trình điện tử trên hệ thống của tỉnh.
"""
    tasks = _full_tasks(extract_text(_plan(body, title="QUYẾT ĐỊNH")))
    assert [(lead, action[:22]) for lead, _, action, _ in tasks] == [
        ("Sở Xây dựng", "Cập nhật danh mục công"),
        ("Sở Xây dựng", "Rà soát các quy trình "),
        ("Sở Xây dựng", "Cấu hình quy trình điệ"),
    ]
