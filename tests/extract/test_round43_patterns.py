"""Patterns found in held-out round 43 (OCR text of signed PDFs from the Government portal),
each checked on a text of its own, with OCR damage imitated where it matters."""

from __future__ import annotations

from cascade.extract import extract_text

from .test_task_rules import FRAME, _extract, _leads


def test_members_of_the_government_lead_as_members() -> None:
    body = (
        "Điều 2. Nhiệm vụ của Thành viên Chính phủ được phân công:\n\n"
        "1. Nhiệm vụ của Thành viên Chính phủ\n\n"
        "a) Chủ động lập kế hoạch làm việc với các tỉnh được phân công.\n\n"
        "b) Trực tiếp chỉ đạo tháo gỡ vướng mắc tại địa phương.\n"
    )
    # the members, each for their ministry, not the Government as one body
    assert _leads(body) == [
        ("Thành viên Chính phủ", "Chủ động lập kế hoạc"),
        ("Thành viên Chính phủ", "Trực tiếp chỉ đạo th"),
    ]
    assert _leads("Thành viên Chính phủ chủ trì làm việc với các địa phương được giao.\n") == [
        ("Thành viên Chính phủ", "Chủ trì làm việc với")
    ]


def test_a_comma_left_after_a_heading_name_keeps_the_heading() -> None:
    body = (
        "Điều 2. Tổ chức thực hiện\n"
        "1. Sở Y tế,\n\n"
        "a) Chủ trì, phối hợp với các sở, ngành liên quan tổ chức thực hiện Kế hoạch.\n\n"
        "b) Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.\n\n"
        "2. Sở Tài chính\n\n"
        "a) Bố trí kinh phí thực hiện Kế hoạch.\n"
    )
    assert _leads(body) == [
        ("Sở Y tế", "Chủ trì, phối hợp vớ"),
        ("Sở Y tế", "Tổng hợp kết quả, bá"),
        ("Sở Tài chính", "Bố trí kinh phí thực"),
    ]


def test_a_start_the_work_makes_way_for_is_its_deadline() -> None:
    body = (
        "Giao Sở Xây dựng chủ trì lập và phê duyệt dự án nâng cấp đường tỉnh 12 dé khởi "
        "công vào ngày 20 tháng 11 năm 2025.\n"
    )
    (ob,) = _extract(body).cascade.obligations
    assert ob.deadline is not None
    assert (ob.deadline.kind, str(ob.deadline.due)) == ("absolute", "2025-11-20")


def test_a_date_whose_words_lost_their_accents_is_still_a_date() -> None:
    body = (
        "Giao Sở Giao thông vận tải hoàn thành hồ sơ dự án cầu Bến Lức trước ngay 05 thang 11 "
        "nam 2025.\n"
    )
    (ob,) = _extract(body).cascade.obligations
    assert ob.deadline is not None
    assert (ob.deadline.kind, str(ob.deadline.due)) == ("absolute", "2025-11-05")


def test_a_report_of_difficulties_due_on_a_set_day_is_a_task() -> None:
    done = "Giao Sở Xây dựng chủ trì lập và phê duyệt dự án nâng cấp đường tỉnh 12. "
    dated = (
        "Trường hợp có khó khăn, vướng mắc, kịp thời báo cáo Ủy ban nhân dân tỉnh trước "
        "ngày 15 tháng 10 năm 2025.\n"
    )
    assert _leads(done + dated) == [
        ("Sở Xây dựng", "Chủ trì lập và phê d"),
        ("Sở Xây dựng", "Kịp thời báo cáo Ủy "),
    ]
    # with no day set, whom to turn to, as before
    undated = "Trường hợp có khó khăn, vướng mắc, kịp thời báo cáo Ủy ban nhân dân tỉnh.\n"
    assert _leads(done + undated) == [("Sở Xây dựng", "Chủ trì lập và phê d")]


def test_a_distribution_list_whose_n_the_ocr_read_as_w_ends_the_body() -> None:
    body = "Giao Sở Y tế kiểm tra các cơ sở khám bệnh trên địa bàn.\n"
    text = FRAME.format(addressees="", body=body).replace("Nơi nhận:", "_ Wơi nhận:")
    extraction = extract_text(text)
    assert [ob.action for ob in extraction.cascade.obligations] == [
        "Kiểm tra các cơ sở khám bệnh trên địa bàn."
    ]
    assert extraction.cascade.documents[0].signer is not None


_FORWARDED = """SỞ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
_ Độc lập - Tự do - Hanh phúc
Số: 812 /SXD- QLN Hà Nội, ngày 02 thang 10 năm 2025
Sở Xây dựng đề nghị Ủy ban nhân dân tỉnh xem xét, chỉ đạo Sở Tài chính bố trí vốn.
Sở Xây dựng sẽ hoàn thiện hồ sơ dự án, báo cáo Ủy ban nhân dân tỉnh./.
"""


def test_another_bodys_letter_after_the_signature_gives_no_tasks() -> None:
    body = "Giao Sở Y tế kiểm tra các cơ sở khám bệnh trên địa bàn.\n"
    text = FRAME.format(addressees="", body=body) + "\n" + _FORWARDED
    extraction = extract_text(text)
    assert [ob.action for ob in extraction.cascade.obligations] == [
        "Kiểm tra các cơ sở khám bệnh trên địa bàn."
    ]


def test_the_members_of_the_government_with_cac_lead_as_members() -> None:
    body = "Các Thành viên Chính phủ trực tiếp làm việc với các địa phương được phân công.\n"
    assert _leads(body) == [("Các Thành viên Chính phủ", "Trực tiếp làm việc v")]


def test_phan_cong_nhiem_vu_before_the_bodies_assigns_them() -> None:
    body = (
        "Điều 1. Phân công nhiệm vụ Sở Y tế, Sở Nội vụ chủ trì làm việc với các xã để tháo gỡ "
        "vướng mắc.\n"
    )
    assert _leads(body) == [
        ("Sở Y tế", "Chủ trì làm việc với"),
        ("Sở Nội vụ", "Chủ trì làm việc với"),
    ]


def test_tap_doan_as_the_ocr_prints_it_heads_a_name() -> None:
    body = "Giao Tap đoàn Điện lực Việt Nam kiểm tra hệ thống lưới điện trên địa bàn.\n"
    assert _leads(body) == [("Tap đoàn Điện lực Việt Nam", "Kiểm tra hệ thống lư")]


def test_binh_doan_heads_a_name() -> None:
    body = "Giao Binh đoàn 15 kiểm tra hệ thống đường tuần tra biên giới.\n"
    assert _leads(body) == [("Binh đoàn 15", "Kiểm tra hệ thống đư")]
