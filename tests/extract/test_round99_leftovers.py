"""Leftovers of held-out round 99 read on texts of their own: a delegation of rules that
takes no event from the title above it, a section's title in capitals that dates nothing,
"thống nhất" (to unify) after a body's name, rules set by the Government or a minister, cases
listed, a fund described, duties by reference, a liability, views passed on, and a second duty
joined by "và có trách nhiệm"."""

from __future__ import annotations

from cascade.extract import extract_text
from cascade.extract.orgs import parse_org_list

from .decree_frame import deadline_kinds, law


def _kinds(body: str) -> dict[str, str]:
    text = law(
        body,
        number="69/2020/QH14",
        title="NGƯỜI LAO ĐỘNG VIỆT NAM ĐI LÀM VIỆC Ở NƯỚC NGOÀI THEO HỢP ĐỒNG",
        enacting="Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng",
    )
    return deadline_kinds(text, words=2)


def test_a_delegation_of_rules_takes_no_event_from_the_articles_title() -> None:
    body = """Điều 54. Giao kết hợp đồng lao động sau khi xuất cảnh
1. Người lao động có trách nhiệm đăng ký hợp đồng lao động tại cơ quan đại diện.
2. Chính phủ quy định chi tiết Điều này./."""
    assert _kinds(body)["quy định"] != "event"  # not "sau khi xuất cảnh"


def test_a_sections_title_in_capitals_dates_none_of_its_duties() -> None:
    body = """Mục 4
HỖ TRỢ NGƯỜI LAO ĐỘNG SAU KHI VỀ NƯỚC
Điều 60. Hỗ trợ tạo việc làm
1. Bộ Lao động - Thương binh và Xã hội có trách nhiệm kết nối Hệ thống cơ sở dữ liệu về
người lao động với hệ thống thông tin thị trường lao động./."""
    assert _kinds(body)["kết nối"] == "continuous"


def test_to_unify_ends_the_governments_name() -> None:
    text = "Chính phủ thống nhất quản lý nhà nước về người lao động đi làm việc ở nước ngoài."
    assert [m.text for m in parse_org_list(text)[0]] == ["Chính phủ"]


def test_the_government_and_a_minister_set_rules() -> None:
    body = """Điều 4. Thu nhập được miễn thuế
1. Chính phủ quy định mức tổng doanh thu năm phù hợp với bối cảnh kinh tế - xã hội.
2. Bộ trưởng Bộ Tài chính quy định thủ tục, hồ sơ được hưởng ưu đãi thuế.
3. Việc miễn thuế thực hiện theo quy định tại Điều 14 của Luật này./."""
    # "quy định" after them is the verb; "theo quy định tại …" stays the noun (no task)
    found = extract_text(
        law(
            body,
            number="67/2025/QH15",
            title="THUẾ THU NHẬP DOANH NGHIỆP",
            enacting="Luật Thuế thu nhập doanh nghiệp",
        )
    ).cascade
    names = {o.id: o.name for o in found.organisations}
    assert sorted((names[o.lead], o.action.split()[2]) for o in found.obligations) == [
        ("Bộ Tài chính", "thủ"),
        ("Chính phủ", "mức"),
    ]


def test_a_funds_support_in_the_cases_listed_is_one_task_and_its_description_none() -> None:
    body = """Điều 66. Quỹ Hỗ trợ việc làm ngoài nước
1. Quỹ Hỗ trợ việc làm ngoài nước là quỹ tài chính nhà nước ngoài ngân sách thuộc Bộ Lao động -
Thương binh và Xã hội nhằm hỗ trợ phát triển thị trường.
Điều 67. Nhiệm vụ của Quỹ Hỗ trợ việc làm ngoài nước
1. Hỗ trợ đối với người lao động trong trường hợp sau đây:
a) Người lao động phải về nước trước thời hạn do bị tai nạn lao động;
b) Người lao động bị chết trong thời gian làm việc ở nước ngoài./."""
    # the cases are when the fund pays, not work of theirs; what the fund is, no work
    assert list(_kinds(body)) == ["hỗ trợ"]


def test_duties_by_reference_and_a_liability_are_no_work() -> None:
    body = """Điều 26. Nghĩa vụ của doanh nghiệp dịch vụ
Doanh nghiệp dịch vụ có trách nhiệm sau đây:
a) Thực hiện các quy định tại khoản 2 Điều 15, các điều 17, 18 và 19 của Luật này;
b) Bồi thường cho người lao động theo hợp đồng đã ký kết và quy định của pháp luật;
c) Báo cáo Bộ Lao động - Thương binh và Xã hội về tình hình đưa người lao động đi./."""
    # (a) says where the duties are, read there; (b) is what it answers for
    assert list(_kinds(body)) == ["báo cáo"]


def test_views_and_requests_passed_on_are_steps() -> None:
    body = """Điều 12. Xử lý kết quả lấy ý kiến thành viên Chính phủ
1. Trường hợp còn ý kiến khác, Văn phòng Chính phủ chuyển các ý kiến thành viên Chính phủ đến cơ
quan chủ trì soạn thảo để tiếp tục xử lý.
2. Văn phòng Chính phủ chuyển đến cơ quan có thẩm quyền để nghiên cứu, xử lý theo quy định./."""
    assert _kinds(body) == {"chuyển các": "event", "chuyển đến": "continuous"}


def test_a_second_duty_joined_by_va_co_trach_nhiem_is_a_task_of_its_own() -> None:
    body = """Điều 7. Trách nhiệm của bộ, cơ quan ngang bộ
Bộ Tài chính có trách nhiệm bảo đảm việc trả lời đầy đủ, đúng thời hạn các nội dung lấy ý kiến
và có trách nhiệm triển khai quy trình nội bộ để xử lý công việc kịp thời./."""
    assert set(_kinds(body)) == {"bảo đảm", "triển khai"}
