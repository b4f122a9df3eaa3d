"""The cells of a task table's row when each cell is wrapped over several lines.

A PDF's text layer gives a table one cell after the other, each cell's words broken where
the column is full, the narrow columns often a word a line, and a row cut by a page break
goes on after the next page's header::

    Tăng cường lãnh đạo, chỉ đạo xây dựng và        (the task, the widest column)
    tổ chức thực hiện hiệu quả các chủ trương.
    Ủy ban nhân                                      (the lead)
    dân cấp tỉnh
    Các cơ quan, tổ                                  (the partners)
    chức có liên quan
    Văn bản chỉ đạo                                  (the result)
    Thường xuyên                                     (the time)

:func:`wrapped_cells` groups such lines into cells: a cell opens at a line whose first
word is capitalised, unless the line before leaves a name or phrase open (a comma, "ở",
"của", "trình" …). Cells run together on one line ("… theo lộ trình phù hợp Bộ Y tế",
"văn bản phối hợp Thường xuyên") are cut where a body's name or a time opens, when the row
is a cell short. After a page break the lines as wide as the task's column go on with the
task, the rest with the partners.
"""

from __future__ import annotations

import re

from cascade.extract.link_words import LINK_WORDS, PREPOSITIONS

# a line ending in one of these leaves a name or phrase open: the next line goes on with it
_LINK_WORDS = (
    LINK_WORDS | PREPOSITIONS | {"ở", "trình", "đối", "thuộc", "có", "hoặc", "cùng", "gồm", "là"}
)
_NAME_HEADS = frozenset({"Bộ", "Sở", "Ủy", "Uỷ", "Cục", "Tổng", "Viện", "Ban", "Việt"})
# a time cell that is a year or years ("2026", "2026 - 2030", "2026 và⏎hằng năm")
_YEAR_CELL = re.compile(r"^(?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)\d{2})?)?(?:\s+và)?$")
_BEFORE_YEAR = frozenset({"năm", "tháng", "quý", "đoạn", "kỳ", "ngày", "hết", "trước", "sau"})
# a body's name run into the end of the task's last line ("… phù hợp Bộ Y tế")
_BODY_AT_END = re.compile(
    r"(?<=[a-zà-ỹđ,.]) (?P<body>(?:Bộ|Ủy ban|Uỷ ban|UBND|Sở|Cơ quan|Các bộ|Các Bộ|Ban|Văn phòng"
    r"|Thanh tra|Ngân hàng|Bảo hiểm xã hội|Công an|Cơ sở)\b[^,.;:]{0,40})$"
)
# a time run into the end of a cell's last line ("văn bản phối hợp Thường xuyên")
_TIME_AT_END = re.compile(
    r"(?<=[a-zà-ỹđ,.]) (?P<time>(?:Thường xuyên|Hằng năm|Hàng năm|Quý|Tháng|Năm|Trước ngày"
    r"|Từ|Đến|Định kỳ)\b[^;:]{0,30})$"
)
_TIMEISH = re.compile(
    r"\d{4}|thường xuyên|hằng năm|hàng năm|định kỳ|^quý|^tháng|^năm|trước ngày|hoàn thành",
    re.IGNORECASE,
)
_WIDE = 0.6  # a line this share of the task column's longest line is that column's
_FULL = 0.85  # a line this share of it fills the column: the cell wrapped there


def wrapped_cells(pieces: list[list[str]], roles: list[str]) -> list[str]:
    """The cells of one row for the columns ``roles`` (the task's first), from its lines:
    ``pieces[0]`` before any page break, the later pieces after each."""
    first = [line for line in pieces[0] if line]
    task = _task_lines(first)
    groups = [task, *_groups(first[len(task) :])]
    width = len(roles)
    if len(groups) < width and len(roles) > 1 and roles[-1] == "time":
        groups = _time_cut(groups)
    if len(groups) < width and len(roles) > 1 and roles[1] == "lead":
        groups = _body_cut(groups)
    if len(groups) > width:
        # the first cells (the task, the lead, the partners) and the last (the time, notes
        # after it) keep their lines; what is left between them is one cell, the result
        keep = roles.index("product") if "product" in roles[1:-1] else max(width - 2, 1)
        tail = width - keep - 1
        groups = [
            *groups[:keep],
            [" ".join(line for group in groups[keep:-tail] for line in group)],
            *groups[-tail:],
        ]
    cells = [" ".join(group) for group in groups]
    rest = [line for piece in pieces[1:] for line in piece if line]
    if rest and cells:
        _continued(cells, groups[0], rest, roles)
    return cells


def _task_lines(lines: list[str]) -> list[str]:
    """The task's lines: the first, then those as wide as the task's column that open no
    cell, and a short line closing them (the narrow columns' lines are shorter)."""
    widest = max(len(line) for line in lines)
    # the other columns narrow (most of the row's lines short): a line that fills the task's
    # column is the task's, and so is the line after it
    narrow = 2 * sum(len(line) < _WIDE * widest for line in lines) >= len(lines)
    end = 1
    while (
        end < len(lines)
        and len(lines[end]) >= _WIDE * widest
        and (
            (narrow and (len(lines[end]) >= _FULL * widest or _full(lines[end - 1], widest)))
            or not _opens_cell(lines[end - 1], lines[end])
        )
    ):
        end += 1
    closing = lines[end] if end < len(lines) else ""
    if closing[:1].islower() and not lines[end - 1].rstrip().endswith("."):
        end += 1
    return lines[:end]


def _full(line: str, widest: int) -> bool:
    """True when ``line`` fills the task's column and leaves its sentence open: the words
    wrapped there, so the next line goes on with it even when it opens with a name."""
    return len(line) >= _FULL * widest and not line.rstrip().endswith((".", ";", ":"))


def _groups(lines: list[str]) -> list[list[str]]:
    groups: list[list[str]] = []
    for line in lines:
        if groups and not _opens_cell(" ".join(groups[-1][-2:]), line):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _opens_cell(previous: str, line: str) -> bool:
    """True when ``line`` opens a cell: its first word capitalised (not a numeral, not a
    letter alone), the line before not leaving a name or phrase open."""
    word = line.split()[0] if line.split() else ""
    year = _YEAR_CELL.match(line.strip()) is not None
    if not year and (len(word) < 2 or not (word[0].isupper() and word[1].islower())):
        return False
    before = previous.rstrip()
    if before.endswith((",", "-", "–", "/", "(")):
        return False
    words = before.split()
    if not words or words[-1].lower() in _LINK_WORDS:
        return False
    if year:  # a year after "năm", "giai đoạn" … is that phrase's, not after "hằng năm"
        yearly = [word.lower() for word in words[-2:]] in (["hằng", "năm"], ["hàng", "năm"])
        return yearly or words[-1].lower() not in _BEFORE_YEAR
    if words[-2:] == ["Thanh", "tra"]:  # "Thanh tra⏎Chính phủ"
        return False
    # a name's head left at the end ("Bộ Tài chính, Bộ⏎Tư pháp"), not a group ("Các Bộ")
    return words[-1] not in _NAME_HEADS or (len(words) > 1 and words[-2].lower() == "các")


def _time_cut(groups: list[list[str]]) -> list[list[str]]:
    """The time cut off the end of the last cell, when the last cell is not a time."""
    last = groups[-1][-1]
    match = _TIME_AT_END.search(last)
    if (
        len(groups) < 2
        or match is None
        or (_TIMEISH.search(groups[-1][0]) and len(groups[-1]) == 1)
    ):
        return groups
    head = last[: match.start()].rstrip()
    return [*groups[:-1], [*groups[-1][:-1], head], [match.group("time")]]


def _body_cut(groups: list[list[str]]) -> list[list[str]]:
    """The lead cut off the end of the task's last line ("… phù hợp Bộ Y tế")."""
    last = groups[0][-1]
    match = _BODY_AT_END.search(last)
    if match is None:
        return groups
    head = last[: match.start()].rstrip()
    return [[*groups[0][:-1], head], [match.group("body")], *groups[1:]]


def _continued(cells: list[str], task: list[str], rest: list[str], roles: list[str]) -> None:
    """Lines after a page break: those as wide as the task's column (and a short line
    closing them) go on with the task, the others with the partners."""
    widest = max(len(line) for line in task)
    wide = [index for index, line in enumerate(rest) if len(line) >= _WIDE * widest]
    end = 0
    if wide and not task[-1].rstrip().endswith((".", ":")):
        end = wide[-1] + 1
        closing = rest[end] if end < len(rest) else ""
        if closing[:1].islower() and not rest[end - 1].rstrip().endswith("."):
            end += 1
    cells[0] = " ".join([cells[0], *rest[:end]])
    others = rest[end:]
    if others and "coordinators" in roles and roles.index("coordinators") < len(cells):
        at = roles.index("coordinators")
        cells[at] = " ".join([cells[at], *others])
