"""Patterns held-out round 13 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's style.
"""

from __future__ import annotations

import datetime as dt

from cascade.extract import extract_text
from cascade.extract.site_page import read_site_page
from cascade.extract.text import normalise

from .test_crawl_patterns import _plan, _reviews, _tasks
from .test_site_pages import NOTICE, TABLE

# --- the site's caption after the signature, with no "do <issuer> ban hành" ------------------

DECISION = """**ỦY BAN NHÂN DÂN**
**TỈNH HÒA BÌNH**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: {number}
|
*Hòa Bình, ngày 14 tháng 10 năm 2026*
|
**QUYẾT ĐỊNH**
**Bãi bỏ Quy định quản lý bến thủy nội địa trên địa bàn tỉnh**
**ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH**
**QUYẾT ĐỊNH:**
**Điều 1.** Bãi bỏ toàn bộ Quyết định số 12/2015/QĐ-UBND ngày 03/4/2015 của Ủy ban nhân dân tỉnh.
**Điều 2.** Giao Sở Xây dựng rà soát các bến thủy nội địa đã cấp phép.
**Điều 3.** Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, các cơ
quan, đơn vị thuộc tỉnh căn cứ Quyết định thi hành./.
|
*Nơi
nhận:*
- Như Điều 3;
- Lưu: VT.
|
**TM. ỦY BAN NHÂN
DÂN**
**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
**Trần
Văn Hà**
|
Quyết định {number} năm 2026 bãi bỏ Quy định quản lý bến thủy nội địa trên địa bàn tỉnh Hòa Bình
Văn bản này chưa cập nhật nội dung Tiếng Anh
Quyết định {number} ngày 14/10/2026 bãi bỏ Quy định quản lý bến thủy nội địa tỉnh Hòa Bình
## Văn bản liên quan
Ban hành:
07/10/2026
"""


def test_the_sites_caption_without_an_issuer_after_the_signature_is_no_task() -> None:
    number = "318/QĐ-UBND"
    page = NOTICE + TABLE.format(number=number) + DECISION.format(number=number)
    document, _ = read_site_page(normalise(page))
    assert document.rstrip().endswith("Văn Hà")  # the site's caption is cut with its lists
    assert [lead for lead, _ in _tasks(extract_text(page))] == ["Sở Xây dựng"]


# --- "Các cơ quan, …, doanh nghiệp trực tiếp quản lý X có trách nhiệm …": "quản lý" names -----


def test_a_group_named_by_what_it_directly_manages_keeps_its_whole_name() -> None:
    body = """**Điều
3. Tổ chức thực hiện**
1.** **Các cơ quan, tổ
chức, đơn vị, doanh nghiệp trực tiếp quản lý công trình thủy lợi có trách nhiệm định
kỳ kiểm tra, bảo dưỡng công trình và báo cáo Sở Nông nghiệp và Môi trường.
2.** **Các cơ quan, tổ
chức, đơn vị, doanh nghiệp trực tiếp quản lý công trình thủy lợi căn cứ quy định tại
Quyết định này thực hiện việc lập hồ sơ theo dõi công trình.
"""
    extraction = extract_text(_plan(body, number="41/2026/QĐ-UBND", title="QUYẾT ĐỊNH"))
    group = "Các cơ quan, tổ chức, đơn vị, doanh nghiệp trực tiếp quản lý công trình thủy lợi"
    assert _tasks(extraction) == [
        (group, "Định kỳ kiểm tra, bảo dưỡng công trình v"),
        (group, "Thực hiện việc lập hồ sơ theo dõi công t"),
    ]


# --- a transcription's metadata table ("THÔNG TIN VĂN BẢN") gives number, date and signer ---

TRANSCRIPTION = """---
layout: vanban
title: "Thông tư 12/2026/TT-BXD quy định về cập nhật dữ liệu nhà ở"
---

# Thông tư 12/2026/TT-BXD

**BỘ XÂY DỰNG**
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

---

## THÔNG TIN VĂN BẢN

| Mục | Nội dung |
|---|---|
| **Số hiệu** | 12/2026/TT-BXD |
| **Loại văn bản** | Thông tư |
| **Cơ quan ban hành** | Bộ Xây dựng |
| **Người ký** | Trần Văn An |
| **Ngày ban hành** | 09/03/2026 |
| **Ngày có hiệu lực** | 01/05/2026 |

---

## ĐIỀU KHOẢN THI HÀNH

### Điều 5. Tổ chức thực hiện

1. Vụ Pháp chế có trách nhiệm hướng dẫn, kiểm tra việc cập nhật dữ liệu nhà ở.

## NƠI NHẬN

- Các bộ, cơ quan ngang bộ;
- Lưu: VT, QLN.

**BỘ TRƯỞNG**

**Trần Văn An**
"""


def test_a_transcriptions_metadata_table_gives_number_date_and_signer() -> None:
    extraction = extract_text(TRANSCRIPTION)
    document = extraction.cascade.documents[0]
    assert document.identifier == "12/2026/TT-BXD"
    assert document.date == dt.date(2026, 3, 9)  # the day issued, not the day in force
    assert document.signer is not None and document.signer.name == "Trần Văn An"
    assert "site's table" in _reviews(extraction)  # where the fields came from is said
    assert [lead for lead, _ in _tasks(extraction)] == ["Vụ Pháp chế"]
