"""Patterns from held-out round 78 (a Government decree on the management of one trade),
each on a text of its own in the same shape."""

from __future__ import annotations

from .decree_frame import by_lead, decree, obligations


def _decree(body: str) -> str:
    return decree(
        body,
        number="91/2026/NĐ-CP",
        date="ngày 11 tháng 5 năm 2026",
        title="Quy định về quản lý hoạt động kinh doanh dịch vụ cầm đồ",
        signer="Lê Minh Khoa",
        closing=9,
    )


def test_a_party_named_by_its_trade_leads_its_duty() -> None:
    # the kind ("Doanh nghiệp", "Cơ sở", "Người") is capitalised only because it opens the
    # sentence; the trade runs in lower case to "có trách nhiệm"
    text = _decree(
        "Điều 4. Hoạt động của cửa hàng\n"
        "1. Doanh nghiệp kinh doanh dịch vụ cầm đồ có trách nhiệm niêm yết biểu phí tại "
        "cửa hàng.\n"
        "2. Cơ sở bồi dưỡng nghiệp vụ về thẩm định tài sản có trách nhiệm gửi báo cáo "
        "tới Sở Tài chính.\n"
        "3. Người làm đại lý cầm đồ có trách nhiệm:\n"
        "a) Kiểm tra giấy tờ tùy thân của khách hàng;\n"
        "b) Ghi sổ theo dõi tài sản cầm cố.\n"
        "4. Ngoài các trách nhiệm tại khoản 3 Điều này, người làm đại lý cầm đồ là đại lý "
        "cấp một có trách nhiệm:\n"
        "a) Hướng dẫn các đại lý cấp hai;\n"
        "b) Tổng hợp sổ theo dõi tài sản hằng tháng.\n"
    )
    found = by_lead(text)
    assert ("doanh nghiệp kinh doanh dịch vụ cầm đồ", "niêm yết") in found
    assert ("cơ sở bồi dưỡng nghiệp vụ về thẩm định tài sản", "gửi báo") in found
    assert ("người làm đại lý cầm đồ", "kiểm tra") in found
    assert ("người làm đại lý cầm đồ", "ghi sổ") in found
    assert ("đại lý cấp một", "hướng dẫn") in found
    assert ("đại lý cấp một", "tổng hợp") in found


def test_a_duty_a_restraint_follows_is_work_without_the_restraint() -> None:
    # "… có trách nhiệm <work> và chỉ được phép <act> sau khi …": the duty is work, the
    # restraint (and its "sau khi") no part of it
    text = _decree(
        "Điều 5. Mở cửa hàng tại địa phương\n"
        "1. Doanh nghiệp kinh doanh dịch vụ cầm đồ có trách nhiệm đăng ký cửa hàng với Sở "
        "Tài chính và chỉ được phép mở cửa hàng sau khi có văn bản xác nhận của Sở Tài "
        "chính.\n"
    )
    found = obligations(text)
    assert [action for _, action in found] == ["đăng ký cửa hàng với sở tài chính."]


def test_a_trade_partys_work_follows_its_word_of_duty_whatever_its_verb() -> None:
    # "có trách nhiệm chỉ định …", "… hủy giao dịch …": a trade's acts no verb list holds
    # open the work after the word of duty, also after a case; not what it answers for
    text = _decree(
        "Điều 6. Hợp đồng cầm đồ\n"
        "1. Doanh nghiệp kinh doanh dịch vụ cầm đồ có trách nhiệm chỉ định một nhân viên "
        "làm đầu mối.\n"
        "2. Trường hợp khách hàng rút yêu cầu, doanh nghiệp kinh doanh dịch vụ cầm đồ có "
        "trách nhiệm hủy giao dịch và hoàn trả tiền cho khách hàng.\n"
        "3. Doanh nghiệp kinh doanh dịch vụ cầm đồ có trách nhiệm về tính chính xác của số "
        "liệu.\n"
        "4. Doanh nghiệp kinh doanh dịch vụ cầm đồ nộp hồ sơ tới Sở Tài chính.\n"
    )
    found = obligations(text)
    assert [action.split()[:2] for _, action in found] == [["chỉ", "định"], ["hủy", "giao"]]


def test_other_duties_left_open_are_no_work() -> None:
    # "Thực hiện các trách nhiệm khác theo quy định của Nghị định này": a catch-all, as
    # "các nhiệm vụ khác" and "các nghĩa vụ khác"
    text = _decree(
        "Điều 7. Trách nhiệm của Sở Tài chính\n"
        "a) Cấp giấy chứng nhận đủ điều kiện kinh doanh dịch vụ cầm đồ;\n"
        "b) Thực hiện các trách nhiệm khác theo quy định của Nghị định này.\n"
    )
    found = by_lead(text)
    assert ("sở tài chính", "cấp giấy") in found
    assert ("sở tài chính", "thực hiện") not in found


def test_the_officer_of_a_procedure_takes_the_steps_after_his_name() -> None:
    # "Người có thẩm quyền tiếp nhận, giải quyết thủ tục hành chính <step>": the name holds
    # verbs and a comma; it runs to "thủ tục hành chính", and what follows is his step
    text = _decree(
        "Điều 8. Giải quyết thủ tục trực tuyến\n"
        "1. Người có thẩm quyền tiếp nhận, giải quyết thủ tục hành chính đối chiếu dữ liệu "
        "về tài sản cầm cố trên hệ thống.\n"
        "2. Trường hợp hồ sơ nộp qua dịch vụ bưu chính, người có thẩm quyền tiếp nhận, giải "
        "quyết thủ tục hành chính phải có thông báo cho khách hàng.\n"
    )
    officer = "người có thẩm quyền tiếp nhận, giải quyết thủ tục hành chính"
    found = by_lead(text)
    assert (officer, "đối chiếu") in found
    assert (officer, "có thông") in found
