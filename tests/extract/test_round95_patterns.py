"""Patterns from held-out round 95's circular on the People's Police's social insurance and
decree on sanctions in the electricity sector (an article titled by a benefit, the Police's
departments named by their branch), each on a text of its own in the same shape."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import circular


def _circular(body: str) -> str:
    """A ministry's circular whose articles are ``body``."""
    return circular(
        body,
        ministry="Bộ Công an",
        number="41/2024/TT-BCA",
        date="ngày 12 tháng 8 năm 2024",
        title="Hướng dẫn chế độ bảo hiểm xã hội trong Công an nhân dân",
        signer="Nguyễn Văn Nam",
        closing=30,
    )


def test_an_article_titled_by_a_benefit_names_no_body() -> None:
    # "Điều 12. Bảo hiểm xã hội một lần" is the one-off benefit, not the insurance agency:
    # the article's rules and examples are nobody's work
    cascade = extract_text(
        _circular(
            """Điều 12. Bảo hiểm xã hội một lần
1. Mức hưởng bảo hiểm xã hội một lần được tính theo số năm đã đóng bảo hiểm xã hội.
2. Thời điểm tính hưởng bảo hiểm xã hội một lần là thời điểm ra quyết định hưởng.
Điều 13. Trách nhiệm của Bảo hiểm xã hội Công an nhân dân
Bảo hiểm xã hội Công an nhân dân có trách nhiệm giải quyết chế độ cho người lao động."""
        )
    ).cascade
    names = {o.id: o.name for o in cascade.organisations}
    assert [names[ob.lead] for ob in cascade.obligations] == ["Bảo hiểm xã hội Công an nhân dân"]


def test_a_police_department_named_by_its_branch_is_one_name() -> None:
    # "Cục Cảnh sát quản lý hành chính về trật tự xã hội" and "Cục Cảnh sát điều tra tội
    # phạm về …" are departments, not "Cục Cảnh sát" that "quản lý …": the sentence is a
    # power to sanction, no task
    cascade = extract_text(
        _circular(
            """Điều 20. Thẩm quyền xử phạt của Công an nhân dân
1. Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội, Cục trưởng Cục Cảnh sát
điều tra tội phạm về trật tự xã hội có quyền xử phạt đối với các hành vi vi phạm như sau:
a) Phạt tiền đến 100.000.000 đồng;
b) Tịch thu tang vật vi phạm hành chính."""
        )
    ).cascade
    assert not cascade.obligations


def test_a_term_defined_with_its_short_name_is_no_task() -> None:
    # "Đơn vị cung cấp, vận hành cấp tỉnh (sau đây viết tắt là: …) là tổ chức … để thiết
    # lập …": what a term means, not "Đơn vị cung cấp" that "vận hành …"
    cascade = extract_text(
        _circular(
            """Điều 3. Mạng cáp quang cấp tỉnh
1. Đơn vị cung cấp, vận hành cấp tỉnh (sau đây viết tắt là: đơn vị CCVH tỉnh) là tổ chức có
giấy phép theo quy định của pháp luật để thiết lập, vận hành mạng cáp quang trên địa bàn
tỉnh."""
        )
    ).cascade
    assert not cascade.obligations
