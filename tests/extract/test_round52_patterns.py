"""Patterns found in held-out round 52 (the Official Gazette's text layer of Government
decrees: procedures whose steps name a body by the work it does in them), each checked on a
text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .test_task_rules import _tasks

_DECREE = """CHÍNH PHỦ
Số: 778/2026/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 14 tháng 4 năm 2026
NGHỊ ĐỊNH
Quy định chi tiết một số điều của Luật Tương trợ tư pháp về hình sự
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Tương trợ tư pháp.
{body}
TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Đặng Văn Khải
"""


def _leads_and_actions(body: str) -> list[tuple[str, str]]:
    extraction = extract_text(_DECREE.format(body=body))
    return [(lead, action) for lead, _force, action, _parent in _tasks(extraction)]


def test_a_body_named_by_its_work_in_a_step_keeps_its_whole_name() -> None:
    found = _leads_and_actions(
        "Điều 12. Cách thức chuyển hồ sơ ủy thác tư pháp\n"
        "1. Trường hợp Việt Nam là nước yêu cầu, cơ quan lập hồ sơ ủy thác tư pháp chuyển "
        "hồ sơ hợp lệ đến Bộ Tư pháp.\n"
        "2. Trường hợp hồ sơ được gửi qua đường ngoại giao, cơ quan tiếp nhận hồ sơ ủy thác "
        "chuyển hồ sơ đến Bộ Tư pháp để xem xét.\n"
        "3. Trường hợp chưa kịp bổ sung tài liệu, cơ quan lập yêu cầu phải thông báo cho Bộ "
        "Tư pháp để đề nghị gia hạn.\n"
    )
    leads = [lead for lead, _ in found]
    assert leads == [
        "cơ quan lập hồ sơ ủy thác tư pháp",
        "cơ quan tiếp nhận hồ sơ ủy thác",
        "cơ quan lập yêu cầu",
    ]
    assert found[0][1].startswith("Chuyển hồ sơ hợp lệ")
    assert found[2][1].startswith("Thông báo cho Bộ Tư pháp")
