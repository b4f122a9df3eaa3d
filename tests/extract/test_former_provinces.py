"""A body named with a place of its own is not the issuer known by the same name without it:
after the 2025 mergers a province's decision cites the committees of the former provinces."""

from __future__ import annotations

from cascade.extract import extract_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 45/2025/QĐ-UBND
Lâm Đồng, ngày 10 tháng 12 năm 2025

QUYẾT ĐỊNH
Ban hành Bảng giá cây trồng trên địa bàn tỉnh Lâm Đồng

ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

Theo đề nghị của Giám đốc Sở Tài chính;

Ủy ban nhân dân ban hành Quyết định Ban hành Bảng giá cây trồng trên địa bàn tỉnh.

Điều 1. Ban hành kèm theo Quyết định này Bảng giá cây trồng trên địa bàn tỉnh.

Điều 2. Hiệu lực thi hành

1. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2026.

2. Bãi bỏ Quyết định số 12/2024/QĐ-UBND ngày 05 tháng 3 năm 2024 của Ủy ban nhân dân
tỉnh Đắk Nông (trước đây) và Quyết định số 30/2023/QĐ-UBND ngày 20 tháng 6 năm 2023 của
Ủy ban nhân dân tỉnh Lâm Đồng (cũ).

Điều 3. Sở Tài chính chủ trì, phối hợp với Ủy ban nhân dân tỉnh Bình Thuận (trước đây)
bàn giao hồ sơ trước ngày 31 tháng 12 năm 2025.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi
hành Quyết định này.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A
"""


def _issuers() -> dict[str, str]:
    cascade = extract_text(_DECISION).cascade
    names = {org.id: org.name for org in cascade.organisations}
    return {doc.identifier: names[doc.issuer] for doc in cascade.documents}


def test_a_former_province_s_committee_is_not_the_issuer() -> None:
    issuers = _issuers()
    assert issuers["12/2024/QĐ-UBND"] == "Ủy ban nhân dân tỉnh Đắk Nông"
    assert issuers["30/2023/QĐ-UBND"] == "Ủy ban nhân dân tỉnh Lâm Đồng"
    assert issuers["45/2025/QĐ-UBND"] == "Ủy ban nhân dân tỉnh Lâm Đồng"
