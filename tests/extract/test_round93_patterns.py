"""Patterns from held-out round 93 (a Prime Minister's decision whose annex and forms cite the
decision itself, an amending decree on business taxes), each on a text of its own in the same
shape."""

from __future__ import annotations

from cascade.extract import extract_text

_SELF_CITING = """THỦ TƯỚNG CHÍNH PHỦ
Số: 41/2022/QĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 05 tháng 9 năm 2022
QUYẾT ĐỊNH
Quy định về việc hỗ trợ người lao động bị ảnh hưởng bởi thiên tai
THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Nghị quyết số 30/2022/UBTVQH15 ngày 10 tháng 8 năm 2022 của Ủy ban Thường vụ Quốc hội;
QUYẾT ĐỊNH:
Điều 1. Tổ chức thực hiện
1. Bộ Lao động - Thương binh và Xã hội chủ trì hướng dẫn thực hiện Quyết định này.
2. Cơ quan bảo hiểm xã hội có trách nhiệm chi trả tiền hỗ trợ cho người lao động.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Lê Văn Thành
Mẫu số 01
(Kèm theo Quyết định số 41/2022/QĐ-TTg ngày 05 tháng 9 năm 2022)
ĐỀ NGHỊ HƯỞNG HỖ TRỢ THEO QUYẾT ĐỊNH SỐ 41/2022/QĐ-TTG
Kính gửi: Cơ quan bảo hiểm xã hội
"""


def test_a_decision_cited_by_its_own_forms_in_capitals_rests_on_nothing_of_its_own() -> None:
    # "ĐỀ NGHỊ … THEO QUYẾT ĐỊNH SỐ 41/2022/QĐ-TTG" in a form's heading is the decision
    # itself, in capitals: not a document it rests on (the draft was refused as resting on
    # itself, and `cascade extract` stopped with an internal error)
    draft = extract_text(_SELF_CITING).cascade
    main = draft.documents[0]
    identifiers = {doc.id: doc.identifier for doc in draft.documents}
    assert main.identifier == "41/2022/QĐ-TTg"
    assert all(
        identifiers[basis.document].casefold() != main.identifier.casefold()
        for basis in main.rests_on
    )
    assert any("hướng dẫn" in ob.action for ob in draft.obligations)


def test_a_decision_cited_by_its_own_number_spelt_otherwise_rests_on_nothing_of_its_own() -> None:
    # "… THEO QUYẾT ĐỊNH SỐ 41/2022/QD-TTg" (typed without "Đ"): another spelling of the
    # document's own number, dropped with the rest rather than refused as resting on itself
    text = _SELF_CITING.replace("41/2022/QĐ-TTG", "41/2022/QD-TTg")
    draft = extract_text(text).cascade
    assert draft.documents[0].rests_on
    assert all(basis.document != draft.documents[0].id for basis in draft.documents[0].rests_on)
