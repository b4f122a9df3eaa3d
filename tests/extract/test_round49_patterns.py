"""Patterns found in held-out round 49 (the Official Gazette's PDF text layer: running page
headers and page numbers between pages, the signature stamp inside the text, tables one
cell a line with their header repeated on every page), each checked on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text
from cascade.extract.text import normalise

from .test_task_rules import _tasks

_RESOLUTION = """\
CÔNG BÁO/Số 415/Ngày 03-09-2026
27


CHÍNH PHỦ
__________

Số: 208/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
________________________________________
Hà Nội, ngày 21 tháng 8 năm 2026

NGHỊ QUYẾT
Về việc hỗ trợ kinh phí sửa chữa trường học sau bão
____________

CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;

QUYẾT NGHỊ:
Điều 1. Hỗ trợ kinh phí sửa chữa trường học bị hư hỏng do bão số 5.
Điều 2. Tổ chức thực hiện
1. Giao Bộ Giáo dục và Đào tạo chủ trì, phối hợp với Ủy ban nhân dân các tỉnh
rà soát danh sách trường học bị hư hỏng, tổng hợp nhu cầu kinh phí sửa chữa
Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Cơ quan: VĂN PHÒNG CHÍNH PHỦ
Ngày ký: 2026-09-02 10:14:37 +07:00

CÔNG BÁO/Số 415/Ngày 03-09-2026
28


và gửi Bộ Tài chính trước ngày 15 tháng 9 năm 2026.
2. Bộ Tài chính bố trí kinh phí hỗ trợ theo quy định.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Lê Văn Khải
"""


def test_gazette_page_headers_and_the_stamp_are_no_part_of_the_text() -> None:
    text = normalise(_RESOLUTION)
    assert "CÔNG BÁO" not in text and "Ký bởi" not in text and "VĂN PHÒNG" not in text
    # the sentence cut by the stamp and the next page's header runs on
    assert "kinh phí sửa chữa và gửi Bộ Tài chính trước ngày 15 tháng 9 năm 2026." in text
    tasks = _tasks(extract_text(_RESOLUTION))
    assert [lead for lead, *_ in tasks] == ["Bộ Giáo dục và Đào tạo", "Bộ Tài chính"]
    assert "gửi Bộ Tài chính" in tasks[0][2]
