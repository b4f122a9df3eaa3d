"""Patterns held-out round 27 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a resolution of a
people's council or of a ministry's letter (the frame of ``test_task_rules``).
"""

from __future__ import annotations

from cascade.extract import Extraction

from .test_task_rules import _extract, _leads


def _deadlines(extraction: Extraction) -> list[str]:
    found = []
    for ob in extraction.cascade.obligations:
        start = getattr(ob.deadline, "start", None)
        end = getattr(ob.deadline, "end", None) or getattr(ob.deadline, "due", "")
        found.append(" ".join(str(part) for part in (ob.deadline.kind, start, end) if part))
    return found


def test_duties_announced_as_following_are_the_named_body_s() -> None:
    # "X có trách nhiệm sau đây:" over lettered items: each item is X's duty
    body = (
        "Điều 6. Tổ chức thực hiện\n"
        "1. Ủy ban nhân dân tỉnh Hà Lam có trách nhiệm sau đây:\n"
        "a) Bảo đảm kinh phí để triển khai các chính sách;\n"
        "b) Kiểm tra việc thực hiện chính sách tại các xã.\n"
    )
    assert _leads(body) == [
        ("Ủy ban nhân dân tỉnh Hà Lam", "Bảo đảm kinh phí để "),
        ("Ủy ban nhân dân tỉnh Hà Lam", "Kiểm tra việc thực h"),
    ]


def test_items_under_a_named_body_s_duties_do_not_open_with_a_body() -> None:
    # under "X có trách nhiệm như sau:" an item "Tổ chức thanh tra …" is X's work ("tổ chức":
    # to organise), not the duty of a body called "Tổ chức"
    body = (
        "Điều 6. Tổ chức thực hiện\n"
        "1. Ủy ban nhân dân tỉnh Hà Lam có trách nhiệm như sau:\n"
        "a) Tổ chức thực hiện Nghị quyết;\n"
        "b) Tổ chức thanh tra việc chi trả tại các xã.\n"
    )
    assert _leads(body) == [
        ("Ủy ban nhân dân tỉnh Hà Lam", "Tổ chức thực hiện Ng"),
        ("Ủy ban nhân dân tỉnh Hà Lam", "Tổ chức thanh tra vi"),
    ]


def test_a_campaign_runs_through_all_its_phases() -> None:
    # "Thời gian thi đua chia thành 02 đợt:": the campaign's work runs from the first
    # phase's first day to the last phase's last day (the last naming its month once)
    body = (
        "1. Thời gian thi đua\n"
        "a) Thời gian thi đua chia thành 02 đợt:\n"
        "- Đợt 1: cao điểm trong 8 ngày làm việc (từ ngày 02 tháng 3 năm 2026 đến ngày "
        "11 tháng 3 năm 2026);\n"
        "- Đợt 2: thực hiện vét (từ ngày 16 đến ngày 18 tháng 3 năm 2026).\n"
        "2. Tổ chức thực hiện\n"
        "a) Sở Nội vụ tổ chức tuyên truyền, vận động người dân mở tài khoản.\n"
    )
    assert _deadlines(_extract(body)) == ["period 2026-03-02 2026-03-18"]


def test_a_one_stop_desk_is_a_body() -> None:
    # "Bộ phận Một cửa" (the one-stop desk; "cửa", a door, folds like "của", of) and "Bộ
    # phận Tiếp nhận và Trả kết quả" act in a procedure's steps
    body = (
        "1. Bước 2. Tiếp nhận hồ sơ\n"
        "- Bộ phận Một cửa tiến hành số hóa hồ sơ của công dân.\n"
        "- Bộ phận Tiếp nhận và Trả kết quả tiếp nhận hồ sơ của doanh nghiệp.\n"
    )
    assert _leads(body) == [
        ("Bộ phận Một cửa", "Tiến hành số hóa hồ "),
        ("Bộ phận Tiếp nhận và Trả kết quả", "Tiếp nhận hồ sơ của "),
    ]


def test_a_reform_s_before_and_after_is_no_work() -> None:
    # "+ Trước khi áp dụng: …" / "+ Sau khi áp dụng: …" under a body compare its work before
    # and after a reform; the item after them is work again
    body = (
        "1. Sở Tư pháp:\n"
        "+ Trước khi áp dụng: Tiếp nhận hồ sơ giấy của công dân.\n"
        "+ Sau khi áp dụng: Tiếp nhận hồ sơ điện tử trên Hệ thống.\n"
        "2. Sở Tư pháp tổ chức tập huấn cho cán bộ các xã.\n"
    )
    assert _leads(body) == [("Sở Tư pháp", "Tổ chức tập huấn cho")]


def test_a_capitalised_verb_of_two_words_stays_in_a_name() -> None:
    # "Văn phòng Đăng ký đất đai": "ký" (to sign) closes "Đăng ký" (registration), a word of
    # the name, and does not open the office's work
    body = "Văn phòng Đăng ký đất đai tỉnh Hà Lam cập nhật hồ sơ địa chính của các thửa đất.\n"
    assert _leads(body) == [("Văn phòng Đăng ký đất đai tỉnh Hà Lam", "Cập nhật hồ sơ địa c")]


def test_the_central_military_commission_is_a_party_committee() -> None:
    # "Quân ủy Trung ương" (the Party's military commission) heads an item of its own
    body = (
        "1. Quân ủy Trung ương chỉ đạo bảo đảm an toàn thông tin cho các hệ thống dữ liệu; "
        "phối hợp tổ chức tập huấn cho cán bộ.\n"
    )
    assert _leads(body) == [
        ("Quân ủy Trung ương", "Chỉ đạo bảo đảm an t"),
        ("Quân ủy Trung ương", "Phối hợp tổ chức tập"),
    ]


def test_a_standing_body_s_role_then_its_work() -> None:
    # "X là cơ quan thường trực, chủ trì theo dõi …": the role, then X's work; a body's
    # description ("là cơ quan …, thực hiện chức năng …") stays no work
    body = (
        "- Sở Tư pháp là cơ quan thường trực, chủ trì theo dõi việc thực hiện Kế hoạch; "
        "kịp thời tổng hợp kết quả.\n"
        "- Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thực hiện chức năng "
        "tham mưu về nội vụ.\n"
    )
    assert _leads(body) == [
        ("Sở Tư pháp", "Chủ trì theo dõi việ"),
        ("Sở Tư pháp", "Kịp thời tổng hợp kế"),
    ]
