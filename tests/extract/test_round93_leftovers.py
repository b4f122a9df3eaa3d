"""Round 93's leftovers, each on a text of its own in the same shape: a relief's term that
is not the document's time, a monthly day said with no "trước", monthly work with no day,
a subject after a long time limit, and a representative body named by whom it stands for."""

from __future__ import annotations

from cascade.extract import extract_text
from cascade.extract.deadlines import find_deadline

from .decree_frame import by_lead


def decision(body: str) -> str:
    """A Prime Minister's decision on a one-off support, ``body`` as its articles."""
    return f"""THỦ TƯỚNG CHÍNH PHỦ
Số: 17/2022/QĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 06 tháng 6 năm 2022
QUYẾT ĐỊNH
Quy định về việc hỗ trợ người lao động bị ảnh hưởng bởi bão lũ
THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
{body}
Điều 9. Quyết định này có hiệu lực thi hành kể từ ngày ký.
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Lê Văn Thành
"""


_RELIEF = """Điều 4. Miễn phí và thời gian thực hiện
1. Miễn phí sử dụng dịch vụ công trực tuyến cho người lao động thuộc đối tượng hỗ trợ.
2. Thời gian thực hiện miễn phí: 06 tháng, kể từ ngày 01 tháng 7 năm 2022 đến hết ngày 31
tháng 12 năm 2022.
Điều 5. Tổ chức thực hiện
1. Bộ Tài chính hướng dẫn các địa phương triển khai Quyết định này.
"""


def _deadline_kinds(text: str) -> dict[str, str]:
    cascade = extract_text(text).cascade
    return {ob.action.split()[0].lower(): ob.deadline.kind for ob in cascade.obligations}


def test_how_long_a_relief_runs_is_not_the_documents_time() -> None:
    # "Thời gian thực hiện miễn phí: 06 tháng, kể từ … đến hết …" says how long the fee is
    # waived; the execution article's duties have no deadline of their own
    kinds = _deadline_kinds(decision(_RELIEF))
    assert kinds["hướng"] != "period"


def test_a_documents_own_time_section_still_dates_its_duties() -> None:
    # "Thời gian thực hiện: …" with nothing after it is the document's own time (the
    # control: the relief's term above is told apart by the relief named in it)
    text = decision(_RELIEF.replace("Thời gian thực hiện miễn phí:", "Thời gian thực hiện:"))
    assert _deadline_kinds(text)["hướng"] == "period"


def test_a_monthly_day_said_before_the_month_with_no_before() -> None:
    # "ngày 20 hằng tháng báo cáo …": the 20th of every month, not a day made up
    found = find_deadline("Cục Thống kê tổng hợp số liệu; ngày 20 hằng tháng báo cáo Bộ", 2022)
    assert found is not None
    assert (found.kind, found.every, found.day, found.review) == ("recurring", "month", 20, None)


def test_monthly_work_with_no_day_is_continuous_and_a_monthly_report_recurs() -> None:
    # "Hằng tháng, …, cơ quan thuế thực hiện khấu trừ …": work done every month, due on no
    # day; a report every month keeps its month's end, with a note
    work = find_deadline("Hằng tháng, cơ quan thuế thực hiện khấu trừ số tiền đã nộp", 2022)
    report = find_deadline("Cơ quan thuế báo cáo hằng tháng kết quả khấu trừ", 2022)
    assert work is not None and work.kind == "continuous"
    assert report is not None and (report.kind, report.every) == ("recurring", "month")
    assert report.review is not None


def test_a_subject_after_two_terms_counted_from_two_receipts() -> None:
    # the time limit runs past two hundred characters before its comma; the body after it,
    # in lower case, is still the sentence's subject, and paying the money is its work
    found = by_lead(
        decision(
            """Điều 3. Trình tự thực hiện
1. Trong thời hạn 07 ngày làm việc kể từ ngày nhận được hồ sơ đề nghị hợp lệ của người
lao động và trong thời hạn 15 ngày kể từ ngày nhận được danh sách bổ sung thông tin do
doanh nghiệp nơi người lao động làm việc gửi đến, cơ quan bảo hiểm xã hội chi trả tiền hỗ
trợ cho người lao động.
"""
        )
    )
    assert found == {("cơ quan bảo hiểm xã hội", "chi trả")}


def test_a_list_of_companies_in_a_long_time_limit_is_no_subject() -> None:
    # "Trong thời hạn … của công ty đại chúng, công ty chứng khoán, công ty quản lý quỹ …;"
    # past two hundred characters, under a lead-in naming the issuer: the companies listed
    # are the event's words, not a subject in reach of a long time limit
    found = by_lead(
        decision(
            """Điều 3. Đăng ký trái phiếu
1. Sau khi kết thúc đợt chào bán, doanh nghiệp phát hành phải đăng ký trái phiếu tại Tổng
công ty lưu ký và bù trừ chứng khoán Việt Nam như sau:
a) Trong thời hạn 05 ngày làm việc kể từ ngày cơ quan quản lý thị trường thông báo bằng
văn bản đã nhận được đầy đủ báo cáo kết quả đợt chào bán trái phiếu chuyển đổi riêng lẻ theo
quy định tại Điều 12 Nghị định này của công ty đại chúng, công ty chứng khoán, công ty quản
lý quỹ đầu tư chứng khoán;
"""
        )
    )
    assert all(not lead.startswith("công ty") for lead, _ in found)


def test_a_representative_body_named_by_whom_it_stands_for() -> None:
    # "tổ chức đại diện của người lao động" is one name, not "tổ chức đại diện" with the
    # rest of the list glued to its work
    found = by_lead(
        decision(
            """Điều 6. Tổ chức thực hiện
Đề nghị Tổng Liên đoàn Lao động Việt Nam, tổ chức đại diện của người lao động và các hội
nghề nghiệp tham gia giám sát việc thực hiện Quyết định này.
"""
        )
    )
    assert ("tổ chức đại diện của người lao động", "tham gia") in found
    assert ("các hội nghề nghiệp", "tham gia") in found
