"""How a council or board is made up and works: statements, not work it is given.

A regulation that sets up a council ("Hội đồng Thi đua - Khen thưởng", "Ban Chỉ đạo")
lists its duties, which are tasks, next to sentences that only say how it is made up and
works: its composition ("Thành phần Hội đồng … gồm:"), a member's seat ("Chủ tịch Hội đồng
là Chủ tịch Ủy ban nhân dân tỉnh", "Trưởng phòng X là Ủy viên kiêm thư ký Hội đồng"), its
standing body ("Sở X là cơ quan thường trực của Hội đồng"), its working principle or rules
("Hội đồng hoạt động theo nguyên tắc tập trung, dân chủ …", "Các thành viên làm việc theo
Quy chế …"), its quorum ("Hội đồng họp khi có ít nhất 2/3 tổng số Ủy viên tham dự"), who
presides ("Chủ tịch Hội đồng chủ trì hoặc ủy quyền cho Phó Chủ tịch Hội đồng chủ trì phiên
họp", "Hội đồng thẩm định làm việc dưới sự điều hành của Chủ tịch Hội đồng"), how many
members it has or must have present ("Hội đồng … có số lượng thành viên là số lẻ", "… có ít
nhất 1/3 thành viên là …", "phiên họp của Hội đồng phải đảm bảo có mặt ít nhất 2/3 …"), the
standards its members meet ("Thành viên Hội đồng có trình độ đại học trở lên; có ít nhất 05
năm kinh nghiệm …") and how it stands to another body ("Quan hệ làm việc giữa X với Y là
quan hệ chỉ đạo, phối hợp"). Such a sentence is read as a statement only when it holds
nothing else: each ";"-part a statement too, no duty after a comma.
"""

from __future__ import annotations

import re

_SEAT = (
    r"(?:Chủ\s+tịch|Phó\s+Chủ\s+tịch|Ủy\s+viên|Uỷ\s+viên|[Tt]hư\s+ký|Trưởng\s+ban"
    r"|Phó\s+Trưởng\s+ban)"
)
# a seat as the subject: "Phó Chủ tịch thường trực Hội đồng", "Thư ký Hội đồng", "Thành viên"
_MEMBER = (
    r"(?:Các\s+)?(?:Phó\s+Chủ\s+tịch|Chủ\s+tịch|Ủy\s+viên|Uỷ\s+viên|Thư\s+ký|[Tt]hành\s+viên"
    r"|Phó\s+Trưởng\s+ban|Trưởng\s+ban)(?:\s+(?:thường\s+trực|thứ\s+\w+))?"
    r"(?:\s+(?:của\s+)?(?:Hội\s+đồng|Ban|Tổ)\b[^.;:]{0,60}?)?\s+là\s+(?!người\s)"
)
# a member's standard: a degree, years of experience ("Thành viên … có trình độ đại học …",
# a ";"-part "có ít nhất 05 năm kinh nghiệm …" after it)
_MEMBER_STANDARD = (
    r"(?:(?:Các\s+)?[Tt]hành\s+viên\s+(?:của\s+)?(?:Hội\s+đồng|Ban|Tổ)\b[^.;:]{0,80}?\s)?"
    r"có\s+(?:trình\s+độ|bằng|(?:ít\s+nhất|tối\s+thiểu|từ)\s+\d+\s+năm\s+kinh\s+nghiệm)\b"
)
_STATEMENT = re.compile(
    r"^(?:"
    r"Thành\s+phần\s+(?:của\s+)?(?:Hội\s+đồng|Ban|Tổ|Đoàn)\b"
    rf"|[^.;:]{{0,160}}?\slà\s+{_SEAT}\b"
    r"|[^.;:]{0,200}?\slà\s+(?:cơ\s+quan|đơn\s+vị)\s+thường\s+trực\s+(?:của|giúp\s+việc)\b"
    # "Vụ X là cơ quan thường trực Hội đồng …": the same, with no "của"
    r"|[^.;:]{0,200}?\slà\s+(?:cơ\s+quan|đơn\s+vị)\s+thường\s+trực\s+(?:Hội\s+đồng|Ban|Tổ)\b"
    # "Chủ tịch Hội đồng là Thứ trưởng …", "Các thành viên Hội đồng là Thủ trưởng các đơn vị
    # sau: …": the seat first, then who holds it
    rf"|{_MEMBER}"
    # "Hội đồng X do Bộ trưởng quyết định thành lập, có chức năng tham mưu …": what it is for
    r"|(?:Hội\s+đồng|Ban|Tổ)\s[^.;:]{0,160}?\sdo\s[^.;:,]{1,80}?\s(?:quyết\s+định\s+)?"
    r"thành\s+lập\s*,\s*(?:có\s+chức\s+năng|giúp)\b"
    # "Hội đồng … được sử dụng con dấu của Bộ …": a seal it may use
    r"|(?:Hội\s+đồng|Ban|Tổ)\s[^.;:]{0,120}?\sđược\s+sử\s+dụng\s+con\s+dấu\b"
    # "Hội đồng hoạt động theo nguyên tắc …", "Ban Chỉ đạo làm việc theo nguyên tắc …",
    # "Các thành viên … làm việc theo Quy chế hoạt động của Ban Chỉ đạo do Trưởng ban …
    # ban hành": how it and its members work
    r"|[^.;:]{0,80}?\b(?:hoạt\s+động|làm\s+việc)\s+theo\s+(?:nguyên\s+tắc|[Qq]uy\s+chế)\b"
    r"|[^.;:]{0,80}?\bhọp\s+khi\s+có\s+(?:ít\s+nhất|từ)\b"
    # "… làm việc dưới sự điều hành của Chủ tịch Hội đồng": who runs its work
    r"|[^.;:]{0,80}?\blàm\s+việc\s+dưới\s+sự\s+(?:điều\s+hành|chủ\s+trì|chỉ\s+đạo)\s+của\b"
    # "phiên họp của Hội đồng … phải đảm bảo có mặt ít nhất 2/3 …", "Hội đồng … có số lượng
    # thành viên là số lẻ", "… có ít nhất 1/3 thành viên là nhà giáo": its quorum and size
    r"|(?:[Pp]hiên|[Cc]uộc)\s+họp\b[^.;:]{0,120}?\bcó(?:\s+mặt)?\s+(?:ít\s+nhất|từ|tối\s+thiểu)\b"
    r"|(?:Hội\s+đồng|Ban|Tổ)\s[^.;:]{0,120}?\scó\s+(?:số\s+lượng\s+thành\s+viên"
    r"|(?:ít\s+nhất|tối\s+thiểu)\s+[\d/]+\s+(?:thành\s+viên|ủy\s+viên|uỷ\s+viên))\b"
    # "Thành viên Hội đồng … có trình độ đại học trở lên", "(…;) có ít nhất 05 năm kinh
    # nghiệm …": the standards its members meet
    rf"|{_MEMBER_STANDARD}"
    r"|[^.;:]{0,80}?\bchủ\s+trì\s+hoặc\s+ủy\s+quyền\s+cho\s[^.;:]{0,80}?\bchủ\s+trì\s+"
    r"(?:phiên|cuộc)\s+họp\b"
    r"|Quan\s+hệ\s+(?:làm\s+việc|công\s+tác|phối\s+hợp)\s+giữa\b[^.;:]{0,240}?\slà\s+quan\s+hệ\b"
    r")"
)
_MEMBERS_LISTED = re.compile(r"(?<=\ssau):[^.]*$")
# a duty after a comma ("…, chịu trách nhiệm …", "…, chủ trì …"): work, not a statement
_DUTY_AFTER = re.compile(
    r",\s*(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|có\s+nhiệm\s+vụ|chủ\s+trì|giúp"
    r"|phụ\s+trách|thực\s+hiện|tham\s+mưu)\b"
)


# "Thành phần Hội đồng thẩm định gồm: các nhà giáo, cán bộ quản lý đào tạo, …": the kinds
# of member listed after the colon, in the same item
_MAKE_UP_THEN = re.compile(
    r"^[*_\s]*Thành\s+phần\s+(?:của\s+)?(?:Hội\s+đồng|Ban|Tổ|Đoàn)\b[^.;:]{0,120}?"
    r"\s(?:gồm|bao\s+gồm)(?:\s+có)?\s*:\s*"
)


def lists_its_make_up(item: str, sentence: str) -> bool:
    """True for the members a council's make-up lists after "Thành phần … gồm:" in the same
    item (``sentence`` the words after the colon), given no duty."""
    make_up = _MAKE_UP_THEN.match(item)
    if make_up is None or not sentence.strip():
        return False
    listed = item[make_up.end() :]
    return listed.startswith(sentence.strip()[:40]) and _DUTY_AFTER.search(", " + sentence) is None


def states_how_a_council_works(sentence: str) -> bool:
    """True for a sentence that only says how a council is made up or works (see the
    module)."""
    text = sentence.strip().rstrip(";.").strip()
    # "… là Thủ trưởng các đơn vị sau: Vụ A; Vụ B": the members listed, not parts of work
    text = _MEMBERS_LISTED.sub("", text)
    return all(_states(part.strip()) for part in text.split(";"))


def _states(part: str) -> bool:
    """One ";"-part of such a sentence: a statement and no duty after it."""
    match = _STATEMENT.match(part)
    return match is not None and _DUTY_AFTER.search(part, match.end()) is None
