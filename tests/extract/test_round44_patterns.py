"""Patterns found in held-out round 44 (OCR text of signed PDFs from the Government portal),
each checked on a text of its own."""

from __future__ import annotations

from .test_task_rules import _extract


def test_an_hour_before_the_day_keeps_the_deadline() -> None:
    for when, due in (
        ("trước 17h00 ngày 20 tháng 11 năm 2025", "2025-11-20"),
        ("trước 9 giờ 30 ngày 03/12/2025", "2025-12-03"),
        ("chậm nhất 16h ngày 05/01/2026", "2026-01-05"),
    ):
        body = f"Giao Sở Nông nghiệp và Môi trường báo cáo thiệt hại do mưa lũ {when}.\n"
        (ob,) = _extract(body).cascade.obligations
        assert ob.deadline is not None, when
        assert (ob.deadline.kind, str(ob.deadline.due)) == ("absolute", due)
