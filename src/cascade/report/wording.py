"""The words the reports show, in Vietnamese and English.

Labels of states and buckets, and how numbers and dates read, come from the
renderer's table (:mod:`cascade.render.messages`); this one adds the report's own.
"""

from __future__ import annotations

from cascade.render.messages import LANGS, Lang, date, number, pick
from cascade.render.messages import MESSAGES as RENDER_MESSAGES

__all__ = ["LANGS", "MESSAGES", "Lang", "date", "number", "pick", "t"]

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (Vietnamese, English)
    "report.title": ("Báo cáo tình hình thực hiện nhiệm vụ", "Report on the obligations"),
    "report.generated": ("Lập ngày {date}", "Generated on {date}"),
    "report.documents": ("Văn bản nguồn", "Source documents"),
    "report.buckets": ("Tình hình thực hiện", "Status"),
    "report.total": ("Tổng số nhiệm vụ", "Obligations in all"),
    "report.closed": ("Đã hủy hoặc thay thế", "Cancelled or superseded"),
    "report.cascade": ("Sơ đồ phân giao nhiệm vụ", "The obligation cascade"),
    "report.trend": ("Diễn biến theo {period}", "Trend by {period}"),
    "report.period.month": ("tháng", "month"),
    "report.period.quarter": ("quý", "quarter"),
    "report.organisations": ("Theo cơ quan, đơn vị", "By organisation"),
    "report.obligations": ("Danh sách nhiệm vụ", "Obligations"),
    "report.search": ("Tìm (có dấu hoặc không dấu)", "Search (with or without diacritics)"),
    "report.all": ("Tất cả", "All"),
    "report.shown": ("{shown} / {total} nhiệm vụ", "{shown} of {total} obligations"),
    "report.page": ("Trang {page} / {pages}", "Page {page} of {pages}"),
    "report.previous": ("Trang trước", "Previous"),
    "report.next": ("Trang sau", "Next"),
    "report.clear": ("Bỏ lọc", "Clear filters"),
    "report.history": ("Lịch sử", "History"),
    "report.no_history": ("Chưa có sự kiện nào", "No events yet"),
    "report.close": ("Đóng", "Close"),
    "report.subtree": ("cả các đơn vị trực thuộc", "with subordinate units"),
    "report.parent": ("Thực hiện nhiệm vụ", "Implements"),
    "report.filtered": ("Bộ lọc: {filters}", "Filters: {filters}"),
    "report.print_note": (
        "Bản in: tổng hợp và trang đang xem của danh sách",
        "Printed: the summary and the page of the list on screen",
    ),
    "col.id": ("Mã", "Id"),
    "col.organisation": ("Cơ quan chủ trì", "Lead"),
    "col.level": ("Cấp", "Level"),
    "col.document": ("Văn bản", "Document"),
    "col.action": ("Nội dung", "Action"),
    "col.deadline": ("Thời hạn", "Deadline"),
    "col.due": ("Hạn", "Due"),
    "col.days": ("Số ngày", "Days"),
    "col.state": ("Trạng thái", "State"),
    "col.bucket": ("Tình trạng", "Bucket"),
    "col.report_to": ("Báo cáo về", "Reports to"),
    "col.coordinators": ("Phối hợp", "Coordinators"),
    "col.when": ("Thời gian", "When"),
    "col.event": ("Sự kiện", "Event"),
    "col.actor": ("Người thực hiện", "Actor"),
    "col.note": ("Ghi chú", "Note"),
    "col.total": ("Tổng", "Total"),
    "due.title": (
        "Nhiệm vụ quá hạn và đến hạn trong {days} ngày",
        "Overdue and due within {days} days",
    ),
    "due.as_of": ("tính đến ngày {date}", "as of {date}"),
    "due.none": ("Không có nhiệm vụ quá hạn hay sắp đến hạn.", "Nothing overdue or falling due."),
    "due.overdue_by": ("quá hạn {n} ngày", "{n} days overdue"),
    "due.in": ("còn {n} ngày", "in {n} days"),
    "due.today": ("đến hạn hôm nay", "due today"),
    "ics.document": ("Văn bản: {document}", "Document: {document}"),
    "ics.lead": ("Chủ trì: {lead}", "Lead: {lead}"),
    "ics.report_to": ("Báo cáo về: {name}", "Reports to: {name}"),
    "ics.state": ("Tình trạng: {bucket} ({state})", "Status: {bucket} ({state})"),
    "ics.deadline": ("Thời hạn: {deadline}", "Deadline: {deadline}"),
}


def t(key: str, lang: Lang, /, **values: object) -> str:
    """The message ``key`` (the report's, else the renderer's) in ``lang``, filled in."""
    vi, en = MESSAGES.get(key) or RENDER_MESSAGES[key]
    text = vi if lang == "vi" else en
    return text.format(**values) if values else text
