"""The failure patterns of real documents (issue 14), each on a text written for this test.

The texts imitate how legal-text sites and PDF exports deliver documents: the header is a
table whose cells are split by ``|`` lines, bold (``**``) and italic (``*``) markup is cut
across wrapped lines, sentences wrap every 80 characters, and PDF text carries running
page headers. Names, numbers and dates are invented.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cascade.extract import Extraction, extract_text, load_registry
from cascade.extract.writer import dumps_yaml
from cascade.files.loader import loads

PROVINCE_HEAD = """|
**ỦY BAN NHÂN DÂN
**
TỈNH HÀ NAM NINH
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: {number}
|
*Hà Nam Ninh, ngày 26
tháng 11 năm 2025*
|

** **

**{title}**

{subject}

"""

PROVINCE_TAIL = """
* *

|
Nơi nhận:
- Thường trực Tỉnh ủy;
- Thường trực HĐND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường;
- Lưu: VT, KGVX.
|
**KT. CHỦ TỊCH **
PHÓ CHỦ TỊCH
**Trần Văn Lợi**
|
"""


def _plan(body: str, *, number: str = "415/KH-UBND", title: str = "KẾ HOẠCH") -> str:
    subject = "Triển khai thực hiện công tác chuyển đổi số năm 2026"
    head = PROVINCE_HEAD.format(number=number, title=title, subject=subject)
    return head + body + PROVINCE_TAIL


def _names(extraction: Extraction) -> dict[str, str]:
    cascade = extraction.cascade
    return {o.id: o.name for o in cascade.organisations} | {g.id: g.name for g in cascade.groups}


def _tasks(extraction: Extraction) -> list[tuple[str, str]]:
    """(lead, start of the action) per obligation."""
    names = _names(extraction)
    return [(names[ob.lead], ob.action[:40]) for ob in extraction.cascade.obligations]


def _leads(extraction: Extraction) -> list[str]:
    names = _names(extraction)
    return [names[ob.lead] for ob in extraction.cascade.obligations]


def _deadlines(extraction: Extraction) -> list[str]:
    out = []
    for ob in extraction.cascade.obligations:
        deadline = ob.deadline
        if deadline.kind == "absolute":
            out.append(f"absolute {deadline.due}")
        elif deadline.kind == "period":
            out.append(f"period {deadline.start} {deadline.end}")
        elif deadline.kind == "continuous":
            out.append("continuous" if deadline.text else "none")
        else:
            out.append(deadline.kind)
    return out


def _reviews(extraction: Extraction) -> str:
    return "\n".join(str(review) for review in extraction.reviews)


# --- 1. headings and labels wrapped over lines ------------------------------------------------


def test_a_heading_wrapped_over_lines_keeps_its_tasks() -> None:
    body = """**III. TỔ CHỨC THỰC HIỆN**

**1. Ủy ban nhân dân các xã,
phường:**

- Xây dựng kế hoạch chuyển đổi số của địa phương, hoàn thành trong
quý I năm 2026.

- Bố trí cán bộ phụ trách công nghệ thông tin.

**2. Sở Khoa học và
Công nghệ:**

Hướng dẫn, đôn đốc các địa phương thực hiện; tổng hợp kết quả, báo cáo Ủy ban
nhân dân tỉnh trước ngày 15 tháng 12 năm 2026.
"""
    extraction = extract_text(_plan(body))
    assert _leads(extraction) == [
        "Ủy ban nhân dân các xã, phường",
        "Ủy ban nhân dân các xã, phường",
        "Sở Khoa học và Công nghệ",
        "Sở Khoa học và Công nghệ",
    ]
    assert _deadlines(extraction)[0] == "period 2026-01-01 2026-03-31"
    assert _deadlines(extraction)[3] == "absolute 2026-12-15"


# --- 2. a header flattened onto one line ------------------------------------------------------


def test_a_header_flattened_onto_one_line_still_gives_tasks() -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
        "Hạnh phúc Số: 5120/UBND-KGVX V/v tăng cường phòng, chống dịch sốt xuất huyết "
        "Hà Nam Ninh, ngày 10 tháng 11 năm 2025 Kính gửi: - Sở Y tế; - Sở Giáo dục và Đào "
        "tạo; - Ủy ban nhân dân các xã, phường. Căn cứ Công văn số 6650/BYT-DP ngày "
        "01/11/2025 của Bộ Y tế, Ủy ban nhân dân tỉnh yêu cầu: 1. Sở Y tế chủ trì giám sát, "
        "phát hiện sớm ca bệnh; báo cáo Ủy ban nhân dân tỉnh trước ngày 30/11/2025. 2. Sở "
        "Giáo dục và Đào tạo chỉ đạo các trường học tổ chức vệ sinh môi trường. 3. Ủy ban "
        "nhân dân các xã, phường tổ chức chiến dịch diệt lăng quăng. Nơi nhận: - Như trên; "
        "- Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Lợi"
    )
    extraction = extract_text(text)
    names = _names(extraction)
    document = extraction.cascade.documents[0]
    assert names[document.issuer] == "Ủy ban nhân dân tỉnh Hà Nam Ninh"
    assert [names[a] for a in document.addressees] == [
        "Sở Y tế",
        "Sở Giáo dục và Đào tạo",
        "Ủy ban nhân dân các xã, phường",
    ]
    # one obligation per action: "chủ trì giám sát …; báo cáo … trước ngày 30/11/2025"
    assert list(dict.fromkeys(_leads(extraction))) == [
        "Sở Y tế",
        "Sở Giáo dục và Đào tạo",
        "Ủy ban nhân dân các xã, phường",
    ]
    assert _deadlines(extraction)[:2] == ["none", "absolute 2025-11-30"]
    assert document.signer is not None and document.signer.name == "Trần Văn Lợi"


# --- 3. "X có trách nhiệm …" and verb bullets under a heading that names the lead -------------


def test_a_body_that_has_the_responsibility_holds_a_task() -> None:
    body = """**III. TỔ CHỨC THỰC HIỆN**

1. Sở Tài chính có trách nhiệm cân đối, bố trí kinh phí thực hiện Kế hoạch.

2. Công an tỉnh có trách nhiệm bảo đảm an ninh mạng cho các hệ thống thông tin.
"""
    assert _tasks(extract_text(_plan(body))) == [
        ("Sở Tài chính", "Cân đối, bố trí kinh phí thực hiện Kế ho"),
        ("Công an tỉnh", "Bảo đảm an ninh mạng cho các hệ thống th"),
    ]


def test_bullets_that_start_with_any_verb_belong_to_the_heading_s_body() -> None:
    body = """**II. NHIỆM VỤ, GIẢI PHÁP**

**1. Sở Công Thương:**

- Siết chặt việc cấp phép kinh doanh khí dầu mỏ hóa lỏng.

- Ưu tiên bố trí nguồn điện cho các cơ sở y tế.

**2. Sở Xây dựng:**

- Rà soát các công trình có nguy cơ mất an toàn.
"""
    assert _tasks(extract_text(_plan(body))) == [
        ("Sở Công Thương", "Siết chặt việc cấp phép kinh doanh khí d"),
        ("Sở Công Thương", "Ưu tiên bố trí nguồn điện cho các cơ sở "),
        ("Sở Xây dựng", "Rà soát các công trình có nguy cơ mất an"),
    ]


# --- 4. lead names cut, split, run into the verb, or taken from a common word -----------------


def test_a_group_named_with_commas_is_one_lead() -> None:
    body = """**III. TỔ CHỨC THỰC HIỆN**

1. Ủy ban nhân dân phường, xã, đặc khu tổ chức tuyên truyền đến từng hộ dân.

2. Các Sở, ban, ngành tỉnh phối hợp cung cấp dữ liệu cho Sở Khoa học và Công nghệ.
"""
    assert _leads(extract_text(_plan(body))) == [
        "Ủy ban nhân dân phường, xã, đặc khu",
        "Các Sở, ban, ngành tỉnh",
    ]


def test_a_name_does_not_run_into_an_unknown_verb() -> None:
    body = """**III. TỔ CHỨC THỰC HIỆN**

1. Ban Tuyên giáo và Dân vận Tỉnh ủy định hướng công tác thông tin, tuyên truyền.

2. Báo và Phát thanh, Truyền hình Hà Nam Ninh mở chuyên mục về chuyển đổi số.
"""
    assert _leads(extract_text(_plan(body))) == [
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Báo và Phát thanh, Truyền hình Hà Nam Ninh",
    ]


def test_a_common_word_is_not_a_body() -> None:
    body = """**III. TỔ CHỨC THỰC HIỆN**

**1. Sở Nội vụ:**

Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã.

Tổ chức sơ kết việc thực hiện Kế hoạch vào quý IV năm 2026.
"""
    extraction = extract_text(_plan(body))
    assert _leads(extraction) == ["Sở Nội vụ", "Sở Nội vụ"]
    assert "Tổ chức" not in _names(extraction).values()


# --- 5. a sub-heading "a) X chủ trì, phối hợp …:" -------------------------------------------


def test_a_sub_heading_that_names_a_lead_owns_its_items() -> None:
    body = """**III. TỔ CHỨC THỰC HIỆN**

**1. Các sở, ban, ngành tỉnh**

a) Sở Công Thương chủ trì, phối hợp với Công an tỉnh và Sở Tài chính:

- Kiểm tra việc niêm yết giá tại các chợ.

- Xử lý nghiêm hành vi đầu cơ, găm hàng.

b) Thực hiện chế độ báo cáo định kỳ hằng quý.
"""
    extraction = extract_text(_plan(body))
    names = _names(extraction)
    obligations = extraction.cascade.obligations
    assert [names[ob.lead] for ob in obligations] == [
        "Sở Công Thương",
        "Sở Công Thương",
        "Các sở, ban, ngành tỉnh",
    ]
    assert [names[c] for c in obligations[0].coordinators] == ["Công an tỉnh", "Sở Tài chính"]


# --- 6. the place and date italic and wrapped -------------------------------------------------


def test_an_italic_date_line_wrapped_over_two_lines() -> None:
    body = "1. Sở Nội vụ hướng dẫn các xã, phường thực hiện.\n"
    document = extract_text(_plan(body)).cascade.documents[0]
    assert (document.place, str(document.date)) == ("Hà Nam Ninh", "2025-11-26")


def test_a_missing_date_is_flagged_for_review() -> None:
    text = _plan("1. Sở Nội vụ hướng dẫn các xã, phường thực hiện.\n").replace(
        "*Hà Nam Ninh, ngày 26\ntháng 11 năm 2025*", ""
    )
    extraction = extract_text(text)
    document = extraction.cascade.documents[0]
    assert document.date is None
    assert "no place and date" in _reviews(extraction)


# --- 7. false deadlines -----------------------------------------------------------------------


def test_no_deadline_from_a_name_a_budget_term_or_a_plan_horizon() -> None:
    body = """**III. TỔ CHỨC THỰC HIỆN**

1. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên tỉnh tổ chức các lớp kỹ năng số.

2. Sở Tài chính bố trí kinh phí từ nguồn chi thường xuyên của các đơn vị.

3. Sở Nông nghiệp và Môi trường xây dựng kế hoạch 5 năm và hằng năm về chuyển đổi số.
"""
    assert _deadlines(extract_text(_plan(body))) == ["none", "none", "none"]


def test_a_preamble_after_a_report_is_not_an_event_deadline() -> None:
    body = """Sau khi nghe Sở Khoa học và Công nghệ báo cáo kết quả chuyển đổi số năm 2025, Chủ
tịch Ủy ban nhân dân tỉnh kết luận như sau:

1. Giao Sở Khoa học và Công nghệ hoàn thiện cơ sở dữ liệu dùng chung.

2. Giao Sở Nội vụ rà soát vị trí việc làm về công nghệ thông tin.
"""
    extraction = extract_text(_plan(body, number="233/TB-UBND", title="THÔNG BÁO"))
    assert _deadlines(extraction) == ["none", "none"]


def test_a_deadline_stays_with_its_own_bullet() -> None:
    body = """**1. Sở Y tế:**

- Hoàn thành bệnh án điện tử tại các bệnh viện trước ngày 31/12/2025.

- Kết nối dữ liệu tiêm chủng với cơ sở dữ liệu dân cư.
"""
    assert _deadlines(extract_text(_plan(body))) == ["absolute 2025-12-31", "none"]


# --- 8. labelled rows and tables ---------------------------------------------------------------


def test_labels_that_name_the_unit_in_charge() -> None:
    body = """**II. NHIỆM VỤ**

**1. Xây dựng nền tảng dữ liệu dùng chung của tỉnh**

Đơn vị chủ trì tham mưu thực hiện: Sở Khoa học và Công nghệ.

Thời gian hoàn thành: Quý II năm 2026.

**2. Số hóa hồ sơ thủ tục hành chính**

*Đơn vị chủ trì thực hiện: *Ủy ban nhân dân các xã, phường.

*Thời gian thực hiện: *Năm 2026.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Khoa học và Công nghệ", "Xây dựng nền tảng dữ liệu dùng chung của"),
        ("Ủy ban nhân dân các xã, phường", "Số hóa hồ sơ thủ tục hành chính"),
    ]
    assert _deadlines(extraction) == [
        "period 2026-04-01 2026-06-30",
        "period 2026-01-01 2026-12-31",
    ]


def test_lettered_rows_of_one_task_are_one_task() -> None:
    body = """**II. NHIỆM VỤ CỤ THỂ**

**1. Hoàn thiện thể chế về chuyển đổi số**

a) Nhiệm vụ: Rà soát, đề xuất sửa đổi các quy định không còn phù hợp.

b) Cơ quan thực hiện: Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ.

c) Thời gian thực hiện: Trước ngày 30/6/2026.

**2. Phát triển nguồn nhân lực số**

a) Nhiệm vụ: Đào tạo kỹ năng số cho cán bộ, công chức.

b) Cơ quan thực hiện: Sở Nội vụ.

c) Thời gian thực hiện: Thường xuyên.
"""
    extraction = extract_text(_plan(body))
    names = _names(extraction)
    assert _leads(extraction) == ["Sở Tư pháp", "Sở Nội vụ"]
    actions = [ob.action for ob in extraction.cascade.obligations]
    assert actions[0].startswith("Hoàn thiện thể chế về chuyển đổi số: Rà soát, đề xuất")
    assert actions[1].startswith("Phát triển nguồn nhân lực số: Đào tạo kỹ năng số")
    assert [names[c] for c in extraction.cascade.obligations[0].coordinators] == ["Sở Nội vụ"]
    assert _deadlines(extraction) == ["absolute 2026-06-30", "continuous"]


def test_a_markdown_table_whose_rows_are_tasks() -> None:
    body = """**PHỤ LỤC NHIỆM VỤ**

| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Xây dựng kho dữ liệu đất đai | Sở Nông nghiệp và Môi trường | Sở Tài chính | Quý III/2026 |
| 2 | Triển khai chữ ký số cho người dân | Công an tỉnh | Ủy ban nhân dân các xã | Năm 2026 |
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Nông nghiệp và Môi trường", "Xây dựng kho dữ liệu đất đai"),
        ("Công an tỉnh", "Triển khai chữ ký số cho người dân"),
    ]
    assert _deadlines(extraction) == [
        "period 2026-07-01 2026-09-30",
        "period 2026-01-01 2026-12-31",
    ]


# --- 9. signature blocks -----------------------------------------------------------------------

MINISTRY = """|
**BỘ KHOA HỌC VÀ
** CÔNG NGHỆ
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 4410/BKHCN-CĐS
V/v triển khai nền tảng số
|
*Hà Nội, ngày 03 tháng 12 năm 2025*
|

|
Kính gửi:
|
- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
|

Bộ Khoa học và Công nghệ đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo các cơ
quan chức năng rà soát các nền tảng số dùng chung./.

{tail}
"""


def test_marker_and_title_on_one_line() -> None:
    tail = """|
Nơi nhận:
- Như trên;
- Lưu: VT, CĐS.
|
**KT. BỘ TRƯỞNG THỨ TRƯỞNG**
**Hoàng Minh Tâm**
|"""
    signer = extract_text(MINISTRY.format(tail=tail)).cascade.documents[0].signer
    assert signer is not None
    assert (list(signer.markers), signer.title, signer.name) == (
        ["KT. BỘ TRƯỞNG"],
        "Thứ trưởng",
        "Hoàng Minh Tâm",
    )


def test_a_signer_in_a_table_cell_beside_the_distribution_list() -> None:
    tail = """| Nơi nhận: - Như trên; - Lưu: VT, CĐS. | KT. BỘ TRƯỞNG THỨ TRƯỞNG Hoàng Minh Tâm |"""
    signer = extract_text(MINISTRY.format(tail=tail)).cascade.documents[0].signer
    assert signer is not None
    assert (signer.title, signer.name) == ("Thứ trưởng", "Hoàng Minh Tâm")


PARTY = """|
BAN CHẤP HÀNH TRUNG ƯƠNG
*
|
**ĐẢNG CỘNG SẢN VIỆT NAM**
---------------
|
|
Số 212-KL/TW
|
*Hà Nội, ngày 28 tháng 11 năm 2025*
|

**KẾT LUẬN**

**CỦA BAN BÍ THƯ**

**về tăng cường công tác phòng, chống thiên tai**

------

Ban Bí thư yêu cầu:

1. Đảng ủy Chính phủ lãnh đạo, chỉ đạo rà soát quy hoạch phòng, chống thiên tai.

2. Các tỉnh ủy, thành ủy trực thuộc Trung ương chỉ đạo tổ chức diễn tập ứng phó với
thiên tai trong năm 2026.

|
Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Lưu Văn phòng Trung ương Đảng.
|
**T/M BAN BÍ
THƯ**
**Trần Quang Hòa**
|
"""


def test_a_party_conclusion_is_issued_by_the_body_that_signs_it() -> None:
    extraction = extract_text(PARTY)
    document = extraction.cascade.documents[0]
    names = _names(extraction)
    assert names[document.issuer] == "Ban Bí thư"
    assert document.signer is not None
    assert list(document.signer.markers) == ["T/M BAN BÍ THƯ"]
    assert document.signer.name == "Trần Quang Hòa"
    assert _leads(extraction) == [
        "Đảng ủy Chính phủ",
        "Các tỉnh ủy, thành ủy trực thuộc Trung ương",
    ]


# --- 10. PDF text noise ------------------------------------------------------------------------

GAZETTE = """CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 391/NQ-CP Hà Nội, ngày 28 tháng 11 năm 2025
NGHỊ QUYẾT
Về các giải pháp bảo đảm an toàn thực phẩm dịp cuối năm
CHÍNH PHỦ
QUYẾT NGHỊ:
1. Bộ Y tế:
a) Tổ chức kiểm tra liên ngành về an toàn thực phẩm trong tháng 12 năm 2025.
b) Công bố danh sách cơ sở vi phạm trên Cổng thông tin điện tử của Bộ.
c) Hướng dẫn các địa phương giám sát ngộ độc thực phẩm.
d) Tổng hợp tình hình, báo cáo Thủ tướng Chính phủ vào thứ Sáu hằng tuần.
CÔNG BÁO/Số 1847 + 1848/Ngày 05-12-2025 23
d) Phối hợp với Bộ Công an xử lý các đường dây buôn lậu thực phẩm.
2. Bộ Công Thương chỉ đạo lực lượng quản lý thị trường kiểm tra hàng hóa nhập lậu.
TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Lê Thành Vinh
"""


def test_running_page_headers_are_not_text() -> None:
    extraction = extract_text(GAZETTE)
    assert "CÔNG BÁO" not in " ".join(ob.action for ob in extraction.cascade.obligations)


def test_an_item_read_as_a_second_d_is_the_letter_after_d() -> None:
    extraction = extract_text(GAZETTE)
    clauses = [ob.clause for ob in extraction.cascade.obligations]
    assert clauses[:5] == ["1.a", "1.b", "1.c", "1.d", "1.đ"]


def test_a_weekly_deadline_is_kept_as_text_and_flagged() -> None:
    extraction = extract_text(GAZETTE)
    weekly = extraction.cascade.obligations[3]
    assert weekly.deadline.text is not None and "thứ Sáu hằng tuần" in weekly.deadline.text
    assert "weekly" in (weekly.note or "")


# --- drafts that validate ----------------------------------------------------------------------

ASSIGNMENTS = _plan(
    """**III. TỔ CHỨC THỰC HIỆN**

1. Giao Sở Khoa học và Công nghệ chủ trì triển khai Kế hoạch.

2. Giao Báo và Phát thanh, Truyền hình Hà Nam Ninh mở chuyên mục về chuyển đổi số.

3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền, vận động nhân dân.
"""
)


def _validate(draft: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "draft.yaml"
    path.write_text(draft, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "cascade", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_assigning_to_a_body_not_known_to_be_subordinate_is_a_review_note(tmp_path: Path) -> None:
    extraction = extract_text(ASSIGNMENTS)
    result = _validate(dumps_yaml(extraction), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "CAS401" not in result.stdout
    assert "not known to be subordinate" in _reviews(extraction)


def test_the_draft_validates_with_a_registry(tmp_path: Path) -> None:
    registry = tmp_path / "orgs.yaml"
    registry.write_text(
        "organisations:\n"
        "  - {id: ubnd, name: Ủy ban nhân dân tỉnh Hà Nam Ninh, kind: people_committee}\n"
        "  - {id: skhcn, name: Sở Khoa học và Công nghệ, kind: department, parent: ubnd}\n"
        "  - {id: bao, name: 'Báo và Phát thanh, Truyền hình Hà Nam Ninh', kind: press}\n",
        encoding="utf-8",
    )
    extraction = extract_text(ASSIGNMENTS, load_registry(registry))
    draft = dumps_yaml(extraction)
    loads(draft, name="draft.yaml")
    result = _validate(draft, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "not known to be subordinate" in _reviews(extraction)


@pytest.mark.parametrize("text", [ASSIGNMENTS, GAZETTE, PARTY, MINISTRY.format(tail="")])
def test_pattern_texts_give_drafts_that_load(text: str) -> None:
    loads(dumps_yaml(extract_text(text)), name="draft.yaml")
