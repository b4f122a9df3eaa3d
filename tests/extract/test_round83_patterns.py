"""Patterns from held-out round 83 (a ministry's circular on emulation and rewards in its
sector), each on a text of its own in the same shape."""

from __future__ import annotations

from .decree_frame import by_lead
from .test_round79_patterns import circular


def test_groups_named_by_their_sector_lead_their_work() -> None:
    # "các đơn vị trong Ngành", "Các cơ quan, đơn vị trong ngành X": the sector is part of
    # the group's name, as "thuộc Bộ" is
    text = circular(
        "Điều 18. Tổ chức thực hiện\n"
        "1. Hằng năm, các đơn vị trong Ngành có trách nhiệm tổng hợp kết quả hòa giải.\n"
        "2. Các cơ quan, đơn vị trong ngành Văn hóa, Thể thao và Du lịch gửi báo cáo về Bộ "
        "trước ngày 15/12 hằng năm.\n"
        "3. Các cơ quan báo chí, truyền thông trong ngành Văn hóa thường xuyên giới thiệu "
        "các mô hình hòa giải tốt.\n"
        "4. Các đơn vị trong ngành Y tế, Sở Tài chính phối hợp kiểm tra việc hòa giải.\n"
    )
    found = by_lead(text)
    assert ("các đơn vị trong ngành", "tổng hợp") in found
    assert ("các cơ quan, đơn vị trong ngành văn hóa, thể thao và du lịch", "gửi báo") in found
    assert ("các cơ quan báo chí, truyền thông trong ngành văn hóa", "thường xuyên") in found
    assert ("các đơn vị trong ngành y tế", "phối hợp") in found
    assert ("sở tài chính", "phối hợp") in found
