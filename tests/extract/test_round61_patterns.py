"""Patterns found in held-out round 61 (the Official Gazette's text layer of a Government
decree issuing the Government's own working regulation, annexed after the decree's
signature: the duties and ways of work of each member, then the procedures step by step),
each checked on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .test_task_rules import _tasks

_DECREE = """CHÍNH PHỦ
Số: 58/2026/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 3 năm 2026
NGHỊ ĐỊNH
Quy định chế độ làm việc của Hội đồng Quốc gia về phát triển bền vững

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Chính phủ ban hành Nghị định quy định chế độ làm việc của Hội đồng Quốc gia về phát
triển bền vững.
{body}
TM. CHÍNH PHỦ
THỦ TƯỚNG

Trần Văn Khải
"""


def _by_lead(body: str) -> set[tuple[str, str]]:
    """(lead, the action's first two words), in lower case, per obligation of the decree."""
    tasks = _tasks(extract_text(_DECREE.format(body=body)))
    return {(lead.lower(), " ".join(action.split()[:2]).lower()) for lead, _, action, _ in tasks}


def test_a_title_on_duties_scope_and_ways_of_work_names_its_body() -> None:
    body = (
        "Điều 6. Trách nhiệm, phạm vi và cách thức làm việc của thành viên Hội đồng là\n"
        "Bộ trưởng, Thủ trưởng cơ quan ngang bộ\n"
        "1. Theo dõi việc thực hiện các mục tiêu phát triển bền vững trong ngành được giao.\n"
        "2. Gửi ý kiến bằng văn bản về các đề án trình Hội đồng.\n"
        "Điều 7. Trách nhiệm, quyền hạn của Bộ trưởng, Thủ trưởng cơ quan ngang bộ với tư\n"
        "cách người đứng đầu bộ, cơ quan ngang bộ\n"
        "1. Bố trí kinh phí thực hiện các nhiệm vụ về phát triển bền vững của bộ.\n"
        "Điều 8. Hiệu lực thi hành\n"
        "Nghị định này có hiệu lực thi hành từ ngày ký ban hành.\n"
    )
    found = _by_lead(body)
    for opening in ("theo dõi", "gửi ý", "bố trí"):
        assert ("các bộ, cơ quan ngang bộ", opening) in found


def test_what_a_member_abides_by_is_no_work() -> None:
    body = (
        "Điều 6. Trách nhiệm, phạm vi và cách thức làm việc của Bộ trưởng, Thủ trưởng\n"
        "cơ quan ngang bộ\n"
        "1. Thực hiện nghiêm các quyết nghị của Hội đồng; trường hợp có ý kiến khác thì vẫn\n"
        "phải chấp hành và được bảo lưu ý kiến theo quy định.\n"
        "2. Chịu trách nhiệm cá nhân trước Hội đồng về kết quả thực hiện các mục tiêu; về\n"
        "các đề xuất của bộ.\n"
        "3. Lập danh mục các chỉ tiêu phát triển bền vững của ngành.\n"
        "4. Thực hiện các cách thức khác theo quyết định của Chủ tịch Hội đồng.\n"
        "Điều 7. Hiệu lực thi hành\n"
        "Nghị định này có hiệu lực thi hành từ ngày ký ban hành.\n"
    )
    assert _by_lead(body) == {("các bộ, cơ quan ngang bộ", "lập danh")}


# the Gazette's reprint: no "Nơi nhận", the signature, its stamp, the next page's running
# header, then the regulation under the issuer's name and the motto again
_ISSUING = """CHÍNH PHỦ
Số: 77/2026/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 02 tháng 4 năm 2026

NGHỊ ĐỊNH
Ban hành Quy chế làm việc của Hội đồng Quốc gia về phát triển bền vững

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Chính phủ ban hành Nghị định ban hành Quy chế làm việc của Hội đồng.

Điều 1. Ban hành kèm theo Nghị định này Quy chế làm việc của Hội đồng.
Điều 2. Nghị định này có hiệu lực thi hành từ ngày ký ban hành.

 TM. CHÍNH PHỦ
THỦ TƯỚNG

Đỗ Quang Vinh
Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Cơ quan: VĂN PHÒNG CHÍNH PHỦ
Ngày ký: 2026-04-10 09:12:40 +07:00

CÔNG BÁO/Số 210/Ngày 12-04-2026
7

CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

QUY CHẾ
Làm việc của Hội đồng Quốc gia về phát triển bền vững
(Kèm theo Nghị định số 77/2026/NĐ-CP
ngày 02 tháng 4 năm 2026 của Chính phủ)

Điều 1. Chế độ báo cáo
1. Bộ Tài chính tổng hợp báo cáo tình hình thực hiện các mục tiêu gửi Hội đồng.
2. Bộ Nông nghiệp và Môi trường theo dõi các chỉ tiêu về môi trường.
{more}"""
# the regulation runs on far below the signature (the marker is no longer near the end)
_MORE = "".join(
    f"Điều {n}. Phiên họp thứ {n - 1} của Hội đồng\n"
    f"1. Phiên họp thứ {n - 1} bàn về chỉ tiêu nhóm {n - 1}.\n"
    f"2. Hồ sơ của phiên họp được lưu theo quy định.\n"
    for n in range(2, 14)
)


def test_the_signature_above_an_annexed_text_with_its_own_header_is_the_decrees() -> None:
    extraction = extract_text(_ISSUING.format(more=_MORE))
    signer = extraction.cascade.documents[0].signer
    assert signer is not None
    assert (signer.name, signer.title) == ("Đỗ Quang Vinh", "Thủ tướng")
    leads = {lead for lead, _, _, _ in _tasks(extraction)}
    assert {"Bộ Tài chính", "Bộ Nông nghiệp và Môi trường"} <= leads


def test_working_days_before_a_meeting_or_in_a_range_from_an_event_are_due_on_it() -> None:
    body = (
        "Điều 4. Chuẩn bị phiên họp của Hội đồng\n"
        "1. Bộ Tài chính gửi tài liệu họp đến các thành viên Hội đồng chậm nhất\n"
        "04 ngày làm việc trước ngày họp.\n"
        "2. Bộ Xây dựng gửi ý kiến về dự thảo trong thời hạn không ít hơn 03 ngày làm việc\n"
        "và không quá 07 ngày làm việc kể từ ngày nhận được hồ sơ.\n"
        "3. Bộ Công Thương gửi kiến nghị đến Bộ Ngoại giao chậm nhất sau 05 ngày làm việc\n"
        "sau khi kết thúc chuyến khảo sát.\n"
        "Điều 5. Hiệu lực thi hành\n"
        "Nghị định này có hiệu lực thi hành từ ngày ký ban hành.\n"
    )
    cascade = extract_text(_DECREE.format(body=body)).cascade
    assert [ob.deadline.kind for ob in cascade.obligations] == ["event", "event", "event"]


def test_a_term_of_no_more_than_days_after_a_scope_dates_every_part() -> None:
    body = (
        "Điều 4. Xử lý hồ sơ trình Hội đồng\n"
        "1. Đối với hồ sơ đã đủ thành phần, trong thời hạn không quá 04 ngày làm việc kể từ\n"
        "ngày nhận hồ sơ, Bộ Tài chính kiểm tra nội dung hồ sơ; lập phiếu trình Chủ tịch\n"
        "Hội đồng.\n"
        "Điều 5. Hiệu lực thi hành\n"
        "Nghị định này có hiệu lực thi hành từ ngày ký ban hành.\n"
    )
    cascade = extract_text(_DECREE.format(body=body)).cascade
    assert [ob.deadline.kind for ob in cascade.obligations] == ["event", "event"]


def test_bodies_acting_in_the_opening_clause_are_not_its_subject() -> None:
    body = (
        "Điều 4. Phát hành văn bản của Hội đồng\n"
        "1. Trong thời hạn 02 ngày làm việc kể từ ngày Bộ Tài chính, Bộ Xây dựng ký biên\n"
        "bản, Bộ Công Thương gửi biên bản đến các thành viên Hội đồng.\n"
        "2. Trường hợp chưa có hồ sơ nhưng Bộ Tài chính, Bộ Xây dựng có đề nghị, Bộ Công\n"
        "Thương tổng hợp đề nghị trình Chủ tịch Hội đồng.\n"
        "Điều 5. Hiệu lực thi hành\n"
        "Nghị định này có hiệu lực thi hành từ ngày ký ban hành.\n"
    )
    assert _by_lead(body) == {("bộ công thương", "gửi biên"), ("bộ công thương", "tổng hợp")}
