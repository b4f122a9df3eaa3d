"""The new wording an amending act quotes ("Sửa đổi, bổ sung Điều N như sau: “…”"): its
duties are tasks of the act, each noted for review with the provision it rewrites; a letter
quoting a law stays no task. Each test on a text of its own in the shape of the corpus's
amending decrees and circulars."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import by_lead, decree


def _amending(body: str) -> str:
    return decree(
        body,
        number="52/2026/NĐ-CP",
        date="ngày 10 tháng 5 năm 2026",
        title=(
            "Sửa đổi, bổ sung một số điều của Nghị định số 45/2024/NĐ-CP về hỗ trợ giống cây trồng"
        ),
        signer="Lê Văn Tâm",
        closing=2,
    )


_QUOTED_ARTICLE = (
    "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 45/2024/NĐ-CP\n"
    "1. Sửa đổi, bổ sung Điều 12 như sau:\n"
    "“Điều 12. Trách nhiệm của Sở Nông nghiệp và Môi trường\n"
    "1. Hướng dẫn các hợp tác xã lập hồ sơ đề nghị hỗ trợ giống cây trồng.\n"
    "2. Tổng hợp nhu cầu hỗ trợ, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 10 "
    "hằng năm.”.\n"
    "2. Sửa đổi, bổ sung điểm b khoản 2 Điều 15 như sau:\n"
    "“b) Sở Tài chính có trách nhiệm thẩm định dự toán kinh phí hỗ trợ giống cây trồng;”.\n"
)


def test_duties_in_a_quoted_article_and_point_are_the_acts_tasks() -> None:
    # "“Điều 12. Trách nhiệm của Sở …" and "“b) Sở … có trách nhiệm …": the mark hid the
    # marker, so the quoted line ran into the lead-in and nothing was read
    found = by_lead(_amending(_QUOTED_ARTICLE))
    assert ("sở nông nghiệp và môi trường", "hướng dẫn") in found
    assert ("sở nông nghiệp và môi trường", "tổng hợp") in found
    assert ("sở tài chính", "thẩm định") in found


def test_a_duty_of_new_wording_is_noted_with_the_provision_and_the_act() -> None:
    cascade = extract_text(_amending(_QUOTED_ARTICLE)).cascade
    notes = {ob.action: ob.note or "" for ob in cascade.obligations}
    guide = next(note for action, note in notes.items() if action.startswith("Hướng dẫn"))
    assert "in the new wording of Điều 12 of Nghị định 45/2024/NĐ-CP" in guide
    check = next(note for action, note in notes.items() if action.startswith("Thẩm định"))
    assert "in the new wording of điểm b khoản 2 Điều 15 of Nghị định 45/2024/NĐ-CP" in check
    # the closing mark is no part of the work
    assert not any(action.endswith(("”", "”.")) for action in notes)


def test_the_acts_next_amendment_is_not_under_the_quoted_article() -> None:
    # after the closing mark, "2. Sửa đổi, bổ sung …" is the act's own item again: the
    # quoted article's heading names no lead for it
    found = by_lead(_amending(_QUOTED_ARTICLE))
    assert not any(action.startswith("sửa đổi") for _, action in found)


_ADDED_UNITS = (
    "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 45/2024/NĐ-CP\n"
    "1. Bổ sung Điều 16a vào sau Điều 16 như sau:\n"
    "“Điều 16a. Trách nhiệm của Sở Công Thương\n"
    "1. Theo dõi giá giống cây trồng trên thị trường.\n"
    "2. Kiểm tra việc kinh doanh giống cây trồng trên địa bàn.”.\n"
    "2. Bổ sung khoản 2a, khoản 2b vào sau khoản 2 Điều 18 như sau:\n"
    "“2a. Chịu trách nhiệm về chất lượng giống cây trồng cung ứng cho hộ dân;\n"
    "2b. Ủy ban nhân dân cấp xã có trách nhiệm lập danh sách hộ nhận giống.”.\n"
    "3. Bổ sung điểm h1 vào sau điểm h khoản 1 Điều 20 như sau:\n"
    "“h1) Sở Y tế có trách nhiệm kiểm tra dư lượng thuốc bảo vệ thực vật;”.\n"
)


def test_articles_clauses_and_points_an_amendment_adds_are_numbered() -> None:
    # "Điều 16a.", "2b.", "h1)": the numbers an amendment adds between two old ones; read
    # as the article, clause or point they are, not as words of a paragraph
    found = by_lead(_amending(_ADDED_UNITS))
    assert ("sở công thương", "theo dõi") in found
    assert ("sở công thương", "kiểm tra") in found
    assert ("ủy ban nhân dân cấp xã", "lập danh") in found
    assert ("sở y tế", "kiểm tra") in found


def test_branches_listed_in_an_opening_term_are_not_its_subject() -> None:
    # "Trong thời hạn 60 ngày kể từ ngày Sở X có văn bản yêu cầu … giải thể văn phòng đại
    # diện, đơn vị sự nghiệp … và Ủy ban nhân dân tỉnh có văn bản …, …": the comma lists what
    # is dissolved; "đơn vị sự nghiệp" after it is no subject of the work
    body = (
        "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 45/2024/NĐ-CP\n"
        "1. Sửa đổi, bổ sung Điều 19 như sau:\n"
        "“1. Trong thời hạn 60 ngày kể từ ngày Sở Nông nghiệp và Môi trường có văn bản yêu "
        "cầu hợp tác xã chấm dứt hoạt động, giải thể văn phòng đại diện, đơn vị sự nghiệp theo "
        "quy định tại khoản 2 Điều này và Ủy ban nhân dân tỉnh có văn bản yêu cầu hợp tác xã "
        "giải thể chi nhánh theo quy định tại khoản 3 Điều này, hợp tác xã phải tiến hành các "
        "thủ tục giải thể.\n"
        "2. Sở Tài chính có trách nhiệm thông báo kết quả cho cơ quan thuế.”.\n"
    )
    found = by_lead(_amending(body))
    assert ("sở tài chính", "thông báo") in found
    assert not any(lead.startswith(("đơn vị", "văn phòng")) for lead, _ in found)
