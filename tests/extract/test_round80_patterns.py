"""Patterns from held-out round 80 (a Government decree detailing a law on workers sent
abroad under contracts), each on a text of its own in the same shape."""

from __future__ import annotations

from .decree_frame import by_lead, decree


def _decree(body: str) -> str:
    return decree(
        body,
        number="42/2026/NĐ-CP",
        date="ngày 9 tháng 7 năm 2026",
        title="Quy định chi tiết một số điều của Luật Hướng dẫn viên du lịch",
        signer="Lê Minh Khoa",
    )


def test_a_refusal_in_writing_is_the_ministrys_step() -> None:
    # "Trường hợp không cấp …, Bộ X trả lời bằng văn bản và nêu rõ lý do": the refusal is a
    # step of the procedure, and "trả lời" is no part of the ministry's name
    leads = by_lead(
        _decree(
            """Điều 8. Thủ tục cấp thẻ hướng dẫn viên
1. Hồ sơ gồm đơn đề nghị và bản sao chứng chỉ nghiệp vụ.
2. Thủ tục:
a) Công ty lữ hành nộp 01 bộ hồ sơ tới Bộ Văn hóa, Thể thao và Du lịch;
b) Trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ, Bộ Văn hóa, Thể thao và Du
lịch xem xét, cấp thẻ cho hướng dẫn viên. Trường hợp không cấp thẻ, Bộ Văn hóa, Thể thao và Du lịch
trả lời bằng văn bản và nêu rõ lý do.
"""
        )
    )
    assert ("bộ văn hóa, thể thao và du lịch", "trả lời") in leads
    assert ("bộ văn hóa, thể thao và du lịch", "xem xét,") in leads


def test_a_reply_after_an_applicants_case_stays_out() -> None:
    # the case is the applicant's, not the ministry declining its own step: no new task
    leads = by_lead(
        _decree(
            """Điều 9. Thủ tục công nhận hướng dẫn viên
1. Trường hợp người đề nghị không đủ điều kiện, Bộ Văn hóa, Thể thao và Du lịch trả lời
bằng văn bản và nêu rõ lý do.
"""
        )
    )
    assert not any(action == "trả lời" for _, action in leads)


def test_directing_and_guiding_a_mission_hands_it_the_items() -> None:
    # "Chỉ đạo, hướng dẫn Cơ quan … ở nước ngoài thực hiện các công tác sau: a) …": the items
    # are the body directed's, under the ministry's directing task
    leads = by_lead(
        _decree(
            """Điều 20. Trách nhiệm của Bộ Ngoại giao
1. Phối hợp với Bộ Văn hóa, Thể thao và Du lịch quảng bá du lịch Việt Nam.
2. Chỉ đạo, hướng dẫn Cơ quan thường trú Việt Nam ở nước ngoài thực hiện các công tác sau:
a) Cung cấp thông tin về thị trường khách du lịch tại nước sở tại;
b) Hỗ trợ hướng dẫn viên Việt Nam gặp sự cố ở nước sở tại.
"""
        )
    )
    mission = "cơ quan thường trú việt nam ở nước ngoài"
    assert (mission, "cung cấp") in leads
    assert (mission, "hỗ trợ") in leads
    assert ("bộ ngoại giao", "chỉ đạo,") in leads
    assert ("bộ ngoại giao", "cung cấp") not in leads


def test_a_duty_article_directs_bodies_named_by_their_kind() -> None:
    # in "Trách nhiệm của Ủy ban nhân dân tỉnh", "Chỉ đạo các cơ quan chuyên môn trực thuộc
    # và Ủy ban nhân dân cấp dưới: a) …" hands each item to both bodies directed
    leads = by_lead(
        _decree(
            """Điều 21. Trách nhiệm của Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương
1. Quản lý hoạt động hướng dẫn du lịch tại địa phương.
2. Chỉ đạo các cơ quan chuyên môn trực thuộc và Ủy ban nhân dân cấp dưới:
a) Kiểm tra hoạt động của hướng dẫn viên tại các điểm du lịch;
b) Tiếp nhận phản ánh của khách du lịch về hướng dẫn viên.
"""
        )
    )
    for body in ("các cơ quan chuyên môn trực thuộc", "ủy ban nhân dân cấp dưới"):
        assert (body, "kiểm tra") in leads
        assert (body, "tiếp nhận") in leads
    province = "ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương"
    assert (province, "chỉ đạo") in leads
    assert (province, "tiếp nhận") not in leads
