"""The document's own time: a deadline for the whole text that tasks with none inherit.

Read from the subject ("… từ nay đến Đại hội XIV"), the lead-in paragraph, a closing
paragraph that dates the items above, or a section of its own ("3. Thời gian thực hiện:");
a purpose, a disaster gone by, a period over before signing, the term of a delegation, of a
procedure or of the loan or right regulated, and an item's own time are not the document's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from cascade.extract.aftermath import recovers_from
from cascade.extract.closings import ABOVE_CONTENTS
from cascade.extract.deadlines import find_deadline
from cascade.extract.event_deadlines import in_purpose
from cascade.extract.found_deadline import FoundDeadline
from cascade.extract.header import Header
from cascade.extract.phases import campaign_span
from cascade.extract.units import Unit

_TIME_SECTION = re.compile(
    r"^(?:Thời gian|Thời hạn)(?:\s+(?:thực hiện|triển khai|tổ chức|áp dụng))?[^.:;]{0,60}:?",
    re.IGNORECASE,
)

# how long a delegation holds ("Thời gian ủy quyền … đến hết ngày …"), how long the public
# waits for a procedure ("Thời gian giải quyết: Trong thời hạn 02 ngày làm việc …"), how
# long an inspection lasts ("Thời hạn kiểm tra: … không quá 10 ngày làm việc") or when one
# report is due ("Thời hạn và phương thức gửi báo cáo", "Thời hạn gửi báo cáo …: ngay sau
# khi có báo cáo"), or when a report is published, posted or how long it is kept ("Thời
# hạn công khai", "Thời gian đăng tải", "Thời hạn lưu trữ") dates no other duty
_TERM = re.compile(
    r"^[-+*\s]*Thời (?:gian|hạn)(?:\s+và\s+(?:phương|hình)\s+thức)?"
    r"\s+(?:(?:ủy|uỷ|phân)\s+(?:quyền|cấp)|giải\s+quyết|công\s+khai|đăng\s+tải|lưu\s+trữ"
    r"|kiểm\s+tra|thanh\s+tra|(?:gửi\s+|nộp\s+)?báo\s+cáo)\b",
    re.IGNORECASE,
)

# the term of the thing a regulation governs ("Thời hạn tái cấp vốn là 364 ngày", "Thời hạn
# giải ngân … đến hết ngày 31 tháng 3 năm 2022", "Thời hạn cho vay tối đa …", "Thời hạn sử
# dụng đất"): how long a loan or a right runs, not until when the work is done; and how
# long a person's status lasts ("Thời hạn tạm đình chỉ công tác không quá 30 ngày làm việc",
# "Thời hạn giữ chức vụ …", "Thời hạn cử người đại diện …", "Thời gian tập sự …"), and how
# long a relief runs ("Thời gian thực hiện giảm mức đóng: 12 tháng, kể từ …"), and a
# person's leave, benefit or contributions under social insurance ("Thời gian nghỉ việc
# hưởng chế độ thai sản …", "Thời gian hưởng trợ cấp …", "Thời gian đóng bảo hiểm xã hội")
_REGULATED_TERM = re.compile(
    r"^[-+*\s]*Thời (?:gian|hạn)\s+(?:(?:tái\s+)?cấp\s+vốn|cho\s+vay|vay(?:\s+vốn)?"
    r"|(?:thực\s+hiện|áp\s+dụng)\s+(?:giảm|miễn|gia\s+hạn|hoãn)"
    r"|giải\s+ngân|thu\s+hồi\s+vốn|trả\s+nợ|hoàn\s+trả|bảo\s+lãnh|tạm\s+ứng|thuê"
    r"|sử\s+dụng\s+(?:đất|vốn)|(?:có\s+)?hiệu\s+lực|hợp\s+đồng"
    r"|(?:tạm\s+)?đình\s+chỉ|giữ\s+chức|(?:bổ\s+nhiệm|cử)(?:\s+lại)?|nhiệm\s+kỳ"
    r"|tập\s+sự|thử\s+việc|tạm\s+(?:giữ|giam)|nghỉ|hưởng|đóng)\b",
    re.IGNORECASE,
)

# an article's title that names the act it times ("Điều 7. Thời hạn thực hiện bồi thường,
# trợ cấp", "Điều 12. Thời gian giải quyết hồ sơ"): a regulation's rule for that act, not
# the time of the document's own work (a plan's "Thời gian thực hiện" stands alone)
_QUALIFIED_TERM = re.compile(
    r"^Thời (?:gian|hạn)(?:\s+(?:thực hiện|triển khai|tổ chức|áp dụng))?\s+\w", re.IGNORECASE
)

_COMPLETION = re.compile(r"^Thời (?:gian|hạn)(?:\s+thực hiện)?\s+hoàn thành", re.IGNORECASE)

_ITEM_KINDS = {"number", "multi", "paren", "letter", "dash", "plus"}


def _cause_not_time(text: str, phrase: str) -> bool:
    """An event that says why the work is asked: a purpose clause ("Để … khôi phục sản
    xuất sau lũ lụt, Thủ tướng yêu cầu …") or a disaster gone by that the work recovers
    from ("V/v khắc phục hậu quả … sau mưa lũ")."""
    return in_purpose(text, phrase) or recovers_from(text, phrase)


def _items_own_time(units: list[Unit], unit: Unit) -> bool:
    """'Thời gian hoàn thành …' under anything, or a paragraph 'Thời hạn chậm nhất 05 ngày
    làm việc …' under an item: the time of that item's work, not of the document."""
    if _COMPLETION.match(unit.text):
        return True
    parent = units[unit.parent] if unit.parent is not None else None
    return unit.kind == "para" and parent is not None and parent.kind in _ITEM_KINDS


def document_horizon(units: list[Unit], header: Header) -> FoundDeadline | None:
    """A deadline for the whole document ('từ nay đến Đại hội XIV'): the first that its
    subject, lead-in, closing paragraph or time section gives and that is neither a cause
    nor a time gone by."""
    for text, found in _candidates(units, header):
        if found is None:
            continue
        if found.kind == "event" and _cause_not_time(text, found.text):
            continue
        if _before_issue(found, header):
            continue  # "(do … mưa lớn từ ngày 21/5 đến ngày 25/5)": a time gone by
        if found.kind in {"event", "absolute", "period"}:
            return found
    return None


def _candidates(units: list[Unit], header: Header) -> Iterator[tuple[str, FoundDeadline | None]]:
    """Each text that may date the document, in order of trust, with what it gives."""
    texts = [header.subject or ""]
    # (the lead-in paragraph, not a numbered item: "2. Mức trợ cấp … sau khi đã được điều
    # chỉnh, cụ thể như sau:" leads in to rates)
    texts += [u.text for u in units if u.parent is None and u.text.endswith(":") and not u.numbered]
    # a closing paragraph that dates the items above ("… bảo đảm đến hết tháng 12 năm
    # 2025 giải quyết dứt điểm … về 04 nội dung nêu trên./.")
    closing = [u.text.strip(" ./") for u in units if u.kind == "para"]
    texts += [text for text in closing if ABOVE_CONTENTS.search(text)][-1:]
    for text in texts:
        yield text, find_deadline(text, header.year)
    # a section of its own: "3. Thời gian thực hiện:" / "Từ nay đến hết năm 2025."
    for unit in units:
        # (a sentence under an item, "Thời gian hoàn thành trước …", is that item's)
        own = unit.parent is not None and not unit.children and _items_own_time(units, unit)
        term = _TERM.match(unit.text) is not None or _REGULATED_TERM.match(unit.text) is not None
        if unit.kind == "label" or own or term or not _TIME_SECTION.match(unit.text):
            continue
        if unit.kind == "article" and _QUALIFIED_TERM.match(unit.text):
            continue  # "Điều 7. Thời hạn thực hiện bồi thường, trợ cấp": the term of that act
        # "Thời gian thi đua chia thành 02 đợt:": the campaign runs through every phase
        span = campaign_span(units, unit, header.year)
        if span is not None:
            yield span.text, span
            continue
        text = " ".join([unit.text, *(units[c].text for c in unit.children[:1])])
        yield text, find_deadline(text, header.year)


def _before_issue(found: FoundDeadline, header: Header) -> bool:
    """True when ``found`` is a date or period over before the document was signed."""
    if found.due is None or not (header.year and header.month and header.day):
        return False
    return found.due < dt.date(header.year, header.month, header.day)
