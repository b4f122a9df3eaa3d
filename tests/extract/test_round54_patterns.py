"""Patterns found in held-out round 54 (the Official Gazette's text layer of a Government
decree on lending to foreign governments: articles of each body's duties and powers, model
forms annexed after the signature, the steps of consulting other bodies), each checked on a
text of its own."""

from __future__ import annotations

from cascade.extract import Extraction, extract_text

from .test_task_rules import _tasks

_DECREE = """CHÍNH PHỦ
Số: 913/2026/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 08 tháng 5 năm 2026
NGHỊ ĐỊNH
Quy định về quản lý viện trợ kỹ thuật cho các nước láng giềng
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Chính phủ ban hành Nghị định quy định về quản lý viện trợ kỹ thuật cho các nước láng giềng.
{body}
TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Lê Thành Long
{annex}"""


def _leads_and_actions(body: str, annex: str = "") -> list[tuple[str, str]]:
    extraction = extract_text(_DECREE.format(body=body, annex=annex))
    return [(lead, action) for lead, _force, action, _parent in _tasks(extraction)]


def test_an_article_on_a_bodys_duties_comma_powers_gives_it_the_items() -> None:
    found = _leads_and_actions(
        "Điều 19. Nhiệm vụ, quyền hạn của Bộ Nông nghiệp và Môi trường\n"
        "1. Chủ trì xây dựng danh mục dự án viện trợ kỹ thuật hằng năm.\n"
        "2. Hướng dẫn các tỉnh biên giới lập hồ sơ đề xuất viện trợ.\n"
        "Điều 20. Nhiệm vụ, quyền hạn, trách nhiệm của Ủy ban nhân dân cấp tỉnh\n"
        "1. Phối hợp với Bộ Nông nghiệp và Môi trường khảo sát nhu cầu của nước nhận viện "
        "trợ.\n"
        "2. Bố trí cán bộ theo dõi việc triển khai dự án trên địa bàn.\n"
    )
    assert found == [
        (
            "Bộ Nông nghiệp và Môi trường",
            "Chủ trì xây dựng danh mục dự án viện trợ kỹ thuật hằng năm.",
        ),
        (
            "Bộ Nông nghiệp và Môi trường",
            "Hướng dẫn các tỉnh biên giới lập hồ sơ đề xuất viện trợ.",
        ),
        (
            "Ủy ban nhân dân cấp tỉnh",
            "Phối hợp với Bộ Nông nghiệp và Môi trường khảo sát nhu cầu của nước nhận viện trợ.",
        ),
        (
            "Ủy ban nhân dân cấp tỉnh",
            "Bố trí cán bộ theo dõi việc triển khai dự án trên địa bàn.",
        ),
    ]


_LETTER = """BỘ TÀI CHÍNH
CỤC HẢI QUAN
Số: 4412/CHQ-GSQL
V/v xử lý hàng hóa tạm nhập tái xuất
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 14 tháng 5 năm 2026
Kính gửi: Chi cục Hải quan khu vực 12.
Cục Hải quan nhận được công văn số 118/CCHQ12 của Chi cục Hải quan khu vực 12. Về vấn đề
này, Cục Hải quan có ý kiến như sau:
- Tại khoản 2 Điều 33 Luật Hải quan số 54/2014/QH13 quy định:
Điều 33. Nhiệm vụ, quyền hạn của người ra quyết định kiểm toán
1. Người ra quyết định kiểm tra sau thông quan có các nhiệm vụ, quyền hạn sau đây: …
{item}
Cục Hải quan trả lời để Chi cục Hải quan khu vực 12 được biết./.
Nơi nhận:
- Như trên;
- Lưu: VT, GSQL.
KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Âu Anh Tuấn
""".format(
    # the crawl runs the letter's own words into the last item it quotes
    item="đ) Quyết định xử lý theo thẩm quyền kết quả kiểm toán; Theo nội dung nêu tại công "
    "văn số 118/CCHQ12 thì lô hàng của doanh nghiệp đang được kiểm tra, do đó đề nghị Chi cục "
    "Hải quan khu vực 12 rà soát hồ sơ để xử lý theo thẩm quyền. Trường hợp trong quá trình xử "
    "lý gặp vướng mắc thì trao đổi thêm với Bộ Công Thương để làm rõ."
)


def test_an_article_a_letter_quotes_names_no_one_for_the_letters_own_words() -> None:
    extraction = extract_text(_LETTER)
    leads = [lead for lead, _force, _action, _parent in _tasks(extraction)]
    assert not any("người ra quyết định" in lead for lead in leads)


# two models annexed after the signature (the Gazette prints no "Nơi nhận"), then a list of
# tasks, which is the decree's own
_ANNEXES = """Phụ lục I
MẪU BÁO CÁO TÌNH HÌNH TIẾP NHẬN VIỆN TRỢ KỸ THUẬT
(Kèm theo Nghị định số 913/2026/NĐ-CP ngày 08 tháng 5 năm 2026 của Chính phủ)
ỦY BAN NHÂN DÂN TỈNH……
V/v báo cáo tình hình tiếp nhận viện trợ kỹ thuật
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
……, ngày ….  tháng …. năm ….
Kính gửi: Bộ Nông nghiệp và Môi trường.
Ủy ban nhân dân tỉnh ____ báo cáo tình hình tiếp nhận viện trợ kỹ thuật như sau:
I. Kết quả tiếp nhận
1. Số dự án đã tiếp nhận:
2. Số thiết bị đã bàn giao:
- Thiết bị đo đạc
- Thiết bị tưới tiêu
3. Tổ chức tập huấn trong kỳ
II. Khó khăn, vướng mắc
III. Đề xuất, kiến nghị
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Phụ lục II
MẪU BIÊN BẢN BÀN GIAO THIẾT BỊ
(Kèm theo Nghị định số 913/2026/NĐ-CP ngày 08 tháng 5 năm 2026 của Chính phủ)
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
BIÊN BẢN BÀN GIAO
Căn cứ Nghị định số /2026/NĐ-CP ngày tháng năm 2026 của Chính phủ;
Bộ Nông nghiệp và Môi trường và Bộ ____ của nước nhận viện trợ thỏa thuận như sau:
Điều 1. Bộ Nông nghiệp và Môi trường bàn giao thiết bị cho bên nhận theo danh mục.
Điều 2. Trách nhiệm của bên nhận
Bên nhận kiểm đếm, bảo quản thiết bị và sử dụng đúng mục đích.
Điều 3. Hiệu lực
Biên bản này có hiệu lực kể từ ngày ký.
ĐẠI DIỆN BÊN GIAO
ĐẠI DIỆN BÊN NHẬN
Phụ lục III
DANH MỤC NHIỆM VỤ TRIỂN KHAI NGHỊ ĐỊNH
(Kèm theo Nghị định số 913/2026/NĐ-CP ngày 08 tháng 5 năm 2026 của Chính phủ)
1. Bộ Ngoại giao rà soát các thỏa thuận viện trợ đã ký, hoàn thành trong năm 2026.
2. Bộ Tài chính bố trí kinh phí thực hiện viện trợ kỹ thuật hằng năm.
"""


def _annexed() -> Extraction:
    return extract_text(
        _DECREE.format(
            body="Điều 5. Tổ chức thực hiện\n"
            "Bộ Nông nghiệp và Môi trường tổng hợp báo cáo tình hình tiếp nhận viện trợ.\n",
            annex=_ANNEXES,
        )
    )


def test_a_signature_over_annexed_appendices_with_no_distribution_list_is_found() -> None:
    signer = _annexed().cascade.documents[0].signer
    assert signer is not None and signer.name == "Lê Thành Long"


def test_models_annexed_after_the_signature_are_no_tasks() -> None:
    found = [lead for lead, _force, _action, _parent in _tasks(_annexed())]
    # the report's and the record's items and articles are the models' own; the list of
    # tasks annexed after them is the decree's
    assert found == ["Bộ Nông nghiệp và Môi trường", "Bộ Ngoại giao", "Bộ Tài chính"]


def test_the_subject_after_a_long_opening_clause_is_found() -> None:
    found = _leads_and_actions(
        "Điều 12. Lập dự toán chi viện trợ kỹ thuật\n"
        "Trên cơ sở ý kiến thống nhất của Bộ Ngoại giao, căn cứ vào chủ trương viện trợ đã "
        "được cấp có thẩm quyền phê duyệt, khả năng cân đối của ngân sách nhà nước, tiến độ "
        "đàm phán các thỏa thuận viện trợ, nhu cầu thiết bị và chuyên gia của các nước nhận "
        "viện trợ, Bộ Nông nghiệp và Môi trường tổng hợp trình Chính phủ dự toán chi viện trợ "
        "kỹ thuật cho năm ngân sách kế tiếp.\n"
    )
    assert found == [
        (
            "Bộ Nông nghiệp và Môi trường",
            "Tổng hợp trình Chính phủ dự toán chi viện trợ kỹ thuật cho năm ngân sách kế tiếp.",
        )
    ]
