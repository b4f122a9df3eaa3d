"""Patterns found in held-out round 51 (the Official Gazette's text layer of Government
decrees: articles of duties and procedures whose titles wrap over two lines, steps naming
who registers, passes on and sends back a file), each checked on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .test_task_rules import _tasks

_DECREE = """CHÍNH PHỦ
Số: 777/2026/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 3 năm 2026
NGHỊ ĐỊNH
Quy định chi tiết một số điều của Luật Đo lường
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Đo lường.
{body}
TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Đặng Văn Khải
"""


def _leads_and_actions(body: str) -> list[tuple[str, str]]:
    extraction = extract_text(_DECREE.format(body=body))
    return [(lead, action) for lead, _force, action, _parent in _tasks(extraction)]


def test_an_article_on_a_bodys_duties_and_powers_in_a_field_gives_it_the_items() -> None:
    found = _leads_and_actions(
        "Điều 9. Nhiệm vụ và quyền hạn của Bộ Khoa học và Công nghệ trong hoạt động đo lường\n"
        "1. Chủ trì, phối hợp với các bộ, ngành xây dựng chiến lược phát triển đo lường.\n"
        "2. Tổ chức kiểm tra việc thực hiện các quy định về đo lường.\n"
        "Điều 10. Trách nhiệm của tổ chức, cá nhân có liên quan trong hoạt động kiểm định\n"
        "1. Lưu giữ hồ sơ kiểm định theo quy định.\n"
        "Điều 11. Nhiệm vụ và quyền hạn của Trung tâm Đo lường Việt Nam\n"
        "1. Nhiệm vụ của Trung tâm Đo lường Việt Nam\n"
        "a) Quản lý, sử dụng chuẩn đo lường quốc gia đúng mục đích;\n"
        "2. Quyền hạn của Trung tâm Đo lường Việt Nam\n"
        "a) Tổ chức hoạt động, tiếp nhận các nguồn vốn hợp pháp;\n"
        "b) Phối hợp với các cơ quan liên quan để thực hiện các hoạt động của Trung tâm.\n"
    )
    assert [lead for lead, _ in found] == [
        "Bộ Khoa học và Công nghệ",
        "Bộ Khoa học và Công nghệ",
        # the field the duties are in is no part of who ("trong hoạt động kiểm định")
        "tổ chức, cá nhân có liên quan",
        "Trung tâm Đo lường Việt Nam",
    ]
    # the centre's powers (under "2. Quyền hạn của …") are no work, nor is their heading
    assert not any("Quyền hạn" in action or "tiếp nhận" in action for _, action in found)
