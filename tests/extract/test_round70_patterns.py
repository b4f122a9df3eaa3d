"""Patterns found in held-out round 70 (a State Bank circular amending the procedures of five
circulars on foreign exchange: the parties' filings, the State Bank's steps and terms, the
one-stop officer, the body that handled a file last), each checked on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import by_lead


def _circular(body: str) -> str:
    """A circular of the State Bank, ``body`` as its articles."""
    return f"""NGÂN HÀNG NHÀ NƯỚC
VIỆT NAM
Số: 09/2026/TT-NHNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 14 tháng 4 năm 2026
THÔNG TƯ
Hướng dẫn thủ tục đăng ký khoản bảo lãnh thanh toán ra nước ngoài

Căn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12;
Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư hướng dẫn thủ tục đăng ký khoản bảo
lãnh thanh toán ra nước ngoài.
{body}
Điều 30. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.
KT. THỐNG ĐỐC
PHÓ THỐNG ĐỐC

Lê Minh Quang
"""


def _deadlines(body: str) -> list[tuple[str, str]]:
    """The first three words of each obligation's action, lower case, and its deadline's kind."""
    cascade = extract_text(_circular(body)).cascade
    return [
        (" ".join(ob.action.split()[:3]).lower(), ob.deadline.kind if ob.deadline else "none")
        for ob in cascade.obligations
    ]


def _by_lead(body: str) -> set[tuple[str, str]]:
    """(lead, the action's first two words), in lower case, per obligation."""
    return by_lead(_circular(body))


def test_a_term_spelt_in_digits_and_in_words_is_counted_from_its_event() -> None:
    body = (
        "Điều 5. Trình tự xác nhận đăng ký\n"
        "1. Trong thời hạn 06 (sáu) ngày làm việc kể từ ngày nhận được hồ sơ đầy đủ, hợp lệ,\n"
        "Ngân hàng Nhà nước gửi doanh nghiệp văn bản xác nhận đăng ký khoản bảo lãnh.\n"
        "2. Trong thời hạn tám (8) ngày làm việc kể từ ngày nhận được hồ sơ đăng ký thay đổi,\n"
        "Ngân hàng Nhà nước gửi doanh nghiệp văn bản xác nhận đăng ký thay đổi.\n"
        "3. Trong thời hạn hai mươi (20) ngày kể từ ngày ký thỏa thuận thay đổi, Ngân hàng Nhà\n"
        "nước có trách nhiệm cập nhật thông tin khoản bảo lãnh.\n"
    )
    found = _deadlines(body)
    assert [kind for words, kind in found if words == "gửi doanh nghiệp"] == ["event"] * 2
    assert [kind for words, kind in found if words == "cập nhật thông"] != ["absolute"]


def test_the_parties_of_a_loan_file_what_the_procedure_compels() -> None:
    body = (
        "Điều 6. Trình tự đăng ký khoản bảo lãnh thanh toán\n"
        "1. Trong thời hạn 20 ngày kể từ ngày ký hợp đồng bảo lãnh, bên bảo lãnh, bên nhận bảo\n"
        "lãnh gửi 01 bộ hồ sơ tới Ngân hàng Nhà nước.\n"
        "2. Trường hợp thay đổi trụ sở chính của bên vay, bên cho thuê sang tỉnh khác:\n"
        "a) Bên cho vay có trách nhiệm gửi hồ sơ đăng ký thay đổi đến cơ quan có thẩm quyền mới;\n"
        "b) Bên được bảo lãnh nộp trực tiếp một bộ hồ sơ tại Bộ phận Một cửa.\n"
    )
    found = _by_lead(body)
    assert ("bên bảo lãnh", "gửi 01") in found
    assert ("bên nhận bảo lãnh", "gửi 01") in found
    assert ("bên cho vay", "gửi hồ") in found
    assert ("bên được bảo lãnh", "nộp trực") in found
    assert not any(lead == "bên cho thuê" for lead, _ in found)


def test_a_term_in_days_from_a_paper_signed_or_money_sent_waits_for_that_event() -> None:
    body = (
        "Điều 7. Đăng ký khoản bảo lãnh thanh toán\n"
        "1. Trong thời hạn 45 ngày kể từ ngày hợp đồng bảo lãnh được ký, bên bảo lãnh gửi 01 bộ\n"
        "hồ sơ tới Ngân hàng Nhà nước.\n"
        "2. Trong thời hạn 20 ngày kể từ ngày chuyển tiền thực hiện nghĩa vụ bảo lãnh, bên nhận\n"
        "bảo lãnh nộp trực tiếp một bộ hồ sơ tại Bộ phận Một cửa.\n"
    )
    found = _deadlines(body)
    assert [kind for words, kind in found if words == "gửi 01 bộ"] == ["event"]
    assert [kind for words, kind in found if words == "nộp trực tiếp"] == ["event"]


def test_the_one_stop_officer_closes_a_file_left_incomplete_after_a_term() -> None:
    body = (
        "Điều 8. Hoàn thiện hồ sơ\n"
        "1. Sau 45 (bốn mươi lăm) ngày kể từ khi thông báo, nếu doanh nghiệp không bổ sung hồ\n"
        "sơ, công chức Bộ phận Một cửa của Ngân hàng Nhà nước thực hiện trả lại hồ sơ đăng ký.\n"
        "2. Trường hợp doanh nghiệp rút hồ sơ, công chức Bộ phận Một cửa thực hiện đóng hồ sơ.\n"
    )
    found = _by_lead(body)
    officer = "công chức bộ phận một cửa của ngân hàng nhà nước"
    assert (officer, "thực hiện") in found
    assert len([lead for lead, _ in found if lead.startswith("công chức")]) >= 1
    assert len(_deadlines(body)) == 2
