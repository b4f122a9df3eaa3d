"""Patterns from held-out round 94 (a ministry's circular amending two circulars on pay in
state-owned companies, a minister's decision publishing lists of expired documents), each on
a text of its own in the same shape."""

from __future__ import annotations

from .decree_frame import by_lead


def circular(body: str, *, closing: str = "") -> str:
    """A ministry's circular on pay in state-owned companies, ``body`` as its articles and
    ``closing`` after its signature (an appended list)."""
    return f"""BỘ NỘI VỤ
Số: 15/2026/TT-BNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 5 năm 2026
THÔNG TƯ
Hướng dẫn quản lý tiền lương trong doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ

Căn cứ Nghị định số 25/2025/NĐ-CP ngày 21 tháng 02 năm 2025 của Chính phủ;
Bộ trưởng Bộ Nội vụ ban hành Thông tư hướng dẫn quản lý tiền lương trong doanh nghiệp.
{body}
Điều 9. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026./.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Vũ Chiến Thắng
{closing}"""


def test_consulting_and_grading_pay_are_work() -> None:
    # "… phải tham khảo ý kiến của tổ chức đại diện …" (to consult), "xếp lương, nâng bậc
    # lương đối với …" (an employer grading its staff's pay, raising its step)
    found = by_lead(
        circular(
            """Điều 4. Quy chế trả lương
1. Hội đồng quản trị phải tham khảo ý kiến của Ban Chấp hành công đoàn trước khi ban hành quy
chế trả lương.
2. Hội đồng thành viên xếp lương, nâng bậc lương đối với Kiểm soát viên chuyên trách.
"""
        )
    )
    assert ("hội đồng quản trị", "tham khảo") in found
    assert ("hội đồng thành viên", "xếp lương,") in found


def test_issuing_after_a_comma_is_no_board() -> None:
    # "Khi sửa đổi, bổ sung hoặc xây dựng, ban hành mới quy chế, …, công ty phải …": "ban
    # hành" is to issue, not a board named in lower case
    found = by_lead(
        circular(
            """Điều 4. Quy chế trả lương
Khi sửa đổi, bổ sung hoặc xây dựng, ban hành mới quy chế trả lương, quy chế thưởng, doanh
nghiệp phải công khai quy chế tại nơi làm việc.
"""
        )
    )
    assert found == {("doanh nghiệp", "công khai")}


def test_two_bodies_joined_by_or_are_two_leads() -> None:
    # "Hội đồng thành viên hoặc Chủ tịch công ty xây dựng …": either body, each a lead; the
    # passive "do A hoặc B quyết định" stays no task
    found = by_lead(
        circular(
            """Điều 5. Quy chế trả lương của người quản lý
1. Hội đồng thành viên hoặc Chủ tịch công ty xây dựng quy chế trả lương của người quản lý.
2. Mức lương cụ thể do Hội đồng thành viên hoặc Chủ tịch công ty quyết định.
3. Ủy ban nhân dân cấp tỉnh phân công Sở Nội vụ hoặc Sở Tài chính thực hiện việc kiểm tra
quy chế trả lương.
"""
        )
    )
    # after "phân công" the choice stays with the one who hands the work on
    assert found == {
        ("hội đồng thành viên", "xây dựng"),
        ("chủ tịch công ty", "xây dựng"),
        ("ủy ban nhân dân cấp tỉnh", "phân công"),
    }
