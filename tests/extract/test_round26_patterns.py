"""Patterns held-out round 26 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a telegram or letter
of a ministry, in a frame of their own that carries the subject the rule reads.
"""

from __future__ import annotations

from cascade.extract import Extraction, extract_text

from .test_task_rules import _extract
from .test_task_rules import _tasks as _full_tasks

FRAME = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 310/BNNMT-ĐĐ
Hà Nội, ngày 14 tháng 10 năm 2025
V/v {subject}
Kính gửi: Ủy ban nhân dân các tỉnh: Hà Giang, Yên Bình.
{body}
Nơi nhận:
- Như trên;
- Lưu: VT, ĐĐ.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Văn Hòa
"""


def _with_subject(subject: str, body: str) -> Extraction:
    return extract_text(FRAME.format(subject=subject, body=body))


def _leads(body: str) -> list[tuple[str, str]]:
    return [(lead, action[:20]) for lead, _, action, _ in _full_tasks(_extract(body))]


def _deadlines(extraction: Extraction) -> list[str]:
    return [
        f"{ob.deadline.kind} {getattr(ob.deadline, 'end', '')}".strip()
        for ob in extraction.cascade.obligations
    ]


def test_recovery_after_a_disaster_in_the_subject_dates_no_work() -> None:
    # "khắc phục hậu quả … sau bão lũ": the storm is over, the subject says what the work
    # recovers from, not a day every task waits for
    body = (
        "Bộ Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các tỉnh:\n"
        "1. Rà soát, tổng hợp thiệt hại về nhà ở.\n"
        "2. Hỗ trợ giống cây trồng cho các hộ bị thiệt hại.\n"
    )
    recovery = _with_subject("khắc phục hậu quả, khôi phục sản xuất sau bão lũ", body)
    assert _deadlines(recovery) == ["continuous", "continuous"]
    # an event the work waits for still dates the document's tasks
    awaited = _with_subject("khôi phục sản xuất sau khi được cấp Giấy phép", body)
    assert [d.split()[0] for d in _deadlines(awaited)] == ["event", "event"]
