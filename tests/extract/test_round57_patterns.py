"""Patterns found in held-out round 57 (the Official Gazette's text layer of a State Bank
circular on refinancing a policy bank, with terms of the loan, steps of the procedure,
duties of the bank and of the State Bank's units, and annexed model forms), each checked on
a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _deadlines
from .test_task_rules import _tasks

_CIRCULAR = """NGÂN HÀNG NHÀ NƯỚC
VIỆT NAM
Số: 27/2026/TT-NHNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 09 tháng 3 năm 2026
THÔNG TƯ
Quy định về cho vay đặc biệt đối với Quỹ Tín dụng nhân dân vùng cao
Căn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12;
Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư quy định về cho vay đặc biệt đối
với Quỹ Tín dụng nhân dân vùng cao.
{body}
KT. THỐNG ĐỐC
PHÓ THỐNG ĐỐC

Lương Thị Hạnh
{annex}"""


def _circular(body: str, annex: str = "") -> str:
    return _CIRCULAR.format(body=body, annex=annex)


_TERMS = (
    "Điều 3. Thời hạn cho vay, giải ngân\n"
    "1. Thời hạn cho vay đặc biệt là 180 ngày, tính từ ngày giải ngân.\n"
    "2. Thời hạn giải ngân từ ngày ký khế ước nhận nợ đầu tiên đến hết ngày 30 tháng 9 năm "
    "2026 hoặc đến khi giải ngân hết số tiền cho vay.\n"
    "Điều 4. Trách nhiệm của Quỹ Tín dụng nhân dân vùng cao\n"
    "1. Sử dụng tiền vay đặc biệt đúng mục đích.\n"
    "2. Lập sổ theo dõi riêng khoản vay đặc biệt.\n"
    "Điều 5. Trách nhiệm các đơn vị thuộc Ngân hàng Nhà nước\n"
    "1. Vụ Tín dụng các ngành kinh tế\n"
    "Theo dõi việc sử dụng tiền vay đặc biệt của Quỹ Tín dụng nhân dân vùng cao.\n"
    "Điều 6. Hiệu lực thi hành\n"
    "Thông tư này có hiệu lực thi hành kể từ ngày ký./.\n"
)


def test_the_term_of_a_loan_dates_no_duty() -> None:
    extraction = extract_text(_circular(_TERMS))
    assert len(_tasks(extraction)) == 3
    assert _deadlines(extraction) == ["none", "none", "none"]


_DUTIES = (
    "Điều 4. Trách nhiệm của Quỹ Tín dụng nhân dân vùng cao\n"
    "1. Sử dụng tiền vay đặc biệt đúng mục đích.\n"
    "2. Lập sổ theo dõi riêng khoản vay đặc biệt.\n"
    "Điều 5. Hiệu lực thi hành\n"
    "Thông tư này có hiệu lực thi hành kể từ ngày ký./.\n"
)

# a model request annexed after the signature, with a "Nơi nhận" and a signature block of
# its own; the Gazette's page header between the signer's name and the caption
_MODEL_REQUEST = """
CÔNG BÁO/Số 412 + 413/Ngày 20-3-2026
31
Phụ lục I
(Ban hành kèm theo Thông tư số     /2026/TT-NHNN ngày    tháng    năm 2026 của Thống đốc
Ngân hàng Nhà nước Việt Nam)
QUỸ TÍN DỤNG NHÂN DÂN
VÙNG CAO
Số:...
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày... tháng... năm...
GIẤY ĐỀ NGHỊ VAY ĐẶC BIỆT
Kính gửi: Ngân hàng Nhà nước Việt Nam
Quỹ Tín dụng nhân dân vùng cao đề nghị Ngân hàng Nhà nước Việt Nam cho vay đặc biệt như sau:
1. Số tiền vay: ...
Ngân hàng Nhà nước Việt Nam giải ngân từng lần theo Giấy đề nghị giải ngân của Quỹ.
Quỹ Tín dụng nhân dân vùng cao cam kết tuân thủ đúng các quy định tại Thông tư số
/2026/TT-NHNN./.
Nơi nhận:
- Như trên;
- Lưu:...
Người đại diện hợp pháp
của Quỹ Tín dụng nhân dân vùng cao
(Ký, ghi rõ chức danh, họ tên và đóng dấu)
"""


def test_a_model_forms_own_list_and_signature_are_not_the_documents() -> None:
    text = _circular(_DUTIES, _MODEL_REQUEST).replace("\n\nLương Thị Hạnh\n", "\n\nLương Thị Hạnh")
    extraction = extract_text(text)
    signer = extraction.cascade.documents[0].signer
    assert signer is not None
    assert (signer.name, signer.title) == ("Lương Thị Hạnh", "Phó Thống đốc")
    # the model's lines are the form's, no task of the circular
    assert [action for _lead, _force, action, _parent in _tasks(extraction)] == [
        "Sử dụng tiền vay đặc biệt đúng mục đích.",
        "Lập sổ theo dõi riêng khoản vay đặc biệt.",
    ]


def test_an_inspectorate_named_with_a_comma_leads_its_items_and_receives_reports() -> None:
    found = _tasks(
        extract_text(
            _circular(
                "Điều 4. Trách nhiệm của Quỹ Tín dụng nhân dân vùng cao\n"
                "Hằng quý, báo cáo Ngân hàng Nhà nước (Vụ Tín dụng các ngành kinh tế, Cơ quan "
                "Thanh tra, giám sát quỹ tín dụng) về việc sử dụng tiền vay đặc biệt.\n"
                "Điều 5. Trách nhiệm các đơn vị thuộc Ngân hàng Nhà nước\n"
                "1. Vụ Tín dụng các ngành kinh tế\n"
                "Theo dõi việc sử dụng tiền vay đặc biệt.\n"
                "2. Cơ quan Thanh tra, giám sát quỹ tín dụng\n"
                "a) Thanh tra việc sử dụng tiền vay đặc biệt theo thẩm quyền;\n"
                "b) Kiến nghị xử lý vi phạm về sử dụng tiền vay đặc biệt.\n"
                "Điều 6. Hiệu lực thi hành\n"
                "Thông tư này có hiệu lực thi hành kể từ ngày ký./.\n"
            )
        )
    )
    leads = [lead for lead, _force, _action, _parent in found]
    assert leads == [
        "Quỹ Tín dụng nhân dân vùng cao",
        "Vụ Tín dụng các ngành kinh tế",
        "Cơ quan Thanh tra, giám sát quỹ tín dụng",
        "Cơ quan Thanh tra, giám sát quỹ tín dụng",
    ], found


def test_a_debtor_that_must_pay_or_use_its_takings_has_work() -> None:
    found = _tasks(
        extract_text(
            _circular(
                "Điều 4. Trả nợ vay đặc biệt\n"
                "1. Khi khoản vay đặc biệt đến hạn, Quỹ Tín dụng nhân dân vùng cao phải trả hết "
                "nợ gốc cho Ngân hàng Nhà nước từ tiền thu nợ của các thành viên.\n"
                "2. Trường hợp phát sinh tiền thu nợ của các thành viên, Quỹ Tín dụng nhân dân "
                "vùng cao phải sử dụng toàn bộ số tiền thu nợ trong quý để trả nợ vay đặc biệt.\n"
                "Điều 5. Hiệu lực thi hành\n"
                "Thông tư này có hiệu lực thi hành kể từ ngày ký./.\n"
            )
        )
    )
    actions = [action for _lead, _force, action, _parent in found]
    assert [action.split()[:2] for action in actions] == [["Trả", "hết"], ["Sử", "dụng"]], found


def test_the_issuers_head_deciding_on_a_request_received_has_a_step_to_take() -> None:
    found = _tasks(
        extract_text(
            _circular(
                "Điều 4. Trình tự cho vay đặc biệt\n"
                "1. Trong thời hạn 05 ngày làm việc kể từ ngày nhận được Giấy đề nghị vay đặc "
                "biệt, Thống đốc Ngân hàng Nhà nước ban hành Quyết định cho vay đặc biệt đối với "
                "Quỹ Tín dụng nhân dân vùng cao.\n"
                "Điều 5. Hiệu lực thi hành\n"
                "Thông tư này có hiệu lực thi hành kể từ ngày ký./.\n"
            )
        )
    )
    assert [(lead, action.split()[:3]) for lead, _force, action, _parent in found] == [
        ("Ngân hàng Nhà nước Việt Nam", ["Ban", "hành", "Quyết"])
    ], found
