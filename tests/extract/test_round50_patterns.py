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


_WORD_A_LINE_TABLE = """\
STT
Nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Sản phẩm
Thời gian
1.
Rà soát, đánh giá việc thực hiện các chương trình
hỗ trợ sinh kế cho người dân vùng ven biển theo
Quyết định số 415/QĐ-UBND ngày 12/3/2024 của
Ủy ban nhân dân tỉnh. Đề xuất điều chỉnh các
chương trình hỗ trợ cho phù hợp với thực tiễn.
Sở Nông
nghiệp
và Môi
trường
Thanh
tra
Chính phủ,
Sở Tài
chính
Báo cáo
đánh giá
Năm 2027 –
2029
2.
Xây dựng cơ sở dữ liệu về lao động người
Việt Nam làm việc tại các doanh nghiệp nước
ngoài trên địa bàn tỉnh.
Sở Nội vụ
Các cơ quan đại diện Việt
Nam tại địa phương
Cơ sở dữ liệu
2028
"""


def test_the_task_goes_on_over_full_lines_and_a_year_opens_the_time() -> None:
    lines = normalise(_WORD_A_LINE_TABLE).split("\n")
    rows = [line for line in lines if line[:2] in {"1.", "2."}]
    # a full line wraps the task: the next goes on with it though it opens with a name,
    # and a second sentence on a line as wide as the column is the task's too
    assert rows[0].startswith(
        "1. Rà soát, đánh giá việc thực hiện các chương trình hỗ trợ sinh kế cho người dân"
        " vùng ven biển theo Quyết định số 415/QĐ-UBND ngày 12/3/2024 của Ủy ban nhân dân"
        " tỉnh. Đề xuất điều chỉnh các chương trình hỗ trợ cho phù hợp với thực tiễn"
    )
    labels = [line for line in lines if line.startswith("- ")]
    assert labels == [
        "- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường",
        "- Cơ quan phối hợp: Thanh tra Chính phủ, Sở Tài chính",
        "- Thời gian hoàn thành: Năm 2027 – 2029",
        "- Cơ quan chủ trì: Sở Nội vụ",
        "- Cơ quan phối hợp: Các cơ quan đại diện Việt Nam tại địa phương",
        # a year on its line opens the time cell
        "- Thời gian hoàn thành: 2028",
    ]


_FOOTNOTED = """\
Điều 2. Giao Bộ Xây dựng chủ trì, phối hợp với các bộ, ngành triển khai Đề án theo
Kết luận số 57-KL/TW1, báo cáo Thủ tướng Chính phủ kết quả thực hiện trong

1 Kết luận số 57-KL/TW ngày 14/3/2026 của Bộ Chính trị về phát triển đô thị bền vững
trong giai đoạn mới.

CÔNG BÁO/Số 512/Ngày 02-10-2026
45


quý IV năm 2026.
Điều 3. Nghị quyết này có hiệu lực thi hành kể từ ngày ký.
"""


def test_gazette_footnotes_at_a_page_foot_go_to_the_end_of_the_text() -> None:
    lines = [line for line in normalise(_FOOTNOTED).split("\n") if line]
    # the sentence cut by the footnotes and the page header runs on
    assert any(line.endswith("kết quả thực hiện trong quý IV năm 2026.") for line in lines)
    assert lines[-1] == (
        "Chú thích 1: Kết luận số 57-KL/TW ngày 14/3/2026 của Bộ Chính trị về phát triển đô"
        " thị bền vững trong giai đoạn mới."
    )


_NOTED_TABLE = """\
TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian
hoàn thành
Căn cứ
bổ sung
1
Rà soát quy định về cấp phép xây dựng
nhà ở riêng lẻ tại khu vực nông thôn
Các sở,
ban, ngành  Sở Xây dựng
Báo cáo rà soát
Kỳ họp thứ
hai Hội đồng nhân dân khóa
XI
Kế hoạch
số 15-KH/TU
2  Xây dựng cơ sở dữ liệu về nhà ở và thị trường
bất động sản của tỉnh
Sở Xây dựng
Sở Tài chính
Cơ sở dữ liệu
được vận hành
Tháng
10/2027
Nghị quyết
số 88/NQ-
HĐND
"""


def test_a_wrapped_table_with_a_notes_column_and_cells_sharing_a_line() -> None:
    lines = normalise(_NOTED_TABLE).split("\n")
    rows = [line for line in lines if line[:2] in {"1.", "2."}]
    assert rows[1].startswith(
        "2. Xây dựng cơ sở dữ liệu về nhà ở và thị trường bất động sản của tỉnh"
    )
    labels = [line for line in lines if line.startswith("- ")]
    assert labels == [
        # two cells on one line, a wide gap between them
        "- Cơ quan chủ trì: Các sở, ban, ngành",
        "- Cơ quan phối hợp: Sở Xây dựng",
        # a Roman numeral after "khóa" is no group of the table
        "- Thời gian hoàn thành: Kỳ họp thứ hai Hội đồng nhân dân khóa XI",
        "- Cơ quan chủ trì: Sở Xây dựng",
        "- Cơ quan phối hợp: Sở Tài chính",
        # the last row runs on past its time to its notes
        "- Thời gian hoàn thành: Tháng 10/2027",
    ]


_NOTED_ROWS = """\
TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian
hoàn thành
Căn cứ
bổ sung
1
Xây dựng Đề án phát triển mạng lưới trợ giúp
pháp lý cho người dân vùng sâu, vùng xa
Sở Tư pháp
Các sở,
ngành
Đề án trình
Ủy ban nhân dân
tỉnh
Tháng
7/2027
Nghị quyết
số 21/NQ-
HĐND
2
Thực hiện nghiêm chế độ báo cáo công tác trợ
giúp pháp lý
Các sở,
ngành
Sở Tư pháp
Báo cáo
hằng năm
2027 và
hằng năm
Kế hoạch
số 40/KH-
UBND
"""


def test_a_notes_column_after_the_time_keeps_the_time_its_own() -> None:
    labels = [line for line in normalise(_NOTED_ROWS).split("\n") if line.startswith("- ")]
    assert labels == [
        "- Cơ quan chủ trì: Sở Tư pháp",
        "- Cơ quan phối hợp: Các sở, ngành",
        # the result's lines ("Đề án trình⏎Ủy ban nhân dân⏎tỉnh") are one cell, the time
        # and the notes after it keep theirs
        "- Thời gian hoàn thành: Tháng 7/2027",
        "- Cơ quan chủ trì: Các sở, ngành",
        "- Cơ quan phối hợp: Sở Tư pháp",
        # a year after "hằng năm" opens the time
        "- Thời gian hoàn thành: 2027 và hằng năm",
    ]
