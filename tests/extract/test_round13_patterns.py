"""Patterns held-out round 12 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's and the transcriptions'
style. The plan of these tests is dated Wednesday 26 November 2025.
"""

from __future__ import annotations

from pathlib import Path

from cascade.extract import extract_text
from cascade.extract.writer import dumps_yaml

from .test_crawl_patterns import _deadlines, _plan, _reviews, _tasks, _validate

# --- "**Điều 2. **Giao Sở X⏎Y căn cứ … có trách nhiệm:" over numbered items -----------------


def test_an_article_giving_a_wrapped_department_duties_over_numbered_items() -> None:
    body = """**Điều 1. **Công bố kèm theo Quyết định này 03 thủ tục hành chính mới ban hành
trong lĩnh vực xây dựng.

**Điều 2. **Giao Sở Xây
dựng căn cứ Danh mục thủ tục hành chính được công bố tại Điều 1 Quyết định này có trách nhiệm:

1. Cập nhật đầy đủ nội dung thủ tục hành chính lên Hệ thống thông tin giải quyết thủ tục
hành chính của tỉnh.

2. Xây dựng quy trình nội bộ giải quyết thủ tục hành chính trình Chủ tịch Ủy ban nhân dân
tỉnh phê duyệt.

**Điều 3. **Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""
    extraction = extract_text(_plan(body, number="215/QĐ-UBND", title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [
        ("Sở Xây dựng", "Cập nhật đầy đủ nội dung thủ tục hành ch"),
        ("Sở Xây dựng", "Xây dựng quy trình nội bộ giải quyết thủ"),
    ]


# --- "chi trả trợ cấp hằng tháng": a monthly allowance, not a monthly deadline ---------------


def test_a_monthly_allowance_is_no_monthly_deadline() -> None:
    body = """**Điều 5. Tổ chức thực hiện**

1. Sở Nội vụ thực hiện điều chỉnh và chi trả trợ cấp hằng tháng cho các đối tượng theo
quy định tại Điều 2 Quyết định này.

2. Sở Tài chính định kỳ hằng tháng, trước ngày 25, báo cáo Ủy ban nhân dân tỉnh kết quả
chi trả.
"""
    extraction = extract_text(_plan(body, number="88/QĐ-UBND", title="QUYẾT ĐỊNH"))
    assert [lead for lead, _ in _tasks(extraction)] == ["Sở Nội vụ", "Sở Tài chính"]
    assert _deadlines(extraction) == ["none", "recurring"]


# --- "X chỉ đạo Y:" over lettered items: the items are Y's work -------------------------------


def test_items_under_a_body_directing_another_are_the_directed_bodys() -> None:
    body = """**Điều 4. Trách nhiệm thi hành**

1. Cục Kinh tế chỉ đạo Trung tâm Thông tin - Dữ liệu:

a) Hướng dẫn các địa phương cập nhật dữ liệu theo quy định tại Thông tư này;

b) Tổng hợp kết quả thực hiện, báo cáo Bộ Xây dựng.

2. Sở Xây dựng các tỉnh, thành phố thực hiện cập nhật dữ liệu theo quy định.
"""
    extraction = extract_text(_plan(body, number="45/2026/TT-BXD", title="THÔNG TƯ"))
    assert _tasks(extraction) == [
        # the directing body's own task: the items below implement it
        ("Cục Kinh tế", "Chỉ đạo Trung tâm Thông tin - Dữ liệu:"),
        ("Trung tâm Thông tin - Dữ liệu", "Hướng dẫn các địa phương cập nhật dữ liệ"),
        ("Trung tâm Thông tin - Dữ liệu", "Tổng hợp kết quả thực hiện, báo cáo Bộ X"),
        ("Sở Xây dựng các tỉnh, thành phố", "Thực hiện cập nhật dữ liệu theo quy định"),
    ]
    heading, first, second, _ = extraction.cascade.obligations
    assert first.implements == heading.id and second.implements == heading.id


# --- a Markdown transcription with no "Số:" line and no place-and-date line -----------------

TRANSCRIPTION = """---
layout: vanban
title: "Thông tư 12/2026/TT-BXD quy định về cập nhật dữ liệu nhà ở"
---

# Thông tư 12/2026/TT-BXD

**BỘ XÂY DỰNG**
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

---

## ĐIỀU KHOẢN THI HÀNH

### Điều 5. Tổ chức thực hiện

1. Vụ Pháp chế có trách nhiệm hướng dẫn, kiểm tra việc cập nhật dữ liệu nhà ở.

2. Sở Xây dựng các tỉnh, thành phố thực hiện cập nhật dữ liệu nhà ở trên địa bàn.

## NƠI NHẬN

- Các bộ, cơ quan ngang bộ;
- Lưu: VT, QLN.

**BỘ TRƯỞNG**

**Trần Văn An**
"""


def test_a_transcription_without_number_or_date_lines_is_read_with_review_notes(
    tmp_path: Path,
) -> None:
    extraction = extract_text(TRANSCRIPTION)
    assert [lead for lead, _ in _tasks(extraction)] == [
        "Vụ Pháp chế",
        "Sở Xây dựng các tỉnh, thành phố",
    ]
    reviews = _reviews(extraction)
    assert "date" in reviews
    result = _validate(dumps_yaml(extraction), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


# --- powers handed to a body under an article that only names it ------------------------------


def test_powers_under_an_article_naming_a_body_are_no_tasks() -> None:
    body = """**Điều 2. Sở Nông nghiệp và
Môi trường**

1. Quyết định việc cử viên chức đi đào tạo, bồi dưỡng trong nước đối với các đơn vị sự
nghiệp trực thuộc.

2. Quyết định phê duyệt kế hoạch bảo trì công trình thủy lợi do tỉnh quản lý.

**Điều 3. Tổ chức thực hiện**

Sở Nông nghiệp và Môi trường có trách nhiệm báo cáo Chủ tịch Ủy ban nhân dân tỉnh kết quả
thực hiện phân cấp trước ngày 15 tháng 12 năm 2026.
"""
    extraction = extract_text(_plan(body, number="61/2025/QĐ-CTUBND", title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [
        ("Sở Nông nghiệp và Môi trường", "Báo cáo Chủ tịch Ủy ban nhân dân tỉnh kế")
    ]


# --- a procedure table's cell "Cơ quan trực tiếp thực hiện TTHC: Sở X" -------------------------


def test_a_procedure_tables_cell_naming_the_body_that_handles_it_is_no_task() -> None:
    body = """**Điều 2. **Sở Y tế có trách nhiệm cập nhật thủ tục hành chính lên Cơ sở dữ liệu quốc
gia.

**Điều 3. **Quyết định này có hiệu lực thi hành kể từ ngày ký.

**DANH MỤC THỦ TỤC HÀNH CHÍNH**

|
**TT**
|
**Tên thủ tục hành chính**
|
**Cơ quan thực hiện**
|
|
1
|
Thủ tục cấp giấy phép hoạt động đối với phòng khám.
|
- Cơ quan có thẩm quyền quyết
định: Sở Y tế
- Cơ quan trực tiếp thực hiện
TTHC: Sở Y tế
|
"""
    extraction = extract_text(_plan(body, number="77/QĐ-UBND", title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [("Sở Y tế", "Cập nhật thủ tục hành chính lên Cơ sở dữ")]
