"""Pages of a legal-text site (and an appendix caption that keeps a lost header's number),
each on a text written for this test.

The pages follow a crawl's style: the site's notice, a metadata table one cell per line
between "|" lines, sometimes a news article retelling the document, the document (with or
without its own header), then the site's title of the document and its related lists.
Names, numbers and dates are invented.
"""

from __future__ import annotations

import datetime as dt

from cascade.extract import extract_text
from cascade.extract.site_page import read_site_page

from .test_crawl_patterns import _leads, _tasks

NOTICE = """|
|
Bản dịch này thuộc quyền sở hữu của **
TRANG LUẬT**. Mọi hành vi sao chép là vi phạm pháp luật.
X
**
CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN
**
Click vào phần bôi vàng để xem chi tiết.
|
|
Đang tải văn bản...
#
"""

TABLE = """**Số hiệu:**
|
{number}
|
|
**Loại văn bản:**
|
Công văn
|
**Nơi ban hành:**
|
Bộ Giao thông
|
|
**Người ký:**
|
Lê Văn Hùng
|
**Ngày ban hành:**
|
14/10/2026
|
|
**
Ngày hiệu lực:**
|
Đã biết
|
|
**Tình trạng:**
|
Đã biết
|
"""

TRAILER = """|
Công văn {number} năm 2026 về việc bảo trì cầu đường mùa mưa bão do Bộ Giao thông ban hành
Văn bản này chưa cập nhật nội dung Tiếng Anh
Công văn {number} ngày 14/10/2026 về việc bảo trì cầu đường mùa mưa bão do Bộ Giao thông ban hành
## Văn bản liên quan
Ban hành:
07/10/2026
Hiệu lực: Đã biết
Giao Sở Xây dựng các tỉnh chủ trì rà soát toàn bộ cầu yếu.
"""

HEADERLESS = """**Kính gửi:** Sở Xây dựng các tỉnh, thành phố
Thực hiện chỉ đạo của Thủ tướng Chính phủ, Bộ trưởng giao:
**1. Cục Đường
bộ:**** **Chủ trì kiểm tra cầu yếu trên quốc lộ, báo cáo Bộ trước ngày 30/11/2026.
**2. Vụ Kế
hoạch:**** **Bố trí kinh phí sửa chữa cầu yếu.
Đề nghị các đơn vị triển khai thực hiện./.
|
*Nơi nhận:*
- Như trên;
- Lưu: VT.
|
**KT. BỘ TRƯỞNG**
THỨ TRƯỞNG
|
"""

OWN_HEADER = """**BỘ GIAO THÔNG**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: {number}
*V/v bảo trì cầu đường mùa mưa bão*
|
*Hà Nội, ngày 14 tháng 10 năm 2026*
|
**Kính gửi:** Cục Đường bộ
Cục Đường bộ chủ trì kiểm tra cầu yếu trên quốc lộ, báo cáo Bộ trước ngày 30/11/2026.
|
Nơi nhận:
- Như trên;
- Lưu: VT.
|
**KT. BỘ TRƯỞNG**
THỨ TRƯỞNG
Lê Văn Hùng
"""

NEWS = """## Bộ Giao thông yêu cầu kiểm tra cầu yếu trước mùa mưa
**Ngày 14/10/2026, Bộ Giao thông đã ban hành Công văn 4521/BGT-KCHT về bảo trì cầu đường**
Theo đó, Bộ Giao thông yêu cầu các đơn vị như sau:
- Sở Xây dựng các tỉnh khẩn trương rà soát toàn bộ cầu yếu trên địa bàn.
- Cục Đường bộ tổ chức diễn tập ứng phó sự cố cầu.
Xem chi tiết tại Công văn 4521/BGT-KCHT ban hành ngày 14/10/2026.
"""


def test_a_page_without_the_documents_header_takes_number_date_and_signer_from_its_table() -> None:
    number = "4521/BGT-KCHT"
    page = NOTICE + TABLE.format(number=number) + HEADERLESS + TRAILER.format(number=number)
    extraction = extract_text(page)
    document = extraction.cascade.documents[0]
    assert document.identifier == number
    assert document.date == dt.date(2026, 10, 14)
    assert document.signer is not None and document.signer.name == "Lê Văn Hùng"
    assert document.subject == "bảo trì cầu đường mùa mưa bão"
    reviews = "\n".join(str(review) for review in extraction.reviews)
    assert "site's table" in reviews  # where each field came from is said
    # the tasks are the document's; the site's related list after it gives none
    assert _leads(extraction) == ["Cục Đường bộ", "Vụ Kế hoạch"]


def test_the_documents_own_header_wins_over_the_table() -> None:
    page = NOTICE + TABLE.format(number="9999/BGT-VP") + OWN_HEADER.format(number="4521/BGT-KCHT")
    document = extract_text(page).cascade.documents[0]
    assert document.identifier == "4521/BGT-KCHT"
    assert document.signer is not None and document.signer.name == "Lê Văn Hùng"


def test_a_page_opening_with_a_news_article_is_read_from_the_document() -> None:
    number = "4521/BGT-KCHT"
    page = NOTICE + TABLE.format(number=number) + NEWS + OWN_HEADER.format(number=number)
    extraction = extract_text(page)  # no longer refused as "not an official document"
    assert extraction.cascade.documents[0].identifier == number
    # the article's retelling gives no task; the document's own sentence does
    assert [lead for lead, _ in _tasks(extraction)] == ["Cục Đường bộ"]


def test_a_text_without_a_site_table_is_left_as_it_is() -> None:
    text = OWN_HEADER.format(number="4521/BGT-KCHT")
    assert read_site_page(text) == (text, None)
    # a "Số hiệu" cell alone (a table of the document itself) is no site table
    lone = "Số hiệu:\n\n12/KH-UBND\n\nNội dung:\n\nRà soát\n"
    assert read_site_page(lone) == (lone, None)


def test_a_lost_header_takes_number_and_date_from_an_appendix_caption() -> None:
    text = """HƯỚNG DẪN
tổ chức hội thi tuyên truyền viên giỏi

1. Ban Tuyên giáo và Dân vận các tỉnh ủy chọn cử thí sinh dự thi.

{rules}
Nơi nhận:
- Như trên;
- Lưu: VT.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Nguyễn Văn An

PHỤ LỤC
(Kèm theo Hướng dẫn số 52-HD/BTGDVTW, ngày 03/3/2027 của Ban Tuyên giáo và Dân vận Trung ương)

1. Danh sách thí sinh
"""
    # the rules of the contest fill pages: the caption stands far below the top
    rules = "\n".join(
        f"{n}. Thí sinh trình bày bài dự thi trong thời gian quy định của vòng {n}."
        for n in range(2, 80)
    )
    extraction = extract_text(text.format(rules=rules))
    document = extraction.cascade.documents[0]
    assert document.identifier == "52-HD/BTGDVTW"
    assert document.date == dt.date(2027, 3, 3)
    assert "appendix's caption" in "\n".join(str(review) for review in extraction.reviews)


def test_a_site_title_run_into_the_first_table_label_still_opens_the_table() -> None:
    # the repair of wrapped prose joins the site's title line to "Số hiệu:" below it
    number = "4521/BGT-KCHT"
    title = f"Công văn {number} về việc bảo trì cầu đường mùa mưa bão\n"
    page = NOTICE + title + TABLE.format(number=number) + HEADERLESS + TRAILER.format(number=number)
    extraction = extract_text(page)  # not refused: the table gives number and date
    document = extraction.cascade.documents[0]
    assert document.identifier == number
    assert document.date == dt.date(2026, 10, 14)
    assert _leads(extraction) == ["Cục Đường bộ", "Vụ Kế hoạch"]
