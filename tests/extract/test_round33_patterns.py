"""Patterns held-out round 33 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a Government decree
or a provincial plan (the ministry-letter frame of ``test_task_rules``).
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_task_rules import _extract, _leads
from .test_task_rules import _tasks as _full_tasks

DECREE = """CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 415/2026/NĐ-CP
Hà Nội, ngày 12 tháng 3 năm 2026
NGHỊ ĐỊNH
Quy định về quản lý kho lưu trữ số quốc gia
Căn cứ Luật Lưu trữ số 33/2024/QH15;
Theo đề nghị của Bộ trưởng Bộ Nội vụ;
{body}
Nơi nhận:
- Các bộ, cơ quan ngang bộ;
- Lưu: VT, KGVX.
TM. CHÍNH PHỦ
THỦ TƯỚNG
Lê Văn Thành
"""


def test_a_decree_enacting_itself_and_its_execution_formula_are_no_tasks() -> None:
    # "Chính phủ ban hành Nghị định …" enacts the text; "… chịu trách nhiệm thi hành Nghị
    # định này" says who carries it out: neither is work, as for a decision or a circular
    body = (
        "Chính phủ ban hành Nghị định quy định về quản lý kho lưu trữ số quốc gia.\n"
        "Chương I\n"
        "QUY ĐỊNH CHUNG\n"
        "Điều 8. Trách nhiệm của Bộ Nội vụ\n"
        "Bộ Nội vụ hướng dẫn việc số hóa tài liệu lưu trữ.\n"
        "Điều 9. Hiệu lực thi hành\n"
        "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh và tổ "
        "chức, cá nhân có liên quan chịu trách nhiệm thi hành Nghị định này.\n"
    )
    tasks = _full_tasks(extract_text(DECREE.format(body=body)))
    assert [(lead, action[:20]) for lead, _, action, _ in tasks] == [
        ("Bộ Nội vụ", "Hướng dẫn việc số hó")
    ]


def test_a_remit_named_in_general_is_no_task() -> None:
    # "thực hiện chức năng, nhiệm vụ theo thẩm quyền được giao", "các nhiệm vụ khác theo
    # quy định …", "quyền và nghĩa vụ của cơ quan chủ quản …": the body's remit, not work
    body = (
        "Điều 12. Trách nhiệm của các cơ quan\n"
        "1. Trách nhiệm của Sở Văn hóa và Thể thao:\n"
        "a) Thẩm định hồ sơ công nhận di tích cấp tỉnh;\n"
        "b) Thực hiện quyền và nghĩa vụ của cơ quan chủ quản Bảo tàng tỉnh;\n"
        "c) Thực hiện các nhiệm vụ khác do Ủy ban nhân dân tỉnh giao.\n"
        "2. Các sở, ngành khác thực hiện chức năng, nhiệm vụ theo thẩm quyền được giao.\n"
    )
    tasks = _full_tasks(_extract(body))
    assert [(lead, action[:20]) for lead, _, action, _ in tasks] == [
        ("Sở Văn hóa và Thể thao", "Thẩm định hồ sơ công")
    ]


def test_a_head_the_decree_defines_as_a_short_name_is_that_body() -> None:
    # "Quỹ bảo tồn di sản văn hóa (sau đây gọi là Quỹ)": "Quỹ" alone, and "Giám đốc Quỹ",
    # are that fund; another fund named in full stays another body
    body = (
        "Chính phủ ban hành Nghị định quy định về Quỹ bảo tồn di sản văn hóa.\n"
        "Chương I\n"
        "QUY ĐỊNH CHUNG\n"
        "Điều 1. Phạm vi điều chỉnh\n"
        "Nghị định này quy định về Quỹ bảo tồn di sản văn hóa (sau đây gọi là Quỹ).\n"
        "Điều 5. Chế độ kế toán\n"
        "1. Quỹ tổ chức công tác kế toán theo quy định của pháp luật về kế toán.\n"
        "2. Quỹ mở tài khoản tại Kho bạc Nhà nước để tiếp nhận khoản tài trợ.\n"
        "3. Quỹ bảo tồn di sản địa phương lập báo cáo tài chính hằng quý.\n"
        "Điều 7. Tiếp nhận tài trợ\n"
        "Trường hợp khoản tài trợ kèm theo điều kiện, Giám đốc Quỹ có văn bản báo cáo "
        "Bộ Văn hóa, Thể thao và Du lịch.\n"
    )
    tasks = _full_tasks(extract_text(DECREE.format(body=body)))
    fund = "Quỹ bảo tồn di sản văn hóa"
    assert [(lead, action[:20]) for lead, _, action, _ in tasks] == [
        (fund, "Tổ chức công tác kế "),
        (fund, "Mở tài khoản tại Kho"),
        ("Quỹ bảo tồn di sản địa phương", "Lập báo cáo tài chín"),
        (fund, "Có văn bản báo cáo B"),
    ]


def test_a_numbered_title_on_a_bodys_duties_leads_its_items_and_its_powers_do_not() -> None:
    # "1. Nhiệm vụ của Trung tâm" over lettered duties, "2. Quyền hạn của Trung tâm" over
    # powers: the first names the lead of its items, the second gives no work
    body = (
        "Điều 6. Nhiệm vụ và quyền hạn của Trung tâm Lưu trữ tỉnh\n"
        "1. Nhiệm vụ của Trung tâm Lưu trữ tỉnh\n"
        "a) Thu thập, chỉnh lý tài liệu lưu trữ của các sở, ngành;\n"
        "b) Báo cáo Sở Nội vụ về tình hình bảo quản tài liệu.\n"
        "2. Quyền hạn của Trung tâm Lưu trữ tỉnh\n"
        "a) Được từ chối tiếp nhận tài liệu chưa chỉnh lý;\n"
        "b) Được thuê chuyên gia tham gia chỉnh lý tài liệu.\n"
    )
    centre = "Trung tâm Lưu trữ tỉnh"
    assert _leads(body) == [
        (centre, "Thu thập, chỉnh lý t"),
        (centre, "Báo cáo Sở Nội vụ về"),
    ]


def test_duties_that_only_match_the_bodys_aims_are_no_task() -> None:
    # "Thực hiện các nhiệm vụ phù hợp với mục tiêu hoạt động của …": the aims restated
    body = (
        "1. Trách nhiệm của Trung tâm Lưu trữ tỉnh:\n"
        "a) Thực hiện các nhiệm vụ phù hợp với mục tiêu hoạt động của Trung tâm;\n"
        "b) Số hóa tài liệu lưu trữ có giá trị vĩnh viễn.\n"
    )
    assert _leads(body) == [("Trung tâm Lưu trữ tỉnh", "Số hóa tài liệu lưu ")]


def _roles(body: str) -> list[tuple[str, list[str], str]]:
    cascade = _extract(body).cascade
    names = {o.id: o.name for o in cascade.organisations} | {g.id: g.name for g in cascade.groups}
    return [
        (names[ob.lead], [names[c] for c in ob.coordinators], ob.action)
        for ob in cascade.obligations
    ]


def test_a_bare_lead_with_partners_over_bullets_naming_the_partners() -> None:
    # "b) Chủ trì, phối hợp" alone over "- Sở X và … <work>": the section's body leads each
    # bullet's work, the bodies the bullet opens with are its partners
    body = (
        "1. Sở Y tế\n"
        "a) Hướng dẫn các cơ sở khám bệnh thực hiện Kế hoạch.\n"
        "b) Chủ trì, phối hợp\n"
        "- Sở Tài chính và các đơn vị liên quan tham mưu bố trí kinh phí cho Kế hoạch.\n"
        "- Sở Nội vụ rà soát biên chế của các trung tâm y tế.\n"
    )
    roles = _roles(body)
    assert [(lead, partners) for lead, partners, _ in roles] == [
        ("Sở Y tế", []),
        ("Sở Y tế", ["Sở Tài chính", "các đơn vị liên quan"]),
        ("Sở Y tế", ["Sở Nội vụ"]),
    ]
    assert "tham mưu bố trí kinh phí" in roles[1][2]
    assert "rà soát biên chế" in roles[2][2]


def test_the_things_a_lead_in_asks_to_be_decided_are_no_tasks() -> None:
    # "Tham mưu … trình Hội đồng nhân dân tỉnh quyết định:" over noun phrases: one task,
    # its items what the council is to decide
    body = (
        "1. Sở Tài chính\n"
        "a) Tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh quyết định:\n"
        "- Mức hỗ trợ từ ngân sách tỉnh cho các xã đạt chuẩn văn hóa;\n"
        "- Nguyên tắc, tiêu chí phân bổ kinh phí thực hiện Đề án.\n"
        "b) Hướng dẫn các xã quyết toán kinh phí.\n"
    )
    assert _leads(body) == [
        ("Sở Tài chính", "Tham mưu Ủy ban nhân"),
        ("Sở Tài chính", "Hướng dẫn các xã quy"),
    ]


def test_projects_named_by_number_and_quoted_title_are_no_tasks() -> None:
    # "- Dự án 3: “…”." under a lead-in that carries out the projects: names, not work
    body = (
        "1. Sở Nông nghiệp và Môi trường\n"
        "a) Tổ chức thực hiện các dự án thành phần do Bộ chủ trì:\n"
        "- Dự án 3: “Phát triển vùng trồng dược liệu an toàn”.\n"
        "- Tiểu dự án 1 (Dự án 6): “Nâng cao năng lực khuyến nông cơ sở”.\n"
        "b) Hướng dẫn các xã xây dựng mô hình trồng dược liệu.\n"
    )
    assert _leads(body) == [
        ("Sở Nông nghiệp và Môi trường", "Tổ chức thực hiện cá"),
        ("Sở Nông nghiệp và Môi trường", "Hướng dẫn các xã xây"),
    ]


def test_keeping_and_commending_open_parts_of_work() -> None:
    # "giữ vững …" and "biểu dương, khen thưởng …" after ";" are works of their own
    body = (
        "1. Sở Văn hóa và Thể thao tuyên truyền phòng, chống bạo lực gia đình; giữ vững "
        "danh hiệu thôn văn hóa; kịp thời biểu dương, khen thưởng các gia đình tiêu biểu.\n"
    )
    assert [action for _, action in _leads(body)] == [
        "Tuyên truyền phòng, ",
        "Giữ vững danh hiệu t",
        "Kịp thời biểu dương,",
    ]
