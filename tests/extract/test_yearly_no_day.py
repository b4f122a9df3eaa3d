"""Work done every year with no day given is continuous: "Hằng năm, X …" says how often the
work is done, not when it is due, so no 31 December is made up; a day or a month given keeps
the work recurring on it. On a decree and a plan of my own in the shape of the seen sets'."""

from __future__ import annotations

from cascade.extract import extract_text
from cascade.extract.deadlines import find_deadline
from cascade.extract.evaluate import deadline_repr

from .decree_frame import decree


def _deadlines(body: str) -> list[tuple[str, str]]:
    """(lead, deadline as golds write it) per obligation of the decree around ``body``."""
    text = decree(
        body,
        number="52/2026/NĐ-CP",
        date="ngày 9 tháng 6 năm 2026",
        title="Quy định về quản lý quỹ hỗ trợ nghề muối",
        signer="Lê Thị Hồng Vân",
    )
    return [(ob.lead, deadline_repr(ob.deadline)) for ob in extract_text(text).cascade.obligations]


def test_yearly_work_with_no_day_is_continuous() -> None:
    # "Hằng năm, X …", "Định kỳ hằng năm hoặc đột xuất, X …", "… theo định kỳ hàng năm":
    # how often, no due day
    body = """Điều 7. Dự toán, báo cáo và kiểm tra Quỹ
1. Hằng năm, Bộ Tài chính lập dự toán chi của Quỹ hỗ trợ nghề muối, gửi Bộ Nông nghiệp
và Môi trường.
2. Định kỳ hằng năm hoặc đột xuất khi có yêu cầu, Ủy ban nhân dân cấp tỉnh báo cáo Bộ
Tài chính về tình hình thu, chi của Quỹ trên địa bàn.
3. Bộ Nông nghiệp và Môi trường kiểm tra việc sử dụng Quỹ theo định kỳ hàng năm.
"""
    found = _deadlines(body)
    assert [kind for _, kind in found] == ["continuous"] * 3, found
    assert [lead for lead, _ in found] == [
        "bo-tai-chinh",
        "uy-ban-nhan-dan-cap-tinh",
        "bo-nong-nghiep-va-moi-truong",
    ]


def test_yearly_work_with_a_day_or_a_month_stays_recurring() -> None:
    # "trước ngày 20 tháng 11 hằng năm": that day; "vào tháng 10 hằng năm": the month's
    # end; "hằng năm vào cuối năm": the year's end, as before
    body = """Điều 8. Báo cáo
1. Ủy ban nhân dân cấp tỉnh báo cáo kết quả hỗ trợ nghề muối về Bộ Nông nghiệp và Môi
trường trước ngày 20 tháng 11 hằng năm.
2. Bộ Nông nghiệp và Môi trường tổng hợp nhu cầu hỗ trợ của các địa phương vào tháng 10
hằng năm.
3. Bộ Tài chính công khai tình hình sử dụng Quỹ hằng năm vào cuối năm.
"""
    found = _deadlines(body)
    assert [kind for _, kind in found] == [
        "recurring year 11-20",
        "recurring year 10-31",
        "recurring year 12-31",
    ], found


def test_what_the_yearly_phrase_gives_alone() -> None:
    yearly = find_deadline("Hằng năm, Sở Nội vụ rà soát danh mục vị trí việc làm")
    assert yearly is not None and (yearly.kind, yearly.text) == ("continuous", "Hằng năm")
    assert yearly.review is None  # nothing made up, nothing to check
    # a month of one year is no month of every year
    dated = find_deadline("Hằng năm, Sở Nội vụ báo cáo kết quả từ tháng 3 năm 2026")
    assert dated is not None and dated.kind == "continuous"
    # quarterly work with no day is left as it was (the end of the quarter)
    quarterly = find_deadline("Hằng quý, Sở Nội vụ báo cáo kết quả")
    assert quarterly is not None and (quarterly.kind, quarterly.every) == ("recurring", "quarter")
