"""Leftovers of held-out round 97 read on texts of their own: a term in hours from a moment
the procedure names, a paper attached while a posting is made, files and software that are no
groups of bodies, names that hold "qua mạng" and "quốc gia có", and a public service unit
listed after companies."""

from __future__ import annotations

from cascade.extract.deadlines import find_deadline
from cascade.extract.orgs import parse_org_list

from .decree_frame import circular, deadline_kinds


def _kinds(body: str) -> dict[str, str]:
    text = circular(
        body,
        ministry="Bộ Kế hoạch và Đầu tư",
        number="31/2024/TT-BKHĐT",
        date="ngày 20 tháng 11 năm 2024",
        title="Hướng dẫn việc mở thầu qua mạng",
        signer="Nguyễn Chí Dũng",
    )
    return deadline_kinds(text)


_OPENING = """Điều 28. Mở thầu đối với lựa chọn nhà thầu qua mạng
1. Bên mời thầu phải tiến hành mở thầu và công khai biên bản mở thầu trên Hệ thống trong thời
hạn 02 giờ kể từ thời điểm đóng thầu.
2. Chủ đầu tư phải đính kèm quyết định phê duyệt kế hoạch lựa chọn nhà thầu trong quá trình
đăng tải kế hoạch lựa chọn nhà thầu.
"""


def test_hours_from_a_named_moment_and_a_posting_under_way_are_events() -> None:
    assert _kinds(_OPENING) == {"tiến": "event", "đính": "event"}


def test_a_term_of_the_duty_after_a_receipt_is_not_the_receipts() -> None:
    # "… là đầu mối tiếp nhận …; trong vòng 24 giờ kể từ khi tiếp nhận có trách nhiệm cập nhật
    # …": the term belongs to the duty after it, not to a receipt "có trách nhiệm …"
    text = "trong vòng 24 giờ kể từ khi tiếp nhận có trách nhiệm cập nhật các quyết định"
    assert find_deadline(text) is None


_FILES = """Điều 5. Quy định về định dạng của tệp tin (file) đính kèm
1. Tệp tin (file) đăng tải trên Hệ thống phải bảo đảm:
a) Các file mở, đọc được bằng các phần mềm thông dụng như: các phần mềm đọc, soạn thảo văn bản;
b) Các file nén mở được bằng các phần mềm giải nén thông dụng;
c) Không bị nhiễm virus, không bị lỗi, hỏng và không thiết lập mật khẩu.
2. Cục Quản lý đấu thầu có trách nhiệm hướng dẫn định dạng tệp tin.
"""


def test_files_and_software_are_no_group_of_bodies() -> None:
    # "Các file mở, đọc được …": a format the files must have, no work of "các file"
    assert _kinds(_FILES) == {"hướng": "continuous"}


def test_online_bidding_and_a_national_body_keep_their_names_whole() -> None:
    for text, name in (
        (
            "Trung tâm Đấu thầu qua mạng quốc gia có trách nhiệm vận hành Hệ thống.",
            "Trung tâm Đấu thầu qua mạng quốc gia",
        ),
        # "gia có" folds as "gia cố" (to reinforce) does: written right, it is no verb
        ("Trung tâm Dữ liệu quốc gia có trách nhiệm kết nối.", "Trung tâm Dữ liệu quốc gia"),
    ):
        assert [m.text for m in parse_org_list(text)[0]] == [name]


def test_a_public_service_unit_is_a_kind_of_its_own_after_companies() -> None:
    text = (
        "Giám đốc Công an tỉnh, người đứng đầu doanh nghiệp, đơn vị sự nghiệp công lập có "
        "trách nhiệm phổ biến Thông tư này."
    )
    names = [m.text for m in parse_org_list(text, lowercase_ok=True)[0]]
    assert names == ["Công an tỉnh", "doanh nghiệp", "đơn vị sự nghiệp công lập"]
