"""Patterns found in held-out round 60 (the Official Gazette's text layer of a finance
ministry circular on the financial regime of a state financial institution: its capital,
income and expenses, funds, plan and reports, and the duties of its board, its director
and the ministries), each checked on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .test_crawl_patterns import _deadlines
from .test_task_rules import _tasks

_CIRCULAR = """BỘ TÀI CHÍNH
Số: 41/2026/TT-BTC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 4 năm 2026
THÔNG TƯ
Quy định chế độ tài chính của Công ty Mua bán nợ Việt Nam
Căn cứ Luật Quản lý nợ công số 20/2017/QH14;
Bộ trưởng Bộ Tài chính ban hành Thông tư quy định chế độ tài chính của Công ty Mua bán nợ
Việt Nam.
{body}
KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Đỗ Văn Khải
"""


def _circular(body: str) -> str:
    return _CIRCULAR.format(body=body)


def test_when_one_report_is_due_dates_no_other_duty() -> None:
    body = (
        "Điều 5. Quản lý vốn\n"
        "Công ty Mua bán nợ Việt Nam có trách nhiệm lập sổ theo dõi các khoản nợ đã mua.\n"
        "Điều 9. Chế độ báo cáo\n"
        "1. Công ty Mua bán nợ Việt Nam có trách nhiệm gửi Bộ Tài chính các báo cáo sau:\n"
        "a) Báo cáo tình hình mua, bán nợ;\n"
        "b) Báo cáo tài chính đã được kiểm toán.\n"
        "2. Thời hạn và phương thức gửi báo cáo\n"
        "a) Thời hạn gửi báo cáo quy định tại điểm a khoản 1 Điều này: trong thời hạn 30 "
        "ngày kể từ ngày kết thúc quý;\n"
        "b) Thời hạn gửi báo cáo quy định tại điểm b khoản 1 Điều này: ngay sau khi có kết "
        "luận kiểm toán.\n"
        "Điều 10. Trách nhiệm của Hội đồng thành viên Công ty Mua bán nợ Việt Nam\n"
        "Hội đồng thành viên Công ty Mua bán nợ Việt Nam có trách nhiệm ban hành quy chế "
        "quản lý nợ của công ty.\n"
    )
    extraction = extract_text(_circular(body))
    actions = [action[:12] for _, _, action, _ in _tasks(extraction)]
    kinds = dict(zip(actions, _deadlines(extraction), strict=True))
    # the duties no report's term speaks of keep no time
    assert kinds["Lập sổ theo "] == "none"
    assert kinds["Ban hành quy"] == "none"


def test_the_issuers_duty_article_in_a_circular_gives_it_tasks() -> None:
    body = (
        "Chương IV\n"
        "TRÁCH NHIỆM CỦA CÁC CƠ QUAN\n"
        "Điều 11. Trách nhiệm của Bộ Tài chính\n"
        "1. Hướng dẫn Công ty Mua bán nợ Việt Nam lập kế hoạch tài chính hằng năm.\n"
        "2. Phối hợp với Ngân hàng Nhà nước Việt Nam giám sát tình hình tài chính của công "
        "ty.\n"
        "Điều 12. Trách nhiệm của Công ty Mua bán nợ Việt Nam\n"
        "Công ty Mua bán nợ Việt Nam có trách nhiệm công khai báo cáo tài chính năm.\n"
    )
    leads = [(lead, action[:9]) for lead, _, action, _ in _tasks(extract_text(_circular(body)))]
    assert ("Bộ Tài chính", "Hướng dẫn") in leads
    assert ("Bộ Tài chính", "Phối hợp ") in leads
    assert ("Công ty Mua bán nợ Việt Nam", "Công khai") in leads


def test_to_preserve_capital_is_work_after_a_word_of_duty() -> None:
    body = (
        "Điều 4. Bảo toàn vốn\n"
        "Công ty Mua bán nợ Việt Nam có trách nhiệm bảo toàn vốn khi thực hiện hoạt động mua "
        "nợ, trừ các nguyên nhân bất khả kháng. Việc bảo toàn vốn được đánh giá hằng năm.\n"
    )
    actions = [action for _, _, action, _ in _tasks(extract_text(_circular(body)))]
    assert actions == [
        "Bảo toàn vốn khi thực hiện hoạt động mua nợ, trừ các nguyên nhân bất khả kháng."
    ]
