"""Organisations and groups the draft does not relate are left out of it."""

from __future__ import annotations

from cascade.extract import extract_text

_LETTER = """BỘ NỘI VỤ
Số: 5120/BNV-CCVC
V/v góp ý dự thảo Thông tư về tuyển dụng công chức
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 5 năm 2026
Kính gửi: Bộ Tư pháp.
Bộ Nội vụ đề nghị Bộ Tư pháp có ý kiến góp ý đối với dự thảo Thông tư, gửi về Bộ Nội vụ
trước ngày 30 tháng 5 năm 2026.
Bộ Nội vụ trân trọng cảm ơn và rất mong Quý cơ quan quan tâm phối hợp./.
Nơi nhận:
- Như trên;
- Lưu: VT, CCVC.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trương Hải Long
"""


def test_a_draft_lists_only_the_bodies_it_relates() -> None:
    cascade = extract_text(_LETTER).cascade
    # the issuer and the body asked for its opinion; not the courtesy closing read as a name
    assert [org.name for org in cascade.organisations] == ["Bộ Nội vụ", "Bộ Tư pháp"]
    assert [ob.lead for ob in cascade.obligations] == ["bo-tu-phap"]
