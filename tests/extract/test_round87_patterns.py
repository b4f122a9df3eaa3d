"""Patterns from held-out rounds 87 and 88 (decrees amending a health-insurance decree and a
labour-export decree; a decree on co-permanent lecturers), each on a text of its own in the
same shape."""

from __future__ import annotations

from .decree_frame import by_lead, decree


def _amending(body: str) -> str:
    return decree(
        body,
        number="52/2026/NĐ-CP",
        date="ngày 14 tháng 8 năm 2026",
        title="Sửa đổi, bổ sung một số điều của Nghị định số 18/2024/NĐ-CP về thẻ hội viên",
        signer="Đỗ Thanh Hải",
        closing=3,
    )


def test_form_title_run_into_the_signature_before_it() -> None:
    # "BỘ TRƯỞNG ⏎ Mẫu số 02. Văn bản đề nghị … ⏎ TÊN DOANH NGHIỆP ⏎ CỘNG HÒA …": the form's
    # title joins the paragraph of the signature above; the applicant's "Đề nghị Bộ X cấp
    # Giấy phép …" is no work of the decree
    text = _amending(
        "Điều 1. Danh sách hội viên\n1. Sở Văn hóa có trách nhiệm tổng hợp danh sách hội viên.\n"
    ) + (
        "\nPhụ lục I\nCÁC MẪU VĂN BẢN\n"
        "Mẫu số 01. Giấy phép hoạt động câu lạc bộ\n"
        "BỘ VĂN HÓA\n___________\nSố: ....../GP\n"
        "Giấy phép có giá trị đến ngày ... tháng ... năm ...\n"
        "BỘ TRƯỞNG\n"
        "Mẫu số 02. Văn bản đề nghị cấp Giấy phép\n"
        "TÊN TỔ CHỨC\n___________\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "......, ngày ... tháng ... năm ...\n"
        "Kính gửi: Bộ Văn hóa.\n"
        "1. Tên hội: ....................\n"
        "2. Địa chỉ trụ sở: ....................\n"
        "Đề nghị Bộ Văn hóa tổng hợp hồ sơ và trả kết quả cho hội.\n"
        "NGƯỜI ĐẠI DIỆN\n(Ký tên, đóng dấu)\n"
    )
    found = by_lead(text)
    assert ("sở văn hóa", "tổng hợp") in found
    assert not any(lead.startswith("bộ văn hóa") for lead, _ in found)


def test_issuing_a_card_or_a_permit_is_work() -> None:
    # "Cục X, Sở Y cấp thẻ hội viên cho …": "cấp thẻ", "cấp giấy …", "cấp phép" are verbs
    # (not "cấp" alone, a level: "cấp tỉnh")
    found = by_lead(
        _amending(
            "Điều 1. Sửa đổi, bổ sung Điều 6 như sau:\n"
            "“Điều 6. Cấp thẻ hội viên\n"
            "1. Cục Thể dục, Sở Văn hóa cấp thẻ hội viên cho người đăng ký bằng bản giấy,\n"
            "bản điện tử.\n"
            "2. Sở Du lịch cấp giấy chứng nhận hội viên cho người đăng ký theo quy định.”.\n"
        )
    )
    assert ("cục thể dục", "cấp thẻ") in found
    assert ("sở văn hóa", "cấp thẻ") in found
    assert ("sở du lịch", "cấp giấy") in found


def test_refusal_reply_after_the_step_it_declines() -> None:
    # "…; trường hợp không cấp thẻ, Sở X phải có văn bản trả lời …" and ", trường hợp không
    # cấp phải có văn bản trả lời …": the written reply is a step of its own
    found = by_lead(
        _amending(
            "Điều 1. Thủ tục cấp thẻ hội viên\n"
            "1. Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ, Sở Văn hóa phải\n"
            "tổng hợp danh sách và chuyển về câu lạc bộ; trường hợp không đồng ý, Sở Văn hóa\n"
            "phải có văn bản trả lời câu lạc bộ và nêu rõ lý do.\n"
            "2. Trong thời hạn 07 ngày làm việc kể từ ngày nhận được văn bản đề nghị, Sở Du\n"
            "lịch thực hiện rà soát danh sách gửi về câu lạc bộ, trường hợp không chấp thuận\n"
            "phải có văn bản trả lời và nêu rõ lý do.\n"
            "3. Trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ, Cục Thể dục, Sở\n"
            "Thể thao phải xác nhận hồ sơ; trường hợp không xác nhận, thay đổi, Cục Thể dục,\n"
            "Sở Thể thao phải trả lời bằng văn bản và nêu rõ lý do.\n"
        )
    )
    assert ("sở văn hóa", "có văn") in found
    assert ("sở du lịch", "có văn") in found
    assert ("cục thể dục", "trả lời") in found
    assert ("sở thể thao", "trả lời") in found


def test_duty_title_of_a_body_named_by_where_someone_works() -> None:
    # "Trách nhiệm của đơn vị nơi giảng viên … đang công tác": a kind of body and a "nơi …"
    # clause, the whole title its name
    found = by_lead(
        decree(
            "Điều 4. Trách nhiệm của trường nơi huấn luyện viên kiêm nhiệm đang làm việc\n"
            "1. Xem xét, chấp thuận việc huấn luyện viên tham gia giảng dạy tại câu lạc bộ.\n"
            "2. Phối hợp với câu lạc bộ trong quản lý huấn luyện viên kiêm nhiệm.\n",
            number="71/2026/NĐ-CP",
            date="ngày 02 tháng 10 năm 2026",
            title="Quy định về huấn luyện viên kiêm nhiệm tại các câu lạc bộ thể thao",
            signer="Đỗ Thanh Hải",
            closing=5,
        )
    )
    where = "trường nơi huấn luyện viên kiêm nhiệm đang làm việc"
    assert (where, "xem xét,") in found
    assert (where, "phối hợp") in found
