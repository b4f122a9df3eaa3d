"""Patterns the held-out sets showed (most of them round 5), each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's style.
"""

from __future__ import annotations

from pathlib import Path

from cascade.extract import extract_text, load_registry
from cascade.extract.orgs import parse_org_list
from cascade.extract.writer import dumps_yaml

from .test_crawl_patterns import _deadlines, _plan, _reviews, _tasks, _validate

# --- a task table whose cells stand between '|' lines, with a column after the time -----


def _bar_table(rows: list[list[str]]) -> str:
    """A table as an HTML crawl flattens it: each cell between lines holding only '|', a
    row closed by an empty cell; an empty cell of a row stays an empty cell."""
    out = ["|"]
    for row in rows:
        for cell in row:
            out += [cell, "|"] if cell else ["|"]
        out.append("|")
    return "\n".join(out) + "\n"


_HEADER = ["**TT**", "**Nội dung\nthực hiện**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**"]
_HEADER += ["**Thời gian hoàn\nthành**", "**Sản phẩm dự kiến**"]


def test_a_task_table_with_a_product_column_and_group_rows_gives_every_row() -> None:
    first = [
        "1",
        "Kiện toàn Ban Chỉ đạo chuyển đổi số cấp\ntỉnh",
        "Sở Nội vụ",
        "Văn phòng UBND\ntỉnh",
    ]
    first += ["Trước ngày\n30/12/2025", "Quyết định của\nChủ tịch UBND"]
    second = ["1", "Hướng dẫn thống kê số liệu chuyển đổi số", "Sở Khoa học và\nCông nghệ"]
    second += ["Các sở, ngành liên quan", "2026", ""]
    third = ["2", "Ban hành quy chế chia sẻ dữ liệu dùng chung", "Sở Tài chính"]
    third += ["Cơ quan, địa\nphương liên quan", "Thường xuyên", "Quy chế"]
    groups = [["**I**", "**KIỆN TOÀN TỔ CHỨC\nBỘ MÁY**"], ["**II**", "**HƯỚNG DẪN THỰC HIỆN**"]]
    table = _bar_table([_HEADER, groups[0], first, groups[1], second, third])
    # a gap in the crawl: the last row runs into dots, then a row of a group whose heading
    # was lost; a row without coordinators
    gap = (
        "…...........................\n|\n2\n|\nTổ chức diễn tập ứng cứu sự cố\n|\nSở Xây dựng\n|\n"
    )
    gap += "|\n2026\n|\nCuộc diễn tập\n|\n|\n"
    table = table.removesuffix("|\n")
    text = _plan("**V. TỔ CHỨC THỰC HIỆN**\n\n**PHỤ LỤC**\n\n" + table + gap)
    tasks = _tasks(extract_text(text))
    assert tasks == [
        ("Sở Nội vụ", "Kiện toàn Ban Chỉ đạo chuyển đổi số cấp "),
        ("Sở Khoa học và Công nghệ", "Hướng dẫn thống kê số liệu chuyển đổi số"),
        ("Sở Tài chính", "Ban hành quy chế chia sẻ dữ liệu dùng ch"),
        ("Sở Xây dựng", "Tổ chức diễn tập ứng cứu sự cố (sản phẩm"),
    ]
    assert _deadlines(extract_text(text)) == [
        "absolute 2025-12-30",
        "period 2026-01-01 2026-12-31",
        "continuous",
        "period 2026-01-01 2026-12-31",
    ]


# --- "tổ chức chính trị - xã hội" inside a longer list -----------------------------------


def test_a_dash_compound_inside_a_group_list_is_a_kind_of_body_of_its_own() -> None:
    body = """**IV. TỔ CHỨC THỰC HIỆN**

2. Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy
ban nhân dân các xã, phường chủ động bố trí nguồn vốn ngoài ngân sách để thực hiện Kế
hoạch.
"""
    assert _tasks(extract_text(_plan(body))) == [
        ("Các sở, ban, ngành", "Chủ động bố trí nguồn vốn ngoài ngân sác"),
        ("tổ chức chính trị - xã hội", "Chủ động bố trí nguồn vốn ngoài ngân sác"),
        ("Ủy ban nhân dân các xã, phường", "Chủ động bố trí nguồn vốn ngoài ngân sác"),
    ]


# --- a group whose registry members are named as its coordinators ------------------------


def test_members_of_the_lead_group_named_as_its_coordinators_are_left_out(tmp_path: Path) -> None:
    registry = tmp_path / "orgs.yaml"
    registry.write_text(
        "organisations:\n"
        "  - {id: ubnd, name: Ủy ban nhân dân tỉnh Hà Nam Ninh, kind: people_committee}\n"
        "  - {id: sxd, name: Sở Xây dựng, kind: department, parent: ubnd}\n"
        "  - {id: stc, name: Sở Tài chính, kind: department, parent: ubnd}\n"
        "  - {id: syt, name: Sở Y tế, kind: department, parent: ubnd}\n"
        "groups:\n"
        "  - {id: cac-so, name: 'các sở, ban, ngành', members: [sxd, stc, syt]}\n",
        encoding="utf-8",
    )
    body = """**IV. TỔ CHỨC THỰC HIỆN**

3. Các sở, ban, ngành, căn cứ chức năng, nhiệm vụ, phối hợp với Sở Xây dựng, Sở Tài
chính trong việc triển khai thực hiện Kế hoạch này.
"""
    extraction = extract_text(_plan(body), load_registry(registry))
    (ob,) = extraction.cascade.obligations
    assert ob.coordinators == ()
    assert "Sở Xây dựng left out, a member of" in _reviews(extraction)
    result = _validate(dumps_yaml(extraction), tmp_path)
    assert "CAS207" not in result.stdout, result.stdout


# --- the issuer of a text whose header the crawl lost, from its preamble -----------------

_HEADERLESS = """**QUYẾT ĐỊNH**

BAN HÀNH QUY CHẾ QUẢN LÝ KHO DỮ LIỆU DÙNG CHUNG

*Căn cứ Luật Tổ chức
Chính phủ số 63/2025/QH15;*

*Theo đề nghị của Bộ trưởng Bộ Khoa học và Công
nghệ;*

*Thủ tướng Chính phủ ban hành Quyết định ban hành Quy chế
quản lý kho dữ liệu dùng chung.*

**Điều 1.** Bộ Khoa học và Công nghệ chủ trì xây dựng kho dữ liệu dùng chung.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.

*Nơi nhận:*
- Các bộ, cơ quan ngang bộ;
- Lưu: VT.

**KT. THỦ TƯỚNG**
**PHÓ THỦ TƯỚNG**
**Nguyễn Văn An**
"""


def test_a_headerless_text_takes_its_issuer_from_the_enacting_preamble() -> None:
    extraction = extract_text(_HEADERLESS)
    names = {o.id: o.name for o in extraction.cascade.organisations}
    (document,) = extraction.cascade.documents[:1]
    assert names[document.issuer] == "Thủ tướng Chính phủ"
    assert _tasks(extraction) == [
        ("Bộ Khoa học và Công nghệ", "Chủ trì xây dựng kho dữ liệu dùng chung.")
    ]
    assert "enacting line" in _reviews(extraction)


# --- "đề nghị Quý Cơ quan giúp:" over bullets, thanks, a guide after the signature ---------

_REQUEST_TO_YOU = """Kính gửi:
- Văn phòng các sở, ban, ngành;
- Ủy ban nhân dân các xã, phường.

1. Từ ngày 01/12/2025, Ủy ban nhân dân tỉnh tiếp nhận hồ sơ trực tuyến toàn trình.

2. Các thủ tục nêu trên được tiếp nhận qua Cổng dịch vụ công Bộ Ngoại giao *(hướng dẫn
chi tiết xin gửi kèm theo)*. Để phối hợp triển khai hiệu quả, Sở Nội vụ trân trọng đề
nghị Quý Cơ quan giúp:

- Thông tin rộng rãi tới cán bộ, công chức thuộc phạm vi quản lý.

- Chủ động phối hợp với Sở Nội vụ trong quá trình tổ chức thực hiện.

Sở Nội vụ xin trao đổi và cảm ơn sự phối hợp của Quý Cơ quan./.
"""


def test_a_request_to_the_addressees_as_quy_co_quan_gives_them_the_bullets() -> None:
    text = _plan(_REQUEST_TO_YOU, number="15/SNV-VP", title="CÔNG VĂN")
    assert _tasks(extract_text(text)) == [
        ("Quý Cơ quan", "Thông tin rộng rãi tới cán bộ, công chức"),
        ("Quý Cơ quan", "Chủ động phối hợp với Sở Nội vụ trong qu"),
    ]


_GUIDE = """
**HƯỚNG DẪN NỘP HỒ SƠ TRỰC TUYẾN**

**I.
QUY TRÌNH THỰC HIỆN THỦ TỤC CẤP GIẤY PHÉP TOÀN TRÌNH**

**- **__Bước ____1____:__
Truy cập và đăng nhập Cổng Dịch vụ công

Người đề nghị truy cập Cổng dịch vụ công của Sở Nội vụ và thực hiện theo hướng dẫn.

Tại Danh sách thủ tục hành chính, lựa chọn cơ quan thực hiện là Sở Nội vụ.
"""


def test_a_heading_in_capitals_starting_with_quy_is_no_fund() -> None:
    body = "1. Sở Tư pháp rà soát thủ tục hành chính trong quý I/2026.\n"
    text = _plan(body, number="15/KH-UBND").replace("**Trần Văn Lợi**\n|\n", "**Trần Văn Lợi**\n")
    tasks = _tasks(extract_text(text + _GUIDE))
    assert tasks == [("Sở Tư pháp", "Rà soát thủ tục hành chính trong quý I/2")]


# --- "Giao Giám đốc Sở X thừa ủy quyền …, thay mặt … ký …"; "Phân công X chỉ đạo …" ------


def test_a_delegation_to_sign_names_the_body_and_phan_cong_assigns() -> None:
    body = """**Điều 2. **Giao Giám đốc Sở Tư pháp thừa ủy quyền Chủ tịch Ủy ban nhân dân tỉnh,
thay mặt Ủy ban nhân dân tỉnh ký Tờ trình về dự thảo Nghị quyết, trình Hội đồng nhân dân
tỉnh.

**Điều 3. **Phân công Sở Nội vụ theo dõi, đôn đốc các cơ quan liên quan trong quá trình
hoàn thiện dự thảo Nghị quyết.

**Điều 4. **Phân công Phó Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn Bình chỉ đạo Sở Tư
pháp hoàn thiện dự thảo Nghị quyết.
"""
    extraction = extract_text(_plan(body, number="12/NQ-UBND", title="NGHỊ QUYẾT"))
    tasks = _tasks(extraction)
    assert tasks[:2] == [
        ("Sở Tư pháp", "Thừa ủy quyền Chủ tịch Ủy ban nhân dân t"),
        ("Sở Nội vụ", "Theo dõi, đôn đốc các cơ quan liên quan "),
    ]
    assert "ký Tờ trình về dự thảo Nghị quyết" in extraction.cascade.obligations[0].action
    # the person's work, and the delegated body's below it
    assert [action for _, action in tasks[2:]] == [
        "Chỉ đạo Sở Tư pháp hoàn thiện dự thảo Ng",
        "Hoàn thiện dự thảo Nghị quyết.",
    ]


# --- duties: a time before the subject of a lead-in, an item run on after the colon -------

_DUTIES = """**Điều 5. Trách nhiệm thực hiện**

1. Định kỳ (trước ngày 30 tháng 6 hằng năm), Ủy ban
nhân dân cấp xã có trách nhiệm:

a) Rà soát, lập danh mục các dự án hạ tầng trên địa bàn do mình quản lý.

b) Có văn bản đề xuất danh mục dự án, gửi Sở Tài chính để được hướng dẫn.

2. Quỹ đầu tư phát triển tỉnh có trách nhiệm: Hạch toán riêng nguồn vốn ủy thác này,
tách bạch với vốn điều lệ của Quỹ.

3. Giao Ủy ban nhân dân tỉnh:

a) Tổ chức triển khai thực hiện Nghị quyết;

b) Hằng năm, tổ chức đánh giá kết quả thực hiện Nghị quyết.
"""


def test_duties_after_a_time_and_after_a_colon_on_the_same_line() -> None:
    extraction = extract_text(_plan(_DUTIES, number="70/2025/NQ-HĐND", title="NGHỊ QUYẾT"))
    assert _tasks(extraction) == [
        ("Ủy ban nhân dân cấp xã", "Rà soát, lập danh mục các dự án hạ tầng "),
        ("Ủy ban nhân dân cấp xã", "Có văn bản đề xuất danh mục dự án, gửi S"),
        ("Quỹ đầu tư phát triển tỉnh", "Hạch toán riêng nguồn vốn ủy thác này, t"),
        ("Ủy ban nhân dân tỉnh Hà Nam Ninh", "Tổ chức triển khai thực hiện Nghị quyết"),
        ("Ủy ban nhân dân tỉnh Hà Nam Ninh", "Hằng năm, tổ chức đánh giá kết quả thực "),
    ]
    assert _deadlines(extraction)[:2] == ["recurring", "recurring"]
    assert [ob.deadline.month for ob in extraction.cascade.obligations[:2]] == [6, 6]


# --- a name that ends at "Thành phố" before a verb ------------------------------------------


def test_a_name_ends_at_its_level_written_with_a_capital_before_a_verb() -> None:
    mentions, _ = parse_org_list("Ủy ban nhân dân Thành phố chấp thuận về chủ trương đầu tư")
    assert [m.text for m in mentions] == ["Ủy ban nhân dân Thành phố"]
    mentions, _ = parse_org_list("Ủy ban nhân dân Thành phố trực thuộc Trung ương thực hiện")
    assert [m.text for m in mentions] == ["Ủy ban nhân dân Thành phố trực thuộc Trung ương"]
    mentions, _ = parse_org_list("Ban Xây dựng Đảng Tỉnh ủy tăng cường kiểm tra")
    assert [m.text for m in mentions] == ["Ban Xây dựng Đảng Tỉnh ủy"]


# --- "Tổ chức kiểm định có trách nhiệm …": a kind of body, not the verb "tổ chức" -----------


def test_a_kind_of_body_opening_with_to_chuc_before_a_duty_is_a_body() -> None:
    body = """**Điều 3. Trách nhiệm thi hành**

1. Sở Xây dựng có trách nhiệm tổ chức triển khai thực hiện Quyết định này.

2. Tổ chức kiểm định có trách nhiệm kê khai, niêm yết, công khai thông tin về giá dịch vụ
kiểm định thiết bị theo quy định.
"""
    text = _plan(body, number="36/2025/QĐ-UBND", title="QUYẾT ĐỊNH")
    assert _tasks(extract_text(text)) == [
        ("Sở Xây dựng", "Tổ chức triển khai thực hiện Quyết định "),
        ("Tổ chức kiểm định", "Kê khai, niêm yết, công khai thông tin v"),
    ]
