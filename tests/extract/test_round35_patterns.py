"""Patterns held-out round 35 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a provincial
regulation (in the ministry-letter frame of ``test_task_rules``).
"""

from __future__ import annotations

from .test_task_rules import _extract


def _deadlines(body: str) -> list[tuple[str, str, str]]:
    """(action's first words, deadline kind, deadline text) per obligation."""
    return [
        (ob.action[:16], ob.deadline.kind, ob.deadline.text or "")
        for ob in _extract(body).cascade.obligations
    ]


def test_a_term_after_the_opening_scope_dates_the_work_of_the_sentence() -> None:
    # "Đối với …, trong 07 ngày làm việc kể từ ngày nhận được …, X …": the scope names the
    # case, the term after its comma (or "thì") is when the work is due, for every ';'-part
    body = (
        "1. Đối với hồ sơ đề nghị hỗ trợ còn thiếu giấy tờ, trong 07 ngày làm việc kể từ "
        "ngày nhận được hồ sơ, Sở Tài chính hướng dẫn tổ chức bổ sung hồ sơ.\n\n"
        "2. Đối với hồ sơ đã được thẩm định nhưng còn sai sót thì trong thời hạn 04 ngày làm "
        "việc kể từ ngày nhận được ý kiến phản hồi, Sở Xây dựng rà soát lại hồ sơ; có văn bản "
        "đính chính gửi Ủy ban nhân dân tỉnh.\n"
    )
    assert _deadlines(body) == [
        ("Hướng dẫn tổ chứ", "event", "07 ngày làm việc kể từ ngày nhận được hồ sơ"),
        ("Rà soát lại hồ s", "event", "04 ngày làm việc kể từ ngày nhận được ý kiến phản hồi"),
        ("Có văn bản đính ", "event", "04 ngày làm việc kể từ ngày nhận được ý kiến phản hồi"),
    ]


def test_working_days_from_an_event_typed_without_the_tone_mark() -> None:
    # "kê từ ngày nhận được …" is "kể từ" typed without its tone mark: still a term from an
    # event, not working days counted from the document's date
    body = (
        "1. Sở Công Thương có văn bản trả lời doanh nghiệp trong thời hạn 06 ngày làm việc kê từ "
        "ngày nhận được văn bản đề nghị.\n"
    )
    assert _deadlines(body) == [
        ("Có văn bản trả l", "event", "06 ngày làm việc kê từ ngày nhận được văn bản đề nghị"),
    ]


def test_an_opening_term_dates_the_later_parts_that_have_no_subject_of_their_own() -> None:
    # "Trong thời hạn 03 ngày làm việc kể từ …, gửi …; công khai …": the term covers the
    # sentence's ';'-parts; a part naming its own body ("…; Sở Y tế …") keeps its own time
    body = (
        "**Điều 9. Trách nhiệm của Sở Tư pháp**\n\n"
        "1. Trong thời hạn 03 ngày làm việc kể từ ngày có kết luận kiểm tra, gửi kết luận "
        "đến tổ chức được kiểm tra; công khai kết luận trên Cổng thông tin điện tử của Sở.\n\n"
        "2. Trong thời hạn 05 ngày làm việc kể từ ngày nhận được hồ sơ, thẩm định hồ sơ; Sở "
        "Y tế có trách nhiệm cập nhật danh mục thuốc.\n"
    )
    assert _deadlines(body) == [
        ("Trong thời hạn 0", "event", "03 ngày làm việc kể từ ngày có kết luận kiểm tra"),
        ("Công khai kết lu", "event", "03 ngày làm việc kể từ ngày có kết luận kiểm tra"),
        ("Trong thời hạn 0", "event", "05 ngày làm việc kể từ ngày nhận được hồ sơ"),
        ("Có trách nhiệm c", "continuous", ""),
    ]


def test_days_in_a_row_say_how_long_the_work_lasts_not_that_it_is_continuous() -> None:
    # "trong thời gian 10 ngày liên tục" is how long a notice stays up: no continuous
    # deadline; "liên tục" alone still is one
    body = (
        "1. Sở Văn hóa, Thể thao và Du lịch công bố danh sách trên Cổng thông tin điện tử "
        "của tỉnh trong thời gian 10 ngày liên tục.\n\n"
        "2. Sở Xây dựng theo dõi liên tục tình hình sạt lở các tuyến đường.\n"
    )
    assert _deadlines(body) == [
        ("Công bố danh sác", "continuous", ""),
        ("Theo dõi liên tụ", "continuous", "liên tục"),
    ]


def test_a_frequency_inside_a_quoted_slogan_gives_no_time() -> None:
    # "“mỗi ngày triển khai một sáng kiến”" is a slogan the bodies are to live up to, not a
    # daily report; a frequency outside the quotes still gives one
    body = (
        "1. Sở Nội vụ phát huy phong trào “mỗi ngày triển khai một sáng kiến” trong cán bộ, "
        "công chức, báo cáo kết quả thi đua với Ủy ban nhân dân tỉnh.\n\n"
        "2. Sở Y tế báo cáo số ca bệnh mỗi ngày về Ủy ban nhân dân tỉnh.\n"
    )
    assert _deadlines(body) == [
        ("Phát huy phong t", "continuous", ""),
        ("Báo cáo số ca bệ", "continuous", "mỗi ngày"),
    ]


def _leads(body: str) -> list[tuple[str, str, str]]:
    """(lead's name, action's first words, deadline kind) per obligation."""
    cascade = _extract(body).cascade
    names = {o.id: o.name for o in cascade.organisations} | {g.id: g.name for g in cascade.groups}
    return [(names[ob.lead], ob.action[:16], ob.deadline.kind) for ob in cascade.obligations]


def test_a_lower_case_kind_after_an_opening_chậm_nhất_term_leads_the_work() -> None:
    # "Chậm nhất trong 15 ngày làm việc, kể từ …, các đơn vị …" opens with the term, as
    # "Trong thời hạn …": the kind named after it in lower case is the subject
    body = (
        "1. Chậm nhất trong 15 ngày làm việc, kể từ ngày nhận được phản ánh, các đơn vị sự "
        "nghiệp công lập phải có trách nhiệm xem xét, trả lời người phản ánh.\n"
    )
    assert _leads(body) == [
        ("các đơn vị sự nghiệp công lập", "Xem xét, trả lời", "event"),
    ]
