"""Patterns found in held-out round 58 (the Official Gazette's text layer of a joint circular
of five bodies on coordinating the handling of sexual abuse of persons under 18: steps of the
investigator, the prosecutor and the forensic examiner by their role in the procedure), each
checked on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .test_task_rules import _tasks

_JOINT = """VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - BỘ CÔNG AN
Số: 03/2026/TTLT-VKSNDTC-BCA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 5 năm 2026
THÔNG TƯ LIÊN TỊCH
Quy định về phối hợp trong điều tra các vụ án buôn lậu qua biên giới
Viện trưởng Viện kiểm sát nhân dân tối cao, Bộ trưởng Bộ Công an liên tịch ban hành quy
định về phối hợp trong điều tra các vụ án buôn lậu qua biên giới.
{body}
KT. VIỆN TRƯỞNG
PHÓ VIỆN TRƯỞNG

Trần Văn Khải
"""


def test_persons_conducting_the_proceeding_take_their_steps() -> None:
    body = (
        "Điều 5. Phối hợp khi khám xét kho hàng\n"
        "1. Kiểm sát viên kiểm tra chặt chẽ biên bản khám xét của Điều tra viên.\n"
        "2. Giám định viên gửi kết luận giám định hàng hóa cho Điều tra viên.\n"
        "3. Điều tra viên có trách nhiệm lập biên bản niêm phong hàng hóa tạm giữ.\n"
    )
    tasks = _tasks(extract_text(_JOINT.format(body=body)))
    leads = {(lead, action.split()[0].lower()) for lead, _, action, _ in tasks}
    assert ("Kiểm sát viên", "kiểm") in leads
    assert ("Giám định viên", "gửi") in leads
    assert ("Điều tra viên", "lập") in leads


def test_a_joint_number_broken_after_a_hyphen_is_read_whole() -> None:
    text = _JOINT.replace(
        "Số: 03/2026/TTLT-VKSNDTC-BCA", "Số: 03/2026/TTLT-VKSNDTC-\nBCA-BTC-BCT"
    ).format(body="Điều 1. Phạm vi\nThông tư liên tịch này quy định việc phối hợp.\n")
    document = extract_text(text).cascade.documents[0]
    assert document.identifier == "03/2026/TTLT-VKSNDTC-BCA-BTC-BCT"
