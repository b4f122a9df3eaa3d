"""Patterns held-out round 16 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's style.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _deadlines, _plan, _tasks

# --- a comma inside the name of a body: "Cục Quản lý khám, chữa bệnh" ------------------------


def test_a_comma_inside_a_healthcare_name_keeps_the_name_whole() -> None:
    body = """**Điều 4. Tổ chức thực hiện**

1. Cục Quản lý khám, chữa bệnh có trách nhiệm chủ trì, phối hợp với các đơn vị liên quan:

a) Tổ chức tập huấn cho các bệnh viện tuyến tỉnh.

b) Rà soát các hướng dẫn về hồ sơ bệnh án.

2. Trung tâm Kiểm soát khám bệnh, chữa bệnh tỉnh có trách nhiệm báo cáo kết quả hằng quý.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Cục Quản lý khám, chữa bệnh", "Tổ chức tập huấn cho các bệnh viện tuyến"),
        ("Cục Quản lý khám, chữa bệnh", "Rà soát các hướng dẫn về hồ sơ bệnh án."),
        ("Trung tâm Kiểm soát khám bệnh, chữa bệnh tỉnh", "Báo cáo kết quả hằng quý."),
    ]


# --- a kind of body capitalised because it opens the duty: "Cơ sở … có trách nhiệm:" -------


def test_a_kind_of_body_opening_a_duty_heading_leads_its_items() -> None:
    body = """**Điều 4. Tổ chức thực hiện**

1. Sở Y tế có trách nhiệm hướng dẫn thực hiện Kế hoạch này.

2. Cơ sở khám bệnh, chữa bệnh có trách nhiệm:

a) Cập nhật danh mục thuốc vào phần mềm quản lý.

b) Báo cáo kết quả thực hiện trước ngày 15 tháng 12 năm 2026.

3. Cơ sở giáo dục nghề nghiệp chịu trách nhiệm bố trí giảng viên.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Y tế", "Hướng dẫn thực hiện Kế hoạch này."),
        ("Cơ sở khám bệnh, chữa bệnh", "Cập nhật danh mục thuốc vào phần mềm quả"),
        ("Cơ sở khám bệnh, chữa bệnh", "Báo cáo kết quả thực hiện trước ngày 15 "),
        ("Cơ sở giáo dục nghề nghiệp", "Bố trí giảng viên."),
    ]


# --- duties of several kinds of body named in one heading -----------------------------------


def test_a_duty_heading_naming_several_kinds_of_body_gives_each_its_items() -> None:
    body = """Điều 5. Trách nhiệm của chủ đầu tư, cơ sở thiết kế, cơ sở sản xuất, lắp ráp thiết bị

1. Thực hiện các quy định về kiểm định thiết bị tại Kế hoạch này.

2. Nộp phí kiểm định theo quy định.
"""
    extraction = extract_text(_plan(body))
    leads = ["chủ đầu tư", "cơ sở thiết kế", "cơ sở sản xuất, lắp ráp thiết bị"]
    assert _tasks(extraction) == [
        *((lead, "Thực hiện các quy định về kiểm định thiế") for lead in leads),
        *((lead, "Nộp phí kiểm định theo quy định.") for lead in leads),
    ]


# --- accountability only: "X, Y chịu trách nhiệm về các nội dung …", "… về tính hợp lệ …" ----


def test_accountability_for_content_or_validity_is_no_task() -> None:
    body = """**Điều 4. Tổ chức thực hiện**

1. Sở Tài chính hướng dẫn các đơn vị lập hồ sơ đề nghị hỗ trợ.

2. Sở Tài chính, Sở Nông nghiệp và Môi trường chịu trách nhiệm về các nội dung, số liệu
báo cáo và đề xuất, kiến nghị, bảo đảm theo đúng quy định của pháp luật.

3. Trách nhiệm của Sở Xây dựng:

a) Thẩm định hồ sơ thiết kế theo quy định.

b) Chịu trách nhiệm về tính hợp lệ, hợp pháp của các hồ sơ, tài liệu cung cấp cho Sở Tài
chính.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Tài chính", "Hướng dẫn các đơn vị lập hồ sơ đề nghị h"),
        ("Sở Xây dựng", "Thẩm định hồ sơ thiết kế theo quy định."),
    ]


# --- a rank on the signer's name line: "**Thượng tướng Nguyễn Văn Hải**" --------------------


def test_a_rank_before_the_signers_name_is_not_part_of_the_name() -> None:
    text = _plan("1. Sở Y tế hướng dẫn thực hiện Kế hoạch này.\n").replace(
        "**KT. CHỦ TỊCH **\nPHÓ CHỦ TỊCH\n**Trần Văn Lợi**",
        "**BỘ TRƯỞNG**\n**Thượng tướng Nguyễn Văn Hải**",
    )
    signer = extract_text(text).cascade.documents[0].signer
    assert signer is not None
    assert (signer.name, signer.title) == ("Nguyễn Văn Hải", "Bộ trưởng")


# --- an item that only encourages: "d) Khuyến khích từng bước bố trí …" --------------------


def test_an_item_that_only_encourages_is_no_task() -> None:
    body = """**Điều 4. Tổ chức thực hiện**

1. Trung tâm Y tế huyện có trách nhiệm:

a) Tổ chức triển khai thực hiện Kế hoạch này;

b) Khuyến khích từng bước bố trí nhân viên chuyên trách về mã hóa lâm sàng.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Trung tâm Y tế huyện", "Tổ chức triển khai thực hiện Kế hoạch nà"),
    ]


# --- the bodies a text applies to ("Đối tượng áp dụng") are given no work there -------------


def test_the_bodies_a_text_applies_to_are_given_no_work_there() -> None:
    body = """**Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng**

1. Phạm vi điều chỉnh

Kế hoạch này quy định mức hỗ trợ đào tạo nhân lực y tế.

2. Đối tượng áp dụng

a) Các cơ sở đào tạo được Ủy ban nhân dân tỉnh giao nhiệm vụ đào tạo, bồi dưỡng nhân
lực y tế; các doanh nghiệp được Ủy ban nhân dân tỉnh giao làm chủ đầu tư bệnh viện;

b) Các sở, ngành, địa phương có liên quan.

**Điều 2. Tổ chức thực hiện**

Sở Y tế hướng dẫn các cơ sở đào tạo lập dự toán kinh phí.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [("Sở Y tế", "Hướng dẫn các cơ sở đào tạo lập dự toán ")]


# --- "Các Quy trình …" names procedures, not a fund ("Quỹ") -----------------------------------


def test_procedures_in_capitals_are_no_body() -> None:
    body = """**Điều 1.** Căn cứ thực hiện:

- Các Quy trình vận hành liên hồ chứa trên lưu vực sông Lam (Cả, Hiếu) đã được Ủy ban
nhân dân tỉnh ban hành;

- Các Quy chế phối hợp giữa các sở, ngành đã ký kết.

**Điều 2.** Sở Nông nghiệp và Môi trường rà soát, cập nhật quy trình vận hành hồ chứa.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Nông nghiệp và Môi trường", "Rà soát, cập nhật quy trình vận hành hồ "),
    ]


# --- steps that open on when: "Khi nhận được …, X …", "Ngay trong ngày nhận được …, X …" ----


def test_a_step_that_opens_on_when_has_its_subject_after_the_comma() -> None:
    body = """**Điều 5. Kiểm tra, xử lý hồ sơ**

1. Khi nhận được hồ sơ, Sở Tư pháp kiểm tra thông tin hộ tịch của người yêu cầu.

2. Ngay trong ngày nhận được đề nghị, Sở Tư pháp cập nhật thông tin vào hệ thống.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Tư pháp", "Kiểm tra thông tin hộ tịch của người yêu"),
        ("Sở Tư pháp", "Cập nhật thông tin vào hệ thống."),
    ]
    # both are due when the text arrives
    assert _deadlines(extraction) == ["event", "event"]


# --- a ';'-part "trường hợp … thì <work>" is a task of its own (not a report upward) ---------


def test_a_conditional_part_with_thi_is_a_task_when_it_is_no_report() -> None:
    body = """**Điều 5. Kiểm tra hồ sơ**

1. Sở Tư pháp kiểm tra thông tin hộ tịch; trường hợp thông tin chưa đầy đủ thì thông báo
cho cơ quan, người yêu cầu bổ sung hồ sơ.

2. Sở Tư pháp rà soát hồ sơ; trường hợp có vướng mắc thì báo cáo Ủy ban nhân dân tỉnh.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Tư pháp", "Kiểm tra thông tin hộ tịch"),
        ("Sở Tư pháp", "Thông báo cho cơ quan, người yêu cầu bổ "),
        ("Sở Tư pháp", "Rà soát hồ sơ; trường hợp có vướng mắc t"),
    ]


# --- a permission: "Các đơn vị … được phép liên danh với nhau thực hiện …" -------------------


def test_a_permission_is_no_task() -> None:
    body = """**Điều 4. Tổ chức thực hiện**

1. Các đơn vị kiểm định được phép liên danh với nhau thực hiện dịch vụ kiểm định thiết bị.

2. Sở Công Thương hướng dẫn các đơn vị kiểm định lập hồ sơ liên danh.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Công Thương", "Hướng dẫn các đơn vị kiểm định lập hồ sơ"),
    ]


# --- "Nơi nhận: (…; …)." on one line, its "..." left as gaps ----------------------------------


def test_a_distribution_list_on_one_line_is_not_read_as_the_signature() -> None:
    text = _plan("1. Sở Y tế hướng dẫn thực hiện Kế hoạch này.\n")
    tail = text[text.index("Nơi nhận:") :]
    text = text.replace(
        tail,
        "Nơi nhận: (Thường trực Tỉnh ủy; các sở, ban, ngành; ... Cổng TTĐT tỉnh; ...).\n\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Lợi\n",
    )
    signer = extract_text(text).cascade.documents[0].signer
    assert signer is not None
    assert (signer.name, signer.title) == ("Trần Văn Lợi", "Phó Chủ tịch")
