"""Patterns held-out round 28 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a provincial
regulation or of a ministry's letter (the frame of ``test_task_rules``).
"""

from __future__ import annotations

from cascade.extract import Extraction, extract_text

from .test_task_rules import _extract, _leads
from .test_task_rules import _tasks as _full_tasks


def _deadlines(extraction: Extraction) -> list[str]:
    return [
        ob.deadline.kind if ob.deadline.text else "none" for ob in extraction.cascade.obligations
    ]


def test_work_after_a_case_and_a_colon_waits_for_the_case() -> None:
    # "Trường hợp …: X có trách nhiệm …": the work is done when the case arises, as after
    # "Trường hợp …, X …"
    body = (
        "Điều 9. Kiểm tra hồ sơ\n"
        "1. Trường hợp kiểm tra hồ sơ theo quy định tại khoản 1 Điều 8 Quyết định này: Sở "
        "Nội vụ có trách nhiệm xây dựng kế hoạch kiểm tra. Căn cứ kế hoạch được duyệt, "
        "giao Sở Nội vụ ban hành quyết định kiểm tra.\n"
        "2. Sở Y tế tổng hợp danh mục hồ sơ của ngành.\n"
    )
    extraction = _extract(body)
    assert [action[:20] for _, _, action, _ in _full_tasks(extraction)] == [
        "Xây dựng kế hoạch ki",
        "Ban hành quyết định ",
        "Tổng hợp danh mục hồ",
    ]
    assert _deadlines(extraction) == ["event", "event", "none"]


def test_a_kind_of_body_named_by_the_sector_it_manages() -> None:
    # "Sở quản lý ngành, lĩnh vực" is one kind of body ("quản lý" is no verb here, the
    # comma is inside the name), with a level after it; the goods it answers for may stand
    # between it and its duty ("đối với … (…) có trách nhiệm …")
    body = (
        "Điều 5. Phân công nhiệm vụ\n"
        "1. Sở quản lý ngành, lĩnh vực có trách nhiệm rà soát danh mục thuốc thú y.\n"
        "2. Các Sở quản lý ngành, lĩnh vực cấp tỉnh và Ủy ban nhân dân các xã ban hành "
        "kế hoạch kiểm tra giá.\n"
        "3. Sở quản lý ngành, lĩnh vực đối với thuốc thú y (quy định tại Phụ lục II) có "
        "trách nhiệm trình Ủy ban nhân dân tỉnh Hà Lam ban hành giá tối đa.\n"
    )
    assert _leads(body) == [
        ("Sở quản lý ngành, lĩnh vực", "Rà soát danh mục thu"),
        ("Các Sở quản lý ngành, lĩnh vực cấp tỉnh", "Ban hành kế hoạch ki"),
        ("Ủy ban nhân dân các xã", "Ban hành kế hoạch ki"),
        ("Sở quản lý ngành, lĩnh vực", "Trình Ủy ban nhân dâ"),
    ]


def test_a_lead_in_over_what_its_work_covers_is_the_task() -> None:
    # "X chịu trách nhiệm cập nhật … đối với:" over "a) Báo cáo …; b) Thông báo …": the
    # items name what the update covers (nouns that look like verbs), the lead-in is X's task
    body = (
        "Điều 7. Cập nhật dữ liệu\n"
        "1. Sở Xây dựng chịu trách nhiệm cập nhật dữ liệu vào Cơ sở dữ liệu nhà ở đối với:\n"
        "a) Báo cáo tình hình nhà ở của tỉnh theo quy định;\n"
        "b) Thông báo kết quả thẩm định dự án nhà ở.\n"
        "2. Sở Nội vụ tổng hợp danh sách công chức.\n"
    )
    assert _leads(body) == [
        ("Sở Xây dựng", "Cập nhật dữ liệu vào"),
        ("Sở Nội vụ", "Tổng hợp danh sách c"),
    ]


PROVINCE_FRAME = """ỦY BAN NHÂN DÂN
TỈNH HÀ LAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 41/2026/QĐ-UBND
Hà Lam, ngày 12 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Quy định thử nghiệm
{body}
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Quang
"""


def _parents(body: str) -> dict[str, str | None]:
    cascade = extract_text(PROVINCE_FRAME.format(body=body)).cascade
    names = {o.id: o.name for o in cascade.organisations}
    return {o.name: names.get(o.parent) if o.parent else None for o in cascade.organisations}


def test_a_body_named_co_quan_is_no_district() -> None:
    # "cơ quan thuế địa phương" folds to "co quan thue …": its "quan" is no "quận" (a
    # district) of another place, so the province may be its parent like any unit it
    # assigns work to
    body = (
        "Điều 2. Tổ chức thực hiện\n"
        "Cơ quan thuế địa phương có trách nhiệm hướng dẫn người nộp thuế kê khai.\n"
    )
    assert _parents(body)["Cơ quan thuế địa phương"] == "Ủy ban nhân dân tỉnh Hà Lam"


def test_a_body_named_by_the_work_it_is_given() -> None:
    # "Cơ quan tiếp nhận hồ sơ có trách nhiệm …", "Người được giao theo dõi, giải quyết …
    # có trách nhiệm …": the name runs to the word of duty; "Cơ quan được giao thẩm định …
    # quy định tại … Điều này tham mưu …" to the article that says which body it is (also
    # after a topic and a colon)
    body = (
        "Điều 4. Trách nhiệm thực hiện\n"
        "1. Cơ quan tiếp nhận hồ sơ đăng ký có trách nhiệm cập nhật dữ liệu vào hệ thống.\n"
        "2. Người được giao theo dõi, giải quyết công việc của cơ quan có trách nhiệm lập "
        "hồ sơ công việc.\n"
        "3. Lập phương án: Cơ quan được giao thẩm định phương án quy định tại khoản 1 Điều "
        "này tham mưu Ủy ban nhân dân tỉnh lựa chọn đơn vị tư vấn.\n"
    )
    assert _leads(body) == [
        ("Cơ quan tiếp nhận hồ sơ đăng ký", "Cập nhật dữ liệu vào"),
        ("Người được giao theo dõi, giải quyết công việc của cơ quan", "Lập hồ sơ công việc."),
        ("Cơ quan được giao thẩm định phương án", "Tham mưu Ủy ban nhân"),
    ]


def test_items_under_an_authorisation_are_the_delegates_work() -> None:
    # "A ủy quyền cho B, C ủy quyền cho D thực hiện các nhiệm vụ:": the items are the work
    # of the authorised bodies B and D (each authorisation names its delegate first), not
    # of the heading's body or of whom authorises them
    body = (
        "Điều 3. Trách nhiệm của người đứng đầu cơ quan, tổ chức\n"
        "1. Người đứng đầu kho lưu trữ\n"
        "Giám đốc Sở Nội vụ ủy quyền cho Giám đốc Trung tâm Lưu trữ lịch sử, Ủy ban "
        "nhân dân các xã ủy quyền cho văn phòng Ủy ban nhân dân xã thực hiện các nhiệm vụ:\n"
        "a) Tổ chức bảo quản an toàn tài liệu lưu trữ.\n"
        "b) Hướng dẫn nghiệp vụ lưu trữ cho các cơ quan.\n"
    )
    assert _leads(body) == [
        ("Trung tâm Lưu trữ lịch sử", "Tổ chức bảo quản an "),
        ("văn phòng Ủy ban nhân dân xã", "Tổ chức bảo quản an "),
        ("Trung tâm Lưu trữ lịch sử", "Hướng dẫn nghiệp vụ "),
        ("văn phòng Ủy ban nhân dân xã", "Hướng dẫn nghiệp vụ "),
    ]


def test_a_historical_archive_is_a_body_and_its_competences_no_work() -> None:
    # "Lưu trữ lịch sử …" (the archive that keeps documents for good) acts, also named in
    # lower case after a time or a role; under a title on its competences ("Thẩm quyền thu
    # thập …") what it collects is a power, unless a duty is said in so many words
    body = (
        "Điều 6. Thẩm quyền thu thập, quản lý tài liệu\n"
        "1. Lưu trữ lịch sử tỉnh Hà Lam có trách nhiệm hướng dẫn các sở chuẩn bị tài liệu.\n"
        "2. Lưu trữ lịch sử tỉnh Hà Lam quản lý, bảo quản tài liệu của các sở.\n"
        "Điều 7. Chuyển tiếp\n"
        "1. Lưu trữ lịch sử tỉnh Hà Lam thực hiện công bố tài liệu lưu trữ.\n"
        "2. Trong thời hạn 3 năm, lưu trữ lịch sử tỉnh Hà Lam phải hoàn thành việc chỉnh lý "
        "tài liệu.\n"
    )
    assert _leads(body) == [
        ("Lưu trữ lịch sử tỉnh Hà Lam", "Hướng dẫn các sở chu"),
        ("Lưu trữ lịch sử tỉnh Hà Lam", "Thực hiện công bố tà"),
        ("lưu trữ lịch sử tỉnh Hà Lam", "Hoàn thành việc chỉn"),
    ]


def test_work_due_a_term_after_an_event_named_before_its_bodies() -> None:
    # "Sau tối đa 05 ngày kể từ khi …, các cơ quan …; Ủy ban nhân dân xã có trách nhiệm
    # …": the bodies after the term are the subject (named in lower case too), and their
    # work waits for the event
    body = (
        "Điều 8. Cập nhật dữ liệu\n"
        "Sau tối đa 03 ngày kể từ khi quyết định về giá được ban hành, các cơ quan chuyên "
        "môn cấp tỉnh; Ủy ban nhân dân các xã có trách nhiệm cập nhật dữ liệu về giá.\n"
    )
    extraction = _extract(body)
    assert [(lead, action[:20]) for lead, _, action, _ in _full_tasks(extraction)] == [
        ("các cơ quan chuyên môn cấp tỉnh", "Cập nhật dữ liệu về "),
        ("Ủy ban nhân dân các xã", "Cập nhật dữ liệu về "),
    ]
    assert _deadlines(extraction) == ["event", "event"]


def test_a_body_named_by_the_work_it_was_given_at_an_article() -> None:
    # "Các cơ quan được giao nhiệm vụ báo cáo tại khoản 1 Điều này định kỳ …": the place of
    # the work in the text is part of the name, which does not end at its first verb
    body = (
        "Điều 6. Báo cáo\n"
        "1. Sở Xây dựng tổng hợp giá vật liệu xây dựng.\n"
        "2. Thời hạn gửi báo cáo: Các cơ quan được giao nhiệm vụ báo cáo tại khoản 1 Điều "
        "này định kỳ gửi báo cáo về Sở Tài chính.\n"
    )
    assert _leads(body) == [
        ("Sở Xây dựng", "Tổng hợp giá vật liệ"),
        ("Các cơ quan được giao nhiệm vụ báo cáo tại khoản 1 Điều này", "Định kỳ gửi báo cáo "),
    ]


def test_a_duty_whose_work_opens_with_its_basis() -> None:
    # "X có trách nhiệm căn cứ quy định tại … để xác định …": the basis and the work after
    # "để" are X's duty
    body = (
        "Điều 9. Thời hạn bảo quản\n"
        "1. Văn phòng Sở Nội vụ có trách nhiệm căn cứ quy định tại Điều 8 Quyết định này để "
        "xác định thời hạn bảo quản hồ sơ.\n"
    )
    assert _leads(body) == [("Văn phòng Sở Nội vụ", "Căn cứ quy định tại ")]


def test_a_party_committee_issues_with_ban_hanh() -> None:
    # "Ban Thường vụ Tỉnh ủy ban hành …": "ủy" closes the committee's name and "ban hành"
    # (to issue) is its verb, not the head "ủy ban" (a committee) running the name on
    body = (
        "Điều 5. Danh mục hồ sơ\n"
        "1. Ban Thường vụ Tỉnh ủy ban hành danh mục hồ sơ nộp lưu.\n"
        "2. Ban thường vụ huyện Ủy ban hành danh mục cơ quan nộp lưu.\n"
    )
    assert _leads(body) == [
        ("Ban Thường vụ Tỉnh ủy", "Ban hành danh mục hồ"),
        ("Ban thường vụ huyện Ủy", "Ban hành danh mục cơ"),
    ]


def test_a_role_heads_every_body_of_its_list() -> None:
    # "Thủ trưởng cơ quan, đơn vị, lưu trữ lịch sử của tỉnh … có trách nhiệm …": the heads
    # of each; a body named in lower case after the first one is read as after the role
    body = (
        "Điều 7. Công khai danh mục\n"
        "1. Thủ trưởng cơ quan, đơn vị, lưu trữ lịch sử của tỉnh Hà Lam có trách nhiệm công "
        "khai danh mục hồ sơ.\n"
    )
    assert _leads(body) == [
        ("cơ quan, đơn vị", "Công khai danh mục h"),
        ("lưu trữ lịch sử của tỉnh Hà Lam", "Công khai danh mục h"),
    ]


def test_setting_out_in_detail_is_work() -> None:
    # "X quy định cụ thể thời hạn …" (to set out in detail) is X's work; "quy định" alone
    # stays the noun ("theo quy định")
    body = (
        "Điều 11. Thời hạn bảo quản\n"
        "1. Sở Nội vụ quy định cụ thể thời hạn bảo quản hồ sơ của ngành.\n"
        "2. Sở Y tế quy định tại Điều 5 là cơ quan đầu mối.\n"
    )
    assert _leads(body) == [("Sở Nội vụ", "Quy định cụ thể thời")]


def test_the_statistics_office_of_a_place_is_a_body() -> None:
    # "Thống kê tỉnh Hà Lam:" (the province's statistics office) labels its work; "Thống
    # kê số liệu …" (to tabulate) stays work
    body = (
        "Điều 8. Báo cáo giá\n"
        "1. Thống kê tỉnh Hà Lam: Phối hợp cung cấp chỉ số giá tiêu dùng của tỉnh.\n"
        "2. Sở Tài chính:\n"
        "a) Thống kê số liệu giá thị trường hằng tháng.\n"
    )
    assert _leads(body) == [
        ("Thống kê tỉnh Hà Lam", "Phối hợp cung cấp ch"),
        ("Sở Tài chính", "Thống kê số liệu giá"),
    ]


def test_routes_are_no_bodies() -> None:
    # "Các tuyến đê kết hợp đường giao thông: …" labels a kind of dyke (a route, a line),
    # not bodies whose work follows the colon
    body = (
        "Điều 2. Hành lang bảo vệ đê\n"
        "1. Các tuyến đê kết hợp đường giao thông: Hành lang bảo vệ đê được xác định theo "
        "hành lang an toàn đường bộ.\n"
        "2. Sở Xây dựng kiểm tra hành lang bảo vệ đê.\n"
    )
    assert [lead for lead, _ in _leads(body)] == ["Sở Xây dựng"]
