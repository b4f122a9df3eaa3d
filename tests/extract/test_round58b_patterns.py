"""Patterns found in held-out round 58, second pass (a joint circular on coordinating
criminal proceedings: articles that cite the code's articles across a line break, steps of
the persons conducting the proceeding by their function, bodies by a short name), each
checked on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .test_task_rules import _tasks

_JOINT = """VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - BỘ TƯ PHÁP
Số: 07/2026/TTLT-VKSNDTC-BTP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 03 tháng 8 năm 2026
THÔNG TƯ LIÊN TỊCH
Quy định về phối hợp trong thi hành án tử hình và án treo
Viện trưởng Viện kiểm sát nhân dân tối cao, Bộ trưởng Bộ Tư pháp liên tịch ban hành quy
định về phối hợp trong thi hành án tử hình và án treo.
{body}
KT. VIỆN TRƯỞNG
PHÓ VIỆN TRƯỞNG

Lê Quang Thành
"""


def _leads(body: str) -> set[tuple[str, str]]:
    """(lead, the action's first word) per obligation of a joint circular with ``body``."""
    tasks = _tasks(extract_text(_JOINT.format(body=body)))
    return {(lead, action.split()[0].lower()) for lead, _, action, _ in tasks}


def test_persons_by_function_take_the_words_after_them_as_their_step() -> None:
    body = (
        "Điều 6. Phối hợp khi thẩm tra hồ sơ\n"
        "1. Thư ký Tòa án đối chiếu biên bản phiên họp với bản ghi âm.\n"
        "2. Kiểm sát viên phải có mặt để giám sát việc niêm phong.\n"
        "3. Trường hợp hồ sơ còn thiếu thì Thẩm phán yêu cầu Chấp hành viên gửi bổ sung.\n"
        "4. Cán bộ điều tra có thể mời người phiên dịch tham gia.\n"
    )
    leads = _leads(body)
    assert ("Thư ký Tòa án", "đối") in leads
    assert ("Kiểm sát viên", "có") in leads
    assert ("Thẩm phán", "yêu") in leads
    assert not {lead for lead, _ in leads} & {"Cán bộ điều tra", "Chấp hành viên"}


def test_a_case_opening_with_if_before_a_person_by_function() -> None:
    body = (
        "Điều 7. Phối hợp khi xét đặc xá\n"
        "1. Nếu thấy hồ sơ đề nghị đặc xá còn thiếu, Thẩm tra viên trực tiếp xác minh lại.\n"
        "2. Nếu thấy danh sách chưa rõ thì Thư ký Tòa án tiếp tục đối chiếu với bản án.\n"
        "3. Nếu người được đặc xá ốm nặng thì mời và phối hợp với cha, mẹ, người đang có"
        " trách nhiệm quản lý, chăm sóc, nuôi dưỡng người đó tham gia hỗ trợ.\n"
    )
    tasks = _tasks(extract_text(_JOINT.format(body=body)))
    leads = {(lead, action.split()[0].lower()) for lead, _, action, _ in tasks}
    assert ("Thẩm tra viên", "trực") in leads
    assert ("Thư ký Tòa án", "tiếp") in leads
    assert all(not lead.startswith("người") for lead, _ in leads)
