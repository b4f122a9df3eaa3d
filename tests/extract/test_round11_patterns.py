"""Patterns held-out round 10 and the rounds before it showed, each on a text written for
this test.

Names, numbers and dates are invented; the texts follow the crawl's style. The plan of
these tests is dated Wednesday 26 November 2025.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _deadlines, _plan, _tasks

# --- "if difficulties arise, X reports": whom to turn to, no task -------------------------


def test_whom_to_turn_to_with_difficulties_is_no_task_even_when_it_names_its_subject() -> None:
    body = """**Điều 3. Tổ chức thực hiện**

1. Sở Tài chính chủ trì hướng dẫn các cơ quan lập dự toán kinh phí thực hiện.

2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản
ánh về Sở Tài chính để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét./.
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [
        ("Sở Tài chính", "Chủ trì hướng dẫn các cơ quan lập dự toá"),
    ]


# --- a delegation: its term, its accountability and its powers are no tasks ---------------

_DELEGATION = """**Điều 1. **Ủy quyền cho
Giám đốc Sở Công Thương tiếp nhận, thẩm định và cấp giấy phép bán lẻ rượu trên địa bàn tỉnh.

**Điều 2. **Thời
gian ủy quyền kể từ ngày Quyết định này có hiệu lực đến hết ngày 31/12/2026.

**Điều 3. **Trách nhiệm
của Giám đốc Sở Công Thương

1. Chịu trách nhiệm trước Ủy
ban nhân dân tỉnh và pháp luật đối với việc cấp giấy phép được ủy quyền; không được ủy
quyền tiếp cho cơ quan khác.

2. Bố trí công chức và điều kiện cần thiết để cấp giấy phép được ủy quyền.

3. Được sử dụng con dấu của
Sở Công Thương khi cấp giấy phép được ủy quyền.

4. Có quyền yêu cầu chủ đầu tư bổ sung hồ sơ còn thiếu.

**Điều 4. **Thủ trưởng các cơ quan, đơn vị có liên quan căn cứ Quyết định này triển khai
thực hiện đảm bảo theo chức năng, nhiệm vụ.
"""


def test_the_term_of_a_delegation_is_no_deadline_of_its_duties() -> None:
    extraction = extract_text(_plan(_DELEGATION, title="QUYẾT ĐỊNH"))
    assert _deadlines(extraction) == ["none"] * len(extraction.cascade.obligations)
    assert extraction.cascade.obligations


def test_accountability_powers_and_carrying_out_the_decision_are_no_tasks() -> None:
    extraction = extract_text(_plan(_DELEGATION, title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [
        ("Sở Công Thương", "Tiếp nhận, thẩm định và cấp giấy phép bá"),  # the delegation
        ("Sở Công Thương", "Bố trí công chức và điều kiện cần thiết "),
    ]


def test_accountability_before_a_work_after_a_comma_stays_a_task() -> None:
    body = """2. Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Trị, Huế:

- Chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ về công tác ứng phó bão trên
địa bàn, chủ động chỉ đạo công tác sơ tán người dân khỏi vùng nguy hiểm.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert [lead for lead, _ in _tasks(extraction)] == ["Ủy ban nhân dân các tỉnh: Quảng Trị, Huế"]


# --- a council's supervising group of four ------------------------------------------------


def test_a_councils_delegates_groups_and_delegates_are_bodies_of_the_list() -> None:
    body = """**Điều 2. Tổ chức thực hiện**

1. Giao Ủy ban nhân dân thành phố tổ chức thực hiện Nghị quyết.

2. Giao Thường trực Hội đồng nhân dân thành phố, các Ban của Hội đồng nhân dân thành phố,
Tổ đại biểu Hội đồng nhân dân thành phố và đại biểu Hội đồng nhân dân thành phố giám sát
việc thực hiện Nghị quyết.
"""
    extraction = extract_text(_plan(body, title="NGHỊ QUYẾT"))
    assert [lead for lead, _ in _tasks(extraction)][1:] == [
        "Thường trực Hội đồng nhân dân thành phố",
        "các Ban của Hội đồng nhân dân thành phố",
        "Tổ đại biểu Hội đồng nhân dân thành phố",
        "đại biểu Hội đồng nhân dân thành phố",
    ]


# --- a letter: a date of readiness in the purpose before the request ---------------------

_READY = """Kính gửi: Thuế các tỉnh, thành phố.

Để triển khai Nghị định số 175/2025/NĐ-CP ngày 30/6/2025 của Chính phủ về lệ phí trước bạ,
Cục Thuế có ý kiến như sau:

Để bảo đảm việc thu lệ phí trước bạ theo bảng giá mới từ ngày 01/7/2026, đề nghị các Thuế
tỉnh, thành phố khẩn trương tham mưu Ủy ban nhân dân tỉnh ban hành Bảng giá tính lệ phí
trước bạ nhà áp dụng từ ngày 01/7/2026.

Để thuận tiện cho người nộp thuế, đề nghị các Thuế tỉnh, thành phố niêm yết công khai thủ
tục tại nơi tiếp nhận hồ sơ.

Cục Thuế thông báo để các Thuế tỉnh, thành phố biết và thực hiện./.
"""


def test_a_day_the_purpose_must_be_ready_by_dates_the_request() -> None:
    extraction = extract_text(_plan(_READY, number="77/CT-CS", title="CÔNG VĂN"))
    assert _tasks(extraction) == [
        ("các Thuế tỉnh, thành phố", "Khẩn trương tham mưu Ủy ban nhân dân tỉn"),
        ("các Thuế tỉnh, thành phố", "Niêm yết công khai thủ tục tại nơi tiếp "),
    ]
    assert _deadlines(extraction) == ["absolute 2026-07-01", "none"]


# --- an article's bold label, then one word, then the wrapped rest of its sentence --------


def test_a_body_named_across_the_line_after_an_articles_label_is_read() -> None:
    body = """**Điều 1. **Phê
duyệt Danh mục các chợ đầu mối và chợ hạng I trên địa bàn tỉnh năm 2026, cụ thể
như sau:
*(Chi tiết tại Phụ lục kèm theo)*
**Điều 2. **Sở
Công Thương có trách nhiệm chủ trì, phối hợp với các cơ quan, UBND các xã, phường,
đơn vị liên quan hướng dẫn các thương nhân quản lý chợ thực hiện theo đúng quy định
và danh mục đã được phê duyệt kèm theo Quyết định này.
**Điều 3. **Quyết định này có hiệu lực kể từ ngày ký.
"""
    extraction = extract_text(_plan(body, title="QUYẾT ĐỊNH"))
    assert _tasks(extraction) == [
        ("Sở Công Thương", "Chủ trì, phối hợp với các cơ quan, UBND "),
    ]


# --- closing paragraphs: "có khó khăn" without "nếu"; "phối hợp triển khai thực hiện" -------


def test_closing_paragraphs_of_a_plan_give_no_task() -> None:
    body = """II. TỔ CHỨC THỰC HIỆN

1. Sở Tài chính chủ trì hướng dẫn các cơ quan lập dự toán kinh phí.

Trong quá trình thực hiện có
khó khăn, vướng mắc, đề nghị các cơ quan, đơn vị phản hồi bằng văn bản về Ủy ban nhân
dân tỉnh (thông qua Sở Tài chính) để được giải quyết.

Các cơ quan, đơn vị, địa
phương căn cứ chức năng, nhiệm vụ được giao, khẩn trương phối hợp triển khai thực
hiện Kế hoạch này./.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [
        ("Sở Tài chính", "Chủ trì hướng dẫn các cơ quan lập dự toá"),
    ]


def test_a_resolute_closing_formula_is_no_task() -> None:
    body = """Thủ tướng Chính phủ yêu cầu:

1. Bộ Công Thương chỉ đạo bảo đảm cung ứng xăng dầu cho vùng bị chia cắt.

Yêu cầu các Bộ, ngành, địa phương nghiêm túc, quyết
liệt triển khai thực hiện Công điện này./.
"""
    extraction = extract_text(_plan(body, title="CÔNG ĐIỆN"))
    assert _tasks(extraction) == [
        ("Bộ Công Thương", "Chỉ đạo bảo đảm cung ứng xăng dầu cho vù"),
    ]


# --- "các cơ quan quản lý nhà nước" is a kind of body --------------------------------------


def test_state_management_bodies_are_one_name() -> None:
    body = """II. TỔ CHỨC THỰC HIỆN

1. Các cơ quan quản lý nhà nước và các tổ chức, cá nhân liên quan có trách nhiệm thực hiện
nghiêm quy định về khai thác nước dưới đất.

2. Sở Y tế kiểm tra chất lượng nước sạch.
"""
    extraction = extract_text(_plan(body))
    assert [lead for lead, _ in _tasks(extraction)][:1] == ["Các cơ quan quản lý nhà nước"]


def test_answering_for_the_whole_plan_is_no_task() -> None:
    body = """IV. TỔ CHỨC THỰC HIỆN

1. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường chịu trách nhiệm thực hiện Kế
hoạch này.

2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch theo quy định.
"""
    extraction = extract_text(_plan(body))
    assert _tasks(extraction) == [("Sở Tài chính", "Bố trí kinh phí thực hiện Kế hoạch theo ")]
