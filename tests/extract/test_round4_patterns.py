"""Patterns held-out round 3 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's style.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _deadlines, _plan, _tasks

# --- a regulation's "Thẩm quyền, trách nhiệm của X" articles and a delegation's term ------

_POWERS = """**Điều 3.
Thực hiện quyền quản lý cán bộ tại các đơn vị sự nghiệp**

1. Ủy ban nhân dân tỉnh ủy quyền cho
Giám đốc Sở Y tế:

a) Quyết định bổ nhiệm, bổ nhiệm lại, miễn nhiệm đối với Phó Giám đốc bệnh viện
tuyến tỉnh.

b) Quyết định nâng bậc lương đối với viên chức quản lý.

2. Thời gian thực hiện nội
dung ủy quyền tại khoản 1 Điều này: Kể từ ngày Quyết định này có hiệu
lực thi hành đến khi có văn bản khác thay thế.

**Điều 4.
Thẩm quyền, trách nhiệm của các cơ quan, đơn vị liên quan**

1. Sở Nội vụ:

a) Chủ trì, phối hợp với các
cơ quan liên quan tham mưu trình Ủy ban nhân dân tỉnh kiểm tra việc thực hiện Quyết định này.

b) Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.

2. Các cơ quan, đơn vị liên
quan đến hoạt động của bệnh viện:

a) Thường xuyên giám sát, kiểm
tra hoạt động của các bệnh viện thuộc ngành quản lý.

b) Phối hợp Sở Nội vụ thực
hiện quy trình đánh giá viên chức quản lý.

**Điều 5.
Thẩm quyền, trách nhiệm của đơn vị sự nghiệp**

1. Đề xuất cấp có thẩm quyền
bổ nhiệm, bổ nhiệm lại viên chức quản lý.

2. Quản lý hồ sơ viên chức các
trường hợp thuộc thẩm quyền quản lý.

**Điều 6.
Điều khoản thi hành**

Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 12 năm 2025.
"""


def _powers() -> str:
    return _plan(_POWERS, number="88/2025/QĐ-UBND", title="QUYẾT ĐỊNH")


def test_a_delegation_term_until_a_new_text_replaces_it_is_no_deadline() -> None:
    extraction = extract_text(_powers())
    assert [lead for lead, _ in _tasks(extraction)][:2] == ["Sở Nội vụ", "Sở Nội vụ"]
    # "đến khi có văn bản khác thay thế" says how long the delegation holds
    assert "event" not in _deadlines(extraction)
    assert not extraction.cascade.milestones


def test_a_numbered_group_with_a_qualifier_of_its_own_leads_its_items() -> None:
    leads = [lead for lead, _ in _tasks(extract_text(_powers()))]
    # the whole heading names the group, not "các cơ quan, đơn vị liên quan" of the article
    group = "Các cơ quan, đơn vị liên quan đến hoạt động của bệnh viện"
    assert leads[2:4] == [group, group]


def test_powers_and_duties_of_a_kind_of_body_head_its_items() -> None:
    tasks = _tasks(extract_text(_powers()))
    assert tasks[4:] == [
        ("đơn vị sự nghiệp", "Đề xuất cấp có thẩm quyền bổ nhiệm, bổ n"),
        ("đơn vị sự nghiệp", "Quản lý hồ sơ viên chức các trường hợp t"),
    ]
    # the powers delegated to the Sở Y tế are no tasks
    assert len(tasks) == 6
