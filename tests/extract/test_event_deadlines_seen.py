"""Deadlines that wait for an event, read where the seen sets' golds agree, each on a text of
its own in the same shape."""

from __future__ import annotations

from cascade.extract.deadlines import find_deadline


def test_work_done_when_needed_waits_for_the_need() -> None:
    found = find_deadline("Đề xuất sửa đổi, bổ sung danh mục hồ sơ lưu trữ khi thấy cần thiết.")
    assert found is not None and found.kind == "event"
    found = find_deadline("Phối hợp với Sở Xây dựng trong việc kiểm tra hiện trường khi cần thiết.")
    assert found is not None and found.kind == "event"


def test_a_need_the_work_serves_is_no_deadline() -> None:
    text = "Lưu giữ đầy đủ sổ sách kế toán để phục vụ việc thanh tra, kiểm toán khi cần thiết."
    assert find_deadline(text) is None


def test_no_later_than_days_from_an_event_waits_for_it() -> None:
    text = (
        "Công bố danh sách trúng tuyển không muộn hơn 07 ngày, kể từ ngày kết quả được phê duyệt."
    )
    found = find_deadline(text)
    assert found is not None and found.kind == "event"
