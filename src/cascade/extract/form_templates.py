"""Form templates appended to a document.

A regulation may end with the forms its readers fill in ("**Mẫu số 01**" over a request
letter with "<CƠ QUAN CHỦ QUẢN>", "Kính gửi: Trung tâm …", "Đề nghị cấp mới … như sau:",
"Danh sách đề nghị: …………"): the applicant's papers, not work the document gives. A form
runs from its title or its placeholder header to the next article or chapter.
"""

from __future__ import annotations

import re

from cascade.extract.units import Unit

# a form's title alone ("**Mẫu số 01**"), or a template's header slot in capitals ("<CƠ
# QUAN CHỦ", "**<CƠ QUAN, TỔ CHỨC**")
_FORM_START = re.compile(
    r"^[*_\s]*(?:Mẫu\s+số\s*\d{1,2}[*_\s]*$|<\s*(?:TÊN\s+)?(?:CƠ\s+QUAN|ĐƠN\s+VỊ|TỔ\s+CHỨC)\b)"
)
# what ends a form: the document's own text going on
_RESUMES = re.compile(r"^[*_\s]*(?:Điều\s+\d+|Chương\s+[IVXLC\d]+)\b", re.IGNORECASE)

_last: tuple[list[Unit], frozenset[int]] | None = None


def _form_units(units: list[Unit]) -> frozenset[int]:
    """The indexes of the units inside form templates."""
    inside: set[int] = set()
    open_form = False
    for unit in units:
        if _RESUMES.match(unit.text):
            open_form = False
        elif _FORM_START.search(unit.text):
            open_form = True
        if open_form:
            inside.add(unit.index)
    return frozenset(inside)


def in_form_template(units: list[Unit], unit: Unit) -> bool:
    """True for a unit inside a form template (see the module's docstring)."""
    global _last
    if _last is None or _last[0] is not units:
        _last = (units, _form_units(units))
    return unit.index in _last[1]
