"""Patterns from held-out round 84 (a decree amending the price decree, nearly all its
tasks in the quoted new wording), each on a text of its own in the same shape."""

from __future__ import annotations

from .decree_frame import by_lead, decree


def _amending(body: str) -> str:
    return decree(
        body,
        number="61/2026/NĐ-CP",
        date="ngày 21 tháng 9 năm 2026",
        title="Sửa đổi, bổ sung một số điều của Nghị định số 33/2024/NĐ-CP về phí cảng biển",
        signer="Vũ Minh Khang",
        closing=2,
    )


def test_each_quoted_point_after_one_lead_in_is_new_wording() -> None:
    # "Sửa đổi, bổ sung điểm c, điểm d khoản 1 Điều 8 như sau: “c) …”; “d) …”;": the
    # second point opens with its own mark after the first one's closing mark, not after
    # the lead-in; it is new wording all the same
    found = by_lead(
        _amending(
            "Điều 1. Sửa đổi, bổ sung một số điểm, khoản của Điều 8\n"
            "1. Sửa đổi, bổ sung điểm c, điểm d, điểm đ khoản 1 Điều 8 như sau:\n"
            "“c) Sở Xây dựng có trách nhiệm lập đề án thu phí cảng biển;”;\n"
            "“d) Cục Hàng hải Việt Nam thẩm định đề án thu phí cảng biển trong thời hạn\n"
            "20 ngày kể từ ngày nhận đủ hồ sơ;”;\n"
            "“đ) Bộ Xây dựng ban hành biểu mức thu phí cảng biển.”.\n"
            "2. Bãi bỏ khoản 4 Điều 8.\n"
        )
    )
    assert ("sở xây dựng", "lập đề") in found
    assert ("cục hàng hải việt nam", "thẩm định") in found
    assert ("bộ xây dựng", "ban hành") in found


def test_ministries_group_opening_a_sentence_with_a_capital() -> None:
    # "Bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh phân công …": the capital of the sentence's
    # first word; "Bộ" alone is no name, with "cơ quan ngang bộ" it is the ministries' group
    found = by_lead(
        _amending(
            "Điều 1. Sửa đổi, bổ sung một số điểm của Điều 14\n"
            "1. Sửa đổi, bổ sung điểm a khoản 3 Điều 14 như sau:\n"
            "“a) Bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh phân công một đơn vị trực thuộc\n"
            "tổng hợp danh sách cảng biển thu phí trong phạm vi quản lý.”.\n"
            "2. Sửa đổi, bổ sung điểm b khoản 3 Điều 14 như sau:\n"
            "“b) Bộ, cơ quan ngang bộ cập nhật danh sách cảng biển thu phí của mình.”.\n"
        )
    )
    assert ("bộ, cơ quan ngang bộ", "phân công") in found
    assert ("ủy ban nhân dân cấp tỉnh", "phân công") in found
    assert ("bộ, cơ quan ngang bộ", "cập nhật") in found
    assert not any(lead == "bộ" for lead, _ in found)


def test_pricing_bodies_named_by_their_power() -> None:
    # "Cơ quan có thẩm quyền định giá hoặc cơ quan, đơn vị được phân cấp định giá có trách
    # nhiệm …", "Cơ quan có thẩm quyền định giá cụ thể phê duyệt …": the name holds the verb
    # "định giá"; it runs on to the duty, and two names joined by "hoặc" share it
    found = by_lead(
        _amending(
            "Điều 1. Sửa đổi, bổ sung một số điểm của Điều 11\n"
            "1. Sửa đổi, bổ sung điểm c khoản 1 Điều 11 như sau:\n"
            "“c) Đối với phí sử dụng cầu cảng: Cơ quan có thẩm quyền định giá hoặc cơ quan,\n"
            "đơn vị được phân cấp định giá có trách nhiệm xem xét, quyết định mức thu trên cơ\n"
            "sở đề án thu phí do cảng vụ hàng hải trình;”.\n"
            "2. Sửa đổi điểm d khoản 2 Điều 11 như sau:\n"
            "“d) Cơ quan có thẩm quyền định khung giá hoặc giá tối đa hoặc giá tối thiểu có\n"
            "trách nhiệm ban hành văn bản định khung mức thu phí cảng biển.”.\n"
        )
    )
    assert ("cơ quan có thẩm quyền định giá", "xem xét,") in found
    assert ("cơ quan, đơn vị được phân cấp định giá", "xem xét,") in found
    lead = "cơ quan có thẩm quyền định khung giá hoặc giá tối đa hoặc giá tối thiểu"
    assert (lead, "ban hành") in found
    found = by_lead(
        _amending(
            "Điều 1. Sửa đổi, bổ sung điểm b khoản 2 Điều 11 như sau:\n"
            "“b) Cơ quan có thẩm quyền định giá cụ thể phê duyệt đề án thu phí, gửi hồ sơ cho\n"
            "cơ quan có thẩm quyền định khung giá hoặc giá tối đa hoặc giá tối thiểu;”.\n"
        )
    )
    assert ("cơ quan có thẩm quyền định giá cụ thể", "phê duyệt") in found
