"""Patterns from held-out round 85 (a ministry's circular on how a public centre makes a
scheme to use its assets and leases them), each on a text of its own in the same shape."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import by_lead
from .test_round79_patterns import circular

_STEPS = circular(
    "Điều 6. Trình tự cho thuê hội trường\n"
    "1. Trường hợp hội trường được thuê trên 10 ngày hoặc có giá trị hợp đồng trên 20 "
    "triệu đồng, thực hiện như sau:\n"
    "a) Bước 1: Trung tâm Triển lãm lập kế hoạch cho thuê hội trường theo mẫu của Bộ.\n"
    "b) Bước 2: Gửi kế hoạch cho Vụ Kế hoạch - Tài chính để góp ý.\n"
    "c) Bước 3: Hoàn thiện kế hoạch: Trong thời hạn 10 ngày làm việc kể từ ngày nhận được "
    "ý kiến góp ý, Trung tâm Triển lãm rà soát, hoàn thiện kế hoạch.\n"
    "d) Bước 4: Trình Bộ trưởng phê duyệt kế hoạch.\n"
    "2. Quy trình tiếp nhận khách tham quan được thực hiện theo các bước sau:\n"
    "Bước 1: Kiểm tra vé của khách.\n"
    "Bước 2: Hướng dẫn khách đi theo lối riêng.\n"
)


def test_a_step_that_names_its_body_is_its_work() -> None:
    # "a) Bước 1: Trung tâm lập đề án …", "Bước 3: Chỉnh lý …: Trong thời hạn …, Trung
    # tâm nghiên cứu …": past the step's label and short title, a body's work
    found = by_lead(_STEPS)
    assert ("trung tâm triển lãm", "lập kế") in found
    assert ("trung tâm triển lãm", "rà soát,") in found


def test_a_subjectless_step_goes_on_with_the_body_of_the_step_before() -> None:
    # "Bước 2: Lấy ý kiến của …", "Bước 4: Báo cáo lãnh đạo Bộ …" after a step whose body
    # was named; steps where no body is ever named give nothing
    found = by_lead(_STEPS)
    assert ("trung tâm triển lãm", "gửi kế") in found
    assert ("trung tâm triển lãm", "trình bộ") in found
    assert not [action for _, action in found if action in {"kiểm tra", "hướng dẫn"}]


def test_steps_under_a_case_are_due_when_it_arises() -> None:
    # "1. Trường hợp …, thực hiện như sau:" / "a) Đối với trường hợp …, thực hiện như sau:"
    # over "Bước N": each step waits for the case
    cascade = extract_text(_STEPS).cascade
    (plan,) = [ob for ob in cascade.obligations if ob.action.startswith("Lập kế hoạch")]
    assert plan.deadline is not None and plan.deadline.kind == "event"


def test_a_workflow_step_with_its_time_is_no_duty() -> None:
    # "- Bước 1: Văn phòng … tiếp nhận, thẩm định hồ sơ …: 0,75 ngày làm việc.": an
    # administrative procedure's internal routine
    text = circular(
        "Điều 6. Quy trình cấp giấy phép triển lãm\n"
        "1. Quy trình giải quyết tại Sở:\n"
        "- Bước 1: Phòng Quản lý văn hóa tiếp nhận, kiểm tra hồ sơ, trình lãnh đạo Sở ký: "
        "0,5 ngày làm việc.\n"
        "- Bước 2: Văn phòng Sở vào sổ, trả kết quả cho tổ chức: 0,25 ngày làm việc.\n"
    )
    assert not by_lead(text)
