"""Patterns met in the real corpus's held-out documents, each on a text written for this test.

The texts follow the crawl's style (see ``test_crawl_patterns``): wrapped lines, bold
markup, numbered headings. Names, numbers and dates are invented.
"""

from __future__ import annotations

import pytest

from cascade.extract import extract_text
from cascade.extract.orgs import parse_org_list

from .test_crawl_patterns import _deadlines, _leads, _plan, _tasks

# --- a lead-in whose subject follows opening clauses, items numbered "(1)" ---------------------


def test_a_lead_in_subject_after_opening_clauses_owns_the_numbered_items() -> None:
    body = """**2. Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027**

Thời gian tới, tình hình còn nhiều khó khăn. Quán triệt ý kiến chỉ đạo của Thường
trực Tỉnh ủy; căn cứ vào phương hướng đã nêu, Văn phòng Tỉnh ủy và các văn phòng
huyện ủy cụ thể hoá để tổ chức thực hiện, trong đó, cần tập trung các nhiệm vụ sau:

(1) Tích cực, chủ động nâng cao chất lượng công tác tham mưu, tổng hợp.

(2) Đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động của văn phòng.
"""
    extraction = extract_text(_plan(body, number="07-KL/VPTU", title="KẾT LUẬN"))
    assert _leads(extraction) == [
        "Văn phòng Tỉnh ủy",
        "các văn phòng huyện ủy",
        "Văn phòng Tỉnh ủy",
        "các văn phòng huyện ủy",
    ]
    assert set(_deadlines(extraction)) == {"period 2027-06-01 2027-06-30"}


def test_a_request_in_the_lead_in_is_not_read_as_a_fronted_subject() -> None:
    body = """Thực hiện chỉ đạo của Thường trực Tỉnh ủy, Ủy ban nhân dân tỉnh yêu cầu các sở,
ban, ngành, Ủy ban nhân dân các xã, phường thực hiện một số nội dung sau:

1. Rà soát các dự án chậm tiến độ.
"""
    leads = _leads(extract_text(_plan(body)))
    assert leads and "Ủy ban nhân dân các xã, phường" in leads
    assert any(lead.startswith("các sở") for lead in leads)


def test_until_a_month_is_a_deadline_in_that_month() -> None:
    body = "1. Sở Nội vụ rà soát vị trí việc làm từ nay đến tháng 3/2026.\n"
    extraction = extract_text(_plan(body))
    assert _tasks(extraction)[0][0] == "Sở Nội vụ"
    assert _deadlines(extraction) == ["period 2026-03-01 2026-03-31"]


# --- one sentence requesting several kinds of body --------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a "và" inside the name of one office
        (
            "Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh; Sở Nội vụ tổ chức",
            ["Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "Sở Nội vụ"],
        ),
        # "lập" in "công lập" is no verb
        (
            "các đơn vị sự nghiệp công lập, các doanh nghiệp nhà nước tổ chức",
            ["các đơn vị sự nghiệp công lập", "các doanh nghiệp nhà nước"],
        ),
        # an association named by who entrusts it
        (
            "các Hội được Đảng, Nhà nước giao nhiệm vụ trên địa bàn tỉnh; Sở Tư pháp tổ chức",
            ["các Hội được Đảng, Nhà nước giao nhiệm vụ trên địa bàn tỉnh", "Sở Tư pháp"],
        ),
        # two councils of every commune: the places apply to both, "và đặc khu" included
        (
            "Hội đồng nhân dân, Ủy ban nhân dân các xã, phường và đặc khu: tổ chức",
            [
                "Hội đồng nhân dân các xã, phường và đặc khu",
                "Ủy ban nhân dân các xã, phường và đặc khu",
            ],
        ),
    ],
)
def test_names_in_a_request_to_several_kinds_of_body(text: str, names: list[str]) -> None:
    mentions, _ = parse_org_list(text, lowercase_ok=True)
    assert [m.text for m in mentions] == names


def test_a_request_to_several_kinds_of_body_gives_each_its_task() -> None:
    body = """1. Về đánh giá cán bộ năm 2025

Đề nghị Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh; các đơn vị sự
nghiệp công lập; Hội đồng nhân dân, Ủy ban nhân dân các xã, phường và đặc khu: tổ chức
đánh giá cán bộ và hoàn thành trước ngày 05 tháng 12 năm 2025.
"""
    extraction = extract_text(_plan(body))
    assert _leads(extraction) == [
        "Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
        "các đơn vị sự nghiệp công lập",
        "Hội đồng nhân dân các xã, phường và đặc khu",
        "Ủy ban nhân dân các xã, phường và đặc khu",
    ]
    assert set(_deadlines(extraction)) == {"absolute 2025-12-05"}


# --- a task table whose cells stand between lines holding only "|" ---------------------------

BAR_TABLE = """**PHỤ LỤC**

DANH MỤC NHIỆM VỤ

|
**STT**
|
**Tên nhiệm vụ**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Thời gian hoàn thành**
|
|
**I.
NÂNG CAO NHẬN THỨC**
|
|
1
|
Tổ chức tập huấn kỹ năng số
cho cán bộ, công chức.
|
Sở Nội vụ
|
Các sở, ban, ngành tỉnh
|
Quí IV-2025
|
|
2
|
Xây dựng bộ tiêu chí đánh giá
chuyển đổi số.
|
Sở Khoa học và Công nghệ
|
Sở Tài chính
|
Thường xuyên
|
|

Trên đây là danh mục nhiệm vụ.
"""


def test_a_task_table_with_cells_between_bar_lines_gives_one_task_per_row() -> None:
    body = "1. Sở Nội vụ hướng dẫn các xã, phường thực hiện.\n\n" + BAR_TABLE
    extraction = extract_text(_plan(body))
    tasks = _tasks(extraction)
    assert tasks[1:] == [
        ("Sở Nội vụ", "Tổ chức tập huấn kỹ năng số cho cán bộ, "),
        ("Sở Khoa học và Công nghệ", "Xây dựng bộ tiêu chí đánh giá chuyển đổi"),
    ]
    assert _deadlines(extraction)[1:] == ["period 2025-10-01 2025-12-31", "continuous"]
    names = {o.id: o.name for o in extraction.cascade.organisations}
    assert [names[c] for c in extraction.cascade.obligations[2].coordinators] == ["Sở Tài chính"]


# --- a request heading with a colon after the verb, associations as leads ----------------------


def test_a_request_heading_with_a_colon_names_associations() -> None:
    body = """**IV. TỔ CHỨC THỰC HIỆN**

**1. Sở Công Thương**

Hỗ trợ doanh nghiệp nhỏ và vừa kinh doanh trên môi trường số.

**2. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh**

a) Tuyên truyền, vận động hội viên tham gia chuyển đổi số.

b) Tiếp nhận kiến nghị của doanh nghiệp, gửi Sở Công Thương tổng hợp.
"""
    extraction = extract_text(_plan(body))
    assert _leads(extraction) == [
        "Sở Công Thương",
        "Hiệp hội Doanh nghiệp tỉnh",
        "Hội Nông dân tỉnh",
        "Hiệp hội Doanh nghiệp tỉnh",
        "Hội Nông dân tỉnh",
    ]
    forces = [ob.force for ob in extraction.cascade.obligations]
    assert forces[1:] == ["request"] * 4


# --- a heading of duties of whom the text names, not a lead-in's bodies ------------------------


def test_duties_of_people_under_a_lead_in_are_not_the_lead_ins_tasks() -> None:
    body = """Để bảo vệ nguồn nước, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành,
Ủy ban nhân dân các xã, phường thực hiện tốt các nội dung sau:

1. Sở Xây dựng

a) Xây dựng phương án cấp nước dự phòng.

2. Các đơn vị cấp nước sạch trên địa bàn tỉnh có trách nhiệm

a) Mở rộng mạng lưới cấp nước.

3. Các tổ chức, cá nhân và hộ gia đình khai thác nước dưới đất có trách nhiệm

a) Chấp hành nghiêm quy định về cấp phép khai thác.
"""
    extraction = extract_text(_plan(body, number="09/CT-UBND", title="CHỈ THỊ"))
    assert _leads(extraction) == ["Sở Xây dựng", "Các đơn vị cấp nước sạch trên địa bàn tỉnh"]


# --- labels of activities, a generic subject after "Căn cứ …", agency lines per body -----------


def test_a_label_of_activities_is_not_a_body_and_the_lead_in_names_who_acts() -> None:
    body = """**2. Tháng hành động**

d) Các hoạt động chính:

Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt
động sau:

- Lồng ghép tổ chức Lễ phát động với hình thức phù hợp.

- Phát hành các sản phẩm truyền thông.
"""
    leads = _leads(extract_text(_plan(body)))
    assert leads == ["các cơ quan, đơn vị, địa phương"] * 2


def test_an_agency_label_whose_lines_name_their_own_bodies() -> None:
    body = """**1. Nâng cao nhận thức về bình đẳng giới**

a) Hoạt động 1

- Nội dung: Tuyên truyền về phòng ngừa bạo lực trên cơ sở giới.

- Cơ quan thực hiện:

+ Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ban, ngành.

+ Sở Xây dựng đăng tải thông điệp truyền thông trên bảng tin điện tử.
"""
    leads = _leads(extract_text(_plan(body)))
    assert "Sở Văn hóa và Thể thao" in leads and "Sở Xây dựng" in leads


def test_a_heading_with_a_note_a_capitalised_level_and_a_task_after_can_cu() -> None:
    body = """**V. TỔ CHỨC THỰC HIỆN**

**1. Sở Nội vụ (Cơ quan thường trực Ban Vì sự tiến bộ phụ nữ tỉnh):**

- Theo dõi, tổng hợp báo cáo kết quả thực hiện Kế hoạch.

**2. Thủ trưởng các sở, ban, ngành, đoàn thể Tỉnh**

- Quan tâm thực hiện công tác cán bộ nữ.

**3. Ủy ban nhân dân các xã, phường**

Căn cứ tình hình thực tế của địa phương, xây dựng kế hoạch triển khai thực hiện.
"""
    assert _leads(extract_text(_plan(body))) == [
        "Sở Nội vụ",
        "các sở, ban, ngành, đoàn thể Tỉnh",
        "Ủy ban nhân dân các xã, phường",
    ]


def test_a_range_of_places_closes_the_name_of_a_group() -> None:
    mentions, _ = parse_org_list("UBND các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa: theo dõi")
    assert [m.text for m in mentions] == ["UBND các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa"]
    body = """1. Chủ tịch Ủy ban nhân dân các tỉnh từ Hà Tĩnh đến Quảng Ngãi:

a) Theo dõi chặt chẽ diễn biến mưa lũ.
"""
    leads = _leads(extract_text(_plan(body)))
    assert leads == ["Ủy ban nhân dân các tỉnh từ Hà Tĩnh đến Quảng Ngãi"]


def test_the_issuer_enacting_the_document_is_no_task() -> None:
    body = """Ủy ban nhân dân tỉnh ban hành Kế hoạch phát động phong trào thi đua năm 2026, cụ thể
như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

1. Các cơ quan, đơn vị, địa phương coi việc thực hiện phong trào thi đua là nhiệm vụ
trọng tâm.

**II. TỔ CHỨC THỰC HIỆN**

1. Sở Nội vụ hướng dẫn, theo dõi việc thực hiện Kế hoạch.
"""
    tasks = _tasks(extract_text(_plan(body)))
    assert not any(action.lower().startswith("ban hành kế hoạch") for _, action in tasks)
    assert [lead for lead, _ in tasks] == ["Sở Nội vụ"]


def test_coi_ends_the_name_of_a_body() -> None:
    mentions, _ = parse_org_list("Các cơ quan, đơn vị, địa phương coi việc thực hiện là nhiệm vụ")
    assert [m.text for m in mentions] == ["Các cơ quan, đơn vị, địa phương"]


def test_a_short_heading_naming_a_group_with_a_clause_of_its_own() -> None:
    body = """**IV. TỔ CHỨC THỰC HIỆN**

**5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp**

- Tạo điều kiện về mặt bằng cho việc lắp đặt thiết bị.

- Đầu tư hạ tầng bảo đảm triển khai ứng dụng 5G.

**6. Các bệnh lây truyền qua đường tiêu hóa**

- Tiêu chảy cấp, tả, lỵ trực khuẩn.

**7. Các doanh nghiệp thứ cấp đang hoạt động trong khu công nghiệp**

- Khuyến khích ứng dụng thiết bị IoT trong hoạt động sản xuất.

Giám sát môi trường, năng lượng nhằm nâng cao hiệu quả.

- Bảo vệ an toàn thiết bị và hạ tầng trong phạm vi quản lý.
"""
    leads = _leads(extract_text(_plan(body)))
    assert leads[:2] == ["Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp"] * 2
    assert leads[-1] == "Các doanh nghiệp thứ cấp đang hoạt động trong khu công nghiệp"


def test_a_request_to_twelve_bodies_each_with_its_own_head() -> None:
    text = (
        "Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy, Văn phòng "
        "Đoàn đại biểu Quốc hội và HĐND tỉnh, Viện kiểm sát nhân dân tỉnh, Thuế tỉnh, Kho bạc "
        "nhà nước khu vực XI tăng cường công tác bảo vệ bí mật nhà nước"
    )
    mentions, _ = parse_org_list(text)
    assert [m.text for m in mentions] == [
        "Văn phòng Tỉnh ủy",
        "các Ban Xây dựng Đảng",
        "Ủy ban Kiểm tra Tỉnh ủy",
        "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh",
        "Viện kiểm sát nhân dân tỉnh",
        "Thuế tỉnh",
        "Kho bạc nhà nước khu vực XI",
    ]
    # names under one head still share it
    mentions, _ = parse_org_list("các Bộ Quốc phòng, Công an chủ động chỉ đạo")
    assert [m.text for m in mentions] == ["Bộ Quốc phòng", "Bộ Công an"]


def test_a_range_of_days_without_a_year_in_a_content_label() -> None:
    body = """**1. Nâng cao nhận thức về bình đẳng giới**

a) Hoạt động 1

- Nội dung: Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12).

- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành.
"""
    extraction = extract_text(_plan(body))
    assert _leads(extraction) == ["Sở Nội vụ"]
    assert _deadlines(extraction) == ["period 2025-11-15 2025-12-15"]


def test_a_distributed_list_with_a_dash_in_a_name_and_another_body_after_va() -> None:
    mentions, _ = parse_org_list(
        "Các sở: Xây dựng, Quy hoạch - Kiến trúc, Nội vụ và UBND các xã, phường có ý kiến"
    )
    assert [m.text for m in mentions] == [
        "Sở Xây dựng",
        "Sở Quy hoạch - Kiến trúc",
        "Sở Nội vụ",
        "UBND các xã, phường",
    ]


def test_bo_ngoai_giao_in_a_distributed_list_and_thanh_lap_as_a_verb() -> None:
    mentions, end = parse_org_list("Các Bộ: Công Thương, Ngoại giao thành lập các Tổ công tác")
    assert [m.text for m in mentions] == ["Bộ Công Thương", "Bộ Ngoại giao"]
    assert "Các Bộ: Công Thương, Ngoại giao thành lập"[end:].strip() == "thành lập"


def test_a_clause_between_the_subject_and_its_verb() -> None:
    body = """**IV. TỔ CHỨC THỰC HIỆN**

3. Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, địa phương, chủ trì tổng
hợp trình cấp có thẩm quyền bố trí kinh phí để thực hiện Kế hoạch.
"""
    tasks = _tasks(extract_text(_plan(body)))
    assert tasks == [("Sở Tài chính", "Chủ trì tổng hợp trình cấp có thẩm quyền")]


def test_an_agency_label_after_a_list_of_contents_belongs_to_the_item() -> None:
    body = """**II. NHIỆM VỤ**

**5.**
**Tổ chức các nội dung hỗ trợ thi hành Luật**

- Các nội dung hỗ trợ thi hành Luật bao gồm:

+ Hướng dẫn áp dụng các văn bản quy định chi tiết;

+ Tổ chức tiếp nhận các kiến nghị, đề xuất.

- Cơ quan thực hiện: Sở Tư pháp.
"""
    tasks = _tasks(extract_text(_plan(body)))
    assert [lead for lead, _ in tasks] == ["Sở Tư pháp"]
    assert tasks[0][1].startswith("Tổ chức các nội dung hỗ trợ")


def test_helping_the_chairman_is_the_departments_task() -> None:
    body = """**IV. TỔ CHỨC THỰC HIỆN**

1. Sở Khoa học và Công nghệ có trách nhiệm giúp Chủ tịch Ủy ban nhân dân tỉnh theo dõi,
kiểm tra, đôn đốc các sở, ngành triển khai thực hiện Kế hoạch.
"""
    tasks = _tasks(extract_text(_plan(body)))
    assert [lead for lead, _ in tasks] == ["Sở Khoa học và Công nghệ"]
    assert tasks[0][1].startswith("Giúp Chủ tịch")


def test_a_qualified_group_ends_before_va_and_another_body() -> None:
    mentions, _ = parse_org_list(
        "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và Ủy ban nhân dân các tỉnh "
        "xây dựng kế hoạch"
    )
    assert [m.text for m in mentions] == [
        "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        "Ủy ban nhân dân các tỉnh",
    ]


def test_tuan_thu_and_ket_hop_start_tasks_under_a_request() -> None:
    body = """Để bảo vệ nguồn nước, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành
thực hiện các nội dung sau:

1. Kết hợp hoặc luân phiên khai thác nước mặt với khai thác nước dưới đất.

2. Tuân thủ nguyên tắc khoanh định vùng hạn chế khai thác nước dưới đất.
"""
    tasks = _tasks(extract_text(_plan(body, number="09/CT-UBND", title="CHỈ THỊ")))
    assert [action[:9] for _, action in tasks] == ["Kết hợp h", "Tuân thủ "]


def test_a_capitalised_verb_after_a_place_word_ends_the_name() -> None:
    mentions, _ = parse_org_list("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Chỉ đạo các đơn vị")
    assert [m.text for m in mentions] == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]
    mentions, _ = parse_org_list("Công an tỉnh Cần Thơ tổ chức kiểm tra")
    assert [m.text for m in mentions] == ["Công an tỉnh Cần Thơ"]


def test_a_closing_request_to_do_ones_duties_and_report_difficulties_is_no_task() -> None:
    body = """1. Sở Y tế chủ trì giám sát dịch bệnh sau lũ.

Đề nghị các sở, ban, ngành và địa phương khẩn trương thực hiện đúng chức năng được
giao; kịp thời báo cáo Ủy ban nhân dân tỉnh những khó khăn, vướng mắc để xem xét, chỉ
đạo./.
"""
    assert _leads(extract_text(_plan(body))) == ["Sở Y tế"]
