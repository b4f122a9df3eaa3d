"""Patterns held-out round 11 and the rounds before it showed, each on a text written for
this test.

Names, numbers and dates are invented; the texts follow the crawl's style. The plan of
these tests is dated Wednesday 26 November 2025.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _deadlines, _plan, _tasks

# --- "đề nghị bộ, ngành, địa phương": the bare group, not the bodies named before it -------


def test_a_request_to_ministries_sectors_and_localities_without_cac() -> None:
    body = """Để việc rà soát tiêu chuẩn chức danh được triển khai thống nhất theo đúng yêu cầu
của Bộ
Chính trị, Ban Bí thư và
Ban Kiểm tra Trung ương, trên cơ sở hướng dẫn nêu trên, đề nghị bộ, ngành, địa phương khẩn
trương rà soát tiêu chuẩn chức danh theo biểu mẫu gửi kèm và gửi về Sở Nội vụ trước ngày
**05/12/2025 **để tổng hợp.
"""
    extraction = extract_text(_plan(body, title="CÔNG VĂN"))
    assert _tasks(extraction) == [
        ("bộ, ngành, địa phương", "Khẩn trương rà soát tiêu chuẩn chức danh")
    ]
    assert _deadlines(extraction) == ["absolute 2025-12-05"]


def test_the_closing_request_stays_no_task_when_a_footnote_follows_the_signature() -> None:
    body = """Đề nghị bộ, ngành, địa phương khẩn trương tổng hợp số liệu[i] theo biểu mẫu gửi
kèm và gửi về Sở Nội vụ trước ngày 05/12/2025 để tổng hợp.
Đề nghị bộ, ngành, địa phương quan
tâm thực hiện./.
"""
    footnote = """____________________
[i] Tổng số chỉ tiêu của bộ, ngành, địa phương không vượt
quá số đã được giao.
"""
    extraction = extract_text(_plan(body, title="CÔNG VĂN") + footnote)
    assert [lead for lead, _ in _tasks(extraction)] == ["bộ, ngành, địa phương"]


# --- a lead made of kinds of body and what they do: "Đơn vị, tổ chức thực hiện …, có trách
# nhiệm …" -------------------------------------------------------------------------------


def test_kinds_of_body_qualified_by_their_work_lead_the_duty() -> None:
    body = """**Điều 3. Lập và quản lý kinh phí**

1. Mức chi được xác định theo khối lượng công việc thực tế.

2. Đơn vị, tổ chức thực hiện nhiệm vụ giải phóng mặt bằng, tái định cư có
trách nhiệm lập phương án chi phí của từng dự án. Việc lập phương án thực hiện theo hướng
dẫn của Sở Tài chính.
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [
        (
            "Đơn vị, tổ chức thực hiện nhiệm vụ giải phóng mặt bằng, tái định cư",
            "Lập phương án chi phí của từng dự án.",
        )
    ]


# --- "X có ý kiến hướng dẫn …" and "Cơ quan thuế của địa phương …" -------------------------


def test_giving_an_opinion_and_a_local_kind_of_body_are_duties() -> None:
    body = """**Điều 4. Tổ chức thực hiện**

1. Sở Tài chính chủ trì hướng dẫn các cơ quan thực hiện Quyết định này.

2. Sở Nông nghiệp và Môi trường có ý kiến hướng dẫn chuyên môn về đất đai khi được cơ quan
thuế lấy ý kiến về vị trí thửa đất.

3. Cơ quan thuế của địa phương hướng dẫn kê khai và thu tiền thuê đất theo quy định.
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [
        ("Sở Tài chính", "Chủ trì hướng dẫn các cơ quan thực hiện "),
        ("Sở Nông nghiệp và Môi trường", "Có ý kiến hướng dẫn chuyên môn về đất đa"),
        ("Cơ quan thuế của địa phương", "Hướng dẫn kê khai và thu tiền thuê đất t"),
    ]


# --- a group of five before "xét, trình, đề nghị …" --------------------------------------


def test_a_group_of_bodies_before_xet_trinh_de_nghi() -> None:
    body = """**Điều 5. Trình tự đề nghị khen thưởng**

1. Ủy ban Mặt trận Tổ
quốc Việt Nam tỉnh; các sở, ban, ngành; Ủy ban nhân dân các xã,
phường; cơ quan, đơn vị đóng trên địa bàn tỉnh xét, trình, đề nghị Ủy ban nhân dân tỉnh xét,
tặng danh hiệu.
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Xét, trình, đề nghị Ủy ban nhân dân tỉnh"),
        ("các sở, ban, ngành", "Xét, trình, đề nghị Ủy ban nhân dân tỉnh"),
        ("Ủy ban nhân dân các xã, phường", "Xét, trình, đề nghị Ủy ban nhân dân tỉnh"),
        ("cơ quan, đơn vị đóng trên địa bàn tỉnh", "Xét, trình, đề nghị Ủy ban nhân dân tỉnh"),
    ]


# --- "Các cơ quan thông tin, tuyên truyền và báo chí của thành phố X": one kind of body ------


def test_the_press_and_information_bodies_of_a_city_are_one_group() -> None:
    body = """**Điều 12. Trách nhiệm thi hành**

1. Các cơ quan thông
tin, tuyên truyền và báo chí của thành phố Lâm Hà có trách nhiệm phát hiện, giới thiệu những
tấm gương tiêu biểu tới Sở Nội vụ.
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [
        (
            "Các cơ quan thông tin, tuyên truyền và báo chí của thành phố Lâm Hà",
            "Phát hiện, giới thiệu những tấm gương ti",
        )
    ]


# --- addresses under a body's name are no tasks ----------------------------------------


def test_the_addresses_of_a_service_centre_are_no_tasks() -> None:
    body = """**Điều 2. **Sở Tư pháp có trách nhiệm công khai thủ tục hành chính kèm theo
Quyết định này.

**DANH MỤC THỦ TỤC HÀNH CHÍNH**
|
**Stt**
|
**Tên TTHC**
|
**Địa điểm tiếp nhận**
|
|
1
|
Cấp phiếu lý lịch tư pháp.
|
- Trung tâm Phục vụ hành
chính công tỉnh Hà Nam Ninh:
+ Trụ sở chính: Số 5, đường
Lê Lợi, phường Trung Tâm, tỉnh Hà Nam Ninh;
+ Cơ sở 2: Nhà văn hóa
tỉnh, phường Bắc Sơn, tỉnh Hà Nam Ninh.
- Trung tâm Phục vụ hành
chính công cấp xã.
|
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [("Sở Tư pháp", "Công khai thủ tục hành chính kèm theo Qu")]


# --- "III. TỔ CHỨC THỰC HIỆN" under a request over sections: a title, no task ---------------


def test_a_section_title_in_capitals_under_a_request_is_no_task() -> None:
    body = """Kính gửi: Các trường đại học trực thuộc Bộ.

Bộ Văn hóa đề nghị các trường đại học trực thuộc Bộ thực hiện một số nội dung như sau:

**I. NHIỆM VỤ CHUNG**

1. Rà soát chương trình đào tạo, gửi kết quả về Vụ Đào tạo trước ngày 20/12/2025.

**II. TỔ CHỨC THỰC HIỆN**

1.
Căn cứ hướng dẫn của Bộ, các trường xây dựng kế hoạch cụ thể, bố trí nguồn lực thực hiện.
"""
    extraction = extract_text(_plan(body, title="CÔNG VĂN"))
    assert [action[:20] for _, action in _tasks(extraction)] == [
        "Rà soát chương trình",
        "Xây dựng kế hoạch cụ",
    ]


def test_competent_bodies_named_by_kind_lead_their_duty() -> None:
    body = """**Điều 11. Khiếu nại**

1. Cá nhân có quyền khiếu nại về kết quả bình xét theo quy định.

2. Cơ quan, tổ chức, cá
nhân có thẩm quyền có trách nhiệm xem xét, giải quyết khiếu nại theo quy định của pháp
luật.
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [
        ("Cơ quan, tổ chức, cá nhân có thẩm quyền", "Xem xét, giải quyết khiếu nại theo quy đ")
    ]


# --- feedback on the text itself, with the bodies named first: no task -----------------------


def test_bodies_that_find_what_does_not_fit_report_it_as_feedback() -> None:
    body = """**Điều 12. Tổ chức thực hiện**

1. Sở Nội vụ hướng dẫn, đôn đốc các cơ quan thực hiện Quy chế này.

Trong quá trình thực
hiện, các cấp, các ngành, cơ quan, đơn vị phát hiện những vấn đề chưa phù hợp cần sửa đổi,
báo cáo Ủy ban nhân dân tỉnh qua Sở Nội vụ để xem xét, sửa đổi kịp thời./.
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [("Sở Nội vụ", "Hướng dẫn, đôn đốc các cơ quan thực hiện")]


# --- "**Điều⏎6. Title**": an article's label alone on its line --------------------------


def test_an_article_label_alone_on_its_line_is_no_task_of_the_item_before() -> None:
    body = """**Điều
5. Trình tự xét tặng**

1. Sở Nội vụ:

a) Rà soát, thẩm định hồ sơ theo quy định;

b) Tổng hợp, trình Chủ tịch Ủy ban nhân dân tỉnh quyết định.

**Điều
6. Hồ sơ đề nghị xét tặng**

1. Hồ sơ gồm tờ trình và báo cáo thành tích.
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [
        ("Sở Nội vụ", "Rà soát, thẩm định hồ sơ theo quy định"),
        ("Sở Nội vụ", "Tổng hợp, trình Chủ tịch Ủy ban nhân dân"),
    ]


# --- "…; lấy ý kiến …": a work of its own after ";" ---------------------------------------


def test_seeking_opinions_after_a_semicolon_is_a_work_of_its_own() -> None:
    body = """**Điều 5. Trình tự xét tặng**

1. Sở Nội vụ:

a) Rà soát, thẩm định hồ sơ theo quy định; lấy ý kiến các đơn vị liên quan (trong trường
hợp cần thiết); tổng hợp trình Hội đồng Thi đua - Khen thưởng tỉnh xem xét.
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert [action[:24] for _, action in _tasks(extraction)] == [
        "Rà soát, thẩm định hồ sơ",
        "Lấy ý kiến các đơn vị li",
        "Tổng hợp trình Hội đồng ",
    ]


# --- "Trong thời hạn 15 ngày sau khi …, X có trách nhiệm …": the subject after the time --------


def test_a_time_limit_before_the_subject_opens_the_sentence() -> None:
    body = """**Điều 9. Thu hồi danh hiệu**

1. Cá nhân vi phạm bị thu hồi danh hiệu.

2. Trong thời hạn 15
ngày sau khi phát hiện vi phạm của cá nhân được cơ quan có thẩm quyền kết
luận, Sở Nội vụ có trách nhiệm tham mưu Chủ tịch Ủy ban nhân dân
tỉnh thu hồi quyết định tặng danh hiệu. Tiền thưởng thu hồi được nộp vào Quỹ Thi đua.
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [("Sở Nội vụ", "Tham mưu Chủ tịch Ủy ban nhân dân tỉnh t")]
    assert _deadlines(extraction) == ["event"]


# --- "kịp thời thông tin về …": "thông tin" after "kịp thời" is the verb ----------------------


def test_keeping_the_public_informed_is_a_work() -> None:
    body = """3. Đài Phát thanh và Truyền hình tỉnh kịp thời thông tin về tình hình mưa lũ để người
dân chủ động phòng tránh.

4. Sở Văn hóa hướng dẫn các xã tổ chức tuyên truyền; kịp thời thông tin, tuyên truyền về các
gương người tốt, việc tốt.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert [action[:30] for _, action in _tasks(extraction)] == [
        "Kịp thời thông tin về tình hìn",
        "Hướng dẫn các xã tổ chức tuyên",
        "Kịp thời thông tin, tuyên truy",
    ]
