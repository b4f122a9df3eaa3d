"""Report-line rules added after held-out round 2: routing, standing boards, long names."""

from __future__ import annotations

from cascade.extract.drafts import ReportLink
from cascade.extract.reports import find_reports, recipient_names


def test_a_bracketed_route_holds_the_whole_name_and_belongs_to_the_last_recipient() -> None:
    (report,) = find_reports(
        "tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Công an (qua Cục Cảnh sát quản lý hành chính "
        "về trật tự xã hội) định kỳ hằng tháng trước ngày 20."
    )
    assert [m.text for m in report.recipients] == ["UBND tỉnh", "Bộ Công an"]
    assert report.via is not None
    assert report.via.text == "Cục Cảnh sát quản lý hành chính về trật tự xã hội"
    link = ReportLink(["ubnd-tinh", "bo-cong-an"], via="cuc")
    assert (link.via_for("ubnd-tinh"), link.via_for("bo-cong-an")) == (None, "cuc")


def test_standing_boards_in_a_distribution_entry() -> None:
    assert recipient_names("TT Tỉnh ủy, TT HĐND tỉnh") == [
        ("Thường trực Tỉnh ủy", False),
        ("Thường trực HĐND tỉnh", False),
    ]
    assert recipient_names("TT. Tỉnh ủy") == [("Thường trực Tỉnh ủy", False)]
    # "TT" before something else is left alone
    assert recipient_names("TT Kiểm soát bệnh tật") == [("TT Kiểm soát bệnh tật", False)]


def test_a_distribution_entry_the_names_do_not_cover_is_one_name() -> None:
    name = (
        "Ban Chỉ đạo quốc gia về chống khai thác hải sản bất hợp pháp, không báo cáo và "
        "không theo quy định"
    )
    assert recipient_names(name) == [(name, False)]
    assert recipient_names("UBND các huyện, thành phố") == [("UBND các huyện, thành phố", True)]


def test_reflecting_to_a_body_is_a_report() -> None:
    (report,) = find_reports(
        "kịp thời phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân "
        "thành phố xem xét, quyết định"
    )
    assert [m.text for m in report.recipients] == ["Sở Khoa học và Công nghệ"]
    assert [m.text for m in report.onward or []] == ["Ủy ban nhân dân thành phố"]
    # "phản ánh" with no body after it is not
    assert find_reports("phối hợp tuyên truyền, phản ánh kịp thời kết quả phòng, chống IUU") == []
