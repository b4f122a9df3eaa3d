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


def test_which_class_of_organisation_a_body_proposes_or_decides_is_no_task() -> None:
    # a split of competence: the organisations named only by the clause that lists them; a
    # body named, or work after the reference, stays a task
    found = by_lead(
        _decree(
            """Điều 2. Đối tượng áp dụng
1. Trường cao đẳng, trung tâm thuộc bộ.
2. Trung tâm thuộc Sở Y tế.
Điều 8. Cơ quan đề nghị
Cơ quan đề nghị thành lập đối với các đơn vị như sau:
a) Bộ đề nghị thành lập các đơn vị quy định tại khoản 1 Điều 2 Nghị định này;
b) Sở Y tế đề nghị thành lập đơn vị quy định tại khoản 2 Điều 2 Nghị định này.
Điều 12. Thẩm quyền của Ủy ban nhân dân cấp tỉnh
1. Ủy ban nhân dân cấp tỉnh quyết định thành lập, tổ chức lại, giải thể đơn vị sự nghiệp
quy định tại khoản 2 Điều 2 Nghị định này theo quy định của pháp luật.
2. Ủy ban nhân dân cấp tỉnh quyết định thành lập Ban chỉ đạo cải cách hành chính của tỉnh.
Điều 13. Trách nhiệm của Sở Y tế
Sở Y tế quyết định giải thể đơn vị quy định tại khoản 2 Điều 2 Nghị định này và báo cáo Bộ
Y tế.
Điều 14. Thẩm quyền của Sở Nội vụ
Sở Nội vụ quyết định tổ chức lại đơn vị quy định tại khoản 2 Điều 2 Nghị định này.
"""
        )
    )
    assert ("sở y tế", "đề nghị") not in found
    assert ("bộ", "đề nghị") not in found
    assert ("ủy ban nhân dân cấp tỉnh", "quyết định") in found  # the steering board: a task
    assert ("sở y tế", "sở y") in found  # a report after the reference: a task
    assert not any(lead == "sở nội vụ" for lead, _ in found)
    assert len([lead for lead, _ in found if lead == "ủy ban nhân dân cấp tỉnh"]) == 1


def test_a_group_of_bodies_named_by_who_founded_them() -> None:
    # "các đơn vị sự nghiệp do Chính phủ, Thủ tướng Chính phủ thành lập": the founders, listed
    # with a comma, say which units; the Prime Minister takes none of the group's work
    found = by_lead(
        _decree(
            """Điều 20. Chế độ báo cáo
Các bộ, cơ quan ngang bộ, các đơn vị sự nghiệp do Chính phủ, Thủ tướng Chính phủ thành
lập, Ủy ban nhân dân cấp tỉnh có trách nhiệm:
1. Cung cấp thông tin về đơn vị sự nghiệp cho Bộ Nội vụ.
2. Báo cáo số liệu về đơn vị sự nghiệp trước ngày 15 tháng 12 hằng năm.
"""
        )
    )
    group = "các đơn vị sự nghiệp do chính phủ, thủ tướng chính phủ thành lập"
    assert (group, "cung cấp") in found
    assert (group, "báo cáo") in found
    assert ("ủy ban nhân dân cấp tỉnh", "báo cáo") in found
    assert not any(lead == "thủ tướng chính phủ" for lead, _ in found)


def test_reorganise_in_a_row_of_acts_is_no_body() -> None:
    # "Trường hợp … quyết định thành lập, tổ chức lại, giải thể tổ chức … thì X trình …": the
    # comma before "tổ chức lại" sits in a row of acts; the committee after "thì" is the lead
    found = by_lead(
        _decree(
            """Điều 21. Trình quyết định
Trường hợp pháp luật quy định Thủ tướng Chính phủ quyết định thành lập, tổ chức lại, giải
thể tổ chức quy định tại khoản 2 Điều 2 Nghị định này thì Ủy ban nhân dân cấp tỉnh trình
Thủ tướng Chính phủ quyết định.
"""
        )
    )
    assert ("ủy ban nhân dân cấp tỉnh", "trình thủ") in found
    assert not any(lead.startswith("tổ chức lại") for lead, _ in found)
