"""Patterns from held-out rounds 89 (a ministry's circular on health insurance in its force,
its units called by a short name with a comma) and 90 (decrees amending two decrees), each
on a text of its own in the same shape."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import by_lead


def circular(body: str) -> str:
    """A ministry's circular as the Official Gazette prints it, ``body`` as its articles."""
    return f"""BỘ CÔNG AN
Số: 41/2026/TT-BCA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 3 năm 2026
THÔNG TƯ
Quy định về khám sức khỏe định kỳ cho cán bộ quản lý trại giam

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Bộ trưởng Bộ Công an ban hành Thông tư quy định về khám sức khỏe định kỳ cho
cán bộ quản lý trại giam.
{body}
Điều 15. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành từ ngày 01 tháng 5 năm 2026.
BỘ TRƯỞNG

Thượng tướng Trần Quốc Hưng
"""


_SUBJECTS = """Điều 2. Đối tượng áp dụng
Cục thuộc Bộ Công an, trại giam, trại tạm giam, cơ sở giáo dục bắt buộc trong
Công an nhân dân (sau đây gọi chung là Công an đơn vị, trại giam). Bệnh viện.
"""


def test_a_short_name_with_a_comma_the_document_defines_is_one_lead() -> None:
    # "(sau đây gọi chung là Công an đơn vị, trại giam)": later "Công an đơn vị, trại giam
    # có trách nhiệm …" is one body, not "Công an đơn vị" and "trại giam"
    found = by_lead(
        circular(
            _SUBJECTS
            + """Điều 8. Trách nhiệm thực hiện
1. Công an đơn vị, trại giam có trách nhiệm lập danh sách cán bộ khám sức khỏe gửi
bệnh viện.
2. Trách nhiệm của Công an đơn vị, trại giam
a) Bố trí kinh phí khám sức khỏe định kỳ;
b) Báo cáo kết quả khám sức khỏe về Cục Y tế.
"""
        )
    )
    lead = "công an đơn vị, trại giam"
    assert (lead, "lập danh") in found
    assert (lead, "bố trí") in found
    assert (lead, "báo cáo") in found
    assert not any(name in {"trại giam", "công an đơn vị"} for name, _ in found)


def test_a_subject_after_every_month_or_the_first_days_of_a_quarter() -> None:
    # "Hằng tháng, cùng thời điểm …, X thực hiện …", "Trong 10 ngày đầu mỗi quý, X thực hiện
    # …": the time stands before the subject as "Hằng năm," does
    found = by_lead(
        circular(
            _SUBJECTS
            + """Điều 5. Phương thức thanh toán
1. Hằng tháng, cùng thời điểm chi phụ cấp, Công an đơn vị, trại giam thực hiện chuyển
tiền khám sức khỏe cho bệnh viện.
2. Trong 10 ngày đầu mỗi quý, Cục Y tế thực hiện đối chiếu số tiền khám sức khỏe với
bệnh viện.
"""
        )
    )
    assert ("công an đơn vị, trại giam", "thực hiện") in found
    assert ("cục y tế", "thực hiện") in found


def test_the_time_before_the_subject_dates_the_work() -> None:
    # "Hằng tháng, …, chậm nhất vào ngày cuối cùng của tháng": every month by its last day;
    # "Trong 10 ngày đầu mỗi quý": by the 10th of each quarter's first month; "Hằng tháng"
    # alone before work that is no report: continuous (since round 93's leftovers)
    text = circular(
        _SUBJECTS
        + """Điều 5. Phương thức thanh toán
1. Hằng tháng, cùng thời điểm chi phụ cấp, Công an đơn vị, trại giam thực hiện chuyển
tiền khám sức khỏe cho bệnh viện, chậm nhất vào ngày cuối cùng của tháng phải chuyển đủ
số tiền của tháng đó.
2. Trong 10 ngày đầu mỗi quý, Cục Y tế thực hiện đối chiếu số tiền khám sức khỏe với
bệnh viện.
3. Hằng tháng, Cục Tài chính tổng hợp số tiền đã chuyển.
"""
    )
    found = {
        ob.clause: (
            ob.deadline.kind,
            getattr(ob.deadline, "every", None),
            getattr(ob.deadline, "month", None),
            getattr(ob.deadline, "day", None),
        )
        for ob in extract_text(text).cascade.obligations
    }
    assert found == {
        "Điều 5.1": ("recurring", "month", None, 31),
        "Điều 5.2": ("recurring", "quarter", 1, 10),
        "Điều 5.3": ("continuous", None, None, None),
    }


def test_an_agency_named_by_its_function_in_lower_case() -> None:
    # "…, cơ quan tổ chức cán bộ Công an đơn vị, trại giam có trách nhiệm lập …": the
    # function ("tổ chức cán bộ") is the agency's name, not the verb "tổ chức"; a list of
    # kinds of body before a ministry is no such name
    found = by_lead(
        circular(
            _SUBJECTS
            + """Điều 6. Lập danh sách
1. Sau khi nhận hồ sơ, cơ quan tổ chức cán bộ Công an đơn vị, trại giam có trách nhiệm
lập danh sách cán bộ khám sức khỏe gửi bệnh viện.
2. Trường hợp cơ quan, tổ chức, cá nhân đóng góp lớn hơn chi phí thực tế, Bộ Công an
thông báo và hoàn trả phần kinh phí thừa.
"""
        )
    )
    assert ("cơ quan tổ chức cán bộ công an đơn vị, trại giam", "lập danh") in found
    assert ("bộ công an", "thông báo") in found
    assert not any(name == "cơ quan" for name, _ in found)


def test_what_a_body_may_do_under_its_duties_is_no_work() -> None:
    # "Căn cứ tình hình thực tế, X có thể phân cấp cho …" under "Trách nhiệm của X:" is an
    # option X is given, not a duty; the items around it are X's work
    found = by_lead(
        circular(
            _SUBJECTS
            + """Điều 9. Trách nhiệm của các cơ quan, đơn vị
1. Trách nhiệm của Công an đơn vị, trại giam:
a) Lập kế hoạch khám sức khỏe định kỳ hằng năm cho cán bộ;
b) Căn cứ điều kiện thực tế, Công an đơn vị, trại giam có thể giao cho đội y tế
trực thuộc tổ chức khám sức khỏe cho cán bộ;
c) Có thể ký hợp đồng với bệnh viện tuyến tỉnh khám sức khỏe cho cán bộ.
"""
        )
    )
    lead = "công an đơn vị, trại giam"
    assert (lead, "lập kế") in found
    assert not any(action.startswith(("căn cứ", "có thể", "giao", "ký")) for _, action in found)
