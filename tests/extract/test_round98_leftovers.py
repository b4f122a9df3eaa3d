"""Leftovers of held-out round 98 read on texts of their own: a citation wrapped at "Điều 12
của Luật này" inside an amendment's quoted item, the first days of each month or quarter
after "Trong thời hạn", the enacting line of a law and of the text a consolidation repeats,
and a co-operative group, its leader and a co-operative as those who act."""

from __future__ import annotations

from cascade.extract import extract_text
from cascade.extract.deadlines import find_deadline
from cascade.extract.orgs import parse_org_list

from .decree_frame import by_lead, decree, law

_LAW = law(
    """Điều 1. Sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế
1. Sửa đổi, bổ sung điểm c khoản 3 Điều 16 như sau:
“c) Người tham gia bảo hiểm y tế theo quy định tại khoản 4 và khoản 5
Điều 12 của Luật này thì thẻ bảo hiểm y tế có giá trị sử dụng sau 30
ngày kể từ ngày đóng đủ bảo hiểm y tế;”;
2. Sửa đổi, bổ sung khoản 3 Điều 17 như sau:
“3. Chính phủ quy định chi tiết việc cấp thẻ bảo hiểm y tế.”.
Điều 2. Hiệu lực thi hành
Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026./.""",
    number="61/2025/QH15",
    title="SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM Y TẾ",
    enacting="Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 25/2008/QH12",
)


def test_a_wrapped_citation_in_a_quoted_item_opens_no_article() -> None:
    # "… tại khoản 4 và khoản 5⏎Điều 12 của Luật này …" goes on with the citation: read as an
    # article "Điều 12", it held the items after it, which took its "sau 30 ngày kể từ …"
    found = extract_text(_LAW).cascade.obligations
    assert [o.action.split()[0] for o in found] == ["Quy"]
    assert found[0].deadline.kind != "event"


def test_the_laws_own_enacting_line_is_no_task() -> None:
    found = extract_text(_LAW).cascade.obligations
    assert not [o for o in found if o.action.startswith("Ban hành Luật")]


def test_the_first_days_of_each_month_or_quarter_after_trong_thoi_han() -> None:
    month = find_deadline("Trong thời hạn 15 ngày đầu mỗi tháng, cơ sở gửi bản tổng hợp")
    quarter = find_deadline("trong thời hạn 15 ngày đầu mỗi quý, cơ sở gửi báo cáo quyết toán")
    assert month is not None and (month.kind, month.every, month.day) == ("recurring", "month", 15)
    assert quarter is not None
    assert (quarter.every, quarter.month, quarter.day) == ("quarter", 1, 15)


# a ministry's consolidation of a decree: the decree's enacting line is the decree's, whose
# issuer is not the consolidation's
_CONSOLIDATED = """VĂN BẢN HỢP NHẤT - BỘ KẾ HOẠCH VÀ ĐẦU TƯ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
NGHỊ ĐỊNH
Về tổ hợp tác
Nghị định số 77/2019/NĐ-CP ngày 10 tháng 10 năm 2019 của Chính phủ về tổ hợp tác, được sửa
đổi, bổ sung bởi Nghị định số 113/2024/NĐ-CP ngày 12 tháng 9 năm 2024 của Chính phủ.
Căn cứ Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Theo đề nghị của Bộ trưởng Bộ Kế hoạch và Đầu tư;
Chính phủ ban hành Nghị định về tổ hợp tác.1
Điều 1. Sổ ghi chép của tổ hợp tác
1. Tổ hợp tác có trách nhiệm lập sổ ghi chép về việc đóng góp của thành viên tổ hợp tác.
2. Tổ trưởng tổ hợp tác triệu tập cuộc họp thành viên tổ hợp tác mỗi năm một lần.
Điều 2. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành từ ngày 25 tháng 11 năm 2019./.
BỘ KẾ HOẠCH VÀ ĐẦU TƯ
Số: 9999/VBHN-BKHĐT
XÁC THỰC VĂN BẢN HỢP NHẤT
Hà Nội, ngày 07 tháng 11 năm 2024
BỘ TRƯỞNG
Nguyễn Chí Dũng
1 Nghị định số 113/2024/NĐ-CP có căn cứ ban hành như sau: "Căn cứ Luật Hợp tác xã".
"""


def test_a_consolidated_decrees_enacting_line_is_no_task_and_a_group_acts() -> None:
    cascade = extract_text(_CONSOLIDATED).cascade
    names = {o.id: o.name for o in cascade.organisations} | {g.id: g.name for g in cascade.groups}
    found = [(names[o.lead], o.action.split()[0]) for o in cascade.obligations]
    assert found == [("Tổ hợp tác", "Lập"), ("Tổ trưởng tổ hợp tác", "Triệu")]


def test_a_cooperative_accounts_and_its_name_ends_before_the_verb() -> None:
    # "giải trình" (to account for) is no word of a name
    text = "doanh nghiệp, hợp tác xã giải trình, cung cấp hồ sơ, tài liệu theo quy định."
    names = [m.text for m in parse_org_list(text, lowercase_ok=True)[0]]
    assert names == ["doanh nghiệp, hợp tác xã"]


def test_the_rules_a_law_hands_to_a_minister_are_his_tasks() -> None:
    # "quy định" alone is mostly the noun (a rule); "quy định các nội dung sau đây:" over a
    # list of topics and "quy định việc …" hand the rules on them to the body named
    body = """Điều 5. Trách nhiệm quy định chi tiết
1. Bộ trưởng Bộ Y tế quy định các nội dung sau đây:
a) Nguyên tắc, tiêu chí xây dựng danh mục thuốc;
b) Tỷ lệ, điều kiện thanh toán đối với thuốc.
2. Bộ trưởng Bộ Quốc phòng quy định việc chuyển người bệnh giữa các cơ sở thuộc quyền quản lý.
"""
    text = decree(
        body,
        number="16/2025/NĐ-CP",
        date="ngày 04 tháng 02 năm 2025",
        title="Quy định chi tiết một số điều của Luật Bảo hiểm y tế",
        signer="Lê Thành Long",
    )
    assert by_lead(text) == {("bộ y tế", "quy định"), ("bộ quốc phòng", "quy định")}
