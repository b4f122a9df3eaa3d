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


def mark_form_templates(units: list[Unit]) -> None:
    """Mark the units inside form templates (``Unit.in_form``), once per document."""
    open_form = False
    for unit in units:
        if _RESUMES.match(unit.text):
            open_form = False
        elif _FORM_START.search(unit.text):
            open_form = True
        unit.in_form = open_form
