"""Deadlines that wait for an event, read where the seen sets' golds agree (second deadline
round), each on a text of its own in the same shape."""

from __future__ import annotations

from cascade.extract import extract_text
from cascade.extract.deadlines import find_deadline
from cascade.extract.evaluate import deadline_repr

from .decree_frame import decree


def _deadlines(body: str) -> list[tuple[str, str, str]]:
    """(lead, the action's first three words, deadline as golds write it) per obligation of
    the decree around ``body``."""
    text = decree(
        body,
        number="41/2026/NĐ-CP",
        date="ngày 12 tháng 3 năm 2026",
        title="Quy định về quản lý kho dữ liệu nông sản",
        signer="Trần Văn Minh",
    )
    return [
        (ob.lead, " ".join(str(ob.action).split()[:3]).lower(), deadline_repr(ob.deadline))
        for ob in extract_text(text).cascade.obligations
    ]


def test_work_in_a_case_that_opens_with_trong_truong_hop_waits_for_it() -> None:
    # "Trong trường hợp có thay đổi …, X …" is a case that arises, as "Trường hợp …, X …" is;
    # "Trong trường hợp đặc biệt …" stays a case covered, no time
    body = """Điều 4. Trách nhiệm của các bộ
1. Trong trường hợp có thay đổi thông tin trong danh mục nông sản, Bộ Nông nghiệp và
Môi trường cập nhật danh mục trên Cổng thông tin điện tử của Bộ.
2. Trong trường hợp đặc biệt theo chỉ đạo của Thủ tướng Chính phủ, Bộ Tài chính bố trí
kinh phí cho kho dữ liệu.
"""
    found = _deadlines(body)
    assert [kind for _, _, kind in found] == ["event", "none"], found


def test_work_after_a_case_the_sentence_opens_with_waits_for_it() -> None:
    # "Đối với trường hợp quy định tại khoản 1 Điều này thì X …": the case arises, then the
    # work is due; "Đối với các kho …, X …" names a scope, no time
    body = """Điều 5. Xử lý dữ liệu sai lệch
1. Dữ liệu của kho bị coi là sai lệch khi không khớp với sổ gốc.
2. Đối với trường hợp quy định tại khoản 1 Điều này thì Bộ Nông nghiệp và Môi trường
rà soát, chỉnh lý dữ liệu của kho.
3. Đối với các kho dữ liệu chuyên ngành, Bộ Tài chính bố trí kinh phí duy trì
theo khả năng cân đối ngân sách.
"""
    found = _deadlines(body)
    assert [(lead, kind) for lead, _, kind in found] == [
        ("bo-nong-nghiep-va-moi-truong", "event"),
        ("bo-tai-chinh", "none"),
    ], found


def test_work_due_when_a_change_or_a_happening_arises() -> None:
    # "… khi có thay đổi …", "… khi xảy ra …" after the work: due when it arises; ongoing
    # work stays continuous, and a plan made for the case is no deadline
    found = find_deadline("Thông báo cho Sở Công Thương khi có thay đổi địa chỉ kho hàng.")
    assert found is not None and found.kind == "event"
    found = find_deadline("Báo cáo ngay Bộ trưởng khi xảy ra mất dữ liệu của hệ thống.")
    assert found is not None and found.kind == "event"
    found = find_deadline("Thường xuyên cập nhật danh sách đầu mối liên lạc khi có sự thay đổi.")
    assert found is not None and found.kind == "continuous"
    text = "Chủ động triển khai phương án sơ tán dân khi xảy ra sạt lở đất kéo dài."
    assert find_deadline(text) is None


def test_working_days_from_a_decision_taken_under_the_text_wait_for_it() -> None:
    # "kể từ ngày quyết định (thu hồi) có hiệu lực": a decision taken later comes into
    # force, not the text itself ("Quyết định này", "Quyết định" as its own name)
    text = (
        "Trong thời hạn 07 ngày làm việc kể từ ngày quyết định giao kho có hiệu lực, Sở X bàn giao."
    )
    found = find_deadline(text)
    assert found is not None and found.kind == "event"
    own = "Hoàn thành trong thời hạn 07 ngày làm việc kể từ ngày Quyết định có hiệu lực thi hành."
    found = find_deadline(own)
    assert found is not None and found.kind == "absolute"
