"""Patterns found in held-out round 63 (the Official Gazette's text layer of a Government
decree on releasing films: rights and duties of owners and distributors, two procedures
whose receiving body is named by the clause that defines it, revenue rules), each checked
on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import by_lead, decree
from .test_task_rules import _tasks


def _decree(body: str) -> str:
    return decree(
        body,
        number="77/2026/NĐ-CP",
        date="ngày 20 tháng 4 năm 2026",
        title="Quy định về khai thác, trưng bày hiện vật bảo tàng phục vụ giáo dục truyền thống",
        signer="Trần Minh Khoa",
    )


def _by_lead(body: str) -> set[tuple[str, str]]:
    return by_lead(_decree(body))


def test_duties_left_open_and_the_law_s_conditions_are_no_work() -> None:
    body = (
        "Điều 5. Trách nhiệm của tổ chức trưng bày\n"
        "1. Trách nhiệm của Trung tâm Bảo tồn di sản Hoa Sen:\n"
        "a) Bảo đảm đáp ứng điều kiện trưng bày hiện vật tương ứng với từng loại hình\n"
        "trưng bày theo quy định của pháp luật về di sản văn hóa;\n"
        "b) Lập sổ theo dõi hiện vật được khai thác, trưng bày;\n"
        "c) Thực hiện các nghĩa vụ khác theo quy định của pháp luật về di sản văn hóa và\n"
        "theo hợp đồng đã ký kết.\n"
    )
    found = _by_lead(body)
    assert ("trung tâm bảo tồn di sản hoa sen", "lập sổ") in found
    assert ("trung tâm bảo tồn di sản hoa sen", "bảo đảm") not in found
    assert ("trung tâm bảo tồn di sản hoa sen", "thực hiện") not in found


def test_a_duties_list_named_nghia_vu_leads_its_items() -> None:
    body = (
        "Điều 6. Quyền và nghĩa vụ của đồng chủ sở hữu hiện vật\n"
        "1. Quyền của đồng chủ sở hữu hiện vật:\n"
        "a) Quyết định việc cho mượn hiện vật để trưng bày;\n"
        "b) Được hưởng phần thu từ việc trưng bày theo tỷ lệ đã thỏa thuận.\n"
        "2. Nghĩa vụ của đồng chủ sở hữu hiện vật:\n"
        "a) Lưu giữ hồ sơ hiện vật và kết quả giám định;\n"
        "b) Niêm yết danh sách hiện vật trên trang thông tin điện tử của bảo tàng.\n"
        "Điều 7. Quyền và nghĩa vụ của cơ quan quản lý hiện vật\n"
        "1. Quyền của cơ quan quản lý hiện vật:\n"
        "a) Phê duyệt phương án trưng bày hiện vật.\n"
        "2. Nghĩa vụ của cơ quan quản lý hiện vật:\n"
        "a) Kiểm kê, đánh giá tình trạng hiện vật hằng năm;\n"
        "b) Thực hiện các nghĩa vụ khác theo quy định của pháp luật.\n"
    )
    found = _by_lead(body)
    assert ("đồng chủ sở hữu hiện vật", "lưu giữ") in found
    assert ("đồng chủ sở hữu hiện vật", "niêm yết") in found
    assert ("cơ quan quản lý hiện vật", "kiểm kê,") in found
    assert not any(action in {"quyết định", "phê duyệt"} for _, action in found)


def test_bodies_named_by_the_clause_that_defines_them_take_the_steps() -> None:
    body = (
        "Điều 9. Trình tự cho mượn hiện vật\n"
        "1. Trường hợp hồ sơ chưa đầy đủ, cơ quan quy định tại khoản 2 Điều 4 hoặc tổ chức,\n"
        "cá nhân quy định tại khoản 3 Điều 6 Nghị định này có văn bản yêu cầu bổ sung hồ sơ\n"
        "trong thời gian 03 ngày làm việc kể từ ngày nhận được hồ sơ.\n"
        "2. Trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ, cơ quan quản lý hiện\n"
        "vật quy định tại khoản 2 Điều 4 thẩm định phương án trưng bày; trường hợp không\n"
        "chấp thuận phải trả lời bằng văn bản và nêu rõ lý do.\n"
    )
    found = _by_lead(body)
    assert ("cơ quan quy định tại khoản 2 điều 4", "có văn") in found
    assert ("tổ chức, cá nhân quy định tại khoản 3 điều 6 nghị định này", "có văn") in found
    assert ("cơ quan quản lý hiện vật quy định tại khoản 2 điều 4", "thẩm định") in found
    assert ("cơ quan quản lý hiện vật quy định tại khoản 2 điều 4", "trả lời") in found


def test_grounds_and_their_purpose_after_a_body_named_by_its_work() -> None:
    body = (
        "Điều 11. Điều chỉnh phương án trưng bày\n"
        "1. Tổ chức, cá nhân gửi văn bản đề nghị điều chỉnh phương án trưng bày.\n"
        "2. Cơ quan tiếp nhận văn bản đề nghị căn cứ quy định tại Điều 9 Nghị định này để\n"
        "xem xét điều chỉnh phương án trưng bày.\n"
    )
    tasks = _tasks(extract_text(_decree(body)))
    found = {(lead.lower(), action.split(" để ")[0].lower()) for lead, _, action, _ in tasks}
    grounds = "căn cứ quy định tại điều 9 nghị định này"
    assert ("cơ quan tiếp nhận văn bản đề nghị", grounds) in found


def test_co_nghia_vu_is_a_word_of_duty() -> None:
    body = (
        "Điều 12. Hiện vật Nhà nước nhận chuyển giao\n"
        "1. Trường hợp Nhà nước nhận chuyển giao hiện vật bằng ngân sách nhà nước mà khi\n"
        "trưng bày phát sinh nguồn thu thì tỷ lệ phân chia áp dụng theo thỏa thuận. Cơ quan\n"
        "nhận chuyển giao có nghĩa vụ nộp vào ngân sách nhà nước phần thu sau khi đã trừ\n"
        "các khoản phí phải nộp theo quy định.\n"
        "2. Sở Văn hóa và Thể thao có nghĩa vụ lập sổ theo dõi hiện vật được chuyển giao.\n"
    )
    found = _by_lead(body)
    assert ("cơ quan nhận chuyển giao", "nộp vào") in found
    assert ("sở văn hóa và thể thao", "lập sổ") in found
