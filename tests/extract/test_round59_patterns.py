"""Patterns found in held-out round 59 (the Official Gazette's text layer of a ministry's
circular guiding the duties of the provincial department and the district office of its
sector: one chapter per body, its duty article naming no one), each checked on a text of
its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .test_task_rules import _tasks

_GUIDE = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 07/2026/TT-BVHTTDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 14 tháng 4 năm 2026
THÔNG TƯ
Hướng dẫn nhiệm vụ, quyền hạn của Sở Du lịch và Phòng Văn hóa và Thông tin

Căn cứ Nghị định số 31/2025/NĐ-CP ngày 10 tháng 3 năm 2025 của Chính phủ;
Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch ban hành Thông tư hướng dẫn nhiệm vụ, quyền hạn
của Sở Du lịch thuộc Ủy ban nhân dân cấp tỉnh và Phòng Văn hóa và Thông tin thuộc Ủy ban
nhân dân cấp huyện.
{body}
BỘ TRƯỞNG

Lê Minh Khoa
"""


def _department_actions(body: str) -> list[str]:
    """The actions the guide's body gives the provincial department of tourism."""
    tasks = _tasks(extract_text(_GUIDE.format(body=body)))
    return [action for lead, _, action, _ in tasks if lead == "Sở Du lịch"]


def test_a_chapter_titled_with_a_body_owns_its_duty_article() -> None:
    body = (
        " \nChương I \n"
        "SỞ DU LỊCH\n\n"
        "Điều 1. Vị trí và chức năng\n"
        "1. Sở Du lịch là cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh.\n"
        "2. Sở Du lịch có tư cách pháp nhân, có con dấu và tài khoản riêng.\n"
        "Điều 2. Nhiệm vụ và quyền hạn\n"
        "1. Trình Ủy ban nhân dân cấp tỉnh:\n"
        "a) Dự thảo kế hoạch phát triển du lịch cộng đồng trên địa bàn tỉnh;\n"
        "b) Dự thảo quyết định phân cấp quản lý các khu điểm du lịch.\n"
        "2. Hướng dẫn, kiểm tra việc xếp hạng cơ sở lưu trú du lịch trên địa bàn.\n"
        "3. Tổ chức quảng bá sản phẩm du lịch của tỉnh tại các hội chợ trong nước.\n"
        " \nChương II \n"
        "PHÒNG VĂN HÓA VÀ THÔNG TIN\n\n"
        "Điều 3. Vị trí và chức năng\n"
        "1. Phòng Văn hóa và Thông tin là cơ quan chuyên môn thuộc Ủy ban nhân dân cấp huyện.\n"
        "Điều 4. Nhiệm vụ, quyền hạn\n"
        "1. Theo dõi hoạt động của các điểm du lịch trên địa bàn huyện.\n"
        "2. Tổng hợp số liệu khách du lịch gửi Sở Du lịch.\n"
        " \nChương III \n"
        "TỔ CHỨC THỰC HIỆN\n\n"
        "Điều 5. Hiệu lực thi hành\n"
        "Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 6 năm 2026.\n"
    )
    tasks = _tasks(extract_text(_GUIDE.format(body=body)))
    leads = {(lead, " ".join(action.split()[:2]).lower()) for lead, _, action, _ in tasks}
    for lead, opening in (
        ("Sở Du lịch", "dự thảo"),
        ("Sở Du lịch", "hướng dẫn,"),
        ("Sở Du lịch", "tổ chức"),
        ("Phòng Văn hóa và Thông tin", "theo dõi"),
        ("Phòng Văn hóa và Thông tin", "tổng hợp"),
    ):
        assert (lead, opening) in leads
    # the bodies' description is no task
    assert not any(opening == "sở du" for _, opening in leads)


def test_a_submission_over_drafts_is_no_task_of_its_own() -> None:
    body = (
        " \nChương I \nSỞ DU LỊCH \n \n"
        "Điều 1. Nhiệm vụ và quyền hạn\n"
        "1. Trình Chủ tịch Ủy ban nhân dân cấp tỉnh:\n"
        "a) Dự thảo quyết định công nhận điểm du lịch cấp tỉnh;\n"
        "b) Dự thảo kế hoạch tổ chức lễ hội du lịch biển hằng năm.\n"
        "2. Tổ chức quảng bá sản phẩm du lịch của tỉnh tại các hội chợ trong nước.\n"
    )
    actions = _department_actions(body)
    assert sum(action.startswith("Dự thảo") for action in actions) == 2
    assert not any(action.startswith("Trình") for action in actions)


def test_parts_opening_on_inform_fight_or_collect_are_tasks() -> None:
    body = (
        " \nChương I \nSỞ DU LỊCH \n \n"
        "Điều 1. Nhiệm vụ và quyền hạn\n"
        "1. Tổ chức thực hiện các đề án du lịch sau khi được phê duyệt; thông tin, phổ biến "
        "hình ảnh du lịch của tỉnh.\n"
        "2. Kiểm tra hoạt động lữ hành; phòng, chống tiêu cực trong kinh doanh lữ hành.\n"
        "3. Tổ chức thống kê lượt khách; thu thập, xử lý số liệu về doanh thu du lịch.\n"
    )
    actions = _department_actions(body)
    for opening in ("thông tin, phổ biến", "phòng, chống tiêu cực", "thu thập, xử lý"):
        assert any(action.lower().startswith(opening) for action in actions), opening


def test_topics_listed_after_about_stay_with_their_work() -> None:
    body = (
        " \nChương I \nSỞ DU LỊCH \n \n"
        "Điều 1. Nhiệm vụ và quyền hạn\n"
        "1. Hướng dẫn và tổ chức thực hiện các chương trình, đề án về: du lịch cộng đồng; "
        "phát triển sản phẩm du lịch đêm; xây dựng điểm đến an toàn, thân thiện; Tuần lễ "
        "du lịch biển.\n"
        "2. Tổ chức quảng bá sản phẩm du lịch của tỉnh tại các hội chợ trong nước.\n"
    )
    actions = _department_actions(body)
    assert any(action.startswith("Hướng dẫn") and "Tuần lễ" in action for action in actions)
    assert not any(action.lower().startswith("xây dựng điểm") for action in actions)


def test_other_duties_handed_by_two_bodies_are_no_task() -> None:
    body = (
        " \nChương I \nSỞ DU LỊCH \n \n"
        "Điều 1. Nhiệm vụ và quyền hạn\n"
        "1. Tổ chức quảng bá sản phẩm du lịch của tỉnh tại các hội chợ trong nước.\n"
        "2. Thực hiện các nhiệm vụ khác do Ủy ban nhân dân cấp tỉnh, Chủ tịch Ủy ban nhân dân "
        "cấp tỉnh giao hoặc ủy quyền và theo quy định của pháp luật.\n"
    )
    actions = _department_actions(body)
    assert any(action.startswith("Tổ chức quảng bá") for action in actions)
    assert not any("nhiệm vụ khác" in action for action in actions)


def test_a_part_in_doing_something_stays_with_its_work() -> None:
    body = (
        " \nChương I \nSỞ DU LỊCH \n \n"
        "Điều 1. Nhiệm vụ và quyền hạn\n"
        "1. Hướng dẫn thực hiện chế độ đối với người lao động trong cơ sở lưu trú du lịch; "
        "trong sắp xếp, cổ phần hóa các khách sạn nhà nước.\n"
        "2. Tổ chức quảng bá sản phẩm du lịch của tỉnh tại các hội chợ trong nước.\n"
    )
    actions = _department_actions(body)
    assert any(action.startswith("Hướng dẫn") and "cổ phần hóa" in action for action in actions)
    assert not any(action.lower().startswith("sắp xếp") for action in actions)
