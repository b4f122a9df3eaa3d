"""Patterns of held-out round 97 read on texts of their own: a tariff schedule appended to a
decree, whose headings of goods ("Các chế phẩm dùng:") are no groups of bodies."""

from __future__ import annotations

from .decree_frame import by_lead

_DECREE = """Điều 3. Biểu thuế nhập khẩu ưu đãi đặc biệt

Ban hành kèm theo Nghị định này Biểu thuế nhập khẩu ưu đãi đặc biệt của Việt Nam.

Điều 7. Trách nhiệm thi hành

Bộ Tài chính có trách nhiệm theo dõi việc áp dụng Biểu thuế và báo cáo Chính phủ.

"""

_SCHEDULE = (
    "\n"
    "Phụ lục \n"
    "(Kèm theo Nghị định số 61/2026/NĐ-CP  \n"
    "ngày 05 tháng 5 năm 2026 của Chính phủ) \n"
    " \n"
    "Mã hàng \n"
    "Mô tả hàng hóa \n"
    "Thuế suất (%) \n"
    "2026 \n"
    "2027 \n"
    "  \n"
    "  \n"
    "  \n"
    "26.16 \n"
    "Quặng bạc và tinh quặng của nó. \n"
    "  \n"
    "  \n"
    "2616.10.00 - Quặng bạc và tinh quặng bạc  \n"
    "0 \n"
    "0 \n"
    "2616.90.00 - Loại khác \n"
    "0 \n"
    "0 \n"
    "  \n"
    "  \n"
    "26.17 \n"
    "Các quặng khác và tinh quặng của các quặng đó. \n"
    "  \n"
    "  \n"
    "2617.10.00 - Quặng antimon và tinh quặng antimon  \n"
    "0 \n"
    "0 \n"
    "2617.90.00 - Loại khác \n"
    "0 \n"
    "0 \n"
    "  \n"
    "  \n"
    "33.07 \n"
    "Các chế phẩm dùng để tắm, các chất khử mùi phòng đã được pha chế. \n"
    "  \n"
    "  \n"
    "3307.30.00 - Muối thơm dùng để tắm  \n"
    "0 \n"
    "0 \n"
    "3307.90.00 - Loại khác \n"
    "0 \n"
    "0 \n"
)


def _with_schedule() -> str:
    # (blank lines set the paragraphs apart, as the Gazette's text layer prints them)
    return f"""CHÍNH PHỦ
Số: 61/2026/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 05 tháng 5 năm 2026
NGHỊ ĐỊNH
Biểu thuế nhập khẩu ưu đãi đặc biệt của Việt Nam giai đoạn 2026 - 2027
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Chính phủ ban hành Nghị định Biểu thuế nhập khẩu ưu đãi đặc biệt của Việt Nam.
{_DECREE}Điều 8. Hiệu lực thi hành

Nghị định này có hiệu lực thi hành từ ngày ký ban hành.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Nguyễn Văn Thắng{_SCHEDULE}"""


def test_a_tariff_schedule_gives_no_work() -> None:
    # the goods' headings end with a colon over coded lines that open with verbs: none of them
    # is a body or its work; only the decree's own duty is
    assert by_lead(_with_schedule()) == {("bộ tài chính", "theo dõi")}
