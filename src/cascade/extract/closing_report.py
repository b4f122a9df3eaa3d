"""An item closed by the report of its work, sent on by a date: "…; bổ sung …, hoàn thiện
báo cáo tổng thể …, trình Thủ tướng Chính phủ trước 15h00 ngày 15 tháng 10 năm 2025", or
"… . Tổng hợp báo cáo thiệt hại … gửi về Bộ X trước ngày …" closing the item. The report's
date dates the item's work above it (the steps the report sums up), where that work gives
no time of its own."""

from __future__ import annotations

import re

from cascade.extract.drafts import DraftTask
from cascade.extract.text import fold

# a report, then where it goes ("trình X", "gửi (về) X") and the date at the end
_SENDS_REPORT = re.compile(r"\bbao cao\b.*\b(?:trinh|gui)\s[^;]*$")


def date_by_closing_report(tasks: list[DraftTask], own: set[int]) -> None:
    """Give the absolute date of the report that closes an item's ``tasks`` to those above
    it with no deadline of their own (``own``: ids of tasks whose text gave one)."""
    if len(tasks) < 2 or id(tasks[-1]) not in own:
        return
    last = tasks[-1]
    if last.deadline is None or last.deadline.kind != "absolute" or not last.deadline.text:
        return
    action = fold(last.action).rstrip(" .;")
    if not action.endswith(fold(last.deadline.text)) or not _SENDS_REPORT.search(action):
        return
    for task in tasks[:-1]:
        if id(task) not in own:
            task.deadline = last.deadline
            own.add(id(task))
