"""Patterns from held-out round 92 (a Prime Minister's decision re-forming a steering
committee, a ministry's circular on its inspectors' uniforms and cards), each on a text of
its own in the same shape."""

from __future__ import annotations

from .decree_frame import by_lead


def decision(body: str) -> str:
    """A Prime Minister's decision re-forming a council, ``body`` as its articles."""
    return f"""THỦ TƯỚNG CHÍNH PHỦ
Số: 512/QĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 3 năm 2026
QUYẾT ĐỊNH
Kiện toàn Hội đồng quốc gia về phát triển bền vững

THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Theo đề nghị của Bộ trưởng Bộ Tài chính,
QUYẾT ĐỊNH:
{body}
Điều 9. Quyết định này có hiệu lực thi hành kể từ ngày ký.
THỦ TƯỚNG

Lê Minh Hưng
"""


_MEMBERS = """Điều 1. Kiện toàn Hội đồng quốc gia về phát triển bền vững (gọi tắt là Hội đồng), gồm
các thành viên sau đây:
1. Chủ tịch Hội đồng: Phó Thủ tướng Chính phủ.
2. Phó Chủ tịch Hội đồng:
- Bộ trưởng Bộ Tài chính;
- 01 Thứ trưởng Bộ Xây dựng.
3. Các ủy viên:
- Bộ trưởng Bộ Y tế;
- 01 Thứ trưởng Bộ Công Thương;
- 02 Phó Chủ tịch Ủy ban nhân dân thành phố Hà Nội;
- 01 Phó Tổng Giám đốc Đài Truyền hình Việt Nam.
"""


def test_a_counted_seat_under_a_make_up_lead_in_is_no_work() -> None:
    # "3. Các ủy viên:" over "- 01 Thứ trưởng Bộ Công Thương;": who sits on the council
    found = by_lead(
        decision(
            _MEMBERS
            + """Điều 2. Bộ Tài chính có trách nhiệm báo cáo Thủ tướng Chính phủ kết quả hoạt động
của Hội đồng trước ngày 30 tháng 6 năm 2026.
"""
        )
    )
    assert found == {("bộ tài chính", "báo cáo")}


def test_a_duty_under_a_seat_is_still_work() -> None:
    # "Các ủy viên:" over a duty that opens with a verb, or a seat that is given work
    found = by_lead(
        decision(
            """Điều 3. Trách nhiệm của thành viên Hội đồng
1. Các ủy viên:
- Tham gia đầy đủ các phiên họp của Hội đồng;
- 01 Thứ trưởng Bộ Tài chính chịu trách nhiệm tổng hợp báo cáo của các ủy viên.
"""
        )
    )
    assert any(action.startswith("tham gia") for _, action in found)
    assert len(found) == 2


def test_a_steering_committees_duties_and_powers_are_no_work() -> None:
    # "Điều 2. Nhiệm vụ của Ban Chỉ đạo:" (what a standing committee is for) and "Điều 3.
    # Quyền hạn của Ban Chỉ đạo" (what it may ask of others): no task; the article after
    # them still gives work
    found = by_lead(
        decision(
            """Điều 1. Thành lập Ban Chỉ đạo quốc gia về chuyển đổi năng lượng (gọi tắt là Ban Chỉ
đạo) do Phó Thủ tướng Chính phủ làm Trưởng ban.
Điều 2. Nhiệm vụ của Ban Chỉ đạo:
1. Nghiên cứu, đề xuất với Thủ tướng Chính phủ các chủ trương về chuyển đổi năng lượng.
2. Giúp Thủ tướng Chính phủ chỉ đạo, đôn đốc các Bộ, ngành, địa phương thực hiện chương
trình chuyển đổi năng lượng.
Điều 3. Quyền hạn của Ban Chỉ đạo
1. Yêu cầu các Bộ, ngành, địa phương báo cáo, cung cấp thông tin về chuyển đổi năng lượng.
2. Mời đại diện các tổ chức quốc tế tham dự các cuộc họp của Ban Chỉ đạo.
Điều 4. Bộ Công Thương có trách nhiệm xây dựng Quy chế hoạt động của Ban Chỉ đạo, trình
Trưởng ban ban hành trong tháng 6 năm 2026.
"""
        )
    )
    assert found == {("bộ công thương", "xây dựng")}


def test_the_duties_of_an_inspection_team_are_still_work() -> None:
    # "Nhiệm vụ và quyền hạn của Đoàn kiểm tra": a team set up for a piece of work
    found = by_lead(
        decision(
            """Điều 1. Thành lập Đoàn kiểm tra liên ngành về an toàn thực phẩm (gọi tắt là Đoàn
kiểm tra).
Điều 2. Nhiệm vụ và quyền hạn của Đoàn kiểm tra
1. Kiểm tra việc chấp hành pháp luật về an toàn thực phẩm tại các địa phương.
2. Báo cáo Thủ tướng Chính phủ kết quả kiểm tra trước ngày 30 tháng 9 năm 2026.
"""
        )
    )
    assert ("đoàn kiểm tra", "kiểm tra") in found
    assert ("đoàn kiểm tra", "báo cáo") in found


def test_members_working_by_the_committees_rules_is_no_work() -> None:
    # "Các thành viên Ban Chỉ đạo làm việc theo Quy chế hoạt động … do Trưởng ban … ban
    # hành.": how the members work, no task
    found = by_lead(
        decision(
            """Điều 4. Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm. Các thành viên Ban Chỉ đạo làm
việc theo Quy chế hoạt động của Ban Chỉ đạo do Trưởng ban Chỉ đạo ban hành.
Điều 5. Bộ Công Thương có trách nhiệm bố trí kinh phí hoạt động của Ban Chỉ đạo.
"""
        )
    )
    assert found == {("bộ công thương", "bố trí")}


def circular(body: str) -> str:
    """A ministry's circular on its inspectors' cards, ``body`` as its articles."""
    return f"""BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 18/2026/TT-BNNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 4 năm 2026
THÔNG TƯ
Quy định về thẻ kiểm dịch viên động vật, thực vật

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư quy định về thẻ kiểm dịch viên.
{body}
Điều 15. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành từ ngày 01 tháng 6 năm 2026.
BỘ TRƯỞNG

Trần Đức Thắng
"""


def test_a_staff_kind_named_by_its_field_with_a_comma_pair_leads() -> None:
    # "Công chức, viên chức chuyên ngành kiểm dịch viên động vật, thực vật có trách nhiệm
    # …": one kind of staff, its field a pair of nouns joined by a comma
    found = by_lead(
        circular(
            """Điều 8. Quản lý thông tin
1. Công chức, viên chức chuyên ngành kiểm dịch viên động vật, thực vật có trách nhiệm cập
nhật, kê khai thông tin cá nhân trên cơ sở dữ liệu chuyên ngành.
2. Công chức, viên chức, doanh nghiệp có trách nhiệm phối hợp cung cấp thông tin.
"""
        )
    )
    staff = "công chức, viên chức chuyên ngành kiểm dịch viên động vật, thực vật"
    assert (staff, "cập nhật,") in found
    # a body after bare staff kinds is no part of their field
    assert not any("doanh nghiệp" in lead for lead, _ in found if lead.startswith("công chức"))


def test_must_hand_back_a_card_is_work() -> None:
    # "X phải nộp lại thẻ … cho cơ quan quản lý trực tiếp trong các trường hợp sau:": to hand
    # back a card, work after "phải" as after "có trách nhiệm"
    found = by_lead(
        circular(
            """Điều 9. Quản lý thẻ
1. Chi cục Kiểm dịch vùng phải nộp lại thẻ kiểm dịch viên cho Cục Bảo vệ thực vật trong các
trường hợp sau:
a) Giải thể;
b) Sáp nhập.
"""
        )
    )
    assert ("chi cục kiểm dịch vùng", "nộp lại") in found


def test_a_body_named_by_the_staff_it_has_equips_them() -> None:
    # "Cơ quan có công chức, viên chức … chịu trách nhiệm trang bị, … cấp phát …": the staff
    # says which body (not "Cơ quan" and a verb "có"), and equipping, issuing are work
    found = by_lead(
        circular(
            """Điều 12. Cấp phát trang phục
1. Đơn vị có viên chức chuyên ngành kiểm định kỹ thuật an toàn lao động chịu trách nhiệm trang
bị và cấp phát trang phục cho viên chức của đơn vị mình.
2. Thời gian cấp phát trang phục: mỗi năm một lần.
"""
        )
    )
    unit = "đơn vị có viên chức chuyên ngành kiểm định kỹ thuật an toàn lao động"
    assert (unit, "trang bị") in found
    assert not any(lead == "đơn vị" for lead, _ in found)
