"""Patterns held-out round 36 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a provincial
regulation (in the ministry-letter frame of ``test_task_rules``).
"""

from __future__ import annotations

from .test_task_rules import _extract, _tasks


def _leads(body: str) -> list[tuple[str, str]]:
    """(lead, action's first three words) per obligation."""
    return [(lead, " ".join(action.split()[:3])) for lead, _, action, _ in _tasks(_extract(body))]


def test_a_body_a_duty_title_names_by_its_work_keeps_its_whole_name() -> None:
    # "Trách nhiệm của Trung tâm kiểm định chất lượng công trình": the verb inside the name
    # ("kiểm định") is part of it; the title's body leads the items below
    body = (
        "**Điều 6. Trách nhiệm của Trung tâm kiểm định chất lượng công trình**\n\n"
        "1. Tiếp nhận hồ sơ đề nghị kiểm định do Sở Xây dựng chuyển đến.\n\n"
        "2. Lập báo cáo kết quả kiểm định gửi Ủy ban nhân dân tỉnh.\n\n"
        "**Điều 7. Trách nhiệm của Chi nhánh Văn phòng quản lý bến xe khách**\n\n"
        "1. Cập nhật lịch chạy xe trên bảng thông tin của bến.\n"
    )
    assert _leads(body) == [
        ("Trung tâm kiểm định chất lượng công trình", "Tiếp nhận hồ"),
        ("Trung tâm kiểm định chất lượng công trình", "Lập báo cáo"),
        ("Chi nhánh Văn phòng quản lý bến xe khách", "Cập nhật lịch"),
    ]


def test_a_duty_title_with_the_name_run_into_cua_still_names_its_body() -> None:
    # "Trách nhiệm củaBan Quản lý …": the crawl dropped the space after "của"; the name
    # after it is still the title's body, the lead of the items below
    body = (
        "**Điều 5. Trách nhiệm củaBan Quản lý các khu công nghiệp**\n\n"
        "1. Hướng dẫn doanh nghiệp trong khu công nghiệp lập hồ sơ đề nghị.\n\n"
        "2. Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh.\n"
    )
    assert _leads(body) == [
        ("Ban Quản lý các khu công nghiệp", "Hướng dẫn doanh"),
        ("Ban Quản lý các khu công nghiệp", "Tổng hợp kết"),
    ]


def test_powers_under_a_bold_article_title_wrapped_after_a_citation_are_no_tasks() -> None:
    # "**Điều 3. Thẩm quyền phê duyệt …**": an article's title in bold is an article all
    # the same; "… theo khoản 2" / "Điều 30 Luật …" wrapped is a citation, not an article,
    # so the powers below stay under their title (no tasks), the duty after is one
    body = (
        "**Điều 2. Đối tượng áp dụng**\n\n"
        "1. Cơ quan được giao quản lý kho hàng dự trữ quy định tại khoản 3\n"
        "Điều 12 Luật Dự trữ quốc gia.\n\n"
        "**Điều 3. Thẩm\n"
        "quyền phê duyệt phương án thanh lý hàng dự trữ theo khoản 2\n"
        "Điều 30 Luật Dự trữ quốc gia**\n\n"
        "1. Sở Công Thương phê duyệt phương án thanh lý hàng dự trữ đối với:\n\n"
        "a) Hàng hóa hết hạn sử dụng;\n\n"
        "b) Hàng hóa hư hỏng không sửa chữa được.\n\n"
        "2. Ủy ban nhân dân các xã phê duyệt phương án thanh lý hàng dự trữ do\n"
        "xã quản lý.\n\n"
        "**Điều 4. Tổ chức\n"
        "thực hiện**\n\n"
        "1. Sở Công Thương có trách nhiệm hướng dẫn các xã lập phương án thanh lý.\n"
    )
    assert _leads(body) == [("Sở Công Thương", "Hướng dẫn các")]


def test_items_under_an_article_naming_who_manages_what_are_no_tasks() -> None:
    # "Điều 4. Cơ quan chủ trì quản lý hồ sơ …": the article says which body holds the
    # charge of which records (a standing charge, as a power), the article after gives work
    body = (
        "**Điều 4. Cơ quan chủ trì quản lý hồ sơ địa chính lưu trữ**\n\n"
        "1. Sở Nông nghiệp và Môi trường chủ trì quản lý hồ sơ đối với các thửa đất do\n"
        "tỉnh giao, cho thuê.\n\n"
        "2. Ủy ban nhân dân các xã chủ trì quản lý hồ sơ đối với các thửa đất còn lại trên\n"
        "địa bàn.\n\n"
        "**Điều 5. Tổ chức thực hiện**\n\n"
        "1. Sở Nông nghiệp và Môi trường có trách nhiệm hướng dẫn các xã số hóa hồ sơ.\n"
    )
    assert _leads(body) == [("Sở Nông nghiệp và Môi trường", "Hướng dẫn các")]


def test_rows_of_a_rate_table_one_cell_a_line_are_no_tasks() -> None:
    # a rate table crawled one cell a line: its rows run together under a label read as a
    # body ("- Đoàn Kiểm tra:"); a row's unit column ("người/ngày") or a prize row ("Giải
    # nhất (vàng) 2.100 Giải") is a rate, no work; the duty after them is one
    duty = (
        "**Điều 4. Tổ chức thực hiện**\n\n"
        "1. Sở Văn hóa, Thể thao và Du lịch có trách nhiệm hướng dẫn các xã lập dự toán.\n"
    )
    unit_column = "**Điều 3. Mức chi**\n\n- Đoàn Kiểm tra:\nGiám sát\nngười/ngày\n\n"
    prizes = (
        "**Điều 3. Mức chi**\n\n- Các đội tuyển tập thể:\n\n"
        "+ Giải nhất (vàng) 2.100 Giải\n\n+ Giải nhì (bạc) 1.700 Giải\n\n"
    )
    for table in (unit_column, prizes):
        assert _leads(table + duty) == [("Sở Văn hóa, Thể thao và Du lịch", "Hướng dẫn các")]
