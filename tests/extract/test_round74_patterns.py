"""Patterns from held-out round 74 (a State Bank circular amending another on the networks of
non-bank credit institutions), each on a text of its own in the same shape."""

from __future__ import annotations

from .decree_frame import by_lead


def circular(body: str) -> str:
    """A State Bank circular as the Official Gazette prints it, ``body`` as its articles."""
    return f"""NGÂN HÀNG NHÀ NƯỚC
VIỆT NAM
Số: 21/2026/TT-NHNN
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 8 năm 2026
THÔNG TƯ
Sửa đổi, bổ sung một số điều của Thông tư số 40/2019/TT-NHNN quy định về cấp phép
cho công ty tài chính

Căn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12;
Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư sửa đổi, bổ sung một số điều
của Thông tư số 40/2019/TT-NHNN quy định về cấp phép cho công ty tài chính.
{body}
Điều 9. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành từ ngày 01 tháng 10 năm 2026.
KT. THỐNG ĐỐC
PHÓ THỐNG ĐỐC

Phạm Quang Huy
"""


def test_a_department_named_by_two_oversight_works_is_read_whole() -> None:
    # "Cục Quản lý, giám sát tổ chức tín dụng": the comma is inside the name, and "tổ chức"
    # after the works is what the department oversees, not the verb "to organise"
    text = circular(
        """Điều 1. Sửa đổi, bổ sung Điều 7
“Điều 7. Trình tự xem xét hồ sơ
1. Trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ, Cục Quản lý, giám sát tổ
chức tín dụng có văn bản lấy ý kiến các đơn vị liên quan về hồ sơ của công ty tài chính.
2. Trong thời hạn 15 ngày làm việc kể từ ngày nhận được ý kiến, Cục Kiểm tra, giám sát
tổ chức tài chính trình Thống đốc quyết định cấp hoặc không cấp giấy phép.”.
"""
    )
    leads = by_lead(text)
    assert ("cục quản lý, giám sát tổ chức tín dụng", "có văn") in leads
    assert ("cục kiểm tra, giám sát tổ chức tài chính", "trình thống") in leads
    assert not any(lead == "cục quản lý" for lead, _ in leads)
