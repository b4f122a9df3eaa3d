"""Patterns held-out round 21 and earlier rounds showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a central agency's
decision issuing a regulation, and of a provincial department's letters.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _deadlines, _tasks

INSPECTORATE_DECISION = """THANH TRA CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 418/QĐ-TTCP

Hà Nội, ngày 9 tháng 3 năm 2026

QUYẾT ĐỊNH

BAN HÀNH QUY ĐỊNH VỀ SỔ THEO DÕI CÔNG TÁC CỦA THANH TRA VIÊN

TỔNG THANH TRA CHÍNH PHỦ

Căn cứ Luật Thanh tra số 11/2022/QH15 ngày 14 tháng 11 năm 2022;

Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định về sổ theo dõi công tác của Thanh tra viên.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Điều 3. Thủ trưởng các đơn vị thuộc Thanh tra Chính phủ chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, Vụ TCCB.

TỔNG THANH TRA CHÍNH PHỦ
Trần Minh Khoa

QUY ĐỊNH

VỀ SỔ THEO DÕI CÔNG TÁC CỦA THANH TRA VIÊN

(Ban hành kèm theo Quyết định số 418/QĐ-TTCP ngày 9 tháng 3 năm 2026 của Tổng Thanh tra Chính phủ)

Điều 1. Phạm vi điều chỉnh

Quy định này quy định về sổ theo dõi công tác của Thanh tra viên.

Điều 2. Trách nhiệm thi hành

1. Vụ Tổ chức cán bộ có trách nhiệm tổ chức cấp phát sổ theo dõi công tác cho các đơn vị.

2. Văn phòng Thanh tra Chính phủ có trách nhiệm bố trí kinh phí in sổ theo quy định.
"""


def test_a_regulation_after_a_head_signing_without_a_marker_gives_its_duties() -> None:
    # "TỔNG THANH TRA CHÍNH PHỦ" over the name is the signature: what follows the name is
    # the attached regulation, not more of the distribution list
    extraction = extract_text(INSPECTORATE_DECISION)
    assert _tasks(extraction) == [
        ("Vụ Tổ chức cán bộ", "Tổ chức cấp phát sổ theo dõi công tác ch"),
        ("Văn phòng Thanh tra Chính phủ", "Bố trí kinh phí in sổ theo quy định."),
    ]
    document = extraction.cascade.documents[0]
    assert document.signer is not None
    assert document.signer.name == "Trần Minh Khoa"


def test_distribution_entries_wrapped_by_a_crawl_are_not_the_signers_title() -> None:
    # a crawl wraps the entries: "- Lãnh⏎đạo TTCP;" and "- Lưu:⏎VT, Vụ TCCB." are still
    # the distribution list; the title is the line in capitals over the name
    wrapped = INSPECTORATE_DECISION.replace(
        "- Như Điều 3;\n- Lưu: VT, Vụ TCCB.",
        "-\nNhư Điều 3;\n- Lãnh\nđạo TTCP;\n- Đảng ủy\nTTCP;\n- Lưu:\nVT, Vụ TCCB.",
    )
    document = extract_text(wrapped).cascade.documents[0]
    assert document.signer is not None
    assert document.signer.name == "Trần Minh Khoa"
    assert document.signer.title is not None
    assert document.signer.title.casefold() == "tổng thanh tra chính phủ"


DEPARTMENT_DECISION_HEAD = """ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
SỞ NỘI VỤ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 233/QĐ-SNV

Hà Giang, ngày 17 tháng 4 năm 2026

QUYẾT ĐỊNH

Về việc cấp thẻ viên chức thanh tra chuyên ngành

GIÁM ĐỐC SỞ NỘI VỤ

Căn cứ Quyết định số 12/2025/QĐ-UBND ngày 3 tháng 2 năm 2025 của Ủy ban nhân dân tỉnh;

QUYẾT ĐỊNH:

"""

DEPARTMENT_DECISION_TAIL = """
Nơi nhận:
- Như Điều 3;
- Lưu: VT.

GIÁM ĐỐC

Lò Văn Thắng
"""


def test_a_unit_named_by_what_it_manages_directly_leads_its_step() -> None:
    # "Thủ trưởng đơn vị trực tiếp quản lý viên chức xem xét …": the head stands for the
    # unit, and "trực tiếp quản lý viên chức" is part of its name, not the work
    body = """Điều 1. Trình tự cấp thẻ

1. Trình tự cấp thẻ:

a) Thủ trưởng đơn vị trực tiếp quản lý viên chức xem xét, đề nghị Giám đốc Sở (qua
Phòng Tổ chức cán bộ) cấp thẻ;

b) Phòng Tổ chức cán bộ lập danh sách trình Giám đốc Sở quyết định.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""
    extraction = extract_text(DEPARTMENT_DECISION_HEAD + body + DEPARTMENT_DECISION_TAIL)
    assert _tasks(extraction) == [
        ("đơn vị trực tiếp quản lý viên chức", "Xem xét, đề nghị Giám đốc Sở (qua Phòng "),
        ("Phòng Tổ chức cán bộ", "Lập danh sách trình Giám đốc Sở quyết đị"),
    ]


PROVINCE_DECISION_HEAD = """ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 877/QĐ-UBND

Tuyên Quang, ngày 6 tháng 10 năm 2026

QUYẾT ĐỊNH
Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực bưu chính

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG

Căn cứ Quyết định số 205/QĐ-UBND ngày 11/3/2026 của Ủy ban nhân dân tỉnh Tuyên Quang;

QUYẾT ĐỊNH:

Điều 1. Phê duyệt kèm theo Quyết định này 12 quy trình nội bộ giải quyết thủ tục hành chính.
"""

PROVINCE_DECISION_TAIL = """Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đặng Văn Hưng
"""


def test_an_article_title_run_into_its_text_and_a_telecom_branch() -> None:
    # "Điều 2. Trách nhiệm thực hiện Sở …": the article's title, then its text (the crawl
    # lost the line between them); "Viễn thông Tuyên Quang" is a body (the telecom
    # group's provincial branch), listed with ";"
    body = """Điều 2. Trách nhiệm thực hiện Sở Khoa học và
Công nghệ; Viễn thông Tuyên Quang; Bưu điện tỉnh Tuyên Quang thực hiện trách nhiệm theo
Điều 3 Quyết định số 205/QĐ-UBND ngày 11/3/2026 của Ủy ban nhân dân tỉnh.
"""
    text = PROVINCE_DECISION_HEAD + body + PROVINCE_DECISION_TAIL
    assert [lead for lead, _ in _tasks(extract_text(text))] == [
        "Sở Khoa học và Công nghệ",
        "Viễn thông Tuyên Quang",
        "Bưu điện tỉnh Tuyên Quang",
    ]


def test_a_kind_of_body_in_lower_case_after_a_condition_is_the_subject() -> None:
    # a regulation's procedure: "Trước thời điểm …, cơ sở gửi …", "Đối với …: Khi …, cơ sở
    # phải gửi …", "Trong một số trường hợp …, Sở Y tế có trách nhiệm …"
    body = """Điều 2. Quy trình thông báo tạm ngừng hoạt động

1. Trước thời điểm tạm ngừng hoạt động, cơ sở gửi thông báo bằng văn bản đến Sở Y tế.

2. Đối với trường hợp quy định tại khoản 1 Điều 1: Khi có yêu cầu của cơ quan có thẩm
quyền, cơ sở phải gửi báo cáo bằng văn bản đến Sở Y tế.

3. Trong một số trường hợp cần thiết, Sở Y tế có trách nhiệm tham mưu Ủy ban nhân dân
tỉnh điều chỉnh thời gian hoạt động.

"""
    text = PROVINCE_DECISION_HEAD + body + PROVINCE_DECISION_TAIL
    assert _tasks(extract_text(text)) == [
        ("cơ sở", "Gửi thông báo bằng văn bản đến Sở Y tế."),
        ("cơ sở", "Gửi báo cáo bằng văn bản đến Sở Y tế."),
        ("Sở Y tế", "Tham mưu Ủy ban nhân dân tỉnh điều chỉnh"),
    ]


def test_work_under_a_condition_is_due_when_it_arises() -> None:
    # "Khi …, cơ sở phải gửi …", "Trước thời điểm …, cơ sở gửi …": due on that event; "Trong
    # trường hợp đặc biệt …, Sở Y tế …" names a case the work covers, no time
    body = """Điều 2. Quy trình thông báo tạm ngừng hoạt động

1. Trước thời điểm tạm ngừng hoạt động, cơ sở gửi thông báo bằng văn bản đến Sở Y tế.

2. Khi có yêu cầu của cơ quan có thẩm quyền, cơ sở phải gửi báo cáo bằng văn bản đến Sở Y
tế.

3. Trong trường hợp đặc biệt theo chỉ đạo của Ủy ban nhân dân tỉnh, Sở Y tế hoàn thiện
hồ sơ, xin ý kiến Hội đồng Thi đua - Khen thưởng tỉnh.

"""
    extraction = extract_text(PROVINCE_DECISION_HEAD + body + PROVINCE_DECISION_TAIL)
    assert [lead for lead, _ in _tasks(extraction)] == ["cơ sở", "cơ sở", "Sở Y tế"]
    assert _deadlines(extraction) == ["event", "event", "none"]
    milestones = [ob.deadline.milestone for ob in extraction.cascade.obligations[:2]]
    assert milestones == [
        "truoc-thoi-diem-tam-ngung-hoat-dong",
        "khi-co-yeu-cau-cua-co-quan-co-tham-quyen",
    ]


def test_a_line_closing_a_bracket_left_open_is_no_item() -> None:
    # "… (lần⏎2) đến Sở Y tế": the crawl wrapped inside the brackets; "2)" is no item marker
    body = """Điều 2. Quy trình thông báo

1. Sở Y tế có trách nhiệm tiếp nhận thông báo của cơ sở.

2. Trung tâm Kiểm soát bệnh tật tỉnh gửi văn bản thông báo gia hạn thời gian tạm ngừng (lần
2) đến Sở Y tế.

"""
    extraction = extract_text(PROVINCE_DECISION_HEAD + body + PROVINCE_DECISION_TAIL)
    actions = [ob.action for ob in extraction.cascade.obligations]
    assert actions[-1] == ("Gửi văn bản thông báo gia hạn thời gian tạm ngừng (lần 2) đến Sở Y tế.")


COMMITTEE_RULES = """BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH YÊN BÁI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 41/QĐ-BCĐ

Yên Bái, ngày 2 tháng 6 năm 2026

QUYẾT ĐỊNH

Ban hành Quy chế hoạt động của Ban Chỉ đạo Chuyển đổi số tỉnh Yên Bái

TRƯỞNG BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH YÊN BÁI

Căn cứ Quyết định số 118/QĐ-UBND ngày 20 tháng 1 năm 2026 của Ủy ban nhân dân tỉnh;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo Chuyển đổi số
tỉnh Yên Bái.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

TRƯỞNG BAN
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Vũ Thị Hạnh

QUY CHẾ

Hoạt động của Ban Chỉ đạo Chuyển đổi số tỉnh Yên Bái

Điều 2. Phạm vi điều chỉnh

Quy chế này quy định về nguyên tắc làm việc và trách nhiệm của Ban Chỉ đạo Chuyển đổi số
tỉnh Yên Bái (gọi tắt là Ban Chỉ đạo).

Điều 3. Trách nhiệm của Ban Chỉ đạo

1. Chỉ đạo, điều phối các sở, ngành, địa phương triển khai chuyển đổi số trên địa bàn tỉnh.

2. Tổng hợp và định kỳ báo cáo Ủy ban nhân dân tỉnh kết quả chuyển đổi số.

Điều 4. Phối hợp hoạt động

Sở Khoa học và Công nghệ có trách nhiệm theo dõi, đôn đốc thực hiện Quy chế này.
"""


def test_the_issuers_own_duties_in_its_operating_rules_are_no_tasks() -> None:
    # the committee issues its own operating rules: "Trách nhiệm của Ban Chỉ đạo" states
    # its standing functions, not work it gives; a body named in the rules still acts
    extraction = extract_text(COMMITTEE_RULES)
    assert _tasks(extraction) == [
        ("Sở Khoa học và Công nghệ", "Theo dõi, đôn đốc thực hiện Quy chế này."),
    ]


def test_the_committees_of_a_council_are_no_distributed_list() -> None:
    # "các Ban Hội đồng nhân dân, Tổ đại biểu": the council's committees, then the delegates'
    # groups (not "Ban Tổ đại biểu"); "các Bộ Quốc phòng, Công an" still names two ministries
    body = """Điều 2. Tổ chức thực hiện

1. Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu và các đại
biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.

2. Đề nghị các Bộ Quốc phòng, Công an phối hợp triển khai Nghị quyết.

"""
    extraction = extract_text(PROVINCE_DECISION_HEAD + body + PROVINCE_DECISION_TAIL)
    assert [lead for lead, _ in _tasks(extraction)] == [
        "Thường trực Hội đồng nhân dân",
        "các Ban Hội đồng nhân dân",
        "Tổ đại biểu",
        "các đại biểu Hội đồng nhân dân tỉnh",
        "Bộ Quốc phòng",
        "Bộ Công an",
    ]


def test_when_a_term_runs_out_the_unit_writes_to_ask() -> None:
    # "Hết thời hạn …, Thủ trưởng đơn vị trực tiếp quản lý viên chức có văn bản đề nghị …":
    # a condition, then the unit named by what it manages; "có văn bản" is work
    body = """Điều 1. Thu hồi thẻ

1. Hết thời hạn tạm đình chỉ sử dụng thẻ, Thủ trưởng đơn vị trực tiếp quản lý viên chức có
văn bản đề nghị Giám đốc Sở cấp lại thẻ.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""
    extraction = extract_text(DEPARTMENT_DECISION_HEAD + body + DEPARTMENT_DECISION_TAIL)
    assert _tasks(extraction) == [
        ("đơn vị trực tiếp quản lý viên chức", "Có văn bản đề nghị Giám đốc Sở cấp lại t"),
    ]
    assert _deadlines(extraction) == ["event"]


def test_bodies_listed_before_a_duty_line_lead_its_items() -> None:
    # "Giao các sở … gồm:" / "- Sở A (đối với …);" / "- Sở B (…)." / "Có trách nhiệm:" over
    # a), b): every listed body leads every item
    body = """Điều 2. Trách nhiệm thực hiện

1. Giao các sở quản lý chuyên ngành theo lĩnh vực gồm:

- Sở Xây dựng (đối với công trình giao thông, hạ tầng đô thị);

- Sở Nông nghiệp và Môi trường (đối với công trình thủy lợi, đê điều).

Có trách nhiệm:

a) Rà soát, thống kê toàn bộ công trình thuộc phạm vi quản lý.

b) Báo cáo Ủy ban nhân dân tỉnh kết quả rà soát.

"""
    extraction = extract_text(PROVINCE_DECISION_HEAD + body + PROVINCE_DECISION_TAIL)
    assert sorted(_tasks(extraction)) == [
        ("Sở Nông nghiệp và Môi trường", "Báo cáo Ủy ban nhân dân tỉnh kết quả rà "),
        ("Sở Nông nghiệp và Môi trường", "Rà soát, thống kê toàn bộ công trình thu"),
        ("Sở Xây dựng", "Báo cáo Ủy ban nhân dân tỉnh kết quả rà "),
        ("Sở Xây dựng", "Rà soát, thống kê toàn bộ công trình thu"),
    ]
