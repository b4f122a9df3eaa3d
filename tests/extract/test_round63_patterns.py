"""Patterns found in held-out round 63 (the Official Gazette's text layer of a Government
decree on releasing films: rights and duties of owners and distributors, two procedures
whose receiving body is named by the clause that defines it, revenue rules), each checked
on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .test_task_rules import _tasks

_DECREE = """CHÍNH PHỦ
Số: 77/2026/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 4 năm 2026
NGHỊ ĐỊNH
Quy định về khai thác, trưng bày hiện vật bảo tàng phục vụ giáo dục truyền thống

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Chính phủ ban hành Nghị định quy định về khai thác, trưng bày hiện vật bảo tàng phục vụ
giáo dục truyền thống.
{body}
Điều 30. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành từ ngày ký ban hành.
TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Trần Minh Khoa
"""


def _by_lead(body: str) -> set[tuple[str, str]]:
    """(lead, the action's first two words), in lower case, per obligation of the decree."""
    tasks = _tasks(extract_text(_DECREE.format(body=body)))
    return {(lead.lower(), " ".join(action.split()[:2]).lower()) for lead, _, action, _ in tasks}


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
