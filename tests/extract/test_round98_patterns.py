"""Patterns of held-out round 98 read on texts of their own: a law's number and kind, its date
from its adoption line and its chair's signature under that line; a consolidated text's number,
date and signer, printed after its last article."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import law

_LAW = law(
    """Điều 1. Sửa đổi, bổ sung một số điều của Luật Dược
Bộ Y tế có trách nhiệm công bố danh mục thuốc thiết yếu.
Điều 2. Hiệu lực thi hành
Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026./.""",
    number="60/2025/QH15",
    title="SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT DƯỢC",
    enacting="Luật sửa đổi, bổ sung một số điều của Luật Dược số 105/2016/QH13",
)


def test_a_laws_number_and_kind_are_read() -> None:
    document = extract_text(_LAW).cascade.documents[0]
    assert (document.identifier, document.kind) == ("60/2025/QH15", "law")


def test_a_law_is_dated_by_its_adoption_and_signed_by_the_chair() -> None:
    document = extract_text(_LAW).cascade.documents[0]
    assert document.date is not None and document.date.isoformat() == "2025-06-25"
    assert document.signer is not None
    assert (document.signer.name, document.signer.title) == ("Trần Thanh Mẫn", "Chủ tịch Quốc hội")


# a consolidated text: the regulation as it now reads, then the ministry's authentication with
# its own number, date and signer, then the footnotes naming the amending texts
_CONSOLIDATED = """VĂN BẢN HỢP NHẤT - BỘ TƯ PHÁP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
THÔNG TƯ
Hướng dẫn về trợ giúp pháp lý cho người khuyết tật
Thông tư số 05/2022/TT-BTP ngày 10 tháng 3 năm 2022 của Bộ trưởng Bộ Tư pháp, được sửa đổi,
bổ sung bởi Thông tư số 02/2024/TT-BTP ngày 01 tháng 2 năm 2024.
Căn cứ Luật Trợ giúp pháp lý ngày 20 tháng 6 năm 2017;
Bộ trưởng Bộ Tư pháp ban hành Thông tư hướng dẫn về trợ giúp pháp lý cho người khuyết tật1.
Điều 1. Trách nhiệm của Cục Trợ giúp pháp lý
Cục Trợ giúp pháp lý có trách nhiệm hướng dẫn nghiệp vụ trợ giúp pháp lý2.
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành từ ngày 01 tháng 5 năm 2022./.
BỘ TƯ PHÁP
Số: 1234/VBHN-BTP
XÁC THỰC VĂN BẢN HỢP NHẤT
Hà Nội, ngày 15 tháng 3 năm 2024
BỘ TRƯỞNG
Nguyễn Hải Ninh
1 Thông tư số 02/2024/TT-BTP có căn cứ ban hành như sau: "Căn cứ Luật Trợ giúp pháp lý".
2 Khoản này được sửa đổi theo quy định tại khoản 1 Điều 1 của Thông tư số 02/2024/TT-BTP.
"""


def test_a_consolidated_text_is_read_with_the_header_it_prints_at_its_end() -> None:
    cascade = extract_text(_CONSOLIDATED).cascade
    document = cascade.documents[0]
    assert document.identifier == "1234/VBHN-BTP"
    assert document.date is not None and document.date.isoformat() == "2024-03-15"
    assert document.signer is not None and document.signer.name == "Nguyễn Hải Ninh"
    # the regulation's own duty is still read: the late number ends no header
    assert [o.action.split()[0] for o in cascade.obligations] == ["Hướng"]
