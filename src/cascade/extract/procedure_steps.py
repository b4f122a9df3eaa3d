"""Notes inside a procedure's step table.

An appendix that sets out an administrative procedure's internal steps ("13. Thủ tục …
(Mã TTHC: 1.014451)" over "Bước 1 | Tiếp nhận hồ sơ … | Chuyên viên …") may note under a
step what the law says the deciding body does ("- Trong thời hạn 10 ngày …, cơ quan quản lý
… kiểm tra tính đầy đủ, hợp lệ …"): the procedure's contents, not work the document gives.
"""

from __future__ import annotations

import re

from cascade.extract.units import Unit

# a procedure's row whose steps follow on the same logical line
_STEP_ROW = re.compile(r"^[*_\s]*Thủ\s+tục\b.{0,400}?\bBước\s+1\b", re.DOTALL)


def under_step_table(units: list[Unit], unit: Unit) -> bool:
    """True for an item below a procedure's row that opens its steps."""
    parent = unit.parent
    while parent is not None:
        above = units[parent]
        if _STEP_ROW.match(above.text):
            return True
        parent = above.parent
    return False
