"""Patterns found in held-out round 49 (the Official Gazette's PDF text layer: running page
headers and page numbers between pages, the signature stamp inside the text, tables one
cell a line with their header repeated on every page), each checked on a text of its own."""

from __future__ import annotations

import datetime as dt

from cascade.extract import extract_text
from cascade.extract.deadlines import find_deadline, find_time
from cascade.extract.text import normalise

from .test_task_rules import _tasks

_RESOLUTION = """\
CÔNG BÁO/Số 415/Ngày 03-09-2026
27


CHÍNH PHỦ
__________

Số: 208/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
________________________________________
Hà Nội, ngày 21 tháng 8 năm 2026

NGHỊ QUYẾT
Về việc hỗ trợ kinh phí sửa chữa trường học sau bão
____________

CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;

QUYẾT NGHỊ:
Điều 1. Hỗ trợ kinh phí sửa chữa trường học bị hư hỏng do bão số 5.
Điều 2. Tổ chức thực hiện
1. Giao Bộ Giáo dục và Đào tạo chủ trì, phối hợp với Ủy ban nhân dân các tỉnh
rà soát danh sách trường học bị hư hỏng, tổng hợp nhu cầu kinh phí sửa chữa
Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Cơ quan: VĂN PHÒNG CHÍNH PHỦ
Ngày ký: 2026-09-02 10:14:37 +07:00

CÔNG BÁO/Số 415/Ngày 03-09-2026
28


và gửi Bộ Tài chính trước ngày 15 tháng 9 năm 2026.
2. Bộ Tài chính bố trí kinh phí hỗ trợ theo quy định.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Lê Văn Khải
"""


def test_gazette_page_headers_and_the_stamp_are_no_part_of_the_text() -> None:
    text = normalise(_RESOLUTION)
    assert "CÔNG BÁO" not in text and "Ký bởi" not in text and "VĂN PHÒNG" not in text
    # the sentence cut by the stamp and the next page's header runs on
    assert "kinh phí sửa chữa và gửi Bộ Tài chính trước ngày 15 tháng 9 năm 2026." in text
    tasks = _tasks(extract_text(_RESOLUTION))
    assert [lead for lead, *_ in tasks] == ["Bộ Giáo dục và Đào tạo", "Bộ Tài chính"]
    assert "gửi Bộ Tài chính" in tasks[0][2]


_TABLE = """\
PHỤ LỤC
DANH MỤC NHIỆM VỤ
STT
Nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Sản phẩm
Thời hạn hoàn
thành
I. Nâng cao chất lượng nguồn nhân lực ngành giáo dục ở các vùng khó khăn
1.

Rà soát, sắp xếp đội ngũ giáo viên mầm non,
tiểu học tại các xã biên giới theo định mức mới.
Sở Giáo
dục và
Đào tạo
Sở Nội vụ, Ủy
ban nhân dân
cấp xã
Báo cáo
rà soát
Quý IV/2026
2.  Xây dựng chính sách hỗ trợ giáo viên công tác tại vùng có điều kiện
kinh tế đặc biệt khó khăn theo lộ trình Sở Nội vụ
Sở Tài chính, các
sở,
ngành
Nghị
quyết
của
Hội đồng nhân dân
Tháng 6/2027
- 14 -
STT
Nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Sản phẩm
Thời hạn hoàn
thành
phù hợp với khả năng cân đối của ngân sách tỉnh và
quy định của pháp luật.
liên quan
II. Đổi mới công tác kiểm tra, đánh giá
3.
Tổ chức kiểm tra việc thực hiện chế độ, chính
sách đối với nhà giáo ở các cơ sở giáo dục,
Ủy ban nhân
dân cấp xã
Sở Giáo dục và
Đào tạo
Các cuộc kiểm tra,
biên bản làm việc Thường xuyên
"""


def test_a_table_one_cell_a_line_its_cells_wrapped_across_pages() -> None:
    lines = normalise(_TABLE).split("\n")
    rows = [line for line in lines if line[:2] in {"1.", "2.", "3."}]
    assert rows[0].startswith("1. Rà soát, sắp xếp đội ngũ giáo viên mầm non, tiểu học")
    # the lead run into the task's last line is cut off; the task goes on after the page
    # break and the header repeated there, the partners' last words too
    assert rows[1].startswith(
        "2. Xây dựng chính sách hỗ trợ giáo viên công tác tại vùng có điều kiện kinh tế đặc"
        " biệt khó khăn theo lộ trình phù hợp với khả năng cân đối"
    )
    assert rows[2].startswith("3. Tổ chức kiểm tra việc thực hiện chế độ, chính sách")
    labels = [line for line in lines if line.startswith("- ")]
    assert labels == [
        "- Cơ quan chủ trì: Sở Giáo dục và Đào tạo",
        "- Cơ quan phối hợp: Sở Nội vụ, Ủy ban nhân dân cấp xã",
        "- Thời gian hoàn thành: Quý IV/2026",
        "- Cơ quan chủ trì: Sở Nội vụ",
        "- Cơ quan phối hợp: Sở Tài chính, các sở, ngành liên quan",
        "- Thời gian hoàn thành: Tháng 6/2027",
        "- Cơ quan chủ trì: Ủy ban nhân dân cấp xã",
        "- Cơ quan phối hợp: Sở Giáo dục và Đào tạo",
        # a time run into the result's last line
        "- Thời gian hoàn thành: Thường xuyên",
    ]
    assert "STT" not in lines and "Đổi mới công tác kiểm tra, đánh giá:" in lines


def test_a_span_of_quarters_is_due_at_the_end_and_a_starting_quarter_is_no_deadline() -> None:
    span = find_time("Từ quý II/2027 đến hết quý I/2029", 2026)
    assert span is not None and span.kind == "period"
    assert (span.start, span.due) == (dt.date(2027, 4, 1), dt.date(2029, 3, 31))
    assert find_time("Từ quý IV/2026", 2026) is None
    later = find_deadline("triển khai từ quý I/2027, hoàn thành trong quý III/2027", 2026)
    assert later is not None and later.due == dt.date(2027, 9, 30)
