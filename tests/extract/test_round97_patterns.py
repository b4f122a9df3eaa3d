"""Patterns of held-out round 97 read on texts of their own: a tariff schedule appended to a
decree, whose headings of goods are no groups of bodies; a stray mark glued to the signer's
title; a minister's signature above model papers that carry signature blocks of their own;
the parties of a selection listed together, the expert team among them."""

from __future__ import annotations

import pytest

from cascade.extract import extract_text

from .decree_frame import by_lead, circular

_DECREE = """Điều 3. Biểu thuế nhập khẩu ưu đãi đặc biệt

Ban hành kèm theo Nghị định này Biểu thuế nhập khẩu ưu đãi đặc biệt của Việt Nam.

Điều 7. Trách nhiệm thi hành

Bộ Tài chính có trách nhiệm theo dõi việc áp dụng Biểu thuế và báo cáo Chính phủ.

"""

_SCHEDULE = (
    "\n"
    "Phụ lục \n"
    "(Kèm theo Nghị định số 61/2026/NĐ-CP  \n"
    "ngày 05 tháng 5 năm 2026 của Chính phủ) \n"
    " \n"
    "Mã hàng \n"
    "Mô tả hàng hóa \n"
    "Thuế suất (%) \n"
    "2026 \n"
    "2027 \n"
    "  \n"
    "  \n"
    "  \n"
    "26.16 \n"
    "Quặng bạc và tinh quặng của nó. \n"
    "  \n"
    "  \n"
    "2616.10.00 - Quặng bạc và tinh quặng bạc  \n"
    "0 \n"
    "0 \n"
    "2616.90.00 - Loại khác \n"
    "0 \n"
    "0 \n"
    "  \n"
    "  \n"
    "26.17 \n"
    "Các quặng khác và tinh quặng của các quặng đó. \n"
    "  \n"
    "  \n"
    "2617.10.00 - Quặng antimon và tinh quặng antimon  \n"
    "0 \n"
    "0 \n"
    "2617.90.00 - Loại khác \n"
    "0 \n"
    "0 \n"
    "  \n"
    "  \n"
    "33.07 \n"
    "Các chế phẩm dùng để tắm, các chất khử mùi phòng đã được pha chế. \n"
    "  \n"
    "  \n"
    "3307.30.00 - Muối thơm dùng để tắm  \n"
    "0 \n"
    "0 \n"
    "3307.90.00 - Loại khác \n"
    "0 \n"
    "0 \n"
)


def _with_schedule() -> str:
    # (blank lines set the paragraphs apart, as the Gazette's text layer prints them)
    return f"""CHÍNH PHỦ
Số: 61/2026/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 05 tháng 5 năm 2026
NGHỊ ĐỊNH
Biểu thuế nhập khẩu ưu đãi đặc biệt của Việt Nam giai đoạn 2026 - 2027
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Chính phủ ban hành Nghị định Biểu thuế nhập khẩu ưu đãi đặc biệt của Việt Nam.
{_DECREE}Điều 8. Hiệu lực thi hành

Nghị định này có hiệu lực thi hành từ ngày ký ban hành.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Nguyễn Văn Thắng{_SCHEDULE}"""


def test_a_tariff_schedule_gives_no_work() -> None:
    # the goods' headings end with a colon over coded lines that open with verbs: none of them
    # is a body or its work; only the decree's own duty is
    assert by_lead(_with_schedule()) == {("bộ tài chính", "theo dõi")}


def test_a_stray_mark_glued_to_the_signers_title_is_dropped() -> None:
    text = _with_schedule().replace("PHÓ THỦ TƯỚNG\n", "    PHÓ THỦ TƯỚNGky] \n")
    signer = extract_text(text).cascade.documents[0].signer
    assert (signer.name, signer.title) == ("Nguyễn Văn Thắng", "Phó Thủ tướng")


# the minister's circular, then its model papers: a model's title run into the signer's name
# when the page break was joined, the caption "(Ban hành kèm theo …)" under it, and a model
# with its own "Nơi nhận" and signature block
_MODELS = """BỘ KẾ HOẠCH VÀ ĐẦU TƯ
Số: 30/2024/TT-BKHĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 17 tháng 11 năm 2024
THÔNG TƯ
Hướng dẫn việc đăng tải thông tin về lựa chọn nhà thầu
Căn cứ Luật Đấu thầu ngày 23 tháng 6 năm 2023;
Bộ trưởng Bộ Kế hoạch và Đầu tư ban hành Thông tư hướng dẫn việc đăng tải thông tin.
Điều 1. Trách nhiệm của Trung tâm Đấu thầu qua mạng quốc gia
Trung tâm Đấu thầu qua mạng quốc gia có trách nhiệm vận hành Hệ thống.
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025./.
BỘ TRƯỞNG
Nguyễn Chí Dũng MẪU KẾ HOẠCH TỔNG THỂ
LỰA CHỌN NHÀ THẦU
(Ban hành kèm theo Thông tư số 30/2024/TT-BKHĐT ngày 17 tháng 11 năm 2024
của Bộ trưởng Bộ Kế hoạch và Đầu tư)
Mẫu số 01A. Mẫu Tờ trình kế hoạch tổng thể lựa chọn nhà thầu
TỜ TRÌNH
Kế hoạch tổng thể lựa chọn nhà thầu
[Chủ đầu tư] trình [người có thẩm quyền] xem xét, phê duyệt kế hoạch.
Nơi nhận:
- Như trên;
- Lưu...
ĐẠI DIỆN HỢP PHÁP
CỦA CHỦ ĐẦU TƯ
[ghi tên, chức danh, ký tên và đóng dấu]
"""


@pytest.mark.parametrize("run_in", [True, False], ids=["title run into the name", "apart"])
def test_the_signer_is_the_ministers_above_models_with_signature_blocks_of_their_own(
    run_in: bool,
) -> None:
    text = _MODELS if run_in else _MODELS.replace("Dũng MẪU", "Dũng\nMẪU")
    signer = extract_text(text).cascade.documents[0].signer
    assert (signer.name, signer.title) == ("Nguyễn Chí Dũng", "Bộ trưởng")


def _bidding(body: str) -> str:
    return circular(
        body,
        ministry="Bộ Kế hoạch và Đầu tư",
        number="30/2024/TT-BKHĐT",
        date="ngày 17 tháng 11 năm 2024",
        title="Hướng dẫn việc đăng tải thông tin về lựa chọn nhà thầu",
        signer="Nguyễn Chí Dũng",
    )


_PARTIES = """Điều 11. Cung cấp thông tin về nhà thầu
1. Chủ đầu tư hoặc đơn vị có nhu cầu mua sắm trong mua sắm tập trung có trách nhiệm cung cấp
thông tin về chất lượng hàng hóa đã được sử dụng.
2. Tổ chuyên gia lập hồ sơ mời thầu trên Hệ thống.
3. Chủ đầu tư, bên mời thầu vận dụng các Mẫu hồ sơ mời thầu ban hành kèm theo Thông tư này.
4. Trường hợp thuê tư vấn để thực hiện vai trò của bên mời thầu, tổ chuyên gia để đăng tải
thông tin, đơn vị được thuê thực hiện theo Hướng dẫn sử dụng.
"""


def test_parties_of_a_selection_listed_together_share_the_step() -> None:
    found = by_lead(_bidding(_PARTIES))
    assert ("chủ đầu tư", "cung cấp") in found
    assert ("đơn vị có nhu cầu mua sắm", "cung cấp") in found  # not "… trong mua sắm tập trung"
    assert ("tổ chuyên gia", "lập hồ") in found
    assert {("chủ đầu tư", "vận dụng"), ("bên mời thầu", "vận dụng")} <= found
    # a party named in a purpose ("… tổ chuyên gia để đăng tải …") takes no step
    assert not any(action.startswith("để") for _, action in found)
