"""The body as a tree of units: articles, numbered items, bullets, labelled lines, paragraphs.

Real documents number their parts in many styles (``Điều 1.``, ``I.``, ``1.``, ``1.1.``,
``a)``, ``-``, ``+``, ``*``) and crawled copies wrap lines anywhere or flatten several
items onto one line. :func:`parse_units` first rebuilds logical lines (joining wrapped
lines, splitting flattened markers such as ``… tiến bộ 1.1.``), then nests them: a
unit's parent is the nearest unit above it with a higher rank; a paragraph belongs to
the numbered item it follows. Labelled lines ("Cơ quan thực hiện: …", "Thời gian thực
hiện: …") are kept apart, because they say who does the items above them and by when.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cascade.extract.amended_wording import NewWording, opens_new_wording
from cascade.extract.divisions import opens_division
from cascade.extract.link_words import LINK_WORDS
from cascade.extract.ocr_markers import repair_markers
from cascade.extract.orgs import parse_org_list
from cascade.extract.text import UPPER, fold, squash
from cascade.extract.unit_titles import duty_title_then_body, title_then_body

_ROMAN = re.compile(r"^(?P<m>[IVXL]{1,5})\s*[.\-)]\s*(?=\S)")
_MULTI = re.compile(r"^(?P<m>\d{1,2}(?:\.\d{1,2})+)\.?(?:\s+|$)")
# "1." / "1)", "2a." (added by an amendment); an OCR'd letter's "1/" (followed by a space)
_NUMBER = re.compile(r"^(?P<m>\d{1,2}(?:[a-zđ](?=\.\s))?)\s*(?:[.)](?!\d)|/(?=\s))\s*")
# "(1) Nâng cao …"; "(i). Chỉ đạo …", "(ii) …": small roman numerals in brackets too
_PAREN = re.compile(r"^\((?P<m>\d{1,2}|[ivx]{1,4})\)\.?\s*(?=\S)")
_LETTER = re.compile(r"^(?P<m>[a-zđ]|[a-zđ]\d(?=\)))(?:\)\s*|\.\s+(?=\S))")  # "p1)" added
_DASH = re.compile(r"^[-–—•]\s*(?=\S)")
_PLUS = re.compile(r"^\+\s*(?=\S)")
_ARTICLE = re.compile(r"^(?P<m>Điều\s+\d+(?:[a-zđ](?=[.:]))?)\s*[.:]?\s*", re.IGNORECASE)
# "Cơ quan thực hiện:", "Đơn vị chủ trì tham mưu thực hiện:", "Cơ quan, đơn vị phối hợp:",
# "Thời gian hoàn thành:" (a few more words may stand before the colon); not "Cơ quan chủ trì
# thẩm định:", a role a plan's approval assigns (see plan_roles)
LABEL = re.compile(
    r"^(?:[-–*+•]\s*)?(?P<label>(?:Cơ quan|Đơn vị)(?:\s*,\s*(?:cơ quan|đơn vị|địa phương))?"
    r"\s+(?:thực hiện|chủ trì(?!\s+thẩm định)|phối hợp|tham mưu)(?:\s+[^\s:,.;]+){0,5}"
    r"|(?:Thời gian|Thời hạn|Tiến độ)(?:\s+(?:thực hiện|hoàn thành|triển khai))?)\s*:\s*",
    re.IGNORECASE,
)
_INLINE_MULTI = re.compile(rf"(?<=\S)\s+(?=\d{{1,2}}(?:\.\d{{1,2}})+\.?(?:\s+[{UPPER}]|\s*$))")
_INLINE_LABEL = re.compile(
    r"(?<=\S)\s*(?=-\s*(?:Thời gian|Thời hạn|Cơ quan|Đơn vị)\s+"
    r"(?:thực hiện|hoàn thành|chủ trì)\s*:)"
)
# "Điều 2. Trách nhiệm thực hiện Sở X, Sở Y thực hiện …": an article's title on carrying the
# decision out, run by a crawl into its text; the text starts at the capital after it (not
# "Tổ chức thực hiện Quyết định này", where the document is the object)
_RUN_IN_TITLE = re.compile(
    rf"^(?P<title>Điều\s+\d+\s*[.:]?\s*(?:Trách\s+nhiệm|Tổ\s+chức)\s+(?:thực\s+hiện|thi\s+hành))"
    rf"\s+(?=[{UPPER}])(?!(?:Quyết định|Kế hoạch|Nghị quyết|Chỉ thị|Quy định|Quy chế|Chương trình|"
    rf"Thông tư|Đề án|Hướng dẫn|Công văn|Luật|Nghị định)\b)"
)
# "### Điều 2. Tổ chức thực hiện" in a transcription: the marks say a heading stands here
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(?=\S)")
_TRAILING_NUMBER = re.compile(rf"(?<=[{UPPER}\s])\s+(?=\d{{1,2}}\.\s*$)")
_KEYWORD = re.compile(
    r"^(?:Căn cứ|Thực hiện|Xét|Giao|Đề nghị|Yêu cầu|Chú thích|Nơi nhận|Kính gửi|Trong quá trình)\b"
)

_DOCUMENT_START = re.compile(
    r"^(?:Công văn|Kế hoạch|Quyết định|Nghị quyết|Nghị định|Chỉ thị|Thông tư|Chương trình|"
    r"Quy định|Kết luận|Hướng dẫn|Tờ trình|Đề án|Luật)\s+(?:số\s+)?\d"
)

RANKS = {
    "heading": 0,
    "article": 1,
    "roman": 2,
    "number": 3,
    "paren": 6,
    "letter": 7,
    "dash": 8,
    "plus": 9,
}


@dataclass
class Unit:
    """One logical line of the body, placed in the tree."""

    index: int
    kind: str  # heading, article, roman, number, multi, letter, dash, plus, label, para
    marker: str
    text: str
    rank: float
    label: str | None = None
    parent: int | None = None
    children: list[int] = field(default_factory=list)
    in_form: bool = False  # inside a form template the document appends (form_templates)
    amends: str | None = None  # in an amendment's quoted new wording: where (amended_wording)

    @property
    def numbered(self) -> bool:
        """True for an article or a numbered item (not a bullet or paragraph)."""
        return self.kind in {"article", "roman", "number", "multi", "paren", "letter"}


def _logical_lines(body: str, split: int | None = None) -> list[str]:
    """Join wrapped lines and split flattened markers.

    When blank lines separate paragraphs (and lines are wrapped inside them), a paragraph
    is one unit unless a marker starts a line; otherwise each line is judged on its own.
    Lines from ``split`` on (an appendix) are judged apart from those before.
    """
    lines = body.split("\n")
    cut = len(lines) if split is None else split
    modes = [
        _blank_lines_separate_paragraphs("\n".join(part)) for part in (lines[:cut], lines[cut:])
    ]
    mode_of: list[bool] = []  # per raw line: whether its part sets paragraphs by blank lines
    raw: list[tuple[str, bool]] = []  # (line, follows a blank line)
    headings: set[int] = set()  # Markdown headings: each opens a unit of its own
    blank = True
    for at, line in enumerate(lines):
        line = line.strip()
        if not line:
            blank = True
            continue
        heading = _MARKDOWN_HEADING.match(line)
        if heading:
            line = line[heading.end() :]
            headings.add(len(raw))
        line = _RUN_IN_TITLE.sub(r"\g<title>\n", line)
        line = _TRAILING_NUMBER.sub("\n", line)
        line = _INLINE_MULTI.sub("\n", line)
        line = _INLINE_LABEL.sub("\n", line)
        parts = [part.strip() for part in line.split("\n") if part.strip()]
        for n, part in enumerate(parts):
            raw.append((part, blank or n > 0))
            mode_of.append(modes[at >= cut])
        blank = False
    repaired = repair_markers([line for line, _ in raw])  # "_ 8. …", "9, Chủ …" (OCR)
    raw = [(line, after) for line, (_, after) in zip(repaired, raw, strict=True)]
    out: list[str] = []
    for n, (line, after_blank) in enumerate(raw):
        paragraph_mode = mode_of[n]
        # a heading, or "“Điều 22. …" after "… như sau:" (new wording), is a unit of its own
        own = n in headings or n - 1 in headings or opens_new_wording(out, line)
        if out and (_closes_bracket(out[-1], line) or _cites_article(out[-1], line)):
            out[-1] = f"{out[-1]} {line}"  # "… kéo dài thời gian (lần" / "2) đến Sở …"
        elif not out or (paragraph_mode and after_blank) or own:
            out.append(line)
        elif _dash_goes_on(out[-1], line):
            out[-1] = f"{out[-1]} {line}"  # "… chuyên mục Hỏi" / "– Đáp …"
        elif (
            paragraph_mode and not _starts_with_marker(line) and not _opens_paragraph(out[-1], line)
        ):
            out[-1] = f"{out[-1]} {line}"
        elif _starts_new(out[-1], line):
            out.append(line)
        else:
            out[-1] = f"{out[-1]} {line}"
    return out


_BRACKET_CLOSED = re.compile(r"^[\w.]{1,4}\)")
# "Điều 7. Thẩm quyền … theo khoản 1, 2" / "Điều 47 Nghị định …", "3. Cơ quan … quy định
# tại các khoản 1, 2 và 3" / "Điều 19 Luật …": an article's title or an item wrapped in a
# citation, before the article it names (no "." or ":" after the number)
_CITATION_OPEN = re.compile(r"(?:\btại|\btheo|\bkhoản\s+\d+(?:\s*(?:,|và)\s*\d+)*)\s*$")
_CITED_ARTICLE = re.compile(r"^Điều\s+\d+\s+(?![.:])\S")


def _cites_article(previous: str, line: str) -> bool:
    """True when ``line`` goes on with a citation that ``previous``, an article's title or a
    numbered item (also one an amendment quotes: "“c) … tại khoản 4 và khoản 5"), leaves open
    (a paragraph's is left alone: the reference reader takes it)."""
    inside = _classify(previous.lstrip("“\"'"))[0] in {"article", "number", "letter"}
    return inside and bool(_CITED_ARTICLE.match(line)) and bool(_CITATION_OPEN.search(previous))


def _closes_bracket(previous: str, line: str) -> bool:
    """True when ``line`` starts by closing a bracket the line before left open ("(lần" /
    "2) …"): a wrapped line, not an item "2)"."""
    return previous.rfind("(") > previous.rfind(")") and bool(_BRACKET_CLOSED.match(line))


def _dash_goes_on(previous: str, line: str) -> bool:
    """A dash inside a wrapped sentence ("… tại chuyên mục Hỏi" / "– Đáp/Phản ánh …"): the
    line before is a long sentence cut after a capitalised word, so the dash joins two
    names; a dash that opens an item follows a finished line or a lower-case word. Inside a
    bracket the line before left open ("(ngoại trừ … Núi Bà Rá" / "- Đồng Nai, …)") a
    hyphen after a name joins it to its province the same way."""
    last = previous.split()[-1] if len(previous.split()) >= 8 else ""
    named = last.isalpha() and last[:1].isupper()
    if previous.rfind("(") > previous.rfind(")") and line.startswith("- "):
        return named
    return line.startswith("– ") and named


def _opens_paragraph(previous: str, line: str) -> bool:
    """A sentence that opens a paragraph ("Thực hiện …", "Giao …") after a finished one, or
    a rule's first sentence ("Trường hợp …") under an article's title ("Điều 5. Điều khoản
    chuyển tiếp"), which ends with no mark."""
    if _classify(previous)[0] == "article" and _RULE_START.match(line):
        return True
    return previous.rstrip().endswith((".", ";", ":")) and bool(_KEYWORD.match(line))


_RULE_START = re.compile(r"^(?:Trường hợp|Khi|Đối với|Trong thời hạn|Kể từ ngày|Từ ngày)\s")


def _blank_lines_separate_paragraphs(body: str) -> bool:
    lines = body.split("\n")
    filled = [ln.strip() for ln in lines if ln.strip()]
    if len(filled) < 8:
        return False
    blocks = [b for b in re.split(r"\n[^\S\n]*\n", body.strip()) if b.strip()]
    unfinished = sum(1 for ln in filled if not ln.endswith((".", ";", ":", ",", "!", "?")))
    return 3 <= len(blocks) < 0.6 * len(filled) and unfinished > 0.3 * len(filled)


def _starts_with_marker(line: str) -> bool:
    return _classify(line)[0] not in {"para", "heading"} or bool(LABEL.match(line))


def _marker_only(line: str) -> bool:
    for pattern in (_ROMAN, _MULTI, _NUMBER, _PAREN, _LETTER, _ARTICLE):
        match = pattern.match(line)
        if match and not line[match.end() :].strip():
            return True
    return False


def _starts_new(previous: str, line: str) -> bool:
    if _marker_only(previous):
        return False
    if _classify(line)[0] not in {"para", "heading"} or LABEL.match(line) or _KEYWORD.match(line):
        return True
    first = line[:1]
    starts_upper = first.isupper() or first in "(“\"'"
    heading_before = _is_heading(previous)  # a joined line is long: read it once
    if heading_before != _is_heading(line):
        return True
    if heading_before:
        return not previous.rstrip().endswith(("-", ",")) and not _continues_caps(previous)
    if previous.rstrip().endswith(";") and _DOCUMENT_START.match(line):
        return False  # a list of documents broken over lines: "… 37-CT/TW;" / "Quyết định số …"
    if _request_list_goes_on(previous):
        return False  # "… đề nghị Công an tỉnh; các Sở, ban, ngành;" / "Hiệp hội …"
    if _bodies_go_on(previous, line):
        return False  # "3. Các bộ, cơ quan ngang bộ;" / "Ủy ban nhân dân các tỉnh … căn cứ …"
    if previous.rstrip().endswith((".", ";", ":", "!", "?", "./.", "…")) and starts_upper:
        return True
    if previous.startswith("(") and previous.rstrip().endswith(")") and starts_upper:
        return True  # a parenthesised note ("(Kế hoạch … gửi kèm)")
    title_like = len(previous.split()) <= 16 and not previous.rstrip().endswith(
        (",", " và", " của", " tỉnh", " các")
    )
    if _ARTICLE.match(previous) and starts_upper and title_like:
        return True  # an article's title stands on its own line
    if starts_upper and (duty_title_then_body(previous, line) or title_then_body(previous, line)):
        return True
    # "2. Ban Biên tập …, trang thông tin …" (a heading naming bodies), then the task text
    return starts_upper and _is_org_heading(previous) and not _name_wraps(previous, line)


def _name_wraps(previous: str, line: str) -> bool:
    """'3. Chi cục trưởng Chi cục …, Trưởng phòng Nghiệp vụ' / 'Quản lý thị trường thuộc Cục …
    có quyền:': the item's last name runs on over the line up to a short lead-in of its own
    (a power or a duty), so the line is no task text under a heading."""
    rest = _classify(previous)[2]
    joined = f"{rest} {line}"
    mentions, end = parse_org_list(joined)
    if not mentions or mentions[-1].end <= len(rest) + 1:
        return False
    return bool(_SHORT_LEAD_IN.fullmatch(joined[end:].strip()))


_SHORT_LEAD_IN = re.compile(r"có\s+(?:quyền|trách\s+nhiệm|nhiệm\s+vụ)\s*:")


# a request inside a sentence: "Sở X đề nghị Công an tỉnh; các Sở, ban, ngành của tỉnh;"
_REQUEST = re.compile(r"\b(?:đề nghị|yêu cầu)\s+", re.IGNORECASE)


def _request_list_goes_on(previous: str) -> bool:
    """True when ``previous`` ends inside a request's list of addressees, each ended by ";"
    as in the letter's "Kính gửi" list: the next line names more of them, not a new item."""
    if not previous.rstrip().endswith(";"):
        return False
    requests = list(_REQUEST.finditer(previous))
    if not requests:
        return False
    named = previous[requests[-1].end() :].rstrip().rstrip(";")
    if "." in named or ":" in named:
        return False
    mentions, end = parse_org_list(named, lowercase_ok=True)
    return bool(mentions) and not named[end:].strip(" ;")


def _bodies_go_on(previous: str, line: str) -> bool:
    """True when ``previous`` is a numbered item that only names bodies, ended by ";", and
    ``line`` names more of them before their work: the list runs on over the line."""
    if not previous.rstrip().endswith(";") or not _is_org_heading(previous):
        return False
    mentions, end = parse_org_list(line)
    return bool(mentions) and bool(line[end:].strip(" .:;"))


def _continues_caps(previous: str) -> bool:
    # a heading in capitals wrapped after a function word: "… CỦA BAN" / "THƯỜNG VỤ …"
    last = previous.split()[-1] if previous.split() else ""
    return last.lower() in LINK_WORDS


def _is_heading(line: str) -> bool:
    """A line in capitals, or starting with a long run of them (a title, then a note)."""
    letters = list(filter(str.isalpha, line))  # asked of joined lines: a loop in C
    if len(letters) < 6:
        return False
    if sum(map(str.isupper, letters)) > 0.8 * len(letters):
        return True
    lead = 0
    for word in line.split():
        alpha = [ch for ch in word if ch.isalpha()]
        if alpha and not all(ch.isupper() for ch in alpha):
            break
        lead += 1
    return lead >= 4


def _is_org_heading(line: str) -> bool:
    kind, _marker, rest = _classify(line)
    if kind not in {"number", "multi", "roman", "paren", "letter"} or not rest:
        return False
    mentions, end = parse_org_list(rest)
    return bool(mentions) and not rest[end:].strip(" .:;")


def _classify(line: str) -> tuple[str, str, str]:
    """(kind, marker, text after the marker) of a logical line."""
    for kind, pattern in (
        ("article", _ARTICLE),
        ("multi", _MULTI),
        ("roman", _ROMAN),
        ("number", _NUMBER),
        ("paren", _PAREN),
        ("letter", _LETTER),
        ("plus", _PLUS),
        ("dash", _DASH),
    ):
        match = pattern.match(line)
        if match:
            marker = match.groupdict().get("m") or line[: match.end()].strip()
            return kind, marker, line[match.end() :].strip()
    if _is_heading(line) or opens_division(line):
        return "heading", "", line
    return "para", "", line


def _paren_rank(stack: list[Unit], rank: float) -> float:
    """The rank of a "(1)" item: below a lettered item that leads in to it ("b) Các Bộ: …
    khẩn trương khắc phục …, hoàn thành trong tháng 11 năm 2025, cụ thể:" over "(1) Bộ Tài
    chính …", "(2) …"), as its siblings before it are; else ``rank`` (above letters)."""
    for above in reversed(stack):
        if above.kind == "paren" and above.rank > RANKS["letter"]:
            return above.rank
        if above.kind == "letter":
            return above.rank + 0.5 if above.text.rstrip().endswith(":") else rank
        if above.kind not in {"dash", "plus", "para", "label"}:
            break
    return rank


def parse_units(body: str, split: int | None = None) -> list[Unit]:
    """The logical lines of ``body`` as a tree of units (parents before children); ``split``,
    the line an appendix starts on, whose lines are set apart from the body's."""
    units: list[Unit] = []
    stack: list[Unit] = []
    wording = NewWording()  # an amendment's quoted new wording ranks below its lead-in
    for line in map(wording.read, _logical_lines(body, split)):
        kind, marker, text, label = _classify_labelled(line)
        rank = _rank(kind, marker) + wording.shift(kind)
        unit = Unit(len(units), kind, marker, squash(text), rank, label=label)
        unit.amends, unit.text = wording.inside(unit.text)
        if kind == "label" and line.lstrip().startswith(("-", "–")):
            # "- Cơ quan thực hiện: …" after "- Các nội dung … bao gồm:" / "+ …": a bullet
            # of the same level, not a line of the list above it
            while stack and stack[-1].kind in {"dash", "plus"}:
                stack.pop()
        if kind in {"para", "label"}:
            # a paragraph or label belongs to the numbered item (or heading) above it
            while stack and not (
                stack[-1].numbered
                or stack[-1].kind == "heading"
                or stack[-1].text.rstrip().endswith(":")
            ):
                if kind == "label" and stack[-1].kind == "para" and stack[-1].parent is None:
                    break
                stack.pop()
            unit.rank = (stack[-1].rank + 0.5) if stack else 0.5
        else:
            if kind == "paren":
                rank = unit.rank = _paren_rank(stack, rank)
            while stack and stack[-1].rank >= rank:
                stack.pop()
        if stack:
            unit.parent = stack[-1].index
            stack[-1].children.append(unit.index)
        _second_d(units, unit)
        units.append(unit)
        # a paragraph holds what follows only when it introduces it ("… như sau:"), a label
        # only when it says nothing on its own line ("Thời gian thực hiện:" / "+ …")
        if kind not in {"label", "para"} or unit.text.rstrip().endswith(":") or not unit.text:
            stack.append(unit)
        if _ENDS_TEXT.search(unit.text):
            stack.clear()  # "… thi hành Quyết định này./.": what follows is an annex's
    for unit in units:
        if unit.children and _ROLES_ONLY.match(unit.text):
            unit.text += ":"  # "b) Chủ trì, phối hợp với Sở X" / "- …": a lead-in, colon lost
    return units


# the mark that ends a document's own text ("… chịu trách nhiệm thi hành Quyết định này./."):
# the lines after it (a signature, the lists or forms appended) belong to no article above
_ENDS_TEXT = re.compile(r"\./\.\s*$")


# an item that only says who leads and who helps ("Chủ trì, phối hợp với Giám đốc Sở X"), or
# only who helps ("b) Phối hợp với các sở, ngành"), with no verb after the bodies and no
# closing mark: the work is in the items below it
_ROLES_ONLY = re.compile(
    r"^(?:(?:Chủ\s+trì|Là\s+cơ\s+quan\s+chủ\s+trì)\s*,?\s*)?phối\s+hợp\s+với\s+"
    r"(?:(?!\b(?:thực\s+hiện|triển\s+khai|tổ\s+chức|xây\s+dựng|rà\s+soát)\b)[^.;:!?])+$",
    re.IGNORECASE,
)


# "a) Nhiệm vụ: …" in a row of lettered labels: what the task is
_CONTENT_LABEL = re.compile(
    r"^(?:Nhiệm vụ|Nội dung(?:\s+(?:nhiệm vụ|công việc|thực hiện))?|Tên nhiệm vụ|Công việc)"
    r"\s*:\s*",  # the text may stand on the "+" lines below ("- Nội dung:" / "+ …")
    re.IGNORECASE,
)


def _classify_labelled(line: str) -> tuple[str, str, str, str | None]:
    """(kind, marker, text, label kind) of a logical line; a labelled line may carry a
    bullet or a letter ("b) Cơ quan thực hiện: …", "a) Nhiệm vụ: …")."""
    label = LABEL.match(line)
    if label:
        return "label", "", line[label.end() :].strip(), _label_kind(label.group("label"))
    kind, marker, text = _classify(line)
    if kind in {"letter", "dash", "plus"}:
        inner = LABEL.match(text)
        if inner:
            return "label", "", text[inner.end() :].strip(), _label_kind(inner.group("label"))
        content = _CONTENT_LABEL.match(text)
        if content:
            return "label", "", text[content.end() :].strip(), "content"
    return kind, marker, text, None


def _second_d(units: list[Unit], unit: Unit) -> None:
    """An item "d)" right after a sibling "d)" is "đ)" that lost its bar in a PDF's text."""
    if unit.kind != "letter" or unit.marker != "d":
        return
    siblings = units[unit.parent].children[:-1] if unit.parent is not None else []
    letters = [units[c] for c in siblings if units[c].kind == "letter"]
    if letters and letters[-1].marker == "d":
        unit.marker = "đ"


def _rank(kind: str, marker: str) -> float:
    if kind == "multi":
        return RANKS["number"] + marker.count(".")
    if kind in {"para", "label"}:
        return 0.5
    return RANKS[kind]


def _label_kind(label: str) -> str:
    low = label.lower()
    if low.startswith(("thời", "tiến")):
        return "time"
    if "phối hợp" in low:
        return "coordinators"
    return "agency"


def path_of(units: list[Unit], unit: Unit) -> list[Unit]:
    """The unit and its ancestors, top first."""
    chain = [unit]
    while chain[-1].parent is not None:
        chain.append(units[chain[-1].parent])
    return list(reversed(chain))


def clause_name(units: list[Unit], unit: Unit) -> str:
    """The clause as the document numbers it: 'II.1.a', '2, ý 3', 'đoạn 2'."""
    numbers: list[str] = []
    tail = ""
    node: Unit | None = unit
    chain: list[Unit] = []
    while node is not None:
        chain.append(node)
        node = units[node.parent] if node.parent is not None else None
    for item in reversed(chain):
        if item.kind in {"article", "roman", "number", "multi", "letter"}:
            marker = item.marker.replace("Điều", "Điều").strip()
            if item.kind == "multi" and numbers and marker.startswith(numbers[-1] + "."):
                numbers[-1] = marker
            elif item.kind == "multi" and numbers and not item.marker[0].isalpha():
                numbers.append(marker)
            else:
                numbers.append(marker)
    if unit.kind in {"dash", "plus", "para"} and unit.parent is not None:
        same = [c for c in units[unit.parent].children if units[c].kind == unit.kind]
        if len(same) > 1 or unit.kind != "para":
            word = "đoạn" if unit.kind == "para" else "ý"
            tail = f", {word} {same.index(unit.index) + 1}"
    elif unit.kind == "para" and unit.parent is None:
        top = [u for u in units if u.parent is None and u.kind == "para"]
        tail = f"đoạn {top.index(unit) + 1}"
    head = ".".join(numbers)
    return f"{head}{tail}" if head else tail.lstrip(", ")


def clause_key(units: list[Unit], unit: Unit) -> str:
    """An id-friendly form of the clause: 'ii.1.a', '2.3', 'p2'."""
    clause = clause_name(units, unit)
    key = re.sub(r",\s*ý\s*", ".", clause)
    key = re.sub(r",?\s*đoạn\s*", ".p", key).strip(".")
    key = fold(key).replace(" ", "") or f"u{unit.index}"
    return key
