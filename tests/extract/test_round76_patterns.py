"""Patterns from held-out round 76 (a Government decree on a database of criminal judgment
enforcement), each on a text of its own in the same shape."""

from __future__ import annotations

from .decree_frame import by_lead, decree


def _decree(body: str) -> str:
    return decree(
        body,
        number="31/2026/NĐ-CP",
        date="ngày 3 tháng 6 năm 2026",
        title="Quy định cơ sở dữ liệu về đăng kiểm phương tiện",
        signer="Trần Văn Nam",
    )


def test_bodies_that_bring_data_to_a_standard_have_work() -> None:
    # "chuẩn hóa" (to standardise) opens the work after "có trách nhiệm"
    leads = by_lead(
        _decree(
            """Điều 6. Xây dựng cơ sở dữ liệu về đăng kiểm
1. Bộ Xây dựng chủ trì xây dựng, vận hành cơ sở dữ liệu về đăng kiểm.
2. Bộ Tài chính, Bộ Nội vụ và cơ quan, đơn vị có liên quan có trách nhiệm chuẩn hóa,
cung cấp và cập nhật thông tin thuộc phạm vi quản lý vào cơ sở dữ liệu về đăng kiểm.
"""
        )
    )
    assert ("bộ tài chính", "chuẩn hóa,") in leads
    assert ("bộ nội vụ", "chuẩn hóa,") in leads
    assert ("cơ quan, đơn vị có liên quan", "chuẩn hóa,") in leads


def test_two_bodies_after_a_case_then_share_the_work() -> None:
    # "… thì cơ quan thuế, cơ quan hải quan phải …": the comma between the two bodies opens no
    # subject of its own; both check the figures
    leads = by_lead(
        _decree(
            """Điều 7. Lưu trữ chứng từ điện tử
1. Chứng từ điện tử được lưu trữ tập trung.
2. Trường hợp có sự chênh lệch về số liệu giữa chứng từ điện tử và chứng từ giấy thì cơ
quan thuế, cơ quan hải quan phải tiến hành đối chiếu, xác minh để điều chỉnh cho phù hợp.
"""
        )
    )
    assert ("cơ quan thuế", "tiến hành") in leads
    assert ("cơ quan hải quan", "tiến hành") in leads


def test_the_scope_of_a_duty_is_no_part_of_the_name() -> None:
    # "Cơ quan, tổ chức, cá nhân trong phạm vi chức năng, nhiệm vụ, quyền hạn của mình có
    # trách nhiệm …": the kinds alone lead
    leads = by_lead(
        _decree(
            """Điều 12. Trách nhiệm cung cấp thông tin về phương tiện
1. Cơ quan, tổ chức, cá nhân trong phạm vi chức năng, nhiệm vụ, quyền hạn của mình có trách
nhiệm cung cấp thông tin về phương tiện khi được yêu cầu.
"""
        )
    )
    assert ("cơ quan, tổ chức, cá nhân", "cung cấp") in leads


def test_a_chapter_set_apart_by_a_blank_line_is_no_work() -> None:
    # the Gazette's text layer: a line with one space before "Chương V", its title on the
    # next line; "Chương V ĐIỀU KHOẢN THI HÀNH" is no duty of the body above
    body = (
        "Điều 18. Trách nhiệm của Sở Xây dựng\n"
        "1. Cung cấp thông tin về phương tiện cho cơ quan đăng kiểm. \n"
        "2. Thực hiện kiểm tra định kỳ các trạm đăng kiểm. \n"
        " \n"
        "Chương V \n"
        "ĐIỀU KHOẢN THI HÀNH \n"
    )
    leads = by_lead(_decree(body))
    assert ("sở xây dựng", "thực hiện") in leads
    assert not any(action.startswith("chương") for _, action in leads)
