"""Patterns held-out round 25 and the names check showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a provincial decision
or plan, in the ministry-letter frame of ``test_task_rules``.
"""

from __future__ import annotations

import datetime as dt

from .test_task_rules import _extract, _leads
from .test_task_rules import _tasks as _full_tasks


def _deadlines(body: str) -> list[str]:
    return [
        f"{ob.deadline.kind} {getattr(ob.deadline, 'end', '')}".strip()
        for ob in _extract(body).cascade.obligations
    ]


def test_a_completion_time_in_a_bracket_closing_the_item_dates_every_part() -> None:
    # "…; …; tổ chức tập huấn … (thời gian hoàn thành trong tháng 10 năm 2025).": the time
    # of all the item's work, not only of its last ";"-part
    body = (
        "1. Văn phòng Ủy ban nhân dân tỉnh:\n"
        "a) Phối hợp với đơn vị cung cấp phần mềm bảo đảm Hệ thống thông tin của tỉnh vận "
        "hành ổn định; tổ chức tập huấn cho công chức cấp xã *(thời gian hoàn thành trong "
        "tháng 10 năm 2025).*\n"
        "b) Rà soát các thủ tục; tổ chức tập huấn cho công chức (trong tháng 12 năm 2025).\n"
    )
    assert _deadlines(body) == [
        "period 2025-10-31",
        "period 2025-10-31",
        "continuous",  # a bracket that only dates its own part
        "period 2025-12-31",
    ]


def test_thiet_lap_opens_work() -> None:
    # "thiết lập" (to set up) is work: a ";"-part opening with it is a task of its own
    body = (
        "Sở Nội vụ rà soát danh mục thủ tục; thiết lập quy trình điện tử để tiếp nhận hồ sơ "
        "trực tuyến."
    )
    assert _leads(body) == [
        ("Sở Nội vụ", "Rà soát danh mục thủ"),
        ("Sở Nội vụ", "Thiết lập quy trình "),
    ]


def test_the_day_work_starts_opens_the_sentence_before_its_subject() -> None:
    # "Từ ngày …, X, Y tổ chức …": the bodies after the opening lead; the day is when the
    # work starts, no deadline
    body = (
        "Từ ngày 01 tháng 11 năm 2025, Trung tâm Dịch vụ việc làm tỉnh, Trung tâm Y tế cấp "
        "xã tổ chức tiếp nhận hồ sơ trực tuyến."
    )
    assert _leads(body) == [
        ("Trung tâm Dịch vụ việc làm tỉnh", "Tổ chức tiếp nhận hồ"),
        ("Trung tâm Y tế cấp xã", "Tổ chức tiếp nhận hồ"),
    ]
    assert _deadlines(body) == ["continuous", "continuous"]
    # the issuer announcing what it will do from that day is given no work
    assert _leads("Từ ngày 01/11/2025, Bộ Y tế tiếp nhận hồ sơ trực tuyến.") == []


def test_answering_for_the_consequences_is_no_work() -> None:
    # an item of a body's duties that says what it answers for if the work goes wrong
    body = (
        "Điều 9. Trách nhiệm của Sở Nội vụ\n"
        "1. Rà soát hồ sơ của các đơn vị trực thuộc.\n"
        "2. Chịu trách nhiệm đối với những hậu quả xảy ra liên quan đến việc chậm trễ xử lý "
        "hồ sơ.\n"
    )
    assert _leads(body) == [("Sở Nội vụ", "Rà soát hồ sơ của cá")]


def test_a_duty_title_names_kinds_of_body_by_the_work_they_do() -> None:
    # "Trách nhiệm của các cơ quan, đơn vị tiếp nhận hồ sơ": the kinds and the work that
    # picks them out are one group, the lead of the items; an item naming a group of its
    # own ("Các cơ quan tiếp nhận phải …") keeps it
    body = (
        "Điều 12. Trách nhiệm của các cơ quan, đơn vị tiếp nhận hồ sơ\n"
        "1. Ban hành quy trình tiếp nhận hồ sơ của cơ quan, đơn vị mình.\n"
        "2. Các cơ quan tiếp nhận phải cử một cán bộ làm đầu mối.\n"
        "3. Theo dõi, đôn đốc việc tiếp nhận hồ sơ trên địa bàn.\n"
    )
    group = "các cơ quan, đơn vị tiếp nhận hồ sơ"
    assert _leads(body) == [
        (group, "Ban hành quy trình t"),
        ("Các cơ quan tiếp nhận", "Cử một cán bộ làm đầ"),
        (group, "Theo dõi, đôn đốc vi"),
    ]


def test_days_from_the_document_s_own_date_give_a_due_date() -> None:
    # "trong thời hạn 60 ngày kể từ ngày Quy chế này được ban hành": the letter's date
    # (19/8/2025) and sixty days; days from any other day give no date (they wait for that
    # day: an event, as working days from it do)
    body = (
        "1. Sở Nội vụ ban hành quy trình tiếp nhận hồ sơ trong thời hạn 60 ngày kể từ ngày "
        "Quy chế này được ban hành.\n"
        "2. Sở Tư pháp rà soát hồ sơ trong thời hạn 30 ngày kể từ ngày nhận đủ hồ sơ.\n"
    )
    obligations = _extract(body).cascade.obligations
    assert [(ob.deadline.kind, getattr(ob.deadline, "due", None)) for ob in obligations] == [
        ("absolute", dt.date(2025, 10, 18)),
        ("event", None),
    ]


def test_the_definitions_article_gives_no_work() -> None:
    # "Giải thích từ ngữ": "Cơ quan, đơn vị tiếp nhận là các cơ quan … được giao …" says what
    # a term means
    body = (
        "Điều 3. Giải thích từ ngữ\n"
        "1. Cơ quan, đơn vị tiếp nhận, xử lý là các cơ quan nhà nước được giao nhiệm vụ tiếp "
        "nhận hồ sơ.\n"
        "Điều 4. Trách nhiệm của Sở Nội vụ\n"
        "Rà soát hồ sơ của các đơn vị trực thuộc.\n"
    )
    assert _leads(body) == [("Sở Nội vụ", "Rà soát hồ sơ của cá")]


def test_a_later_part_that_asks_other_bodies_gives_them_its_work() -> None:
    # "…; đề nghị Y …" after the first ";"-part: Y's work, asked as a request
    item = (
        "1. Sở Nông nghiệp và Môi trường hướng dẫn các xã thu hoạch lúa; đề nghị Hội Nông dân "
        "tỉnh tuyên truyền, vận động hội viên tham gia."
    )
    tasks = _full_tasks(_extract(item))
    assert [(lead, force, action[:20]) for lead, force, action, _ in tasks] == [
        ("Sở Nông nghiệp và Môi trường", "assign", "Hướng dẫn các xã thu"),
        ("Hội Nông dân tỉnh", "request", "Tuyên truyền, vận độ"),
    ]
    # the closing "Yêu cầu …; đề nghị … phối hợp thực hiện./." gives no work at all
    closing = (
        "Yêu cầu các sở, ban, ngành của tỉnh triển khai thực hiện; đề nghị Ủy ban Mặt trận Tổ "
        "quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp thực hiện./."
    )
    assert _leads(closing) == []


def test_dau_tu_heading_a_row_of_verbs_opens_work() -> None:
    # "đầu tư" (to invest; more often a noun) opens work when a verb follows it, after a
    # comma or not; also after a body's colon, with a further ";"-part
    body = (
        "- Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh đầu tư, hoàn "
        "thiện hạ tầng kỹ thuật tại các khu công nghiệp.\n"
        "- Ủy ban nhân dân cấp xã: đầu tư xây dựng hạ tầng các cụm công nghiệp; Chủ trì, "
        "phối hợp với các sở thực hiện công tác giải phóng mặt bằng.\n"
        "- Sở Công Thương đầu tư hạ tầng thương mại.\n"
    )
    assert _leads(body) == [
        ("Ban Quản lý Khu kinh tế", "Đầu tư, hoàn thiện h"),
        ("Ban Quản lý các Khu công nghiệp tỉnh", "Đầu tư, hoàn thiện h"),
        ("Ủy ban nhân dân cấp xã", "Đầu tư xây dựng hạ t"),
        ("Ủy ban nhân dân cấp xã", "Chủ trì, phối hợp vớ"),
    ]


def test_tien_hanh_stays_in_the_action_as_how_the_work_is_done() -> None:
    # "tiến hành" (to carry out) says how the work is done, as "chủ động" does; it is no
    # word of duty ("có trách nhiệm", "phải"), which the action leaves out
    body = (
        "1. Các sở, ban, ngành; cơ quan, đơn vị tiến hành đánh giá, báo cáo kết quả thực hiện.\n"
        "2. Sở Tư pháp có trách nhiệm tiến hành kiểm tra hồ sơ.\n"
    )
    assert _leads(body) == [
        ("Các sở, ban, ngành", "Tiến hành đánh giá, "),
        ("cơ quan, đơn vị", "Tiến hành đánh giá, "),
        ("Sở Tư pháp", "Tiến hành kiểm tra h"),
    ]


def test_how_long_an_inspection_lasts_dates_no_duty() -> None:
    # "Thời hạn kiểm tra: … không quá 10 ngày làm việc" says how long the inspection lasts,
    # as "Thời gian giải quyết: …" says how long a procedure takes: no deadline of the team
    body = (
        "Điều 2. Phạm vi và thời hạn kiểm tra\n"
        "1. Phạm vi kiểm tra: việc chấp hành quy định về an toàn thực phẩm.\n"
        "2. Thời hạn kiểm tra: Thời hạn kiểm tra không quá 10 ngày làm việc.\n"
        "Điều 3. Nhiệm vụ của Đoàn kiểm tra\n"
        "Đoàn kiểm tra có nhiệm vụ:\n"
        "1. Xây dựng kế hoạch kiểm tra chi tiết.\n"
    )
    assert _leads(body) == [("Đoàn kiểm tra", "Xây dựng kế hoạch ki")]
    assert _deadlines(body) == ["continuous"]


def test_an_article_title_shorter_than_the_wrap_ends_its_line() -> None:
    # a PDF's text wrapped every 80 characters: the title "Điều 3. Nhiệm vụ của …" on its
    # own short line is not joined with the sentence below it, which names the body again
    body = (
        "Điều 3. Nhiệm vụ và quyền hạn của Tổ công tác liên ngành\n"
        "Tổ công tác liên ngành thực hiện nhiệm vụ theo quy định tại Điều 5 Nghị định số\n"
        "10/2025/NĐ-CP ngày 05 tháng 8 năm 2025 của Chính phủ, trong đó tập trung:\n"
        "1. Xây dựng kế hoạch kiểm tra chi tiết trình Giám đốc Sở phê duyệt.\n"
        "2. Lập biên bản kiểm tra, ghi nhận đầy đủ, trung thực, khách quan các nội dung.\n"
    )
    assert _leads(body) == [
        ("Tổ công tác liên ngành", "Xây dựng kế hoạch ki"),
        ("Tổ công tác liên ngành", "Lập biên bản kiểm tr"),
    ]


def test_demanding_of_those_inspected_is_the_team_s_work() -> None:
    # under a lead-in whose items must open with work, "Yêu cầu các đối tượng kiểm tra cung
    # cấp …" is the team's duty: those inspected are no body of the cascade
    body = (
        "Đoàn kiểm tra thực hiện nhiệm vụ theo quy định của pháp luật, trong đó tập trung:\n"
        "1. Yêu cầu các đối tượng kiểm tra cung cấp hồ sơ, tài liệu có liên quan.\n"
        "2. Lập biên bản kiểm tra.\n"
    )
    assert _leads(body) == [
        ("Đoàn kiểm tra", "Yêu cầu các đối tượn"),
        ("Đoàn kiểm tra", "Lập biên bản kiểm tr"),
    ]


def test_work_done_in_a_case_opens_after_the_case() -> None:
    # "Trường hợp phát hiện …, tiến hành lập biên bản …" under a lead-in whose items must
    # open with work: the work after the comma, the case its event; not the escalation
    # "Trường hợp vượt thẩm quyền, …", nor a list of bodies the comma cut
    body = (
        "Đoàn kiểm tra thực hiện nhiệm vụ theo quy định của pháp luật, trong đó tập trung:\n"
        "1. Lập biên bản kiểm tra.\n"
        "2. Trường hợp phát hiện hành vi vi phạm hành chính, tiến hành lập biên bản vi phạm "
        "hành chính theo quy định.\n"
        "3. Trường hợp vượt thẩm quyền, báo cáo Giám đốc Sở xem xét.\n"
        "4. Trường hợp khóa sổ đột xuất được thông báo đến các cơ quan, tổ chức, đơn vị.\n"
    )
    assert _leads(body) == [
        ("Đoàn kiểm tra", "Lập biên bản kiểm tr"),
        ("Đoàn kiểm tra", "Tiến hành lập biên b"),
    ]
    assert [ob.deadline.kind for ob in _extract(body).cascade.obligations][1] == "event"


def test_reports_and_feedback_after_cac_are_things_not_bodies() -> None:
    # "Các phản ánh …", "Các báo cáo …", "Các kiến nghị …" name what is handled, as "Các hồ
    # sơ …" does: no group of bodies opens such a sentence
    body = (
        "Các phản ánh được thống kê theo lĩnh vực, tình trạng giải quyết và kết quả xử lý "
        "được công khai trên Ứng dụng.\n"
        "Các báo cáo gửi về Sở Nội vụ tổng hợp.\n"
    )
    assert _leads(body) == []


def test_a_list_of_kinds_inside_an_opening_clause_is_no_subject() -> None:
    # "Trong trường hợp … của cá nhân, tổ chức liên quan đến …": the comma between kinds of
    # body lists them inside the case; the subject comes after the clause's own comma
    body = (
        "1. Trong trường hợp hồ sơ của cá nhân, tổ chức liên quan đến nhiều cơ quan, đơn vị "
        "xử lý khác nhau mà không thống nhất được phương án, nơi tiếp nhận phải báo cáo cấp "
        "trên.\n"
        "2. Trong trường hợp hồ sơ của cá nhân, tổ chức chưa đầy đủ, Sở Tư pháp hướng dẫn bổ "
        "sung hồ sơ.\n"
    )
    assert _leads(body) == [("Sở Tư pháp", "Hướng dẫn bổ sung hồ")]


def test_a_numbered_title_and_the_paragraph_naming_its_body_are_two_units() -> None:
    # "4. Giám sát việc tiếp nhận hồ sơ" (no stop, no body) over "Sở Tư pháp giám sát …":
    # joined, the title would run into the sentence and hide its subject
    body = (
        "4. Giám sát việc tiếp nhận hồ sơ\n\n"
        "Sở Tư pháp giám sát toàn bộ việc tiếp nhận hồ sơ trên địa bàn.\n\n"
        "Các cơ quan chuyên môn cấp tỉnh giám sát việc tiếp nhận hồ sơ thuộc lĩnh vực quản lý.\n"
    )
    assert _leads(body) == [
        ("Sở Tư pháp", "Giám sát toàn bộ việ"),
        ("Các cơ quan chuyên môn cấp tỉnh", "Giám sát việc tiếp n"),
    ]


def test_a_part_opening_with_a_time_then_its_bodies_is_theirs() -> None:
    # "…; Định kỳ hàng tháng, UBND cấp xã chỉ đạo …": the later ";"-part names its own
    # bodies after the time; the time dates that part
    body = (
        "Sở Tư pháp tổng hợp kết quả xử lý hồ sơ; Định kỳ hàng tháng, UBND cấp xã chỉ đạo "
        "xem xét lại các hồ sơ bị trả lại."
    )
    assert _leads(body) == [
        ("Sở Tư pháp", "Tổng hợp kết quả xử "),
        ("UBND cấp xã", "Chỉ đạo xem xét lại "),
    ]
    assert _deadlines(body)[1].startswith("recurring")


def test_theo_doi_is_the_verb_not_an_opening_clause() -> None:
    # "Theo dõi …" (to monitor) opens work; "Theo quy định …," opens a clause before the
    # subject. Under a duty title, the item is the title's group's
    body = (
        "Điều 18. Trách nhiệm của các cơ quan, đơn vị tiếp nhận hồ sơ\n"
        "1. Theo dõi, đôn đốc xử lý hồ sơ trên địa bàn; Định kỳ hàng tháng, UBND cấp xã chỉ "
        "đạo xem xét lại các hồ sơ bị trả lại.\n"
    )
    assert _leads(body) == [
        ("các cơ quan, đơn vị tiếp nhận hồ sơ", "Theo dõi, đôn đốc xử"),
        ("UBND cấp xã", "Chỉ đạo xem xét lại "),
    ]


def test_work_awaiting_someone_s_proposal_is_due_on_that_event() -> None:
    # "khi có nhà đầu tư đề xuất …": who proposes may stand between "khi có" and the
    # awaited proposal; "khi có tình huống xảy ra" stays a condition, no event
    body = (
        "1. Ủy ban nhân dân cấp xã hướng dẫn nhà đầu tư trình thành lập cụm công nghiệp khi có "
        "nhà đầu tư đề xuất đầu tư hạ tầng.\n"
        "2. Sở Công Thương xử lý khi có tình huống xảy ra trên địa bàn.\n"
    )
    assert _deadlines(body) == ["event", "continuous"]
