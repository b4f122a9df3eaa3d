"""Patterns held-out round 22 and earlier rounds showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a Prime Minister's
telegram, a provincial plan and a provincial chairman's directive.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _deadlines, _plan, _tasks


def test_a_ministry_whose_name_holds_a_comma_is_one_body_in_a_distributed_list() -> None:
    # "Bộ trưởng các Bộ: Xây dựng, Văn hóa, Thể thao và Du lịch, Y tế": the comma inside
    # the ministry's name does not part it into "Bộ Văn hóa" and "Bộ Thể thao và Du lịch"
    body = """Thủ tướng Chính phủ yêu cầu:

1. Bộ trưởng các Bộ: Xây dựng, Văn hóa, Thể thao và Du lịch, Y tế chỉ đạo, đôn đốc
triển khai các biện pháp phòng, chống rét đậm, rét hại.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert [lead for lead, _ in _tasks(extraction)] == [
        "Bộ Xây dựng",
        "Bộ Văn hóa, Thể thao và Du lịch",
        "Bộ Y tế",
    ]


def test_how_the_work_is_done_stays_after_the_scope_of_a_bodys_functions() -> None:
    # "Bộ Y tế theo chức năng, nhiệm vụ, thẩm quyền chủ động chỉ đạo …": the scope is left
    # out of the action, how the work is done ("chủ động") stays in it
    body = """Thủ tướng Chính phủ yêu cầu:

1. Bộ Y tế theo chức năng, nhiệm vụ, thẩm quyền chủ động chỉ đạo các cơ sở khám bệnh
bảo đảm thuốc men cho người dân vùng ngập lụt.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert _tasks(extraction) == [("Bộ Y tế", "Chủ động chỉ đạo các cơ sở khám bệnh bảo")]


def test_a_department_directing_its_sub_department_to_do_the_items_below() -> None:
    # "1. Sở X⏎chỉ đạo Chi cục Y thực hiện các nội dung sau:": the department's task, and
    # each bullet the sub-department's, implementing it (one hop)
    body = """IV. TỔ CHỨC THỰC HIỆN

1. Sở Công Thương
chỉ đạo Chi cục Quản lý thị trường thực hiện các nội dung sau:

- Lập kế hoạch kiểm tra hàng hóa trong dịp Tết Nguyên đán.

- Tổ chức tổng hợp kết quả kiểm tra; báo cáo UBND tỉnh trước ngày 20/02/2026.

2. Sở Tài chính: Bố trí kinh phí thực hiện kế hoạch.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Công Thương", "Chỉ đạo Chi cục Quản lý thị trường thực "),
        ("Chi cục Quản lý thị trường", "Lập kế hoạch kiểm tra hàng hóa trong dịp"),
        ("Chi cục Quản lý thị trường", "Tổ chức tổng hợp kết quả kiểm tra"),
        ("Chi cục Quản lý thị trường", "Báo cáo UBND tỉnh trước ngày 20/02/2026."),
        ("Sở Tài chính", "Bố trí kinh phí thực hiện kế hoạch."),
    ]
    obligations = extraction.cascade.obligations
    assert [ob.implements for ob in obligations[1:4]] == [obligations[0].id] * 3
    assert _deadlines(extraction)[3] == "absolute 2026-02-20"


def test_a_numbered_list_of_bodies_broken_after_a_semicolon_goes_on() -> None:
    # "3. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;" / "Ủy ban nhân dân các tỉnh
    # … khẩn trương …": the bodies run on over the line, one item
    body = """Thủ tướng Chính phủ yêu cầu:

1. Bộ Xây dựng chủ trì rà soát các dự án tồn đọng.

2. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;
Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương khẩn trương cập nhật kết quả
rà soát các dự án trên Hệ thống.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert [lead for lead, _ in _tasks(extraction)] == [
        "Bộ Xây dựng",
        "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
    ]


def test_the_ministers_addressed_as_comrades_stand_for_the_ministries() -> None:
    # "Đề nghị các đồng chí Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, …": the address
    # before the titles does not keep the ministers from standing for their ministries
    body = """Thủ tướng Chính phủ yêu cầu:

1. Bộ Xây dựng chủ trì rà soát các dự án tồn đọng.

Đề nghị các đồng chí Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, Chủ tịch Ủy ban nhân
dân các tỉnh, thành phố chỉ đạo quyết liệt việc tháo gỡ vướng mắc cho các dự án.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert [lead for lead, _ in _tasks(extraction)] == [
        "Bộ Xây dựng",
        "các bộ, cơ quan ngang Bộ",
        "Ủy ban nhân dân các tỉnh, thành phố",
    ]


def test_a_time_closing_an_item_dates_each_sentence_of_it() -> None:
    # "2. … Sở A … . Sở B … . Thời hạn hoàn thành: trước ngày 30/11/2025.": the time closes
    # the item, so both sentences' work is due then
    body = """Thủ tướng Chính phủ yêu cầu:

1. Bộ Xây dựng chủ trì rà soát các dự án tồn đọng.

2. Bộ Tài chính khẩn trương hoàn thành việc cập nhật, phân loại các dự án trên Hệ thống. Ủy
ban nhân dân tỉnh Sông Lam khẩn trương rà soát các dự án có vướng mắc tương tự. Thời hạn
hoàn thành: trước ngày 30/11/2025.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert [lead for lead, _ in _tasks(extraction)] == [
        "Bộ Xây dựng",
        "Bộ Tài chính",
        "Ủy ban nhân dân tỉnh Sông Lam",
    ]
    assert _deadlines(extraction) == ["none", "absolute 2025-11-30", "absolute 2025-11-30"]


def test_the_paragraph_closing_a_plan_is_no_work_of_the_last_items_bodies() -> None:
    # "Trên đây là Kế hoạch … . Đề nghị các cơ quan, đơn vị … . Định kỳ hằng năm … báo cáo
    # …": the closing paragraph hangs under the last item, but its report is the work of
    # the bodies the sentence before asks, not of the companies that item names
    body = """IV. TỔ CHỨC THỰC HIỆN

1. Sở Xây dựng

- Chủ trì triển khai Kế hoạch.

2. Các doanh nghiệp vận tải trên địa bàn tỉnh

- Ứng dụng nền tảng số trong quản lý phương tiện.

Trên đây là Kế hoạch chuyển đổi số trong hoạt động xây dựng. Đề nghị các cơ quan, đơn vị
nghiêm túc triển khai thực hiện. Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết
quả thực hiện về Sở Xây dựng, để tổng hợp báo cáo Ủy ban nhân dân tỉnh./.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Xây dựng", "Chủ trì triển khai Kế hoạch."),
        ("Các doanh nghiệp vận tải trên địa bàn tỉnh", "Ứng dụng nền tảng số trong quản lý phươn"),
        ("các cơ quan, đơn vị", "Báo cáo kết quả thực hiện về Sở Xây dựng"),
    ]
    assert _deadlines(extraction)[2] == "recurring"


DIRECTIVE_SECTIONS = """Nhằm nâng cao hiệu quả công tác thẩm định dự án đầu tư, Chủ tịch UBND
tỉnh yêu cầu Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường tập trung thực
hiện các nội dung sau:

I. Trách nhiệm phối hợp trong công tác thẩm định dự án đầu tư

1. Sở Tài chính:

a) Tiếp nhận hồ sơ đề xuất dự án đầu tư.

b) Tổ chức lấy ý kiến thẩm định của các cơ quan liên quan.

2. Các sở, ban, ngành, địa phương:

2.1. Trách nhiệm chung

a) Đánh giá sự phù hợp của dự án với quy hoạch tỉnh.

b) Tuân thủ thời hạn tham gia ý kiến bằng văn bản.

II. Tổ chức thực hiện

1. Giao Sở Tài chính theo dõi, tổng hợp các khó khăn, vướng mắc, báo cáo UBND tỉnh.
"""


def test_section_titles_of_duties_under_a_lead_in_are_no_tasks() -> None:
    # "I. Trách nhiệm phối hợp trong …", "2.1. Trách nhiệm chung", "II. Tổ chức thực hiện"
    # under a lead-in that names who acts: titles of the items below, no work of their own
    extraction = extract_text(_plan(DIRECTIVE_SECTIONS, title="CHỈ THỊ"))
    assert _tasks(extraction) == [
        ("Sở Tài chính", "Tiếp nhận hồ sơ đề xuất dự án đầu tư."),
        ("Sở Tài chính", "Tổ chức lấy ý kiến thẩm định của các cơ "),
        ("Các sở, ban, ngành, địa phương", "Đánh giá sự phù hợp của dự án với quy ho"),
        ("Các sở, ban, ngành, địa phương", "Tuân thủ thời hạn tham gia ý kiến bằng v"),
        ("Sở Tài chính", "Theo dõi, tổng hợp các khó khăn, vướng m"),
    ]
