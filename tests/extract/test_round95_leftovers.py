"""Leftovers of held-out round 95 read on texts of their own: a ministry's schools named "in"
its force, a group that opens with "các" after a group in lower case, a person's leave that
is no time of the document, bodies that end a ";"-part with no work after them, the subject
after a region and its bracketed exceptions, and a rule's first case under an article's
title in a text whose paragraphs blank lines set apart."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import by_lead, circular


def _circular(body: str) -> str:
    """A circular of the Ministry of National Defence whose articles are ``body``."""
    return circular(
        body,
        ministry="Bộ Quốc phòng",
        number="41/2025/TT-BQP",
        date="ngày 12 tháng 8 năm 2025",
        title="Quy định chế độ ốm đau trong Quân đội nhân dân",
        signer="Đại tướng Nguyễn Văn Bình",
    )


_EXECUTION = """Điều 12. Trách nhiệm thi hành
1. Thủ trưởng cơ quan thuộc Bộ Quốc phòng, Giám đốc Học viện Quốc phòng, người đứng đầu doanh
nghiệp, các học viện, trường trong Quân đội nhân dân có trách nhiệm phổ biến, quán triệt và tổ
chức thực hiện Thông tư này.
2. Giám đốc Bệnh viện Quân y 103, các trường thuộc Bộ Quốc phòng có trách nhiệm lập danh
sách cán bộ nghỉ việc hưởng chế độ ốm đau.
"""

_LEAVE = """Điều 5. Thời gian nghỉ việc hưởng chế độ ốm đau
1. Thời gian nghỉ việc hưởng chế độ ốm đau được thực hiện theo quy định tại Điều 43 Luật Bảo
hiểm xã hội. Trường hợp quân nhân bị thương sau khi hoàn thành nhiệm vụ thì thời gian nghỉ
việc được tính từ ngày vào viện, trong đó:
a) Mức hưởng bằng 100% tiền lương;
b) Thời gian nghỉ không tính ngày nghỉ lễ.
Điều 12. Trách nhiệm thi hành
Cục Tài chính có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Thông tư này.
"""

_SETTLEMENT = """Điều 10. Quản lý quỹ
Cục Tài chính có trách nhiệm quản lý quỹ ốm đau của toàn quân. Hằng quý, năm, kiểm tra quyết
toán của các đơn vị, địa phương; thông báo quyết toán năm cho đơn vị, địa phương.
"""


def test_a_group_of_schools_in_the_force_is_a_lead_of_its_own() -> None:
    # "các học viện, trường trong Quân đội nhân dân": the force is the group's sector, and
    # the group opens with "các", so it does not run on the company group before it
    found = by_lead(_circular(_EXECUTION))
    assert ("các học viện, trường trong quân đội nhân dân", "phổ biến,") in found
    assert ("doanh nghiệp", "phổ biến,") in found
    assert ("học viện quốc phòng", "phổ biến,") in found


def test_a_group_with_its_own_cac_after_a_named_body_is_a_lead_of_its_own() -> None:
    # "Giám đốc Bệnh viện Quân y 103, các trường thuộc Bộ Quốc phòng": two leads, not one
    found = by_lead(_circular(_EXECUTION))
    assert ("bệnh viện quân y 103", "lập danh") in found
    assert ("các trường thuộc bộ quốc phòng", "lập danh") in found


def test_a_persons_leave_is_no_time_of_the_document() -> None:
    # "Thời gian nghỉ việc hưởng chế độ ốm đau …" rules how long a soldier's leave lasts;
    # its "sau khi hoàn thành nhiệm vụ" waits for nothing the Finance Department does
    cascade = extract_text(_circular(_LEAVE)).cascade
    guide = [ob for ob in cascade.obligations if ob.action.startswith("Hướng dẫn")]
    assert [ob.deadline.kind for ob in guide] == ["continuous"]


def test_bodies_that_end_a_part_are_no_subject_of_the_next() -> None:
    # "…, kiểm tra quyết toán của các đơn vị, địa phương; thông báo …": "địa phương" closes
    # the first part's object, it does not give the notice
    found = by_lead(_circular(_SETTLEMENT))
    assert not {lead for lead, _ in found} & {"địa phương", "đơn vị, địa phương"}
    assert ("cục tài chính", "quản lý") in found


def test_a_bare_kind_under_a_body_still_closes_the_group_before_it() -> None:
    # "các tổng công ty, công ty, các đơn vị trực thuộc Bộ": "trực thuộc Bộ" says whose the
    # whole group is, so the group runs on over its own "các"
    text = _circular(
        "Điều 11. Chế độ báo cáo\nCác tổng công ty, công ty, các đơn vị trực thuộc Bộ Quốc phòng"
        " có trách nhiệm báo cáo số liệu định kỳ hằng tháng.\n"
    )
    found = by_lead(text)
    assert ("các tổng công ty, công ty, các đơn vị trực thuộc bộ quốc phòng", "báo cáo") in found


_REGIONS = """Điều 1. Giải thích từ ngữ
Trạm phát sóng vùng (sau đây viết tắt là: trạm PSV) là đơn vị được cấp phép phát sóng.
Điều 3. Phát sóng
1. Tại khu vực Tây Nguyên (ngoại trừ các điểm phát sóng tại Núi Lang Biang - Lâm Đồng,
Núi Chư Yang Sin - Đắk Lắk, Núi Ngọc Linh - Kon Tum; địa bàn biên giới) và khu vực Bắc Bộ
(ngoại trừ các điểm phát sóng tại Núi Tam Đảo - Phú Thọ, Núi Ba Vì - Hà Nội, Núi Yên Tử
- Quảng Ninh, Núi Đọi - Ninh Bình), các trạm PSV có trách nhiệm chuyển sang phát sóng số.
"""


def test_the_bodies_after_a_region_and_its_bracketed_exceptions_are_the_subject() -> None:
    # "Tại khu vực …, các trạm PSV có trách nhiệm …": a place opens the sentence; the
    # exceptions in brackets (one wrapped before "- Quảng Ninh") do not push the subject out
    # of reach
    found = by_lead(_circular(_REGIONS))
    assert ("các trạm psv", "chuyển sang") in found


def _wrapped_paragraphs(transition: str) -> str:
    """A circular whose paragraphs are set apart by blank lines and wrapped inside."""
    return _circular(f"""Điều 1. Phạm vi điều chỉnh
Thông tư này quy định chế độ ốm đau đối với quân nhân, công nhân và viên chức quốc
phòng đang phục vụ trong Quân đội nhân dân.

Điều 2. Đối tượng áp dụng
Thông tư này áp dụng đối với quân nhân, công nhân và viên chức quốc phòng, các cơ
quan, đơn vị và tổ chức có liên quan.

Điều 3. Trách nhiệm thi hành
Cục Tài chính có trách nhiệm hướng dẫn, kiểm tra việc thực hiện chế độ ốm đau trong
toàn quân theo quy định của Thông tư này.

Điều 4. Điều khoản chuyển tiếp
{transition}
""")


def test_a_rules_first_case_under_an_articles_title_starts_its_text() -> None:
    # blank lines set the paragraphs apart, yet "Điều 4. Điều khoản chuyển tiếp" is a title
    # of its own: "Trường hợp …" below it opens the rule, and its subject acts
    text = _wrapped_paragraphs(
        "Trường hợp đơn vị đã lập danh sách theo mẫu cũ thì Ban Tài chính phải lập lại danh\n"
        "sách theo quy định tại Thông tư này trước ngày 31/12/2025./."
    )
    cascade = extract_text(text).cascade
    due = [ob.deadline for ob in cascade.obligations if ob.clause == "Điều 4"]
    assert [d.kind for d in due] == ["absolute"]
