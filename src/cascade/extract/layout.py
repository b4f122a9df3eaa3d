"""Where the parts of an official document are: header, addressees, body, tail, appendix.

Decree 30/2020/NĐ-CP fixes the parts (issuer and national motto side by side, "Số: …",
place and date, title and subject, "Kính gửi:", body, "Nơi nhận:" beside the
signature), but crawled text loses the layout: the two header columns are merged or
flattened onto one line, the distribution list and the signature are interleaved, and an
attached programme may follow the signature. :func:`split_layout` finds the parts by
their markers rather than by position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cascade.extract.annexed_text import annex_captions
from cascade.extract.forwarded import forwarded_letter
from cascade.extract.text import LOWER, UPPER, split_columns

IDENTIFIER_CODE = r"[A-ZĐ][A-Za-zĐđ0-9]*(?![\wĐđ])"
_H = r"[^\S\n]*"
# Possessive quantifiers (``*+``): the runs of blanks around "Số", ":" and the number must
# not be shared out between neighbouring quantifiers, or a long run of spaces after "Số:"
# takes time that grows as a power of its length. "Số" is capitalised and starts a line or
# has a colon: "… Công điện số 217/CĐ-TTg" or "…; Số 257/2025/NĐ-CP" in a sentence cites
# another document. An OCR may read "Số:" as "S6:" (with its colon only).
_B = r"[^\S\n]*+"
NUMBER_LINE = re.compile(
    rf"(?:^{_B}(?-i:Số|SỐ)|(?<!\w)(?-i:Số|SỐ|S6)(?={_B}:)"
    # a law's "Luật số: 51/2024/QH15"
    rf"|(?<!\w)(?-i:Luật|LUẬT){_B}(?-i:số|SỐ)(?={_B}:)){_B}(?::{_B})?(?:\n{_B})?"
    rf"(?P<id>(?:\d++|[.…_ ]*+){_B}(?:-{_B}[A-Za-zĐđ]++{_B})?/{_B}"
    # a joint body's long code may break after a hyphen ("…/TTLT-VKSNDTC-⏎TANDTC-BCA")
    rf"(?:\d{{4}}{_B}/{_B})?{IDENTIFIER_CODE}(?:{_B}-{_B}(?:\n{_B})?{IDENTIFIER_CODE})*+)",
    re.IGNORECASE | re.MULTILINE,
)
_PLACE_WORD = rf"(?<!\w)(?:TP\.|Tp\.|[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
# the place and its date may be broken over two lines ("Long\nXuyên, ngày …", "Quảng Bình,\nngày");
# a city's place keeps "Thành phố" ("Thành phố Hồ Chí⏎Minh, ngày …"), "phố" in lower case
PLACE_DATE = re.compile(
    rf"(?P<place>(?:(?<!\w)Thành{_B}(?:\n{_B})?phố{_B}(?:\n{_B})?)?"
    rf"(?:{_PLACE_WORD}{_B}(?:\n{_B})?){{0,4}}{_PLACE_WORD})"
    rf"{_B},{_B}(?:\n{_B})?"
    r"(?P<date>ngày[^\n]{0,40}?năm[^\S\n]*\d{4}|ngày[ .…_/\d]*/[^\S\n]*\d{4})"
)
_KINH_GUI = re.compile(r"Kính\s*gửi\s*:?", re.IGNORECASE)
# a telegram names its addressees after "THỦ TƯỚNG CHÍNH PHỦ điện:" instead of "Kính gửi:"
TELEGRAM = re.compile(
    rf"^[^\S\n]*(?P<who>[{UPPER}][{UPPER} ,]{{2,80}}?)[^\S\n]+điện[^\S\n]*:", re.M
)
# (also a transcription's Markdown heading, "## NƠI NHẬN")
# (an OCR may print "_ Wơi nhận:", debris before the N read as a W)
_NOI_NHAN = re.compile(
    r"^[^\S\n]*+(?:#{1,4}[^\S\n]+|_[^\S\n]+)?(?:N[oơ]i|Wơi)\s*nhận\s*:?",
    re.IGNORECASE | re.MULTILINE,
)
MARKER = re.compile(
    rf"(?<![\w/])(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\.?(?=\s+(?:[{UPPER}][{UPPER}]|[{UPPER}]\b))"
)
_BODY_START = re.compile(r"^\s*(?:Căn cứ|Thực hiện|Xét|Theo|Trên cơ sở|Ngày)\b")


@dataclass
class Layout:
    """The parts of a document, as text; ``body`` excludes the tail, ``appendix`` follows it."""

    text: str
    header: str
    addressees: str | None
    body: str
    tail: list[str] = field(default_factory=list)
    appendix: str = ""


def find_number(text: str) -> re.Match[str] | None:
    """The 'Số: …' line of the document (the first one in its first part); for a consolidated
    text, which prints it after its last article ("Số: 4246/VBHN-BLĐTBXH" / "XÁC NHẬN VĂN BẢN
    HỢP NHẤT"), that one."""
    head = text[:4000]
    found = NUMBER_LINE.search(head)
    if found is None and _CONSOLIDATED.search(head):
        found = next(
            (m for m in NUMBER_LINE.finditer(text) if "/VBHN-" in m.group("id").upper()), None
        )
    return found


# "VĂN BẢN HỢP NHẤT" over the consolidated text, or its authentication at the end, or its
# opening paragraph ("Nghị định số … , có hiệu lực …, được sửa đổi, bổ sung bởi:")
_CONSOLIDATED = re.compile(r"VĂN\s+BẢN\s+HỢP\s+NHẤT|VBHN|được\s+sửa\s+đổi,?\s+bổ\s+sung\s+bởi\b")


def find_place_date(text: str, after: int = 0) -> re.Match[str] | None:
    """The 'Kiên Giang, ngày … tháng … năm 2025' line."""
    return PLACE_DATE.search(text, after, min(len(text), after + 4000))


def split_layout(text: str, header_end: int, number_line: str | None = None) -> Layout:
    """Split ``text`` (normalised) into its parts; ``header_end`` is where the header stops
    and ``number_line`` the header's own 'Số: …' line (a letter forwarded after the
    signature carries another)."""
    addressees: str | None = None
    if header_end:
        kinh = _KINH_GUI.search(text, 0, _addressee_limit(text, header_end))
    else:
        kinh = _KINH_GUI.search(text)
    if kinh is None:
        kinh = TELEGRAM.search(text, 0, max(header_end, 3000))
    body_start = header_end
    if kinh is not None:
        addressees, block_end = _addressee_block(text, kinh.end())
        body_start = max(body_start, block_end)
    rest = text[body_start:]
    tail_at, tail_lines, appendix = _split_tail(rest)
    if forwarded_letter(appendix, number_line):
        appendix = ""  # another body's letter after the signature: not this document's
    return Layout(
        text=text,
        header=text[:header_end],
        addressees=addressees,
        body=rest[:tail_at],
        tail=tail_lines,
        appendix=appendix,
    )


def _addressee_limit(text: str, header_end: int) -> int:
    """Where the letter's own "Kính gửi" can no longer start: 400 characters after the
    header, and never past "Nơi nhận" (a short letter's form after the signature has its own)."""
    limit = header_end + 400
    tail = _NOI_NHAN.search(text, header_end, limit)
    return tail.start() if tail else limit


def _addressee_block(text: str, start: int) -> tuple[str, int]:
    """The 'Kính gửi' entries, and the offset where they end."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    same_line = text[start:line_end].strip()
    if same_line and (same_line.endswith(".") or not _next_is_entry(text, line_end)):
        return same_line, line_end
    lines = [same_line] if same_line else []
    end = line_end
    for match in re.finditer(r"^[^\n]*$", text[line_end + 1 :], re.MULTILINE):
        line = match.group().strip()
        line_start = line_end + 1 + match.start()
        if not line:
            continue
        if _BODY_START.match(line):
            break
        new_paragraph = (
            lines
            and not line.startswith(("-", "+", "•"))
            and line[0].isupper()
            and lines[-1].endswith((";", ".", ":"))
        )
        if new_paragraph:
            break
        lines.append(line)
        end = line_start + len(match.group())
        if line.endswith(".") and not line.endswith("./."):
            break
    return "\n".join(lines), end


def _next_is_entry(text: str, pos: int) -> bool:
    following = text[pos:].lstrip("\n ")
    return following.startswith(("-", "+", "•"))


def _split_tail(body: str) -> tuple[int, list[str], str]:
    """Find 'Nơi nhận' and the signature; return where they start, their lines, the appendix."""
    noi = _NOI_NHAN.search(body)
    lines = body.split("\n")
    if noi is None:
        return _tail_without_distribution(body, lines)
    annexed = _signature_over_models(body, lines, noi.start())
    if annexed is not None:
        return annexed
    start = noi.start()
    # a signature printed above "Nơi nhận" (two columns flattened) belongs to the tail
    before = body[:start].rstrip("\n").split("\n")
    back = 0
    for line in reversed(before[-4:]):
        cells = split_columns(line)
        if cells and (MARKER.match(cells[0][1]) or _is_upper_line(cells[-1][1])):
            back += 1
            continue
        break
    if not back:
        back = _signature_above(before)
    if back:
        start = len("\n".join(before[: len(before) - back])) + 1
    tail_text = body[start:]
    tail_lines, appendix = _tail_and_appendix(tail_text)
    return start, tail_lines, appendix


def _signature_over_models(
    body: str, lines: list[str], noi: int
) -> tuple[int, list[str], str] | None:
    """The signature above annexed model papers that carry a "Nơi nhận" and signature blocks
    of their own (the Gazette prints none for the document): those are the forms', not the
    tail, and the models, the parties' papers, are no part of the document read."""
    found = _signature_mid_text(body, lines)
    if found is None:
        return None
    start, tail_lines, appendix = found
    if start + len("\n".join(tail_lines)) > noi:
        return None
    # the appendices may open with lists or tables and hold the forms further on: the
    # signature before them is still the document's, the forms' "Nơi nhận" theirs (their
    # caption may be a model's title over "(Ban hành kèm theo Thông tư số …)")
    opening = appendix.lstrip("\n")
    filled = [line for line in opening.split("\n") if line.strip()]
    attached = _ATTACHED.search("\n".join(filled[:_CAPTION_REACH]))
    return (start, tail_lines, "") if _APPENDIX_CAPTION.match(opening) or attached else None


# "MẪU KẾ HOẠCH TỔNG THỂ / LỰA CHỌN NHÀ THẦU … / (Ban hành kèm theo Thông tư số …)": what is
# attached after the signature says so, a few lines into it (past a page's header)
_ATTACHED = re.compile(r"^[^\S\n]*\((?:Ban\s+hành\s+)?kèm\s+theo\s", re.IGNORECASE | re.MULTILINE)
_CAPTION_REACH = 12


_RULE_LINE = re.compile(r"^[^\S\n]*(?:-{3,}|\*{3,}|_{3,})?[^\S\n]*$")


def _signature_above(before: list[str]) -> int:
    """Lines of a transcription's signature set above "Nơi nhận" between rules and blank
    lines ("---" / "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG" / "Lê Văn Nam" / "---"): the count of
    lines from its marker down, or 0 when there is no such block."""
    back, marked = 0, 0
    for line in reversed(before[-12:]):
        text = line.strip()
        if _RULE_LINE.match(line):
            back += 1
            continue
        if MARKER.match(text):
            back += 1
            marked = back
            continue
        if _is_upper_line(text) or PERSON.match(text):
            back += 1
            continue
        break
    return marked


def _tail_without_distribution(body: str, lines: list[str]) -> tuple[int, list[str], str]:
    # the signature alone: a signing marker on a line of its own near the end
    for idx in range(len(lines) - 1, max(-1, len(lines) - 30), -1):
        cells = split_columns(lines[idx])
        if cells and MARKER.match(cells[-1][1]):
            start = len("\n".join(lines[:idx])) + (1 if idx else 0)
            tail_lines, appendix = _tail_and_appendix(body[start:])
            return start, tail_lines, appendix
    return _signature_mid_text(body, lines) or (len(body), [], "")


def _signature_mid_text(body: str, lines: list[str]) -> tuple[int, list[str], str] | None:
    """A signature with something attached after it, far from the end: before an appendix's
    caption, or right after the body's closing "./."."""
    return (
        _signature_before_appendix(body, lines)
        or _signature_after_closing(body, lines)
        or _signature_before_annex(body, lines)
    )


_ANNEX_REACH = 30  # lines from the signature's marker down to the annexed text's motto


def _signature_before_annex(body: str, lines: list[str]) -> tuple[int, list[str], str] | None:
    """A signature with no "Nơi nhận", above an annexed text with its own header (see
    annexed_text): the marker nearest above the text's motto starts the tail."""
    for motto, _ in annex_captions(lines):
        for idx in range(motto - 1, max(-1, motto - _ANNEX_REACH), -1):
            cells = split_columns(lines[idx])
            if cells and MARKER.match(cells[0][1]):
                start = len("\n".join(lines[:idx])) + (1 if idx else 0)
                return start, *_tail_and_appendix(body[start:])
    return None


# an appendix's caption on a line of its own ("Phụ lục I", "PHỤ LỤC 02: DANH MỤC …")
_APPENDIX_CAPTION = re.compile(r"^[^\S\n]*(?:Phụ lục|PHỤ LỤC)(?![\w])[^\n]{0,120}$", re.MULTILINE)


def _signature_before_appendix(body: str, lines: list[str]) -> tuple[int, list[str], str] | None:
    """A signature far from the end, with no "Nơi nhận" (the Gazette prints none), found
    where an appendix's caption follows its signer's name: the models, lists and tables
    after it are the appendix, the name the signer's."""
    for caption, line in enumerate(lines):
        if not _APPENDIX_CAPTION.match(line):
            continue
        for idx in range(caption - 1, max(-1, caption - 10), -1):
            cells = split_columns(lines[idx])
            if not (cells and MARKER.match(cells[0][1])):
                continue
            while idx > 0 and MARKER.match(lines[idx - 1].strip()):
                idx -= 1  # "TM. CHÍNH PHỦ" over "KT. THỦ TƯỚNG"
            start = len("\n".join(lines[:idx])) + (1 if idx else 0)
            tail_lines, appendix = _tail_and_appendix(body[start:])
            if _APPENDIX_CAPTION.match(appendix.lstrip("\n")):
                return start, tail_lines, appendix
            return None
    return None


# the body's last sentence closes with "./." (Decree 30's end of the text before the signature)
_CLOSING = re.compile(r"\.?/\.[^\S\n]*$")
_MAX_TITLE_WORDS = 8
_MAX_NAME_GAP = 6  # lines from the title down to the signer's name, blank lines included


# a law's adoption line after its last article ("Luật này được Quốc hội nước Cộng hòa xã hội
# chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 8 thông qua ngày 27 tháng 11 năm 2024."), two or three
# lines before the chair's title (the header dates the law by it)
ADOPTION = r"(?:Luật|Bộ\s+luật|Nghị\s+quyết)\s+này\s+(?:đã\s+)?được\s+Quốc\s+hội\b"
_ADOPTED = re.compile(r"^[^\S\n]*" + ADOPTION)
_ADOPTION_LINES = 5


# a consolidated text's block after its last article: the ministry, "Số: …/VBHN-…", the
# caption "XÁC NHẬN VĂN BẢN HỢP NHẤT" (or "XÁC THỰC …"), the place and date, then the title
_AUTHENTICATION = re.compile(r"^[^\S\n]*XÁC\s+(?:NHẬN|THỰC)\s+VĂN\s+BẢN\s+HỢP\s+NHẤT")
_BLOCK_LINES = 12


def _after_authentication(lines: list[str], start: int) -> int:
    """The signer's title under a consolidated text's authentication block that opens at
    line ``start``; ``start`` itself when no such block opens there."""
    for k in range(start, min(len(lines), start + _BLOCK_LINES)):
        if _AUTHENTICATION.match(lines[k]):
            title = _title_line(lines, k + 1, k + _BLOCK_LINES)
            return start if title is None else title
    return start


def _title_line(lines: list[str], start: int, stop: int) -> int | None:
    """The first line from ``start`` up to ``stop`` that is a signer's title, or None."""
    return next(
        (
            j
            for j in range(start, min(len(lines), stop))
            if lines[j].strip() and _signer_title(lines[j].strip())
        ),
        None,
    )


def _signature_after_closing(body: str, lines: list[str]) -> tuple[int, list[str], str] | None:
    """A signature with no "Nơi nhận" and no marker near the end (the Gazette's reprint of a
    minister's circular, "BỘ TRƯỞNG" / "Đại tướng Lương Tam Quang", a regulation or tables
    attached after it): a signer's title in capitals on the first line after the one that
    closes the body with "./." (or under a law's adoption line), and a name under it; what
    follows the name is attached."""
    for idx, line in enumerate(lines):
        if _CLOSING.search(line):
            title = next((k for k in range(idx + 1, len(lines)) if lines[k].strip()), None)
            if title is not None:
                title = _after_authentication(lines, title)
        elif _ADOPTED.match(line):
            title = idx  # a law whose last article closes with "." alone: its adoption line
        elif _AUTHENTICATION.match(line):
            title = _after_authentication(lines, idx)  # a consolidation's, after a "." alone
        else:
            continue
        if title is not None and _ADOPTED.match(lines[title]):
            # "Luật này được Quốc hội … thông qua ngày …" between the body and the signature
            title = _title_line(lines, title + 1, idx + _ADOPTION_LINES + 1)
        if title is None or not _signer_title(lines[title].strip()):
            continue
        below = lines[title + 1 : title + 1 + _MAX_NAME_GAP]
        if not any(_signer_name_line(cell.strip()) for cell in below):
            continue
        start = len("\n".join(lines[:title])) + 1
        tail_lines, appendix = _tail_and_appendix(body[start:])
        return start, tail_lines, appendix
    return None


def _signer_name_line(line: str) -> bool:
    """A signer's name alone, perhaps after a rank, or with the next page's caption run into
    it when the page break was joined ("Lương Tam Quang PHỤ LỤC I")."""
    line = RANK.sub("", line)
    name = _NAME.match(line)
    rest = line[name.end() :].strip() if name else ""
    return name is not None and (not rest or is_upper_text(rest.split()[0]))


def _signer_title(line: str) -> bool:
    """A signing marker ("KT. BỘ TRƯỞNG") or a signer's title alone ("BỘ TRƯỞNG")."""
    if len(line.split()) > _MAX_TITLE_WORDS:
        return False
    return bool(MARKER.match(line)) or (is_upper_text(line) and has_title_run(line))


_NAME = re.compile(rf"(?<!\w)(?:[{UPPER}][{LOWER}]+[^\S\n]+){{1,4}}[{UPPER}][{LOWER}]+(?!\w)")
PERSON = re.compile(rf"^(?:[{UPPER}][{LOWER}]+\s+){{1,4}}[{UPPER}][{LOWER}]+$")
# a rank the heads of the army and the police sign with, before the name ("Đại tướng …")
RANK = re.compile(
    r"^(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+|^(?:Chuẩn\s+|Phó\s+)?Đô\s+đốc\s+"
)


def _tail_and_appendix(tail: str) -> tuple[list[str], str]:
    """Cut the tail after the signature; what follows is an attached appendix.

    The signer's name ends the signature, but distribution entries printed beside it
    ("- Kiểm toán nhà nước;") may run on below; the appendix starts after them.
    """
    lines = tail.split("\n")
    found = _find_signer_name(lines)
    if found is None:
        return lines, ""
    idx, cut = found
    rest = lines[idx][cut:].strip()
    if rest:
        return [*lines[:idx], lines[idx][:cut]], "\n".join([rest, *lines[idx + 1 :]])
    end = idx + 1
    previous_entry = False
    while end < len(lines):
        line = lines[end].strip()
        if not line:
            end += 1
            continue
        if line.startswith("-") or (
            previous_entry and lines[end][:1] == " " and not is_upper_text(line)
        ):
            previous_entry = True
            end += 1
            continue
        break
    return lines[:end], "\n".join(lines[end:])


def _find_signer_name(lines: list[str]) -> tuple[int, int] | None:
    """(line, column after the name) of the signer's name, once the signature has begun."""
    seen_signature = False
    previous = ""
    for idx, line in enumerate(lines):
        if MARKER.search(line) or has_title_run(line):
            seen_signature = True
        cells = split_columns(line)
        if seen_signature:
            for col, cell in cells:
                alone = len(cells) > 1 or col >= 15 or not _continues_entry(previous)
                if PERSON.match(RANK.sub("", cell)) and alone and (col > 0 or len(cells) == 1):
                    return idx, col + len(cell)
                # "Nguyễn Chí Dũng MẪU KẾ HOẠCH …": the next page's caption run into the name
                run_in = _NAME.match(cell)
                after = cell[run_in.end() :].split() if run_in else []
                if run_in and alone and after and is_upper_text(after[0]) and len(after[0]) > 1:
                    return idx, col + run_in.end()
                for match in _NAME.finditer(cell):
                    before = cell[: match.start()]
                    if _after_title(before.split()) or RANK.fullmatch(before):
                        return idx, col + match.end()
        if line.strip():
            previous = line.strip()
    return None


def _after_title(before: list[str]) -> bool:
    """True when the words before a name end with a title in capitals ('… PHÓ CHỦ TỊCH'),
    not with another capital word ('Đài PT-TH Quảng Nam' is a body)."""
    run: list[str] = []
    for word in reversed(before):
        if not is_upper_text(word.strip(",.")) or len(word.strip(",.")) < 2:
            break
        run.insert(0, word)
    return bool(run) and has_title_run(" ".join(run))


def _continues_entry(previous: str) -> bool:
    return previous.startswith("-") and not previous.endswith((".", ";"))


# the heads of the audit office, the inspectorate, the central bank and the courts sign
# with their own titles ("TỔNG KIỂM TOÁN NHÀ NƯỚC" over the name, no marker)
_TITLE_WORDS = re.compile(
    r"\b(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG|BÍ THƯ|CHỦ NHIỆM|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|TỔNG BÍ THƯ|"
    r"PHÓ|BỘ TRƯỞNG|THỨ TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|TRƯỞNG BAN|HIỆU TRƯỞNG|VIỆN TRƯỞNG|"
    r"TỔNG KIỂM TOÁN|TỔNG THANH TRA|THỐNG ĐỐC|CHÁNH ÁN)\b"
)


def has_title_run(line: str) -> bool:
    """True when ``line`` holds a signer's title in capitals ("CHỦ TỊCH", "THỨ TRƯỞNG")."""
    return bool(_TITLE_WORDS.search(line))


def _is_upper_line(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def is_upper_text(text: str) -> bool:
    """True when every letter of ``text`` is a capital (at least two letters)."""
    return _is_upper_line(text)
