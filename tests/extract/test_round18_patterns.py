"""Patterns held-out round 17 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of an OCR'd letter.
"""

from __future__ import annotations

from cascade.extract import extract_text
from cascade.extract.orgs import parse_org_list

from .test_crawl_patterns import _deadlines, _tasks

LETTER_HEAD = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 3170/TCT-TTr
V/v tăng cường công tác kiểm tra thuế

Hà Nội, ngày 14 tháng 9 năm 2026

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.

"""

LETTER_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT, TTr.

KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG

Lê Văn Minh
"""

ADDRESSEE = "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"


def _letter(body: str) -> str:
    return LETTER_HEAD + body + LETTER_TAIL


# --- items numbered "1/", "2/" (an OCR'd letter's style) ------------------------------------


def test_items_numbered_with_a_slash_are_items() -> None:
    body = """Để hoàn thành nhiệm vụ năm 2026, Tổng cục Thuế yêu cầu Cục Thuế các tỉnh,
thành phố trực thuộc Trung ương thực hiện một số giải pháp sau:

1/ Rà soát kế hoạch kiểm tra năm 2026 để bổ sung các doanh nghiệp có rủi ro cao.

2/ Tăng cường kiểm tra sau hoàn thuế theo quy định tại Thông tư số 80/2021/TT-BTC.

3/ Cập nhật đầy đủ dữ liệu vào ứng dụng hỗ trợ kiểm tra.

Tổng cục Thuế yêu cầu các Cục Thuế nghiêm túc thực hiện./.
"""
    extraction = extract_text(_letter(body))
    assert _tasks(extraction) == [
        (ADDRESSEE, "Rà soát kế hoạch kiểm tra năm 2026 để bổ"),
        (ADDRESSEE, "Tăng cường kiểm tra sau hoàn thuế theo q"),
        (ADDRESSEE, "Cập nhật đầy đủ dữ liệu vào ứng dụng hỗ "),
    ]


def test_the_addressee_group_named_by_its_head_alone_is_the_addressee() -> None:
    body = """Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương thực
hiện một số giải pháp sau:

1. Các Cục Thuế rà soát kế hoạch kiểm tra năm 2026 để bổ sung các doanh nghiệp có rủi ro.

2. Các Cục Thuế lựa chọn các doanh nghiệp có số hoàn thuế lớn để thanh tra toàn diện.
"""
    extraction = extract_text(_letter(body))
    assert _tasks(extraction) == [
        (ADDRESSEE, "Rà soát kế hoạch kiểm tra năm 2026 để bổ"),
        (ADDRESSEE, "Lựa chọn các doanh nghiệp có số hoàn thu"),
    ]


# --- "yêu cầu đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố …": the body, named shorter --


def test_a_comrade_heading_the_addressee_group_stands_for_it() -> None:
    body = """Để hoàn thành kế hoạch năm 2026, Tổng cục Thuế yêu cầu đồng chí Cục trưởng Cục
Thuế các tỉnh, thành phố chỉ đạo triển khai thực hiện một số công việc như sau:

1/ Tổ chức, quán triệt và giao nhiệm vụ cụ thể đến từng phòng, bộ phận kiểm tra.

2/ Đẩy mạnh công tác trao đổi nghiệp vụ kiểm tra thuế.
"""
    extraction = extract_text(_letter(body))
    assert _tasks(extraction) == [
        (ADDRESSEE, "Tổ chức, quán triệt và giao nhiệm vụ cụ "),
        (ADDRESSEE, "Đẩy mạnh công tác trao đổi nghiệp vụ kiể"),
    ]


# --- "--- PAGE BREAK ---" (a converter's mark between the pages of a scan) -----------------


def test_a_page_break_mark_inside_a_sentence_or_before_the_closing_is_no_text() -> None:
    body = """Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương thực
hiện một số giải pháp sau:

1/ Rà soát kế hoạch kiểm tra năm 2026 để bổ sung các doanh nghiệp có rủi ro


--- PAGE BREAK ---

cao về thuế; cập nhật kết quả vào ứng dụng hỗ trợ kiểm tra.

2/ Đẩy mạnh công tác trao đổi nghiệp vụ kiểm tra thuế.


--- PAGE BREAK ---

Tổng cục Thuế yêu cầu đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố
trực thuộc Trung ương nghiêm túc triển khai thực hiện.
"""
    extraction = extract_text(_letter(body))
    assert [lead for lead, _ in _tasks(extraction)] == [ADDRESSEE] * 3
    actions = [ob.action for ob in extraction.cascade.obligations]
    assert actions[0].endswith("có rủi ro cao về thuế")
    assert actions[1] == "Cập nhật kết quả vào ứng dụng hỗ trợ kiểm tra."
    assert actions[2] == "Đẩy mạnh công tác trao đổi nghiệp vụ kiểm tra thuế."


# --- "Trong quá trình …, nếu có phat sinh vướng mắc …" (the accent lost): how to get help --


def test_a_request_for_feedback_whose_accent_the_ocr_lost_is_no_task() -> None:
    body = """Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương thực
hiện một số giải pháp sau:

1/ Rà soát kế hoạch kiểm tra năm 2026.

2/ Đẩy mạnh công tác trao đổi nghiệp vụ kiểm tra thuế.

Trong quá trình triển khai thực hiện công tác kiểm tra thuế, nếu có phat sinh vướng mắc đề
nghị phản ánh về Tổng cục Thuế để được hướng dẫn kịp thời.
"""
    extraction = extract_text(_letter(body))
    assert _tasks(extraction) == [
        (ADDRESSEE, "Rà soát kế hoạch kiểm tra năm 2026."),
        (ADDRESSEE, "Đẩy mạnh công tác trao đổi nghiệp vụ kiể"),
    ]


def test_quá_trình_is_a_noun_not_the_verb_trình() -> None:
    from cascade.extract.verb_start import leading_verb

    text = "Trong quá trình triển khai, kiểm tra việc nhập dữ liệu."
    found = leading_verb(text)
    assert found is not None and text[found.start :].startswith("triển khai")


# --- "1/ Tổ chức, quán triệt và giao …": the verb "tổ chức" opening a row of verbs ------------


def test_tổ_chức_opening_a_row_of_verbs_is_no_body() -> None:
    body = """Thực hiện Chỉ thị số 05/CT-TTg ngày 04/3/2026 về các nhiệm vụ, giải pháp
cấp bách, Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương triển
khai thực hiện một số công việc như sau:

1/ Tổ chức, quán triệt và giao nhiệm vụ cụ thể đến từng phòng, bộ phận kiểm tra.

2/ Cập nhật đầy đủ dữ liệu vào ứng dụng hỗ trợ kiểm tra.
"""
    extraction = extract_text(_letter(body))
    assert _tasks(extraction) == [
        (ADDRESSEE, "Tổ chức, quán triệt và giao nhiệm vụ cụ "),
        (ADDRESSEE, "Cập nhật đầy đủ dữ liệu vào ứng dụng hỗ "),
    ]


# --- a closing formula with a few characters of OCR noise after its full stop --------------


def test_a_closing_formula_followed_by_ocr_noise_is_no_task() -> None:
    body = """Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương thực
hiện một số giải pháp sau:

1/ Rà soát kế hoạch kiểm tra năm 2026.

2/ Đẩy mạnh công tác trao đổi nghiệp vụ kiểm tra thuế.

Tổng cục Thuế yêu cầu các đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc
Trung ương nghiêm túc triển khai thực hiện. gaa!
"""
    extraction = extract_text(_letter(body))
    assert _tasks(extraction) == [
        (ADDRESSEE, "Rà soát kế hoạch kiểm tra năm 2026."),
        (ADDRESSEE, "Đẩy mạnh công tác trao đổi nghiệp vụ kiể"),
    ]


# --- "Trên cơ sở …, tập trung phân tích … để lựa chọn …": the work after the basis's comma ---


def test_the_work_after_a_basis_starts_at_its_comma_not_at_its_purpose() -> None:
    body = """Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương thực
hiện một số giải pháp sau:

1/ Trên cơ sở kế hoạch thanh tra, kiểm tra năm 2026 đã được phê duyệt, tập trung phân
tích chuyên sâu để lựa chọn các doanh nghiệp có rủi ro cao về thuế.

2/ Đẩy mạnh công tác trao đổi nghiệp vụ kiểm tra thuế.
"""
    extraction = extract_text(_letter(body))
    assert _tasks(extraction) == [
        (ADDRESSEE, "Tập trung phân tích chuyên sâu để lựa ch"),
        (ADDRESSEE, "Đẩy mạnh công tác trao đổi nghiệp vụ kiể"),
    ]


# --- "Bộ X đây mạnh triển khai …": a verb whose accents the OCR changed ends the name --------


def test_a_verb_with_garbled_accents_ends_the_name_and_starts_the_action() -> None:
    body = """Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương thực
hiện một số giải pháp sau:

1/ Rà soát kế hoạch kiểm tra năm 2026.

2/ Vụ Thanh tra - Kiểm tra đây mạnh triển khai các hoạt động hỗ trợ người nộp thuế.

3/ Tang cường kiểm tra sau hoàn thuế.
"""
    extraction = extract_text(_letter(body))
    assert _tasks(extraction) == [
        (ADDRESSEE, "Rà soát kế hoạch kiểm tra năm 2026."),
        ("Vụ Thanh tra - Kiểm tra", "Đây mạnh triển khai các hoạt động hỗ trợ"),
        (ADDRESSEE, "Tang cường kiểm tra sau hoàn thuế."),
    ]


# --- "- Trường hợp …, yêu cầu cá nhân đó xuất trình …": a demand on a taxpayer is the work ---


def test_a_demand_on_a_taxpayer_under_a_condition_is_the_leads_work() -> None:
    body = """Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố trực thuộc Trung ương triển
khai thực hiện:

1. Tiến hành xác minh tình hình kê khai nộp thuế và xử lý theo quy định, bao gồm:

- Xác định tình trạng cư trú của người nộp thuế.

- Trường hợp cá nhân đã nộp thuế tại nước ngoài, yêu cầu cá nhân đó xuất trình các chứng
từ chứng minh việc nộp thuế.
"""
    extraction = extract_text(_letter(body))
    assert _tasks(extraction) == [
        (ADDRESSEE, "Xác định tình trạng cư trú của người nộp"),
        (ADDRESSEE, "Yêu cầu cá nhân đó xuất trình các chứng "),
    ]


# --- a lead-in "yêu cầu X, Y và đề nghị cộng đồng doanh nghiệp, nhân dân cả nước:" ----------


def test_a_lead_in_closing_with_a_request_to_the_public_gives_only_its_items() -> None:
    body = """Để tháo gỡ khó khăn cho sản xuất kinh doanh, Tổng cục Thuế yêu cầu Cục trưởng Cục
Thuế các tỉnh, thành phố, Chủ tịch Hội đồng thành viên các tổng công ty nhà nước và đề nghị
cộng đồng doanh nghiệp, nhân dân cả nước:

I. TINH THẦN CHỈ ĐẠO

1. Rà soát kế hoạch kiểm tra năm 2026.
"""
    extraction = extract_text(_letter(body))
    assert _tasks(extraction) == [
        (ADDRESSEE, "Rà soát kế hoạch kiểm tra năm 2026."),
        ("Hội đồng thành viên các tổng công ty nhà nước", "Rà soát kế hoạch kiểm tra năm 2026."),
    ]


def test_a_name_before_và_and_a_request_ends_before_và() -> None:
    text = "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương và đề nghị nhân dân"
    mentions, _ = parse_org_list(text)
    assert [m.text for m in mentions] == [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    ]


# --- "__ - Trình …": a speck of the scan read as underscores before a bullet ----------------


def test_underscores_before_a_bullet_are_a_speck_not_text() -> None:
    body = """Tổng cục Thuế đề nghị các đơn vị triển khai thực hiện các nhiệm vụ sau:

1. Tháo gỡ khó khăn, tạo thuận lợi về thuế

a) Vụ Chính sách thuế:

- Nghiên cứu, đề xuất sửa đổi quy định về gia hạn nộp thuế.

b) Vụ Kê khai và Kế toán thuế
__ - Hướng dẫn thủ tục gia hạn nộp thuế trong tháng 3 năm 2026.

- Khẩn trương trình Lãnh đạo Tổng cục mẫu biểu kê khai mới.

2. Cục Công nghệ thông tin nâng cấp ứng dụng khai thuế điện tử.
"""
    extraction = extract_text(_letter(body))
    assert _tasks(extraction) == [
        ("Vụ Chính sách thuế", "Nghiên cứu, đề xuất sửa đổi quy định về "),
        ("Vụ Kê khai và Kế toán thuế", "Hướng dẫn thủ tục gia hạn nộp thuế trong"),
        ("Vụ Kê khai và Kế toán thuế", "Khẩn trương trình Lãnh đạo Tổng cục mẫu "),
    ]


# --- "…; nếu … thì yêu cầu bổ sung ngay …": a demand on a condition is work of its own ------


def test_a_demand_after_thì_is_a_task_of_its_own() -> None:
    body = """Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương thực
hiện một số giải pháp sau:

1. Kiểm tra hồ sơ hoàn thuế; nếu thông tin không đầy đủ thì yêu cầu bổ sung ngay trong
ngày nhận được hồ sơ.

2. Đẩy mạnh công tác trao đổi nghiệp vụ kiểm tra thuế.
"""
    extraction = extract_text(_letter(body))
    assert _tasks(extraction) == [
        (ADDRESSEE, "Kiểm tra hồ sơ hoàn thuế"),
        (ADDRESSEE, "Yêu cầu bổ sung ngay trong ngày nhận đượ"),
        (ADDRESSEE, "Đẩy mạnh công tác trao đổi nghiệp vụ kiể"),
    ]


def test_ngay_trong_ngày_nhận_được_at_the_end_is_an_event() -> None:
    body = """Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương thực
hiện một số giải pháp sau:

1. Kiểm tra hồ sơ hoàn thuế; nếu thông tin không đầy đủ thì yêu cầu bổ sung ngay trong
ngày nhận được.

2. Đẩy mạnh công tác trao đổi nghiệp vụ kiểm tra thuế.
"""
    assert _deadlines(extract_text(_letter(body))) == ["none", "event", "none"]


# --- "… tại Công văn số … về việc đề nghị X …": the cited letter's request, not this one's
# (the OCR may give "ve việc")


def test_a_request_that_is_the_subject_of_a_cited_letter_is_no_task() -> None:
    body = """Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương thực
hiện một số giải pháp sau:

1/ Rà soát kế hoạch kiểm tra năm 2026.

2/ Thực hiện chỉ đạo của Văn phòng Ban chỉ đạo quốc gia tại Công văn số 209/VPTT-TH
ngày 09/9/2026 ve việc đề nghị Ban chỉ đạo 389 các Bộ, ngành, địa phương chấn chỉnh, khắc
phục những tồn tại.
"""
    extraction = extract_text(_letter(body))
    leads = [lead for lead, _ in _tasks(extraction)]
    assert "Ban chỉ đạo 389 các Bộ, ngành, địa phương" not in leads
    assert _tasks(extraction)[0] == (ADDRESSEE, "Rà soát kế hoạch kiểm tra năm 2026.")
