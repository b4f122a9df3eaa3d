"""Patterns found in held-out round 68 (a Government decree on villages and residential
groups: the duties of their heads, the commune's steps in setting them up), each checked on
a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import by_lead, decree


def _decree(body: str) -> str:
    return decree(
        body,
        number="57/2026/NĐ-CP",
        date="ngày 9 tháng 3 năm 2026",
        title="Quy định về tổ chức và hoạt động của bản, khu phố",
        signer="Trần Minh Khoa",
        closing=25,
    )


def test_the_heads_of_a_village_and_a_residential_group_are_named_by_their_office() -> None:
    body = (
        "Điều 7. Nhiệm vụ, quyền hạn của Trưởng bản, Trưởng khu phố\n"
        "1. Triệu tập và chủ trì cuộc họp bản, khu phố; lập biên bản cuộc họp.\n"
        "2. Vận động người dân giữ gìn vệ sinh chung và phòng cháy, chữa cháy.\n"
        "Điều 8. Cuộc họp của bản\n"
        "Trưởng ấp báo cáo Ủy ban nhân dân cấp xã kết quả cuộc họp.\n"
        "Điều 9. Tìm kiếm người mất tích\n"
        "Công an cấp xã, Trưởng xóm tại địa bàn nơi có người mất tích phối hợp với gia đình\n"
        "tổ chức tìm kiếm.\n"
    )
    found = by_lead(_decree(body))
    assert {("công an cấp xã", "phối hợp"), ("trưởng xóm", "phối hợp")} <= found
    for lead in ("trưởng bản", "trưởng khu phố"):
        assert {(lead, "triệu tập"), (lead, "lập biên"), (lead, "vận động")} <= found
    assert ("trưởng ấp", "báo cáo") in found
    assert not any(lead in {"bản", "khu phố", "ấp"} for lead, _ in found)


def test_a_sub_heading_naming_a_field_of_duties_is_no_duty() -> None:
    body = (
        "Điều 7. Nhiệm vụ, quyền hạn của Trưởng bản\n"
        "1. Nhiệm vụ trong điều hành công việc chung của bản\n"
        "a) Triệu tập và chủ trì cuộc họp bản;\n"
        "b) Lập sổ theo dõi các khoản đóng góp của người dân.\n"
        "2. Nhiệm vụ về giữ gìn an ninh, trật tự tại bản\n"
        "a) Vận động người dân tố giác tội phạm;\n"
        "b) Phối hợp với Công an xã tuần tra vào ban đêm.\n"
    )
    found = by_lead(_decree(body))
    assert {
        ("trưởng bản", "triệu tập"),
        ("trưởng bản", "lập sổ"),
        ("trưởng bản", "vận động"),
        ("trưởng bản", "phối hợp"),
    } <= found
    assert not any(action.startswith("nhiệm vụ") for _, action in found)


def test_work_due_at_the_next_sitting_waits_for_it() -> None:
    body = (
        "Điều 11. Sáp nhập bản\n"
        "1. Ủy ban nhân dân cấp xã lập Tờ trình về việc sáp nhập bản.\n"
        "2. Hội đồng nhân dân cấp xã xem xét, thông qua Nghị quyết sáp nhập bản tại kỳ họp\n"
        "thường lệ gần nhất.\n"
    )
    cascade = extract_text(_decree(body)).cascade
    kinds = {ob.action.split()[0].lower(): str(ob.deadline.kind) for ob in cascade.obligations}
    assert kinds["xem"] == "event"
    assert kinds["lập"] != "event"


def test_a_local_authority_after_a_case_and_its_then_is_the_subject() -> None:
    body = (
        "Điều 12. Bản mới hình thành\n"
        "1. Trường hợp điểm dân cư mới chưa đủ số hộ để lập bản thì Ủy ban nhân dân cấp xã\n"
        "trình Hội đồng nhân dân cùng cấp xem xét việc nhập điểm dân cư vào bản liền kề.\n"
        "2. Trường hợp có tranh chấp về ranh giới bản thì Trưởng bản báo cáo Ủy ban nhân\n"
        "dân cấp xã.\n"
    )
    found = by_lead(_decree(body))
    assert ("ủy ban nhân dân cấp xã", "trình hội") in found
    assert ("trưởng bản", "báo cáo") in found


def test_gathering_the_peoples_views_is_work_of_its_own() -> None:
    body = (
        "Điều 7. Nhiệm vụ, quyền hạn của Trưởng bản\n"
        "1. Nắm tình hình an ninh trong bản; tập hợp, phản ánh với Ủy ban nhân dân cấp xã ý\n"
        "kiến của người dân về việc sử dụng đất rừng.\n"
    )
    found = by_lead(_decree(body))
    assert {("trưởng bản", "nắm tình"), ("trưởng bản", "tập hợp,")} <= found


def test_a_place_opening_the_sentence_comes_before_its_subject() -> None:
    body = (
        "Điều 13. Bản ở vùng biên giới\n"
        "1. Tại xã biên giới chưa có đồn biên phòng, Ủy ban nhân dân cấp xã lập danh sách\n"
        "các hộ gia đình sinh sống sát đường biên.\n"
    )
    found = by_lead(_decree(body))
    assert ("ủy ban nhân dân cấp xã", "lập danh") in found
