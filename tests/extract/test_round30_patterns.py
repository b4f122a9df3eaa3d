"""Patterns held-out round 30 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a provincial plan
(the frame of ``test_crawl_patterns``) or of a provincial regulation (the ministry-letter
frame of ``test_task_rules``).
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _plan, _tasks
from .test_task_rules import _extract, _leads


def test_a_cooperative_alliance_is_no_commune() -> None:
    # "Liên minh Hợp tác xã tỉnh": the "xã" of "hợp tác xã" (a cooperative) is no commune,
    # so the name runs on to the province and the bodies listed after it are read too
    body = """**1. Đề nghị
Liên minh Hợp tác xã tỉnh, Hội Cựu chiến binh tỉnh, Hiệp
hội doanh nghiệp tỉnh**

- Đẩy mạnh tập huấn mô hình kinh tế tập thể cho thành viên.

2. Liên minh Hợp tác xã tỉnh chủ trì hướng dẫn thành lập mới các hợp tác xã.
"""
    extraction = extract_text(_plan(body))
    assert [lead for lead, _ in _tasks(extraction)] == [
        "Liên minh Hợp tác xã tỉnh",
        "Hội Cựu chiến binh tỉnh",
        "Hiệp hội doanh nghiệp tỉnh",
        "Liên minh Hợp tác xã tỉnh",
    ]


def test_a_promotion_centre_keeps_what_it_promotes() -> None:
    # "Trung tâm Xúc tiến đầu tư, thương mại và du lịch": the comma and "và" join what the
    # centre promotes, one name, not "Trung tâm Xúc tiến đầu tư" and a list after it
    body = """**1. Trung
tâm Xúc tiến đầu tư, thương mại và du lịch**

- Tổ chức hội chợ giới thiệu nông sản của tỉnh tại các thành phố lớn.

2. Sở Tài chính, Sở Công Thương rà soát nguồn kinh phí xúc tiến thương mại.
"""
    extraction = extract_text(_plan(body))
    assert [lead for lead, _ in _tasks(extraction)] == [
        "Trung tâm Xúc tiến đầu tư, thương mại và du lịch",
        "Sở Tài chính",
        "Sở Công Thương",
    ]


def test_the_merged_press_body_typed_in_lower_case_is_a_body() -> None:
    # "Báo và phát thanh, truyền hình <tỉnh>": the merged provincial press body, its
    # broadcasting typed in lower case, heads a list of bodies like its capitalised spelling
    body = """**1. Báo và
phát thanh, truyền hình Lâm Xuyên, Cổng thông tin điện tử tỉnh**

Xây dựng chuyên mục giới thiệu sản phẩm nông nghiệp của tỉnh.
"""
    extraction = extract_text(_plan(body))
    assert [lead for lead, _ in _tasks(extraction)] == [
        "Báo và phát thanh, truyền hình Lâm Xuyên",
        "Cổng thông tin điện tử tỉnh",
    ]


def test_firms_named_by_their_trades_are_one_group() -> None:
    # "các doanh nghiệp sản xuất, chế biến và xuất khẩu nông sản": after a kind of producer
    # "sản xuất" names the kind, and the trades listed with it name one group with its goods
    body = """**1. Đề nghị
các doanh nghiệp sản xuất, chế biến và xuất khẩu nông sản**

- Chủ động tìm hiểu quy định về truy xuất nguồn gốc của thị trường nhập khẩu.

- Nghiên cứu, áp dụng quy trình canh tác an toàn.
"""
    extraction = extract_text(_plan(body))
    group = "các doanh nghiệp sản xuất, chế biến và xuất khẩu nông sản"
    assert _tasks(extraction) == [
        (group, "Chủ động tìm hiểu quy định về truy xuất "),
        (group, "Nghiên cứu, áp dụng quy trình canh tác a"),
    ]


def test_a_role_of_staff_before_its_duty_leads() -> None:
    # "Giáo vụ có trách nhiệm …", "Chủ nhiệm lớp có trách nhiệm …": an institution's rules
    # hand steps to roles of its staff that have no head of a body's name; a thing opening
    # a sentence before "có trách nhiệm" leads nothing
    body = (
        "Điều 7. Quản lý kết quả học tập\n"
        "1. Giáo vụ có trách nhiệm công bố kết quả kiểm tra trên bảng tin của khoa.\n"
        "2. Chủ nhiệm lớp có trách nhiệm lập danh sách học viên dự kiểm tra lại.\n"
        "3. Việc chấm bài có trách nhiệm bảo đảm khách quan.\n"
    )
    assert _leads(body) == [
        ("Giáo vụ", "Công bố kết quả kiểm"),
        ("Chủ nhiệm lớp", "Lập danh sách học vi"),
    ]


def test_handing_in_or_keeping_after_a_word_of_duty_is_work() -> None:
    # "có trách nhiệm nộp …", "chịu trách nhiệm bảo quản …", "có trách nhiệm trả lời …":
    # right after the word of duty these verbs start the work (elsewhere they are too often
    # part of a noun: "người nộp thuế", "kho bảo quản")
    body = (
        "Điều 5. Hồ sơ kiểm tra\n"
        "1. Sở Tư pháp có trách nhiệm nộp báo cáo kết quả kiểm tra cho Sở Nội vụ.\n"
        "2. Trung tâm Lưu trữ tỉnh chịu trách nhiệm bảo quản hồ sơ kiểm tra theo quy định.\n"
        "3. Sở Y tế có trách nhiệm trả lời bằng văn bản về kiến nghị của đoàn kiểm tra.\n"
    )
    assert _leads(body) == [
        ("Sở Tư pháp", "Nộp báo cáo kết quả "),
        ("Trung tâm Lưu trữ tỉnh", "Bảo quản hồ sơ kiểm "),
        ("Sở Y tế", "Trả lời bằng văn bản"),
    ]


def test_days_counted_from_an_event_wait_for_it() -> None:
    # "chậm nhất 04 ngày kể từ ngày nhận …", "trong thời hạn 12 ngày kể từ ngày nhận được …":
    # days from a day the text names by what happens on it are an event deadline; days
    # from the document's own signing stay a date
    body = (
        "Điều 6. Thời hạn\n"
        "1. Sở Tư pháp tổng hợp ý kiến trong thời hạn 12 ngày kể từ ngày nhận được hồ sơ.\n"
        "2. Sở Nội vụ thông báo kết quả chậm nhất 04 ngày kể từ ngày kết thúc kỳ kiểm tra.\n"
        "3. Sở Y tế ban hành kế hoạch trong thời hạn 30 ngày kể từ ngày ký Quyết định này.\n"
    )
    kinds = [ob.deadline.kind for ob in _extract(body).cascade.obligations]
    assert kinds == ["event", "event", "absolute"]


def test_a_lettered_step_title_stands_apart_from_the_body_below() -> None:
    # "a) Kiểm tra hồ sơ" / "Sở Nội vụ thực hiện các công việc sau: …": a lettered title (a
    # step of a procedure too: "b) Bước 2. Lưu trữ") ends without a stop; the line below
    # opens with its body, and joined to the title it would hide it
    body = (
        "Điều 4. Quy trình kiểm tra\n\n"
        "a) Kiểm tra hồ sơ\n\n"
        "Sở Nội vụ rà soát toàn bộ hồ sơ của các đơn vị.\n\n"
        "b) Bước 2. Lưu trữ kết quả\n\n"
        "Sở Tư pháp cập nhật kết quả vào cơ sở dữ liệu.\n"
    )
    assert _leads(body) == [
        ("Sở Nội vụ", "Rà soát toàn bộ hồ s"),
        ("Sở Tư pháp", "Cập nhật kết quả vào"),
    ]


def test_a_kind_of_body_named_by_its_work_leads_the_activities_below() -> None:
    # "Cơ quan thực hiện kiểm kê thực hiện các hoạt động sau:": the kind of body with the
    # work that names it, then the heading's own "thực hiện các hoạt động sau"; the items
    # below are its tasks (a named body's "… thực hiện các hoạt động sau:" too)
    body = (
        "Điều 4. Quy trình kiểm kê\n\n"
        "a) Bước 1. Chuẩn bị hồ sơ\n\n"
        "Cơ quan thực hiện kiểm kê thực hiện các hoạt động sau:\n\n"
        "- Phân loại hồ sơ theo mức độ ưu tiên.\n\n"
        "- Lập danh mục hồ sơ cần kiểm kê.\n\n"
        "b) Bước 2. Báo cáo\n\n"
        "Sở Nội vụ thực hiện các hoạt động sau:\n\n"
        "- Tổng hợp kết quả kiểm kê của các đơn vị.\n"
    )
    kind = "Cơ quan thực hiện kiểm kê"
    assert _leads(body) == [
        (kind, "Phân loại hồ sơ theo"),
        (kind, "Lập danh mục hồ sơ c"),
        ("Sở Nội vụ", "Tổng hợp kết quả kiể"),
    ]


def test_the_organs_advising_a_party_committee_are_one_group() -> None:
    # "Các cơ quan tham mưu, giúp việc Đảng ủy xã": the organs that advise and serve a
    # committee, one group, not "Các cơ quan" with "tham mưu, giúp việc …" as its work
    body = (
        "Điều 3. Cử cán bộ\n"
        "1. Các cơ quan tham mưu, giúp việc Đảng ủy xã, Ủy ban Mặt trận Tổ quốc xã cử cán bộ "
        "tham gia lớp bồi dưỡng.\n"
    )
    assert _leads(body) == [
        ("Các cơ quan tham mưu, giúp việc Đảng ủy xã", "Cử cán bộ tham gia l"),
        ("Ủy ban Mặt trận Tổ quốc xã", "Cử cán bộ tham gia l"),
    ]


def test_deciding_on_an_act_after_the_subject_is_work() -> None:
    # "Giám đốc Trung tâm quyết định công nhận học viên …", "… ra quyết định công nhận hoàn
    # thành …": deciding on an act is the step a rule gives; a capitalised "Quyết định …"
    # opening a sentence is the document, no work
    body = (
        "Điều 3. Lớp học\n"
        "1. Trung tâm Bồi dưỡng nghiệp vụ tỉnh (sau đây gọi tắt là Trung tâm) tổ chức các "
        "lớp bồi dưỡng.\n"
        "2. Giám đốc Trung tâm quyết định công nhận học viên, thành lập lớp học.\n"
        "3. Giám đốc Trung tâm ra quyết định công nhận hoàn thành khóa học.\n"
        "4. Quyết định thành lập lớp học được gửi cho học viên.\n"
    )
    centre = "Trung tâm Bồi dưỡng nghiệp vụ tỉnh"
    assert _leads(body) == [
        (centre, "Tổ chức các lớp bồi "),
        (centre, "Quyết định công nhận"),
        (centre, "Ra quyết định công n"),
    ]


def test_a_partners_sub_heading_over_bullets_is_no_task() -> None:
    # "*b) Phối hợp với các sở, ngành*" over bullets: it names the partners of the work
    # below (like "a) Chủ trì, phối hợp với …"), no task of its own
    body = """**1. Sở Công Thương**

*a) Chủ trì, phối hợp với các sở, ngành*

- Tổ chức hội nghị kết nối giao thương với các tỉnh bạn.

*b) Phối hợp với các sở,
ngành, Ủy ban nhân dân các xã*

- Hỗ trợ doanh nghiệp tham gia hội chợ quốc tế.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Công Thương", "Tổ chức hội nghị kết nối giao thương với"),
        ("Sở Công Thương", "Hỗ trợ doanh nghiệp tham gia hội chợ quố"),
    ]
