"""Patterns held-out round 39 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a national programme
with a task table in its appendix (cells between lines holding only "|"), or a provincial
decision on renting out housing (in the ministry-letter frame of ``test_task_rules``).
"""

from __future__ import annotations

from cascade.extract.table_rows import column_role, unflatten_tables

from .test_task_rules import _extract, _tasks


def _leads(body: str) -> list[tuple[str, str]]:
    """(lead, action's first three words) per obligation."""
    return [(lead, " ".join(action.split()[:3])) for lead, _, action, _ in _tasks(_extract(body))]


def _bar_table(header: list[str], rows: list[list[str]]) -> str:
    """A table as a crawl of HTML gives it: each cell on its lines, '|' lines between, two
    '|' lines between rows and after the last."""
    lines: list[str] = []
    for row in [header, *rows]:
        lines.append("|")
        for cell in row:
            lines += [cell, "|"] if cell else ["|"]
    return "\n".join(lines) + "\n|\n"


def test_a_column_named_by_two_words_with_a_comma_is_still_the_content() -> None:
    # "Nhiệm vụ, giải pháp" is the task column: the words after the comma say the same
    assert column_role("Nhiệm vụ, giải pháp") == "content"
    assert column_role("Nội dung, công việc") == "content"
    table = _bar_table(
        ["TT", "**Nhiệm vụ, giải\npháp**", "**Cơ quan chủ trì**", "**Thời gian thực\nhiện**"],
        [
            ["1", "Xây dựng cơ sở dữ liệu về\nđất đai.", "Sở Nội vụ", "Năm 2027"],
            ["2", "Ban hành quy chế khai thác\ndữ liệu.", "Sở Tư pháp", "Tháng 6/2027"],
        ],
    )
    text = unflatten_tables(table)
    assert "1. Xây dựng cơ sở dữ liệu về đất đai." in text
    assert "- Cơ quan chủ trì: Sở Tư pháp" in text
    assert "- Thời gian hoàn thành: Tháng 6/2027" in text


def test_groups_within_groups_do_not_end_a_task_table() -> None:
    # "II.1" and "*II.1.2*" head groups of rows inside group "II" (their other cells
    # empty); the rows under them are still the table's
    header = ["**STT**", "**Nội dung**", "**Cơ quan chủ trì**", "**Thời gian thực hiện**"]
    table = _bar_table(
        header,
        [
            ["**II**", "**Phát triển hạ tầng**"],
            ["**II.1**", "**Hạ tầng mạng**", "", ""],
            ["1", "Nâng cấp mạng diện rộng của tỉnh.", "Sở Nội vụ", "Năm 2027"],
            ["*II.1.2*", "*Hạ tầng lưu trữ*", "", ""],
            ["1", "Xây dựng trung tâm dữ liệu của tỉnh.", "Sở Tài chính", "Tháng 9/2028"],
        ],
    )
    text = unflatten_tables(table)
    assert "Hạ tầng lưu trữ:" in text
    assert "1. Xây dựng trung tâm dữ liệu của tỉnh." in text
    assert "- Cơ quan chủ trì: Sở Tài chính" in text


def test_a_group_row_is_a_paragraph_of_its_own_after_a_row_s_time() -> None:
    # the group's title must not run on into the time of the row before it ("Tháng
    # 6/2027 Hạ tầng lưu trữ:" reads as no time)
    header = ["**STT**", "**Nội dung**", "**Cơ quan chủ trì**", "**Thời gian thực hiện**"]
    table = _bar_table(
        header,
        [
            ["**I**", "**Hạ tầng mạng**"],
            ["1", "Nâng cấp mạng diện rộng của tỉnh.", "Sở Nội vụ", "Tháng 6/2027"],
            ["**II**", "**Hạ tầng lưu trữ**"],
            ["1", "Xây dựng trung tâm dữ liệu của tỉnh.", "Sở Tài chính", "Tháng 9/2028"],
        ],
    )
    cascade = _extract("Các đơn vị thực hiện các nhiệm vụ sau:\n\n" + table).cascade
    found = {ob.action[:20]: ob.deadline for ob in cascade.obligations}
    first = found["Nâng cấp mạng diện r"]
    assert first is not None and first.kind == "period"
    assert str(first.end) == "2027-06-30"


def test_a_label_listing_kinds_of_body_gives_each_the_items() -> None:
    # "3. Chủ đầu tư, chủ sở hữu, đơn vị khai thác bến xe (Bên giao thầu):" lists three
    # kinds of body before its colon (the bracket names their side): each leads the items
    body = (
        "**Điều 6. Tổ chức thực hiện**\n\n"
        "1. Sở Tài chính:\n\n"
        "a) Hướng dẫn thực hiện Quyết định này.\n\n"
        "2. Chủ đầu tư, chủ sở hữu, đơn vị khai thác bến xe khách (Bên giao thầu):\n\n"
        "a) Lập dự toán chi phí khai thác bến xe theo quy định;\n\n"
        "b) Công khai giá dịch vụ tại bến xe.\n"
    )
    leads = _leads(body)
    assert ("Chủ đầu tư", "Lập dự toán") in leads
    assert ("chủ sở hữu", "Công khai giá") in leads
    assert ("đơn vị khai thác bến xe khách", "Lập dự toán") in leads
