"""Patterns held-out round 14 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's style.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _deadlines, _plan, _reviews, _tasks
from .test_round14_patterns import TRANSCRIPTION

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


# --- an appendix cell: a body and its addresses ("+ Tòa nhà …, đường …, Phường …") ----------


PLACES_CELL = """**Điều 2. **Giao Sở Công Thương công khai thủ tục hành chính tại trụ sở cơ quan.

**Điều 3. **Quyết định này có hiệu lực thi hành kể từ ngày ký.

**DANH MỤC THỦ TỤC HÀNH CHÍNH**

|
**TT**
|
**Tên thủ tục hành chính**
|
**Địa điểm thực hiện**
|
**Phí, lệ phí**
|
|
1
|
Cấp giấy phép kinh doanh bán lẻ sản phẩm rượu.
|
- Trung tâm Phục vụ hành chính công tỉnh:
+ Tòa nhà Liên cơ quan, đường Trần Phú, Phường Hải Châu, tỉnh Quảng Nam.
+ Chi nhánh Trung tâm, số 12 đường Lê Duẩn, Phường Tam Kỳ, tỉnh Quảng Nam.
|
{fees}
|
"""


def test_addresses_under_a_body_in_an_appendix_cell_are_no_tasks() -> None:
    body = PLACES_CELL.format(fees="")
    extraction = extract_text(_plan(body, number="89/QĐ-UBND", title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [("Sở Công Thương", "Công khai thủ tục hành chính tại trụ sở ")]
    # an address inside a sentence with its own subject and verb leaves the task alone
    body = """**Điều 2. **Sở Công Thương gửi báo cáo về Ủy ban nhân dân tỉnh, số 2 đường Hùng Vương,
Phường Tam Kỳ trước ngày 15/12/2026.
"""
    extraction = extract_text(_plan(body, number="90/QĐ-UBND", title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [("Sở Công Thương", "Gửi báo cáo về Ủy ban nhân dân tỉnh, số ")]


# --- an appendix cell of fees under a body's cell ("Mức thu lệ phí …", "Tổng chi phí …:") -----


def test_fees_in_the_cell_after_a_body_are_no_tasks() -> None:
    fees = """Mức thu lệ phí cấp giấy phép kinh doanh
áp dụng theo quy định tại Thông tư số 12/2025/TT-BTC.
Tổng chi phí thẩm định thực tế (không
bao gồm thuế GTGT):
- Đến 01 tỷ đồng: 05 triệu đồng.
- Trên 01 tỷ đồng: 05 triệu đồng + (0,5% x phần trên 01 tỷ đồng)."""
    extraction = extract_text(
        _plan(PLACES_CELL.format(fees=fees), number="91/QĐ-UBND", title="QUYẾT ĐỊNH")
    )
    assert _tasks(extraction) == [("Sở Công Thương", "Công khai thủ tục hành chính tại trụ sở ")]


# --- a procedure table's "Thời hạn giải quyết" column: the public's wait, not a horizon ------


def test_a_procedures_processing_time_does_not_date_the_decisions_tasks() -> None:
    body = """**Điều 2. **Giao Sở Tư pháp công khai thủ tục hành chính tại Trung tâm Phục vụ hành
chính công tỉnh.

**Điều 3. **Quyết định này có hiệu lực thi hành kể từ ngày ký.

**QUY TRÌNH NỘI BỘ**

**- Thời gian giải quyết: **Trong thời hạn 02 ngày làm việc (cắt giảm 01/03 ngày làm
việc) kể từ ngày nhận đủ hồ sơ hợp lệ.

**DANH MỤC THỦ TỤC HÀNH CHÍNH**

|
**TT**
|
**Tên thủ tục hành chính**
|
**Thời hạn giải quyết**
|
|
1
|
Thủ tục đăng ký hoạt động của văn phòng công chứng.
|
Trong thời hạn 02 ngày làm
việc (cắt giảm 01/03 ngày làm việc) kể từ ngày nhận đủ hồ sơ
hợp lệ.
|
"""
    extraction = extract_text(_plan(body, number="93/QĐ-UBND", title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [("Sở Tư pháp", "Công khai thủ tục hành chính tại Trung t")]
    assert _deadlines(extraction) == ["none"]


# --- "Thành phố Hồ Chí⏎Minh, ngày …": the city's place keeps "Thành phố" ----------------------

CITY_HEAD = """|
**ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 2901/QĐ-UBND
|
*Thành phố Hồ Chí
Minh, ngày 02 tháng 12 năm 2026*
|
**QUYẾT ĐỊNH**
**Về việc công bố thủ tục hành chính lĩnh vực văn hóa**
**CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH**
**QUYẾT ĐỊNH:**
**Điều 1.** Công bố kèm theo Quyết định này thủ tục hành chính lĩnh vực văn hóa.
**Điều 2.** Giao Sở Văn hóa và Thể thao công khai thủ tục hành chính.
|
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
|
**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
**Lê Văn Minh**
"""


def test_a_citys_place_keeps_thanh_pho_before_its_name() -> None:
    extraction = extract_text(CITY_HEAD)
    document = extraction.cascade.documents[0]
    assert document.place == "Thành phố Hồ Chí Minh"
    assert str(document.date) == "2026-12-02"


# --- "Đề nghị X căn cứ … để <verb> …": the basis stays in the work ------------------------------


def test_a_request_to_act_on_a_basis_keeps_the_basis_in_its_action() -> None:
    body = """Đề nghị Sở Tài chính căn cứ hồ sơ đề nghị của doanh nghiệp, quy định pháp luật về ngân
sách và hướng dẫn của Bộ Tài chính để rà soát và xử lý, bảo đảm đúng quy định của pháp luật.
"""
    extraction = extract_text(_plan(body, number="94/UBND-KT", title="CÔNG VĂN"))
    actions = [ob.action for ob in extraction.cascade.obligations]
    assert len(actions) == 1
    assert actions[0].startswith("Căn cứ hồ sơ đề nghị của doanh nghiệp")
    assert "để rà soát và xử lý" in actions[0]
    # a basis that ends at a comma: how the work is done stays with it
    body = """Các sở, ban, ngành căn cứ chức năng, nhiệm vụ được giao và Kế hoạch này, chủ động
xây dựng kế hoạch thực hiện của cơ quan, đơn vị mình.
"""
    extraction = extract_text(_plan(body, number="95/KH-UBND"))
    actions = [ob.action for ob in extraction.cascade.obligations]
    assert actions == ["Chủ động xây dựng kế hoạch thực hiện của cơ quan, đơn vị mình."]


# --- a transcription's signature above "Nơi nhận", between rules ("---") ---------------------

SIGNED_ABOVE = """BỘ XÂY DỰNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Số: 41/2026/TT-BXD

Hà Nội, ngày 03 tháng 8 năm 2026

**THÔNG TƯ**

**Quy định về bảo trì công trình cầu trên quốc lộ**

**Điều 1.** Cục Đường bộ Việt Nam có trách nhiệm hướng dẫn các đơn vị thực hiện Thông tư này.

**Điều 2.** Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 9 năm 2026.

---

**KT. BỘ TRƯỞNG**

**THỨ TRƯỞNG**

**Lê Văn Nam**

---

*Nơi nhận:*

- Văn phòng Chính phủ;
- Lưu: VT, KHCN.
"""


def test_a_signature_set_above_the_distribution_list_between_rules_is_read() -> None:
    extraction = extract_text(SIGNED_ABOVE)
    signer = extraction.cascade.documents[0].signer
    assert signer is not None
    assert (signer.name, signer.title, list(signer.markers)) == (
        "Lê Văn Nam",
        "Thứ trưởng",
        ["KT. BỘ TRƯỞNG"],
    )


# --- a numbered lead-in of rates ("2. Mức trợ cấp … sau khi đã được điều chỉnh …, cụ thể như
# sau:") gives the document no horizon ----------------------------------------------------------

RATES = """BỘ QUỐC PHÒNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Số: 118/2026/TT-BQP

Hà Nội, ngày 20 tháng 8 năm 2026

**THÔNG TƯ**

**Quy định điều chỉnh phụ cấp hằng tháng đối với dân quân**

### Điều 1. Mức điều chỉnh

1. Điều chỉnh tăng thêm 5% trên mức phụ cấp hằng tháng của tháng 7 năm 2026.

{lead_in}

a) Dưới 5 năm, mức phụ cấp bằng 1.200.000 đồng/tháng;

b) Từ đủ 5 năm trở lên, mức phụ cấp bằng 1.500.000 đồng/tháng.

### Điều 2. Tổ chức thực hiện

1. Cục Dân quân tự vệ hướng dẫn các cơ quan, đơn vị thực hiện Thông tư này.

2. Sở Nội vụ các tỉnh, thành phố thực hiện chi trả phụ cấp theo quy định tại Điều 1.

---

**KT. BỘ TRƯỞNG**

**THỨ TRƯỞNG**

**Trần Văn Sơn**

---

*Nơi nhận:*

- Văn phòng Chính phủ;
- Lưu: VT.
"""
# one line, as the transcription has it
_LEAD_IN = (
    "2. Mức phụ cấp hằng tháng đối với các đối tượng quy định tại Điều 1 sau khi đã được "
    "điều chỉnh tăng thêm, cụ thể như sau:"
)


def test_a_numbered_lead_in_of_rates_gives_no_horizon() -> None:
    extraction = extract_text(RATES.format(lead_in=_LEAD_IN))
    assert [lead for lead, _ in _tasks(extraction)] == [
        "Cục Dân quân tự vệ",
        "Sở Nội vụ các tỉnh, thành phố",
    ]
    assert _deadlines(extraction) == ["none", "none"]


# --- a subject in capitals whose first word is wrapped alone ("CÔNG⏎BỐ DANH MỤC …") ----------

WRAPPED_SUBJECT = """|
**ỦY BAN NHÂN DÂN**
**TỈNH HÀ NAM NINH**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 2950/QĐ-UBND
|
*Hà Nam Ninh, ngày 04 tháng 12 năm 2026*
|
**QUYẾT ĐỊNH**
CÔNG
BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH TRONG LĨNH VỰC THƯ VIỆN THUỘC PHẠM VI
QUẢN LÝ CỦA SỞ VĂN HÓA VÀ THỂ THAO
**{authority}**
*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*
**QUYẾT ĐỊNH:**
**Điều 1.** Công bố kèm theo Quyết định này danh mục thủ tục hành chính mới ban hành.
**Điều 2.** Giao Sở Văn hóa và Thể thao công khai thủ tục hành chính.
|
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
|
**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
**Lê Văn Minh**
"""


def test_a_subject_in_capitals_keeps_the_lines_after_a_first_word_wrapped_alone() -> None:
    text = WRAPPED_SUBJECT.format(authority="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM NINH")
    document = extract_text(text).cascade.documents[0]
    assert (document.subject or "").lower() == (
        "công bố danh mục thủ tục hành chính mới ban hành trong lĩnh vực thư viện thuộc phạm vi "
        "quản lý của sở văn hóa và thể thao"
    )


def test_an_enacting_title_without_the_place_is_cut_from_the_subject() -> None:
    # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" without the province's name after the subject
    document = extract_text(
        WRAPPED_SUBJECT.format(authority="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
    ).cascade.documents[0]
    assert (document.subject or "").lower().endswith("của sở văn hóa và thể thao")


# --- a transcription's metadata table gives the subject ("Trích yếu") the header lacks -------


def test_a_transcriptions_table_gives_the_subject_the_header_lacks() -> None:
    text = TRANSCRIPTION.replace(
        "| **Ngày có hiệu lực** | 01/05/2026 |",
        "| **Ngày có hiệu lực** | 01/05/2026 |\n"
        "| **Trích yếu** | Quy định về cập nhật dữ liệu nhà ở và thị trường bất động sản |",
    )
    extraction = extract_text(text)
    document = extraction.cascade.documents[0]
    assert document.subject == "Quy định về cập nhật dữ liệu nhà ở và thị trường bất động sản"
    assert "'Trích yếu'" in _reviews(extraction)  # where it came from is said
    # without the row, no subject is made up
    assert extract_text(TRANSCRIPTION).cascade.documents[0].subject is None


# --- "## NƠI NHẬN" as a Markdown heading: the distribution list and the signature after it ---


def test_a_distribution_list_under_a_markdown_heading_is_the_tail() -> None:
    extraction = extract_text(TRANSCRIPTION)
    signer = extraction.cascade.documents[0].signer
    assert signer is not None
    assert (signer.name, signer.title) == ("Trần Văn An", "Bộ trưởng")
    assert "no signer's name found in the signature" not in _reviews(extraction)
