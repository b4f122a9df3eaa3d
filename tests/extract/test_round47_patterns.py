"""Patterns found in held-out round 47 (a Government Office letter asking "quý Bộ" for a
report; two regulations whose duties stand in their articles), each checked on a text of
its own."""

from __future__ import annotations

from .test_task_rules import _extract, _tasks


def test_the_courteous_quy_and_a_head_is_the_one_addressee() -> None:
    body = (
        "Ngày 02 tháng 3 năm 2021, Bộ Y tế có văn bản số 88/BYT-PB đề nghị quý Bộ góp ý "
        "dự thảo Thông tư.\n\n"
        "Bộ Y tế đề nghị quý Bộ sớm gửi ý kiến góp ý dự thảo Thông tư về Bộ Y tế.\n"
    )
    to_one = _tasks(_extract(body, "Kính gửi: Bộ Giáo dục và Đào tạo"))
    assert [(lead, force) for lead, force, _, _ in to_one][-1:] == [
        ("Bộ Giáo dục và Đào tạo", "request")
    ]
    assert to_one[-1][2].startswith("Sớm gửi ý kiến góp ý")
    to_a_committee = _tasks(
        _extract(
            "Bộ Y tế đề nghị Quý Ủy ban sớm gửi ý kiến góp ý dự thảo Thông tư.\n",
            "Kính gửi: Ủy ban nhân dân tỉnh Cao Bằng",
        )
    )
    assert [lead for lead, _, _, _ in to_a_committee] == ["Ủy ban nhân dân tỉnh Cao Bằng"]
    # to several ministries "quý Bộ" names none of them in particular
    to_many = _tasks(
        _extract(
            "Bộ Y tế đề nghị quý Bộ sớm gửi ý kiến góp ý dự thảo Thông tư.\n",
            "Kính gửi:\n- Bộ Tài chính;\n- Bộ Công an.",
        )
    )
    assert [lead for lead, _, _, _ in to_many] == ["quý Bộ"]


def test_co_bao_cao_is_the_work_of_sending_a_report() -> None:
    body = (
        "Ngày 05/6/2024, Sở Tài chính có báo cáo số 71/BC-STC về kết quả thẩm định.\n\n"
        "Bộ Y tế đề nghị Sở Y tế tỉnh Cao Bằng khẩn trương có báo cáo về kết quả triển khai "
        "Đề án.\n"
    )
    assert _tasks(_extract(body)) == [
        (
            "Sở Y tế tỉnh Cao Bằng",
            "request",
            "Khẩn trương có báo cáo về kết quả triển khai Đề án.",
            None,
        )
    ]


def test_the_body_named_by_its_compensation_task_is_one_body() -> None:
    body = (
        "Điều 3. Bồi thường cây trồng\n"
        "1. Tổ chức làm nhiệm vụ bồi thường, giải phóng mặt bằng kiểm tra số lượng cây trồng "
        "trên đất thu hồi.\n"
        "2. Đối với cây trồng không rõ chủ sở hữu, Tổ chức làm nhiệm vụ bồi thường, hỗ trợ và "
        "tái định cư lập biên bản và niêm yết công khai tại trụ sở Ủy ban nhân dân cấp xã.\n"
        "3. Tổ chức làm nhiệm vụ bồi thường có trách nhiệm xác định đơn giá bồi thường.\n"
    )
    tasks = _tasks(_extract(body))
    assert [(lead, action[:24]) for lead, _, action, _ in tasks] == [
        ("Tổ chức làm nhiệm vụ bồi thường, giải phóng mặt bằng", "Kiểm tra số lượng cây tr"),
        ("Tổ chức làm nhiệm vụ bồi thường, hỗ trợ và tái định cư", "Lập biên bản và niêm yết"),
        ("Tổ chức làm nhiệm vụ bồi thường", "Xác định đơn giá bồi thư"),
    ]


def test_ra_quyet_dinh_is_a_step_whatever_it_grants() -> None:
    body = (
        "Điều 5. Trình tự giải quyết\n"
        "a) Ủy ban nhân dân cấp xã tiếp nhận hồ sơ, lập danh sách gửi Phòng Nội vụ.\n"
        "b) Ủy ban nhân dân cấp tỉnh ra quyết định hưởng trợ cấp hằng tháng đối với người "
        "thuộc thẩm quyền giải quyết. Bộ Tư lệnh Biên phòng ra quyết định hưởng trợ cấp một "
        "lần đối với người thuộc thẩm quyền.\n"
    )
    tasks = _tasks(_extract(body))
    assert [(lead, " ".join(action.split()[:4])) for lead, _, action, _ in tasks] == [
        ("Ủy ban nhân dân cấp xã", "Tiếp nhận hồ sơ,"),
        ("Ủy ban nhân dân cấp tỉnh", "Ra quyết định hưởng"),
        ("Bộ Tư lệnh Biên phòng", "Ra quyết định hưởng"),
    ]
