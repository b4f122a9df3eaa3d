"""An appendix of forms captioned by what it is attached to: "Phụ lục (Kèm theo Nghị định số
200/2026/NĐ-CP ngày … của Chính phủ)" over "STT Nội dung Mẫu số 01 Giấy đăng ký … Mẫu số
08 …", then the forms.

Its caption says nothing of models; the table of the forms it holds does, and the forms'
own titles may be run into paragraphs by the page layout. :func:`lists_forms` reads the
caption's title past the note of what it is attached to, and a table of forms after it.
"""

from __future__ import annotations

import re

# "(Kèm theo Nghị định số … của Chính phủ)", "(Ban hành kèm theo Thông tư …)"
_ATTACHED = re.compile(r"^[*_\s]*\((?:Ban\s+hành\s+)?[Kk]èm\s+theo\b[^()]{1,200}\)[*_\s]*")
# "STT Nội dung Mẫu số 01 …", "STT Tên mẫu Mẫu số 01": a table of the forms that follow
_FORM_TABLE = re.compile(
    r"^[*_\s]*(?:STT\s+(?:Nội\s+dung|Tên\s+(?:biểu\s+)?mẫu|Ký\s+hiệu)\s+)?Mẫu\s+số\s*\d"
)


def lists_forms(title: str, next_text: str) -> bool:
    """True when an appendix whose caption goes on with ``title`` (then ``next_text``, the
    unit after it) opens with a table of forms."""
    rest = _ATTACHED.sub("", title, count=1)
    return _FORM_TABLE.match(rest.strip() or next_text) is not None
