"""Patterns from held-out round 94 (a ministry's circular on how vocational schools build,
appraise and issue their training programmes and textbooks), each on a text of its own in
the same shape."""

from __future__ import annotations

from .decree_frame import by_lead, obligations


def circular(body: str) -> str:
    """A ministry's circular on continuing-training materials, ``body`` as its articles."""
    return f"""BỘ Y TẾ
Số: 09/2026/TT-BYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 5 năm 2026
THÔNG TƯ
Quy định về biên soạn, thẩm định tài liệu đào tạo liên tục

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Bộ trưởng Bộ Y tế ban hành Thông tư quy định về biên soạn, thẩm định tài liệu đào tạo liên tục.
{body}
Điều 15. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.
BỘ TRƯỞNG

Đào Hồng Lan
"""


def test_a_council_named_by_its_function_and_its_make_up_and_way_of_working() -> None:
    # "Hội đồng thẩm định tài liệu …": the council is named by what it appraises, not
    # "Hội đồng" doing "thẩm định"; its make-up, size, members' standards, chair and quorum
    # are no work; its report still is
    found = by_lead(
        circular(
            """Điều 4. Thẩm định tài liệu
1. Hội đồng thẩm định tài liệu
a) Hội đồng thẩm định tài liệu có số lượng thành viên là số lẻ gồm: Chủ tịch, Thư ký và các
ủy viên là giảng viên. Thành viên Hội đồng thẩm định có trình độ đại học trở lên; có ít nhất
05 năm kinh nghiệm trong giảng dạy.
b) Thành phần Hội đồng thẩm định gồm: các giảng viên, cán bộ quản lý đào tạo, bác sĩ của
bệnh viện. Hội đồng thẩm định có ít nhất 1/3 thành viên là bác sĩ đang hành nghề.
2. Tổ chức thẩm định
a) Hội đồng thẩm định làm việc dưới sự điều hành của Chủ tịch Hội đồng; phiên họp của Hội
đồng thẩm định phải có mặt ít nhất 2/3 tổng số thành viên.
b) Chủ tịch Hội đồng thẩm định báo cáo kết quả thẩm định tài liệu với Giám đốc cơ sở đào tạo.
"""
        )
    )
    assert found == {("hội đồng thẩm định", "báo cáo")}


def test_the_name_runs_over_what_the_council_appraises_up_to_its_verb() -> None:
    # "Hội đồng thẩm định tài liệu chuyên môn | gửi …": what it appraises is the name's;
    # "Hội đồng thẩm định, phê duyệt …" (a row of verbs) still has "Hội đồng" do "thẩm định"
    found = obligations(
        circular(
            """Điều 5. Trách nhiệm thẩm định
1. Hội đồng thẩm định tài liệu chuyên môn gửi biên bản thẩm định cho Sở Y tế.
2. Hội đồng thẩm định, phê duyệt danh mục tài liệu của cơ sở.
"""
        )
    )
    assert found == [
        ("hội đồng thẩm định tài liệu chuyên môn", "gửi biên bản thẩm định cho sở y tế."),
        ("hội đồng", "thẩm định, phê duyệt danh mục tài liệu của cơ sở."),
    ]


def test_a_councils_comments_and_its_chairs_conclusion_are_work() -> None:
    # "nhận xét, đánh giá …", "kết luận rõ về …", "kết luận về …": work, the chairman standing
    # for the council; "Kết luận của Chủ tịch …" (the noun) and "Các bản nhận xét của …" (a
    # list of papers) are none
    found = obligations(
        circular(
            """Điều 6. Tổ chức thẩm định
1. Hội đồng thẩm định nhận xét, đánh giá về nội dung dự thảo tài liệu; Chủ tịch Hội đồng thẩm
định kết luận về chất lượng tài liệu. Kết luận của Chủ tịch Hội đồng thẩm định trên cơ sở ý
kiến của các thành viên.
2. Chủ tịch Hội đồng thẩm định kết luận rõ về tài liệu theo 02 mức: thông qua; không thông qua.
3. Hồ sơ thẩm định gồm:
a) Quyết định thành lập Hội đồng;
b) Các bản nhận xét của Trưởng phòng Đào tạo về tài liệu.
"""
        )
    )
    assert [(lead, " ".join(action.split()[:2])) for lead, action in found] == [
        ("hội đồng thẩm định", "nhận xét,"),
        ("hội đồng thẩm định", "kết luận"),
        ("hội đồng thẩm định", "kết luận"),
    ]


def test_a_short_name_of_seven_words_holds_its_verb() -> None:
    # "(sau đây gọi là cơ sở hoạt động đào tạo liên tục)": a short name of seven words, the
    # verb "hoạt động" inside it; its head ("Người đứng đầu …") stands for it
    found = obligations(
        circular(
            """Điều 2. Đối tượng áp dụng
Thông tư này áp dụng đối với bệnh viện, trung tâm y tế và các cơ sở khác có tổ chức đào tạo
liên tục (sau đây gọi là cơ sở hoạt động đào tạo liên tục).
Điều 3. Biên soạn tài liệu
1. Người đứng đầu cơ sở hoạt động đào tạo liên tục quyết định thành lập tổ biên soạn tài liệu.
2. Cơ sở hoạt động đào tạo liên tục xây dựng kế hoạch biên soạn tài liệu hằng năm.
"""
        )
    )
    assert [(lead, " ".join(action.split()[:2])) for lead, action in found] == [
        ("cơ sở hoạt động đào tạo liên tục", "quyết định"),
        ("cơ sở hoạt động đào tạo liên tục", "xây dựng"),
    ]
