"""Patterns held-out rounds 19 and 20 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a provincial
department's letter.
"""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _tasks

LETTER_HEAD = """ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
SỞ XÂY DỰNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 845/SXD-QLN

Bắc Kạn, ngày 14 tháng 5 năm 2026

V/v triển khai quy định về quản lý nhà chung cư

Kính gửi:
- Công an tỉnh;
- Các Sở, ban, ngành của tỉnh;
- Ủy ban nhân dân các xã, phường;
- Hiệp hội Bất động sản tỉnh.

"""

LETTER_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Hoàng Văn Lâm
"""


def test_a_request_to_bodies_listed_with_semicolons_is_each_ones_task() -> None:
    body = """Để việc triển khai các quy định về quản lý nhà chung cư được kịp thời, Sở Xây dựng
đề nghị Công an tỉnh; các Sở, ban, ngành của tỉnh; Ủy ban nhân dân các xã, phường;
Hiệp hội Bất động sản tỉnh; Chủ đầu tư các dự án nhà chung cư phải lập quỹ bảo trì; Ban quản
trị các nhà chung cư phải đăng ký hoạt động và các tổ chức, cá nhân có liên quan tổ chức
tuyên truyền, phổ biến và thực hiện nghiêm các quy định về quản lý nhà chung cư.
"""
    extraction = extract_text(LETTER_HEAD + body + LETTER_TAIL)
    leads = [lead for lead, _ in _tasks(extraction)]
    actions = {action for _, action in _tasks(extraction)}
    assert actions == {"Tổ chức tuyên truyền, phổ biến và thực h"}
    assert leads == [
        "Công an tỉnh",
        "Các Sở, ban, ngành của tỉnh",
        "Ủy ban nhân dân các xã, phường",
        "Hiệp hội Bất động sản tỉnh",
        "Chủ đầu tư các dự án nhà chung cư phải lập quỹ bảo trì",
        "Ban quản trị các nhà chung cư phải đăng ký hoạt động",
        "các tổ chức, cá nhân có liên quan",
    ]
    assert "Sở Xây dựng" not in leads


COMPANY_LETTER = (
    """ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
SỞ XÂY DỰNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 912/SXD-KTHT

Bắc Kạn, ngày 21 tháng 5 năm 2026

V/v thực hiện các nghĩa vụ của chủ đầu tư dự án

Kính gửi: Công ty cổ phần Đầu tư và Xây dựng Minh Phát

Công ty cổ phần Đầu tư và Xây dựng Minh Phát được Ủy ban nhân dân tỉnh chấp thuận chủ
trương đầu tư dự án khu dân cư Nà Mòn. Sở Xây dựng đề nghị Công ty thực hiện đầy đủ các
nội dung sau:

1. Lập hồ sơ thiết kế cơ sở trình cơ quan có thẩm quyền thẩm định.

2. Hoàn thành hạ tầng kỹ thuật trước khi bàn giao nhà ở.
"""
    + LETTER_TAIL
)


def test_the_company_a_letter_names_is_the_one_its_bare_company_means() -> None:
    extraction = extract_text(COMPANY_LETTER)
    leads = {lead for lead, _ in _tasks(extraction)}
    assert leads == {"Công ty cổ phần Đầu tư và Xây dựng Minh Phát"}
    assert len(_tasks(extraction)) == 2


def test_common_duties_of_bodies_lead_the_items_below() -> None:
    body = """Để tăng cường quản lý nhà chung cư trên địa bàn, Giám đốc Sở Xây dựng yêu cầu:

1. Trách nhiệm chung của các cơ quan, đơn vị

- Tổ chức phổ biến các quy định về quản lý, vận hành nhà chung cư.

- Thực hiện kiểm tra định kỳ công tác phòng cháy tại các nhà chung cư.

2. Công an tỉnh

- Hướng dẫn ban quản trị nhà chung cư về phòng cháy, chữa cháy.
"""
    extraction = extract_text(LETTER_HEAD + body + LETTER_TAIL)
    assert _tasks(extraction) == [
        ("các cơ quan, đơn vị", "Tổ chức phổ biến các quy định về quản lý"),
        ("các cơ quan, đơn vị", "Thực hiện kiểm tra định kỳ công tác phòn"),
        ("Công an tỉnh", "Hướng dẫn ban quản trị nhà chung cư về p"),
    ]


def test_a_long_heading_naming_bodies_by_their_work_leads_its_items() -> None:
    body = """Để tăng cường quản lý nhà chung cư trên địa bàn, Giám đốc Sở Xây dựng yêu cầu các cơ
quan, đơn vị, doanh nghiệp thực hiện các nội dung sau:

1. Công an tỉnh

a) Hướng dẫn ban quản trị nhà chung cư về phòng cháy, chữa cháy.

2. Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý, vận hành nhà
chung cư

a) Thực hiện bảo trì nhà chung cư đúng quy định.

b) Lập hồ sơ quản lý vận hành nhà chung cư.
"""
    extraction = extract_text(LETTER_HEAD + body + LETTER_TAIL)
    group = "Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý, vận hành nhà chung cư"
    assert _tasks(extraction) == [
        ("Công an tỉnh", "Hướng dẫn ban quản trị nhà chung cư về p"),
        (group, "Thực hiện bảo trì nhà chung cư đúng quy "),
        (group, "Lập hồ sơ quản lý vận hành nhà chung cư."),
    ]
