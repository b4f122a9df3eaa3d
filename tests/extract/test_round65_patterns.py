"""Patterns found in held-out round 65 (the Official Gazette's text layer of a Government
decree on the quality of a class of products: producers' duties on the standard they
declare, a lead-in closing a paragraph of several sentences, the ministries' remits beside
their work), each checked on a text of its own."""

from __future__ import annotations

from .decree_frame import by_lead, decree


def _decree(body: str) -> str:
    return decree(
        body,
        number="71/2026/NĐ-CP",
        date="ngày 09 tháng 3 năm 2026",
        title="Quy định về quản lý chất lượng giống thủy sản bản địa",
        signer="Nguyễn Minh Khang",
    )


def _by_lead(body: str) -> set[tuple[str, str]]:
    return by_lead(_decree(body))


def test_keeping_papers_is_work() -> None:
    body = (
        "Điều 8. Hồ sơ giống thủy sản\n"
        "1. Cơ sở sản xuất giống thủy sản bản địa có trách nhiệm lưu giữ nhật ký sản xuất\n"
        "trong thời gian ít nhất hai năm.\n"
    )
    assert ("cơ sở sản xuất giống thủy sản bản địa", "lưu giữ") in _by_lead(body)


def test_a_lead_in_closing_a_paragraph_gives_the_items_below() -> None:
    body = (
        "Điều 9. Công bố quy trình nuôi giữ giống\n"
        "1. Trường hợp áp dụng quy trình của nước ngoài, cơ sở sản xuất giống phải bảo đảm\n"
        "quy trình đó phù hợp với quy chuẩn kỹ thuật quốc gia. Đồng thời, cơ sở sản xuất\n"
        "giống có trách nhiệm:\n"
        "a) Niêm yết quy trình đã công bố tại nơi nuôi giữ giống;\n"
        "b) Gửi bản sao quy trình cho cơ quan kiểm tra khi được yêu cầu.\n"
        "2. Giống bố mẹ phải có nguồn gốc rõ ràng. Chi cục Thủy sản có trách nhiệm:\n"
        "a) Thẩm tra nguồn gốc giống bố mẹ;\n"
        "b) Công khai danh sách cơ sở đạt yêu cầu.\n"
    )
    found = _by_lead(body)
    assert ("cơ sở sản xuất giống", "niêm yết") in found
    assert ("cơ sở sản xuất giống", "gửi bản") in found
    assert ("chi cục thủy sản", "thẩm tra") in found
    assert ("chi cục thủy sản", "công khai") in found


def test_a_party_named_by_its_trade_in_the_country() -> None:
    body = (
        "Điều 10. Truy xuất giống thủy sản nhập khẩu\n"
        "1. Tổ chức, cá nhân nhập khẩu, ương dưỡng giống thủy sản tại Việt Nam có trách\n"
        "nhiệm gửi bản sao giấy chứng nhận kiểm dịch cho cơ quan kiểm tra khi có yêu cầu.\n"
    )
    found = _by_lead(body)
    assert ("tổ chức, cá nhân nhập khẩu, ương dưỡng giống thủy sản", "gửi bản") in found


def test_promoting_is_a_part_of_its_own() -> None:
    body = (
        "Điều 20. Trách nhiệm của các bộ\n"
        "1. Bộ Nông nghiệp và Môi trường có trách nhiệm:\n"
        "a) Chọn các giống thủy sản bản địa tiêu biểu; quảng bá các giống này tại các hội\n"
        "chợ nông nghiệp trong nước.\n"
    )
    found = _by_lead(body)
    assert ("bộ nông nghiệp và môi trường", "quảng bá") in found


def test_acting_on_behalf_of_the_country_is_work() -> None:
    body = (
        "Điều 18. Hợp tác quốc tế về giống thủy sản\n"
        "1. Bộ Nông nghiệp và Môi trường đại diện cho Việt Nam tham gia các mạng lưới quốc\n"
        "tế về nguồn gen thủy sản; chủ trì việc trao đổi nguồn gen với các nước trong khu\n"
        "vực.\n"
    )
    found = _by_lead(body)
    assert ("bộ nông nghiệp và môi trường", "đại diện") in found
    assert ("bộ nông nghiệp và môi trường", "chủ trì") in found


def test_a_ministrys_remit_is_no_task_but_its_work_is() -> None:
    body = (
        "Điều 21. Trách nhiệm của các bộ\n"
        "1. Bộ Y tế\n"
        "a) Chịu trách nhiệm quản lý nhà nước về an toàn thực phẩm đối với giống thủy\n"
        "sản dùng làm thực phẩm thuộc phạm vi được phân công quản lý;\n"
        "b) Tổ chức kiểm tra an toàn thực phẩm tại các cơ sở chế biến giống thủy sản.\n"
    )
    found = _by_lead(body)
    assert ("bộ y tế", "tổ chức") in found
    assert ("bộ y tế", "chịu trách") not in found
