"""Patterns from held-out round 92 (a Prime Minister's decision re-forming a steering
committee, a ministry's circular on its inspectors' uniforms and cards), each on a text of
its own in the same shape."""

from __future__ import annotations

from .decree_frame import by_lead


def decision(body: str) -> str:
    """A Prime Minister's decision re-forming a council, ``body`` as its articles."""
    return f"""THỦ TƯỚNG CHÍNH PHỦ
Số: 512/QĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 3 năm 2026
QUYẾT ĐỊNH
Kiện toàn Hội đồng quốc gia về phát triển bền vững

THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Theo đề nghị của Bộ trưởng Bộ Tài chính,
QUYẾT ĐỊNH:
{body}
Điều 9. Quyết định này có hiệu lực thi hành kể từ ngày ký.
THỦ TƯỚNG

Lê Minh Hưng
"""


_MEMBERS = """Điều 1. Kiện toàn Hội đồng quốc gia về phát triển bền vững (gọi tắt là Hội đồng), gồm
các thành viên sau đây:
1. Chủ tịch Hội đồng: Phó Thủ tướng Chính phủ.
2. Phó Chủ tịch Hội đồng:
- Bộ trưởng Bộ Tài chính;
- 01 Thứ trưởng Bộ Xây dựng.
3. Các ủy viên:
- Bộ trưởng Bộ Y tế;
- 01 Thứ trưởng Bộ Công Thương;
- 02 Phó Chủ tịch Ủy ban nhân dân thành phố Hà Nội;
- 01 Phó Tổng Giám đốc Đài Truyền hình Việt Nam.
"""


def test_a_counted_seat_under_a_make_up_lead_in_is_no_work() -> None:
    # "3. Các ủy viên:" over "- 01 Thứ trưởng Bộ Công Thương;": who sits on the council
    found = by_lead(
        decision(
            _MEMBERS
            + """Điều 2. Bộ Tài chính có trách nhiệm báo cáo Thủ tướng Chính phủ kết quả hoạt động
của Hội đồng trước ngày 30 tháng 6 năm 2026.
"""
        )
    )
    assert found == {("bộ tài chính", "báo cáo")}


def test_a_duty_under_a_seat_is_still_work() -> None:
    # "Các ủy viên:" over a duty that opens with a verb, or a seat that is given work
    found = by_lead(
        decision(
            """Điều 3. Trách nhiệm của thành viên Hội đồng
1. Các ủy viên:
- Tham gia đầy đủ các phiên họp của Hội đồng;
- 01 Thứ trưởng Bộ Tài chính chịu trách nhiệm tổng hợp báo cáo của các ủy viên.
"""
        )
    )
    assert any(action.startswith("tham gia") for _, action in found)
    assert len(found) == 2
