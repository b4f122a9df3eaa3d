"""Pages of a legal-text site: the document inside the page, and what the page says of it.

A crawl of a legal-text site delivers the site's page, not the document alone: a notice
and a metadata table before it ("Số hiệu:", "Loại văn bản:", "Nơi ban hành:", "Người ký:",
"Ngày ban hành:", each cell on its own line), sometimes a news article retelling the
document ("## <headline>" … "Xem chi tiết tại Công văn …"), and after the signature the
site's title of the document ("Công văn 171/CV-BCĐ năm 2025 <subject> do <issuer> ban
hành") and its lists of related documents. Some pages lost the document's own header.

:func:`read_site_page` cuts the page down to the document and keeps the table's fields
(and the subject from the site's title), which fill what the document's own header lacks.
A text without such a table is returned unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from cascade.errors import IdentifierError
from cascade.extract.header import Header
from cascade.identifiers import parse_identifier

_LABEL = re.compile(
    r"^[ \t#*]*(?P<label>Số hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|Người ký|"
    r"Ngày ban hành|Ngày hiệu lực|Ngày công báo|Số công báo|Tình trạng)[ \t*]*:[ \t*]*$",
    re.IGNORECASE,
)
_FIELDS = {
    "số hiệu": "identifier",
    "loại văn bản": "kind",
    "nơi ban hành": "issuer",
    "cơ quan ban hành": "issuer",
    "người ký": "signer",
    "ngày ban hành": "date",
    "trích yếu": "subject",
}
# a transcription's metadata table, after the document's own header
_TRANSCRIPTION_TABLE = re.compile(r"(?m)^[ \t#*]*THÔNG TIN VĂN BẢN[ \t*]*$")
_TABLE_ZONE = 8000  # the table stands near the top of the page
_NEWS_ZONE = 15000  # a news article before the document is a few thousand characters
_SEE_DOCUMENT = re.compile(
    r"(?m)^[ \t*]*Xem (?:nội dung |toàn văn |thêm )?(?:chi tiết|toàn văn|nội dung)[^\n]*\n"
)
_KINDS = (
    "Công văn|Công điện|Quyết định|Kế hoạch|Chỉ thị|Thông báo|Hướng dẫn|Nghị quyết|Kết luận|"
    "Thông tư|Nghị định|Báo cáo|Chương trình|Quy định|Tờ trình|Lệnh|Luật"
)
# the site's title of the document, after the signature, up to the site's own matter
_SITE_TITLE = re.compile(
    rf"(?m)^(?P<kind>{_KINDS})[ \t]+(?P<id>\S+/\S+)(?:[ \t]+(?:năm[ \t]+\d{{4}}|ngày[ \t]+"
    r"\d{1,2}/\d{1,2}/\d{4}))?[ \t]+(?P<subject>[^\n]+?)[ \t]+do[ \t]+(?P<issuer>[^\n]+?)[ \t]+"
    r"(?:ban hành|điện)\.?[ \t]*\Z"
)
# the same title without "do <issuer> ban hành": a caption the site gives some documents
_SITE_CAPTION = re.compile(
    rf"(?m)^(?:{_KINDS})[ \t]+\S+/\S+[ \t]+"
    r"(?:năm[ \t]+\d{4}|ngày[ \t]+\d{1,2}/\d{1,2}/\d{4})[ \t]+[^\n]+\Z"
)
# the site's matter after the document (the crawl may have run it into the title's line)
_SITE_TAIL = re.compile(r"Văn bản này chưa cập nhật nội dung Tiếng Anh|#+[ \t]*Văn bản liên quan")
_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


@dataclass(frozen=True)
class SitePage:
    """What a legal-text site's page says of the document it holds."""

    identifier: str | None = None
    kind: str | None = None
    issuer: str | None = None
    signer: str | None = None
    date: tuple[int, int, int] | None = None  # year, month, day
    subject: str | None = None
    subject_from: str = "the site's title of the document"


def complete_header(header: Header, page: SitePage) -> None:
    """Fill what the document's own header lacks from the page (number, date, issuer,
    subject, signer), each with a review note saying where it came from."""
    if header.identifier is None and page.identifier:
        try:
            header.identifier = parse_identifier(page.identifier)
        except IdentifierError:
            pass
        else:
            header.identifier_text = str(header.identifier)
            if header.identifier.type_code is not None:
                header.kind = header.identifier.kind
            header.reviews.append("number taken from the site's table ('Số hiệu')")
    if header.year is None and page.date is not None:
        header.year, header.month, header.day = page.date
        header.reviews.append("date taken from the site's table ('Ngày ban hành')")
    if header.issuer is None and page.issuer:
        header.issuer = page.issuer
        header.reviews.append("issuer taken from the site's page")
    if header.subject is None and page.subject:
        header.subject = page.subject
        header.reviews.append(f"subject taken from {page.subject_from}")
    if header.signer is None and page.signer:
        header.signer = page.signer


def read_site_page(text: str) -> tuple[str, SitePage | None]:
    """``text`` cut down to the document, and the page's fields; ``(text, None)`` when the
    text is no site page (no metadata table with a "Số hiệu")."""
    table = _table(text)
    if table is None:
        fields = _transcription_table(text)
        if fields is None:
            return text, None
        # the document's own header stands before this table: the text is kept whole
        return text, SitePage(
            identifier=fields.get("identifier"),
            kind=fields.get("kind"),
            issuer=fields.get("issuer"),
            signer=fields.get("signer"),
            date=_date(fields.get("date")),
            subject=fields.get("subject"),
            subject_from="the transcription's table ('Trích yếu')",
        )
    fields, end = table
    start = _document_start(text, end)
    stop, title = _document_end(text, start)
    subject = title.group("subject").strip() if title else None
    if subject and subject.lower().startswith(("về việc ", "về ")):
        subject = subject.split(" ", 2 if subject.lower().startswith("về việc") else 1)[-1]
    page = SitePage(
        identifier=fields.get("identifier"),
        kind=fields.get("kind"),
        issuer=title.group("issuer").strip() if title else fields.get("issuer"),
        signer=fields.get("signer"),
        date=_date(fields.get("date")),
        subject=subject,
    )
    return text[start:stop], page


def _table(text: str) -> tuple[dict[str, str], int] | None:
    """The table's fields by name, and where it ends; None without a "Số hiệu" cell."""
    fields: dict[str, str] = {}
    lines = text[:_TABLE_ZONE].split("\n")
    offset, end, pending, labels = 0, 0, "", 0
    for line in lines:
        stripped = line.strip()
        label = _LABEL.match(stripped)
        if label is not None:
            pending = label.group("label").lower()
            labels += 1
            end = offset + len(line)
        elif stripped and pending:
            if pending in _FIELDS:
                fields[_FIELDS[pending]] = stripped.strip("* ")
            pending = ""
            end = offset + len(line)
        elif stripped and labels:
            break  # the first line after the table that is neither a label nor a value
        offset += len(line) + 1
    if "identifier" not in fields or labels < 3:
        return None
    return fields, end


def _transcription_table(text: str) -> dict[str, str] | None:
    """The fields of a transcription's metadata table ("THÔNG TIN VĂN BẢN", a label cell
    then its value, one per line once the markup is gone); None without a "Số hiệu"."""
    heading = _TRANSCRIPTION_TABLE.search(text, 0, _TABLE_ZONE)
    if heading is None:
        return None
    fields: dict[str, str] = {}
    cells = [line.strip() for line in text[heading.end() : heading.end() + 3000].split("\n")]
    cells = [cell for cell in cells if cell]
    for label, value in pairwise(cells):
        if label.startswith("#"):
            break  # the next section
        key = _FIELDS.get(label.lower())
        if key is not None and key not in fields:
            fields[key] = value
    return fields if "identifier" in fields else None


def _document_start(text: str, table_end: int) -> int:
    """Where the document starts: after the table, and after a news article retelling it."""
    rest = text[table_end:]
    first = rest.lstrip()
    if first.startswith("#"):  # a headline: the site's article about the document
        see = _SEE_DOCUMENT.search(text, table_end, table_end + _NEWS_ZONE)
        if see is not None:
            return see.end()
        return text.find("\n", table_end + len(rest) - len(first)) + 1 or len(text)
    return table_end


def _document_end(text: str, start: int) -> tuple[int, re.Match[str] | None]:
    """Where the site's own matter after the document starts (its title of the document,
    the related lists), and that title."""
    tail = _SITE_TAIL.search(text, start)
    if tail is None:
        return len(text), None
    before = text[start : tail.start()].rstrip()
    last_line = before.rfind("\n") + 1
    title = _SITE_TITLE.search(before, last_line)
    if title is not None:
        return start + title.start(), title
    caption = _SITE_CAPTION.search(before, last_line)
    return (start + caption.start() if caption else tail.start()), None


def _date(value: str | None) -> tuple[int, int, int] | None:
    match = _DATE.match(value or "")
    if match is None:
        return None
    day, month, year = (int(g) for g in match.groups())
    return year, month, day
