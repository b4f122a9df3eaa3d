"""Patterns held-out round 22 and earlier rounds showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a Prime Minister's
telegram, a provincial plan and a provincial chairman's directive.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _plan, _tasks


def test_a_ministry_whose_name_holds_a_comma_is_one_body_in_a_distributed_list() -> None:
    # "Bộ trưởng các Bộ: Xây dựng, Văn hóa, Thể thao và Du lịch, Y tế": the comma inside
    # the ministry's name does not part it into "Bộ Văn hóa" and "Bộ Thể thao và Du lịch"
    body = """Thủ tướng Chính phủ yêu cầu:

1. Bộ trưởng các Bộ: Xây dựng, Văn hóa, Thể thao và Du lịch, Y tế chỉ đạo, đôn đốc
triển khai các biện pháp phòng, chống rét đậm, rét hại.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert [lead for lead, _ in _tasks(extraction)] == [
        "Bộ Xây dựng",
        "Bộ Văn hóa, Thể thao và Du lịch",
        "Bộ Y tế",
    ]
