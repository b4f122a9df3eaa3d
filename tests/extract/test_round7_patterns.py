"""Patterns held-out round 6 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's style.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _deadlines, _plan, _tasks

# --- a ministry's circular: the enacting line, holders of duties named by kind ----------

_CIRCULAR = """|
**BỘ KHOA HỌC VÀ CÔNG
NGHỆ**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 41/2025/TT-BKHCN
|
*Hà Nội, ngày 14 tháng 11 năm 2025*
|

**THÔNG TƯ**

QUY ĐỊNH TIÊU CHÍ XÁC ĐỊNH SẢN PHẨM CÔNG NGHỆ SỐ TRỌNG ĐIỂM

*Căn cứ Luật Công nghiệp công nghệ số số 71/2025/QH15;*

*Theo đề nghị của Vụ trưởng Vụ Công nghệ số;*

*Bộ trưởng Bộ Khoa học và Công nghệ ban hành Thông tư quy định tiêu chí xác định sản
phẩm công nghệ số trọng điểm.*

**Điều 1. Phạm vi điều chỉnh**

Thông tư này quy định tiêu chí xác định sản phẩm công nghệ số trọng điểm.

**Điều 2. Trách nhiệm thi hành**

1. Vụ Công nghệ số có trách nhiệm định kỳ báo cáo Bộ trưởng về kết quả thực hiện
Thông tư này.

2. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026.
|
*Nơi nhận:*
- Các bộ, cơ quan ngang bộ;
- Lưu: VT, CNS.
|
**KT. BỘ TRƯỞNG**
**THỨ TRƯỞNG**
**Lê Văn Minh**
"""


def test_the_ministers_enacting_line_of_a_circular_is_no_task() -> None:
    tasks = _tasks(extract_text(_CIRCULAR))
    assert [lead for lead, _ in tasks] == ["Vụ Công nghệ số"]


def test_a_duty_keeps_how_often_the_work_is_done() -> None:
    body = """**III. TỔ CHỨC THỰC HIỆN**

1. Sở Giáo dục và Đào tạo có trách nhiệm định kỳ báo cáo Ủy ban nhân dân tỉnh về kết
quả thực hiện Kế hoạch.

2. Sở Y tế phải thường xuyên kiểm tra an toàn thực phẩm tại các trường học.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Giáo dục và Đào tạo", "Định kỳ báo cáo Ủy ban nhân dân tỉnh về "),
        ("Sở Y tế", "Thường xuyên kiểm tra an toàn thực phẩm "),
    ]
    assert _deadlines(extraction) == ["none", "continuous"]


# --- a role given is no task; the sentence after it is ----------------------------------


def test_a_body_named_to_a_role_is_no_task() -> None:
    body = """**III. TỔ CHỨC THỰC HIỆN**

1. Giao Ủy ban nhân dân xã Tân Lập làm cơ quan
chủ quản Dự án cải tạo chợ Tân Lập. Giao Sở Tài chính bố trí kinh phí thực hiện Dự án.

2. Giao Ban Quản lý dự án tỉnh làm chủ đầu tư Dự án đường ven sông.
"""
    assert _tasks(extract_text(_plan(body))) == [
        ("Sở Tài chính", "Bố trí kinh phí thực hiện Dự án."),
    ]


# --- the ";"-parts after an accountability clause are the body's work -----------------


def test_the_parts_after_an_accountability_clause_are_tasks() -> None:
    body = """**III. TỔ CHỨC THỰC HIỆN**

1. Sở Tư pháp chịu trách nhiệm toàn diện về nội dung, số liệu của dự thảo Quy định; chuẩn bị
đầy đủ hồ sơ trình Hội đồng nhân dân tỉnh; chủ động báo cáo, giải trình với các Ban của
Hội đồng nhân dân tỉnh.

2. Sở Tài chính chịu trách nhiệm về nội dung báo cáo và số liệu đề xuất.
"""
    extraction = extract_text(_plan(body))
    assert [lead for lead, _ in _tasks(extraction)] == ["Sở Tư pháp", "Sở Tư pháp"]
    assert [ob.action for ob in extraction.cascade.obligations] == [
        "Chuẩn bị đầy đủ hồ sơ trình Hội đồng nhân dân tỉnh",
        "Chủ động báo cáo, giải trình với các Ban của Hội đồng nhân dân tỉnh.",
    ]


# --- a lead-in naming a range of provinces with an aside on where the work centres ------


def test_a_range_of_provinces_with_an_aside_leads_the_items_below() -> None:
    body = """**III. TỔ CHỨC THỰC HIỆN**

1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Nghệ An đến Bình Định, trong đó trọng
tâm là các tỉnh: Hà Tĩnh, Quảng Trị, Quảng Ngãi:

a) Tổ chức rà soát ngay các hộ dân có nhà bị hư hỏng, hoàn thành trước ngày 15/12/2025.

b) Bố trí kinh phí hỗ trợ sửa chữa nhà ở cho các hộ dân.

2. Sở Xây dựng hướng dẫn thiết kế mẫu nhà ở phòng, chống bão lũ.
"""
    extraction = extract_text(_plan(body))
    provinces = "Ủy ban nhân dân các tỉnh, thành phố từ Nghệ An đến Bình Định"
    assert [lead for lead, _ in _tasks(extraction)] == [provinces, provinces, "Sở Xây dựng"]
    assert _deadlines(extraction) == ["absolute 2025-12-15", "none", "none"]


# --- holders of duties named by their kind over numbered items ---------------------------


def test_holders_named_by_their_kind_over_items_lead_them() -> None:
    # the article's title wrapped in bold runs into the lead-in
    body = """**Điều 5. Trách nhiệm của tổ chức,
cá nhân có sản phẩm được chứng nhận**

Tổ chức, doanh nghiệp trong nước, cá nhân là người kinh doanh có sản phẩm được chứng
nhận phải:

1. Duy trì chất lượng sản phẩm đã được chứng nhận trong suốt thời hạn của giấy chứng nhận.

2. Lưu giữ hồ sơ chứng nhận tại trụ sở.

**Điều 6. Hiệu lực thi hành**

Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""
    holders = "Tổ chức, doanh nghiệp trong nước, cá nhân là người kinh doanh có sản phẩm được "
    holders += "chứng nhận"
    tasks = _tasks(extract_text(_plan(body, title="QUYẾT ĐỊNH")))
    assert tasks == [
        (holders, "Duy trì chất lượng sản phẩm đã được chứn"),
        (holders, "Lưu giữ hồ sơ chứng nhận tại trụ sở."),
    ]


# --- answering for a text's content is no task, under a heading that names a body -------


def test_answering_for_a_reports_content_is_no_task() -> None:
    body = """**QUYẾT ĐỊNH:**

**Điều 1.** Thành lập Trung tâm Dịch vụ nông nghiệp tỉnh.

**Điều 2.** Sở Nông nghiệp và Môi trường

1. Chủ trì thực hiện sắp xếp lại cơ cấu tổ chức của Trung tâm.

2. Sở Tài chính chịu trách nhiệm về nội dung báo cáo và đề xuất tại Tờ trình số 120/TTr-STC.

**Điều 3.** Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""
    assert _tasks(extract_text(_plan(body, title="QUYẾT ĐỊNH"))) == [
        ("Sở Nông nghiệp và Môi trường", "Chủ trì thực hiện sắp xếp lại cơ cấu tổ "),
    ]
