"""Patterns of held-out round 98 read on texts of their own: a law's number and kind, its date
from its adoption line and its chair's signature under that line."""

from __future__ import annotations

from cascade.extract import extract_text

_LAW = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
QUỐC HỘI
Luật số: 60/2025/QH15
LUẬT
SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT DƯỢC
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Dược số 105/2016/QH13.
Điều 1. Sửa đổi, bổ sung một số điều của Luật Dược
Bộ Y tế có trách nhiệm công bố danh mục thuốc thiết yếu.
Điều 2. Hiệu lực thi hành
Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026./.
Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 9 thông qua
ngày 25 tháng 6 năm 2025.
CHỦ TỊCH QUỐC HỘI
Trần Thanh Mẫn
"""


def test_a_laws_number_and_kind_are_read() -> None:
    document = extract_text(_LAW).cascade.documents[0]
    assert (document.identifier, document.kind) == ("60/2025/QH15", "law")


def test_a_law_is_dated_by_its_adoption_and_signed_by_the_chair() -> None:
    document = extract_text(_LAW).cascade.documents[0]
    assert document.date is not None and document.date.isoformat() == "2025-06-25"
    assert document.signer is not None
    assert (document.signer.name, document.signer.title) == ("Trần Thanh Mẫn", "Chủ tịch Quốc hội")
