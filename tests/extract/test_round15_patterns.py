"""Patterns held-out round 14 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's style.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _plan, _tasks

# --- a procedure table's cell "Cơ quan trực tiếp thực hiện: Sở X" (no "TTHC") ----------------


def test_a_procedure_cell_naming_who_carries_it_out_without_tthc_is_no_task() -> None:
    body = """**Điều 2. **Giao Sở Tư pháp cập nhật thủ tục hành chính lên Cơ sở dữ liệu quốc gia.

**Điều 3. **Quyết định này có hiệu lực thi hành kể từ ngày ký.

**QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH**

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
Thủ tục đăng ký hoạt động của văn phòng công chứng.
|
- Địa điểm tiếp nhận và trả
kết quả trực tiếp: Trung tâm Phục vụ hành chính công tỉnh.
- Cơ quan trực tiếp thực
hiện: Sở Tư pháp.
- Cơ quan có thẩm quyền quyết
định: Ủy ban nhân dân tỉnh.
|
"""
    extraction = extract_text(_plan(body, number="88/QĐ-UBND", title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [("Sở Tư pháp", "Cập nhật thủ tục hành chính lên Cơ sở dữ")]
