"""A committee's or council's member list: seats, not work.

A decision that sets up or re-forms a body lists who sits on it under a make-up lead-in
("… gồm các thành viên sau đây:", "3. Các ủy viên:", "2. Phó Trưởng ban:", "Thành phần Hội
đồng gồm:") — one seat holder an item, often counted ("- 01 Thứ trưởng Bộ Nội vụ;", "- 02
Phó Chủ tịch Ủy ban nhân dân tỉnh;", "- Đại diện lãnh đạo Bộ Y tế;"). Such an item names
a person by office and gives no work; the lead-in's seat ("Các ủy viên") is no body to lead
it either.
"""

from __future__ import annotations

import re

from cascade.extract.units import Unit

# the seats of a committee, a council, a board or a team, with their body's name after
_SEATS = (
    r"(?:Các\s+)?(?:Phó\s+)?(?:Trưởng\s+ban|Chủ\s+tịch|Tổ\s+trưởng|Trưởng\s+đoàn"
    r"|Ủy\s+viên|Uỷ\s+viên|[Tt]hành\s+viên|Thư\s+ký)(?:\s+thường\s+trực)?"
)
# a make-up lead-in: a seat and a colon and nothing else ("3. Các ủy viên:", "Phó Trưởng ban
# Chỉ đạo:"), or a sentence listing the members below ("… gồm các thành viên sau đây:",
# "Thành phần Hội đồng gồm:", "… gồm các ông (bà) có tên sau:")
_MAKE_UP = re.compile(
    rf"^[*_\s]*{_SEATS}(?:\s+(?:của\s+)?(?:Hội\s+đồng|Ban|Chỉ\s+đạo|Tổ|Đoàn)\b[^.;:,]{{0,80}})?"
    r"\s*:[*_\s]*$"
    r"|\bgồm\s+(?:các|những)\s+(?:thành\s+viên|đồng\s+chí|ông|bà)\b[^:]{0,40}?\s+sau(?:\s+đây)?"
    r"\s*:[*_\s]*$"
    r"|^[*_\s]*Thành\s+phần\b[^.;:]{0,80}?\s(?:gồm|bao\s+gồm)(?:\s+có)?\s*:[*_\s]*$",
    re.IGNORECASE,
)
# an office held by a person ("Thứ trưởng", "Phó Chánh án", "Phó Thống đốc"), perhaps after
# a count ("01", "02") or "đại diện (lãnh đạo)"
_OFFICE = (
    r"(?:Phó\s+)?(?:Bộ\s+trưởng|Thứ\s+trưởng|Trưởng\s+ban|Chủ\s+tịch|Chủ\s+nhiệm|Thống\s+đốc"
    r"|Tổng\s+Giám\s+đốc|Giám\s+đốc|Viện\s+trưởng|Chánh\s+án|Chánh\s+Văn\s+phòng|Chánh\s+Thanh\s+tra"
    r"|Tổng\s+cục\s+trưởng|Cục\s+trưởng|Vụ\s+trưởng|Tổng\s+Thư\s+ký|Trưởng\s+phòng|Chánh|Lãnh\s+đạo"
    r"|Thủ\s+trưởng|Tư\s+lệnh|Chỉ\s+huy\s+trưởng|Bí\s+thư)"
)
_SEAT_HOLDER = re.compile(
    rf"^[*_\s]*(?:\d{{1,2}}\s+|(?:Đại\s+diện|đại\s+diện)\s+(?:lãnh\s+đạo\s+)?)?{_OFFICE}\s+"
    r"[^.;:]{1,160}[.;]?[*_\s]*$"
)
# a duty beside the seat ("… chịu trách nhiệm …", "…, phụ trách …"): work, not a seat
_DUTY = re.compile(
    r"\b(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|có\s+nhiệm\s+vụ|chủ\s+trì|giúp"
    r"|phụ\s+trách|thực\s+hiện|tham\s+mưu)\b"
)


def names_a_member(units: list[Unit], unit: Unit) -> bool:
    """True for an item of a member list under a make-up lead-in (see the module)."""
    if unit.parent is None or not _MAKE_UP.search(units[unit.parent].text):
        return False
    return _SEAT_HOLDER.match(unit.text) is not None and not _DUTY.search(unit.text)
