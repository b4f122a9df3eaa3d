"""Signatures round 55 left (the Official Gazette's reprint of two ministries' circulars):
a minister's title and name after the closing "./." with no "Nơi nhận" and tables or a
regulation attached after it, a rank before the name, the older stamp of the Government's
portal; a form titled "Mẫu M01 - …" and an appendix of rates ("Định mức khoán chi …") after
the signature, each checked on a text of its own."""

from __future__ import annotations

import pytest

from cascade.extract import Extraction, extract_text
from cascade.extract.form_templates import mark_form_templates
from cascade.extract.units import parse_units

from .test_task_rules import _tasks

_CIRCULAR = """BỘ QUỐC PHÒNG
Số: 41/2026/TT-BQP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 5 năm 2026
THÔNG TƯ
Quy định định mức chi cho công tác huấn luyện dự bị động viên
Căn cứ Nghị định số 13/2026/NĐ-CP của Chính phủ;
Bộ trưởng Bộ Quốc phòng ban hành Thông tư quy định định mức chi.
Điều 1. Hiệu lực thi hành
Thông tư này có hiệu lực từ ngày ký ban hành.
Điều 2. Tổ chức thực hiện
1. Các đơn vị lập dự toán kinh phí huấn luyện theo định mức tại Phụ lục I.
2. Cục Tài chính có trách nhiệm tổng hợp, báo cáo cấp có thẩm quyền bố trí kinh phí
huấn luyện hằng năm./.


BỘ TRƯỞNG


{name}




CÔNG BÁO/Số 341/Ngày 19-06-2026
57


PHỤ LỤC I
Định mức khoán chi cho từng nội dung huấn luyện, hoạt động bồi dưỡng
dự bị động viên do Bộ Quốc phòng tổ chức
(Kèm theo Thông tư số 41/2026/TT-BQP
ngày 12 tháng 5 năm 2026 của Bộ trưởng Bộ Quốc phòng)
Đơn vị tính: triệu đồng
STT
Nhiệm vụ và hoạt động
Định mức
khoán chi
Sản phẩm
Trường hợp
kế hoạch chưa
được ban
hành trong năm
Trường hợp
kế hoạch
được ban
hành trong năm
1
Xây dựng, ban hành kế hoạch huấn luyện
120
Kế hoạch đã
được ký ban
hành
1.1
Tổng hợp, báo cáo cấp có thẩm quyền bố trí kinh phí, xét
duyệt quyết toán ngân sách (trong đó có kinh phí
huấn luyện) (Cục Tài chính)
7
Văn bản của
cấp có thẩm
quyền
1.2
Thẩm định, duyệt dự toán kinh phí huấn luyện (đơn
vị làm công tác tài chính của quân khu)
2
Văn bản thẩm
định
1.3
Xây dựng dự thảo kế hoạch và trình ký ban hành (Cục
Quân huấn)
12
Kế hoạch được
ký ban hành
"""


def test_a_ministers_title_and_name_after_the_closing_with_no_distribution_list() -> None:
    extraction = extract_text(_CIRCULAR.format(name="Đại tướng Phan Văn Khải"))
    header = extraction.cascade.documents[0]
    assert header.signer is not None
    assert (header.signer.name, header.signer.title) == ("Phan Văn Khải", "Bộ trưởng")
    assert not any("no signer" in str(review) for review in extraction.reviews)
    # the table of rates attached after it gives no task
    leads = [lead for lead, _force, _action, _parent in _tasks(extraction)]
    assert leads == ["Các đơn vị", "Cục Tài chính"]


def test_without_the_name_no_signature_is_taken_from_the_closing() -> None:
    extraction = extract_text(_CIRCULAR.format(name=""))
    header = extraction.cascade.documents[0]
    assert header.signer is None or header.signer.name is None


_WITH_REGULATION = """BỘ NỘI VỤ
Số: 07/2024/TT-BNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 02 tháng 2 năm 2024
THÔNG TƯ
Ban hành Quy chế quản lý hồ sơ điện tử của Bộ Nội vụ
Căn cứ Nghị định số 30/2020/NĐ-CP của Chính phủ;
Bộ trưởng Bộ Nội vụ ban hành Thông tư ban hành Quy chế quản lý hồ sơ điện tử.
Điều 1. Ban hành kèm theo Thông tư này Quy chế quản lý hồ sơ điện tử của Bộ Nội vụ.
Điều 2. Chánh Văn phòng Bộ chịu trách nhiệm thi hành Thông tư này./.


BỘ TRƯỞNG

Trần Văn Minh

Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ
Email: thongtinchinhphu@chinhphu.vn
Cơ quan: VĂN PHÒNG CHÍNH PHỦ
Thời gian ký: 05.03.2024 10:12:30 +07:00

BỘ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
QUY CHẾ
Quản lý hồ sơ điện tử của Bộ Nội vụ
(Ban hành kèm theo Thông tư số 07/2024/TT-BNV)
Điều 1. Trách nhiệm của Văn phòng Bộ
Văn phòng Bộ có trách nhiệm sao lưu hồ sơ điện tử của các đơn vị hằng tháng.
"""


def test_a_signer_above_the_portals_stamp_and_an_attached_regulation() -> None:
    extraction = extract_text(_WITH_REGULATION)
    header = extraction.cascade.documents[0]
    assert header.signer is not None and header.signer.name == "Trần Văn Minh"
    # the regulation after the signature is still read for its tasks
    actions = [(lead, action) for lead, _force, action, _parent in _tasks(extraction)]
    assert (
        "Văn phòng Bộ",
        "Văn phòng Bộ có trách nhiệm sao lưu hồ sơ điện tử của các đơn vị hằng tháng.",
    ) in actions


_WITH_FORM = """BỘ CÔNG AN
Số: 52/2026/TT-BCA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 5 năm 2026
THÔNG TƯ
Quy định biểu mẫu về cấp giấy phép mang vũ khí thô sơ
Căn cứ Luật Quản lý, sử dụng vũ khí số 42/2024/QH15;
Bộ trưởng Bộ Công an ban hành Thông tư quy định biểu mẫu.
Điều 1. Trách nhiệm thi hành
Cục Quản lý xuất nhập cảnh chủ trì hướng dẫn việc sử dụng biểu mẫu.
Nơi nhận:
- Như Điều 1;
- Lưu: VT.

**BỘ TRƯỞNG**
**{name}**

## Mẫu G02 - Giấy phép mang vũ khí thô sơ

Họ và tên người được cấp: ..............................

Các tên gọi khác (nếu có): ..............................

Thời hạn: ..............................(2)

**Nơi nhận:**
- Lưu: .....

**Ghi chú:**

(1) Tên cơ quan cấp giấy phép;

(2) Ghi rõ thời hạn từ ngày... tháng... năm... đến ngày... tháng... năm...;

(3) Đối với người nước ngoài thì ghi rõ số hộ chiếu;
"""


def _org_names(extraction: Extraction) -> list[str]:
    return [org.name for org in extraction.cascade.organisations]


@pytest.mark.parametrize("name", ["Thượng tướng Nguyễn Văn Hòa", "Nguyễn Văn Hòa"])
def test_a_form_titled_with_its_code_after_the_signature_gives_no_task_and_no_body(
    name: str,
) -> None:
    extraction = extract_text(_WITH_FORM.format(name=name))
    header = extraction.cascade.documents[0]
    assert header.signer is not None and header.signer.name == "Nguyễn Văn Hòa"
    leads = [lead for lead, _force, _action, _parent in _tasks(extraction)]
    assert leads == ["Cục Quản lý xuất nhập cảnh"]
    assert not any(name.startswith("Các tên gọi khác") for name in _org_names(extraction))


def test_an_appendix_of_rates_is_read_as_no_work() -> None:
    units = parse_units(
        "Điều 3. Tổ chức thực hiện\n"
        "Cục Tài chính có trách nhiệm tổng hợp dự toán kinh phí huấn luyện.\n"
        "PHỤ LỤC I\n"
        "Định mức khoán chi cho từng nội dung huấn luyện\n"
        "1. Tổng hợp, báo cáo cấp có thẩm quyền bố trí kinh phí (Cục Tài chính) 7\n"
        "2. Xây dựng kế hoạch huấn luyện và trình ký ban hành (Cục Quân huấn) 12\n"
        "PHỤ LỤC II\n"
        "Danh mục nhiệm vụ huấn luyện năm 2027\n"
        "1. Cục Quân huấn chủ trì tổ chức hội thao dự bị động viên.\n"
    )
    mark_form_templates(units)
    read = [unit.text for unit in units if not unit.in_form]
    assert "Cục Tài chính có trách nhiệm tổng hợp dự toán kinh phí huấn luyện." in read
    assert not any("Cục Quân huấn) 12" in text for text in read)
    assert "Cục Quân huấn chủ trì tổ chức hội thao dự bị động viên." in read
