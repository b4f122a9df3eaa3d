"""Lists of bodies as real documents write them: one head for several names, roles in
front, places and qualifiers after, names that hold a stop word."""

from __future__ import annotations

import pytest

from cascade.extract.defined_bodies import reading
from cascade.extract.orgs import parse_org_list, remembering_lists


def _names(text: str) -> tuple[list[str], str]:
    mentions, end = parse_org_list(text)
    return [m.text for m in mentions], text[end:].strip()


@pytest.mark.parametrize(
    ("text", "names", "rest"),
    [
        # one head, several names after a colon or listed after it
        (
            "Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường và các Bộ, "
            "ngành có liên quan theo chức năng:",
            [
                "Bộ Quốc phòng",
                "Bộ Công an",
                "Bộ Nông nghiệp và Môi trường",
                "các Bộ, ngành có liên quan",
            ],
            "theo chức năng:",
        ),
        ("Các Bộ Quốc phòng, Công an: Chỉ đạo", ["Bộ Quốc phòng", "Bộ Công an"], ": Chỉ đạo"),
        (
            "Bộ Khoa học và Công nghệ, các Tập đoàn VNPT, Viettel khẩn trương chỉ đạo",
            ["Bộ Khoa học và Công nghệ", "Tập đoàn VNPT", "Tập đoàn Viettel"],
            "khẩn trương chỉ đạo",
        ),
        # roles in front of a name, a lower-case name after a role, "nêu trên" dropped
        (
            "Bí thư tỉnh ủy, thành ủy và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên "
            "theo chức năng",
            ["tỉnh ủy, thành ủy", "Ủy ban nhân dân các tỉnh, thành phố"],
            "theo chức năng",
        ),
        (
            "Bí thư, Chủ tịch Ủy ban nhân dân các tỉnh khu vực Trung Bộ tiếp tục chỉ đạo",
            ["Ủy ban nhân dân các tỉnh khu vực Trung Bộ"],
            "tiếp tục chỉ đạo",
        ),
        # where the bodies are stays in the name when their verb follows
        (
            "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tại khu vực dự báo xảy ra mưa, lũ "
            "tập trung lãnh đạo",
            ["Ủy ban nhân dân các tỉnh, thành phố tại khu vực dự báo xảy ra mưa, lũ"],
            "tập trung lãnh đạo",
        ),
        ("Sở Y tế tại Công văn số 12 đề nghị", ["Sở Y tế"], "tại Công văn số 12 đề nghị"),
        # a stop word inside a fixed part of a name; a verb after a name ends it
        (
            "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên tỉnh tổ chức các lớp",
            ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên tỉnh"],
            "tổ chức các lớp",
        ),
        (
            "Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia phối hợp với",
            ["Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia"],
            "phối hợp với",
        ),
        ("Bộ Tài chính xuất cấp gạo", ["Bộ Tài chính"], "xuất cấp gạo"),
        ("Bảo hiểm xã hội thành phố Hà Nội", ["Bảo hiểm xã hội thành phố Hà Nội"], ""),
        (
            "các sở, ban, ngành, UBND các xã, phường, Tổng công ty, công ty và các đơn vị "
            "trực thuộc Thành phố tiếp tục",
            [
                "các sở, ban, ngành",
                "UBND các xã, phường",
                "Tổng công ty, công ty",
                "các đơn vị trực thuộc Thành phố",
            ],
            "tiếp tục",
        ),
        # a group named with a clause of its own, up to its verb or a colon
        (
            "các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn Thành phố tự "
            "kiểm tra",
            ["các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn Thành phố"],
            "tự kiểm tra",
        ),
        (
            "các đơn vị được giao nhiệm vụ Chủ đầu tư, Bên mời thầu, căn cứ quy định",
            ["các đơn vị được giao nhiệm vụ Chủ đầu tư, Bên mời thầu"],
            ", căn cứ quy định",
        ),
        ("các đơn vị có trách nhiệm thực hiện", ["các đơn vị"], "có trách nhiệm thực hiện"),
        (
            "các cơ quan, tổ chức khác có liên quan có trách nhiệm",
            ["các cơ quan, tổ chức khác có liên quan"],
            "có trách nhiệm",
        ),
    ],
)
def test_lists_of_bodies(text: str, names: list[str], rest: str) -> None:
    assert _names(text) == (names, rest)


def test_a_list_is_read_once_per_document_and_not_carried_to_the_next() -> None:
    # what a list holds depends on the document ("Quỹ" alone is a body only where the
    # document defines it), so lists remembered while one document is read stay with it
    text = "Quỹ có văn bản gửi Sở Tài chính"
    defining = "Quỹ hỗ trợ nông dân tỉnh (sau đây gọi là Quỹ) được thành lập theo quyết định."
    with reading(defining), remembering_lists():
        first, end = parse_org_list(text)
        first.clear()  # a caller's changes to its list stay its own
        again, end_again = parse_org_list(text)
    with reading("Văn bản không định nghĩa tên gọi tắt nào."), remembering_lists():
        other, _ = parse_org_list(text)
    assert ([m.text for m in again], end_again) == (["Quỹ"], end) == (["Quỹ"], 3)
    assert other == []
