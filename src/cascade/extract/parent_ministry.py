"""A department named with its ministry: "Cục Quản lý xuất nhập cảnh, Bộ Công an tiếp nhận
…" is one body, the department, and the ministry after its comma says whose it is (one lead,
not two: the ministry does not do the department's step).
"""

from __future__ import annotations

from cascade.extract.name_tokens import Tok

# the heads of a ministry's departments ("Cục", "Tổng cục", "Vụ")
# (and the office of a ministry's investigating body: "Văn phòng Cơ quan Cảnh sát điều tra,
# Bộ Công an")
_DEPARTMENTS = frozenset({("cuc",), ("tong", "cuc"), ("vu",), ("van", "phong", "co", "quan")})


def ministry_start(toks: list[Tok], j: int, k: int) -> int:
    """Where "Bộ <name>" starts after the comma at ``k`` in the name of a department starting
    at ``j`` (the name reader reads it, a name inside a name); 0 when the name is no
    department's or no ministry follows."""
    if not (_department_at(toks, j) and k + 2 < len(toks) and toks[k + 1].text == "Bộ"):
        return 0
    if not toks[k + 2].text[:1].isupper():
        return 0
    return k + 1


def _department_at(toks: list[Tok], j: int) -> bool:
    if not toks[j].text[:1].isupper():
        return False
    return any(tuple(t.folded for t in toks[j : j + len(head)]) == head for head in _DEPARTMENTS)
