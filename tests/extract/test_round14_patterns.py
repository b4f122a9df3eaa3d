"""Patterns held-out round 13 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's style.
"""

from __future__ import annotations

from cascade.extract import extract_text
from cascade.extract.site_page import read_site_page
from cascade.extract.text import normalise

from .test_crawl_patterns import _plan, _tasks
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
