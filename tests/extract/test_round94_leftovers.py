"""Leftovers of held-out round 94 read on texts of their own: a term of working days inside
a rule's khoản counts from the step before (an event), while an article of a decision that
gives work keeps the document's date."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import decree


def _regulation(body: str) -> str:
    """A provincial decision whose articles are ``body``."""
    return f"""ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 27/2025/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 10 tháng 3 năm 2025
QUYẾT ĐỊNH
Ban hành Quy chế tiếp nhận và xử lý phản ánh của người dân
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh.
QUYẾT ĐỊNH:
{body}
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Quang
"""


_STEPS = """Điều 4. Trình tự xử lý phản ánh
1. Tiếp nhận phản ánh:
a) Trong thời hạn 02 ngày làm việc, Văn phòng Ủy ban nhân dân tỉnh chuyển hồ sơ phản ánh đến
cơ quan có thẩm quyền xử lý.
b) Trong thời hạn 05 ngày làm việc, Sở Nội vụ trả lời bằng văn bản cho người phản ánh.
Điều 5. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày ký.
"""

_GIVEN = """Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính bị bãi bỏ.
Điều 2. Giao Sở Tư pháp chủ trì, căn cứ Quyết định này, trong thời hạn 03 ngày làm việc
cập nhật danh mục thủ tục hành chính trên cơ sở dữ liệu quốc gia.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_working_days_in_a_khoan_of_a_rule_wait_for_the_step_before() -> None:
    # each step of a procedure counts from the one before it, which the text does not
    # date: no date ten days after the signing
    cascade = extract_text(_regulation(_STEPS)).cascade
    deadlines = {ob.clause: ob.deadline for ob in cascade.obligations}
    assert deadlines["Điều 4.1.a"].kind == "event"
    assert deadlines["Điều 4.1.b"].kind == "event"


def test_working_days_in_an_article_that_gives_work_count_from_the_document() -> None:
    # "Điều 2. Giao Sở Tư pháp … trong thời hạn 03 ngày làm việc …": the decision's own
    # work, due three working days after it is signed (Monday 10/3/2025 → 13/3/2025)
    cascade = extract_text(_regulation(_GIVEN)).cascade
    (given,) = [ob for ob in cascade.obligations if ob.clause == "Điều 2"]
    assert given.deadline.kind == "absolute"
    assert str(given.deadline.due) == "2025-03-13"


def _decree(body: str) -> str:
    """A Government decree whose articles are ``body``."""
    return decree(
        body,
        number="15/2025/NĐ-CP",
        date="ngày 10 tháng 3 năm 2025",
        title="Ban hành Quy chế phối hợp giữa các bộ và địa phương",
        signer="Trần Hồng Hà",
        closing=9,
    )


def test_a_case_after_a_semicolon_with_its_own_bodies_is_a_step_of_its_own() -> None:
    # "…; trường hợp cần gia hạn, sở, ban, ngành phải thông báo …": the bodies act in that
    # case, a task of their own due when it arises
    cascade = extract_text(
        _decree(
            """Điều 4. Giải quyết kiến nghị
1. Sở, ban, ngành có trách nhiệm trả lời kiến nghị của doanh nghiệp; trường hợp cần gia hạn
thời gian giải quyết, sở, ban, ngành phải thông báo cho doanh nghiệp biết lý do và thời hạn
trả lời."""
        )
    ).cascade
    actions = {ob.action.split()[0]: ob.deadline.kind for ob in cascade.obligations}
    assert actions == {"Trả": "continuous", "Thông": "event"}


def test_a_report_up_in_a_case_stays_with_the_task_before() -> None:
    # "…; trường hợp vượt khả năng cân đối, Sở Tài chính báo cáo …": an escalation of the
    # work before, not a task
    cascade = extract_text(
        _decree(
            """Điều 4. Lập dự toán
1. Sở Tài chính tổng hợp dự toán kinh phí; trường hợp vượt khả năng cân đối, Sở Tài chính
báo cáo Ủy ban nhân dân tỉnh xem xét."""
        )
    ).cascade
    assert len(cascade.obligations) == 1
