"""Task rules added after held-out round 2: lead-ins that name bodies, headings that hand
work on, closing formulas, bracketed roles."""

from __future__ import annotations

from cascade.extract import Extraction, extract_text
from cascade.extract.closings import is_closing
from cascade.extract.roles import RoleBracket, split_role_bracket

FRAME = """BỘ Y TẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 100/BYT-PB
Hà Nội, ngày 19 tháng 8 năm 2025
V/v thử nghiệm quy tắc
{addressees}
{body}
Nơi nhận:
- Như trên;
- Lưu: VT, PB.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Đỗ Minh Khoa
"""


def _extract(body: str, addressees: str = "") -> Extraction:
    return extract_text(FRAME.format(addressees=addressees, body=body))


def _tasks(extraction: Extraction) -> list[tuple[str, str, str, str | None]]:
    """(lead, force, action, lead of the implemented obligation) per obligation."""
    cascade = extraction.cascade
    names = {o.id: o.name for o in cascade.organisations} | {g.id: g.name for g in cascade.groups}
    lead_of = {ob.id: ob.lead for ob in cascade.obligations}
    return [
        (
            names[ob.lead],
            ob.force.value,
            ob.action,
            names[lead_of[ob.implements]] if ob.implements else None,
        )
        for ob in cascade.obligations
    ]


def _leads(body: str) -> list[tuple[str, str]]:
    """(lead, action's first 20 characters) per obligation of a letter with ``body``."""
    return [(lead, action[:20]) for lead, _, action, _ in _tasks(_extract(body))]


def _addressees(extraction: Extraction) -> list[str]:
    cascade = extraction.cascade
    names = {o.id: o.name for o in cascade.organisations} | {g.id: g.name for g in cascade.groups}
    return [names[a] for a in cascade.documents[0].addressees]


def test_a_lead_in_that_names_bodies_gives_them_the_items() -> None:
    body = (
        "Ban Thường vụ Tỉnh ủy yêu cầu các huyện ủy, thành ủy tập trung thực hiện tốt "
        "một số nội dung sau:\n"
        "1. Chỉ đạo rà soát quy hoạch cấp ủy các cấp.\n"
        "2. Ban Tổ chức Tỉnh ủy hướng dẫn, theo dõi việc thực hiện.\n"
    )
    assert _tasks(_extract(body)) == [
        ("các huyện ủy, thành ủy", "assign", "Chỉ đạo rà soát quy hoạch cấp ủy các cấp.", None),
        ("Ban Tổ chức Tỉnh ủy", "assign", "Hướng dẫn, theo dõi việc thực hiện.", None),
    ]


def test_a_heading_that_directs_a_body_hands_its_items_on() -> None:
    body = (
        "Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo triển khai các nội dung sau:\n"
        "1. Chỉ đạo Sở Y tế:\n"
        "a) Tăng cường giám sát, phát hiện sớm ca bệnh.\n"
        "b) Chuẩn bị đầy đủ thuốc, vật tư.\n"
        "2. Chỉ đạo Sở Giáo dục và Đào tạo hướng dẫn học sinh phòng bệnh.\n"
    )
    committees = "Ủy ban nhân dân các tỉnh, thành phố"
    assert _tasks(_extract(body)) == [
        (committees, "request", "Chỉ đạo Sở Y tế:", None),
        ("Sở Y tế", "request", "Tăng cường giám sát, phát hiện sớm ca bệnh.", committees),
        ("Sở Y tế", "request", "Chuẩn bị đầy đủ thuốc, vật tư.", committees),
        (
            committees,
            "request",
            "Chỉ đạo Sở Giáo dục và Đào tạo hướng dẫn học sinh phòng bệnh.",
            None,
        ),
        # what is only requested of the committees is only requested of those they direct
        ("Sở Giáo dục và Đào tạo", "request", "Hướng dẫn học sinh phòng bệnh.", committees),
    ]


def test_closing_formulas_are_not_tasks() -> None:
    for closing in (
        "Thực hiện Chỉ thị này./.",
        "quan tâm chỉ đạo, thực hiện.",
        "nghiêm túc triển khai thực hiện Kế hoạch này",
        "Trân trọng cảm ơn sự phối hợp của Quý Ủy ban./.",
    ):
        assert is_closing(closing), closing
    assert not is_closing("Chỉ đạo Sở Y tế tổ chức thực hiện Kế hoạch này")
    # in a numbered item, "Giao X chỉ đạo thực hiện Kế hoạch này" is an assignment
    assert is_closing("chỉ đạo thực hiện Kế hoạch này")
    assert not is_closing("chỉ đạo thực hiện Kế hoạch này", paragraph=False)
    assert not is_closing("Thực hiện chế độ báo cáo định kỳ")


def test_without_kinh_gui_the_closing_formula_names_the_addressees() -> None:
    body = (
        "1. Giao Sở Xây dựng kiểm tra các công trình công cộng.\n"
        "Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện nghiêm túc thực hiện "
        "Chỉ thị này./.\n"
    )
    extraction = _extract(body)
    assert _addressees(extraction) == ["các sở, ban, ngành", "UBND các huyện"]
    assert [t[0] for t in _tasks(extraction)] == ["Sở Xây dựng"]


def test_with_kinh_gui_the_closing_formula_adds_no_addressee() -> None:
    body = (
        "1. Kiểm tra các công trình công cộng.\n"
        "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.\n"
    )
    extraction = _extract(body, addressees="Kính gửi: Sở Xây dựng.")
    assert _addressees(extraction) == ["Sở Xây dựng"]


def test_a_bracket_after_a_task_names_its_roles_and_time() -> None:
    bracket = split_role_bracket(
        "Rà soát cơ chế hỗ trợ doanh nghiệp (Sở Khoa học và Công nghệ chủ trì, phối hợp với "
        "Sở Tư pháp; hoàn thành trong quý II/2025)."
    )
    assert bracket == RoleBracket(
        "Rà soát cơ chế hỗ trợ doanh nghiệp",
        "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tư pháp",
        None,
        "hoàn thành trong quý II/2025",
    )
    labelled = split_role_bracket(
        "Xây dựng Trung tâm dữ liệu (Cơ quan chủ trì: Sở Y tế; Cơ quan phối hợp: Công an tỉnh; "
        "Thời gian: 2025 - 2026)"
    )
    assert labelled == RoleBracket(
        "Xây dựng Trung tâm dữ liệu", "Sở Y tế", "Công an tỉnh", "2025 - 2026"
    )
    assert split_role_bracket("Triển khai Kế hoạch số 251-KH/TU (gửi kèm).") is None


def test_bracketed_roles_become_the_task_s_roles() -> None:
    body = (
        "Ủy ban nhân dân thành phố giao nhiệm vụ như sau:\n"
        "a. Tuyên truyền sâu rộng Nghị quyết (Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp "
        "với Báo Cần Thơ; thời gian: thường xuyên).\n"
        "b. Xây dựng chính sách thu hút nhân lực (Sở Nội vụ chủ trì; trình Ủy ban nhân dân "
        "thành phố trong quý III/2025).\n"
    )
    extraction = _extract(body)
    cascade = extraction.cascade
    names = {o.id: o.name for o in cascade.organisations} | {g.id: g.name for g in cascade.groups}
    first, second = cascade.obligations
    assert (names[first.lead], first.action) == (
        "Sở Văn hóa, Thể thao và Du lịch",
        "Tuyên truyền sâu rộng Nghị quyết",
    )
    assert [names[c] for c in first.coordinators] == ["Báo Cần Thơ"]
    assert first.deadline.kind == "continuous"
    assert names[second.lead] == "Sở Nội vụ" and second.deadline.kind == "period"
    assert [(names[r.reporter], names[r.recipient]) for r in extraction.report_lines] == [
        ("Sở Nội vụ", "Ủy ban nhân dân thành phố")
    ]


def test_items_lettered_with_a_dot_and_opening_phrases() -> None:
    body = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Khoa học và Công nghệ\n"
        "a. Là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
        "b. Căn cứ nhiệm vụ được giao, xây dựng kế hoạch cụ thể, hoàn thành trước ngày 30/4/2025.\n"
        "Trong quá trình thực hiện, nếu có khó khăn, các cơ quan, đơn vị kịp thời phản ánh về "
        "Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân thành phố./.\n"
    )
    extraction = _extract(body)
    assert [(t[0], t[2][:30]) for t in _tasks(extraction)] == [
        ("Sở Khoa học và Công nghệ", "Theo dõi, đôn đốc việc thực hi"),
        ("Sở Khoa học và Công nghệ", "Căn cứ nhiệm vụ được giao, xây"),
    ]  # whom to turn to with difficulties is no task, even when it names its subject
    assert not extraction.report_lines


def test_a_guessed_or_lossy_deadline_is_marked_for_review() -> None:
    body = (
        "1. Giao Sở Y tế định kỳ 6 tháng, trước ngày 15/6 và 15/12, báo cáo Bộ Y tế.\n"
        "2. Giao Sở Tài chính rà soát kinh phí, báo cáo vào tháng 11 hằng năm.\n"
    )
    half, yearly = _extract(body).cascade.obligations
    assert half.note is not None and "15/12 is lost" in half.note
    assert yearly.note is not None and "gives no day" in yearly.note


def test_topics_listed_under_a_lead_in_are_not_tasks() -> None:
    body = (
        "Ủy ban nhân dân tỉnh đề nghị các cơ quan báo chí tuyên truyền các nội dung sau:\n"
        "1. Những thành tựu nổi bật của tỉnh sau 50 năm giải phóng.\n"
        "2. Gương người tốt, việc tốt trong phong trào thi đua.\n"
        "3. Mở chuyên mục về chuyển đổi số, hoàn thành trong quý II/2025.\n"
    )
    assert [(t[0], t[2]) for t in _tasks(_extract(body))] == [
        ("các cơ quan báo chí", "Mở chuyên mục về chuyển đổi số, hoàn thành trong quý II/2025.")
    ]


TELEGRAM = """THỦ TƯỚNG CHÍNH PHỦ
Số: 999/CĐ-TTg
Hà Nội, ngày 20 tháng 11 năm 2025

CÔNG ĐIỆN
Về việc đẩy nhanh tiến độ cập nhật dữ liệu đất đai

Thủ tướng Chính phủ yêu cầu:

1. Bộ Nông nghiệp và Môi trường khẩn trương hoàn thành việc cập nhật dữ liệu đất đai.
Thời hạn hoàn thành: trước ngày 30/11/2025.

2. Bộ Tài chính rà soát, bố trí kinh phí cho các địa phương.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Trần Văn Nam
"""


def test_an_item_whose_only_label_is_its_time_keeps_its_own_lead() -> None:
    # "Thời hạn hoàn thành:" alone below an item is no labelled row: the item names who acts
    extraction = extract_text(TELEGRAM)
    names = {o.id: o.name for o in extraction.cascade.organisations}
    by_lead = {names[ob.lead]: ob for ob in extraction.cascade.obligations}
    assert set(by_lead) == {"Bộ Nông nghiệp và Môi trường", "Bộ Tài chính"}
    first = by_lead["Bộ Nông nghiệp và Môi trường"]
    assert first.action.startswith("Khẩn trương hoàn thành việc cập nhật")
    assert first.deadline.kind == "absolute" and str(first.deadline.due) == "2025-11-30"


def test_a_name_ending_in_duoc_is_no_passive() -> None:
    # "Dược" (medicine) folds as "được" does; a capitalised word is the name's own
    extraction = _extract("1. Cục Quản lý Dược rà soát danh mục thuốc.\n")
    names = {o.id: o.name for o in extraction.cascade.organisations}
    assert [(names[ob.lead], ob.action) for ob in extraction.cascade.obligations] == [
        ("Cục Quản lý Dược", "Rà soát danh mục thuốc.")
    ]
    passive = _extract("1. Các trường được kết nối với hệ thống.\n")
    assert passive.cascade.obligations == ()
