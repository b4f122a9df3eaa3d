"""Patterns held-out round 41 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a province's rules on
a shared web portal or on local public services, set out in articles, in the
ministry-letter frame of ``test_task_rules``.
"""

from __future__ import annotations

from cascade.extract.deadlines import find_deadline
from cascade.extract.duty_titles import group_named_by_work

from .test_task_rules import _extract, _tasks


def _leads(body: str) -> list[tuple[str, str]]:
    """(lead, action's first three words) per obligation."""
    return [(lead, " ".join(action.split()[:3])) for lead, _, action, _ in _tasks(_extract(body))]


def test_a_duty_title_naming_a_person_by_the_post_s_work_gives_the_items() -> None:
    # "Trách nhiệm của người quản trị …": the person named by the work of the post
    assert group_named_by_work("người quản trị Phần mềm quản lý văn bản") is not None
    assert group_named_by_work("người đứng đầu cơ quan") is None
    assert group_named_by_work("người dân, doanh nghiệp") is None
    body = (
        "**Điều 7. Trách nhiệm của người quản trị Phần mềm quản lý văn bản**\n\n"
        "1. Người quản trị Phần mềm quản lý văn bản phải có trách nhiệm giữ bí mật mật khẩu "
        "quản trị phần mềm.\n\n"
        "2. Có trách nhiệm báo cáo Sở Nội vụ để khắc phục khi có lỗi.\n\n"
        "**Điều 8. Trách nhiệm của Sở Tư pháp**\n\n"
        "Hướng dẫn thực hiện Quy chế này.\n"
    )
    person = "người quản trị Phần mềm quản lý văn bản"
    assert _leads(body) == [
        (person, "Người quản trị"),
        (person, "Có trách nhiệm"),
        ("Sở Tư pháp", "Hướng dẫn thực"),
    ]


def test_a_case_named_after_the_work_is_an_event_unless_it_is_the_purpose() -> None:
    # "… khi có sự cố xảy ra", "… khi không còn được giao …": due when the case arises;
    # "phương án để ứng phó khi có sự cố" says what the plans are for
    found = find_deadline("Bàn giao hộp thư, mật khẩu khi không còn được giao quản lý hộp thư.")
    assert found is not None and found.kind == "event"
    found = find_deadline("Báo cáo Sở Nội vụ để khắc phục kịp thời khi có sự cố xảy ra.")
    assert found is not None and found.kind == "event"
    assert find_deadline("Xây dựng các phương án để ứng phó khi có sự cố mất điện.") is None


def test_a_dash_after_a_capitalised_word_inside_a_wrapped_sentence_joins_it() -> None:
    # "… chuyên mục Hỏi" / "– Đáp trực tuyến.": one item, not an item and a dash item; a
    # dash after a finished line still opens an item of its own
    body = (
        "**Điều 9. Trách nhiệm của Sở Nội vụ**\n\n"
        "1. Tiếp nhận và trả lời ý kiến của người dân tại chuyên mục Hỏi\n"
        "– Đáp trực tuyến.\n\n"
        "2. Tổng hợp ý kiến của người dân như sau:\n"
        "– Rà soát ý kiến trùng lặp;\n"
        "– Báo cáo Ủy ban nhân dân tỉnh.\n"
    )
    assert [action for _, _, action, _ in _tasks(_extract(body))][:1] == [
        "Tiếp nhận và trả lời ý kiến của người dân tại chuyên mục Hỏi – Đáp trực tuyến."
    ]
    assert ("Sở Nội vụ", "Rà soát ý") in _leads(body)
