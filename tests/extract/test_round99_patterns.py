"""Patterns of held-out round 99 read on texts of their own: a law's lists of a party's
obligations ("… có các nghĩa vụ sau đây:"), a law signed under its adoption line when its last
article closes with "." alone, a consolidated text known by its opening paragraph and
authenticated after a "." alone, and the Gazette's long footnotes and glued marks."""

from __future__ import annotations

from cascade.extract import extract_text
from cascade.extract.text import normalise

from .decree_frame import by_lead, decree


def _decree(body: str) -> str:
    return decree(
        body,
        number="112/2021/NĐ-CP",
        date="ngày 10 tháng 12 năm 2021",
        title="Quy định chi tiết một số điều của Luật Người lao động đi làm việc ở nước ngoài",
        signer="Vũ Đức Đam",
    )


def test_a_partys_list_of_obligations_is_its_work() -> None:
    body = """Điều 5. Quyền, nghĩa vụ của doanh nghiệp dịch vụ
1. Doanh nghiệp dịch vụ có các quyền sau đây:
a) Thỏa thuận với người lao động về tiền dịch vụ;
b) Khiếu nại, khởi kiện về quyết định hành chính.
2. Doanh nghiệp dịch vụ có các nghĩa vụ sau đây:
a) Đăng tải trên trang thông tin điện tử của doanh nghiệp thông tin về người đại diện;
b) Báo cáo Bộ Lao động - Thương binh và Xã hội về tình hình thực hiện hợp đồng.
"""
    assert by_lead(_decree(body)) == {
        ("doanh nghiệp dịch vụ", "đăng tải"),
        ("doanh nghiệp dịch vụ", "báo cáo"),
    }


def test_who_is_meant_by_the_person_obliged_to_pay_is_no_list_of_duties() -> None:
    body = """Điều 6. Chi phí
1. Người có nghĩa vụ nộp chi phí thực tế thực hiện tương trợ tư pháp bao gồm:
a) Đương sự trong vụ việc dân sự;
b) Người yêu cầu công nhận bản án của Tòa án nước ngoài.
"""
    assert by_lead(_decree(body)) == set()


_LAW_TAIL = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
QUỐC HỘI
Luật số: 69/2020/QH14
LUẬT
NGƯỜI LAO ĐỘNG VIỆT NAM ĐI LÀM VIỆC Ở NƯỚC NGOÀI THEO HỢP ĐỒNG
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng.
Điều 1. Trách nhiệm của Bộ Lao động - Thương binh và Xã hội
Bộ Lao động - Thương binh và Xã hội có trách nhiệm công bố danh sách doanh nghiệp dịch vụ.
Điều 2. Quy định chuyển tiếp
Chính phủ quy định chi tiết hồ sơ, thủ tục đổi Giấy phép quy định tại Điều này.

Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV,
kỳ họp thứ 10 thông qua ngày 13 tháng 11 năm 2020.


CHỦ TỊCH QUỐC HỘI

Nguyễn Thị Kim Ngân
"""


def test_a_law_whose_last_article_closes_with_a_full_stop_is_signed_under_its_adoption() -> None:
    cascade = extract_text(_LAW_TAIL).cascade
    signer = cascade.documents[0].signer
    assert signer is not None
    assert (signer.name, signer.title) == ("Nguyễn Thị Kim Ngân", "Chủ tịch Quốc hội")
    assert len(cascade.obligations) == 2  # the chair's block is no body text


# a consolidation with no "VĂN BẢN HỢP NHẤT" over it: its opening paragraph says what amended
# the text; its last article closes with "." alone
_CONSOLIDATED = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
LUẬT
THUẾ THU NHẬP DOANH NGHIỆP
Luật Thuế thu nhập doanh nghiệp số 67/2025/QH15 ngày 14 tháng 6 năm 2025 của Quốc hội, có
hiệu lực kể từ ngày 01 tháng 10 năm 2025, được sửa đổi, bổ sung bởi:
Luật An ninh mạng số 116/2025/QH15 ngày 10 tháng 12 năm 2025 của Quốc hội.
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật Thuế thu nhập doanh nghiệp.
Điều 1. Quy định chi tiết
Chính phủ quy định chi tiết Luật này.
Điều 2. Hiệu lực thi hành
Luật này có hiệu lực thi hành từ ngày 01 tháng 10 năm 2025.
VĂN PHÒNG QUỐC HỘI
Số: 113/VBHN-VPQH

XÁC THỰC VĂN BẢN HỢP NHẤT
Hà Nội, ngày 20 tháng 5 năm 2026
CHỦ NHIỆM

Lê Quang Mạnh
"""


def test_a_consolidation_known_by_its_opening_paragraph_reads_its_late_header() -> None:
    document = extract_text(_CONSOLIDATED).cascade.documents[0]
    assert document.identifier == "113/VBHN-VPQH"
    assert document.date is not None and document.date.isoformat() == "2026-05-20"
    assert document.signer is not None
    assert (document.signer.name, document.signer.title) == ("Lê Quang Mạnh", "Chủ nhiệm")


_LONG_NOTE = "\n".join(
    ["2 Nghị định số 74/2020/NĐ-CP có căn cứ ban hành như sau:"]
    + [f"Căn cứ Luật số {n}/2019/QH14 ngày 20 tháng 11 năm 2019;" for n in range(30, 46)]
)
_PAGES = f"""Điều 9. Trách nhiệm tổ chức thực hiện
1. Chủ tịch công ty, Tổng giám đốc Công ty mẹ - Tập đoàn Công nghiệp - Viễn thông Quân đội1

1 Cụm từ “Tập đoàn Viễn thông Quân đội” được sửa đổi thành “Tập đoàn Công nghiệp -
Viễn thông Quân đội” theo quy định tại khoản 1 Điều 1 Nghị định số 74/2020/NĐ-CP.
{" "}
86
CÔNG BÁO/Số 503 + 504/Ngày 01-7-2022
a) Quý I hằng năm, tổ chức rà soát định mức lao động của Tập đoàn;
b) Xây dựng quy chế trả lương.

{_LONG_NOTE}

87
CÔNG BÁO/Số 503 + 504/Ngày 01-7-2022
c) Gửi Bộ Quốc phòng kế hoạch lao động.

3Cụm từ “giai đoạn 2016 - 2020” được bỏ.

88
CÔNG BÁO/Số 503 + 504/Ngày 01-7-2022
d) Báo cáo Bộ Quốc phòng.
"""


def test_long_and_glued_footnotes_leave_the_page_and_their_marks_the_names() -> None:
    text = normalise(_PAGES)
    body, _, notes = text.partition("Chú thích 1:")
    assert "Viễn thông Quân đội\n" in body  # the glued mark "1" gone
    assert "Căn cứ Luật số" not in body and "Cụm từ" not in body
    assert "Chú thích 2:" in notes and "Chú thích 3:" in notes
    assert "b) Xây dựng quy chế trả lương.\nc) Gửi" in body.replace("\n\n", "\n")


def test_a_ministry_answering_to_the_government_then_given_duties_leads_them() -> None:
    body = """Điều 70. Trách nhiệm quản lý nhà nước
2. Bộ Lao động - Thương binh và Xã hội chịu trách nhiệm trước Chính phủ thực hiện quản lý nhà
nước về người lao động đi làm việc ở nước ngoài và có trách nhiệm sau đây:
a) Công khai, minh bạch các thông tin về hoạt động đưa người lao động đi làm việc ở nước ngoài;
b) Xây dựng, quản lý, vận hành cơ sở dữ liệu về người lao động.
"""
    assert by_lead(_decree(body)) == {
        ("bộ lao động - thương binh và xã hội", "công khai,"),
        ("bộ lao động - thương binh và xã hội", "xây dựng,"),
    }


def test_an_answer_due_within_a_term_from_the_files_receipt_is_a_step() -> None:
    # no applicant's case before it (round 80's reply after one stays out)
    body = """Điều 17. Chuẩn bị nguồn lao động
3. Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Bộ Lao động - Thương binh
và Xã hội trả lời bằng văn bản cho doanh nghiệp dịch vụ, trường hợp không chấp thuận phải nêu
rõ lý do.
"""
    assert by_lead(_decree(body)) == {("bộ lao động - thương binh và xã hội", "trả lời")}


def test_a_quoted_enacting_line_is_no_task() -> None:
    # a consolidation's footnote, run over a page into the body, quotes an amending law's
    # preamble: its enacting line is that law's own
    body = """Điều 3. Phạm vi áp dụng
Luật Đầu tư số 143/2025/QH15 có căn cứ ban hành như sau:
“Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật Đầu tư.”.
Bộ Tài chính có trách nhiệm hướng dẫn thi hành Điều này.
"""
    assert by_lead(_decree(body)) == {("bộ tài chính", "hướng dẫn")}
