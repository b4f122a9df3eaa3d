"""Names from held-out round 86 (a Prime Minister's decision on the procedures of a business
travel card), each on a text of its own in the same shape."""

from __future__ import annotations

from .decree_frame import by_lead, decree


def _decree(body: str) -> str:
    return decree(
        body,
        number="63/2026/NĐ-CP",
        date="ngày 21 tháng 9 năm 2026",
        title="Quy định về cấp giấy xác nhận nghệ nhân làng nghề",
        signer="Lê Thị Hạnh",
    )


def test_an_expert_office_and_its_owners_are_one_body() -> None:
    # "cơ quan chuyên môn của A, B hoặc bộ phận chuyên môn của C, D <verb> …": each head and
    # its owners (a comma list) one body, in lower case at the start of the subject too
    found = by_lead(
        _decree(
            """Điều 7. Trình tự cấp giấy xác nhận
1. Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ, cơ quan chuyên môn của
Ủy ban nhân dân cấp tỉnh thẩm định hồ sơ đề nghị cấp giấy xác nhận.
2. Trong thời hạn 03 ngày làm việc kể từ ngày có kết quả thẩm định, cơ quan chuyên môn
của Bộ Văn hóa, Thể thao và Du lịch, Hội Nghệ nhân Việt Nam hoặc bộ phận chuyên môn của
tập đoàn kinh tế, tổng công ty nhà nước lập danh sách nghệ nhân đủ điều kiện.
"""
        )
    )
    assert ("cơ quan chuyên môn của ủy ban nhân dân cấp tỉnh", "thẩm định") in found
    owners = "cơ quan chuyên môn của bộ văn hóa, thể thao và du lịch, hội nghệ nhân việt nam"
    assert (owners, "lập danh") in found
    second = "bộ phận chuyên môn của tập đoàn kinh tế, tổng công ty nhà nước"
    assert (second, "lập danh") in found
    assert not any(name.startswith(("ủy ban", "hội nghệ", "bộ văn")) for name, _ in found), found


def test_an_expert_office_is_the_subject_after_a_cases_then() -> None:
    # "Trường hợp … thì cơ quan chuyên môn của A, B tiếp nhận …": the office after "thì" does
    # the work, in lower case as it is; its owners do not
    found = by_lead(
        _decree(
            """Điều 8. Tiếp nhận hồ sơ
1. Trường hợp hồ sơ đầy đủ thì cơ quan chuyên môn của Bộ Công Thương, Hội Nghệ nhân
Việt Nam tiếp nhận, thẩm định. Trường hợp hồ sơ chưa đầy đủ thì cơ quan chuyên môn của
Bộ Công Thương, Hội Nghệ nhân Việt Nam có trách nhiệm hướng dẫn bổ sung hồ sơ.
"""
        )
    )
    lead = "cơ quan chuyên môn của bộ công thương, hội nghệ nhân việt nam"
    assert (lead, "tiếp nhận,") in found, found
    assert (lead, "hướng dẫn") in found, found
    assert not any(name in {"bộ công thương", "hội nghệ nhân việt nam"} for name, _ in found)
