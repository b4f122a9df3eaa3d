"""Patterns held-out round 33 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a Government decree
or a provincial plan (the ministry-letter frame of ``test_task_rules``).
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_task_rules import _extract
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
