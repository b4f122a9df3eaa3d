"""Patterns found in held-out round 52 (the Official Gazette's text layer of Government
decrees: procedures whose steps name a body by the work it does in them), each checked on a
text of its own."""

from __future__ import annotations

from .test_round51_patterns import _leads_and_actions


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
