"""Task tables flattened by a crawl, rewritten as the labelled rows of a programme.

Plans often list their tasks in a table ("TT | Nội dung | Cơ quan chủ trì | Cơ quan phối
hợp | Thời gian hoàn thành"). Copied to plain text the grid is lost: each cell stands on a
line of its own, or a row keeps one line with tabs or "|" between its cells.
:func:`unflatten_tables` finds a table by its header row (the column names) and rewrites
each row as the labelled item that :mod:`cascade.extract.units` and the programme reader
already understand::

    1. <content>
    - Cơ quan chủ trì: <lead>
    - Cơ quan phối hợp: <coordinators>
    - Thời gian hoàn thành: <time>

It runs before page numbers are dropped, because a row number alone on its line looks like
a page number. A table without a column naming the lead is left as it is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Column names (folded, at the start of a header cell) and the role of the column.
_COLUMNS: tuple[tuple[str, str], ...] = (
    ("so thu tu", "number"),
    ("so tt", "number"),
    ("stt", "number"),
    ("tt", "number"),
    ("co quan chu tri", "lead"),
    ("don vi chu tri", "lead"),
    ("co quan, don vi chu tri", "lead"),
    ("co quan thuc hien", "lead"),
    ("don vi thuc hien", "lead"),
    ("chu tri", "lead"),
    ("co quan phoi hop", "coordinators"),
    ("don vi phoi hop", "coordinators"),
    ("co quan, don vi phoi hop", "coordinators"),
    ("phoi hop", "coordinators"),
    ("thoi gian", "time"),
    ("thoi han", "time"),
    ("tien do", "time"),
    ("noi dung", "content"),
    ("nhiem vu", "content"),
    ("ten nhiem vu", "content"),
    ("cong viec", "content"),
    ("hoat dong", "content"),
    ("san pham", "product"),
    ("ket qua", "product"),
    ("hinh thuc", "product"),
    ("ghi chu", "note"),
    ("kinh phi", "note"),
    ("nguon kinh phi", "note"),
    ("du toan", "note"),
)
_LABELS = {
    "lead": "Cơ quan chủ trì",
    "coordinators": "Cơ quan phối hợp",
    "time": "Thời gian hoàn thành",
}
_ROW_NUMBER = re.compile(r"^(?P<n>\d{1,3})\.?$")
# a group, or a group within one ("III.1", "III.1.2")
_GROUP_NUMBER = re.compile(r"^(?P<n>[IVX]{1,5}(?:\.\d{1,2}){0,3})\.?$")
# cells are stripped after the split: "\s*\|\s*" would take time that grows as the square of
# a run of blanks without a "|" in it
_SEPARATOR = re.compile(r"[\t|]")
_PAGE_MARK = re.compile(r"^(?:-\s*\d{1,3}\s*-|trang\s+\d{1,3})$", re.IGNORECASE)
# what a time cell looks like ("Quý III/2024", "Thường xuyên", "Trước ngày 30/9")
_TIMEISH = re.compile(
    r"\d{4}|\d{1,2}/\d{1,2}|thường xuyên|hằng|hàng năm|định kỳ|quý|^tháng|^năm|trước ngày",
    re.IGNORECASE,
)


@dataclass
class _Table:
    start: int  # index of the first header line
    end: int  # index after the header
    roles: list[str]
    separator: bool  # one row per line, cells split by tabs or '|'


def _fold(text: str) -> str:
    # as cascade.extract.text.fold, which imports this module (normalise runs it first)
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def column_role(cell: str) -> str | None:
    """The role of a header cell ('Cơ quan chủ trì' -> 'lead'), or None."""
    key = " ".join(_fold(cell).strip(" :.").split())
    if not key or len(key.split()) > 8:
        return None
    for name, role in _COLUMNS:
        # "Nhiệm vụ, giải pháp": a second word after a comma names the same column
        if key == name or key.startswith((name + " ", name + ",")):
            return role
    return None


def _is_table(roles: list[str | None]) -> bool:
    known = [r for r in roles if r is not None]
    return len(known) == len(roles) >= 3 and "lead" in known and "content" in known


def _has_separator(line: str) -> bool:
    return "|" in line or "\t" in line


def _cells(line: str) -> list[str]:
    """The cells of a row on one line; between '|' an empty cell keeps its place (a row
    without coordinators), runs of tabs are one separator."""
    cells = [c.strip() for c in _SEPARATOR.split(line.strip().strip("|"))]
    return [c for c in cells if c] if "\t" in line else cells


def _find_header(lines: list[str], start: int) -> _Table | None:
    """The next table header at or after line ``start``."""
    for idx in range(start, len(lines)):
        line = lines[idx].strip()
        if not line:
            continue
        if _has_separator(line):
            cells = _cells(line)
            roles = [column_role(c) for c in cells]
            if _is_table(roles):
                return _Table(idx, idx + 1, [r or "" for r in roles], True)
            continue
        if column_role(line) is None:
            continue
        found: list[str | None] = []
        end = idx
        while end < len(lines):
            cell = lines[end].strip()
            if not cell or _PAGE_MARK.match(cell):
                end += 1
                continue
            role = column_role(cell)
            if role is None:
                break
            found.append(role)
            end += 1
        if _is_table(found):
            return _Table(idx, end, [r or "" for r in found], False)
    return None


def unflatten_tables(text: str) -> str:
    """``text`` with every flattened task table rewritten as labelled rows."""
    if "\n" not in text:
        return text
    lines = _rebuild_bar_tables(text.split("\n"))
    out: list[str] = []
    pos = 0
    while True:
        table = _find_header(lines, pos)
        if table is None:
            out += lines[pos:]
            return "\n".join(out)
        out += lines[pos : table.start]
        rows, pos = _rows(lines, table)
        if not rows:  # a header with no rows under it: leave the text alone
            out += lines[table.start : table.end]
            pos = table.end
            continue
        for number, cells in rows:
            out += _labelled(number, cells, table.roles)


_MARKUP = re.compile(r"\*+")
_GROUP_CELL = re.compile(r"^(?P<n>[IVX]{1,5})\.\s*(?P<t>\S.*)$")
_MAX_CELL_LINES = 40


_GAP = re.compile(r"^[.…\s]{3,}$")  # a cell the crawl cut to dots: a gap in the table


def _opens_row(lines: list[str], idx: int) -> bool:
    """True when the first line at or after ``idx`` that is not '|' opens a row (a row or
    group number, a gap) or the text ends there."""
    while idx < len(lines) and lines[idx].strip() == "|":
        idx += 1
    if idx >= len(lines):
        return True
    line = _MARKUP.sub("", lines[idx]).strip()
    return bool(_ROW_NUMBER.match(line) or _GROUP_NUMBER.match(line) or _GAP.match(line))


def _bar_cells(lines: list[str], idx: int, width: int = 0) -> tuple[list[str], int]:
    """The cells of the row that opens with the '|' line at ``idx``: the lines between two
    '|' lines are a cell (wrapped, in bold …); a '|' right after a '|' ends the row, unless
    the row (of ``width`` cells, when given) is short and no row opens after it: then it is
    an empty cell. A cell of dots (a gap in the crawl) ends the row too. The index of the
    '|' that opens the next row."""
    cells: list[str] = []
    cell: list[str] = []
    i = idx + 1
    while i < len(lines):
        line = lines[i].strip()
        if line == "|":
            if cell and _GAP.match(" ".join(cell)):
                if cells:
                    return cells, i
                cell = []
            elif cell:
                cells.append(" ".join(_MARKUP.sub("", " ".join(cell)).split()))
                cell = []
            elif len(cells) < width and not _opens_row(lines, i + 1):
                cells.append("")
            else:
                return cells, _last_bar(lines, i)
        elif line:
            cell.append(line)
            if len(cell) > _MAX_CELL_LINES or "|" in line:
                # prose, or a table of another kind; a full row before it stays a row
                return (cells, _last_bar(lines, idx)) if 0 < width <= len(cells) else ([], idx)
        i += 1
    return [], idx


def _last_bar(lines: list[str], idx: int) -> int:
    """The last of the '|' lines that follow one another from ``idx`` on."""
    while idx + 1 < len(lines) and lines[idx + 1].strip() == "|":
        idx += 1
    return idx


def _bar_rows(lines: list[str], idx: int, width: int, numbered: bool) -> tuple[list[str], int]:
    """The rows after a header of ``width`` cells as one line each ("| 1 | … |"), a group
    row ("I. NÂNG CAO …", or "I" and its title in two cells) as "| I | NÂNG CAO … |", a row
    whose last cells are empty padded with them; the index where the table ends."""
    out: list[str] = []
    while idx < len(lines) and lines[idx].strip() == "|":
        cells, nxt = _bar_cells(lines, idx, width)
        group = _GROUP_CELL.match(cells[0]) if len(cells) == 1 else None
        if group is not None:
            cells = [group.group("n"), group.group("t")]
        elif len(cells) == 2 and _GROUP_NUMBER.match(cells[0]):
            pass
        elif numbered and 3 <= len(cells) < width and _ROW_NUMBER.match(cells[0]):
            cells += [""] * (width - len(cells))
        elif len(cells) != width or (numbered and not _ROW_NUMBER.match(cells[0])):
            break
        out.append("| " + " | ".join(cells) + " |")
        if nxt == idx:
            break
        idx = nxt
    return out, idx


def _rebuild_bar_tables(lines: list[str]) -> list[str]:
    """Task tables whose cells stand between lines holding only '|' (a crawl of an HTML
    table) as one line per row with '|' between the cells, which the readers below take."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if lines[i].strip() == "|":
            header, nxt = _bar_cells(lines, i)
            roles = [column_role(cell) for cell in header]
            if header and _is_table(roles):
                rows, end = _bar_rows(lines, nxt, len(header), roles[0] == "number")
                if rows:
                    out += ["| " + " | ".join(header) + " |", *rows, ""]
                    i = end
                    continue
        out.append(lines[i])
        i += 1
    return out


def _rows(lines: list[str], table: _Table) -> tuple[list[tuple[str, list[str]]], int]:
    """The rows under a header: (number, cells), and the index of the first line after."""
    if table.separator:
        return _separated_rows(lines, table)
    width = len(table.roles) - 1 if table.roles[0] == "number" else len(table.roles)
    rows: list[tuple[str, list[str]]] = []
    idx = table.end
    expected = 1
    while idx < len(lines):
        line = lines[idx].strip()
        if not line or _PAGE_MARK.match(line):
            idx += 1
            continue
        number = _ROW_NUMBER.match(line)
        group = _GROUP_NUMBER.match(line)
        if number is not None and int(number.group("n")) in {expected, 1}:
            cells, idx = _cells_after(
                lines, idx + 1, width, int(number.group("n")) + 1, table.roles[-1] == "time"
            )
            if not cells:
                break
            rows.append((number.group("n"), cells))
            expected = int(number.group("n")) + 1
            continue
        if group is not None and idx + 1 < len(lines):
            rows.append((group.group("n"), [lines[idx + 1].strip()]))
            idx += 2
            expected = 1
            continue
        break
    return rows, idx


def _cells_after(
    lines: list[str], idx: int, width: int, next_number: int, last_is_time: bool
) -> tuple[list[str], int]:
    """The cells of one row: up to the next row's number (cells may wrap). The last row
    ends after ``width`` lines, or, when the last column is the time, at the line that
    reads as one."""
    cells: list[str] = []
    while idx < len(lines):
        line = lines[idx].strip()
        if not line or _PAGE_MARK.match(line):
            idx += 1
            continue
        number = _ROW_NUMBER.match(line)
        if number is not None and int(number.group("n")) in {next_number, 1} and cells:
            break
        if number is not None:
            idx += 1  # a bare number that is not the next row's: a page number
            continue
        if _GROUP_NUMBER.match(line) and len(cells) >= width:
            break
        if len(cells) >= width and not _continues(lines, idx, next_number):
            ended = not last_is_time or _TIMEISH.search(cells[-1]) or len(cells) > width + 6
            if ended:
                break
        cells.append(line)
        idx += 1
    return cells, idx


def _continues(lines: list[str], idx: int, next_number: int) -> bool:
    """True when more lines of this row follow (the next row's number comes later)."""
    for line in lines[idx : idx + 4]:
        match = _ROW_NUMBER.match(line.strip())
        if match is not None and int(match.group("n")) == next_number:
            return True
    return False


def _separated_rows(lines: list[str], table: _Table) -> tuple[list[tuple[str, list[str]]], int]:
    rows: list[tuple[str, list[str]]] = []
    idx = table.end
    while idx < len(lines):
        line = lines[idx].strip()
        if not line:
            idx += 1
            continue
        if not _has_separator(line):
            break
        if not line.strip("|-: "):  # a Markdown rule under the header ("|---|---|")
            idx += 1
            continue
        cells = _cells(line)
        if table.roles[0] == "number":
            if not cells or not (_ROW_NUMBER.match(cells[0]) or _GROUP_NUMBER.match(cells[0])):
                break
            rows.append((cells[0].rstrip("."), cells[1:]))
        else:
            rows.append((str(len(rows) + 1), cells))
        idx += 1
    return rows, idx


def _labelled(number: str, cells: list[str], roles: list[str]) -> list[str]:
    """One row as an item and its labels."""
    roles = [r for r in roles if r != "number"]
    if _GROUP_NUMBER.match(number):
        # a paragraph of its own: a wrapped line before it must not take it in
        return ["", cells[0].rstrip(":") + ":"] if cells else []
    extra = len(cells) - len(roles)
    if extra > 0 and "content" in roles:
        at = roles.index("content")
        cells = [*cells[:at], " ".join(cells[at : at + extra + 1]), *cells[at + extra + 1 :]]
    values = dict(zip(roles, cells, strict=False))
    content = values.get("content", "").strip()
    if values.get("product"):
        content = f"{content.rstrip('.')} (sản phẩm: {values['product'].strip()})"
    out = [f"{number}. {content}"]
    for role in ("lead", "coordinators", "time"):
        value = values.get(role, "").strip()
        if value:
            out.append(f"- {_LABELS[role]}: {value}")
    return out
