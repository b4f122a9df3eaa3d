"""Patterns from held-out round 86 (a Prime Minister's decision on the procedures of a
business travel card), each on a text of its own in the same shape."""

from __future__ import annotations

from .decree_frame import by_lead, decree


def _decree(body: str) -> str:
    return decree(
        body,
        number="57/2026/NĐ-CP",
        date="ngày 14 tháng 8 năm 2026",
        title="Quy định về cấp và quản lý giấy chứng nhận chuyên gia khu vực",
        signer="Đỗ Quang Huy",
    )


def test_ministries_without_cac_and_companies_by_founder_lead_a_duty_article() -> None:
    # "Trách nhiệm của bộ, cơ quan ngang bộ, …, tập đoàn, tổng công ty do Thủ tướng Chính
    # phủ quyết định thành lập": "bộ" opens the ministries' group without "các", and the
    # founder is part of the companies' name
    found = by_lead(
        _decree(
            """Điều 12. Trách nhiệm của bộ, cơ quan ngang bộ, Hội Nông dân Việt Nam, tập đoàn,
tổng công ty do Thủ tướng Chính phủ quyết định thành lập
1. Tiếp nhận, thẩm định hồ sơ đề nghị cấp giấy chứng nhận chuyên gia.
2. Lưu trữ hồ sơ chuyên gia thuộc thẩm quyền quản lý.
"""
        )
    )
    for lead in (
        "bộ, cơ quan ngang bộ",
        "hội nông dân việt nam",
        "tập đoàn, tổng công ty do thủ tướng chính phủ quyết định thành lập",
    ):
        assert (lead, "tiếp nhận,") in found, lead
        assert (lead, "lưu trữ") in found, lead


def test_a_department_named_with_its_ministry_is_one_lead() -> None:
    # "Cục X, Bộ Y tiếp nhận …": the ministry after the comma says whose department it is;
    # it does not do the department's step
    found = by_lead(
        _decree(
            """Điều 9. Cấp giấy chứng nhận chuyên gia
1. Trường hợp hồ sơ hợp lệ thì Cục Hợp tác quốc tế, Bộ Khoa học và Công nghệ tiếp nhận,
thẩm định hồ sơ.
2. Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ, Cục Hợp tác quốc tế,
Bộ Khoa học và Công nghệ thông báo kết quả cho chuyên gia.
"""
        )
    )
    lead = "cục hợp tác quốc tế, bộ khoa học và công nghệ"
    assert (lead, "tiếp nhận,") in found
    assert (lead, "thông báo") in found
    assert not any(name == "bộ khoa học và công nghệ" for name, _ in found)
