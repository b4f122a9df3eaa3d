"""Patterns found in held-out round 55 (the Official Gazette's text layer of two ministries'
circulars: rules on protecting state secrets whose steps go to whoever drafts, sends,
receives or keeps a paper, and a circular on the funds for law-making with spending-norm
tables annexed), each checked on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .test_task_rules import _tasks

_CIRCULAR = """BỘ NỘI VỤ
Số: 27/2026/TT-BNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 14 tháng 5 năm 2026
THÔNG TƯ
Ban hành Quy chế quản lý hồ sơ mật của Bộ Nội vụ
Căn cứ Luật Lưu trữ số 33/2024/QH15;
Bộ trưởng Bộ Nội vụ ban hành Thông tư ban hành Quy chế quản lý hồ sơ mật.
{body}
BỘ TRƯỞNG
Trần Văn Khải
{annex}"""


def _leads_and_actions(body: str, annex: str = "") -> list[tuple[str, str]]:
    extraction = extract_text(_CIRCULAR.format(body=body, annex=annex))
    return [(lead, action) for lead, _force, action, _parent in _tasks(extraction)]


def test_a_party_named_by_its_part_in_a_procedure_keeps_the_part_in_its_name() -> None:
    found = _leads_and_actions(
        "Điều 5. Giao nhận hồ sơ mật\n"
        "1. Người lập, sao lưu hồ sơ thuộc danh sách hồ sơ mật phải đề xuất người có thẩm "
        "quyền đánh số hồ sơ.\n"
        "2. Nơi gửi và nơi nhận hồ sơ mật phải đối chiếu số trang của hồ sơ.\n"
        "3. Sau khi có quyết định thay đổi độ mật, cơ quan, đơn vị thay đổi độ mật phải đóng "
        "dấu lại trên bìa hồ sơ.\n"
        "4. Đơn vị chủ trì đề tài nghiên cứu có sử dụng hồ sơ mật có trách nhiệm chuyển hồ sơ "
        "về kho lưu trữ khi kết thúc đề tài.\n"
        "5. Người đứng đầu cơ quan, đơn vị tổ chức hội thảo có trách nhiệm đề nghị Văn phòng "
        "Bộ bố trí phòng họp.\n"
        "6. Người giữ hồ sơ mật phải có văn bản xin phép người có thẩm quyền trước khi mang "
        "hồ sơ đi công tác.\n"
        "7. Các đơn vị không phải nộp lại bản sao đã hủy.\n"
    )
    assert (
        "Người lập, sao lưu hồ sơ thuộc danh sách hồ sơ mật",
        "Đề xuất người có thẩm quyền đánh số hồ sơ.",
    ) in found
    assert ("Nơi gửi", "Đối chiếu số trang của hồ sơ.") in found
    assert ("nơi nhận hồ sơ mật", "Đối chiếu số trang của hồ sơ.") in found
    assert ("cơ quan, đơn vị thay đổi độ mật", "Đóng dấu lại trên bìa hồ sơ.") in found
    assert (
        "Đơn vị chủ trì đề tài nghiên cứu có sử dụng hồ sơ mật",
        "Chuyển hồ sơ về kho lưu trữ khi kết thúc đề tài.",
    ) in found
    assert ("cơ quan, đơn vị tổ chức hội thảo", "Đề nghị Văn phòng Bộ bố trí phòng họp.") in found
    # an applicant's own step, and a relief, are no one's task
    assert not [lead for lead, _action in found if lead.startswith(("Người giữ", "Các đơn vị"))]
