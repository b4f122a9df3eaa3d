"""The report line: who reports to whom, through whom, by when.

Two sources:

* the distribution list ("Nơi nhận"): "UBND tỉnh (b/c)" means the issuer reports there;
  "Như trên" are the addressees, "(để t/h)" carry out, "(để p/h)" coordinate, "Lưu: VT,
  TTBCXB (2b)" is filing with a copy count;
* the tasks themselves: "báo cáo kết quả về Sở X trước ngày 15/11" (also "phản ánh về Sở
  X", "trình X"), "tổng hợp báo cáo … gửi Bộ Y, UBND tỉnh", "báo cáo về Bộ (qua Cục Báo
  chí)" (routed through an intermediate), "… về Sở X để tổng hợp, báo cáo UBND tỉnh" (a
  second hop, by Sở X).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.text import fold, split_columns, squash

_REPORT = re.compile(
    r"(?<![\w])(?:báo\s+cáo|phản\s+ánh|(?<!chương )(?<!quy )(?<!tờ )(?<!lộ )(?<!công )trình)"
    r"(?![\w])",
    re.IGNORECASE,
)
_NOMINAL_REPORT = re.compile(
    r"^\s*(?:số|thẩm tra|chính trị|của|tổng kết|đánh giá|chuyên đề|tiếp thu|chung|viên)\b",
    re.IGNORECASE,
)
_FOR_DECISION = re.compile(
    r"\b(?:xem xét|quyết định|phê duyệt|ban hành|thông qua|cho ý kiến)\b", re.IGNORECASE
)
_RECIPIENT_LINK = re.compile(r"(?<![\w])(?:về|gửi|lên|cho)\s+", re.IGNORECASE)
_DIRECT = re.compile(r"^\s*(?:,\s*)?(?:kiến nghị|đề xuất|xin ý kiến)?\s*,?\s*", re.IGNORECASE)
_VIA = re.compile(r"^\s*[,(]?\s*(?:thông\s+)?qua\s+", re.IGNORECASE)
_SECOND_HOP = re.compile(
    r"^[^;.]{0,40}?\bđể\s+(?:[^\W\d_]+\s+){0,3}?tổng\s+hợp\s*,?\s*"
    r"(?:báo\s+cáo|đề\s+xuất|trình|gửi)\s+",
    re.IGNORECASE,
)


@dataclass
class FoundReport:
    """A report the text asks for: to whom, through whom, and a further hop by the recipient."""

    recipients: list[Mention]
    via: Mention | None = None
    onward: list[Mention] | None = None


def find_reports(text: str) -> list[FoundReport]:
    """Every report with a named recipient in ``text`` (an action of a task)."""
    found: list[FoundReport] = []
    consumed = 0  # a second hop's "báo cáo" belongs to the report before it
    for match in _REPORT.finditer(text):
        if match.start() < consumed:
            continue
        before = text[max(0, match.start() - 12) : match.start()].lower()
        if (
            text[match.start()].isupper()
            and match.start() > 0
            and not before.rstrip().endswith((".", ";", ":", "-"))
        ):
            continue  # "… và Báo cáo tiếp thu": a document named mid-sentence
        if before.rstrip().endswith(("các", "những")):
            continue
        rest = text[match.end() :]
        clause = re.split(r"[;.]", rest, maxsplit=1)[0]
        if _NOMINAL_REPORT.match(clause):
            continue
        if fold(match.group()) == "trinh" and _FOR_DECISION.search(clause[:120]):
            continue  # "trình X xem xét, quyết định": a submission for decision, not a report
        report = _recipients(clause)
        if report is not None:
            found.append(report)
            if report.onward:
                consumed = match.end() + len(clause)
    return found


def _recipients(clause: str) -> FoundReport | None:
    direct = _DIRECT.match(clause)
    start = direct.end() if direct else 0
    mentions, end = _named(clause[start:])
    if not mentions:
        link = _RECIPIENT_LINK.search(clause)
        if link is None:
            return None
        start = link.end()
        mentions, end = _named(clause[start:])
        if not mentions:
            return None
    after = clause[start + end :]
    report = FoundReport(mentions)
    via = _VIA.match(after)
    if via:
        rest = after[via.end() :]
        via_mentions, via_end = _named(rest)
        close = rest.find(")")
        if via_mentions and via.group().lstrip().startswith("(") and close > via_end:
            # "(qua Cục Cảnh sát quản lý hành chính về …)": the bracket holds the whole name
            name = squash(rest[:close])
            via_mentions = [Mention(name, via_mentions[0].start, close, via_mentions[0].plural)]
            via_end = close
        if via_mentions:
            report.via = via_mentions[0]
            after = after[via.end() + via_end :].lstrip(" )")
    hop = _SECOND_HOP.match(after)
    if hop:
        onward, _ = _named(after[hop.end() :])
        if onward:
            report.onward = onward
    return report


def _named(text: str) -> tuple[list[Mention], int]:
    """Bodies named at the start of ``text``; generic ones ('cấp có thẩm quyền') do not count."""
    mentions, end = parse_org_list(text)
    mentions = [m for m in mentions if m.text[:1].isupper() or fold(m.text).startswith("cac ")]
    return mentions, end


# --- distribution ------------------------------------------------------------------------

_PURPOSES = (
    (re.compile(r"\((?:để\s*)?b\s*/\s*c\)|\(báo cáo\)|\(để báo cáo\)", re.IGNORECASE), "report"),
    (
        re.compile(r"\((?:để\s*)?t\s*/\s*h\)|\(thực hiện\)|\(để thực hiện\)", re.IGNORECASE),
        "carry_out",
    ),
    (
        re.compile(
            r"\((?:để\s*)?p\s*/\s*h(?:\s*,?\s*c\s*/\s*đ)?\)|\(phối hợp[^)]*\)", re.IGNORECASE
        ),
        "coordinate",
    ),
)
_FILING = re.compile(r"^lưu\b", re.IGNORECASE)
_COPIES = re.compile(r"\((\d+)\s*b(?:ản)?\)", re.IGNORECASE)
_AS_ABOVE = re.compile(r"^như\s+(?:trên|điều\s+\d+|khoản\s+\d+)", re.IGNORECASE)


@dataclass
class Entry:
    """One line of the 'Nơi nhận' list, classified."""

    text: str
    purpose: str
    recipient_text: str | None = None
    copies: int | None = None


def distribution_entries(tail_lines: list[str]) -> list[Entry]:
    """The 'Nơi nhận' entries from the tail, wrapped entries joined."""
    raw: list[str] = []
    started = False
    for line in tail_lines:
        cells = split_columns(line)
        if not cells:
            continue
        col, cell = cells[0]
        if re.match(r"^N[oơ]i\s*nhận", cell, re.IGNORECASE):
            started = True
            cell = re.sub(r"^N[oơ]i\s*nhận\s*:?", "", cell, flags=re.IGNORECASE).strip()
            if not cell:
                continue
        if not started or col >= 20:
            continue
        if cell.startswith(("-", "+", "•")):
            raw.append(cell.lstrip("-+• ").strip())
        elif (raw and not raw[-1].rstrip().endswith((";", "."))) or (raw and cell[:1].islower()):
            raw[-1] = f"{raw[-1]} {cell}"
    entries: list[Entry] = []
    for item in raw:
        entries.append(_classify(squash(item)))
    return entries


# "TT Tỉnh ủy", "TT. HĐND tỉnh": in a distribution list, the standing board (Thường trực)
_STANDING = re.compile(
    r"(?<!\w)TT\.?\s+(?=(?:Tỉnh|Thành|Huyện|Thị|Quận|Đảng)\s+(?:ủy|uỷ)|HĐND|UBND|Hội đồng"
    r"|Ủy ban|Uỷ ban)"
)


def recipient_names(text: str) -> list[tuple[str, bool]]:
    """The bodies a distribution entry names, as (name, plural).

    An entry is a name by its position: when the names found do not cover it ("Ban Chỉ đạo
    quốc gia về chống khai thác …, không báo cáo và …"), the whole entry is one name.
    """
    text = _STANDING.sub("Thường trực ", text).strip(" ,;.")
    mentions, end = parse_org_list(text, lowercase_ok=True)
    if mentions and not text[end:].strip(" ,;."):
        return [(m.text, m.plural) for m in mentions]
    words = f" {fold(text)} "
    return [(text, " cac " in words)]


def _classify(item: str) -> Entry:
    text = item.rstrip(" ;,")
    if _FILING.match(text):
        # the filing entry may run into the signature in flattened text: "(2b). Trung Anh …"
        text = re.split(r"(?<=\))\.\s|\.\s+(?=[A-ZĐ])", text, maxsplit=1)[0].rstrip(". ")
        copies = _COPIES.search(text)
        return Entry(text, "filing", None, int(copies.group(1)) if copies else None)
    text = text.rstrip(".")
    if _AS_ABOVE.match(text):
        return Entry(text, "addressee")
    for pattern, purpose in _PURPOSES:
        match = pattern.search(text)
        if match:
            # what follows the marker past a ";" is no part of the name (OCR specks: "; ff")
            after = text[match.end() :].split(";", 1)[0]
            name = squash(text[: match.start()] + after).strip(" ,;")
            return Entry(text, purpose, name)
    return Entry(text, "information", text)
