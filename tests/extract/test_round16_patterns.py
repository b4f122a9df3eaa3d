"""Patterns held-out round 15 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's style.
"""

from __future__ import annotations

from cascade.extract import extract_text
from cascade.extract.evaluate import Gold, score

from .test_crawl_patterns import _deadlines, _plan, _tasks

# --- "Chỉ đạo Giám đốc Bệnh viện X và Giám đốc Bệnh viện Y:" over bullets ------------------


def test_items_under_a_heading_directing_hospitals_are_the_hospitals_tasks() -> None:
    body = """**Điều 4. Tổ chức thực hiện**

1. Sở Y tế có trách nhiệm:

a) Hướng dẫn các trạm y tế lập dự toán kinh phí hằng năm.

b) Chỉ đạo Giám đốc Bệnh viện Đa khoa tỉnh và Giám đốc Bệnh viện Nhi tỉnh:

- Bảo đảm nhân lực khám bệnh tại cơ sở mới.

- Tổng kết việc thực hiện Kế hoạch vào quý IV năm 2026.

2. Sở Tài chính có trách nhiệm bố trí kinh phí thực hiện.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Y tế", "Hướng dẫn các trạm y tế lập dự toán kinh"),
        ("Sở Y tế", "Chỉ đạo Giám đốc Bệnh viện Đa khoa tỉnh "),
        ("Bệnh viện Đa khoa tỉnh", "Bảo đảm nhân lực khám bệnh tại cơ sở mới"),
        ("Bệnh viện Nhi tỉnh", "Bảo đảm nhân lực khám bệnh tại cơ sở mới"),
        ("Bệnh viện Đa khoa tỉnh", "Tổng kết việc thực hiện Kế hoạch vào quý"),
        ("Bệnh viện Nhi tỉnh", "Tổng kết việc thực hiện Kế hoạch vào quý"),
        ("Sở Tài chính", "Bố trí kinh phí thực hiện."),
    ]
    implemented = {ob.id: ob.implements for ob in extraction.cascade.obligations}
    assert implemented["dieu4.1.b.1.benh-vien-nhi-tinh"] == "dieu4.1.b"


# --- a two-hop delegation "Chỉ đạo A giao B: …; …" ----------------------------------------


def test_a_body_directed_to_hand_work_on_gives_each_part_to_the_last_body() -> None:
    body = """**Điều 4. Tổ chức thực hiện**

1. Sở Tài chính có trách nhiệm:

a) Chỉ đạo Tổng cục Thống kê giao Cục Thống kê tỉnh Lào Cai: điều tra số liệu doanh
nghiệp mới thành lập; thực hiện thanh toán các khoản chi đặc thù theo quy định.

b) Tổng hợp dự toán ngân sách của các đơn vị.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Tài chính", "Chỉ đạo Tổng cục Thống kê giao Cục Thống"),
        ("Tổng cục Thống kê", "Giao Cục Thống kê tỉnh Lào Cai: điều tra"),
        ("Cục Thống kê tỉnh Lào Cai", "Điều tra số liệu doanh nghiệp mới thành "),
        ("Cục Thống kê tỉnh Lào Cai", "Thực hiện thanh toán các khoản chi đặc t"),
        ("Sở Tài chính", "Tổng hợp dự toán ngân sách của các đơn v"),
    ]
    implemented = {ob.id: ob.implements for ob in extraction.cascade.obligations}
    assert implemented["dieu4.1.a.d1"] == "dieu4.1.a"
    assert implemented["dieu4.1.a-2"] == "dieu4.1.a.d1"


# --- a works order in a transcription: "### Điều N." headings, "Khu Quản lý đường bộ", -------
# --- a topic "Bảo đảm an toàn giao thông: X có trách nhiệm …", a past period in the subject --

WORKS_ORDER = """---
layout: vanban
title: "Quyết định 412/QĐ-CĐBVN về lệnh xây dựng công trình khẩn cấp"
---

# Quyết định 412/QĐ-CĐBVN

**BỘ XÂY DỰNG - CỤC ĐƯỜNG BỘ VIỆT NAM**
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 412/QĐ-CĐBVN

*Hà Nội, ngày 14 tháng 4 năm 2026*

## QUYẾT ĐỊNH

Ban hành Lệnh xây dựng công trình: **Khẩn cấp khắc phục sạt lở tại Km12+300 QL.4D, tỉnh Lào
Cai** (do mưa lớn từ ngày 02/3/2026 đến ngày 05/3/2026)

## NỘI DUNG

### Điều 1.

Ban hành Lệnh xây dựng công trình khẩn cấp với các nội dung chính như sau:

**1. Tên công trình:** Khẩn cấp khắc phục sạt lở tại Km12+300 QL.4D, tỉnh Lào Cai.

**2. Bảo đảm an toàn giao thông:** Khu Quản lý đường bộ II có trách nhiệm chỉ đạo các đơn vị
thi công bảo đảm an toàn giao thông trong quá trình thi công.

### Điều 2. Tổ chức thực hiện

Khu Quản lý đường bộ II triển khai thực hiện Điều 1 của Quyết định này và các nội dung sau:

- Tổ chức khảo sát, xác định mức độ hư hỏng để lựa chọn giải pháp phù hợp;
- Phối hợp với chính quyền địa phương bàn giao mặt bằng thi công.

### Điều 3. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày ký.

## NƠI NHẬN

- Như Điều 3;
- Lưu: VT.

**KT. CỤC TRƯỞNG**
**PHÓ CỤC TRƯỞNG**

**Trần Văn Bình**
"""


def test_a_works_order_in_a_transcription_gives_its_department_the_tasks() -> None:
    extraction = extract_text(WORKS_ORDER)
    assert _tasks(extraction) == [
        ("Khu Quản lý đường bộ II", "Chỉ đạo các đơn vị thi công bảo đảm an t"),
        ("Khu Quản lý đường bộ II", "Tổ chức khảo sát, xác định mức độ hư hỏn"),
        ("Khu Quản lý đường bộ II", "Phối hợp với chính quyền địa phương bàn "),
    ]


def test_a_period_over_before_the_document_was_signed_dates_no_task() -> None:
    extraction = extract_text(WORKS_ORDER)
    assert _deadlines(extraction) == ["none", "none", "none"]


# --- "### Điều 3. Các cơ chế, chính sách" over what bodies may do: no group, no task ---------


def test_an_article_on_mechanisms_names_no_group() -> None:
    text = WORKS_ORDER.replace(
        "### Điều 3. Hiệu lực thi hành",
        "### Điều 3. Các cơ chế, chính sách\n\n"
        "1. Khu Quản lý đường bộ II được tạm ứng kinh phí từ nguồn dự phòng.\n\n"
        "2. Trạm Quản lý đường bộ số 4 được sử dụng vật tư dự trữ.\n\n"
        "### Điều 4. Hiệu lực thi hành",
    )
    extraction = extract_text(text)
    assert [lead for lead, _ in _tasks(extraction)] == ["Khu Quản lý đường bộ II"] * 3


# --- a telegram's signature "KT. THỦ TƯỚNG" / "Phó Thủ tướng" / "**Name**" -----------------


def test_a_title_in_sentence_case_below_the_marker_is_the_signers() -> None:
    text = WORKS_ORDER.replace(
        "**KT. CỤC TRƯỞNG**\n**PHÓ CỤC TRƯỞNG**\n\n**Trần Văn Bình**",
        "KT. CỤC TRƯỞNG\n\nPhó Cục trưởng\n\n**Trần Văn Bình**",
    )
    signer = extract_text(text).cascade.documents[0].signer
    assert signer is not None
    assert (signer.name, signer.title, signer.markers) == (
        "Trần Văn Bình",
        "Phó Cục trưởng",
        ("KT. CỤC TRƯỞNG",),
    )


# --- the scorer: a law cited by number carries its year; a gold with no date is not against it


def test_a_reference_with_the_year_of_its_number_agrees_with_a_gold_giving_no_date() -> None:
    text = WORKS_ORDER.replace(
        "## NỘI DUNG",
        "Căn cứ Luật Đường bộ số 35/2024/QH15;\n\n"
        "Căn cứ Quyết định số 88/QĐ-BXD ngày 02 tháng 3 năm 2026 của Bộ Xây dựng;\n\n"
        "## NỘI DUNG",
    )
    extraction = extract_text(text)
    gold = {
        "references": [
            {"identifier": "35/2024/QH15", "relation": "based_on"},
            {"identifier": "88/QĐ-BXD", "relation": "based_on", "date": "2026-03-02"},
        ]
    }
    assert score(extraction, Gold("x.md", gold))["references"].correct == 2
    # a year the number does not give, or another date than the text's, is still wrong
    gold["references"][0]["year"] = 2023
    gold["references"][1]["date"] = "2026-03-03"
    assert score(extraction, Gold("x.md", gold))["references"].correct == 0


# --- the issuer: "BỘ X - CỤC Y" on one line; "### CHÍNH PHỦ" after a site's "## VĂN BẢN" ----


def _issuer(text: str) -> tuple[str, str | None]:
    cascade = extract_text(text).cascade
    issuer = cascade.documents[0].issuer
    org = next(o for o in cascade.organisations if o.id == issuer)
    parent = next((o.name for o in cascade.organisations if o.id == org.parent), None)
    return org.name, parent


def test_a_superior_and_its_department_on_one_line_are_parent_and_issuer() -> None:
    text = WORKS_ORDER.replace(
        "## NỘI DUNG",
        "Căn cứ chức năng, nhiệm vụ của Cục Đường bộ Việt Nam thuộc Bộ Xây dựng;\n\n## NỘI DUNG",
    )
    assert _issuer(text) == ("Cục Đường bộ Việt Nam", "Bộ Xây dựng")


def test_a_transcriptions_section_headings_and_number_cell_are_no_issuer() -> None:
    head = """---
layout: vanban
title: "Nghị quyết số 41/2026/NQ-CP"
---

# NGHỊ QUYẾT

## THÔNG TIN VĂN BẢN

| Mục | Nội dung |
|---|---|
| Số hiệu | 41/2026/NQ-CP |
| Cơ quan ban hành | Chính phủ |

## VĂN BẢN

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

**Độc lập - Tự do - Hạnh phúc**

Hà Nội, ngày 12 tháng 5 năm 2026

---

### CHÍNH PHỦ

Số: 41/2026/NQ-CP

---

### NGHỊ QUYẾT

Về hỗ trợ kinh phí khắc phục hậu quả thiên tai

---

Chính phủ ban hành Nghị quyết về hỗ trợ kinh phí khắc phục hậu quả thiên tai.

### Điều 1. Tổ chức thực hiện

1. Bộ Tài chính có trách nhiệm bố trí kinh phí hỗ trợ các địa phương.

---

**Nơi nhận:**

- Các bộ, cơ quan ngang bộ;
- Lưu: VT.

TM. CHÍNH PHỦ

KT. THỦ TƯỚNG

PHÓ THỦ TƯỚNG

**Lê Văn Thành**
"""
    assert _issuer(head) == ("Chính phủ", None)
    assert [lead for lead, _ in _tasks(extract_text(head))] == ["Bộ Tài chính"]


# --- "Giao Bộ X: (i) Nghiên cứu …; (ii) Chủ trì …" and "Các chỉ số …" (no body) -------------


def test_work_numbered_in_brackets_after_giao_starts_at_its_verb() -> None:
    body = """**III. VỀ CÁC KIẾN NGHỊ CỦA TỈNH**

1. Giao Sở Công Thương: (i) Nghiên cứu kiến nghị về bổ sung các dự án điện mặt trời vào
quy hoạch; (ii) Chủ trì, phối hợp với các sở liên quan hướng dẫn các xã xây dựng kế hoạch
tiết kiệm điện.

2. Các chỉ số sản xuất công nghiệp và bán lẻ hàng hóa tăng khá nhưng còn xa mục tiêu cả năm.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Công Thương", "Nghiên cứu kiến nghị về bổ sung các dự á"),
        ("Sở Công Thương", "Chủ trì, phối hợp với các sở liên quan h"),
    ]


# --- "… một số việc trọng tâm: rà soát …; nâng cao …" and "nhiệm vụ trọng tâm, thường xuyên" --


def test_the_first_work_listed_after_a_colon_is_a_task_of_its_own() -> None:
    body = """1. Sở Giáo dục và Đào tạo, Ủy ban nhân dân các xã thực hiện nghiêm Công văn số
40/UBND-VX, trong đó xác định phòng, chống đuối nước là nhiệm vụ trọng tâm, thường xuyên
của chính quyền các cấp; đồng thời tập trung thực hiện một số việc trọng tâm: rà soát,
cảnh báo các điểm nguy hiểm tại địa bàn; tổ chức dạy bơi cho học sinh trong dịp hè.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Giáo dục và Đào tạo", "Thực hiện nghiêm Công văn số 40/UBND-VX,"),
        ("Ủy ban nhân dân các xã", "Thực hiện nghiêm Công văn số 40/UBND-VX,"),
        ("Sở Giáo dục và Đào tạo", "Rà soát, cảnh báo các điểm nguy hiểm tại"),
        ("Ủy ban nhân dân các xã", "Rà soát, cảnh báo các điểm nguy hiểm tại"),
        ("Sở Giáo dục và Đào tạo", "Tổ chức dạy bơi cho học sinh trong dịp h"),
        ("Ủy ban nhân dân các xã", "Tổ chức dạy bơi cho học sinh trong dịp h"),
    ]
    # "nhiệm vụ trọng tâm, thường xuyên" says what kind of task it is, not how long
    assert _deadlines(extraction)[:2] == ["none", "none"]


# --- "…; đồng thời khẩn trương làm rõ …": the manner after a connector stays with the work --


def test_the_manner_after_a_connector_stays_with_the_work() -> None:
    body = """1. Sở Xây dựng chủ trì làm việc với các đơn vị đánh giá nguyên nhân sự cố; đồng thời
khẩn trương làm rõ trách nhiệm của các đơn vị thi công.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Xây dựng", "Chủ trì làm việc với các đơn vị đánh giá"),
        ("Sở Xây dựng", "Khẩn trương làm rõ trách nhiệm của các đ"),
    ]


# --- "X chịu trách nhiệm trước pháp luật … về kết quả …, định kỳ báo cáo …"; a branch --------


def test_the_work_after_an_accountability_clause_is_the_branchs_task() -> None:
    body = """**Điều 3. Nội dung phân cấp**

1. Quỹ Bảo lãnh tín dụng hướng dẫn hồ sơ đề nghị bảo lãnh cho các doanh nghiệp.

2. Quỹ Bảo lãnh tín dụng chi nhánh Khu vực chịu trách nhiệm trước pháp luật, trước Bộ trưởng
về kết quả thực hiện nhiệm vụ được phân cấp, định kỳ báo cáo, đánh giá việc thực hiện nhiệm
vụ được phân cấp và không được phân cấp tiếp nhiệm vụ được phân cấp.
"""
    extraction = extract_text(_plan(body, number="12/2026/TT-BTC", title="THÔNG TƯ"))
    assert _tasks(extraction) == [
        ("Quỹ Bảo lãnh tín dụng", "Hướng dẫn hồ sơ đề nghị bảo lãnh cho các"),
        ("Quỹ Bảo lãnh tín dụng chi nhánh Khu vực", "Định kỳ báo cáo, đánh giá việc thực hiện"),
    ]


# --- "Các cơ quan, tổ chức, cá nhân thực hiện … phải …": a group named by what it does ------


def test_a_group_named_by_what_it_does_is_one_lead_up_to_phai() -> None:
    body = """**Điều 5. Tổ chức thực hiện**

1. Các cơ quan, tổ chức, cá nhân sử dụng kinh phí hỗ trợ theo Kế hoạch này phải bảo đảm công
khai, minh bạch; tăng cường kiểm tra, giám sát việc sử dụng kinh phí.
"""
    extraction = extract_text(_plan(body))
    group = "Các cơ quan, tổ chức, cá nhân sử dụng kinh phí hỗ trợ theo Kế hoạch này"
    assert _tasks(extraction) == [
        (group, "Bảo đảm công khai, minh bạch"),
        (group, "Tăng cường kiểm tra, giám sát việc sử dụ"),
    ]


# --- "… để người dân được biết, thực hiện": a purpose inside a task, not a closing formula ---


def test_people_being_informed_is_no_closing_formula() -> None:
    body = """1. Sở Xây dựng:

- Phối hợp với Công an tỉnh và các cơ quan báo chí để có phương án phân luồng giao thông và
thông tin để người dân được biết, thực hiện.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [("Sở Xây dựng", "Phối hợp với Công an tỉnh và các cơ quan")]


# --- terms from an event: "trong thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ", "khi có
# --- đề xuất của …"; the term of work handed on is not the delegator's --------------------


def test_terms_from_an_event_are_event_deadlines_of_the_body_that_does_the_work() -> None:
    body = """**Điều 4. Tổ chức thực hiện**

1. Sở Tài chính có trách nhiệm:

a) Chỉ đạo Tổng cục Thống kê giao Cục Thống kê tỉnh Lào Cai: điều tra số liệu doanh
nghiệp mới thành lập trong thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ.

b) Tổ chức đấu thầu thuốc khi có đề xuất của Bệnh viện Đa khoa tỉnh.
"""
    extraction = extract_text(_plan(body))
    assert [lead for lead, _ in _tasks(extraction)] == [
        "Sở Tài chính",
        "Tổng cục Thống kê",
        "Cục Thống kê tỉnh Lào Cai",
        "Sở Tài chính",
    ]
    assert _deadlines(extraction) == ["none", "none", "event", "event"]


# --- the laws that amended a basis are bases too -----------------------------------------


def test_laws_that_amended_a_basis_are_bases_too() -> None:
    text = WORKS_ORDER.replace(
        "## NỘI DUNG",
        "Căn cứ Luật Xây dựng số 50/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số"
        " 62/2020/QH14, Luật số 45/2024/QH15 và Luật số 57/2024/QH15;\n\n## NỘI DUNG",
    )
    cascade = extract_text(text).cascade
    docs = {d.id: d.identifier for d in cascade.documents}
    relations = {docs[b.document]: b.relation.value for b in cascade.documents[0].rests_on}
    assert relations == dict.fromkeys(
        ["50/2014/QH13", "62/2020/QH14", "45/2024/QH15", "57/2024/QH15"], "based_on"
    )


# --- "## CĂN CỨ PHÁP LÝ" over bullets: each a basis -------------------------------------


def test_bullets_under_a_bases_heading_are_bases() -> None:
    text = WORKS_ORDER.replace(
        "## NỘI DUNG",
        "## CĂN CỨ PHÁP LÝ\n\n"
        "- Nghị định số 66/2021/NĐ-CP ngày 06/7/2021 quy định chi tiết Luật Phòng, chống thiên"
        " tai;\n- Quyết định số 88/QĐ-BXD ngày 01/3/2026 của Bộ Xây dựng.\n\n## NỘI DUNG",
    )
    cascade = extract_text(text).cascade
    docs = {d.id: d.identifier for d in cascade.documents}
    relations = {docs[b.document]: b.relation.value for b in cascade.documents[0].rests_on}
    assert relations == {"66/2021/NĐ-CP": "based_on", "88/QĐ-BXD": "based_on"}


def test_a_bases_list_above_the_header_gives_the_bases() -> None:
    text = WORKS_ORDER.replace(
        "# Quyết định 412/QĐ-CĐBVN\n",
        "## CĂN CỨ PHÁP LUẬT\n\n- Luật Đường bộ số 35/2024/QH15;\n"
        "- Nghị định số 165/2024/NĐ-CP của Chính phủ;\n\n# Quyết định 412/QĐ-CĐBVN\n",
    )
    cascade = extract_text(text).cascade
    docs = {d.id: d.identifier for d in cascade.documents}
    relations = {docs[b.document]: b.relation.value for b in cascade.documents[0].rests_on}
    assert relations == {"35/2024/QH15": "based_on", "165/2024/NĐ-CP": "based_on"}


# --- "KT. BỘ TRƯỞNG, CHỦ NHIỆM" is one marker; "THÔNG BÁO / Kết luận của …" a conclusion ----


def test_a_notice_of_conclusions_signed_for_the_minister_and_chairman() -> None:
    text = """VĂN PHÒNG CHÍNH PHỦ

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Số: 512/TB-VPCP

Hà Nội, ngày 10 tháng 7 năm 2026

**THÔNG BÁO**

Kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh Lào Cai

Giao Bộ Tài chính nghiên cứu kiến nghị của Tỉnh, báo cáo Thủ tướng Chính phủ trong tháng 8
năm 2026.

**Nơi nhận:**

- Bộ Tài chính;
- Lưu: VT, QHĐP.

**KT. BỘ TRƯỞNG, CHỦ NHIỆM**

**Trần Văn Bình**
"""
    document = extract_text(text).cascade.documents[0]
    assert document.kind == "conclusion"
    assert document.signer is not None
    assert (document.signer.name, document.signer.title, document.signer.markers) == (
        "Trần Văn Bình",
        None,
        ("KT. BỘ TRƯỞNG, CHỦ NHIỆM",),
    )


# --- "Số: 5402/CT-CS" over "V/v …": the code of Cục Thuế, a letter, not a directive ---------


def test_a_letter_numbered_ct_with_a_vv_line_is_a_dispatch() -> None:
    text = """CỤC THUẾ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 4120/CT-CS
V/v hướng dẫn chính sách thuế đối với hộ kinh doanh

Hà Nội, ngày 12 tháng 5 năm 2026

Kính gửi: Thuế tỉnh Lào Cai.

Cục Thuế đề nghị Thuế tỉnh Lào Cai hướng dẫn hộ kinh doanh kê khai thuế theo quy định./.

Nơi nhận:
- Như trên;
- Lưu: VT, CS.

KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG

Trần Văn Bình
"""
    assert extract_text(text).cascade.documents[0].kind == "dispatch"


def test_a_marker_glued_to_its_title_is_read() -> None:
    text = WORKS_ORDER.replace(
        "**KT. CỤC TRƯỞNG**\n**PHÓ CỤC TRƯỞNG**", "**KT.CỤC TRƯỞNG**\n**PHÓ CỤC TRƯỞNG**"
    )
    signer = extract_text(text).cascade.documents[0].signer
    assert signer is not None
    assert (signer.title, signer.markers) == ("Phó Cục trưởng", ("KT. CỤC TRƯỞNG",))


def test_the_enacting_minister_after_a_subject_in_capitals_is_cut() -> None:
    text = """BỘ Y TẾ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 3711/QĐ-BYT

Hà Nội, ngày 12 tháng 5 năm 2026

QUYẾT ĐỊNH
VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA BỘ Y TẾ
BỘ TRƯỞNG BỘ Y TẾ

Căn cứ Nghị định số 42/2025/NĐ-CP ngày 27 tháng 02 năm 2025 của Chính phủ;

Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính thuộc phạm vi chức năng quản lý
của Bộ Y tế.

Điều 2. Giao Văn phòng Bộ cập nhật thủ tục hành chính lên Cơ sở dữ liệu quốc gia.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Trần Văn Bình
"""
    subject = extract_text(text).cascade.documents[0].subject
    assert subject == "công bố thủ tục hành chính thuộc phạm vi chức năng quản lý của Bộ Y tế"
