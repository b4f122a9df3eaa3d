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
from dataclasses import dataclass

from cascade.extract.table_columns import column_role, is_table
from cascade.extract.wrapped_cells import wrapped_cells

__all__ = ["column_role", "unflatten_tables"]

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
    header: tuple[str, ...] = ()  # the header's lines, one cell a line (repeated on a new page)


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
            if is_table(roles):
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
            if role is None and found and cell[:1].islower():
                end += 1  # the end of a name wrapped in its cell ("Thời gian hoàn⏎thành")
                continue
            if role is None:
                # a name wrapped in its cell ("Cơ quan⏎chủ trì")
                joined = _joined_name(lines, end)
                if joined is None:
                    break
                role, end = joined
                found.append(role)
                continue
            found.append(role)
            end += 1
        if is_table(found):
            header = tuple(ln.strip() for ln in lines[idx:end] if ln.strip())
            return _Table(idx, end, [r or "" for r in found], False, header)
    return None


def _joined_name(lines: list[str], idx: int) -> tuple[str, int] | None:
    """The role of a column whose name is wrapped over the line at ``idx`` and the next one
    or two ("Cơ⏎quan⏎phối hợp"), and the index after it; None when they name no column."""
    name = lines[idx].strip()
    for end in range(idx + 1, min(idx + 3, len(lines))):
        if not lines[end].strip():
            return None
        name = f"{name} {lines[end].strip()}"
        role = column_role(name)
        if role is not None:
            return role, end + 1
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
        rows, pos = _split_rows(lines, table)
        if not rows:  # a header with no rows under it: leave the text alone
            out += lines[table.start : table.end]
            pos = table.end
            continue
        for number, cells in rows:
            out += _labelled(number, cells, table.roles)


# two cells on one line, a wide gap between them ("cơ quan ngang bộ  Bộ Tư pháp", a row's
# number and its task "7  Đề án …"): the second opens with a capital letter
_WIDE_GAP = re.compile(r"(?<=\S)[^\S\n]{2,}(?=\S)")


def _gap_split(line: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for gap in _WIDE_GAP.finditer(line):
        if line[gap.end()].isupper():
            pieces.append(line[start : gap.start()])
            start = gap.end()
    return [*pieces, line[start:]]


def _split_rows(lines: list[str], table: _Table) -> tuple[list[tuple[str, list[str]]], int]:
    """The rows of a table one cell a line, read with two cells on one line split at the
    gap between them; the index of the original line where the table ends."""
    if table.separator:
        return _rows(lines, table)
    split = lines[: table.end]
    origin = list(range(table.end))
    for at in range(table.end, len(lines)):
        pieces = _gap_split(lines[at].strip())
        split += pieces
        origin += [at] * len(pieces)
    rows, end = _rows(split, table)
    return rows, origin[end] if end < len(split) else len(lines)


_MARKUP = re.compile(r"\*+")
_GROUP_CELL = re.compile(r"^(?P<n>[IVX]{1,5})\.\s*(?P<t>\S.*)$")
_MAX_CELL_LINES = 40
_LOOK_AHEAD = 80  # lines a row may still run on for, a page break and header included


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
            if header and is_table(roles):
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
    rows: list[tuple[str, list[str]]] = []
    idx = table.end
    expected = 1
    while idx < len(lines):
        line = lines[idx].strip()
        if not line or _PAGE_MARK.match(line):
            idx += 1
            continue
        repeat = _header_repeat(lines, idx, table.header)
        if repeat is not None:
            idx = repeat
            continue
        opener = _opener(line, {expected, 1})
        group = _GROUP_NUMBER.match(line)
        if opener is not None:
            cells, idx = _cells_after(lines, idx + 1, table, int(opener[0]) + 1, opener[1])
            if not cells:
                break
            rows.append((opener[0], cells))
            expected = int(opener[0]) + 1
            continue
        if group is not None and idx + 1 < len(lines):
            title, idx = _group_lines(lines, idx + 1)
            rows.append((group.group("n"), [title]))
            expected = 1
            continue
        titled = _group_title(lines, idx, expected)
        if titled is not None:
            number, title, idx = titled
            rows.append((number, [title]))
            continue
        break
    return rows, idx


# a row's number with the first words of its task ("10.  Xây dựng Luật …"), and a group's
# with its title ("II. Hoàn thiện thể chế …"), on one line
_ROW_OPENER = re.compile(r"^(?P<n>\d{1,3})\.\s+(?P<t>\S.*)$")
_GROUP_TITLE = re.compile(r"^(?P<n>[IVX]{1,5})\.\s+(?P<t>[^\W\d_].*)$")
_TABLE_ENDS = re.compile(
    r"^(?:Nơi\s+nhận|Điều\s+\d|Chương\s+(?:[IVXLC]+|\d+)\b|[IVX]{1,5}\.\s+[^a-zà-ỹđ]*$|\[\d+\]\s)"
)


def _opener(line: str, numbers: set[int]) -> tuple[str, str] | None:
    """(number, the task's first words or "") when ``line`` opens a row numbered one of
    ``numbers``."""
    number = _ROW_NUMBER.match(line)
    if number is not None and int(number.group("n")) in numbers:
        return number.group("n"), ""
    opener = _ROW_OPENER.match(line)
    if opener is not None and int(opener.group("n")) in numbers:
        return opener.group("n"), opener.group("t").strip()
    return None


def _group_title(lines: list[str], idx: int, expected: int) -> tuple[str, str, int] | None:
    """A group's number, its title (wrapped over up to three lines) and the index of the
    row that follows it, when the line at ``idx`` opens one (not a heading in capitals)."""
    match = _GROUP_TITLE.match(lines[idx].strip())
    if match is None or match.group("t").isupper():
        return None
    title = [match.group("t").strip()]
    for nxt in range(idx + 1, min(idx + 4, len(lines))):
        line = lines[nxt].strip()
        if _opener(line, {expected, 1}) is not None:
            return match.group("n"), " ".join(title), nxt
        title.append(line)
    return None


def _group_lines(lines: list[str], idx: int) -> tuple[str, int]:
    """A group's title after its number's line, wrapped over up to six lines when a row
    opens after them ("I.⏎Tăng cường …⏎duy, thống nhất …⏎1."), and the index after it."""
    title: list[str] = []
    for nxt in range(idx, min(idx + 12, len(lines))):
        line = lines[nxt].strip()
        if title and _opener(line, {1}) is not None:
            return " ".join(title), nxt
        if line and len(title) == 6:
            break
        title += [line] if line else []
    return lines[idx].strip(), idx + 1


def _header_repeat(lines: list[str], idx: int, header: tuple[str, ...]) -> int | None:
    """The index after the table's header repeated at ``idx`` (on a new page), or None."""
    if not header or lines[idx].strip() != header[0]:
        return None
    at = 0
    while idx < len(lines) and at < len(header):
        line = lines[idx].strip()
        if line and line != header[at]:
            return None
        at += 1 if line else 0
        idx += 1
    return idx if at == len(header) else None


def _cells_after(
    lines: list[str], idx: int, table: _Table, next_number: int, first: str
) -> tuple[list[str], int]:
    """The cells of one row: up to the next row's number (cells may wrap, the row may go on
    after a page break and the header repeated). The last row ends after as many lines as
    cells, or, when the last column is the time, at the line that reads as one."""
    roles = [r for r in table.roles if r != "number"]
    width = len(roles)
    pieces: list[list[str]] = [[first] if first else []]
    count = len(pieces[0])
    while idx < len(lines):
        line = lines[idx].strip()
        repeat = _header_repeat(lines, idx, table.header) if line else None
        if not line or _PAGE_MARK.match(line) or repeat is not None:
            idx = repeat if repeat is not None else idx + 1
            if line and pieces[-1]:
                pieces.append([])  # a page break: what follows goes on with the row
            continue
        if _opener(line, {next_number, 1}) is not None and count:
            break
        if _ROW_NUMBER.match(line) is not None:
            idx += 1  # a bare number that is not the next row's: a page number
            continue
        # a Roman numeral after "khóa", "lần thứ" … goes on with its cell ("Quốc hội khóa⏎XVI")
        numeral = bool(pieces[-1]) and _NUMERAL_WORD.search(pieces[-1][-1]) is not None
        if (
            count >= width
            and not numeral
            and (_GROUP_NUMBER.match(line) or _group_title(lines, idx, next_number))
        ):
            break
        if count >= width and not _continues(lines, idx, next_number):
            # the last row: its time closes it (a wrapped row has more lines than cells)
            last = pieces[-1][-1] if pieces[-1] else ""
            most = _MAX_CELL_LINES if count > width and table.header else width + 6
            # a last column of notes ("Căn cứ bổ sung") has no shape: the row runs on to
            # what ends the table
            timed = table.roles[-1] in {"time", "note"}
            ended = not timed or (table.roles[-1] == "time" and _TIMEISH.search(last))
            ended = ended or count > most
            if ended or _TABLE_ENDS.match(line):
                break
        pieces[-1].append(line)
        count += 1
        idx += 1
    if count <= width or roles[0] != "content":
        return [line for piece in pieces for line in piece], idx
    return wrapped_cells(pieces, roles), idx


_NUMERAL_WORD = re.compile(r"\b(?:khóa|khoá|thứ|kỳ|số|phần|mục)$", re.IGNORECASE)


def _continues(lines: list[str], idx: int, next_number: int) -> bool:
    """True when more lines of this row follow (the next row's number, or a group's alone
    on its line, comes later, before anything that ends the table)."""
    for line in lines[idx : idx + _LOOK_AHEAD]:
        line = line.strip()
        if _opener(line, {next_number}) is not None or _GROUP_NUMBER.match(line):
            return True
        if _TABLE_ENDS.match(line):
            return False
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
