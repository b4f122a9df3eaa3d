"""Form templates appended to a document.

A regulation may end with the forms its readers fill in ("**Mẫu số 01**" over a request
letter with "<CƠ QUAN CHỦ QUẢN>", "Kính gửi: Trung tâm …", "Đề nghị cấp mới … như sau:",
"Danh sách đề nghị: …………"): the applicant's papers, not work the document gives. A form
runs from its title or its placeholder header to the next article or chapter. An appendix
that is a model ("Phụ lục II" over "MẪU HỢP ĐỒNG …"), a table of rates ("PHỤ LỤC I" over
"Định mức khoán chi …") or a tariff schedule ("Phụ lục" over "Mã hàng Mô tả hàng hóa …") runs
to the next appendix, its own articles included.
"""

from __future__ import annotations

import re

from cascade.extract.form_lists import lists_forms
from cascade.extract.units import Unit

# a form's title alone ("**Mẫu số 01**") or before its name ("## Mẫu M01 - Quyết định …"),
# or a template's header slot in capitals ("<CƠ QUAN CHỦ", "**<CƠ QUAN, TỔ CHỨC**")
_FORM_START = re.compile(
    r"^[*_#\s]*(?:Mẫu\s+(?:số\s*\d{1,2}|[A-Z]{1,3}\d{1,2}[a-z]?)(?:[*_\s]*$|\s+[-–]\s+\S)"
    r"|<\s*(?:TÊN\s+)?(?:CƠ\s+QUAN|ĐƠN\s+VỊ|TỔ\s+CHỨC)\b)"
)
# a form's title run into the paragraph before it (a signature's title, a page's foot) and
# its own header after it: "BỘ TRƯỞNG Mẫu số 02. Văn bản đề nghị … TÊN DOANH NGHIỆP CỘNG HÒA
# …" (the applicant's name slot or the motto within the title's line or two; not a list of
# the forms' names, "Mẫu số 01 Giấy phép … Mẫu số 02 Văn bản …")
_RUN_IN_FORM = re.compile(
    r"\bMẫu\s+số\s*\d{1,2}\b[.:]?[^\n]{0,160}?(?:TÊN\s+(?:DOANH\s+NGHIỆP|CƠ\s+QUAN|TỔ\s+CHỨC|"
    r"ĐƠN\s+VỊ|NGÂN\s+HÀNG)|CỘNG\s+H[OÒ]A\s+XÃ\s+HỘI)"
)
# what ends a form: the document's own text going on
_RESUMES = re.compile(r"^[*_\s]*(?:Điều\s+\d+|Chương\s+[IVXLC\d]+)\b", re.IGNORECASE)


# an appendix that is a model ("Phụ lục I" over "MẪU BÁO CÁO ĐỊNH KỲ …", "PHỤ LỤC 02 MẪU
# HỢP ĐỒNG …"): a report, contract or card others fill in, with its own header, "Kính gửi",
# articles ("Điều 1. …") and signature blocks; it runs to the next appendix
_APPENDIX = re.compile(
    r"^[*_\s]*(?:Phụ\s+lục|PHỤ\s+LỤC)(?:\s+(?:số\s+)?[IVXLC\d]{1,4}\b)?[*_\s:.–-]*"
)
# a model's title ("MẪU BÁO CÁO …"), or a table of rates ("Định mức khoán chi cho từng
# nhiệm vụ …": amounts per task, no work given)
_MODEL = re.compile(r"(?:MẪU|Mẫu|ĐỊNH\s+MỨC|Định\s+mức)\s")
# a tariff schedule's head ("Mã hàng Mô tả hàng hóa Thuế suất CEPA (%) 2026 2027"): goods by
# their codes and their rates, thousands of lines that give no work ("Các quặng khác và tinh
# quặng của các quặng đó." over coded lines is a heading of goods, no group of bodies)
_GOODS_TABLE = re.compile(r"^(?:Mã\s+hàng|MÃ\s+HÀNG|Mã\s+HS|MÃ\s+HS)\b")


def _model_appendix(units: list[Unit], at: int) -> bool | None:
    """True when ``units[at]`` opens an appendix that is a model (its title, on the same
    line or the next, opens with "MẪU"), False for another appendix, None for no caption."""
    caption = _APPENDIX.match(units[at].text)
    if caption is None:
        return None
    title = units[at].text[caption.end() :]
    after = units[at + 1].text.lstrip("*_ ") if at + 1 < len(units) else ""
    if lists_forms(title, after):
        return True  # "Phụ lục (Kèm theo …)" over "STT Nội dung Mẫu số 01 …"
    if _GOODS_TABLE.match(after):
        return True  # "Phụ lục (Kèm theo …)" over "Mã hàng Mô tả hàng hóa Thuế suất …"
    if not title.strip():
        title = after
    return _MODEL.match(title) is not None


def mark_form_templates(units: list[Unit]) -> None:
    """Mark the units inside form templates (``Unit.in_form``), once per document."""
    open_form = model = False
    for at, unit in enumerate(units):
        appendix = _model_appendix(units, at)
        if appendix:
            open_form = model = True
        elif appendix is False and model:
            open_form = model = False
        elif _RESUMES.match(unit.text) and not model:
            open_form = False
        elif _FORM_START.search(unit.text) or _RUN_IN_FORM.search(unit.text):
            open_form = True
        unit.in_form = open_form
