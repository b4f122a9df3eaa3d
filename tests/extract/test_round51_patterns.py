"""Patterns found in held-out round 51 (the Official Gazette's text layer of Government
decrees: articles of duties and procedures whose titles wrap over two lines, steps naming
who registers, passes on and sends back a file), each checked on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .test_task_rules import _tasks

_DECREE = """CHÍNH PHỦ
Số: 777/2026/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 3 năm 2026
NGHỊ ĐỊNH
Quy định chi tiết một số điều của Luật Đo lường
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Đo lường.
{body}
TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Đặng Văn Khải
"""


def _leads_and_actions(body: str) -> list[tuple[str, str]]:
    extraction = extract_text(_DECREE.format(body=body))
    return [(lead, action) for lead, _force, action, _parent in _tasks(extraction)]


def test_an_article_on_a_bodys_duties_and_powers_in_a_field_gives_it_the_items() -> None:
    found = _leads_and_actions(
        "Điều 9. Nhiệm vụ và quyền hạn của Bộ Khoa học và Công nghệ trong hoạt động đo lường\n"
        "1. Chủ trì, phối hợp với các bộ, ngành xây dựng chiến lược phát triển đo lường.\n"
        "2. Tổ chức kiểm tra việc thực hiện các quy định về đo lường.\n"
        "Điều 10. Trách nhiệm của tổ chức, cá nhân có liên quan trong hoạt động kiểm định\n"
        "1. Lưu giữ hồ sơ kiểm định theo quy định.\n"
        "Điều 11. Nhiệm vụ và quyền hạn của Trung tâm Đo lường Việt Nam\n"
        "1. Nhiệm vụ của Trung tâm Đo lường Việt Nam\n"
        "a) Quản lý, sử dụng chuẩn đo lường quốc gia đúng mục đích;\n"
        "2. Quyền hạn của Trung tâm Đo lường Việt Nam\n"
        "a) Tổ chức hoạt động, tiếp nhận các nguồn vốn hợp pháp;\n"
        "b) Phối hợp với các cơ quan liên quan để thực hiện các hoạt động của Trung tâm.\n"
    )
    assert [lead for lead, _ in found] == [
        "Bộ Khoa học và Công nghệ",
        "Bộ Khoa học và Công nghệ",
        # the field the duties are in is no part of who ("trong hoạt động kiểm định")
        "tổ chức, cá nhân có liên quan",
        "Trung tâm Đo lường Việt Nam",
    ]
    # the centre's powers (under "2. Quyền hạn của …") are no work, nor is their heading
    assert not any("Quyền hạn" in action or "tiếp nhận" in action for _, action in found)


# the Gazette's lines, wrapped about 75 characters wide; an article's title runs over two
# lines and ends where the writer ended it, the paragraph under it opening with a capital
_WRAPPED_ARTICLES = """\
Điều 14. Nhiệm vụ và quyền hạn của Bộ Khoa học và Công nghệ trong hoạt động
kiểm định phương tiện đo
Bộ Khoa học và Công nghệ giúp Chính phủ thống nhất quản lý nhà nước về hoạt
động kiểm định phương tiện đo có các nhiệm vụ và quyền hạn sau đây:
1. Chủ trì, phối hợp với các bộ, ngành liên quan xây dựng, trình cơ quan nhà nước
có thẩm quyền ban hành văn bản quy phạm pháp luật về kiểm định phương tiện đo.
2. Hướng dẫn nghiệp vụ kiểm định cho các tổ chức được chỉ định.
Điều 15. Trách nhiệm của Ủy ban nhân dân cấp xã nơi có phương tiện đo cần kiểm
định tại chỗ
Trong thời hạn 05 ngày làm việc kể từ ngày nhận được đề nghị, Ủy ban nhân dân
cấp xã có trách nhiệm bố trí địa điểm kiểm định và thông báo cho tổ chức kiểm định.
"""


def test_an_article_title_wrapped_over_two_lines_stays_apart_from_its_paragraph() -> None:
    found = _leads_and_actions(_WRAPPED_ARTICLES)
    assert [lead for lead, _ in found] == [
        "Bộ Khoa học và Công nghệ",
        "Bộ Khoa học và Công nghệ",
        "Ủy ban nhân dân cấp xã",
    ]
    assert found[0][1].startswith("Chủ trì, phối hợp với các bộ, ngành liên quan xây dựng")
    assert found[2][1].startswith("Bố trí địa điểm kiểm định")


def test_a_procedures_steps_enter_pass_on_and_send_back_a_file() -> None:
    found = _leads_and_actions(
        "Điều 6. Tiếp nhận hồ sơ đề nghị công nhận phòng thí nghiệm\n"
        "1. Trong thời hạn 03 ngày làm việc kể từ ngày nhận được hồ sơ, Sở Xây dựng có "
        "trách nhiệm vào sổ hồ sơ và chuyển hồ sơ cho Hội đồng thẩm định.\n"
        "2. Trường hợp hồ sơ không hợp lệ, Sở Xây dựng trả lại hồ sơ cho tổ chức đề nghị "
        "và nêu rõ lý do.\n"
        "3. Trong thời hạn 05 ngày làm việc kể từ ngày có kết quả thẩm định, Cục Lãnh sự "
        "chuyển văn bản thông báo kết quả cho Sở Xây dựng.\n"
    )
    assert found == [
        ("Sở Xây dựng", "Vào sổ hồ sơ và chuyển hồ sơ cho Hội đồng thẩm định."),
        ("Sở Xây dựng", "Trả lại hồ sơ cho tổ chức đề nghị và nêu rõ lý do."),
        ("Cục Lãnh sự", "Chuyển văn bản thông báo kết quả cho Sở Xây dựng."),
    ]


def test_a_shorter_form_of_a_name_in_brackets_after_it_names_the_same_body() -> None:
    found = _leads_and_actions(
        "Điều 8. Gửi hồ sơ ra nước ngoài\n"
        "1. Cục Lãnh sự chuyển hồ sơ cho cơ quan lãnh sự nước Cộng hòa xã hội chủ nghĩa "
        "Việt Nam ở nước ngoài (cơ quan lãnh sự Việt Nam ở nước ngoài).\n"
        "2. Cơ quan lãnh sự Việt Nam ở nước ngoài có trách nhiệm vào sổ hồ sơ và chuyển hồ "
        "sơ cho cơ quan có thẩm quyền của nước sở tại.\n"
        "3. Trong thời hạn 05 ngày làm việc kể từ ngày nhận được kết quả, cơ quan lãnh sự "
        "Việt Nam ở nước ngoài gửi văn bản thông báo kết quả về Cục Lãnh sự.\n"
    )
    full = "cơ quan lãnh sự nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài"
    assert [lead for lead, _ in found] == ["Cục Lãnh sự", full, full]


def test_a_depository_is_named_in_full() -> None:
    found = _leads_and_actions(
        "Điều 7. Trách nhiệm của các doanh nghiệp\n"
        "1. Trung tâm Lưu ký chứng khoán khu vực phía Nam và Tổng công ty Lưu ký và Bù trừ "
        "chứng khoán Việt Nam có trách nhiệm xây dựng quy chế kiểm soát nội bộ.\n"
    )
    assert [lead for lead, _ in found] == [
        "Trung tâm Lưu ký chứng khoán khu vực phía Nam",
        "Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam",
    ]
    assert all(action.startswith("Xây dựng quy chế") for _, action in found)


def test_a_body_named_by_a_term_the_regulation_explains_is_read_whole() -> None:
    found = _leads_and_actions(
        "Điều 3. Giải thích từ ngữ\n"
        "Trong Nghị định này, các từ ngữ dưới đây được hiểu như sau:\n"
        "1. Đơn vị quản lý vận hành hệ thống cấp nước liên vùng là doanh nghiệp do Nhà nước "
        "nắm giữ 100% vốn điều lệ được giao quản lý hệ thống cấp nước liên vùng.\n"
        "Điều 4. Chính sách ưu đãi\n"
        "1. Đơn vị quản lý vận hành hệ thống cấp nước liên vùng được ưu tiên tiếp cận các "
        "nguồn vốn vay ưu đãi.\n"
        "Điều 9. Trách nhiệm của Đơn vị quản lý vận hành hệ thống cấp nước liên vùng\n"
        "1. Xây dựng phương án bảo đảm cấp nước an toàn.\n"
        "2. Trước ngày 15 tháng 12 hằng năm, Đơn vị quản lý vận hành hệ thống cấp nước liên "
        "vùng có trách nhiệm báo cáo Bộ Xây dựng về tình hình thực hiện.\n"
    )
    body = "Đơn vị quản lý vận hành hệ thống cấp nước liên vùng"
    # the priority it is given ("được ưu tiên …") is no work; its duties are its tasks
    assert [lead for lead, _ in found] == [body, body]
    assert found[0][1] == "Xây dựng phương án bảo đảm cấp nước an toàn."
    assert "có trách nhiệm báo cáo Bộ Xây dựng" in found[1][1]


def test_the_contents_a_paper_must_hold_are_no_work() -> None:
    found = _leads_and_actions(
        "Điều 12. Báo cáo về công tác kiểm định\n"
        "1. Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Công Thương xây dựng báo cáo "
        "tổng hợp về công tác kiểm định trình Chính phủ.\n"
        "2. Văn bản góp ý của Bộ Công Thương, Bộ Y tế gửi Bộ Khoa học và Công nghệ gồm các "
        "nội dung chủ yếu sau:\n"
        "a) Đánh giá kết quả kiểm định phương tiện đo thuộc lĩnh vực quản lý;\n"
        "b) Kiến nghị (nếu có).\n"
    )
    assert [lead for lead, _ in found] == ["Bộ Khoa học và Công nghệ"]


def test_a_decree_handing_the_details_to_a_minister_gives_the_ministry_work() -> None:
    found = _leads_and_actions(
        "Điều 5. Phí kiểm định\n"
        "1. Tổ chức kiểm định thu phí theo Thông tư số 24/2025/TT-BTC ngày 02 tháng 4 năm "
        "2025 của Bộ trưởng Bộ Tài chính quy định chi tiết mức thu phí trong lĩnh vực đo "
        "lường.\n"
        "2. Bộ trưởng Bộ Khoa học và Công nghệ quy định chi tiết về mẫu giấy chứng nhận "
        "kiểm định.\n"
    )
    # the circular cited in 1. is no work of the Ministry of Finance
    assert found == [
        ("Bộ Khoa học và Công nghệ", "Quy định chi tiết về mẫu giấy chứng nhận kiểm định."),
    ]


def test_being_overseen_is_no_work() -> None:
    found = _leads_and_actions(
        "Điều 8. Trách nhiệm của Trung tâm Đo lường Việt Nam\n"
        "1. Chịu sự giám sát, kiểm tra của cơ quan chủ quản và chịu sự thanh tra của cơ quan "
        "nhà nước có thẩm quyền đối với công tác tài chính.\n"
        "2. Lập báo cáo tài chính hằng năm gửi Bộ Khoa học và Công nghệ.\n"
    )
    assert [action for _, action in found] == [
        "Lập báo cáo tài chính hằng năm gửi Bộ Khoa học và Công nghệ."
    ]


def test_a_request_file_named_in_a_lead_in_is_no_request() -> None:
    found = _leads_and_actions(
        "Điều 7. Nhận hồ sơ đề nghị cấp giấy phép\n"
        "Trong thời hạn 15 ngày kể từ ngày nhận được hồ sơ yêu cầu cấp giấy phép, Sở Công "
        "Thương có trách nhiệm kiểm tra hồ sơ và thực hiện các công việc sau đây:\n"
        "1. Trường hợp hồ sơ hợp lệ thì thực hiện một trong các thủ tục sau:\n"
        "a) Chuyển hồ sơ cho Hội đồng thẩm định;\n"
        "b) Gửi văn bản thông báo kết quả cho tổ chức đề nghị.\n"
    )
    # "hồ sơ yêu cầu" is a file: the lead-in's subject acts in the items below
    assert [lead for lead, _ in found][-2:] == ["Sở Công Thương", "Sở Công Thương"]
    assert found[-2][1].startswith("Chuyển hồ sơ cho Hội đồng thẩm định")
