"""Patterns found in held-out round 53 (the Official Gazette's text layer of a Government
decree: procedures of the Ministry of Public Security, the bodies that execute sentences and
the bodies they consult), each checked on a text of its own."""

from __future__ import annotations

from .test_round52_patterns import _leads_and_actions


def test_a_body_named_by_the_sentences_it_executes_keeps_its_whole_name() -> None:
    found = _leads_and_actions(
        "Điều 21. Điều chuyển phạm nhân giữa các trại giam\n"
        "1. Trong thời hạn 07 ngày làm việc kể từ ngày nhận được báo cáo, Cơ quan quản lý "
        "thi hành án hình sự Bộ Quốc phòng phải ra quyết định điều chuyển phạm nhân đến trại "
        "giam gần nhất.\n"
        "2. Cơ quan thi hành án hình sự Công an cấp tỉnh có trách nhiệm tổ chức áp giải phạm "
        "nhân kèm theo hồ sơ.\n"
        "3. Cơ quan quản lý thi hành án hình sự Bộ Công an có văn bản đề nghị Bộ Y tế cử cán "
        "bộ y tế đi cùng.\n"
    )
    assert found == [
        (
            "Cơ quan quản lý thi hành án hình sự Bộ Quốc phòng",
            "Ra quyết định điều chuyển phạm nhân đến trại giam gần nhất.",
        ),
        (
            "Cơ quan thi hành án hình sự Công an cấp tỉnh",
            "Tổ chức áp giải phạm nhân kèm theo hồ sơ.",
        ),
        (
            "Cơ quan quản lý thi hành án hình sự Bộ Công an",
            "Có văn bản đề nghị Bộ Y tế cử cán bộ y tế đi cùng.",
        ),
    ]


def test_the_body_a_step_consults_is_named_by_being_consulted() -> None:
    found = _leads_and_actions(
        "Điều 14. Lấy ý kiến về việc tiếp nhận\n"
        "1. Trường hợp cần thiết, Bộ Tư pháp lấy ý kiến của Bộ Ngoại giao. Trong thời hạn 07 "
        "ngày kể từ ngày nhận được văn bản, cơ quan được lấy ý kiến có văn bản trả lời Bộ "
        "Tư pháp.\n"
        "2. Cơ quan được hỏi ý kiến có trách nhiệm trả lời bằng văn bản trong thời hạn 10 "
        "ngày.\n"
    )
    assert ("cơ quan được lấy ý kiến", "Có văn bản trả lời Bộ Tư pháp.") in found
    assert (
        "Cơ quan được hỏi ý kiến",
        "Trả lời bằng văn bản trong thời hạn 10 ngày.",
    ) in found
