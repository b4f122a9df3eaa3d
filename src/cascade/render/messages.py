"""The words a diagram shows, in Vietnamese and English, and how numbers and dates read.

Labels that come from the cascade (organisation and level names) are chosen by
:func:`pick`; everything the renderer itself writes (titles, legends, counts)
comes from :data:`MESSAGES`.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (Vietnamese, English)
    "view.documents": ("Chuỗi văn bản", "Chain of documents"),
    "view.obligations": ("Phân giao nhiệm vụ", "Obligation cascade"),
    "view.organisations": ("Cây tổ chức", "Organisation tree"),
    "legend": ("Chú giải", "Legend"),
    "legend.organisation": ("Cơ quan, đơn vị", "Organisation"),
    "legend.group": ("Nhóm đã thu gọn", "Collapsed group"),
    "legend.list": ("Các cơ quan cùng nhận nhiệm vụ", "Organisations addressed together"),
    "legend.hidden": (
        "+N: đơn vị trực thuộc được tính gộp",
        "+N: subordinate units counted in the row",
    ),
    "legend.document": ("Văn bản", "Document"),
    "legend.documents": ("Nhóm văn bản đã thu gọn", "Collapsed documents"),
    "legend.overdue": ("Có nhiệm vụ quá hạn (nét đôi)", "Overdue obligations (double line)"),
    "legend.subordinate": ("Trực thuộc", "Subordinate"),
    "legend.successor": ("Tổ chức kế thừa", "Successor"),
    "legend.bar": ("Thanh: tỉ lệ nhiệm vụ theo trạng thái", "Bar: share of obligations by state"),
    "legend.bar.bucket": (
        "Thanh: tỉ lệ nhiệm vụ theo nhóm tình trạng",
        "Bar: share of obligations by status bucket",
    ),
    "legend.count": ("Số trên mũi tên: số nhiệm vụ", "Number on an arrow: obligations"),
    "as_of": ("Tình trạng đến ngày {date}", "Status as of {date}"),
    "as_written": ("Tình trạng theo tệp (chưa có sự kiện)", "Status as written (no events)"),
    "drawn_on": ("Vẽ ngày {date}", "Drawn on {date}"),
    "source": ("Nguồn: {source}", "Source: {source}"),
    "collapsed.budget": (
        "Đã thu gọn để không quá {budget} nút; dùng --root, --depth hoặc --budget để xem chi tiết",
        "Collapsed to at most {budget} nodes; use --root, --depth or --budget for detail",
    ),
    "collapsed.depth": ("Hiển thị {depth} cấp dưới gốc", "Showing {depth} levels below the root"),
    "collapsed.mermaid": (
        "Thu gọn thêm để vừa giới hạn của Mermaid ({edges} cạnh, {chars} ký tự)",
        "Collapsed further to fit Mermaid's limits ({edges} edges, {chars} characters)",
    ),
    "root": ("Nhánh: {name}", "Branch: {name}"),
    "tally.total": ("{n} nhiệm vụ", "{n} obligations"),
    "tally.total.one": ("{n} nhiệm vụ", "{n} obligation"),
    "tally.percent": ("{p}% đã báo cáo", "{p}% reported"),
    "tally.none": ("không có nhiệm vụ", "no obligations"),
    "below": ("+{n} đơn vị trực thuộc", "+{n} subordinate units"),
    "below.documents": ("+{n} văn bản tiếp theo", "+{n} further documents"),
    "group.organisations": ("{n} cơ quan, đơn vị · {level}", "{n} organisations · {level}"),
    "group.documents": ("{n} văn bản · {level}", "{n} documents · {level}"),
    "group.examples": ("gồm {names}…", "incl. {names}…"),
    "group.outside": ("{n} cơ quan ngoài nhánh", "{n} organisations outside the branch"),
    "level.none": ("Chưa xác định cấp", "No level"),
    "issued_by": ("{issuer}", "{issuer}"),
    "undated": ("chưa ghi ngày", "undated"),
    "year": ("năm {year}", "{year}"),
    "relation.based_on": ("căn cứ", "based on"),
    "relation.implements": ("thực hiện", "implements"),
    "relation.cites": ("trích dẫn", "cites"),
    "relation.amends": ("sửa đổi", "amends"),
    "relation.replaces": ("thay thế", "replaces"),
    "attached": ("gửi kèm", "attached"),
    "state.assigned": ("Đã giao", "Assigned"),
    "state.in_progress": ("Đang thực hiện", "In progress"),
    "state.reported": ("Đã báo cáo", "Reported"),
    "state.accepted": ("Đã chấp nhận báo cáo", "Accepted"),
    "state.cancelled": ("Đã hủy", "Cancelled"),
    "state.superseded": ("Đã được thay thế", "Superseded"),
    "bucket.completed_on_time": ("Hoàn thành đúng hạn", "Completed on time"),
    "bucket.completed_late": ("Hoàn thành quá hạn", "Completed late"),
    "bucket.open_within_deadline": ("Chưa hoàn thành, trong hạn", "Open, within deadline"),
    "bucket.overdue": ("Quá hạn", "Overdue"),
    "bucket.none": ("Không tính (đã hủy, thay thế)", "Not counted (cancelled, superseded)"),
    "overdue.mark": ("{n} quá hạn", "{n} overdue"),
    "kind.plan": ("Kế hoạch", "Plan"),
    "kind.dispatch": ("Công văn", "Dispatch"),
    "kind.decision": ("Quyết định", "Decision"),
    "kind.resolution": ("Nghị quyết", "Resolution"),
    "kind.directive": ("Chỉ thị", "Directive"),
    "kind.programme": ("Chương trình", "Programme"),
    "kind.guidance": ("Hướng dẫn", "Guidance"),
    "kind.notice": ("Thông báo", "Notice"),
    "kind.report": ("Báo cáo", "Report"),
}


def t(key: str, lang: Lang, /, **values: object) -> str:
    """The message ``key`` in ``lang``, with ``values`` filled in."""
    vi, en = MESSAGES[key]
    text = vi if lang == "vi" else en
    return text.format(**values) if values else text


def has(key: str) -> bool:
    """Whether there is a message ``key``."""
    return key in MESSAGES


def pick(vi: str, en: str | None, lang: Lang) -> str:
    """A label from the cascade: the English one when asked for and present, else Vietnamese."""
    return en if lang == "en" and en else vi


def number(n: int, lang: Lang) -> str:
    """``n`` with thousands separated as the language does: '1.234' (vi), '1,234' (en)."""
    text = f"{n:,}"
    return text.replace(",", ".") if lang == "vi" else text


def date(day: dt.date, lang: Lang) -> str:
    """A date as readers of ``lang`` write it: '23/10/2024' (vi), '2024-10-23' (en)."""
    return day.strftime("%d/%m/%Y") if lang == "vi" else day.isoformat()
