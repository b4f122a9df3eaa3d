"""Patterns held-out round 7 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's style.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _deadlines, _plan, _tasks

# --- "đầy đủ, liên tục" says how the work is done, not how long ------------------------


def test_updating_fully_and_without_gaps_is_no_continuous_deadline() -> None:
    body = """**III. TỔ CHỨC THỰC HIỆN**

1. Sở Nội vụ thực hiện cập nhật đầy đủ, liên
tục trạng thái hồ sơ trên Hệ thống thông tin của tỉnh.

2. Sở Y tế theo dõi liên tục tình hình dịch bệnh trên địa bàn.
"""
    extraction = extract_text(_plan(body))
    assert [lead for lead, _ in _tasks(extraction)] == ["Sở Nội vụ", "Sở Y tế"]
    assert _deadlines(extraction) == ["none", "continuous"]


# --- "căn cứ nội dung Quyết định để triển khai thực hiện" is a closing formula ---------


def test_carrying_out_the_decision_on_its_own_content_is_a_closing_formula() -> None:
    body = """**Điều 2.** Tổ chức thực hiện

1. Giao Sở Tư pháp chủ trì hướng dẫn việc thực hiện Quyết định này.

2. Các cơ quan, đơn vị, địa phương căn cứ nội dung Quyết định để triển khai thực hiện
nghiêm túc, đầy đủ, đảm bảo quyền lợi của người dân.

**Điều 3.** Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""
    assert _tasks(extract_text(_plan(body, title="QUYẾT ĐỊNH"))) == [
        ("Sở Tư pháp", "Chủ trì hướng dẫn việc thực hiện Quyết đ"),
    ]


# --- a scope article's "bodies concerned with …" is no task ------------------------------


def test_the_bodies_a_scope_article_names_are_no_task() -> None:
    body = """**Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng**

1. Nghị quyết này quy định mức hỗ trợ học phí trên địa bàn tỉnh.

2. Đối tượng áp dụng

a) Học sinh các trường phổ thông công lập trên địa bàn tỉnh.

b) Các cơ quan, đơn vị, cá nhân liên quan đến việc
quản lý và sử dụng kinh phí hỗ trợ học phí.

**Điều 2. Tổ chức thực hiện**

Giao Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Nghị quyết.
"""
    assert _tasks(extract_text(_plan(body, title="NGHỊ QUYẾT"))) == [
        ("Ủy ban nhân dân tỉnh Hà Nam Ninh", "Bố trí kinh phí thực hiện Nghị quyết."),
    ]


# --- powers delegated: "X quyết định …" is no task ---------------------------------------


def test_powers_in_a_delegation_are_no_tasks() -> None:
    body = """**Điều 3. Thẩm quyền quyết định xử lý tài sản**

1. Sở Tài chính quyết định phê duyệt phương án xử lý tài sản do cơ quan Trung ương
chuyển giao cho địa phương.

2. Ủy ban nhân dân các xã, phường quyết định xác lập quyền sở hữu toàn dân đối với tài
sản do cơ quan, đơn vị thuộc phạm vi quản lý chuyển giao.

3. Thủ trưởng các Sở, ban, ngành có thẩm quyền quyết định thanh lý tài sản của đơn vị.

**Điều 4. Tổ chức thực hiện**

Sở Tài chính hướng dẫn các cơ quan, đơn vị thực hiện Quyết định này.
"""
    assert _tasks(extract_text(_plan(body, title="QUYẾT ĐỊNH"))) == [
        ("Sở Tài chính", "Hướng dẫn các cơ quan, đơn vị thực hiện "),
    ]


# --- a one-paragraph request closed by a report to a superior and its time --------------


def test_the_time_of_a_closing_report_to_a_superior_dates_the_request() -> None:
    body = """**III. TỔ CHỨC THỰC HIỆN**

Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát các dự án nhà ở xã hội trên địa
bàn; đề xuất cơ chế hỗ trợ người mua nhà; báo cáo Ủy ban nhân dân tỉnh trong quý I năm
2026.
"""
    extraction = extract_text(_plan(body))
    assert [lead for lead, _ in _tasks(extraction)] == ["Sở Xây dựng"] * 3
    assert _deadlines(extraction) == ["period 2026-01-01 2026-03-31"] * 3
