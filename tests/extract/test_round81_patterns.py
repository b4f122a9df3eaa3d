"""Patterns from held-out round 81 (a circular on selecting investors on the national
e-procurement system), each on a text of its own in the same shape."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import by_lead, decree


def _decree(body: str) -> str:
    return decree(
        body,
        number="41/2026/NĐ-CP",
        date="ngày 12 tháng 5 năm 2026",
        title="Quy định về lựa chọn nhà thầu cung cấp thuốc qua mạng",
        signer="Lê Văn Tâm",
        closing=9,
    )


def test_parties_of_a_selection_named_by_their_part_take_their_steps() -> None:
    # "Bên mời thầu đăng tải …", "… thì bên mời thầu phải cập nhật …", "nhà đầu tư gửi …":
    # the bid solicitor and the investor by their part, "mời" no verb of the name
    text = _decree(
        "Điều 3. Phát hành hồ sơ mời thầu\n"
        "1. Bên mời thầu công khai danh mục thuốc trên Cổng thông tin ngay sau khi kế "
        "hoạch được duyệt.\n"
        "2. Trường hợp thay đổi danh mục thuốc thì bên mời thầu phải gửi văn bản sửa đổi "
        "đến các nhà thầu đã mua hồ sơ.\n"
        "3. Trường hợp cần làm rõ danh mục, nhà đầu tư gửi đề nghị làm rõ qua Cổng thông "
        "tin trước ngày đóng thầu.\n"
        "4. Nhà thầu nước ngoài là tổ chức được thành lập theo pháp luật nước ngoài.\n"
    )
    found = by_lead(text)
    assert ("bên mời thầu", "công khai") in found
    assert ("bên mời thầu", "gửi văn") in found
    assert ("nhà đầu tư", "gửi đề") in found
    assert not any(lead.startswith("nhà thầu") for lead, _ in found)


def test_a_duty_title_of_a_party_by_its_part_leads_its_items() -> None:
    # "Điều 29. Trách nhiệm của nhà đầu tư" over items with no subject of their own
    text = _decree(
        "Điều 6. Trách nhiệm của nhà thầu\n"
        "1. Đăng ký tham gia Cổng thông tin trước ngày đóng thầu.\n"
        "2. Theo dõi các thông tin trên Cổng thông tin đối với gói thầu mà nhà thầu tham "
        "dự.\n"
    )
    found = by_lead(text)
    assert ("nhà thầu", "đăng ký") in found
    assert ("nhà thầu", "theo dõi") in found


def test_the_time_to_post_one_paper_dates_no_other_duty() -> None:
    # "1. Thời gian đăng tải: … không muộn hơn 05 ngày làm việc, kể từ ngày văn bản này
    # được ban hành": when the plan is posted, not a term for the whole document
    text = _decree(
        "Điều 2. Danh mục thuốc\n"
        "Sở Y tế hướng dẫn các bệnh viện lập danh mục thuốc.\n"
        "Điều 3. Thông tin về kế hoạch mua sắm\n"
        "1. Thời gian đăng tải:\n"
        "Kế hoạch mua sắm được đăng tải trên Cổng thông tin không muộn hơn 05 ngày làm "
        "việc, kể từ ngày văn bản này được ban hành.\n"
        "2. Tài liệu đính kèm:\n"
        "Bệnh viện đính kèm quyết định phê duyệt kế hoạch.\n"
    )
    cascade = extract_text(text).cascade
    (guide,) = [ob for ob in cascade.obligations if ob.action.startswith("Hướng dẫn")]
    assert guide.deadline is None or guide.deadline.kind != "event"
