"""Patterns from held-out round 92's decree on setting up, reorganising and dissolving
administrative organisations, each on a text of its own in the same shape: the bodies a
procedure names by their part in it (the proposer, the appraiser, the decider)."""

from __future__ import annotations

from .decree_frame import by_lead, decree


def _decree(body: str) -> str:
    return decree(
        body,
        number="45/2026/NĐ-CP",
        date="ngày 10 tháng 3 năm 2026",
        title="Quy định về thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập",
        signer="Lê Văn Thành",
    )


def test_bodies_named_by_their_part_in_setting_up_an_organisation() -> None:
    # "Cơ quan, đơn vị đề nghị thành lập đơn vị sự nghiệp gửi …": the proposer runs over the
    # act and what it is about to the step's verb; "quy định tại khoản 1 Điều này" says which
    # proposer, no part of the name; the appraiser and the decider likewise
    found = by_lead(
        _decree(
            """Điều 6. Gửi hồ sơ
1. Cơ quan, đơn vị đề nghị thành lập đơn vị sự nghiệp gửi 01 bộ hồ sơ đến cơ quan thẩm
định.
2. Cơ quan đề nghị giải thể đơn vị quy định tại khoản 1 Điều này xây dựng dự thảo đề án
giải thể.
3. Cơ quan đề nghị thành lập có trách nhiệm tiếp thu ý kiến thẩm định.
Điều 7. Thẩm định và quyết định
1. Trong thời hạn 10 ngày, kể từ ngày nhận đủ hồ sơ, cơ quan, đơn vị thẩm định phải có văn
bản thẩm định gửi cơ quan đề nghị thành lập.
2. Trong thời hạn 15 ngày, kể từ ngày nhận văn bản thẩm định, cơ quan hoặc người có thẩm
quyền ra quyết định thành lập.
"""
        )
    )
    assert ("cơ quan, đơn vị đề nghị thành lập đơn vị sự nghiệp", "gửi 01") in found
    assert ("cơ quan đề nghị giải thể đơn vị", "xây dựng") in found
    assert ("cơ quan, đơn vị thẩm định", "có văn") in found
    assert ("cơ quan hoặc người có thẩm quyền", "ra quyết") in found
    assert not any(action.startswith("đề nghị") for _, action in found)


def test_an_applicant_for_a_service_is_no_proposer() -> None:
    # "Cơ quan, tổ chức đề nghị cung cấp thông tin …": asking for a service, not a step of
    # an organisation's life cycle
    found = by_lead(
        _decree(
            """Điều 9. Cung cấp thông tin
Cơ quan, tổ chức đề nghị cung cấp thông tin gửi văn bản đến Bộ Nội vụ.
"""
        )
    )
    assert not any(lead.startswith("cơ quan, tổ chức đề nghị") for lead, _ in found)
