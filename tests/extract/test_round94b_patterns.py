"""Patterns from held-out round 94 (a ministry's circular amending two circulars on pay in
state-owned companies, a minister's decision publishing lists of expired documents), each on
a text of its own in the same shape."""

from __future__ import annotations

from .decree_frame import by_lead


def circular(body: str, *, closing: str = "") -> str:
    """A ministry's circular on pay in state-owned companies, ``body`` as its articles and
    ``closing`` after its signature (an appended list)."""
    return f"""BỘ NỘI VỤ
Số: 15/2026/TT-BNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 5 năm 2026
THÔNG TƯ
Hướng dẫn quản lý tiền lương trong doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ

Căn cứ Nghị định số 25/2025/NĐ-CP ngày 21 tháng 02 năm 2025 của Chính phủ;
Bộ trưởng Bộ Nội vụ ban hành Thông tư hướng dẫn quản lý tiền lương trong doanh nghiệp.
{body}
Điều 9. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026./.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Vũ Chiến Thắng
{closing}"""


def test_consulting_and_grading_pay_are_work() -> None:
    # "… phải tham khảo ý kiến của tổ chức đại diện …" (to consult), "xếp lương, nâng bậc
    # lương đối với …" (an employer grading its staff's pay, raising its step)
    found = by_lead(
        circular(
            """Điều 4. Quy chế trả lương
1. Hội đồng quản trị phải tham khảo ý kiến của Ban Chấp hành công đoàn trước khi ban hành quy
chế trả lương.
2. Hội đồng thành viên xếp lương, nâng bậc lương đối với Kiểm soát viên chuyên trách.
"""
        )
    )
    assert ("hội đồng quản trị", "tham khảo") in found
    assert ("hội đồng thành viên", "xếp lương,") in found


def test_issuing_after_a_comma_is_no_board() -> None:
    # "Khi sửa đổi, bổ sung hoặc xây dựng, ban hành mới quy chế, …, công ty phải …": "ban
    # hành" is to issue, not a board named in lower case
    found = by_lead(
        circular(
            """Điều 4. Quy chế trả lương
Khi sửa đổi, bổ sung hoặc xây dựng, ban hành mới quy chế trả lương, quy chế thưởng, doanh
nghiệp phải công khai quy chế tại nơi làm việc.
"""
        )
    )
    assert found == {("doanh nghiệp", "công khai")}


def test_two_bodies_joined_by_or_are_two_leads() -> None:
    # "Hội đồng thành viên hoặc Chủ tịch công ty xây dựng …": either body, each a lead; the
    # passive "do A hoặc B quyết định" stays no task
    found = by_lead(
        circular(
            """Điều 5. Quy chế trả lương của người quản lý
1. Hội đồng thành viên hoặc Chủ tịch công ty xây dựng quy chế trả lương của người quản lý.
2. Mức lương cụ thể do Hội đồng thành viên hoặc Chủ tịch công ty quyết định.
3. Ủy ban nhân dân cấp tỉnh phân công Sở Nội vụ hoặc Sở Tài chính thực hiện việc kiểm tra
quy chế trả lương.
"""
        )
    )
    # after "phân công" the choice stays with the one who hands the work on
    assert found == {
        ("hội đồng thành viên", "xây dựng"),
        ("chủ tịch công ty", "xây dựng"),
        ("ủy ban nhân dân cấp tỉnh", "phân công"),
    }


def publishing_decision(annex: str) -> str:
    """A minister's decision publishing lists of expired documents, ``annex`` the lists
    printed after its signature."""
    return f"""BỘ NỘI VỤ
Số: 212/QĐ-BNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 15 tháng 01 năm 2026
QUYẾT ĐỊNH
Về việc công bố Danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ hoặc một phần

BỘ TRƯỞNG BỘ NỘI VỤ
Căn cứ Nghị định số 25/2025/NĐ-CP ngày 21 tháng 02 năm 2025 của Chính phủ;
Theo đề nghị của Vụ trưởng Vụ Pháp chế.
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này Danh mục văn bản quy phạm pháp luật hết hiệu lực
toàn bộ hoặc một phần thuộc lĩnh vực quản lý nhà nước của Bộ Nội vụ.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Thủ trưởng các đơn vị thuộc Bộ, các cơ quan có liên quan chịu trách nhiệm thi hành
Quyết định này./.

BỘ TRƯỞNG

Phạm Thị Thanh Trà

{annex}"""


def test_the_rows_of_lists_after_the_closing_mark_belong_to_no_article() -> None:
    # "… thi hành Quyết định này./." ends the decision's text: a cell of the lists printed
    # after it ("Sửa đổi nội dung “…”", what an act changed; a table's cells cut apart by
    # the text layer) is no work of the bodies the execution article names
    found = by_lead(
        publishing_decision(
            """Sửa đổi nội dung “điều chỉnh tỷ lệ tính trên số tiền thu hồi”
Được sửa đổi, bổ sung bởi Thông tư số 12/2024/TT-BNV ngày 14/11/2024
"""
        )
    )
    assert found == set()


def test_what_tổ_chức_organises_is_no_body() -> None:
    # "…, tổ chức đối thoại tại nơi làm việc …" (to hold a dialogue), after a condition where
    # a kind in lower case may be the subject: the work is the heading's body's, not a body
    # "tổ chức đối thoại tại nơi"'s; "tổ chức tín dụng" stays a body
    found = by_lead(
        circular(
            """Điều 6. Trách nhiệm của Công ty
1. Khi xây dựng quy chế trả lương, tổ chức đối thoại tại nơi làm việc với người lao động.
2. Khi nhận được hồ sơ vay vốn, tổ chức tín dụng phải thẩm định hồ sơ.
"""
        )
    )
    assert not any(lead.startswith("tổ chức đối thoại") for lead, _ in found)
    assert ("tổ chức tín dụng", "thẩm định") in found


def test_a_lower_case_kind_after_the_basis_is_the_subject() -> None:
    # "Căn cứ vào tổ chức sản xuất, tổ chức lao động, công ty rà soát …": after the basis of
    # the work, the kind the rule binds, in lower case as after a time or a condition
    found = by_lead(
        circular(
            """Điều 7. Quy chế trả lương
1. Căn cứ vào tổ chức sản xuất, tổ chức lao động, doanh nghiệp rà soát quy chế trả lương
của người lao động.
2. Căn cứ vào kế hoạch được giao, ngành, địa phương tổng hợp nhu cầu kinh phí.
"""
        )
    )
    assert ("doanh nghiệp", "rà soát") in found
    # only a kind of firm: other words in lower case after the basis are more of its list
    assert not any(lead.startswith("ngành") for lead, _ in found)
