"""Patterns the held-out sets showed (most of them round 4), each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's style.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _deadlines, _plan, _tasks

# --- a regulation's "Nội dung Sở X có trách nhiệm chủ trì" articles ------------------------

_CONTENTS = """**Điều 3. Nội
dung phối hợp chung**

1. Xây dựng, ban hành chính sách về khuyến nông trên địa bàn tỉnh.

2. Kiểm tra việc thực hiện chính sách về khuyến nông.

**Điều 4. Nội
dung Sở Nông nghiệp và Môi trường có trách nhiệm chủ trì**

1. Xây dựng kế hoạch khuyến nông hằng năm của tỉnh.

2. Công tác tập huấn cho cán bộ khuyến nông cấp xã.

**Điều 5. Nội
dung Sở Tài chính có trách nhiệm chủ trì**

Thẩm định dự toán kinh phí khuyến nông, tham mưu bố trí
kinh phí trong dự toán ngân sách tỉnh.

**Điều 6. Nội dung các
cơ quan, đơn vị khác có trách nhiệm chủ trì**

Tham mưu chỉ đạo, hướng dẫn công tác chuyên môn có liên quan đến khuyến nông.

**Điều 7. Trách nhiệm của các cơ quan, đơn vị, địa phương**

1. Thủ trưởng các cơ quan, đơn vị và Chủ tịch Ủy ban nhân dân cấp xã có trách nhiệm
thực hiện tốt Quy chế này.

2. Trong quá trình thực hiện, trường hợp có nội dung không phù hợp, các cơ quan, đơn vị
kịp thời phản ánh về Sở Nông nghiệp và Môi trường để báo cáo Ủy ban nhân dân tỉnh xem
xét, sửa đổi, bổ sung.
"""


def _contents() -> str:
    return _plan(_CONTENTS, number="31/2025/QĐ-UBND", title="QUYẾT ĐỊNH")


def test_an_article_on_what_a_body_leads_names_the_body() -> None:
    tasks = _tasks(extract_text(_contents()))
    assert tasks[:4] == [
        ("Sở Nông nghiệp và Môi trường", "Xây dựng kế hoạch khuyến nông hằng năm c"),
        ("Sở Nông nghiệp và Môi trường", "Công tác tập huấn cho cán bộ khuyến nông"),
        ("Sở Tài chính", "Thẩm định dự toán kinh phí khuyến nông, "),
        ("các cơ quan, đơn vị khác", "Tham mưu chỉ đạo, hướng dẫn công tác chu"),
    ]


def test_carrying_out_a_regulation_well_and_reporting_misfits_are_no_tasks() -> None:
    tasks = _tasks(extract_text(_contents()))
    # the general contents name no body; the closing article's two items are formulas
    assert len(tasks) == 4, tasks


# --- "Ủy ban nhân dân cấp xã" is a level, not the issuer named without its place ----------

_LEVEL = """*Căn cứ Luật Tổ chức chính
quyền địa phương số 72/2025/QH15;*

*Ủy ban nhân dân ban hành Quyết định ban hành Quy chế phối hợp về khuyến nông.*

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế phối hợp về khuyến nông.

**Điều 2. Nội
dung Ủy ban nhân dân cấp xã có trách nhiệm chủ trì**

1. Thực hiện công tác quản lý nhà nước về khuyến nông trên địa bàn.
"""


def test_the_commune_level_is_not_read_as_the_issuer() -> None:
    extraction = extract_text(_plan(_LEVEL, number="32/2025/QĐ-UBND", title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [
        ("Ủy ban nhân dân cấp xã", "Thực hiện công tác quản lý nhà nước về k")
    ]


def test_a_chapter_heading_wrapped_over_two_lines_is_no_task() -> None:
    body = _CONTENTS.replace("**Điều 7.", "**Chương\nIII**\n\n**TỔ CHỨC THỰC HIỆN**\n\n**Điều 7.")
    tasks = _tasks(extract_text(_plan(body, number="31/2025/QĐ-UBND", title="QUYẾT ĐỊNH")))
    assert [action for _, action in tasks if "Chương" in action] == []
    assert len(tasks) == 4


# --- "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ" is one group --------------------


def test_ministries_and_agencies_at_ministry_level_are_one_group() -> None:
    body = """Xét báo cáo của Bộ Tài chính tại văn bản số 512/BC-BTC ngày 03 tháng 11 năm 2025,
Phó Thủ tướng Chính phủ có ý kiến như sau:

Các Bộ, cơ quan ngang
Bộ, cơ quan thuộc Chính phủ rà soát các nhiệm vụ được giao tại Báo cáo số 512/BC-BTC
nêu trên; chủ động điều chỉnh kế hoạch để bảo đảm mục tiêu năm 2025.
"""
    leads = {lead for lead, _ in _tasks(extract_text(_plan(body, number="912/UBND-KT")))}
    assert leads == {"Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"}


# --- a second subject in a paragraph: a group with its places after a colon ---------------


def test_a_group_listing_its_places_after_a_colon_is_the_second_subject() -> None:
    body = """Xét đề nghị của Ủy ban nhân dân tỉnh Sông Lam, Phó Thủ tướng Chính phủ có ý kiến
như sau:
Chủ tịch Ủy ban nhân dân tỉnh Sông Lam khẩn trương làm việc với các địa phương có
liên quan để bảo đảm nguồn cung đất đắp cho Dự án. Ủy ban nhân dân các tỉnh: Hồng
Lĩnh, Ba Vì, Tam Đảo hỗ trợ tỉnh Sông Lam hoàn thành thủ tục cấp phép khai thác mỏ.
"""
    tasks = _tasks(extract_text(_plan(body, number="913/UBND-KT")))
    assert tasks == [
        ("Ủy ban nhân dân tỉnh Sông Lam", "Khẩn trương làm việc với các địa phương "),
        (
            "Ủy ban nhân dân các tỉnh: Hồng Lĩnh, Ba Vì, Tam Đảo",
            "Hỗ trợ tỉnh Sông Lam hoàn thành thủ tục ",
        ),
    ]


def test_speeding_up_is_a_directive_verb() -> None:
    body = """Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:

1. Sở Tài chính đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2025.
"""
    assert _tasks(extract_text(_plan(body, number="914/UBND-KT"))) == [
        ("Sở Tài chính", "Đẩy nhanh tiến độ giải ngân vốn đầu tư c")
    ]


def test_a_listed_group_of_provinces_and_cities_keeps_its_places() -> None:
    body = """1. Ủy ban nhân dân các tỉnh, thành phố
trực thuộc Trung ương: Hồng Lĩnh, Ba Vì, Tam Đảo chủ động phối hợp chặt chẽ với Bộ Tài
chính để bảo đảm quyền lợi của người dân.
"""
    leads = [lead for lead, _ in _tasks(extract_text(_plan(body, number="915/UBND-KT")))]
    assert leads == [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hồng Lĩnh, Ba Vì, Tam Đảo"
    ]


# --- a conclusion: items without subject under "Để …, tỉnh X cần … sau đây:" ---------------

_CONCLUSION = """Sau một năm triển khai, công tác chuyển đổi số của tỉnh đạt nhiều kết quả quan
trọng, nhiều thủ tục hành chính được giải quyết trực tuyến.

Để tiếp tục nâng cao hiệu quả chuyển đổi số, tỉnh Sông Lam cần tập trung thực hiện tốt một
số nhiệm vụ, giải pháp sau đây:

1. Tăng cường hiệu quả hoạt động của Trung tâm phục vụ hành chính công tỉnh.

2. Chú trọng công tác tuyên truyền, làm tốt công tác tư tưởng trong cán bộ, công chức.

3. Chuẩn bị các điều kiện cần thiết để vận hành kho dữ liệu dùng chung của tỉnh.
"""


def test_items_under_a_locality_that_needs_to_act_are_its_tasks() -> None:
    tasks = _tasks(extract_text(_plan(_CONCLUSION, number="612/TB-UBND", title="THÔNG BÁO")))
    assert [lead for lead, _ in tasks] == ["tỉnh Sông Lam"] * 3


# --- answers to proposals: "1. Về đề nghị …: <answer>" ------------------------------------

_ANSWERS = """**II. VỀ CÁC ĐỀ XUẤT, KIẾN NGHỊ CỦA TỈNH**

1. Về đề nghị các bộ, ngành sớm ban hành văn bản hướng dẫn về chuyên môn, nghiệp vụ,
bảo đảm thống nhất; hoàn thiện quy trình pháp lý về tài sản công để xử lý trụ sở dôi dư
của địa phương: Ủy ban nhân dân tỉnh Sông Lam tiếp tục rà soát các nội dung về phân cấp,
phân quyền, phối hợp với Bộ Nội vụ tổng hợp, đề xuất sửa đổi các văn bản có liên quan.

2. Về đề nghị Bộ Nội vụ tham mưu ban hành cơ chế tiền lương của cán bộ cấp xã: Bộ Nội vụ
nghiên cứu đề xuất của Ủy ban nhân dân tỉnh Sông Lam trong quá trình xây dựng văn bản.
"""


def test_an_answer_to_a_proposal_names_its_own_lead() -> None:
    tasks = _tasks(extract_text(_plan(_ANSWERS, number="613/TB-UBND", title="THÔNG BÁO")))
    leads = [lead for lead, _ in tasks]
    # the proposal before the colon is a topic: its bodies ("các bộ, ngành") do nothing
    assert "các bộ, ngành" not in leads
    assert tasks[0] == (
        "Ủy ban nhân dân tỉnh Sông Lam",
        "Tiếp tục rà soát các nội dung về phân cấ",
    )
    assert ("Bộ Nội vụ", "Nghiên cứu đề xuất của Ủy ban nhân dân t") in tasks


# --- a lead-in's bodies carried across bold topic headings --------------------------------

_TOPICS = """Thực hiện các Công điện của Chính phủ về hỗ trợ người dân khắc phục hậu quả sau
thiên tai, để hỗ trợ người nộp thuế bị tổn thất do bão và mưa lũ sau bão, Cục
Thuế yêu cầu Trưởng Thuế các tỉnh, thành phố nơi có người nộp thuế bị thiệt hại khẩn
trương triển khai các nội dung sau:
**1. Về chính sách,
thủ tục gia hạn nộp thuế**
Tiếp tục hướng dẫn người nộp thuế bị thiệt hại các thủ tục gia hạn nộp thuế theo
quy định hiện hành.
**2. Về hỗ trợ người nộp thuế**
- Đối với người nộp thuế đã nộp đủ hồ sơ: Cơ quan thuế địa phương căn cứ hồ sơ để kịp
thời giải quyết cho người nộp thuế theo quy định.
- Đối với người nộp thuế chưa có hồ sơ (hoặc hồ sơ chưa đầy đủ) đề nghị gia hạn nộp
thuế: Cơ quan thuế địa phương có trách nhiệm hướng dẫn rõ người nộp thuế các thủ tục
đề nghị gia hạn.
**3. Về tổ chức thực hiện**
- Cập nhật, báo cáo Cục hằng ngày kết quả xử lý hồ sơ của người nộp thuế.
"""


def test_a_lead_ins_bodies_act_under_the_topic_headings_below_it() -> None:
    tasks = _tasks(extract_text(_plan(_TOPICS, number="5601/CT-CS", title="CÔNG VĂN")))
    assert tasks == [
        ("Thuế các tỉnh, thành phố", "Tiếp tục hướng dẫn người nộp thuế bị thi"),
        # (the basis stays in the work since round 15: "căn cứ hồ sơ để kịp thời …")
        ("Cơ quan thuế địa phương", "Căn cứ hồ sơ để kịp thời giải quyết cho "),
        # "hồ sơ đề nghị …" in the topic names a file, not a request
        ("Cơ quan thuế địa phương", "Hướng dẫn rõ người nộp thuế các thủ tục "),
        ("Thuế các tỉnh, thành phố", "Cập nhật, báo cáo Cục hằng ngày kết quả "),
    ]


def test_floods_after_a_storm_and_the_topic_of_cited_texts_are_no_time() -> None:
    deadlines = _deadlines(extract_text(_plan(_TOPICS, number="5601/CT-CS", title="CÔNG VĂN")))
    assert deadlines == ["none", "none", "none", "continuous"], deadlines


def test_recovering_after_a_disaster_is_still_an_event() -> None:
    body = """1. Sở Tài chính chỉ đạo triển khai các chính sách hỗ trợ để khôi phục hoạt động sản
xuất kinh doanh sau thiên tai.
"""
    assert _deadlines(extract_text(_plan(body, number="916/UBND-KT"))) == ["event"]


# --- "Trong quá trình thực hiện có phát sinh khó khăn … thì kịp thời phản ánh" ---------------


def test_reporting_difficulties_without_a_subject_of_its_own_is_no_task() -> None:
    body = """1. Sở Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật của tỉnh.

Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã
có trách nhiệm tổ chức triển khai thực hiện nghiêm túc Chỉ thị này. Trong quá trình thực
hiện có phát sinh khó khăn, vướng mắc thì kịp thời phản ánh về Sở Tư pháp để tổng hợp, báo
cáo Ủy ban nhân dân tỉnh xem xét./.
"""
    tasks = _tasks(extract_text(_plan(body, number="10/CT-UBND", title="CHỈ THỊ")))
    assert tasks == [("Sở Tư pháp", "Chủ trì rà soát các văn bản quy phạm phá")]


# --- long lower-case parts of a group ------------------------------------------------------


def test_a_group_may_list_long_lower_case_kinds_of_body() -> None:
    body = """1. Các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân tỉnh tổ
chức đánh giá, xếp loại chất lượng công chức năm 2025.

2. Các sở, đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh gửi kết quả về Sở Nội vụ.
"""
    leads = [lead for lead, _ in _tasks(extract_text(_plan(body, number="917/UBND-NV")))]
    assert leads == [
        "Các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân tỉnh",
        "Các sở, đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh",
    ]


# --- a preamble run into the opinion it introduces ----------------------------------------


def test_the_opinion_after_a_preamble_on_the_same_line_is_read() -> None:
    body = """Xét đề nghị của Ủy ban nhân dân tỉnh Sông Lam (văn bản số 84/BC-UBND ngày 19 tháng 11
năm 2025), Phó Thủ tướng Chính phủ có ý kiến như sau: Chủ tịch Ủy ban nhân dân tỉnh Sông
Lam khẩn trương làm việc với các địa phương có liên quan để bảo đảm nguồn cung đất đắp.
"""
    assert _tasks(extract_text(_plan(body, number="918/VPCP-CN"))) == [
        ("Ủy ban nhân dân tỉnh Sông Lam", "Khẩn trương làm việc với các địa phương ")
    ]
