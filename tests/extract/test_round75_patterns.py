"""Patterns from held-out round 75 (a ministry's circular on the technical requirements of a
planning database), each on a text of its own in the same shape."""

from __future__ import annotations

from cascade.extract import extract_text
from cascade.model import CascadeFile


def circular(bases: str, body: str) -> str:
    """A ministry's circular as the Official Gazette prints it: ``bases`` its "Căn cứ" lines,
    ``body`` its articles."""
    return f"""BỘ XÂY DỰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 09/2026/TT-BXD
Hà Nội, ngày 14 tháng 4 năm 2026
THÔNG TƯ
Hướng dẫn yêu cầu kỹ thuật của cơ sở dữ liệu công trình cấp nước đô thị

Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;
{bases}
Theo đề nghị của Vụ trưởng Vụ Khoa học công nghệ;
Bộ trưởng Bộ Xây dựng ban hành Thông tư hướng dẫn yêu cầu kỹ thuật của cơ sở dữ liệu công
trình cấp nước đô thị.
Điều 1. Phạm vi điều chỉnh
{body}
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành từ ngày 01 tháng 6 năm 2026.
BỘ TRƯỞNG

Trần Hồng Minh
"""


def relations(cascade: CascadeFile) -> dict[str, str]:
    """Identifier -> relation of each document the main one rests on."""
    docs = {d.id: d.identifier for d in cascade.documents}
    return {docs[b.document]: b.relation.value for b in cascade.documents[0].rests_on}


def test_decrees_that_amended_a_basis_are_bases_too() -> None:
    # "Căn cứ Nghị định số A … đã được sửa đổi, bổ sung một số điều theo Nghị định số B …
    # và Nghị định số C …": B and C share A's relation, as the laws amending a law do
    text = circular(
        "Căn cứ Nghị định số 44/2015/NĐ-CP ngày 06 tháng 5 năm 2015 của Chính\n"
        "phủ quy định chi tiết một số nội dung về quy hoạch xây dựng đã được sửa đổi, bổ\n"
        "sung một số điều theo Nghị định số 72/2019/NĐ-CP ngày 30 tháng 8 năm 2019\n"
        "và Nghị định số 35/2023/NĐ-CP ngày 20 tháng 6 năm 2023 của Chính phủ;\n"
        "Căn cứ Thông tư số 12/2016/TT-BXD của Bộ trưởng Bộ Xây dựng được sửa đổi, bổ sung\n"
        "bởi Thông tư số 04/2022/TT-BXD;",
        "Thông tư này hướng dẫn yêu cầu kỹ thuật của cơ sở dữ liệu công trình cấp nước.",
    )
    assert relations(extract_text(text).cascade) == dict.fromkeys(
        ["44/2015/NĐ-CP", "72/2019/NĐ-CP", "35/2023/NĐ-CP", "12/2016/TT-BXD", "04/2022/TT-BXD"],
        "based_on",
    )


def test_a_standards_code_is_no_document() -> None:
    # "QCVN 07:2016/BXD": the code of a national technical standard, its year after a colon;
    # the circular that issued it is the reference
    text = circular(
        "Căn cứ Nghị định số 52/2022/NĐ-CP của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn"
        " và cơ cấu tổ chức của Bộ Xây dựng;",
        "Dữ liệu công trình cấp nước tuân thủ Quy chuẩn kỹ thuật quốc gia QCVN 07:2016/BXD ban\n"
        "hành kèm theo Thông tư số 01/2016/TT-BXD ngày 01 tháng 02 năm 2016 của Bộ trưởng Bộ\n"
        "Xây dựng, Phụ lục II của QCVN 07:2016/BXD và TCVN 9385:2012.",
    )
    cascade = extract_text(text).cascade
    assert relations(cascade) == {"52/2022/NĐ-CP": "based_on", "01/2016/TT-BXD": "cites"}
    assert not any(o.name == "BXD" for o in cascade.organisations)


def test_a_law_named_by_its_amending_title_in_a_bases_line_is_a_basis() -> None:
    # "Căn cứ Luật X số A; Luật sửa đổi, bổ sung một số điều của Luật X số B": the second
    # part is one document named by its title, not prose, so it is a basis too; so after a
    # comma, and after "được sửa đổi, bổ sung bởi"
    text = circular(
        "Căn cứ Luật Cấp nước số 12/2024/QH15; Luật sửa đổi, bổ sung một số điều của Luật Cấp\n"
        "nước số 31/2026/QH15;\n"
        "Căn cứ Luật Tài nguyên nước số 28/2023/QH15, Luật Sửa đổi, bổ sung một số điều của"
        " Luật Tài nguyên nước số 44/2026/QH15;\n"
        "Căn cứ Luật Quy hoạch đô thị số 30/2009/QH12 được sửa đổi, bổ sung bởi Luật Sửa đổi,"
        " bổ sung một số điều Luật Quy hoạch đô thị số 47/2026/QH15;",
        "Thông tư này hướng dẫn yêu cầu kỹ thuật của cơ sở dữ liệu công trình cấp nước.",
    )
    bases = ["12/2024/QH15", "31/2026/QH15", "28/2023/QH15", "44/2026/QH15", "30/2009/QH12"]
    assert relations(extract_text(text).cascade) == dict.fromkeys(
        [*bases, "47/2026/QH15"], "based_on"
    )
