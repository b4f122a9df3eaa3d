"""Patterns found in held-out round 73 (a Government decree on the private placement of
corporate bonds: the issuer's duties, its steps in each procedure, the service providers,
the disclosures), each checked on a text of its own."""

from __future__ import annotations

from .decree_frame import by_lead, decree


def _decree(body: str) -> str:
    return decree(
        body,
        number="41/2027/NĐ-CP",
        date="ngày 3 tháng 5 năm 2027",
        title="Quy định về chào bán chứng chỉ góp vốn của quỹ đầu tư",
        signer="Lê Văn An",
        closing=20,
    )


def _by_lead(body: str) -> set[tuple[str, str]]:
    """(lead, the action's first two words), in lower case, per obligation."""
    return by_lead(_decree(body))


_SCOPE = (
    "Điều 2. Đối tượng áp dụng\n"
    "1. Công ty quản lý quỹ được thành lập theo pháp luật Việt Nam chào bán chứng chỉ góp\n"
    "vốn cho nhà đầu tư trong nước (sau đây gọi tắt là doanh nghiệp huy động vốn).\n"
    "2. Nhà đầu tư mua chứng chỉ góp vốn.\n"
)


def test_a_short_name_defined_in_lower_case_is_read_whole() -> None:
    body = _SCOPE + (
        "Điều 6. Trình tự chào bán\n"
        "1. Doanh nghiệp huy động vốn lập hồ sơ chào bán và gửi Bộ Tài chính.\n"
        "2. Sau khi được chấp thuận, doanh nghiệp huy động vốn công bố thông tin cho nhà đầu\n"
        "tư.\n"
        "3. Doanh nghiệp huy động vốn chứng chỉ quỹ có trách nhiệm kiểm tra danh sách nhà đầu tư.\n"
        "4. Các trường hợp dừng chào bán:\n"
        "a) Doanh nghiệp huy động vốn chứng chỉ quỹ bị thu hồi giấy phép;\n"
        "b) Hồ sơ chào bán có thông tin sai lệch.\n"
    )
    found = _by_lead(body)
    # one body, shown by the longest name the text gives it
    assert {lead for lead, _ in found} <= {
        "doanh nghiệp huy động vốn",
        "doanh nghiệp huy động vốn chứng chỉ quỹ",
    }
    assert {action for _, action in found} == {"lập hồ", "công bố", "kiểm tra"}


def test_contents_events_and_cases_listed_below_a_lead_in_are_no_work() -> None:
    body = (
        "Điều 7. Phương án chào bán\n"
        "1. Bộ Tài chính lập phương án chào bán chứng chỉ góp vốn bao gồm các nội dung chính\n"
        "sau:\n"
        "a) Thông tin về quỹ đầu tư;\n"
        "b) Kiểm soát việc sử dụng vốn của quỹ.\n"
        "2. Ngân hàng Nhà nước Việt Nam thông báo cho nhà đầu tư trong thời hạn 48 giờ khi có\n"
        "một trong các sự kiện sau:\n"
        "a) Tạm dừng giao dịch chứng chỉ;\n"
        "b) Thực hiện hoán đổi chứng chỉ trước hạn.\n"
        "3. Các trường hợp hủy bỏ niêm yết chứng chỉ:\n"
        "a) Quỹ đầu tư bị giải thể;\n"
        "b) Bộ Tài chính phát hiện hồ sơ niêm yết có thông tin sai lệch. Trường hợp này, Bộ\n"
        "Tài chính phải thông báo ngay cho nhà đầu tư.\n"
        "4. Bộ Tài chính gửi Chính phủ báo cáo đánh giá. Báo cáo đánh giá bao gồm các nội dung\n"
        "chính sau:\n"
        "a) Khả năng trả nợ của quỹ;\n"
        "b) Đánh giá các rủi ro khi chào bán.\n"
    )
    found = _by_lead(body)
    assert ("bộ tài chính", "lập phương") in found
    assert ("ngân hàng nhà nước việt nam", "thông báo") in found
    assert ("bộ tài chính", "kiểm soát") not in found
    assert ("ngân hàng nhà nước việt nam", "thực hiện") not in found
    assert ("bộ tài chính", "phát hiện") not in found
    assert ("bộ tài chính", "thông báo") in found  # the case's own sentence after it
    assert ("bộ tài chính", "gửi chính") in found
    assert ("bộ tài chính", "báo cáo") not in found  # a paper described, no work
    assert ("bộ tài chính", "đánh giá") not in found


def test_providers_named_by_their_services_are_bodies() -> None:
    body = (
        "Điều 8. Tổ chức cung cấp dịch vụ\n"
        "1. Tổ chức bảo lãnh, đại lý chào bán chứng chỉ phải ký hợp đồng dịch vụ với quỹ.\n"
        "2. Đại diện người nắm giữ chứng chỉ có trách nhiệm:\n"
        "a) Giám sát việc tuân thủ cam kết của quỹ;\n"
        "b) Làm đầu mối liên lạc giữa người nắm giữ chứng chỉ và quỹ.\n"
        "3. Tổ chức bảo lãnh, đại lý chào bán chứng chỉ thực hiện chế độ báo cáo định kỳ hàng\n"
        "quý cho Bộ Tài chính.\n"
        "4. Tổ chức kiểm tra, giám sát việc chào bán chứng chỉ của quỹ.\n"
    )
    found = _by_lead(body)
    assert ("tổ chức bảo lãnh, đại lý chào bán chứng chỉ", "ký hợp") in found
    assert ("tổ chức bảo lãnh, đại lý chào bán chứng chỉ", "thực hiện") in found
    assert ("đại diện người nắm giữ chứng chỉ", "giám sát") in found
    assert ("đại diện người nắm giữ chứng chỉ", "làm đầu") in found
    assert not any(lead.startswith("tổ chức kiểm tra") for lead, _ in found)


def test_an_appendix_over_a_table_of_forms_is_no_work() -> None:
    body = (
        "Điều 9. Hồ sơ chào bán\n"
        "1. Doanh nghiệp huy động vốn gửi Giấy đăng ký chào bán theo Mẫu số 01 Phụ lục ban hành\n"
        "kèm theo Nghị định này đến Bộ Tài chính.\n"
    )
    forms = (
        "Phụ lục\n"
        "(Kèm theo Nghị định số 41/2027/NĐ-CP ngày 3 tháng 5 năm 2027 của Chính phủ)\n"
        "STT Nội dung Mẫu số 01 Giấy đăng ký chào bán chứng chỉ góp vốn Mẫu số 02 Báo cáo kết\n"
        "quả chào bán chứng chỉ góp vốn Mẫu số 011. Giấy đăng ký chào bán chứng chỉ góp vốn\n"
        "Kính gửi: Bộ Tài chính.\n"
        "I. CÁC TỔ CHỨC THAM GIA ĐỢT CHÀO BÁN\n"
        "1. Tổ chức tư vấn hồ sơ chào bán:\n"
        "2. Các điều khoản về chuyển đổi chứng chỉ:\n"
        "- Thời hạn chuyển đổi:\n"
        "- Tỷ lệ chuyển đổi:\n"
    )
    text = _decree(_SCOPE + body) + "\n" + forms  # the forms after the signature
    found = by_lead(text)
    assert ("doanh nghiệp huy động vốn", "gửi giấy") in found
    assert not any(action.startswith(("thời hạn", "tỷ lệ", "tổ chức")) for _, action in found)
