"""Patterns held-out round 18 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of an OCR'd letter or a
ministry's notice.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _deadlines, _tasks

# --- a conclusion notice whose items name no body ------------------------------------------

NOTICE = """BỘ TÀI CHÍNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 512/TB-BTC

Hà Nội, ngày 12 tháng 3 năm 2026

THÔNG BÁO
Kết luận của Bộ trưởng tại Hội nghị triển khai nhiệm vụ công tác hải quan năm 2026

Ngày 05 tháng 3 năm 2026, Bộ trưởng Bộ Tài chính chủ trì Hội nghị triển khai nhiệm vụ
công tác hải quan năm 2026. Sau khi nghe báo cáo của Cục Hải quan, Bộ trưởng có ý kiến
chỉ đạo như sau:

I. Về kết quả năm 2025:

Năm 2025 ngành hải quan đã hoàn thành dự toán thu ngân sách được giao.

II. Một số công việc cần triển khai trong năm 2026:

1. Rà soát các quy trình thủ tục hải quan để rút ngắn thời gian thông quan hàng hóa.

2. Xây dựng cơ sở dữ liệu về doanh nghiệp xuất nhập khẩu có rủi ro cao.

3. Tăng cường công tác kiểm tra sau thông quan theo kế hoạch năm 2026.

Thừa lệnh Bộ trưởng, Văn phòng Bộ thông báo để các đơn vị biết và thực hiện./.

Nơi nhận:
- Bộ trưởng (để b/c);
- Các Thứ trưởng (để b/c);
- Cục Hải quan (để thực hiện); ff
- Chi cục Hải quan các khu vực (để thực hiện);
- Lưu: VT, VP.

TL. BỘ TRƯỞNG
CHÁNH VĂN PHÒNG

Trần Văn Bình
"""


def test_a_notices_subjectless_items_go_to_the_first_body_it_sends_them_to_carry_out() -> None:
    extraction = extract_text(NOTICE)
    assert _tasks(extraction) == [
        ("Cục Hải quan", "Rà soát các quy trình thủ tục hải quan đ"),
        ("Cục Hải quan", "Xây dựng cơ sở dữ liệu về doanh nghiệp x"),
        ("Cục Hải quan", "Tăng cường công tác kiểm tra sau thông q"),
    ]


def test_bodies_an_item_names_go_on_before_the_notices_default() -> None:
    item = (
        "3. Yêu cầu thủ trưởng các đơn vị đẩy mạnh công tác kiểm tra nội ngành. Thực hiện "
        "nghiêm kỷ cương, kỷ luật hành chính.\n"
    )
    start = NOTICE.index("3. Tăng cường")
    notice = NOTICE[:start] + item + NOTICE[NOTICE.index("\nThừa lệnh") :]
    leads = [lead for lead, _ in _tasks(extract_text(notice))]
    assert leads == ["Cục Hải quan", "Cục Hải quan", "các đơn vị", "các đơn vị"]


def test_a_notice_that_sends_no_body_anything_to_carry_out_gives_its_items_no_lead() -> None:
    for_information = NOTICE.replace("(để thực hiện)", "(để biết)")
    assert _tasks(extract_text(for_information)) == []


# --- how the work is to be done stays in the action -----------------------------------------


def test_manner_after_an_opening_clause_and_an_ocr_d_manner_stay_in_the_action() -> None:
    items = """1. Xây dựng cơ sở dữ liệu về doanh nghiệp xuất nhập khẩu có rủi ro cao.

Trên cơ sở đó, khẩn trương triển khai hệ thống cảnh báo rủi ro trong toàn ngành.

2. Khan trương rà soát nhu cầu tuyển dụng công chức năm 2026.
"""
    start = NOTICE.index("1. Rà soát")
    notice = NOTICE[:start] + items + NOTICE[NOTICE.index("\nThừa lệnh") :]
    actions = [ob.action for ob in extract_text(notice).cascade.obligations]
    assert actions == [
        "Xây dựng cơ sở dữ liệu về doanh nghiệp xuất nhập khẩu có rủi ro cao.",
        "Khẩn trương triển khai hệ thống cảnh báo rủi ro trong toàn ngành.",
        "Khan trương rà soát nhu cầu tuyển dụng công chức năm 2026.",
    ]


# --- an OCR'd letter ------------------------------------------------------------------------

LETTER_HEAD = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 4127/TCT-KK
V/v hoàn thuế giá trị gia tăng

Hà Nội, ngày 9 tháng 4 năm 2026

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.

"""

LETTER_TAIL = """
Tổng cục Thuế thông báo để Cục Thuế các tỉnh, thành phố biết và thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, KK.

KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG

Lê Văn Minh
"""

ADDRESSEE = "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"


def test_a_numbered_request_without_a_colon_leads_its_sub_items() -> None:
    body = """1. Về hồ sơ hoàn thuế

Hồ sơ hoàn thuế được nộp theo quy định tại Thông tư số 80/2021/TT-BTC.

2. Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố

2.1. Tuyên truyền, phổ biến các quy định về hoàn thuế đến người nộp thuế trên địa bàn.

2.2. Chủ động rà soát các hồ sơ hoàn thuế còn tồn đọng để xử lý dứt điểm.
"""
    extraction = extract_text(LETTER_HEAD + body + LETTER_TAIL)
    assert _tasks(extraction) == [
        (ADDRESSEE, "Tuyên truyền, phổ biến các quy định về h"),
        (ADDRESSEE, "Chủ động rà soát các hồ sơ hoàn thuế còn"),
    ]


def test_an_ocr_d_de_after_a_body_is_no_part_of_its_name() -> None:
    body = """Đối với những trường hợp vượt thẩm quyền, Cục Thuế lập văn bản báo cáo về Tổng cục
Thuế dé xem xét xử lý trước ngày 30/4/2026.
"""
    extraction = extract_text(LETTER_HEAD + body + LETTER_TAIL)
    names = sorted(org.name for org in extraction.cascade.organisations)
    assert "Tổng cục Thuế" in names
    assert not any(name.endswith(" dé") for name in names)


def test_what_the_letter_itself_does_is_no_task_but_the_request_after_it_is() -> None:
    body = """Ngày 02/3/2026, Bộ Tài chính đã ban hành Thông tư số 18/2026/TT-BTC quy định về
hoàn thuế giá trị gia tăng.

Tổng cục Thuế giới thiệu các nội dung mới của Thông tư số 18/2026/TT-BTC và đề nghị các
Cục Thuế khẩn trương tuyên truyền, phổ biến cho người nộp thuế trên địa bàn biết.
"""
    extraction = extract_text(LETTER_HEAD + body + LETTER_TAIL)
    assert _tasks(extraction) == [
        (ADDRESSEE, "Khẩn trương tuyên truyền, phổ biến cho n"),
    ]


def test_an_ocr_d_manner_after_a_body_ends_its_name() -> None:
    body = """Tổng cục Thuế đề nghị các Cục Thuế khan trương rà soát các hồ sơ hoàn thuế còn tồn
đọng trên địa bàn.
"""
    extraction = extract_text(LETTER_HEAD + body + LETTER_TAIL)
    assert _tasks(extraction) == [(ADDRESSEE, "Khan trương rà soát các hồ sơ hoàn thuế ")]


def test_a_closing_notice_that_names_work_of_its_own_is_a_task() -> None:
    body = """Đề nghị Cục Thuế các tỉnh, thành phố tuyên truyền và nhắc nhở doanh nghiệp thực
hiện kê khai thuế qua mạng.

Tổng cục Thuế thông báo để Cục Thuế tổ chức tuyên truyền và có kế hoạch phân công cán bộ
hỗ trợ doanh nghiệp./.
"""
    tail = LETTER_TAIL.replace(
        "Tổng cục Thuế thông báo để Cục Thuế các tỉnh, thành phố biết và thực hiện./.\n", ""
    )
    extraction = extract_text(LETTER_HEAD + body + tail)
    assert _tasks(extraction) == [
        (ADDRESSEE, "Tuyên truyền và nhắc nhở doanh nghiệp th"),
        (ADDRESSEE, "Tổ chức tuyên truyền và có kế hoạch phân"),
    ]


def test_a_closing_notice_to_know_and_carry_out_is_no_task() -> None:
    body = "Đề nghị Cục Thuế các tỉnh, thành phố rà soát các hồ sơ hoàn thuế còn tồn đọng.\n"
    extraction = extract_text(LETTER_HEAD + body + LETTER_TAIL)
    assert _tasks(extraction) == [(ADDRESSEE, "Rà soát các hồ sơ hoàn thuế còn tồn đọng")]


def test_inspection_teams_under_a_lead_in_are_a_party_of_their_own() -> None:
    body = """Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương thực hiện
một số giải pháp sau:

1. Rà soát kế hoạch kiểm tra năm 2026 để bổ sung các doanh nghiệp có rủi ro cao.

2. Các đoàn thanh tra, kiểm tra trong quá trình thanh tra tại doanh nghiệp phải đối chiếu
đầy đủ số thuế còn nợ trong biên bản.
"""
    extraction = extract_text(LETTER_HEAD + body + LETTER_TAIL)
    tasks = _tasks(extraction)
    assert [lead for lead, _ in tasks] == [ADDRESSEE, "Các đoàn thanh tra, kiểm tra"]
    assert "phải đối chiếu đầy đủ số thuế" in extraction.cascade.obligations[1].action


# --- a page mark after a finished sentence --------------------------------------------------


def test_a_page_mark_after_a_finished_item_does_not_end_the_lead_in() -> None:
    body = """Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương thực hiện
một số giải pháp sau:

1/ Rà soát kế hoạch kiểm tra năm 2026 để bổ sung các doanh nghiệp có rủi ro cao.

2/ Tăng cường kiểm tra sau hoàn thuế theo quy định tại Thông tư số 80/2021/TT-BTC.

--- PAGE BREAK ---

3/ Cập nhật đầy đủ dữ liệu vào ứng dụng hỗ trợ kiểm tra.
"""
    extraction = extract_text(LETTER_HEAD + body + LETTER_TAIL)
    assert _tasks(extraction) == [
        (ADDRESSEE, "Rà soát kế hoạch kiểm tra năm 2026 để bổ"),
        (ADDRESSEE, "Tăng cường kiểm tra sau hoàn thuế theo q"),
        (ADDRESSEE, "Cập nhật đầy đủ dữ liệu vào ứng dụng hỗ "),
    ]


# --- deadlines ------------------------------------------------------------------------------


def test_a_period_given_as_the_latest_time_is_a_due_date() -> None:
    body = """Đề nghị Cục Thuế các tỉnh, thành phố hoàn thành việc sắp xếp các Chi cục Thuế khu vực
chậm nhất trong quý III/2026.

Đề nghị Cục Thuế các tỉnh, thành phố rà soát hồ sơ hoàn thuế trong quý IV/2026.
"""
    extraction = extract_text(LETTER_HEAD + body + LETTER_TAIL)
    assert _deadlines(extraction) == ["absolute 2026-09-30", "period 2026-10-01 2026-12-31"]


def test_work_to_be_applied_from_a_day_is_due_by_that_day() -> None:
    body = """Đề nghị Cục Thuế các tỉnh, thành phố khẩn trương triển khai ứng dụng hóa đơn điện tử
để áp dụng chung trên địa bàn từ ngày 01/11/2026.
"""
    extraction = extract_text(LETTER_HEAD + body + LETTER_TAIL)
    assert _deadlines(extraction) == ["absolute 2026-11-01"]


def test_a_difficulties_sentence_with_an_ocr_d_full_stop_is_no_task() -> None:
    body = """Đề nghị Cục Thuế các tỉnh, thành phố rà soát các hồ sơ hoàn thuế còn tồn đọng.

Trong quá trình thực hiện, nếu. có khó khăn, vướng mắc, đề nghị các Cục Thuế kịp thời tổng
hợp, phản ánh về Tổng cục Thuế để được nghiên cứu giải quyết.
"""
    extraction = extract_text(LETTER_HEAD + body + LETTER_TAIL)
    assert _tasks(extraction) == [(ADDRESSEE, "Rà soát các hồ sơ hoàn thuế còn tồn đọng")]


def test_summing_up_lessons_is_work() -> None:
    body = """Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương thực hiện
một số giải pháp sau:

- Đúc kết và phổ biến nhân rộng các biện pháp kiểm tra mới có hiệu quả.
"""
    extraction = extract_text(LETTER_HEAD + body + LETTER_TAIL)
    assert _tasks(extraction) == [(ADDRESSEE, "Đúc kết và phổ biến nhân rộng các biện p")]
