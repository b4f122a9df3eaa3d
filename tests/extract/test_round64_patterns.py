"""Patterns found in held-out round 64 (the Official Gazette's text layer of a Government
decree on a yearly State report: its procedures, the bodies that provide its figures, terms
of the next year and the bodies' duties), each checked on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import decree, obligations


def _decree(body: str) -> str:
    return decree(
        body,
        number="71/2026/NĐ-CP",
        date="ngày 20 tháng 3 năm 2026",
        title="Về Báo cáo thống kê đất đai quốc gia",
        signer="Trần Quang Minh",
    )


def _obligations(body: str) -> list[tuple[str, str]]:
    return obligations(_decree(body))


def test_a_part_that_reopens_the_first_verb_with_other_verbs_is_a_task_of_its_own() -> None:
    body = (
        "Điều 25. Tổ chức thực hiện\n"
        "1. Ủy ban nhân dân cấp tỉnh chỉ đạo rà soát, đối chiếu số liệu kiểm kê đất đai tại\n"
        "các xã theo hướng dẫn của Bộ Nông nghiệp và Môi trường; chỉ đạo, tổ chức đào tạo,\n"
        "bồi dưỡng công chức địa chính cấp xã về thống kê đất đai.\n"
    )
    found = _obligations(body)
    province = [action for lead, action in found if lead == "ủy ban nhân dân cấp tỉnh"]
    assert len(province) == 2
    assert province[1].startswith("chỉ đạo, tổ chức đào tạo")


def test_work_joined_by_va_after_what_a_body_answers_for_starts_the_action() -> None:
    body = (
        "Điều 18. Trách nhiệm cung cấp số liệu\n"
        "1. Cơ quan, tổ chức, đơn vị chịu trách nhiệm về tính đầy đủ và thực hiện rà soát,\n"
        "chỉnh lý số liệu thống kê trong vòng 07 ngày làm việc kể từ ngày nhận được yêu cầu\n"
        "của Sở Nông nghiệp và Môi trường.\n"
    )
    found = _obligations(body)
    assert any(action.startswith("thực hiện rà soát, chỉnh lý") for _, action in found)


def test_doc_lap_independent_belongs_to_the_name() -> None:
    body = (
        "Điều 19. Trách nhiệm gửi số liệu\n"
        "1. Đơn vị hạch toán độc lập thuộc tỉnh gửi Báo cáo thống kê đất đai cho Sở Nông\n"
        "nghiệp và Môi trường.\n"
    )
    found = _obligations(body)
    assert (
        "đơn vị hạch toán độc lập thuộc tỉnh",
        "gửi báo cáo thống kê đất đai cho sở nông nghiệp và môi trường.",
    ) in found


def _deadlines(body: str) -> dict[str, str]:
    """The action's first three words (lower case) -> the kind of its deadline."""
    cascade = extract_text(_decree(body)).cascade
    return {
        " ".join(ob.action.lower().split()[:3]): str(ob.deadline.kind) for ob in cascade.obligations
    }


def test_a_publication_term_from_the_day_a_report_is_passed_on_dates_only_its_own_work() -> None:
    body = (
        "Điều 14. Lập Báo cáo thống kê đất đai tỉnh\n"
        "1. Sở Nông nghiệp và Môi trường tổng hợp số liệu kiểm kê đất đai của các xã.\n"
        "Điều 15. Công khai Báo cáo thống kê đất đai\n"
        "1. Thời hạn công khai\n"
        "a) Ủy ban nhân dân cấp tỉnh công khai Báo cáo thống kê đất đai tỉnh trong thời hạn\n"
        "20 ngày, kể từ ngày Báo cáo thống kê đất đai tỉnh được trình Hội đồng nhân dân cấp\n"
        "tỉnh.\n"
    )
    found = _deadlines(body)
    assert found["công khai báo"] == "event"
    assert found["tổng hợp số"] != "event"


def test_a_passive_clause_sending_a_paper_by_a_day_dates_the_work_above_that_names_it() -> None:
    body = (
        "Điều 17. Trách nhiệm gửi số liệu thống kê đất đai\n"
        "1. Sở Nông nghiệp và Môi trường hướng dẫn lập Biểu số liệu thống kê đất đai của các\n"
        "xã, phường.\n"
        "2. Ủy ban nhân dân cấp xã lập Biểu số liệu thống kê đất đai của xã.\n"
        "3. Sở Xây dựng rà soát quy hoạch đô thị.\n"
        "4. Biểu số liệu thống kê đất đai được gửi cho Bộ Nông nghiệp và Môi trường trước\n"
        "ngày 15 tháng 3 năm sau.\n"
    )
    found = _deadlines(body)
    assert found["hướng dẫn lập"] == "recurring"
    assert found["lập biểu số"] == "recurring"
    assert found["rà soát quy"] != "recurring"
