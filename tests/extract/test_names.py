"""Names of bodies met in held-out round 2: places, two-level units, dashes and commas."""

from __future__ import annotations

import pytest

from cascade.extract.orgs import parse_org_list


def _names(text: str, *, lowercase_ok: bool = False) -> tuple[list[str], str]:
    mentions, end = parse_org_list(text, lowercase_ok=lowercase_ok)
    return [m.text for m in mentions], text[end:].strip()


@pytest.mark.parametrize(
    ("text", "names", "rest"),
    [
        # a head followed by a place is a name, and the place ends it
        (
            "Công an tỉnh (cơ quan thường trực) theo dõi",
            ["Công an tỉnh"],
            "(cơ quan thường trực) theo dõi",
        ),
        (
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh kiểm soát chặt chẽ tàu cá",
            ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh"],
            "kiểm soát chặt chẽ tàu cá",
        ),
        # a place followed by a name goes on
        ("Công an tỉnh Kiên Giang chủ trì", ["Công an tỉnh Kiên Giang"], "chủ trì"),
        # "tỉnh ủy", "xã hội" are not places
        (
            "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy báo cáo",
            ["Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"],
            "báo cáo",
        ),
        (
            "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp",
            ["Ủy ban MTTQ Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"],
            "phối hợp",
        ),
    ],
)
def test_places_end_names(text: str, names: list[str], rest: str) -> None:
    assert _names(text) == (names, rest)


def test_communes_wards_and_special_zones_are_one_group() -> None:
    assert _names("UBND các xã, phường, đặc khu.") == (["UBND các xã, phường, đặc khu"], ".")
    # "đặc biệt" after a comma is still an aside
    assert _names("các sở, ban, ngành, đặc biệt là Sở Y tế") == (
        ["các sở, ban, ngành"],
        ", đặc biệt là Sở Y tế",
    )


@pytest.mark.parametrize(
    "name",
    [
        "Sở Văn hóa, Thể thao và Du lịch",
        "Báo và Phát thanh, Truyền hình An Giang",
        "Sở Lao động, Thương binh và Xã hội",
    ],
)
def test_names_that_keep_a_comma(name: str) -> None:
    assert _names(f"{name} chủ trì") == ([name], "chủ trì")
    assert _names(f"Ủy ban nhân dân tỉnh, {name} phối hợp") == (
        ["Ủy ban nhân dân tỉnh", name],
        "phối hợp",
    )


def test_a_minister_stands_for_the_ministry() -> None:
    mentions, _ = parse_org_list("Bộ trưởng Bộ Y tế ban hành")
    assert [(m.role, m.text) for m in mentions] == [("Bộ trưởng", "Bộ Y tế")]


def test_a_post_office_is_a_body() -> None:
    assert _names("Ngân hàng Nhà nước chi nhánh tỉnh; Bưu điện tỉnh", lowercase_ok=True) == (
        ["Ngân hàng Nhà nước chi nhánh tỉnh", "Bưu điện tỉnh"],
        "",
    )
