"""Patterns found in held-out round 56 (the Official Gazette's text layer of a decree on
science and technology in universities, whose duties sit in lists under lead-ins and
headings of the institutions' roles, and an amending decree), each checked on a text of its
own."""

from __future__ import annotations

from cascade.extract import extract_text

from .test_task_rules import _tasks

_DECREE = """CHÍNH PHỦ
Số: 88/2026/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 14 tháng 5 năm 2026
NGHỊ ĐỊNH
Quy định về hoạt động văn hóa, thể thao trong cơ sở giáo dục nghề nghiệp
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Chính phủ ban hành Nghị định quy định về hoạt động văn hóa, thể thao trong cơ sở giáo dục
nghề nghiệp.
{body}
TM. CHÍNH PHỦ
THỦ TƯỚNG
Trần Văn Khải
"""


def _leads_and_actions(body: str) -> list[tuple[str, str]]:
    extraction = extract_text(_DECREE.format(body=body))
    return [(lead, action) for lead, _force, action, _parent in _tasks(extraction)]


def test_a_heading_of_a_bodys_role_and_duties_gives_it_the_items_below() -> None:
    found = _leads_and_actions(
        "Điều 7. Hợp tác giữa nhà trường và câu lạc bộ thể thao\n"
        "1. Vai trò và trách nhiệm của Nhà nước\n"
        "a) Định hướng hợp tác thông qua các chương trình thể thao quốc gia;\n"
        "b) Tổ chức đặt hàng giải đấu cho cơ sở giáo dục nghề nghiệp.\n"
        "2. Vai trò và nhiệm vụ của câu lạc bộ thể thao\n"
        "a) Chủ động tài trợ trang phục thi đấu cho đội tuyển của nhà trường;\n"
        "b) Tiếp nhận người học tập luyện tại sân vận động của câu lạc bộ.\n"
        "3. Vai trò, nhiệm vụ của cơ sở giáo dục nghề nghiệp\n"
        "a) Cử huấn luyện viên tham gia đội tuyển thể thao;\n"
        "b) Bố trí nhà thi đấu cho các giải đấu.\n"
    )
    assert (
        "câu lạc bộ thể thao",
        "Tiếp nhận người học tập luyện tại sân vận động của câu lạc bộ.",
    ) in found
    assert ("cơ sở giáo dục nghề nghiệp", "Bố trí nhà thi đấu cho các giải đấu.") in found
    assert len(found) == 4  # the State as a whole is no body: its acts go to the ministries


def test_a_kind_of_body_opening_a_lead_in_acts_in_the_items_below() -> None:
    found = _leads_and_actions(
        "Điều 4. Hoạt động thể thao\n"
        "1. Ngoài các hoạt động quy định tại Điều 3 Nghị định này, cơ sở giáo dục nghề "
        "nghiệp tổ chức thực hiện một số hoạt động thể thao sau đây:\n"
        "a) Xây dựng đội tuyển bóng chuyền của nhà trường;\n"
        "b) Tổ chức giải chạy việt dã cho người học.\n"
        "2. Cơ sở giáo dục nghề nghiệp thúc đẩy phong trào rèn luyện thân thể thông qua các "
        "hoạt động sau đây:\n"
        "a) Ban hành quy chế sử dụng nhà thi đấu;\n"
        "b) Hỗ trợ kinh phí tập huấn cho huấn luyện viên.\n"
        "Điều 5. Quy trình đăng ký giải đấu\n"
        "Cơ sở giáo dục nghề nghiệp đăng cai thực hiện các bước sau:\n"
        "1. Tiếp nhận và tổng hợp hồ sơ đăng ký.\n"
        "2. Phê duyệt danh sách đội thi đấu.\n"
        "Điều 6. Tiếp nhận và tổng hợp hồ sơ đăng ký\n"
        "Phòng Công tác học sinh tiếp nhận hồ sơ đăng ký của các đội.\n"
        "Điều 7. Phê duyệt danh sách đội thi đấu\n"
        "Hiệu trưởng phê duyệt danh sách đội thi đấu.\n"
    )
    assert ("cơ sở giáo dục nghề nghiệp", "Tổ chức giải chạy việt dã cho người học.") in found
    assert ("Cơ sở giáo dục nghề nghiệp", "Ban hành quy chế sử dụng nhà thi đấu") in found
    # the steps Điều 5 lists are the titles of the articles that set them out: an outline
    assert not [action for _lead, action in found if action.startswith(("Tiếp nhận và", "Phê"))]


def test_a_body_named_by_the_one_it_stands_above_keeps_that_in_its_name() -> None:
    found = _leads_and_actions(
        "Điều 8. Kiểm tra, giám sát\n"
        "1. Cơ quan quản lý cấp trên của cơ sở giáo dục nghề nghiệp thực hiện việc thanh "
        "tra hoạt động thể thao theo thẩm quyền.\n"
        "2. Cơ quan quản lý trực tiếp của nhà trường có trách nhiệm thẩm định kế hoạch thi "
        "đấu.\n"
        "3. Cơ sở giáo dục nghề nghiệp báo cáo cơ quan quản lý trực tiếp kết quả thi đấu.\n"
    )
    assert (
        "Cơ quan quản lý cấp trên của cơ sở giáo dục nghề nghiệp",
        "Thực hiện việc thanh tra hoạt động thể thao theo thẩm quyền.",
    ) in found
    assert ("Cơ quan quản lý trực tiếp của nhà trường", "Thẩm định kế hoạch thi đấu.") in found
    assert (
        "Cơ sở giáo dục nghề nghiệp",
        "Báo cáo cơ quan quản lý trực tiếp kết quả thi đấu.",
    ) in found
