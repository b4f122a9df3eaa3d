"""The rules one by one: dates, deadlines, names of bodies, registry matching, text clean-up."""

from __future__ import annotations

import datetime as dt

import pytest

from cascade.extract.citations import find_references
from cascade.extract.clauses import group_parts
from cascade.extract.dates import find_dates
from cascade.extract.deadlines import find_deadline, split_exception
from cascade.extract.found_deadline import milestone_key
from cascade.extract.known_orgs import Registry, name_key
from cascade.extract.orgs import parse_org_list
from cascade.extract.reports import distribution_entries, find_reports
from cascade.extract.signature import read_signature
from cascade.extract.text import fold, normalise, recase, slugify
from cascade.extract.verb_start import leading_verb
from cascade.model import Group, Organisation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 04 tháng 5 năm 2020", (2020, 5, 4)),
        ("ngày 31/12/2024", (2024, 12, 31)),
        ("ngày 21-02-2018", (2018, 2, 21)),
        ("ngày      tháng     năm 2025", (2025, None, None)),
        ("trước ngày 15/11", (None, 11, 15)),
    ],
)
def test_dates(text: str, expected: tuple[int | None, ...]) -> None:
    found = find_dates(text)[0]
    assert (found.year, found.month, found.day) == expected


def test_numbered_items_are_not_dates() -> None:
    assert find_dates("1.1. Tổ chức") == []
    assert find_dates("giai đoạn 2017-2021") == []


@pytest.mark.parametrize(
    ("text", "kind", "detail"),
    [
        ("hoàn thành trước ngày 30/6/2025", "absolute", dt.date(2025, 6, 30)),
        ("chậm nhất ngày 15 tháng 12 năm 2025", "absolute", dt.date(2025, 12, 15)),
        ("Hoàn thành trong quý III/2020.", "period", dt.date(2020, 9, 30)),
        ("trong 6 tháng đầu năm 2021", "period", dt.date(2021, 6, 30)),
        ("định kỳ hàng năm (trước ngày 15/11", "recurring", (11, 15)),
        ("trước ngày 30 tháng 11 hằng năm", "recurring", (11, 30)),
        ("Thực hiện thường xuyên hằng năm.", "continuous", None),
        ("Sau khi có hướng dẫn của Bộ Y tế.", "event", "có hướng dẫn của Bộ Y tế"),
        ("từ nay đến Đại hội XIV của Đảng, tập trung", "event", "Đại hội XIV của Đảng"),
    ],
)
def test_deadlines(text: str, kind: str, detail: object) -> None:
    found = find_deadline(text, 2020)
    assert found is not None and found.kind == kind
    if kind in {"absolute", "period"}:
        assert found.due == detail
    elif kind == "recurring":
        assert (found.month, found.day) == detail
    elif kind == "event":
        assert found.milestone == detail


def test_no_deadline_in_plain_text_or_a_start_date() -> None:
    assert find_deadline("tại giao ban báo chí định kỳ có liên quan") is None
    assert find_deadline("có hiệu lực từ ngày 01/7/2025") is None


def test_exception_to_a_deadline() -> None:
    main, exception = split_exception(
        "Thực hiện thường xuyên, riêng việc tuyên truyền Chỉ thị hoàn thành trong quý II/2020."
    )
    assert find_deadline(main) is not None and find_deadline(main).kind == "continuous"  # type: ignore[union-attr]
    assert exception is not None and exception.deadline.kind == "period"
    assert exception.subject == "tuyên truyền Chỉ thị"


def test_milestone_names_reduce_to_the_same_key() -> None:
    assert milestone_key("Đại hội đại biểu toàn quốc lần thứ XIV của Đảng") == milestone_key(
        "Đại hội XIV của Đảng"
    )


@pytest.mark.parametrize(
    ("text", "names", "plural"),
    [
        (
            "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp",
            ["Sở Lao động - Thương binh và Xã hội"],
            [False],
        ),
        (
            "Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông và các cơ quan có liên quan "
            "cung cấp",
            ["Ban Tuyên giáo Tỉnh ủy", "Sở Thông tin và Truyền thông", "các cơ quan có liên quan"],
            [False, False, True],
        ),
        (
            "Ủy ban nhân dân các huyện, thành phố chỉ đạo",
            ["Ủy ban nhân dân các huyện, thành phố"],
            [True],
        ),
        (
            "Hội đồng nhân dân, Ủy ban nhân dân tỉnh An Giang có trách nhiệm",
            ["Hội đồng nhân dân tỉnh An Giang", "Ủy ban nhân dân tỉnh An Giang"],
            [False, False],
        ),
        ("Giám đốc Sở Y tế chịu trách nhiệm", ["Sở Y tế"], [False]),
        ("Báo cáo chính trị của Ban Chấp hành", [], []),
        ("Xây dựng kế hoạch", [], []),
    ],
)
def test_names_of_bodies(text: str, names: list[str], plural: list[bool]) -> None:
    mentions, _ = parse_org_list(text, lowercase_ok=True)
    assert [m.text for m in mentions] == names
    assert [m.plural for m in mentions] == plural


def test_role_is_kept_apart() -> None:
    mentions, _ = parse_org_list("Lãnh đạo các cơ quan báo chí đề cao")
    assert mentions[0].role == "Lãnh đạo" and mentions[0].text == "các cơ quan báo chí"


def test_name_keys_expand_abbreviations_and_ignore_diacritics() -> None:
    assert name_key("Sở TT&TT") == name_key("Sở Thông tin và Truyền thông")
    assert (
        name_key("UBND tỉnh")
        == name_key("Ủy ban nhân dân tỉnh")
        == name_key("Uy ban nhan dan tinh")
    )
    assert name_key("Sở LĐTB&XH") == name_key("Sở Lao động - Thương binh và Xã hội")
    assert name_key("Ban Chấp hành Trung ương khóa XII") == name_key("Ban Chấp hành Trung ương")


def test_registry_matching() -> None:
    registry = Registry(
        organisations=(
            Organisation(id="so-tttt", name="Sở Thông tin và Truyền thông tỉnh Kiên Giang",
                         short_names=("STTTT",), kind="department"),
            Organisation(id="ubnd", name="Ủy ban nhân dân tỉnh Kiên Giang",
                         short_names=("UBND tỉnh",), kind="people_committee"),
        ),
        groups=(Group(id="g", name="Các sở, ban, ngành", members=("so-tttt",)),),
    )  # fmt: skip
    assert registry.match_org("Sở TT&TT") == "so-tttt"  # the registry name plus a place
    assert registry.match_org("So Thong tin va Truyen thong") == "so-tttt"
    assert registry.match_org("Uy ban nhan dan tinh") == "ubnd"
    assert registry.match_org("Sở Y tế") is None
    assert registry.match_group("các sở, ban, ngành") == "g"
    assert registry.match_code("STTTT") == "so-tttt"


def test_references_with_relations_dates_issuers() -> None:
    refs, _ = find_references(
        [
            "Căn cứ Công văn số 12724/VP-KGVX ngày 31/12/2024 của Văn phòng Ủy ban nhân dân tỉnh;",
            "Thực hiện Kế hoạch số 119- KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ "
            "Tỉnh ủy về thực hiện Chỉ thị số 37-CT/TW;",
            "Chỉ thị số 35-CT/TW, ngày 14/6/2024 và Kết luận số 118-KL/TW, ngày 18/01/2025 "
            "của Bộ Chính trị",
            "nêu tại Mục II của Kế hoạch số 262-KH/TU. (Kế hoạch số 251-KH/TU gửi kèm)",
        ],
        None,
    )
    by_id = {r.text: r for r in refs}
    assert by_id["12724/VP-KGVX"].relation == "based_on"
    assert by_id["12724/VP-KGVX"].issuer_name == "Văn phòng Ủy ban nhân dân tỉnh"
    assert by_id["119-KH/TU"].relation == "implements"
    assert by_id["119-KH/TU"].implements == ["37-CT/TW"]
    assert by_id["35-CT/TW"].issuer_name == "Bộ Chính trị"  # shared with 118-KL/TW
    assert by_id["118-KL/TW"].kind == "conclusion"
    assert by_id["262-KH/TU"].section == "Mục II"
    assert by_id["251-KH/TU"].attachment


def test_reports_routes_and_hops() -> None:
    (report,) = find_reports(
        "báo cáo về Bộ Thông tin và Truyền thông (qua Cục Báo chí) trước ngày 15/12"
    )
    assert report.recipients[0].text == "Bộ Thông tin và Truyền thông"
    assert report.via is not None and report.via.text == "Cục Báo chí"
    (hop,) = find_reports("có báo cáo về Sở Y tế để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.")
    assert hop.onward is not None and hop.onward[0].text == "Ủy ban nhân dân tỉnh"
    assert find_reports("báo cáo cấp có thẩm quyền quyết định") == []
    assert find_reports("căn cứ Báo cáo tiếp thu, giải trình của Bộ Chính trị") == []


def test_distribution_entries() -> None:
    entries = distribution_entries(
        [
            "Nơi nhận:",
            "- Như trên;",
            "- UBND tỉnh (b/c);",
            "- Sở Y tế (để p/h);",
            "- Lưu: VT, ĐMDN (2b).",
        ]
    )
    assert [e.purpose for e in entries] == ["addressee", "report", "coordinate", "filing"]
    assert entries[1].recipient_text == "UBND tỉnh"
    assert entries[3].copies == 2


def test_signature_stacked_markers_flattened() -> None:
    signature = read_signature(["TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp"])
    assert signature.markers == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
    assert signature.title == "Phó Chủ tịch"
    assert signature.name == "Nguyễn Hữu Tháp"


def test_parts_of_a_sentence() -> None:
    parts = group_parts(
        "Chủ động phối hợp với Sở Y tế cung cấp thông tin; hướng dẫn lực lượng báo cáo viên; "
        "tuyên truyền tại cơ sở; những bài học kinh nghiệm"
    )
    assert [p.text.split()[0] for p in parts] == ["Chủ", "hướng", "tuyên"]
    assert "những bài học" in parts[-1].text  # an enumeration continues the task before


def test_leading_verb_skips_adverbs_time_and_preamble() -> None:
    assert leading_verb("định kỳ hàng năm (trước ngày 15/11) báo cáo kết quả") is not None
    found = leading_verb("căn cứ ý kiến thảo luận của Trung ương và Báo cáo tiếp thu để chỉ đạo X")
    assert found is not None and found.verbs == ["chỉ đạo"]
    assert leading_verb("những bài học kinh nghiệm") is None


def test_normalise_and_fold() -> None:
    text = normalise("Tỉnh ủy[1] và¹\r\n\n- 3 -\n\u00a0Sở\tY tế\r\n")
    assert "[1]" not in text and "¹" not in text and "- 3 -" not in text
    assert "\r" not in text and "\u00a0" not in text
    assert fold("Uỷ ban Đảng") == "uy ban dang"
    assert len(fold("Ủy ban nhân dân")) == len("Ủy ban nhân dân")


def test_slugify_and_recase() -> None:
    assert slugify("Sở Thông tin và Truyền thông") == "so-thong-tin-va-truyen-thong"
    assert slugify("Đài Phát thanh") == "dai-phat-thanh"
    body = "Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 37-CT/TW của Ban Bí thư Trung ương Đảng"
    assert recase("BAN THƯỜNG VỤ TỈNH ỦY", body) == "Ban Thường vụ Tỉnh ủy"
