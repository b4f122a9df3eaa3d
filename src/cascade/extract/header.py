"""The document's own metadata: issuer, number, kind, place, date, subject, urgency.

Everything here comes from the header ("UBND TỈNH KIÊN GIANG / SỞ THÔNG TIN VÀ TRUYỀN
THÔNG", "Số: …", "Kiên Giang, ngày … tháng … năm 2025", "V/v …"); the signer is read from
the signature block by :mod:`.signature`. Names printed in capitals are given
back in the body's casing when the body spells them out, else re-cased by
:func:`cascade.extract.text.recase`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cascade.errors import IdentifierError
from cascade.extract.dates import find_dates
from cascade.extract.enacting_line import is_enacting as _enacting
from cascade.extract.layout import (
    ADOPTION,
    MARKER,
    TELEGRAM,
    find_number,
    find_place_date,
    is_upper_text,
)
from cascade.extract.lexicon import COMPLETE_HEADS, NAMED_HEADS
from cascade.extract.link_words import LINK_WORDS, PREPOSITIONS
from cascade.extract.text import UPPER, fold, is_upper_word, recase, split_columns, squash
from cascade.extract.type_code_d import restore_d
from cascade.identifiers import DocumentIdentifier, parse_identifier

_MOTTOS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM",
        r"CỘNG\s+HOÀ\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM",
        # an OCR's accents lost on some words ("CONG HOA XA HỘI CHỦ NGHĨA VIỆT NAM")
        r"C[ỘÔO]NG\s+H(?:ÒA|OÀ|OA)\s+X[ÃA]\s+H[ỘÔO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆÊE]T\s+NAM",
        r"Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc",
        r"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM",
    )
]

# Titles of documents printed in capitals, with the kind they give.
TITLES: tuple[tuple[str, str], ...] = (
    ("NGHỊ QUYẾT", "resolution"),
    ("QUYẾT ĐỊNH", "decision"),
    ("CHỈ THỊ", "directive"),
    ("KẾ HOẠCH", "plan"),
    ("CHƯƠNG TRÌNH", "programme"),
    ("THÔNG BÁO", "notice"),
    ("HƯỚNG DẪN", "guidance"),
    ("CÔNG ĐIỆN", "telegram"),
    ("BÁO CÁO", "report"),
    ("TỜ TRÌNH", "submission"),
    ("QUY ĐỊNH", "rules"),
    ("QUY CHẾ", "regulation"),
    ("KẾT LUẬN", "conclusion"),
    ("ĐỀ ÁN", "project"),
    ("PHƯƠNG ÁN", "scheme"),
    ("THÔNG CÁO", "communique"),
    ("GIẤY MỜI", "invitation"),
    ("NGHỊ ĐỊNH", "decree"),
    ("THÔNG TƯ", "circular"),
    ("LUẬT", "law"),
)
_URGENCY = re.compile(r"(?<!\w)(HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN)(?!\s*(?:TRƯƠNG|CẤP)\b)(?!\w)")
_URGENCY_VALUES = {"hoa toc": "hoa_toc", "thuong khan": "thuong_khan", "khan": "khan"}
# a day or month with a space inside ("ngày 26 tháng 0 6 năm 2018", a site's rendering)
_SPLIT_NUMBER = re.compile(r"(?<=\s)(\d) (\d)(?=\s+(?:tháng|năm)\b)")
# (a number after the first article is no header's: a consolidated text's, at its end)
_FIRST_ARTICLE = re.compile(r"^[^\S\n]*Điều\s+1\s*\.", re.MULTILINE)
_ADOPTED_ON = re.compile(
    ADOPTION + r"[^.]{0,200}?thông\s+qua\s+(?P<date>ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
)
_VV = re.compile(r"(?<!\w)(?:V/v|V/V|v/v|Về\s+việc|VỀ\s+VIỆC)\s*:?\s*")


@dataclass
class Header:
    """What the header and signature say about the document itself."""

    identifier: DocumentIdentifier | None = None
    identifier_text: str | None = None
    issuer: str | None = None
    issuer_parent: str | None = None
    kind: str | None = None
    title: str | None = None
    place: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    subject: str | None = None
    urgency: str | None = None
    end: int = 0
    # the 'Số: …' line as found, so that the layout need not look for it again
    number_line: str | None = None
    reviews: list[str] = field(default_factory=list)
    # the signer's name known from outside the document (a site page's table), used when
    # the signature block gives none
    signer: str | None = None


def read_header(text: str) -> Header:
    """Read the header of a normalised document text."""
    header = Header()
    number = find_number(text)
    search_from = 0
    if number is not None:
        raw = number.group("id")
        try:
            ident, note = restore_d(parse_identifier(raw))
            if note:
                header.reviews.append(note)
            header.identifier = ident
            header.identifier_text = str(ident)
        except IdentifierError as exc:
            header.reviews.append(f"number {raw.strip()!r} does not parse: {exc.reason}")
        search_from = number.start()
        header.number_line = number.group()
    # a consolidated text's number and date stand after its last article: they end no header
    late = number is not None and _FIRST_ARTICLE.search(text, 0, number.start()) is not None
    if number is not None and not late:
        header.end = number.end()
    place_date = find_place_date(text, max(0, search_from - 200))
    if place_date is not None:
        header.place = _place(place_date, text)
        dates = find_dates(_SPLIT_NUMBER.sub(r"\1\2", place_date.group("date")))
        if dates:
            header.year, header.month, header.day = dates[0].year, dates[0].month, dates[0].day
        if not late:
            header.end = max(header.end, place_date.end())
    elif adopted := _ADOPTED_ON.search(text):
        # a law has no place and date line: it is dated by its adoption ("… thông qua ngày 27
        # tháng 11 năm 2024")
        dates = find_dates(adopted.group("date"))
        if dates:
            header.year, header.month, header.day = dates[0].year, dates[0].month, dates[0].day
    issuer_zone = (
        text[: number.start()] if number else text[: place_date.start()] if place_date else ""
    )
    header.issuer, header.issuer_parent = _issuer(issuer_zone, text)
    telegram = TELEGRAM.search(text, 0, 3000)
    if header.issuer is None and telegram is not None:  # "THỦ TƯỚNG CHÍNH PHỦ điện:"
        header.issuer = _body_casing(squash(telegram.group("who")), text)
    if header.issuer is None:
        header.issuer = enacting_issuer(text)
        if header.issuer is not None:
            header.reviews.append("issuer read from the preamble's enacting line (no header)")
    _title_and_subject(text, header)
    header.urgency = _urgency(text[: max(header.end, 600)])
    return header


# A header the crawl lost: the issuer still speaks in the preamble's last line ("Thủ
# tướng Chính phủ ban hành Quyết định …", "Bộ trưởng Bộ X ban hành Thông tư …").
_ENACTING_PREAMBLE = re.compile(
    r"^[*_\s]*(?P<who>(?:Thủ tướng|Chính phủ|Bộ|Chủ tịch|Ủy ban|Hội đồng|Tổng cục|Cục)\b"
    r"[^.;:*\n]{0,80}?)\s+ban\s+hành\s+(?:Quyết|Nghị|Thông|Chỉ|Kế)\s+(?:định|quyết|tư|thị|hoạch)\b",
    re.MULTILINE,
)
# a person who signs for a body: the minister for the ministry, the chairman for the committee
_PERSON_FOR_BODY = re.compile(r"^(?:Bộ trưởng|Chủ tịch)\s+(?=(?:Bộ|Ủy ban|Hội đồng)\b)")
_FIRST_ARTICLE = re.compile(r"^[*_\s]*Điều\s+1\b", re.MULTILINE)


def enacting_issuer(text: str) -> str | None:
    """The issuer named in the preamble's enacting line, before the first article; None
    when there is none, or it names a body without its place ("Ủy ban nhân dân ban hành")."""
    first = _FIRST_ARTICLE.search(text)
    found = _ENACTING_PREAMBLE.search(text, 0, first.start() if first else 6000)
    if found is None:
        return None
    who = _PERSON_FOR_BODY.sub("", squash(found.group("who")))
    if fold(who) in {"uy ban nhan dan", "hoi dong nhan dan", "bo"}:
        return None
    return who


def _place(match: re.Match[str], text: str) -> str:
    """The place before ', ngày …'; in a flattened header, only the words that name a place.

    On a line of its own the capitalised words before the comma are the place. When the
    header is flattened, the subject's last word may stand before it ("… của Đảng Kiên
    Giang, ngày …"): keep the longest tail that the text uses elsewhere, or two words.
    """
    words = match.group("place").split()
    line_start = text.rfind("\n", 0, match.start()) + 1
    if "\n" in match.group("place"):
        return " ".join(words)  # a place broken over lines stands on its own
    if not text[line_start : match.start()].strip():
        return " ".join(words)
    rest = (text[: match.start()] + text[match.end() :]).lower()
    for n in range(len(words), 1, -1):
        tail = " ".join(words[-n:])
        if re.search(r"(?<!\w)" + re.escape(tail.lower()) + r"(?!\w)", rest):
            return tail
    return " ".join(words[-2:])


_IDENTIFIER_CELL = re.compile(r"[\w.\-–]*\d+/[\w/.\-–]*")


def _issuer(zone: str, text: str) -> tuple[str | None, str | None]:
    """Issuer (and its superior, on the line above) from the left column of the header."""
    names: list[str] = []
    zone = zone.replace("|", "   ")
    for pattern in _MOTTOS:
        # the motto may be broken over lines ("CỘNG" / "HÒA XÃ HỘI …"); keep the line count
        zone = pattern.sub(lambda m: "\n" * m.group().count("\n") + "   ", zone)
    for line in zone.split("\n"):
        for _col, cell in split_columns(line):
            heading = cell.strip().startswith("#")
            cell = cell.strip(" -*#")
            if heading and not _starts_with_head(cell):
                continue  # "## VĂN BẢN": a transcription's section, not a body
            if _IDENTIFIER_CELL.fullmatch(cell):
                continue  # "| Số hiệu | 32/2026/NQ-CP |": a metadata table's number
            if cell and is_upper_text(cell) and not MARKER.match(cell):
                names.append(squash(cell))
    if not names:
        return None, None
    # "BỘ XÂY DỰNG - CỤC ĐƯỜNG BỘ VIỆT NAM": the superior and the issuer on one line
    superior, dash, own = names[-1].partition(" - ")
    if dash and _starts_with_head(superior) and _starts_with_head(own):
        names[-1:] = [superior, own]
    names = names[-3:]
    # "ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI" is one name wrapped; "UBND TỈNH X" / "SỞ Y" are two
    while len(names) >= 2:
        joined = f"{names[-2]} {names[-1]}"
        if _appears_elsewhere(joined, text, zone) or not _starts_with_head(names[-1]):
            names[-2:] = [joined]
            continue
        break
    issuer = _body_casing(names[-1], text)
    parent = _body_casing(names[-2], text) if len(names) >= 2 else None
    return issuer, parent


def _appears_elsewhere(name: str, text: str, zone: str) -> bool:
    return _fold_find(text[len(zone) :], name) is not None


def _starts_with_head(name: str) -> bool:
    words = name.split()
    for n in range(min(5, len(words)), 0, -1):
        phrase = " ".join(words[:n])
        if phrase in COMPLETE_HEADS or phrase in NAMED_HEADS:
            return True
    return False


def _fold_find(haystack: str, needle: str) -> int | None:
    """Offset of ``needle`` in ``haystack`` compared folded, at word boundaries."""
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in fold(needle).split()) + r"(?!\w)"
    match = re.search(pattern, fold(haystack))
    return match.start() if match else None


def _body_casing(name: str, text: str) -> str:
    """``name`` (printed in capitals) as the body writes it, else re-cased."""
    if not is_upper_text(name):
        return name
    folded_text = fold(text)
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in fold(name).split()) + r"(?!\w)"
    for match in re.finditer(pattern, folded_text):
        candidate = text[match.start() : match.end()]
        if not is_upper_text(candidate):
            return squash(candidate)
    cased = recase(name, text)
    return cased[:1].upper() + cased[1:]


def _title_and_subject(text: str, header: Header) -> None:
    zone_start = header.end
    zone = text[zone_start : zone_start + 1500]
    title_match = None
    for word, kind in TITLES:
        pattern = r"(?<!\w)" + r"\s+".join(word.split()) + r"(?!\w)"
        match = re.search(pattern, zone)
        if match and (title_match is None or match.start() < title_match[0].start()):
            title_match = (match, word, kind)
    ident_kind = header.identifier.kind if header.identifier else None
    title_kind = title_match[2] if title_match else None
    if header.identifier is not None and header.identifier.type_code is not None:
        header.kind = ident_kind
        vv = _VV.search(text, max(0, header.end - 300), zone_start + 1500)
        if ident_kind == "directive" and title_kind != "directive" and vv is not None:
            # "Số: 5402/CT-CS" over "V/v …": the code of Cục Thuế, a letter, no directive
            header.kind = "dispatch"
    else:
        header.kind = title_kind or ident_kind or "dispatch"
    if title_match and title_kind != header.kind and header.identifier is not None:
        header.reviews.append(
            f"title says {title_match[1].lower()} but the number says {header.kind}"
        )
    header.title = (
        title_match[1].capitalize() if title_match and title_kind == header.kind else None
    )
    if header.title is None:
        header.title = _title_for_kind(header.kind)
    _conclusion_notice(text, title_match[0].end() + zone_start if title_match else None, header)
    vv = _VV.search(text, max(0, (header.identifier and header.end - 300) or 0), zone_start + 1500)
    if vv is not None and title_match is not None and _page_heading(text, vv.start(), zone_start):
        vv = _VV.search(text, text.index("\n", vv.start()), zone_start + 1500)
    if vv is not None and (title_match is None or vv.start() <= title_match[0].end() + 200):
        subject_start = vv.end()
    elif title_match is not None:
        subject_start = zone_start + title_match[0].end()
    else:
        return
    subject, end = _subject_from(text, subject_start, header)
    if subject:
        if is_upper_text(subject):
            subject = recase(subject, text[end:])
            subject = subject[:1].lower() + subject[1:]
            header.reviews.append("subject re-cased from capitals; check proper names")
        header.subject = subject
        header.end = max(header.end, end)


def _page_heading(text: str, at: int, header_end: int) -> bool:
    """True when ``at`` is on a Markdown heading above the header ("# Về việc …"): a site
    page's title, maybe another document's, not the subject under the document's title."""
    line_start = text.rfind("\n", 0, at) + 1
    return at < header_end and text.startswith("#", line_start) and "\n" in text[at:header_end]


def _conclusion_notice(text: str, after_title: int | None, header: Header) -> None:
    """ "THÔNG BÁO / Kết luận của Phó Thủ tướng …": a notice of conclusions is a conclusion."""
    if header.kind != "notice" or after_title is None:
        return
    if fold(text[after_title : after_title + 40]).lstrip(" *_\n").startswith("ket luan"):
        header.kind = "conclusion"


def _title_for_kind(kind: str | None) -> str:
    for word, title_kind in TITLES:
        if title_kind == kind:
            return word.capitalize()
    return "Công văn"


_BY_ISSUER = re.compile(rf"\s*CỦA[^\S\n]+[{UPPER}][{UPPER}\s]{{2,60}}\n")
_SUBJECT_STOPS = re.compile(
    r"\n\s*(?:Kính\s*gửi|Căn\s*cứ|Thực\s*hiện|Xét\s|Theo\s)|Kính\s*gửi", re.IGNORECASE
)


def _subject_from(text: str, start: int, header: Header) -> tuple[str, int]:
    """The subject from ``start``: up to the place-date line, 'Kính gửi', or the body.

    A subject printed in capitals ends at the first line that is not; one written in
    lower case ("V/v tuyên truyền …") runs over wrapped lines up to the place and date.
    """
    window = text[start : start + 1200]
    # "KẾT LUẬN / CỦA BAN BÍ THƯ / về …": the line naming the issuer is no subject
    by_issuer = _BY_ISSUER.match(window)
    if by_issuer is not None:
        start += by_issuer.end()
        window = window[by_issuer.end() :]
    end = len(window)
    stop = _SUBJECT_STOPS.search(window)
    if stop:
        end = stop.start()
    place_date = find_place_date(window[:end])
    if place_date is not None:
        end = min(end, place_date.start())
    lines = [ln for ln in window[:end].split("\n") if ln.strip()]
    first = _upper_prefix(lines[0]) if lines else ""
    # (a first word wrapped alone, "CÔNG⏎BỐ DANH MỤC …", starts a subject in capitals too)
    if 0 < len(first) <= 8 and first == lines[0].strip() and len(lines) > 1:
        first = f"{first} {_upper_prefix(lines[1])}"
    upper_mode = is_upper_text(first) and len(first) > 8
    if upper_mode:
        kept: list[str] = []
        offset = 0
        consumed = 0
        for line in window[:end].split("\n"):
            line_start = offset
            offset += len(line) + 1
            if not line.strip():
                continue
            prefix = _upper_prefix(line)
            if not prefix:
                break
            if header.issuer and kept and _enacting(prefix, header.issuer, kept[-1]):
                if not _subject_before_enacting(prefix, header.issuer):
                    break
                # "BỐ DANH MỤC … THỂ THAO CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X": the subject's
                # last line runs into the enacting line (cut below)
                kept.append(prefix)
                consumed = line_start + line.index(prefix.split()[0]) + len(prefix)
                break
            kept.append(prefix)
            consumed = line_start + line.index(prefix.split()[0]) + len(prefix)
            if len(prefix) < len(line.strip()):
                break
        subject = " ".join(kept)
        end = min(end, consumed)
    else:
        end = _lower_subject_end(window, end)
        subject = window[:end]
    # the enacting body repeated in capitals after the subject ("… ỦY BAN NHÂN DÂN TỈNH …")
    if header.issuer:
        subject = squash(subject)
        cut = _fold_find(subject, header.issuer)
        if cut is not None and cut > 10 and fold(subject[cut:]).strip() == fold(header.issuer):
            subject = subject[:cut]
            # and a title printed before it: "… CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"
            subject = re.sub(r"\s(?:CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|THỦ TƯỚNG)\s*$", "", subject)
    subject = _ENACTING_TITLE.sub("", squash(subject)).strip(" ,;:")
    subject = re.sub(r"^(?:về\s+việc|v/v|về)\s+", "", subject, flags=re.IGNORECASE)
    subject = _URGENCY.sub("", subject).strip(" ,;:")  # an urgency mark printed beside it
    end_pos = start + end
    # the enacting body on its own line right after the subject belongs to the header
    after = text[end_pos : end_pos + 200]
    first = next((ln for ln in after.split("\n") if ln.strip()), "")
    if header.issuer and first.strip() and _enacting(first, header.issuer, subject):
        end_pos += after.index(first) + len(first)
    return subject, end_pos


# the enacting title printed after a subject in capitals without the place's name ("… THỂ
# THAO CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "… NGƯỜI NỘP THUẾ CỤC TRƯỞNG"); not a body the
# subject names ("… THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
_ENACTING_TITLE = re.compile(
    r"(?<!CỦA)(?<!VÀ)(?<!,)\s(?:CHỦ\s+TỊCH\s+(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN(?:\s+(?:TỈNH|THÀNH\s+PHỐ))?"
    r"|CỤC\s+TRƯỞNG|BỘ\s+TRƯỞNG(?:\s+BỘ(?:\s+[A-ZĐÀ-Ỹ]+){1,6})?|GIÁM\s+ĐỐC)$"
)
_SUBJECT_MARKER = re.compile(r"^(?:[IVXL]+\s*[.\-)]|\d{1,2}\s*[.)]|[a-zđ]\)|[-+•*]\s|Điều\s+\d)")
# words after which a subject wrapped over a blank line goes on with a capital ("… của" /
# "Ủy ban nhân dân tỉnh …"): function words, and words that precede a proper name
_SUBJECT_GOES_ON = LINK_WORDS | PREPOSITIONS | {
    "số", "luật", "án", "trình", "hoạch", "quyết", "định", "thị", "những", "việc", "đối",
}  # fmt: skip


def _lower_subject_end(window: str, end: int) -> int:
    """Where a subject written in lower case ends: before a numbered line, a line in
    capitals, or a paragraph that starts after a blank line with a capital."""
    offset = 0
    seen = ""
    blank = False
    for line in window[:end].split("\n"):
        start = offset
        offset += len(line) + 1
        text = line.strip()
        if not text:
            blank = bool(seen)
            continue
        if seen:
            last = seen.rstrip().split()[-1].lower() if seen.split() else ""
            goes_on = seen.rstrip().endswith((",", "-", "–")) or last in _SUBJECT_GOES_ON
            if (
                _SUBJECT_MARKER.match(text)
                or (is_upper_text(text) and len(text) > 3)
                or (blank and text[:1].isupper() and not goes_on)
            ):
                return start
        seen += " " + text
        blank = False
    return end


def _subject_before_enacting(line: str, issuer: str) -> bool:
    """True when words of the subject stand before the enacting body (and a title) that end
    ``line``."""
    line = squash(line)
    cut = _fold_find(line, issuer)
    if cut is None:
        return False
    before = re.sub(r"\s(?:CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|THỦ TƯỚNG)\s*$", "", " " + line[:cut])
    return len(before.split()) >= 2


def _upper_prefix(text: str) -> str:
    """The leading run of text in capitals (a subject printed in capitals)."""
    words = text.split()
    kept: list[str] = []
    for word in words:
        letters = [ch for ch in word if ch.isalpha()]
        if letters and not all(ch.isupper() for ch in letters):
            break
        kept.append(word)
    return " ".join(kept)


def _urgency(zone: str) -> str | None:
    """The urgency mark: a cell of its own, or a run in capitals between words that are not
    ("… năm 2026 KHẨN" when the header is flattened), so not part of a title in capitals."""
    for line in zone.split("\n"):
        for _col, cell in split_columns(line):
            for match in _URGENCY.finditer(cell):
                before = cell[: match.start()].split()
                after = cell[match.end() :].split()
                alone = not (before and is_upper_word(before[-1]) and len(before[-1]) > 1) and not (
                    after and is_upper_word(after[0]) and len(after[0]) > 1
                )
                if (is_upper_text(cell) and len(cell.split()) <= 3) or alone:
                    return _URGENCY_VALUES[fold(match.group())]
    return None
