"""Patterns found in held-out round 50 (the Official Gazette's PDF text layer again: task
tables one cell a line whose column names and group titles wrap, a word a line in the narrow
columns), each checked on a text of its own."""

from __future__ import annotations

from cascade.extract.text import normalise

_GROUPED_TABLE = """\
PHỤ LỤC
DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH

TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ
quan
phối hợp
Sản phẩm/Yêu cầu
Thời
hạn
hoàn thành
I.
Nâng cao nhận thức của cán bộ, công chức về
công tác bảo vệ môi trường biển và hải
đảo trong giai đoạn mới



1.
Tổ chức phổ biến, quán triệt các quy định về
bảo vệ môi trường biển cho cán bộ các cấp.
Sở Nông
nghiệp
và Môi
trường
Các
sở,
ngành,
địa
phương
Chương trình, kế
hoạch tuyên truyền
Năm
2027

II.
Hoàn thiện cơ chế phối hợp trong quản lý
tổng hợp tài nguyên vùng bờ


1.
Xây dựng quy chế phối hợp quản lý tổng hợp
tài nguyên vùng bờ giữa các sở, ngành.
Sở Tư
pháp
Các
sở,
ngành
Quy chế được
ban hành
Quý II/2027
"""


def test_a_wrapped_table_whose_column_names_and_group_titles_run_over_lines() -> None:
    lines = normalise(_GROUPED_TABLE).split("\n")
    # "Cơ⏎quan⏎phối hợp", "Thời⏎hạn⏎hoàn thành", "Sản phẩm/Yêu cầu" name their columns
    labels = [line for line in lines if line.startswith("- ")]
    assert labels == [
        "- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường",
        "- Cơ quan phối hợp: Các sở, ngành, địa phương",
        "- Thời gian hoàn thành: Năm 2027",
        "- Cơ quan chủ trì: Sở Tư pháp",
        "- Cơ quan phối hợp: Các sở, ngành",
        "- Thời gian hoàn thành: Quý II/2027",
    ]
    # a group's title over three lines after its number; a cell opening with "Chương
    # trình" does not end the table (a chapter heading, "Chương II", would)
    assert (
        "Nâng cao nhận thức của cán bộ, công chức về công tác bảo vệ môi trường biển và hải"
        " đảo trong giai đoạn mới:" in lines
    )
    assert "Hoàn thiện cơ chế phối hợp trong quản lý tổng hợp tài nguyên vùng bờ:" in lines
    assert any(
        line.startswith("1. Xây dựng quy chế phối hợp quản lý tổng hợp tài nguyên vùng bờ")
        for line in lines
    )
