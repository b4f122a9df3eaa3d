"""The column names of a task table and the role each column plays.

A task table's header names its columns ("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối
hợp", "Thời gian hoàn thành", "Căn cứ bổ sung" …). :func:`column_role` tells what a header
cell names (the task, its lead, its partners, its time, a note that is no part of the task),
and :func:`is_table` whether a run of header cells is a task table's.
"""

from __future__ import annotations

from cascade.extract.folding import fold

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
    ("can cu bo sung", "note"),
    ("can cu phap ly", "note"),
)


def column_role(cell: str) -> str | None:
    """The role of a header cell ('Cơ quan chủ trì' -> 'lead'), or None."""
    key = " ".join(fold(cell).strip(" :.").split())
    if not key or len(key.split()) > 8:
        return None
    for name, role in _COLUMNS:
        # "Nhiệm vụ, giải pháp": a second word after a comma names the same column
        # "Kết quả/Đánh giá": a second name after a slash too
        if key == name or key.startswith((name + " ", name + ",", name + "/")):
            return role
    return None


def is_table(roles: list[str | None]) -> bool:
    """True when the header cells' ``roles`` are a task table's (a lead and a task)."""
    known = [r for r in roles if r is not None]
    return len(known) == len(roles) >= 3 and "lead" in known and "content" in known
