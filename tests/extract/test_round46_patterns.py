"""Patterns found in held-out round 46 (a legal-text site's page whose header and signature
cells were rendered with spaces inside words; a plan attached after the signature), each
checked on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text
from cascade.extract.spaced_letters import closed_up, is_spaced

from .test_task_rules import _extract, _tasks

_SPACED_PAGE = """*Source: https://example.org/van-ban/Quyet-dinh-517-QD-UBND-2019.aspx*

# Quyết định 517/QĐ-UBND năm 2019

| ỦY B AN NHÂN D Â N T ỈNH L ÂM Đ Ồ NG ------- | {motto} |
|---|---|
| Số: 517/QĐ - U B ND | L âm Đ ồng, ngày 14 tháng 3 năm 2019 |

QUYẾT ĐỊNH

BAN HÀNH KẾ HOẠCH CHĂM SÓC RỪNG PHÒNG HỘ NĂM 2019

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG

Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chăm sóc rừng phòng hộ năm 2019.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

| {distribution} | KT. CH Ủ TỊ CH P HÓ CHỦ T Ị CH Đ ặ ng T h ị Lan |
|---|---|

KẾ HOẠCH

CHĂM SÓC RỪNG PHÒNG HỘ NĂM 2019 (Ban hành kèm theo Quyết định số 517/QĐ-UBND ngày 14 tháng 3
năm 2019 của Ủy ban nhân dân tỉnh)

I. TỔ CHỨC THỰC HIỆN

1. Sở Nông nghiệp và Phát triển nông thôn

- Hướng dẫn các Ban quản lý rừng phòng hộ chăm sóc diện tích rừng trồng năm 2018.

2. Ủy ban nhân dân các huyện

- Kiểm tra việc chăm sóc rừng trên địa bàn, báo cáo kết quả về Sở Nông nghiệp và Phát triển
nông thôn.
""".format(
    motto="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
    distribution=(
        "Nơi nhận: - Như Điều 2; - B ộ N ô ng ngh i ệ p v à P T N T ; - L ư u : V T , N N."
    ),
)


def test_a_row_spaced_inside_its_words_is_closed_up() -> None:
    assert is_spaced("| ỦY B AN NHÂN D Â N T ỈNH ------- | CỘNG HÒA |")
    assert closed_up("ỦY B AN NHÂN D Â N T HÀNH P HỐ C ẦN T HƠ") == (
        "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"
    )
    assert closed_up("KT. CH Ủ TỊ CH P HÓ CHỦ T Ị CH Ph ạ m Văn Tâm") == (
        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Phạm Văn Tâm"
    )
    assert closed_up("Số: 41/KH - U B ND") == "Số: 41/KH - UBND"
    # whole words stay apart, a row of prose is not spaced
    assert closed_up("Độc lập - Tự do - Hạnh phúc") == "Độc lập - Tự do - Hạnh phúc"
    assert not is_spaced("| Số: 41/KH-UBND | Cần Thơ, ngày 2 tháng 5 năm 2020 |")
    assert not is_spaced("| Nơi nhận: - Như Điều 3; - Lưu: VT, TH. | CHỦ TỊCH Lê Văn A |")


def test_a_spaced_header_and_signature_are_read_and_the_plan_after_them() -> None:
    extraction = extract_text(_SPACED_PAGE)
    document = extraction.cascade.documents[0]
    assert document.identifier == "517/QĐ-UBND"
    assert str(document.date) == "2019-03-14"
    assert document.signer is not None
    assert (document.signer.name, document.signer.title) == ("Đặng Thị Lan", "Phó Chủ tịch")
    names = {o.id: o.name for o in extraction.cascade.organisations}
    assert names[document.issuer] == "Ủy ban nhân dân tỉnh Lâm Đồng"
    tasks = _tasks(extraction)
    assert any(
        lead == "Sở Nông nghiệp và Phát triển nông thôn" and "Hướng dẫn các Ban" in action
        for lead, _, action, _ in tasks
    )
    assert any("Kiểm tra việc chăm sóc rừng" in action for _, _, action, _ in tasks)


def test_a_quarterly_report_due_on_a_day_of_the_quarters_last_month() -> None:
    body = (
        "1. Ủy ban nhân dân các huyện tổng hợp, báo cáo kết quả cấp phát định kỳ hằng quý gửi "
        "Sở Tài chính (trước ngày 15 tháng cuối quý).\n"
        "2. Sở Y tế báo cáo tình hình dịch bệnh định kỳ hằng quý, trước ngày 10 tháng đầu quý."
    )
    deadlines = [ob.deadline for ob in _extract(body).cascade.obligations]
    assert [(d.kind, d.every, d.month, d.day) for d in deadlines] == [  # type: ignore[union-attr]
        ("recurring", "quarter", 3, 15),
        ("recurring", "quarter", 1, 10),
    ]


def test_work_that_starts_after_an_event_is_due_on_the_time_stated_after_it() -> None:
    steps = (
        "1. Bước 1: Nghiệm thu rừng trồng.\n\n"
        "Sau khi Ủy ban nhân dân các huyện hoàn thành việc trồng rừng, Sở Nông nghiệp và Phát "
        "triển nông thôn tổ chức nghiệm thu diện tích rừng trồng; đồng thời, hướng dẫn các "
        "huyện lập hồ sơ thanh toán.\n\n"
        "Thời gian hoàn tất: trước ngày 30 tháng 11 năm 2025.\n\n"
        "2. Bước 2: Thanh toán kinh phí.\n\n"
        "Sau khi nhận đủ hồ sơ, Sở Tài chính thẩm định và cấp kinh phí cho các huyện.\n\n"
        "{time}"
    )
    timed = _extract(steps.format(time="Thời gian hoàn tất: trước ngày 15 tháng 12 năm 2025."))
    deadlines = [ob.deadline for ob in timed.cascade.obligations]
    assert [(d.kind, str(d.due)) for d in deadlines] == [  # type: ignore[union-attr]
        ("absolute", "2025-11-30"),
        ("absolute", "2025-11-30"),
        ("absolute", "2025-12-15"),
    ]
    # with no time stated after it, the event is when the work is due
    untimed = _extract(steps.format(time=""))
    assert untimed.cascade.obligations[-1].deadline.kind == "event"
