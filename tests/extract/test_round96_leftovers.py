"""Leftovers of held-out round 96 read on texts of their own: a case's "thì" that closes a
long condition before a party of a selection."""

from __future__ import annotations

from .decree_frame import by_lead, circular


def _circular(body: str) -> str:
    return circular(
        body,
        ministry="Bộ Kế hoạch và Đầu tư",
        number="09/2025/TT-BKHĐT",
        date="ngày 3 tháng 6 năm 2025",
        title="Quy định chi tiết việc đăng tải thông tin về đấu thầu",
        signer="Nguyễn Chí Dũng",
    )


_FILES = """Điều 6. Tệp tin đính kèm
1. Tệp tin đính kèm hồ sơ mời thầu phải mở, đọc được bằng phần mềm thông dụng.
2. Trường hợp tệp tin đính kèm trong hồ sơ mời quan tâm, hồ sơ mời sơ tuyển, hồ sơ mời thầu
không đáp ứng quy định tại khoản 1 Điều này hoặc vì lý do khác dẫn đến không thể mở hoặc không
đọc được trên máy của nhà thầu thì bên mời thầu phải đăng tải và phát hành lại toàn bộ hồ sơ.
"""


def test_a_party_after_then_closing_a_long_case_is_the_subject() -> None:
    # the case runs past two hundred characters; its "thì" still ends it
    assert ("bên mời thầu", "đăng tải") in by_lead(_circular(_FILES))


def test_a_kind_in_lower_case_after_a_long_opening_comma_is_still_no_subject() -> None:
    # a comma is no "thì": far from the sentence's start, a lower-case kind stays one of the
    # opening's own words
    body = """Điều 6. Tệp tin đính kèm
1. Trong trường hợp tệp tin đính kèm trong hồ sơ mời quan tâm, hồ sơ mời sơ tuyển, hồ sơ mời
thầu không đáp ứng quy định tại khoản 1 Điều này hoặc vì lý do khác dẫn đến không thể mở hoặc
không đọc được trên máy, cơ quan quản lý đăng tải lại toàn bộ hồ sơ.
"""
    assert not any(lead == "cơ quan quản lý" for lead, _ in by_lead(_circular(body)))
