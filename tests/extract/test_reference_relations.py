"""The documents a text replaces or amends by its own act (relations ``replaces`` and
``amends``), each on a text of its own, and the acts of other documents that are none."""

from __future__ import annotations

from cascade.extract import extract_text
from cascade.extract.citations import find_references

from .decree_frame import decree


def _relations(paragraphs: list[str]) -> dict[str, str]:
    refs, _ = find_references(paragraphs, None)
    return {ref.text: ref.relation for ref in refs}


def _drafted(body: str) -> dict[str, tuple[str, str | None]]:
    text = decree(
        body,
        number="41/2026/NĐ-CP",
        date="ngày 9 tháng 4 năm 2026",
        title="Quy định về quản lý bến thủy nội địa",
        signer="Lê Văn Hòa",
    )
    cascade = extract_text(text).cascade
    docs = {d.id: d.identifier for d in cascade.documents}
    return {
        str(docs[b.document]): (b.relation.value, b.section) for b in cascade.documents[0].rests_on
    }


def test_the_text_replacing_a_document_names_it_replaced() -> None:
    relations = _relations(
        [
            "Quyết định này có hiệu lực từ ngày ký và thay thế Quyết định số 17/2021/QĐ-UBND "
            "ngày 3 tháng 5 năm 2021 của Ủy ban nhân dân tỉnh về quy chế bến đò; Quyết định số "
            "22/2023/QĐ-UBND ngày 9 tháng 8 năm 2023 của Ủy ban nhân dân tỉnh.",
            "Chỉ thị này thay thế Chỉ thị số 08/CT-UBND ngày 12/3/2019 của Ủy ban nhân dân tỉnh.",
            "Hướng dẫn này có hiệu lực từ ngày ký và thay thế các Hướng dẫn số 5-HD/BTGTW "
            "ngày 2/3/2020, Hướng dẫn số 9-HD/BTGTW ngày 7/7/2021 của Ban Tuyên giáo Trung ương.",
        ]
    )
    for ident in ("17/2021/QĐ-UBND", "22/2023/QĐ-UBND", "08/CT-UBND", "5-HD/BTGTW", "9-HD/BTGTW"):
        assert relations[ident] == "replaces", ident


def test_a_document_repealed_whole_or_ending_its_force_is_replaced() -> None:
    relations = _relations(
        [
            "Bãi bỏ toàn bộ Nghị quyết số 14/2020/NQ-HĐND ngày 4 tháng 7 năm 2020 của Hội đồng "
            "nhân dân tỉnh quy định mức chi hỗ trợ ngư dân.",
            "Nghị định số 71/2019/NĐ-CP ngày 5 tháng 9 năm 2019 của Chính phủ quy định về "
            "quản lý cảng cá hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.",
            "Hội đồng nhân dân tỉnh ban hành Nghị quyết bãi bỏ Nghị quyết số 33/2018/NQ-HĐND "
            "ngày 2 tháng 12 năm 2018 của Hội đồng nhân dân tỉnh.",
        ]
    )
    assert relations["14/2020/NQ-HĐND"] == "replaces"
    assert relations["71/2019/NĐ-CP"] == "replaces"
    assert relations["33/2018/NQ-HĐND"] == "replaces"


def test_a_part_repealed_or_a_regulation_changed_is_amended() -> None:
    relations = _relations(
        [
            "Bãi bỏ khoản 3 Điều 2 Nghị quyết số 118/NQ-HĐND ngày 6 tháng 10 năm 2025 của Hội "
            "đồng nhân dân tỉnh.",
            "Sửa đổi, bổ sung một số điều của Quy định về hỗ trợ nuôi trồng thủy sản ban hành "
            "kèm theo Quyết định số 61/2024/QĐ-UBND ngày 2 tháng 11 năm 2024 của Ủy ban nhân "
            "dân tỉnh",
            "Bãi bỏ cụm từ “cấp huyện” tại điểm b khoản 2 Điều 4 Nghị quyết số 29/2024/NQ-HĐND "
            "ngày 8 tháng 12 năm 2024 của Hội đồng nhân dân tỉnh.",
        ]
    )
    assert relations["118/NQ-HĐND"] == "amends"
    assert relations["61/2024/QĐ-UBND"] == "amends"
    assert relations["29/2024/NQ-HĐND"] == "amends"


def test_a_document_named_whole_then_a_part_of_another_ends_in_one_sentence() -> None:
    # "Thông tư số A …; khoản 2 Điều 5 Thông tư số B … hết hiệu lực kể từ …"
    relations = _relations(
        [
            "Thông tư số 12/2023/TT-BXD ngày 4 tháng 5 năm 2023 của Bộ trưởng Bộ Xây dựng quy "
            "định về đăng kiểm bến phà; khoản 2 Điều 5 Thông tư số 30/2024/TT-BXD ngày 1 tháng "
            "8 năm 2024 của Bộ trưởng Bộ Xây dựng hết hiệu lực kể từ ngày Thông tư này có hiệu "
            "lực thi hành."
        ]
    )
    assert relations["12/2023/TT-BXD"] == "replaces"
    assert relations["30/2024/TT-BXD"] == "amends"


def test_acts_of_other_documents_are_no_act_of_the_text() -> None:
    relations = _relations(
        [
            "Căn cứ Nghị định số 52/2024/NĐ-CP ngày 15 tháng 5 năm 2024 của Chính phủ sửa đổi, "
            "bổ sung một số điều của Nghị định số 19/2020/NĐ-CP ngày 3 tháng 2 năm 2020 của "
            "Chính phủ;",
            "Trường hợp Thông tư số 7/2022/TT-BTC được sửa đổi, bổ sung hoặc thay thế thì thực "
            "hiện theo văn bản mới.",
            "Để triển khai thi hành Luật này, Bộ Tư pháp trình ban hành Nghị định (thay thế "
            "Nghị định số 15/2017/NĐ-CP ngày 1/2/2017).",
            "Cục Hàng hải thay thế thiết bị theo Kế hoạch số 90/KH-CHH ngày 2/2/2026.",
            "Trong năm, việc điều chỉnh giá thực hiện theo Thông tư số 44/2021/TT-BCT.",
        ]
    )
    assert relations["52/2024/NĐ-CP"] == "based_on"
    assert relations["19/2020/NĐ-CP"] == "cites"
    assert relations["7/2022/TT-BTC"] == "cites"
    assert relations["15/2017/NĐ-CP"] == "cites"
    assert relations["90/KH-CHH"] == "cites"
    assert relations["44/2021/TT-BCT"] == "cites"


def test_a_document_replaced_and_cited_again_stays_replaced_without_a_section() -> None:
    drafted = _drafted(
        "Điều 1. Phạm vi điều chỉnh\n"
        "Nghị định này quy định về bến thủy nội địa, thay thế Nghị định số 24/2015/NĐ-CP "
        "ngày 3 tháng 3 năm 2015 của Chính phủ.\n"
        "Điều 2. Chuyển tiếp\n"
        "Bến đã cấp phép theo khoản 2 Điều 9 Nghị định số 24/2015/NĐ-CP tiếp tục hoạt động.\n"
    )
    assert drafted["24/2015/NĐ-CP"] == ("replaces", None)


def test_documents_listed_under_a_lead_that_ends_their_force_are_replaced() -> None:
    # "Các Nghị định sau hết hiệu lực …:" / "Bãi bỏ:" over lettered items: an item naming a
    # document whole replaces it, one naming an article of it amends it
    drafted = _drafted(
        "Điều 5. Hiệu lực của các văn bản\n"
        "1. Các Nghị định sau hết hiệu lực kể từ ngày Nghị định này có hiệu lực:\n"
        "a) Nghị định số 11/2016/NĐ-CP ngày 2 tháng 2 năm 2016 của Chính phủ quy định về "
        "bến khách ngang sông.\n"
        "b) Nghị định số 8/2021/NĐ-CP ngày 28 tháng 1 năm 2021 của Chính phủ về quản lý "
        "hoạt động đường thủy nội địa.\n"
        "2. Bãi bỏ:\n"
        "a) Điều 7 Nghị định số 39/2022/NĐ-CP ngày 6 tháng 6 năm 2022 của Chính phủ.\n"
        "b) Nghị định số 55/2023/NĐ-CP ngày 1 tháng 8 năm 2023 của Chính phủ.\n"
    )
    assert drafted["11/2016/NĐ-CP"] == ("replaces", None)
    assert drafted["8/2021/NĐ-CP"] == ("replaces", None)
    assert drafted["39/2022/NĐ-CP"] == ("amends", None)
    assert drafted["55/2023/NĐ-CP"] == ("replaces", None)
