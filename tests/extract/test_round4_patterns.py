"""Patterns held-out round 3 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the crawl's style.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cascade.extract import extract_text
from cascade.extract.evaluate import deadline_repr
from cascade.extract.writer import dumps_yaml

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


# --- bold unit headings wrapped over two lines -------------------------------------------

_UNITS = """Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại Công văn số 155/TTg-KGVX ngày
10/11/2025, Chủ tịch Ủy ban nhân dân tỉnh giao:

**1. Thủ
trưởng các cơ quan tham mưu, giúp việc thuộc Ủy ban nhân dân tỉnh**

- Rà soát, đề xuất bãi bỏ các thủ tục hành chính không còn phù hợp.

- Ứng dụng mạnh mẽ chuyển đổi số trong
giải quyết công việc, bảo đảm công khai, minh bạch.

**2. Sở Kế
hoạch, Tài chính**

- Chủ trì, phối hợp với các
cơ quan, đơn vị liên quan bố trí kinh phí thực hiện chương trình.

- Tham mưu Ủy ban nhân dân tỉnh tháo
gỡ kịp thời khó khăn về nguồn vốn.

**3. Sở
Văn hóa, Sở Du lịch và Thể thao, Đài Phát thanh và Truyền hình tỉnh:**** **Tham mưu Ủy ban
nhân dân tỉnh chỉ đạo các cơ quan báo chí:

- Chủ động hơn nữa công tác
thông tin, tuyên truyền về các sự kiện quan trọng.

- Lan toả các điển hình tiên
tiến, cách làm sáng tạo.
"""


def test_a_group_whose_name_holds_a_verb_is_not_cut_before_it() -> None:
    tasks = _tasks(extract_text(_plan(_UNITS)))
    # "tham mưu" is part of the name here, not the start of an action
    group = "các cơ quan tham mưu, giúp việc thuộc Ủy ban nhân dân tỉnh"
    assert tasks[:2] == [
        (group, "Rà soát, đề xuất bãi bỏ các thủ tục hành"),
        (group, "Ứng dụng mạnh mẽ chuyển đổi số trong giả"),
    ]


def test_a_heading_naming_one_body_with_a_comma_in_its_name_keeps_its_bullets() -> None:
    tasks = _tasks(extract_text(_plan(_UNITS)))
    assert [action for lead, action in tasks if lead == "Sở Kế hoạch, Tài chính"] == [
        "Chủ trì, phối hợp với các cơ quan, đơn v",
        "Tham mưu Ủy ban nhân dân tỉnh tháo gỡ kị",
    ]


def test_a_heading_naming_several_bodies_then_a_lead_in_gives_them_its_bullets() -> None:
    tasks = _tasks(extract_text(_plan(_UNITS)))
    bodies = ["Sở Văn hóa", "Sở Du lịch và Thể thao", "Đài Phát thanh và Truyền hình tỉnh"]
    # the bullets need not start with a verb; the lead-in itself is no task
    assert tasks[4:] == [
        (body, action)
        for action in (
            "Chủ động hơn nữa công tác thông tin, tuy",
            "Lan toả các điển hình tiên tiến, cách là",
        )
        for body in bodies
    ]


# --- a regulation's closing and its yearly steps ------------------------------------------

_STEPS = """**Điều 8. Đánh giá, xếp loại**

1. Thang điểm đánh giá: tối đa 100 điểm.

2. Trình tự, thời gian đánh
giá, xếp loại

a) Hằng năm, các cơ quan, đơn vị
cấp tỉnh và Ủy ban nhân dân các xã lập báo cáo, tự chấm điểm, tự đánh giá xếp loại công tác
cải cách hành chính và gửi báo cáo về Sở Nội vụ **từ ngày 05 đến ngày 10 tháng
11;**

b) Sở Nội vụ tổng hợp kết quả tự
chấm điểm của các cơ quan, đơn vị **từ ngày 11 đến ngày 30 tháng 11 hằng năm;**

c) Trong quý I của năm liền kề
đánh giá, Sở Nội vụ chủ trì, phối hợp với các cơ quan có liên quan thẩm định kết quả
chấm điểm, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định.

**Điều 9. Tổ chức thực hiện**

1. Trách nhiệm của các cơ quan, đơn vị cấp tỉnh

a) Tổ chức tự đánh giá, gửi kết quả về Sở Nội vụ để tổng hợp.

Trong quá trình tổ chức, triển
khai thực hiện nếu có khó khăn, vướng mắc, đề nghị cơ quan, đơn vị báo cáo về Sở
Nội vụ để tổng hợp, tham mưu Ủy ban nhân dân tỉnh xem xét, điều chỉnh./.
"""


def _steps() -> str:
    return _plan(_STEPS, number="99/2025/QĐ-UBND", title="QUYẾT ĐỊNH")


def test_a_yearly_time_before_the_subject_dates_the_sentence() -> None:
    extraction = extract_text(_steps())
    tasks = _tasks(extraction)
    assert tasks[:4] == [
        ("các cơ quan, đơn vị cấp tỉnh", "Lập báo cáo, tự chấm điểm, tự đánh giá x"),
        ("Ủy ban nhân dân các xã", "Lập báo cáo, tự chấm điểm, tự đánh giá x"),
        ("Sở Nội vụ", "Tổng hợp kết quả tự chấm điểm của các cơ"),
        ("Sở Nội vụ", "Chủ trì, phối hợp với các cơ quan có liê"),
    ]
    recurring = [ob.deadline for ob in extraction.cascade.obligations[:3]]
    assert [(d.kind, d.every, d.month, d.day) for d in recurring] == [
        ("recurring", "year", 11, 10),
        ("recurring", "year", 11, 10),
        ("recurring", "year", 11, 30),
    ]


def test_an_if_difficulties_arise_report_closing_after_an_opening_is_no_task() -> None:
    tasks = _tasks(extract_text(_steps()))
    assert tasks[-1] == ("các cơ quan, đơn vị cấp tỉnh", "Tổ chức tự đánh giá, gửi kết quả về Sở N")
    assert len(tasks) == 5


# --- an appendix's procedure steps and notes ---------------------------------------------

_PROCEDURE = """**Điều 1.** Công bố kèm theo Quyết định này quy trình nội bộ giải quyết thủ tục
hành chính lĩnh vực đất đai.

**Điều 2.** Giao Sở Tư pháp chủ trì, phối hợp Trung tâm Phục vụ hành chính công tỉnh
cập nhật quy trình lên Hệ thống thông tin giải quyết thủ tục hành chính.

**Điều 3.** Quyết định này có hiệu lực thi hành kể từ ngày ký.

**QUY TRÌNH NỘI BỘ**

*(Kèm theo Quyết định số 501/QĐ-UBND ngày 26/11/2025 của Chủ tịch Ủy ban nhân dân tỉnh)*

*b) Quy trình giải quyết:*

+ Bước 1: Chuyên viên trực tại
Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ, chuyển hồ sơ về Sở Tư pháp: 0,5 ngày.

+ Bước 2: Văn phòng Ủy ban nhân
dân tỉnh thẩm định hồ sơ, trình Chủ tịch Ủy ban nhân dân tỉnh ký: 02 ngày.

Các bộ phận cấu thành cơ bản khác của thủ tục được kết nối, tích hợp
trên Cổng Dịch vụ công quốc gia.

*Lưu ý: **Đơn vị nhận hồ sơ đầu vào phải bảo đảm tổng thời gian thực hiện. Đồng thời
yêu cầu các cơ quan, đơn vị thực hiện đúng theo Quy trình số hóa hồ sơ./.*
"""


def test_procedure_steps_passive_sentences_and_notes_are_no_tasks() -> None:
    text = _plan(_PROCEDURE, number="501/QĐ-UBND", title="QUYẾT ĐỊNH")
    assert _tasks(extract_text(text)) == [
        ("Sở Tư pháp", "Chủ trì, phối hợp Trung tâm Phục vụ hành")
    ]


# --- a one-paragraph request closed by "báo cáo … kết quả … trong tháng …" ----------------

_REQUEST = """Xét đề nghị của Sở Công Thương tại Tờ trình số 412/TTr-SCT ngày 05 tháng 11 năm
2025, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:

Sở Công Thương chủ trì phối hợp với
các cơ quan liên quan khẩn trương rà soát các điểm bán xăng dầu trên địa bàn, cụ thể: (i)
Đánh giá khả năng cung ứng xăng dầu trong dịp cuối năm; (ii) Kiểm tra việc niêm yết giá
tại các cửa hàng; báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện
trong tháng 12 năm 2025.

Sở Tài chính định kỳ hằng năm (trước ngày 15/11) rà soát các khoản phí; báo cáo kết quả
thực hiện về Ủy ban nhân dân tỉnh trước ngày 20/11 hằng năm.
"""


def test_the_time_of_a_closing_result_report_dates_the_work_of_its_sentence() -> None:
    extraction = extract_text(_plan(_REQUEST, number="3120/UBND-KT", title="CÔNG VĂN"))
    # "(ii) Kiểm tra …" starts with a verb of its own: a part of its own (since round 16)
    assert [lead for lead, _ in _tasks(extraction)] == [
        "Sở Công Thương",
        "Sở Công Thương",
        "Sở Công Thương",
        "Sở Tài chính",
        "Sở Tài chính",
    ]
    assert [deadline_repr(ob.deadline) for ob in extraction.cascade.obligations] == [
        "period 2025-12-01 2025-12-31",
        "period 2025-12-01 2025-12-31",
        "period 2025-12-01 2025-12-31",
        # a report that recurs does not date the work before it
        "recurring year 11-15",
        "recurring year 11-20",
    ]


# --- an answer letter without tasks still gives a draft that validates --------------------

_ANSWER = """Trả lời kiến nghị của cử tri tỉnh về giá dịch vụ kiểm dịch động vật, Sở Nông nghiệp và
Môi trường có ý kiến như sau:

- Để tránh gián đoạn dịch vụ, ngày 10/01/2025, Sở Nông nghiệp và Môi trường đã có Văn bản
số 1375/SNN-TC về việc tạm thời áp dụng khung giá ban hành kèm theo Thông tư số
283/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính để thực hiện thu dịch vụ kiểm dịch động
vật. (*Xin gửi kèm theo Công văn số 1375/SNN-TC ngày 10/01/2025*)

Trên đây là ý kiến của Sở Nông nghiệp và Môi trường để thông tin tới cử tri./.
"""


def test_a_link_to_a_document_dated_later_is_a_review_note_not_an_error(tmp_path: Path) -> None:
    extraction = extract_text(_plan(_ANSWER, number="2210/SNNMT-TY", title="CÔNG VĂN"))
    assert not extraction.cascade.obligations
    circular = next(d for d in extraction.cascade.documents if d.identifier == "283/2016/TT-BTC")
    # "… Thông tư số 283/2016 … để thực hiện …" does not make a 2016 circular rest on a
    # letter of 2025: the link is left out and said so
    assert not circular.rests_on
    assert "dated after it" in (circular.note or "")
    path = tmp_path / "draft.yaml"
    path.write_text(dumps_yaml(extraction), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "cascade", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- a numbered duty that names its own subject after a time ------------------------------

_OWN_SUBJECT = """**Điều 9. Trách nhiệm của thủ trưởng các đơn vị thuộc Sở**

1. Phổ biến, quán triệt Quy định này đến toàn thể công chức của đơn vị.

2. Tăng cường kiểm tra, giám sát công chức thuộc phạm vi quản lý của đơn vị.

3. Định kỳ trước ngày 15 tháng 12 hàng năm, chi cục
hải quan các cấp phải báo cáo cơ quan cấp trên trực tiếp về tình hình thực hiện
Quy định này.
"""


def test_a_duty_naming_its_own_subject_after_a_time_is_that_bodys() -> None:
    extraction = extract_text(_plan(_OWN_SUBJECT, number="77/QĐ-SCT", title="QUYẾT ĐỊNH"))
    assert [lead for lead, _ in _tasks(extraction)] == [
        "các đơn vị thuộc Sở",
        "các đơn vị thuộc Sở",
        "chi cục hải quan các cấp",
    ]
    assert deadline_repr(extraction.cascade.obligations[2].deadline) == "recurring year 12-15"
