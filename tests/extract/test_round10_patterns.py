"""Patterns held-out rounds 8 and 9 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's style. The plan of
these tests is dated Wednesday 26 November 2025.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _deadlines, _plan, _tasks

# --- the heads of the Government's bodies stand for the bodies --------------------------


def test_the_heads_of_ministries_agencies_and_state_groups_are_their_bodies() -> None:
    body = """Để kịp thời khắc phục hậu quả mưa lũ, Thủ tướng Chính phủ yêu cầu:

1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy
ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, Chủ tịch Hội đồng thành viên, Tổng
giám đốc các Tập đoàn, Tổng công ty nhà nước tập trung chỉ đạo khắc phục hậu quả mưa lũ,
báo cáo Bộ Nông nghiệp và Môi trường trước ngày 20 tháng 12 năm 2025.

2. Bộ Công Thương chỉ đạo bảo đảm cung ứng điện.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert [lead for lead, _ in _tasks(extraction)] == [
        "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "các Tập đoàn, Tổng công ty nhà nước",
        "Bộ Công Thương",
    ]
    assert _deadlines(extraction) == ["absolute 2025-12-20"] * 3 + ["none"]


def test_the_companies_heads_leave_the_bodies_listed_after_them_apart() -> None:
    body = """Thủ tướng Chính phủ yêu cầu:

1. Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Hội đồng
thành viên, Tổng giám đốc các Tập đoàn, Tổng công ty, đơn vị liên quan rà soát tiến độ các
dự án trọng điểm.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert [lead for lead, _ in _tasks(extraction)] == [
        "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        "các Tập đoàn, Tổng công ty",
        "đơn vị liên quan",
    ]


# --- "trực tiếp" after a person's name starts the work ----------------------------------


def test_directly_after_a_persons_name_starts_the_work() -> None:
    body = """**Điều 3.** Tổ chức thực hiện

1. Giao Phó Thủ tướng Chính phủ Nguyễn Văn An trực tiếp chỉ đạo việc tổ chức lễ khởi
công công trình.

2. Bộ Xây dựng chủ trì tổ chức lễ khởi công.
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [
        ("Phó Thủ tướng Chính phủ Nguyễn Văn An", "Trực tiếp chỉ đạo việc tổ chức lễ khởi c"),
        ("Bộ Xây dựng", "Chủ trì tổ chức lễ khởi công."),
    ]


# --- a prohibition is no task -------------------------------------------------------------


def test_a_prohibition_is_no_task() -> None:
    body = """**Điều 2. Tổ chức thực hiện**

1. Trách nhiệm của Ủy ban nhân dân cấp xã

a) Tổ chức thực hiện việc cấp giấy phép theo thẩm quyền được giao.

b) Không được ủy quyền tiếp nhiệm vụ, quyền hạn đã được Ủy ban nhân dân tỉnh phân cấp.

c) Bố trí cán bộ tiếp nhận hồ sơ tại Bộ phận Một cửa.
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [
        ("Ủy ban nhân dân cấp xã", "Tổ chức thực hiện việc cấp giấy phép the"),
        ("Ủy ban nhân dân cấp xã", "Bố trí cán bộ tiếp nhận hồ sơ tại Bộ phậ"),
    ]


# --- a letter: a bare verb after a place's name; "Trường hợp phát sinh vướng mắc …" -------

_ANSWER = """Kính gửi: Thuế tỉnh Lâm Hà.

Cục Thuế nhận được công văn số 120/LHA-QLĐ ngày 10/10/2025 của Thuế tỉnh Lâm Hà hỏi về
tiền thuê đất. Về vấn đề này, Cục Thuế có ý kiến như sau:

Đề nghị Thuế tỉnh Lâm Hà đối chiếu với hồ sơ thực tế của doanh nghiệp để xác định số tiền
thuê đất phải nộp theo quy định. Trường hợp phát sinh vướng mắc về việc miễn tiền thuê đất,
đề nghị Thuế tỉnh Lâm Hà báo cáo Ủy ban nhân dân tỉnh Lâm Hà để được hướng dẫn.

Cục Thuế trả lời để Thuế tỉnh Lâm Hà được biết./.
"""


def test_a_bare_verb_ends_a_place_name_and_whom_to_turn_to_is_no_task() -> None:
    extraction = extract_text(_plan(_ANSWER, number="88/CT-CS", title="CÔNG VĂN"))
    assert _tasks(extraction) == [
        ("Thuế tỉnh Lâm Hà", "Đối chiếu với hồ sơ thực tế của doanh ng"),
    ]


# --- works after ";" in a lettered item: partners named before the work -----------------


def test_a_part_naming_partners_before_a_new_work_is_a_task_of_its_own() -> None:
    body = """Để chuẩn bị lễ khởi công, Thủ tướng Chính phủ yêu cầu:

**1.** Bộ Xây dựng:

a) Chủ trì, phối hợp với Bộ Tài chính rà soát danh mục các dự án khởi công; phối hợp với
Đài Tiếng nói Việt Nam, Văn phòng Chính phủ xây dựng kịch bản kết nối các điểm cầu; xây
dựng báo cáo Thủ tướng Chính phủ trước *ngày 13 tháng 12 năm 2025*.

b) Chủ trì, phối hợp với Bộ Nội vụ rà soát hồ sơ khen thưởng; phối hợp với Bộ Nội vụ rà
soát danh sách tập thể, cá nhân đề nghị khen thưởng.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert _tasks(extraction) == [
        ("Bộ Xây dựng", "Chủ trì, phối hợp với Bộ Tài chính rà so"),
        ("Bộ Xây dựng", "Phối hợp với Đài Tiếng nói Việt Nam, Văn"),
        ("Bộ Xây dựng", "Xây dựng báo cáo Thủ tướng Chính phủ trư"),
        ("Bộ Xây dựng", "Chủ trì, phối hợp với Bộ Nội vụ rà soát "),
    ]
    assert _deadlines(extraction) == ["none", "none", "absolute 2025-12-13", "none"]


# --- "Giao X: (i) Thừa ủy quyền …, thay mặt … ký …; (ii) Căn cứ … để hoàn thiện …" --------


def test_enumerated_works_after_giao_x_keep_their_own_starts() -> None:
    body = """**Điều 1.** Thông qua dự thảo Nghị quyết của Quốc hội về một số cơ chế đặc thù.

**Điều 2.** Giao Bộ trưởng Bộ Tư pháp: (i) Thừa ủy quyền Thủ tướng Chính phủ, thay mặt
Chính phủ ký Tờ trình của Chính phủ về dự thảo Nghị quyết, trình Quốc hội xem xét tại Kỳ
họp thứ 10; (ii) Căn cứ ý kiến của cơ quan có thẩm quyền của Đảng về mở rộng phạm vi thí
điểm so với quy định tại Điều 5 Luật Thủ đô và về các nội dung khác trong dự thảo Nghị quyết
(nếu có) để hoàn thiện hồ sơ dự thảo Nghị quyết, báo cáo Quốc hội theo quy định.
"""
    extraction = extract_text(_plan(body, title="NGHỊ QUYẾT"))
    assert _tasks(extraction) == [
        # the verb after "(i)" starts the action (since round 16)
        ("Bộ Tư pháp", "Thừa ủy quyền Thủ tướng Chính phủ, thay "),
        ("Bộ Tư pháp", "Hoàn thiện hồ sơ dự thảo Nghị quyết, báo"),
    ]


# --- a decision setting up a body: its description is no task, its short name is it ----


def test_a_founded_bodys_description_is_no_task_and_its_short_name_is_the_body() -> None:
    body = """**Điều 1. Thành lập Ban Quản lý Khu kinh tế mở Nam Hà Ninh trên cơ sở tổ chức lại Ban
Quản lý các Khu công nghiệp tỉnh**

1. Ban Quản lý Khu kinh tế mở Nam Hà Ninh (sau đây gọi tắt là Ban Quản lý) là cơ quan hành
chính thuộc Ủy ban nhân dân tỉnh, thực hiện chức năng quản lý nhà nước trực tiếp đối với khu
kinh tế; quản lý và tổ chức thực hiện chức năng cung ứng dịch vụ hành chính công theo quy
định của pháp luật.

2. Ban Quản lý có tư cách pháp nhân, có tài khoản và con dấu riêng.

**Điều 2. Nhiệm vụ, quyền hạn của Ban Quản lý**

1. Ban Quản lý thực hiện nhiệm vụ, quyền hạn theo quy định của pháp luật hiện hành.

2. Trưởng ban Ban Quản lý trình Ủy ban nhân dân tỉnh quy định cụ thể chức năng, nhiệm vụ,
quyền hạn và cơ cấu tổ chức của Ban Quản lý.
"""
    assert _tasks(extract_text(_plan(body, title="QUYẾT ĐỊNH"))) == [
        ("Ban Quản lý Khu kinh tế mở Nam Hà Ninh", "Trình Ủy ban nhân dân tỉnh quy định cụ t"),
    ]


# --- a letter quoting a law: the law's duties are no tasks ------------------------------

_QUOTING = """Kính gửi: Thuế tỉnh Lâm Hà.

Cục Thuế nhận được công văn số 75/LHA-TTKT ngày 05/9/2025 của Thuế tỉnh Lâm Hà về xử lý
kết quả thanh tra thuế. Về vấn đề này, Cục Thuế có ý kiến như sau:

- Tại khoản 1 Điều 108 Luật Quản lý thuế số 38/2019/QH14 quy định:

“Điều 108. Xử lý kết quả kiểm tra thuế, thanh tra thuế

1. Căn cứ vào kết quả kiểm tra thuế, thanh tra thuế, thủ trưởng cơ quan quản lý thuế ra
quyết định xử lý về thuế, thu hồi số tiền thuế đã hoàn không đúng quy định.”

- Tại điểm h khoản 1 Điều 55 Luật Thanh tra quy định:

h) Kiểm tra, đôn đốc việc thực hiện quyết định xử lý về thanh tra;
Theo nội dung nêu tại công văn số 75/LHA-TTKT thì doanh nghiệp đang được thanh tra, do đó
đề nghị Thuế tỉnh Lâm Hà căn cứ Luật Quản lý thuế để xử lý theo thẩm quyền.

Cục Thuế trả lời để Thuế tỉnh Lâm Hà được biết./.
"""


def test_the_duties_of_a_quoted_law_are_no_tasks_of_the_letter() -> None:
    extraction = extract_text(_plan(_QUOTING, number="90/CT-CS", title="CÔNG VĂN"))
    assert _tasks(extraction) == [
        # (the basis stays in the work since round 15: "căn cứ … để xử lý …")
        ("Thuế tỉnh Lâm Hà", "Căn cứ Luật Quản lý thuế để xử lý theo t"),
    ]


# --- a time sentence under one item dates that item, not the next ----------------------


def test_a_time_sentence_under_an_item_does_not_date_the_next_item() -> None:
    body = """**Điều 2.** Giao các cơ quan, đơn vị thực hiện:

1. Sở Tư pháp chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh rà soát, xây dựng quy
trình nội bộ giải quyết thủ tục hành chính; hướng dẫn cán bộ tiếp nhận hồ sơ tại Bộ phận
Một cửa.
Thời hạn chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định.

2. Sở Y tế, Ủy ban nhân dân các xã, phường niêm yết công khai danh mục thủ tục hành chính
tại Bộ phận Một cửa.

**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký.
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert [lead for lead, _ in _tasks(extraction)] == [
        "Sở Tư pháp",
        "Sở Tư pháp",
        "Sở Y tế",
        "Ủy ban nhân dân các xã, phường",
    ]
    # Thursday 27, Friday 28, Monday 1, Tuesday 2, Wednesday 3
    assert _deadlines(extraction) == ["absolute 2025-12-03"] * 2 + ["none"] * 2


# --- "Hoàn thành (xong) trong thời hạn …" as a sentence or a ';'-part dates the work ----


def test_a_completion_time_of_its_own_dates_the_work_before_it() -> None:
    body = """**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký. Giao Sở Tư pháp
chủ trì, phối hợp với đơn vị có liên quan công khai thủ tục hành chính nội bộ nêu tại Điều 1
trên Cổng Thông tin điện tử tỉnh. Hoàn thành xong trong thời hạn 03 ngày làm việc, kể từ ngày
Quyết định có hiệu lực thi hành.

**Điều 3.** Bộ Nội vụ chỉ đạo rà soát, khen thưởng các tổ chức, cá nhân có thành tích cao
trong phong trào thi đua; hoàn thành trước ngày 10 tháng 12 năm 2025.
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [
        ("Sở Tư pháp", "Chủ trì, phối hợp với đơn vị có liên qua"),
        ("Bộ Nội vụ", "Chỉ đạo rà soát, khen thưởng các tổ chức"),
    ]
    # Thursday 27, Friday 28, Monday 1
    assert _deadlines(extraction) == ["absolute 2025-12-01", "absolute 2025-12-10"]


# --- the national broadcaster written in lower case ---------------------------------------


def test_the_national_television_in_lower_case_is_a_body() -> None:
    body = """Để chuẩn bị lễ khởi công, Thủ tướng Chính phủ yêu cầu:

1. Đài truyền hình Việt Nam chủ trì đạo diễn, phối hợp với các bộ, ngành liên quan xây dựng
chương trình truyền hình trực tiếp, gửi Bộ Xây dựng trước ngày 03 tháng 12 năm 2025.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert _tasks(extraction) == [
        ("Đài truyền hình Việt Nam", "Chủ trì đạo diễn, phối hợp với các bộ, n"),
    ]
    assert _deadlines(extraction) == ["absolute 2025-12-03"]
