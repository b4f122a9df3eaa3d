"""The signature block: who signed, under what title, for whom.

Read from the tail of the document ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / name", "T/M BAN THƯỜNG
VỤ / BÍ THƯ", markers glued to titles, a signer in a table cell beside "Nơi nhận");
:func:`acting_organ` names the body that signs for the issuer ("T/M BAN THƯỜNG VỤ" under
"TỈNH ỦY …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cascade.extract.known_orgs import name_key
from cascade.extract.layout import MARKER, PERSON, has_title_run, is_upper_text
from cascade.extract.layout import RANK as _RANK
from cascade.extract.text import fold, is_upper_word, split_columns


@dataclass
class Signature:
    """Who signed: name, title and the stacked markers."""

    name: str | None = None
    title: str | None = None
    markers: list[str] = field(default_factory=list)


_PERSON = PERSON
_DEPUTY_STARTS = ("PHÓ ", "THỨ TRƯỞNG")
_SIGNER_TITLE_STARTS = (
    "PHÓ",
    "CHÁNH",
    "TRƯỞNG",
    "GIÁM ĐỐC",
    "CHỦ NHIỆM",
    "BỘ TRƯỞNG",
    "THỨ TRƯỞNG",
    "CỤC TRƯỞNG",
    "VỤ TRƯỞNG",
    "TỔNG",
)
# the head who signs for the whole body ("TM. CHÍNH PHỦ THỦ TƯỚNG", "TM. ỦY BAN THƯỜNG VỤ
# QUỐC HỘI CHỦ TỊCH" flattened in one cell): the marker's last words, tried after the
# titles above ("BÍ THƯ" is not one: "T/M BAN BÍ THƯ" names the body)
_HEAD_TITLES = frozenset({"CHỦ TỊCH", "THỦ TƯỚNG"})


def read_signature(tail_lines: list[str]) -> Signature:
    """Markers, title and name from the tail (distribution list and signature)."""
    # "KT.BỘ TRƯỞNG": a marker glued to the title it signs for
    segments = [
        _GLUED_MARKER.sub(r"\1. ", _STRAY_MARK.sub("", segment))
        for segment in _signature_segments(tail_lines)
    ]
    signature = Signature()
    uppercase: list[str] = []
    for segment in (_RANK.sub("", segment) for segment in segments):
        if _PERSON.match(segment):
            if uppercase:
                signature.name = segment
                break
            continue  # a typist's initials before the title ('Trung Anh')
        if is_upper_text(segment) and len(segment) > 1:
            uppercase.append(segment)
        elif uppercase and _title_after_marker(uppercase[-1], segment):
            uppercase.append(segment.upper())  # "KT. THỦ TƯỚNG" / "Phó Thủ tướng"
        elif uppercase and len(segment) > 1:
            break
    if not uppercase:
        return signature
    markers, title = _split_markers(uppercase)
    signature.markers = markers
    signature.title = _title_case(title) if title else None
    return signature


_GLUED_MARKER = re.compile(r"(?<![\w/])(TM|KT|TL|TUQ)\.(?=[A-ZĐÀ-Ỹ])")
# a stray mark the text layer glued to a title in capitals ("PHÓ THỦ TƯỚNGky]"): the
# signature stamp's remains, no part of the title
_STRAY_MARK = re.compile(r"(?<=[A-ZĐÀ-Ỹ])[a-z]{1,4}\]$")
# a military or police rank before the signer's name ("Đại tướng Lương Văn A")


def _title_after_marker(previous: str, segment: str) -> bool:
    """True when ``segment`` is a signer's title in sentence case ("Phó Thủ tướng") on the
    line after a marker in capitals ("KT. THỦ TƯỚNG")."""
    words = segment.split()
    if not MARKER.match(previous) or not 1 < len(words) <= 4:
        return False
    return segment.upper().startswith(_SIGNER_TITLE_STARTS)


_DISTRIBUTION_LINE = re.compile(r"^\s*N[oơ]i\s*nhận\s*:?\s*\(.*\)\s*\.?\s*$", re.IGNORECASE)


def _signature_segments(tail_lines: list[str]) -> list[str]:
    """Pieces of the signature side: cells that are not distribution entries."""
    segments: list[str] = []
    in_distribution = False
    for line in tail_lines:
        if _DISTRIBUTION_LINE.match(line):
            continue  # "Nơi nhận: (A; B; ...)." whole on one line, gaps where "..." stood
        for col, cell in split_columns(line):
            text = cell.strip().lstrip("#").strip()  # "## NƠI NHẬN": a Markdown heading
            if re.match(r"^N[oơ]i\s*nhận", text, re.IGNORECASE):
                in_distribution = True
                text = re.sub(r"^N[oơ]i\s*nhận\s*:?", "", text, flags=re.IGNORECASE).strip()
                if not text:
                    continue
            if text.startswith("-"):
                in_distribution = True
                lowered = fold(text)
                if "luu" in lowered[:8]:
                    # signature text may follow the filing entry on the same line; "- Lưu:"
                    # alone wraps, its entries ("VT, Vụ TCCB.") on the next line
                    after = re.split(r"\(\d+\s*b\)\.?|\.\s", text, maxsplit=1)
                    text = after[1].strip() if len(after) > 1 else ""
                    in_distribution = text == "" and lowered.rstrip().endswith(":")
                    if not text:
                        continue
                else:
                    continue
            elif (
                in_distribution
                and col < 15
                and not MARKER.match(text)
                and not (
                    (is_upper_text(text) and not text.endswith(";"))
                    or (_PERSON.match(text) and len(split_columns(line)) == 1)
                    or _title_and_name(text)
                )
            ):
                continue  # a wrapped distribution entry ("- Đảng ủy⏎KTNN;")
            segments.extend(_pieces(text))
    return segments


def _title_and_name(text: str) -> bool:
    """A title in capitals and a name ("CHỦ TỊCH Lý Văn A"): the signature, also after a
    distribution list printed whole on one line (a table's cell beside it)."""
    pieces = _pieces(text)
    return (
        len(pieces) == 2
        and is_upper_text(pieces[0])
        and has_title_run(pieces[0])
        and bool(_PERSON.match(pieces[1]))
    )


def _pieces(text: str) -> list[str]:
    """Split a flattened signature ('KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A') into runs."""
    out: list[str] = []
    current: list[str] = []
    current_upper: bool | None = None
    for word in text.split():
        upper = is_upper_word(word) or bool(MARKER.fullmatch(word.rstrip(".") + "."))
        if len(word) == 1 and word.isupper() and not word.endswith("."):
            upper = current_upper if current_upper is not None else True
        if current and upper != current_upper:
            out.append(" ".join(current))
            current = []
        current.append(word)
        current_upper = upper
    if current:
        out.append(" ".join(current))
    return [p for p in out if p.strip(" .,")]


def _split_markers(runs: list[str]) -> tuple[list[str], str | None]:
    """Markers ('TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH') and the signer's own title."""
    text = " | ".join(runs)
    parts = [
        p.strip(" |") for p in re.split(r"(?=(?<![\w/])(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\.?\s)", text)
    ]
    parts = [p for p in parts if p]
    markers: list[str] = []
    title: str | None = None
    for part in parts:
        if MARKER.match(part):
            pieces = [p.strip() for p in part.split("|") if p.strip()]
            marker = pieces[0]
            rest = " ".join(pieces[1:])
            if not rest:
                marker, rest = _split_marker_title(marker)
            markers.append(marker)
            if rest:
                title = rest
        else:
            title = " ".join(p.strip() for p in part.split("|") if p.strip())
    return markers, title


def _split_marker_title(marker: str) -> tuple[str, str]:
    """'KT. CHỦ TỊCH PHÓ CHỦ TỊCH' -> ('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH')."""
    words = marker.split()
    # a deputy signs for the head ("KT. BỘ TRƯỞNG THỨ TRƯỞNG"): split before the deputy's
    # title first, since "TRƯỞNG" alone also starts a title
    for starts in (_DEPUTY_STARTS, _SIGNER_TITLE_STARTS):
        for idx in range(2, len(words)):
            rest = " ".join(words[idx:])
            # "KT. BỘ TRƯỞNG, CHỦ NHIỆM": one office named by two titles, and "BỘ TRƯỞNG"
            # one title, are not cut
            if (
                words[idx - 1].endswith(",")
                or f"{words[idx - 1]} {words[idx]}".rstrip(",") in _ONE_TITLE
            ):
                continue
            if any(rest.startswith(start) for start in starts):
                return " ".join(words[:idx]), rest
    head = " ".join(words[-2:])
    if head in _HEAD_TITLES and len(words) > 3:
        return " ".join(words[:-2]), head
    return marker, ""


_ONE_TITLE = frozenset({"BỘ TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "VIỆN TRƯỞNG", "HIỆU TRƯỞNG"})


def _title_case(title: str) -> str:
    """'PHÓ GIÁM ĐỐC' -> 'Phó Giám đốc'; 'BỘ TRƯỞNG, CHỦ NHIỆM' -> 'Bộ trưởng, Chủ nhiệm'."""
    parts = []
    for part in title.split(","):
        words = part.lower().split()
        if not words:
            continue
        words[0] = words[0].capitalize()
        if words[0] in {"Phó", "Tổng", "Quyền"} and len(words) > 1:
            words[1] = words[1].capitalize()
        parts.append(_PROPER.sub("Quốc hội", " ".join(words)))
    return ", ".join(parts)


# bodies a title names, proper names kept: "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội"
_PROPER = re.compile(r"(?<=\s)quốc hội$")


# Organs that act for the body in the header: "T/M BAN THƯỜNG VỤ" under "TỈNH ỦY …".
_ORGANS = {
    "ban thuong vu": "Ban Thường vụ",
    "ban thuong truc": "Ban Thường trực",
    "thuong truc": "Thường trực",
    "ban chap hanh": "Ban Chấp hành",
    "ban can su dang": "Ban cán sự đảng",
    "dang doan": "Đảng đoàn",
}


# Organs of the Party's Central Committee that issue in their own name.
_CENTRAL_ORGANS = {"ban bi thu": "Ban Bí thư", "bo chinh tri": "Bộ Chính trị"}


def acting_organ(markers: list[str], issuer: str) -> str | None:
    """The organ that issues on behalf of the body in the header, or None.

    A Party committee's documents are headed "TỈNH ỦY THÁI BÌNH" but signed "T/M BAN
    THƯỜNG VỤ": the Standing Committee issues them, so the issuer is "Ban Thường vụ Tỉnh ủy
    Thái Bình". "TM. ỦY BAN NHÂN DÂN" under "ỦY BAN NHÂN DÂN TỈNH …" names the body itself.
    """
    issuer_key = name_key(issuer)
    for marker in markers:
        match = re.match(r"^(?:TM|T/M)\.?\s+(?P<body>.+)$", marker)
        if match is None:
            continue
        body = name_key(match.group("body"))
        if body in _CENTRAL_ORGANS and body != issuer_key:
            return _CENTRAL_ORGANS[body]  # "T/M BAN BÍ THƯ" under "BAN CHẤP HÀNH TRUNG ƯƠNG"
        for organ, cased in _ORGANS.items():
            if body != organ and not body.startswith(organ + " "):
                continue
            rest = body[len(organ) :].strip()
            if issuer_key.startswith(organ) or not issuer_key.startswith(rest):
                return None
            return f"{cased} {issuer}"
    return None
