"""Patterns from held-out round 90 (decrees amending two decrees, one with an appendix of
tariff codes after its signature), on a text of its own in the same shape."""

from __future__ import annotations

from .decree_frame import obligations

_DECREE = """CÔNG BÁO/Số 412/Ngày 20-04-2026
57

CHÍNH PHỦ
Số: 77/2026/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 09 tháng 4 năm 2026
NGHỊ ĐỊNH
Sửa đổi Danh mục nông sản xuất khẩu được hoàn thuế

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Chính phủ ban hành Nghị định sửa đổi Danh mục nông sản xuất khẩu được hoàn thuế.
Điều 1. Thay thế Danh mục (Phụ lục I)
Thay thế Danh mục ban hành kèm theo Nghị định số 12/2024/NĐ-CP bằng Danh mục
(Phụ lục I) ban hành kèm theo Nghị định này.
Điều 2. Điều khoản thi hành
1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.

2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh,
thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Nghị định này.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Lê Minh Khoa

CÔNG BÁO/Số 412/Ngày 20-04-2026
58

Phụ lục I
NÔNG SẢN XUẤT KHẨU ĐƯỢC HOÀN THUẾ
(Kèm theo Nghị định số 77/2026/NĐ-CP
ngày 09 tháng 4 năm 2026 của Chính phủ)

Mã hàng
Mô tả hàng hoá

08.01
Dừa, quả hạch Brazil và hạt điều, tươi hoặc khô.
0801.31.00
- Hạt điều chưa bóc vỏ:
0801.31.00.10
- - Hạt điều loại dùng làm giống gieo trồng
0801.31.00.90
- - Loại khác
0801.32.00
- Đã bóc vỏ

08.02
Quả hạch khác, tươi hoặc khô, đã hoặc chưa bóc vỏ.
0802.11.00
- Hạnh nhân chưa bóc vỏ
0802.12.00
- Hạnh nhân đã bóc vỏ
0802.21.00
- Hạt phỉ chưa bóc vỏ
0802.22.00
- Hạt phỉ đã bóc vỏ
0802.31.00
- Quả óc chó chưa bóc vỏ
0802.32.00
- Quả óc chó đã bóc vỏ
0802.41.00
- Hạt dẻ chưa bóc vỏ

Ghi chú: Danh mục tại Phụ lục này xây dựng trên cơ sở mã hàng và mô tả hàng hóa
của Danh mục hàng hóa xuất khẩu, nhập khẩu Việt Nam.
"""


def test_an_appendix_after_the_signature_is_no_work_of_the_closing_formula() -> None:
    # "Phụ lục I" over its title and "(Kèm theo Nghị định số …)" after the signature opens a
    # part of its own: the codes below it are not the work of the ministers the closing
    # article charges ("Các Bộ trưởng: Làm giống gieo trồng 0801.31.00.90")
    found = obligations(_DECREE)
    assert not any("giống" in action or "0801" in action for _, action in found)
