"""Task tables flattened by a crawl become labelled rows, and the time fields they hold."""

from __future__ import annotations

import datetime as dt

import pytest

from cascade.extract import extract_text
from cascade.extract.deadlines import find_time
from cascade.extract.table_rows import column_role, unflatten_tables
from cascade.extract.text import normalise

CELLS = """II. NHIỆM VỤ CỤ THỂ
TT
Nội dung nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
1
Rà soát dữ liệu dân cư
Công an tỉnh
UBND các huyện
Trước ngày 30/9/2024
2
Kết nối dữ liệu với hệ thống
giải quyết thủ tục hành chính
Sở Thông tin và Truyền thông
Công an tỉnh; Văn phòng UBND tỉnh
Quý III/2024
III. TỔ CHỨC THỰC HIỆN"""

DOCUMENT = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1/KH-UBND
Hà Tĩnh, ngày 14 tháng 6 năm 2024
KẾ HOẠCH
Thử nghiệm
{table}
1. Công an tỉnh theo dõi, đôn đốc thực hiện Kế hoạch này.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


def test_cells_on_lines_of_their_own_become_labelled_rows() -> None:
    lines = unflatten_tables(CELLS).split("\n")
    assert lines[1:6] == [
        "1. Rà soát dữ liệu dân cư",
        "- Cơ quan chủ trì: Công an tỉnh",
        "- Cơ quan phối hợp: UBND các huyện",
        "- Thời gian hoàn thành: Trước ngày 30/9/2024",
        # a cell wrapped over two lines is joined into the content
        "2. Kết nối dữ liệu với hệ thống giải quyết thủ tục hành chính",
    ]
    assert lines[-1] == "III. TỔ CHỨC THỰC HIỆN"


@pytest.mark.parametrize("separator", ["\t", " | "])
def test_rows_on_one_line_split_by_tabs_or_bars(separator: str) -> None:
    header = separator.join(["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"])
    row = separator.join(["1", "Tập huấn cán bộ", "Sở Y tế", "Sở Nội vụ", "Quý II/2025"])
    assert unflatten_tables(f"{header}\n{row}\nHết.").split("\n") == [
        "1. Tập huấn cán bộ",
        "- Cơ quan chủ trì: Sở Y tế",
        "- Cơ quan phối hợp: Sở Nội vụ",
        "- Thời gian hoàn thành: Quý II/2025",
        "Hết.",
    ]


def test_text_without_a_task_table_is_unchanged() -> None:
    text = "TT\nNội dung\nGhi chú\n1\nmột\nhai\n\nThời gian\n"  # no column naming a lead
    assert unflatten_tables(text) == text
    assert column_role("Cơ quan chủ trì") == "lead"
    assert column_role("Rà soát, làm sạch dữ liệu dân cư") is None


def test_row_numbers_survive_page_number_removal() -> None:
    assert "1. Rà soát dữ liệu dân cư" in normalise(CELLS.replace("\n", "\r\n"))


def test_page_numbers_inside_a_table_are_skipped() -> None:
    paged = CELLS.replace("Cơ quan phối hợp\n", "Cơ quan phối hợp\n\n- 2 -\n\n").replace(
        "Công an tỉnh\nUBND", "Công an tỉnh\n3\nUBND"
    )
    assert unflatten_tables(paged) == unflatten_tables(CELLS)


def test_table_rows_become_tasks() -> None:
    cascade = extract_text(DOCUMENT.format(table=CELLS)).cascade
    names = {o.id: o.name for o in cascade.organisations} | {g.id: g.name for g in cascade.groups}
    rows = {ob.action: ob for ob in cascade.obligations}
    first = rows["Rà soát dữ liệu dân cư"]
    assert names[first.lead] == "Công an tỉnh"
    assert [names[c] for c in first.coordinators] == ["UBND các huyện"]
    assert first.deadline.kind == "absolute" and first.deadline.due == dt.date(2024, 9, 30)
    second = rows["Kết nối dữ liệu với hệ thống giải quyết thủ tục hành chính"]
    assert names[second.lead] == "Sở Thông tin và Truyền thông"
    assert len(second.coordinators) == 2
    assert second.deadline.kind == "period"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Tháng 8/2024", dt.date(2024, 8, 1), dt.date(2024, 8, 31)),
        ("Năm 2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("2025 - 2026", dt.date(2025, 1, 1), dt.date(2026, 12, 31)),
        ("Quý III/2024", dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
    ],
)
def test_time_fields_read_bare_months_and_years(text: str, start: dt.date, end: dt.date) -> None:
    found = find_time(text)
    assert found is not None and found.kind == "period"
    assert (found.start, found.due) == (start, end)


def test_bare_years_are_not_deadlines_in_prose() -> None:
    assert find_time("Trước ngày 31/12/2024") is not None
    assert find_time("giai đoạn 2021 - 2025 của tỉnh") is None


def test_half_yearly_keeps_the_first_date_and_says_what_is_lost() -> None:
    found = find_time("Định kỳ 6 tháng, trước ngày 15/6 và 15/12, tổng hợp kết quả", 2025)
    assert found is not None and found.kind == "recurring"
    assert (found.every, found.month, found.day) == ("year", 6, 15)
    assert found.review is not None and "15/12 is lost" in found.review
    # "6 tháng đầu năm 2025" is a period, not a recurrence
    first_half = find_time("trong 6 tháng đầu năm 2025")
    assert first_half is not None and first_half.kind == "period"


def test_columns_that_say_nothing_about_the_task_are_dropped_and_unknown_ones_stop() -> None:
    header = "\t".join(["TT", "Nội dung", "Cơ quan chủ trì", "Kinh phí", "Thời gian"])
    row = "\t".join(["1", "Tập huấn cán bộ", "Sở Y tế", "200 triệu đồng", "Năm 2025"])
    assert unflatten_tables(f"{header}\n{row}").split("\n") == [
        "1. Tập huấn cán bộ",
        "- Cơ quan chủ trì: Sở Y tế",
        "- Thời gian hoàn thành: Năm 2025",
    ]
    # a column the reader does not know: the table is left as it is rather than misread
    odd = header.replace("Kinh phí", "Địa bàn")
    assert unflatten_tables(f"{odd}\n{row}") == f"{odd}\n{row}"
