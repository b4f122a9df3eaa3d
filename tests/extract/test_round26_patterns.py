"""Patterns held-out round 26 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a telegram or letter
of a ministry, in a frame of their own that carries the subject the rule reads.
"""

from __future__ import annotations

from cascade.extract import Extraction, extract_text

from .test_task_rules import _extract, _leads
from .test_task_rules import _tasks as _full_tasks

FRAME = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 310/BNNMT-ĐĐ
Hà Nội, ngày 14 tháng 10 năm 2025
V/v {subject}
Kính gửi: Ủy ban nhân dân các tỉnh: Hà Giang, Yên Bình.
{body}
Nơi nhận:
- Như trên;
- Lưu: VT, ĐĐ.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Văn Hòa
"""


def _with_subject(subject: str, body: str) -> Extraction:
    return extract_text(FRAME.format(subject=subject, body=body))


def _deadlines(extraction: Extraction) -> list[str]:
    found = []
    for ob in extraction.cascade.obligations:
        day = getattr(ob.deadline, "due", None) or getattr(ob.deadline, "end", "")
        found.append(f"{ob.deadline.kind} {day}".strip())
    return found


def test_recovery_after_a_disaster_in_the_subject_dates_no_work() -> None:
    # "khắc phục hậu quả … sau bão lũ": the storm is over, the subject says what the work
    # recovers from, not a day every task waits for
    body = (
        "Bộ Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các tỉnh:\n"
        "1. Rà soát, tổng hợp thiệt hại về nhà ở.\n"
        "2. Hỗ trợ giống cây trồng cho các hộ bị thiệt hại.\n"
    )
    recovery = _with_subject("khắc phục hậu quả, khôi phục sản xuất sau bão lũ", body)
    assert _deadlines(recovery) == ["continuous", "continuous"]
    # an event the work waits for still dates the document's tasks
    awaited = _with_subject("khôi phục sản xuất sau khi được cấp Giấy phép", body)
    assert [d.split()[0] for d in _deadlines(awaited)] == ["event", "event"]


def test_xay_moi_and_chi_vien_open_work() -> None:
    # "xây mới" (to build anew) and "chi viện" (to send in support) open a ";"-part of its
    # own, each with the date that closes it
    body = (
        "Sở Xây dựng hỗ trợ sửa nhà cho các hộ bị thiệt hại, hoàn thành trước ngày "
        "15/11/2025; xây mới nhà ở cho các hộ có nhà bị sập đổ, hoàn thành trước ngày "
        "20/01/2026.\n"
        "Sở Y tế bảo đảm thuốc cho các trạm y tế; chi viện bác sĩ xuống các xã bị cô lập."
    )
    assert _leads(body) == [
        ("Sở Xây dựng", "Hỗ trợ sửa nhà cho c"),
        ("Sở Xây dựng", "Xây mới nhà ở cho cá"),
        ("Sở Y tế", "Bảo đảm thuốc cho cá"),
        ("Sở Y tế", "Chi viện bác sĩ xuốn"),
    ]
    assert _deadlines(_extract(body)) == [
        "absolute 2025-11-15",
        "absolute 2026-01-20",
        "continuous",
        "continuous",
    ]


def test_su_dung_after_a_word_of_manner_opens_work() -> None:
    # "chủ động sử dụng …" opens a ";"-part of its own; "sử dụng" after a noun ("sản phẩm
    # sử dụng cho …") is no verb
    body = (
        "Sở Tài chính rà soát thiệt hại của các hộ; chủ động sử dụng nguồn dự phòng để hỗ "
        "trợ các hộ bị thiệt hại, hoàn thành trước ngày 20/11/2025."
    )
    assert _leads(body) == [
        ("Sở Tài chính", "Rà soát thiệt hại củ"),
        ("Sở Tài chính", "Chủ động sử dụng ngu"),
    ]
    assert _deadlines(_extract(body)) == ["continuous", "absolute 2025-11-20"]
    used_for = "Sở Tài chính rà soát các thiết bị sử dụng cho trạm bơm; kiểm tra kho vật tư."
    assert _leads(used_for) == [
        ("Sở Tài chính", "Rà soát các thiết bị"),
        ("Sở Tài chính", "Kiểm tra kho vật tư."),
    ]


def test_a_paragraph_after_a_dated_item_does_not_take_its_date() -> None:
    # the item's date closes its own work; the sentence on the next line (its label lost)
    # is new work, not dated by it
    body = (
        "Sở Tài chính:\n"
        "(1) Rà soát, tổng hợp thiệt hại về nhà ở, hoàn thành trước ngày 20/11/2025.\n"
        "Tổ chức tiếp nhận và phân phối hàng cứu trợ đến tận tay người dân.\n"
        "(2) Kiểm tra kho dự trữ.\n"
    )
    assert _leads(body) == [
        ("Sở Tài chính", "Rà soát, tổng hợp th"),
        ("Sở Tài chính", "Tổ chức tiếp nhận và"),
        ("Sở Tài chính", "Kiểm tra kho dự trữ."),
    ]
    assert _deadlines(_extract(body)) == ["absolute 2025-11-20", "continuous", "continuous"]


def test_relief_verbs_open_work() -> None:
    # "Tìm kiếm …", "Thăm hỏi …" and "Có phương án …" open sentences of work of their own
    body = (
        "Ủy ban nhân dân tỉnh Yên Bình hỗ trợ lương thực cho các hộ bị cô lập. Tìm kiếm "
        "những người còn mất tích. Thăm hỏi các gia đình bị thiệt hại. Có phương án hỗ trợ "
        "sách vở cho học sinh."
    )
    assert _leads(body) == [
        ("Ủy ban nhân dân tỉnh Yên Bình", "Hỗ trợ lương thực ch"),
        ("Ủy ban nhân dân tỉnh Yên Bình", "Tìm kiếm những người"),
        ("Ủy ban nhân dân tỉnh Yên Bình", "Thăm hỏi các gia đìn"),
        ("Ủy ban nhân dân tỉnh Yên Bình", "Có phương án hỗ trợ "),
    ]


def test_the_governor_stands_for_the_bank() -> None:
    # "Thống đốc Ngân hàng Nhà nước …" stands for the bank, as "Bộ trưởng Bộ X" for the
    # ministry
    body = (
        "1. Bộ trưởng Bộ Tài chính rà soát các khoản vay.\n"
        "2. Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo các ngân hàng thương mại giãn nợ "
        "cho các hộ bị thiệt hại.\n"
    )
    assert _leads(body) == [
        ("Bộ Tài chính", "Rà soát các khoản va"),
        ("Ngân hàng Nhà nước Việt Nam", "Chỉ đạo các ngân hàn"),
    ]


def test_a_post_a_duty_title_names_leads_its_items() -> None:
    # "Điều 12. Trách nhiệm của Văn thư cơ quan": the post is the lead of the items below;
    # a board's own post ("Trưởng ban") holds powers and stays without tasks
    body = (
        "Điều 12. Trách nhiệm của Văn thư cơ quan\n"
        "1. Tiếp nhận, quản lý con dấu điện tử của cơ quan.\n"
        "2. Kiểm tra tính hợp lệ của văn bản điện tử trước khi phát hành.\n"
    )
    assert _leads(body) == [
        ("Văn thư cơ quan", "Tiếp nhận, quản lý c"),
        ("Văn thư cơ quan", "Kiểm tra tính hợp lệ"),
    ]
    board = "Điều 5. Trách nhiệm của Trưởng ban\n1. Chỉ đạo các hoạt động của Ban.\n"
    assert _leads(board) == []


def test_thong_bao_to_someone_opens_work_the_issuers_notice_does_not() -> None:
    # "…; đồng thời, thông báo cho … biết": a duty to notify; "Bộ … thông báo để các đơn
    # vị biết và thực hiện" is the issuer's notice of the document itself
    body = (
        "Sở Nội vụ cấp lại tài khoản trong 01 ngày làm việc; đồng thời, thông báo cho cơ "
        "quan quản lý trực tiếp biết.\n"
        "Bộ Y tế thông báo để các đơn vị biết và thực hiện.\n"
    )
    assert _leads(body) == [
        ("Sở Nội vụ", "Cấp lại tài khoản tr"),
        ("Sở Nội vụ", "Thông báo cho cơ qua"),
    ]


def test_a_footnote_whose_mark_stands_on_a_line_of_its_own_is_no_work() -> None:
    # "[2]" alone on its line, the footnote's text on the next: a note, not an item
    body = (
        "1. Sở Nông nghiệp và Môi trường rà soát thiệt hại do mưa lũ[2].\n"
        "[2]\n"
        "Theo thống kê của Sở Tài chính, đợt mưa lũ vừa qua đã làm 12 nhà bị sập.\n"
    )
    assert _leads(body) == [("Sở Nông nghiệp và Môi trường", "Rà soát thiệt hại do")]


def test_how_a_board_works_is_no_work() -> None:
    # "Ban Chỉ đạo làm việc theo nguyên tắc …" (also "theo chế độ kiêm nhiệm"): the board's
    # working principle, not work given to it
    body = (
        "1. Ban Chỉ đạo làm việc theo nguyên tắc tập trung, dân chủ, đề cao trách nhiệm của "
        "Trưởng ban; Trưởng ban là người quyết định cuối cùng.\n"
        "2. Sở Nội vụ làm việc theo chế độ kiêm nhiệm.\n"
        "3. Sở Nội vụ rà soát danh sách thành viên Ban Chỉ đạo.\n"
    )
    assert _leads(body) == [("Sở Nội vụ", "Rà soát danh sách th")]


def test_an_ellipsis_after_a_word_stays_in_the_action() -> None:
    # "công an,... hỗ trợ": three dots after a comma or a letter are the text's own "…";
    # dots after a blank ("Số: .../QĐ") or a longer run stay a form's leader
    body = "Sở Nội vụ huy động lực lượng quân đội, công an,... hỗ trợ sửa chữa nhà cửa."
    assert [action for _, _, action, _ in _full_tasks(_extract(body))] == [
        "Huy động lực lượng quân đội, công an,... hỗ trợ sửa chữa nhà cửa."
    ]
