"""Patterns held-out round 29 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a Prime Minister's
telegram (the frame of ``test_crawl_patterns``) or of a provincial regulation (the
ministry-letter frame of ``test_task_rules``).
"""

from __future__ import annotations

from cascade.extract import Extraction, extract_text

from .test_crawl_patterns import _deadlines as _plan_deadlines
from .test_crawl_patterns import _plan, _tasks
from .test_task_rules import _extract, _leads


def _deadlines(extraction: Extraction) -> list[str]:
    return [
        ob.deadline.kind if ob.deadline.text else "none" for ob in extraction.cascade.obligations
    ]


def test_the_heads_of_ministries_and_agencies_name_one_group() -> None:
    # "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ": each head names its own kind of body,
    # the two together the one group of ministries and agencies
    body = """Thủ tướng Chính phủ yêu cầu:

1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ
Khẩn trương rà soát danh mục thủ tục về cấp phép khai thác cát sông.

2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh
Công bố kết quả rà soát trên cổng thông tin.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert [lead for lead, _ in _tasks(extraction)] == [
        "các Bộ, cơ quan ngang bộ",
        "các Bộ, cơ quan ngang bộ",
        "Ủy ban nhân dân các tỉnh",
    ]


def test_what_a_body_will_do_after_a_term_is_its_step() -> None:
    # "Trong thời hạn 03 ngày làm việc kể từ …, Sở X sẽ thực hiện …": after the term a rule
    # sets, "sẽ" binds the body to the step (an event deadline); a bare "X sẽ …" stays a
    # statement
    body = (
        "Điều 8. Khôi phục tài khoản\n"
        "1. Trong thời hạn 03 ngày làm việc kể từ ngày nhận được văn bản đề nghị, Sở Nội "
        "vụ sẽ thực hiện khôi phục tài khoản và thông báo cho cơ quan đề nghị.\n"
        "2. Sở Nội vụ sẽ thực hiện cấp tài khoản mới.\n"
        "3. Sở Tư pháp rà soát danh sách tài khoản hằng quý.\n"
    )
    extraction = _extract(body)
    assert _leads(body) == [
        ("Sở Nội vụ", "Thực hiện khôi phục "),
        ("Sở Tư pháp", "Rà soát danh sách tà"),
    ]
    assert _deadlines(extraction)[0] == "event"


def test_daily_work_keeps_how_often_and_is_continuous() -> None:
    # "chủ động hằng ngày kiểm tra …": how often the work is done stays in the action and
    # makes it continuous; "đời sống hằng ngày" (a way of life) dates nothing
    body = (
        "Điều 10. Kiểm tra hộp thư\n"
        "1. Văn phòng Sở Nội vụ chủ động hằng ngày kiểm tra hộp thư để tiếp nhận văn bản đến.\n"
        "2. Sở Văn hóa tuyên truyền nếp sống văn minh trong đời sống hằng ngày của nhân dân.\n"
    )
    extraction = _extract(body)
    assert _leads(body) == [
        ("Văn phòng Sở Nội vụ", "Chủ động hằng ngày k"),
        ("Sở Văn hóa", "Tuyên truyền nếp sốn"),
    ]
    assert _deadlines(extraction) == ["continuous", "none"]


def test_persons_named_by_what_they_were_given_with_phai() -> None:
    # "Các cá nhân được cấp …", "Người được giao …" name who acts by what they were given;
    # "phải" is their word of duty as "có trách nhiệm" is
    body = (
        "Điều 9. Sử dụng tài khoản số\n"
        "1. Các cá nhân được cấp tài khoản số phải thường xuyên kiểm tra thư đến để xử lý "
        "văn bản.\n"
        "2. Người được giao quản lý kho dữ liệu số phải chủ động kiểm tra dữ liệu.\n"
    )
    extraction = _extract(body)
    assert _leads(body) == [
        ("Các cá nhân được cấp tài khoản số", "Thường xuyên kiểm tr"),
        ("Người được giao quản lý kho dữ liệu số", "Chủ động kiểm tra dữ"),
    ]
    assert _deadlines(extraction) == ["continuous", "none"]


def test_a_paragraph_leading_in_to_roman_parts_is_no_task() -> None:
    # "… yêu cầu X, Y tập trung hoàn thành ngay một số nhiệm vụ như sau:" over Roman parts
    # that the structure reads as its siblings: the paragraph is no task, the parts are
    body = """Để hoàn thành mục tiêu năm 2026, Thủ tướng Chính phủ yêu cầu Bộ trưởng Bộ Xây dựng,
Chủ tịch Ủy ban nhân dân các tỉnh tập trung hoàn thành ngay một số nhiệm vụ như sau:

I. VỀ HẠ TẦNG GIAO THÔNG

1. Bộ Xây dựng hoàn thành rà soát danh mục dự án cao tốc.

II. VỀ ĐẤT ĐAI

1. Ủy ban nhân dân các tỉnh đẩy nhanh giải phóng mặt bằng các dự án cao tốc.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert _tasks(extraction) == [
        ("Bộ Xây dựng", "Hoàn thành rà soát danh mục dự án cao tố"),
        ("Ủy ban nhân dân các tỉnh", "Đẩy nhanh giải phóng mặt bằng các dự án "),
    ]


def test_a_closing_asking_heads_to_see_the_work_above_done_is_no_task() -> None:
    # "Thủ tướng Chính phủ đề nghị các đồng chí … lãnh đạo, chỉ đạo các cơ quan, đơn vị trực
    # thuộc hoàn thành các nhiệm vụ nêu trên, bảo đảm …": a closing paragraph, no task
    body = """Thủ tướng Chính phủ yêu cầu:

1. Bộ Xây dựng hoàn thành rà soát danh mục dự án cao tốc.

Thủ tướng Chính phủ đề nghị các đồng chí Bộ trưởng Bộ Xây dựng, Chủ tịch Ủy ban nhân dân
các tỉnh quan tâm, lãnh đạo, chỉ đạo các cơ quan, đơn vị trực thuộc hoàn thành các nhiệm
vụ nêu trên, bảo đảm tiến độ các dự án cao tốc./.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert _tasks(extraction) == [
        ("Bộ Xây dựng", "Hoàn thành rà soát danh mục dự án cao tố"),
    ]


def test_numbered_items_in_brackets_below_a_lettered_lead_in_take_its_date() -> None:
    # "b) Các Bộ: X, Y khẩn trương khắc phục …, hoàn thành trong tháng 12 năm 2026, cụ thể:"
    # over "(1) Bộ X …", "(2) Bộ Y …": the items are the lettered item's, it is no task of
    # its own and its date is theirs; "c)" after them is back on the letters' level
    body = """Thủ tướng Chính phủ yêu cầu:

1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ

a) Khẩn trương rà soát danh mục thủ tục cấp phép xây dựng.

b) Các Bộ: Xây dựng, Công Thương khẩn trương khắc phục các lỗi của hệ thống thông tin,
hoàn thành trong tháng 12 năm 2026, cụ thể:

(1) Bộ Xây dựng hoàn thành kết nối cơ sở dữ liệu nhà ở.

(2) Bộ Công Thương kịp thời khắc phục lỗi của hệ thống điện tử.

c) Công bố kết quả rà soát trên cổng thông tin.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert [lead for lead, _ in _tasks(extraction)] == [
        "các Bộ, cơ quan ngang bộ",
        "Bộ Xây dựng",
        "Bộ Công Thương",
        "các Bộ, cơ quan ngang bộ",
    ]
    assert _plan_deadlines(extraction) == [
        "none",
        "period 2026-12-01 2026-12-31",
        "period 2026-12-01 2026-12-31",
        "none",
    ]


def test_a_capitalised_verb_after_a_semicolon_opens_a_new_task() -> None:
    # "…, thực hiện … ; Thực hiện chuyển đổi …, hoàn thành trong tháng 12 năm 2026": the
    # capital opens a task of its own (with the date that closes it), even with a verb the
    # first part already has; a list of like items ("Lãnh đạo phòng …; Lãnh đạo đội …")
    # stays one task
    body = (
        "Điều 4. Nhiệm vụ\n"
        "1. Sở Nội vụ hoàn thành nâng cấp hệ thống hồ sơ, thực hiện lưu trữ điện tử; Thực "
        "hiện chuyển đổi dữ liệu hồ sơ cán bộ, hoàn thành trong tháng 12 năm 2026.\n"
        "2. Sở Tư pháp khen thưởng Lãnh đạo phòng hộ tịch, Lãnh đạo phòng công chứng; Lãnh "
        "đạo đội thi hành án.\n"
    )
    extraction = _extract(body)
    assert _leads(body) == [
        ("Sở Nội vụ", "Hoàn thành nâng cấp "),
        ("Sở Nội vụ", "Thực hiện chuyển đổi"),
        ("Sở Tư pháp", "Khen thưởng Lãnh đạo"),
    ]
    assert _deadlines(extraction) == ["none", "period", "none"]


def test_work_right_after_how_often_it_recurs_is_the_headings_bodys() -> None:
    # "Hàng năm lập dự toán …, gửi Sở A thẩm định, Ủy ban nhân dân tỉnh phê duyệt …": the
    # bodies after the later commas receive the estimate; "Hằng năm, Sở B …" has its own
    body = (
        "Điều 11. Trách nhiệm của Sở Nội vụ\n"
        "1. Hàng năm lập dự toán kinh phí duy trì hệ thống hồ sơ điện tử, gửi Sở Tài chính "
        "thẩm định, Ủy ban nhân dân tỉnh phê duyệt theo quy định.\n"
        "2. Hằng năm, Sở Tư pháp tổng hợp kết quả gửi Sở Nội vụ.\n"
    )
    extraction = _extract(body)
    assert _leads(body) == [
        ("Sở Nội vụ", "Hàng năm lập dự toán"),
        ("Sở Tư pháp", "Tổng hợp kết quả gửi"),
    ]
    # yearly with no day: continuous (the convention after round 87)
    assert _deadlines(extraction) == ["continuous", "continuous"]


def test_answering_to_someone_for_carrying_out_the_rules_is_no_task() -> None:
    # "Thủ trưởng các cơ quan … chịu trách nhiệm trước Ủy ban nhân dân tỉnh về việc triển
    # khai thực hiện Quy chế này trong phạm vi quản lý của mình": who answers for the text
    body = (
        "Điều 13. Trách nhiệm của các cơ quan, đơn vị có liên quan\n"
        "1. Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Ủy ban nhân dân tỉnh về "
        "việc triển khai thực hiện Quy chế này trong phạm vi quản lý của mình.\n"
        "2. Tuyên truyền quy chế cho công chức thuộc phạm vi quản lý.\n"
    )
    assert _leads(body) == [
        ("các cơ quan, đơn vị có liên quan", "Tuyên truyền quy chế"),
    ]


def test_what_must_be_done_in_a_case_after_a_semicolon_is_a_task() -> None:
    # "…; trường hợp bị mất mật khẩu phải báo cáo cơ quan quản lý trực tiếp …": the case
    # and the duty in it (a report up included) make a task of their own
    body = (
        "Điều 14. Trách nhiệm của các cá nhân có liên quan\n"
        "1. Bảo vệ mật khẩu tài khoản số; trường hợp bị mất mật khẩu phải báo cáo cơ quan "
        "quản lý trực tiếp để xử lý kịp thời.\n"
    )
    assert _leads(body) == [
        ("các cá nhân có liên quan", "Bảo vệ mật khẩu tài "),
        ("các cá nhân có liên quan", "Báo cáo cơ quan quản"),
    ]


def test_the_work_a_case_calls_for_after_a_semicolon_waits_for_the_case() -> None:
    # "…; trường hợp … phải báo cáo …" and "…; trường hợp … thì thông báo …": the work is
    # done when the case arises (an event), the part before it has no such time
    body = (
        "Điều 14. Trách nhiệm của các cá nhân có liên quan\n"
        "1. Bảo vệ mật khẩu tài khoản số; trường hợp bị mất mật khẩu phải báo cáo cơ quan "
        "quản lý trực tiếp để xử lý kịp thời.\n"
        "2. Sử dụng chữ ký số đúng quy định; trường hợp bị mất thiết bị ký số thì thông báo "
        "cho Sở Nội vụ để thu hồi.\n"
    )
    extraction = _extract(body)
    assert _deadlines(extraction) == ["none", "event", "none", "event"]


def test_a_term_counted_from_taking_something_in_is_an_event() -> None:
    # "… trong vòng không quá 04 giờ kể từ khi tiếp nhận thông tin": due when the thing
    # arrives, as "kể từ khi nhận được …" is
    body = (
        "Điều 6. Cấp lại mật khẩu\n"
        "1. Sở Nội vụ thực hiện cấp lại mật khẩu trong vòng không quá 04 giờ kể từ khi "
        "tiếp nhận thông tin.\n"
        "2. Sở Tư pháp rà soát danh sách tài khoản.\n"
    )
    assert _deadlines(_extract(body)) == ["event", "none"]


def test_asking_for_help_as_another_way_is_no_work_handed_on() -> None:
    # "… phải thông báo với đầu mối … hoặc đề nghị Sở X hỗ trợ …": the persons' own step,
    # asking Sở X for help its other way; no task of Sở X
    body = (
        "Điều 14. Trách nhiệm của các cá nhân có liên quan\n"
        "1. Khi phát sinh sự cố trong quá trình sử dụng chữ ký số, phải thông báo với văn "
        "thư cơ quan hoặc đề nghị Sở Nội vụ hỗ trợ khắc phục kịp thời.\n"
    )
    assert [lead for lead, _ in _leads(body)] == ["các cá nhân có liên quan"]


def test_work_that_keeps_its_case_before_phai_waits_for_the_case() -> None:
    # "Khi phát sinh sự cố …, phải thông báo …" under a heading that names the persons: the
    # action keeps the case, and the work is done when the case arises
    body = (
        "Điều 14. Trách nhiệm của các cá nhân có liên quan\n"
        "1. Khi phát sinh sự cố trong quá trình sử dụng chữ ký số, phải thông báo với văn "
        "thư cơ quan để khắc phục kịp thời.\n"
        "2. Bảo quản thiết bị ký số được cấp.\n"
    )
    assert _deadlines(_extract(body)) == ["event", "none"]
