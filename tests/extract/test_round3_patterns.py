"""Patterns held-out round 2 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's style.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _deadlines, _leads, _plan, _tasks

# --- a verb or adverb typed with a capital right after a name ends the name ---------------


def test_a_capitalised_adverb_after_a_name_starts_the_action() -> None:
    body = """1. Giao Sở Khoa học và Công nghệ Khẩn trương chuyển giao dữ liệu mạng lưới trạm
đo cho Ủy ban nhân dân các xã trước ngày 10/12/2026.

2. Giao Công an tỉnh Chỉ đạo Công an các xã kiểm tra việc đăng ký cư trú.

3. Giao Sở Tài chính Theo dõi, đôn đốc các xã báo cáo tiến độ.
"""
    extraction = extract_text(_plan(body))
    # "Chỉ đạo Công an các xã kiểm tra …" is one hop of delegation: the xã police's task too
    assert _leads(extraction) == [
        "Sở Khoa học và Công nghệ",
        "Công an tỉnh",
        "Công an các xã",
        "Sở Tài chính",
    ]
    actions = [action for _, action in _tasks(extraction)]
    assert actions[0].startswith("Khẩn trương chuyển giao")
    assert actions[1].startswith("Chỉ đạo Công an các xã")
    assert actions[2].startswith("Kiểm tra việc đăng ký")


def test_a_verb_right_after_the_head_stays_in_the_name() -> None:
    body = """1. Ban Chỉ đạo Phòng thủ dân sự tỉnh tổng hợp tình hình thiệt hại.

2. Sở Kế hoạch và Đầu tư Chủ trì thẩm định các dự án.
"""
    assert _leads(extract_text(_plan(body))) == [
        "Ban Chỉ đạo Phòng thủ dân sự tỉnh",
        "Sở Kế hoạch và Đầu tư",
    ]


# --- "Thời gian hoàn thành …" after a task is that task's deadline ---------------------------


def test_a_completion_time_sentence_dates_the_task_before_it() -> None:
    body = """1. Giao Sở Xây dựng
Rà soát hiện trạng hệ thống chiếu sáng công cộng trên địa bàn. Thời gian thực hiện
hoàn thành xong trước ngày 05 tháng 12 năm 2026.

2. Giao Ủy ban nhân dân các xã
- Phối hợp với Sở Xây dựng trong công tác rà soát.
- Lập danh mục các tuyến đường cần bổ sung đèn chiếu sáng.
Thời gian hoàn thành trước ngày 31 tháng 12 năm 2026.

3. Giao Sở Tài chính
Cân đối, bố trí kinh phí thực hiện.
"""
    extraction = extract_text(_plan(body))
    # the sentences are no tasks; each dates the task just before it, not the document
    assert _leads(extraction) == [
        "Sở Xây dựng",
        "Ủy ban nhân dân các xã",
        "Ủy ban nhân dân các xã",
        "Sở Tài chính",
    ]
    assert _deadlines(extraction) == [
        "absolute 2026-12-05",
        "none",
        "absolute 2026-12-31",
        "none",
    ]


# --- "1. Trách nhiệm của Sở X" headings: the items below are that body's duties --------------


def test_duties_of_a_body_heading_gives_its_items_their_lead() -> None:
    body = """Điều 5. Trách nhiệm của các cơ quan, đơn vị

1. Trách nhiệm của Sở Công Thương

a) Chủ trì hướng dẫn các doanh nghiệp lập hồ sơ đăng ký;

b) Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh.

2. Trách nhiệm của Sở Tài chính
Hằng năm, bố trí kinh phí thực hiện chính sách theo quy định.
"""
    extraction = extract_text(_plan(body, number="12/2026/QĐ-UBND", title="QUYẾT ĐỊNH"))
    assert _leads(extraction) == ["Sở Công Thương", "Sở Công Thương", "Sở Tài chính"]
    assert "bố trí kinh phí" in _tasks(extraction)[2][1]
    assert _deadlines(extraction)[2] == "continuous"  # "Hằng năm", no day: how often, not when


# --- a steering committee's request before topic headings, dated by its closing ------------


def test_a_request_before_topic_headings_gives_the_items_their_lead_and_closing_date() -> None:
    body = """Ban Chỉ đạo yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh tập trung chỉ đạo, giải quyết
dứt điểm các khó khăn ở cấp xã, một số nội dung cụ thể sau:
1. Về tổ chức thực hiện nhiệm vụ được phân cấp
- Tiếp tục đánh giá tính khả thi của các quy định về phân cấp.
2. Về cơ sở vật chất
Tiếp tục rà soát, sắp xếp trụ sở, tài sản công.
3. Về hạ tầng số Khắc phục triệt để tình trạng thiếu trang thiết bị; hoàn thiện hạ tầng số.
Chủ tịch Ủy ban nhân dân các tỉnh khẩn trương chỉ đạo thực hiện, bảo đảm đến hết tháng 3
năm 2027 giải quyết dứt điểm các khó khăn về 03 nội dung nêu trên./.
"""
    extraction = extract_text(_plan(body))
    actions = [action for _, action in _tasks(extraction)]
    # the topic run into its paragraph is dropped; "Tiếp tục" says how, and stays
    assert actions[1:] == [
        "Tiếp tục đánh giá tính khả thi của các q",
        "Tiếp tục rà soát, sắp xếp trụ sở, tài sả",
        "Khắc phục triệt để tình trạng thiếu tran",
        "Hoàn thiện hạ tầng số.",
    ]
    assert set(_leads(extraction)) == {"Ủy ban nhân dân các tỉnh"}
    # the closing paragraph is no task, and dates the items above
    assert _deadlines(extraction)[1:] == ["absolute 2027-03-31"] * 4


# --- a Party guidance: several kinds of body as the subject, a heading split by ";" ---------


def test_a_party_guidance_names_several_kinds_of_body() -> None:
    body = """III. TỔ CHỨC THỰC HIỆN

1. Các ban, bộ, ngành ở Trung ương cử cán bộ tham gia lớp tập huấn.

2. Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy; văn phòng đảng ủy các ban, bộ, ngành:

- Lập danh sách đề nghị Ban Tuyên giáo và Dân vận Trung ương công nhận đội ngũ tuyên truyền viên.
"""
    extraction = extract_text(_plan(body, number="41-HD/BTGDVTW", title="HƯỚNG DẪN"))
    assert _leads(extraction) == [
        "Các ban, bộ, ngành ở Trung ương",
        "Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy",
        "văn phòng đảng ủy các ban, bộ, ngành",
    ]


# --- an event in a purpose clause is no deadline ----------------------------------------------


def test_an_event_in_the_lead_ins_purpose_is_no_deadline() -> None:
    body = """Để hỗ trợ người dân nhanh chóng ổn định đời sống, khôi phục sản xuất sau lũ lụt, Ủy
ban nhân dân tỉnh yêu cầu các sở, ngành tập trung thực hiện một số nhiệm vụ sau:
1. Sở Tài chính rà soát, bố trí kinh phí hỗ trợ.
2. Sở Nông nghiệp và Môi trường hướng dẫn khôi phục sản xuất ngay sau khi nước rút.
"""
    extraction = extract_text(_plan(body))
    assert _leads(extraction) == ["Sở Tài chính", "Sở Nông nghiệp và Môi trường"]
    # the purpose says why; the second item's own "sau khi nước rút" is its event
    assert _deadlines(extraction) == ["none", "event"]
