"""Repairing what crawls and PDF exports do to a document, before its structure is read.

Legal-text sites deliver a document as Markdown converted from HTML: the header is a
table whose cells are separated by lines holding only ``|``, bold (``**``) and italic
(``*``) markup is cut across wrapped lines (``**1. Ủy ban nhân dân các xã,⏎phường:**``,
``*Bắc Ninh, ngày 20⏎tháng 11 năm 2025*``), paragraphs are separated by blank lines and
wrapped every 80 characters, and Markdown tables carry a ``|---|---|`` rule. PDF exports
of the Official Gazette repeat a running page header (``CÔNG BÁO/Số 1847 + 1848/Ngày
05-12-2025 23``) in the middle of sentences.

:func:`repair_crawl` undoes that, conservatively, so that every later step sees one
logical line per heading, label, item and paragraph:

* a line holding only ``|`` (a cell boundary) becomes a blank line; a table row that is
  still there (task tables were rewritten before) becomes one paragraph per cell; a line
  holding only markup (``** **``, ``* *``) or a table rule goes; running Gazette headers go;
* a line that leaves a bold or italic span open is joined with the lines that close it;
* in a block of wrapped prose (blank lines around it, lines that stop mid-sentence), a
  line that does not end a sentence is joined with the next, unless the next starts an
  item (``1.``, ``a)``, ``-``, ``Điều 2``) or is a bold label cell alone (``**Số hiệu:**``),
  or a heading in capitals ends.

A text typed with one paragraph per line has no such blocks and is left as it is.
"""

from __future__ import annotations

import re

from cascade.extract.gazette import GAZETTE_HEADER
from cascade.extract.link_words import LINK_WORDS, PREPOSITIONS
from cascade.extract.spaced_letters import closed_up, is_spaced, mended

_MARKUP = re.compile(r"\*\*|\*|__")
# what starts an item of its own: a number, a letter, a Roman numeral, a bullet, an article
_ITEM_START = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,2})*[.)][^\S\n]|[a-zđ]\)|[IVXL]{1,5}[.)][^\S\n]|[-+•–][^\S\n]|"
    r"Điều[^\S\n]+\d|Nơi[^\S\n]+nhận|Kính[^\S\n]+gửi|\|)",
)
# an article's bold label and the first word of its sentence, the rest wrapped onto the
# next line ("**Điều 2. **Sở⏎Công Thương có trách nhiệm …")
_LABEL_AND_WORD = re.compile(r"^\*\*Điều[^\S\n]+\d+[a-z]?\.[^\S\n]*\*\*[^\S\n]*[^\s*]+$")
_BARE_LABEL = re.compile(r"^\*\*(?:Điều|Chương|Mục)$")
# a bold label alone on its line, a table's cell ("**Số hiệu:**" under a site page's title)
_LABEL_CELL = re.compile(r"^\*\*[^*\n]{1,30}:\*\*$")
_SENTENCE_END = (".", ";", ":", "!", "?", "./.", "…")
_LONG_LINE = 45  # a wrapped line of a crawl is 60-90 characters; a header cell's are short
_WRAP = 60  # shorter than that, a line was not wrapped: it ended where the writer ended it
# an article's title on its own line ("Điều 3. Nhiệm vụ và quyền hạn của Đoàn kiểm tra"),
# by the words titles open with (not its first sentence: "Điều 3. Chánh Văn phòng …")
_ARTICLE_TITLE = re.compile(
    r"^Điều\s+\d+[a-z]?\s*[.:]\s*(?:Nhiệm\s+vụ|Trách\s+nhiệm|Quyền\s+hạn|Phạm\s+vi|Đối\s+tượng"
    r"|Giải\s+thích|Nguyên\s+tắc|Hiệu\s+lực|Tổ\s+chức\s+thực\s+hiện|Điều\s+khoản|Kinh\s+phí"
    r"|Chế\s+độ|Thời\s+(?:gian|hạn)|Quy\s+trình|Hình\s+thức|Yêu\s+cầu|Mục\s+đích|Nội\s+dung)\b"
)
# an appendix's caption alone on its line ("Phụ lục I", "PHỤ LỤC 02"): the page after a
# signature, not the rest of the signer's name ("Đào Minh Tú" / "Phụ lục I")
_CAPTION_ALONE = re.compile(
    r"^(?:Phụ lục|PHỤ LỤC)(?:[^\S\n]+(?:số[^\S\n]+)?[IVXL\d]{1,5}[a-z]?)?:?$"
)
_MAX_SPAN_LINES = 6  # a bold or italic span that stays open longer is a stray mark


def repair_crawl(text: str) -> str:
    """``text`` (NFC, ``\\n`` line ends) with crawl and PDF artefacts repaired."""
    lines: list[str] = []
    for line in _unflattened(_cells_apart(text.split("\n"))):
        stripped = line.strip()
        if stripped == "|":  # a cell boundary
            lines.append("")
        elif not (_is_markup_or_rule(stripped) or GAZETTE_HEADER.match(stripped)):
            lines.append(line)
    out: list[str] = []
    for block in _blocks(lines):
        out += _unwrap(_close_spans(block))
        out.append("")
    # the text's last line end stays (or is not added)
    return "\n".join(out if text.endswith("\n") else out[:-1])


_FLAT_LINE = 400  # a line this long holds several paragraphs run together
_FLAT_BREAK = re.compile(
    r"\s(?=(?:Nơi nhận|Kính gửi)\s*:)|\s(?=(?:KT|TM|TL|TUQ|T/M)\.\s+[A-ZĐ]{2})"
)
_FLAT_ITEM = re.compile(r"(?<=[.:;])\s+(?P<n>\d{1,2})\.\s+(?=\S)")


def _cells_apart(lines: list[str]) -> list[str]:
    """A row of a table that holds no tasks (those are rewritten before): the signature
    beside "Nơi nhận", a header in two columns; each cell on its own, before a long row is
    unflattened (its cut before "Nơi nhận:" would leave the row's bars behind). A row
    rendered with spaces inside its words has them closed up; a few breaks in another row
    are mended."""
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if _is_table_row(stripped):
            spaced = is_spaced(stripped)
            for cell in stripped.strip("|").split("|"):
                cell = closed_up(cell) if spaced else mended(cell)
                out += [cell, ""] if cell else []
        else:
            out.append(line)
    return out


def _unflattened(lines: list[str]) -> list[str]:
    """A document run together on one line: "… yêu cầu: 1. Sở Y tế … 2. Sở Giáo dục …
    Nơi nhận: …" gets its line breaks back before numbered items (when they count up from
    1) and before "Nơi nhận:", "Kính gửi:" and a signing mark ("KT. CHỦ TỊCH")."""
    out: list[str] = []
    for line in lines:
        if len(line) < _FLAT_LINE:
            out.append(line)
            continue
        line = _FLAT_BREAK.sub("\n", line)
        cuts: list[int] = []
        expected = 1
        for match in _FLAT_ITEM.finditer(line):
            if int(match.group("n")) == expected:
                cuts.append(match.start())
                expected += 1
        pieces = [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
        out += "\n".join(p for p in pieces if p).split("\n")
    return out


def _is_markup_or_rule(stripped: str) -> bool:
    """Markup alone ('** **', '* *') or a Markdown table rule ('|---|:---:|')."""
    if not stripped:
        return False
    if not stripped.strip("*_ "):
        return True
    return "-" in stripped and "|" in stripped and not stripped.strip("|-: ")


def _is_table_row(stripped: str) -> bool:
    return stripped.startswith("|") and stripped.count("|") >= 3


def _starts_item(line: str) -> bool:
    return bool(_ITEM_START.match(line.strip().lstrip("*").lstrip()))


def _blocks(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines (several blank lines between them count as one)."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _close_spans(block: list[str]) -> list[str]:
    """Join a line that leaves a bold or italic span open with the lines that close it."""
    out: list[str] = []
    open_for = 0
    for line in block:
        # "**Điều⏎6. Hồ sơ …**": an article's label alone, its number on the next line
        label_alone = bool(out) and _BARE_LABEL.match(out[-1].strip()) is not None
        if (
            out
            and open_for
            and open_for <= _MAX_SPAN_LINES
            and (label_alone or not _starts_item(line))
        ):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
            open_for = 0
        if len(_MARKUP.findall(out[-1])) % 2:
            open_for += 1
        else:
            open_for = 0
    return out


def _unwrap(block: list[str]) -> list[str]:
    """Join the wrapped lines of a block of prose; leave other blocks as they are."""
    if len(block) < 2 or not _is_wrapped_prose(block):
        return block
    out = [block[0]]
    width = max(len(_plain(line)) for line in block)
    for index, line in enumerate(block[1:], start=1):
        previous = out[-1]
        if _title_ended(previous, block[index - 1], line, width):
            out.append(line)
        elif _continues(previous, line, first=index == 1):
            out[-1] = f"{previous.rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _is_wrapped_prose(block: list[str]) -> bool:
    inner = [_plain(line) for line in block[:-1]]
    unfinished = [line for line in inner if not line.endswith(_SENTENCE_END)]
    return any(len(line) >= _LONG_LINE + 15 for line in unfinished) and (
        2 * len(unfinished) >= len(inner)
    )


def _continues(previous: str, line: str, *, first: bool) -> bool:
    """True when ``line`` goes on with the sentence ``previous`` leaves unfinished."""
    if _starts_item(line) or _LABEL_CELL.match(line.strip()) or _CAPTION_ALONE.match(_plain(line)):
        return False
    if _LABEL_AND_WORD.match(previous.strip()):
        return True
    before, after = _plain(previous), _plain(line)
    if not before or not after:
        return False
    if before.endswith(_SENTENCE_END) and not after[:1].islower():
        return False
    if _is_caps(before) and not _is_caps(after) and not after[:1].islower():
        return False  # a heading in capitals, then the text under it
    if _ARTICLE_TITLE.match(before) and len(before) < _WRAP and not after[:1].islower():
        return False  # "Điều 3. Nhiệm vụ của Đoàn kiểm tra", shorter than a wrapped line
    return first or len(before) >= _LONG_LINE or after[:1].islower()


# an article's label: its title runs on until the writer ends the line
_ARTICLE_LABEL = re.compile(r"^Điều\s+\d+[a-z]?\s*[.:]\s*\S")
# words a title broken over lines ends with ("… của", "… và"): it goes on below
# a line shorter than this share of a block's longest was ended by the writer, not wrapped
_ENDED = 0.85
_TITLE_GOES_ON = LINK_WORDS | PREPOSITIONS


def _title_ended(title: str, last: str, line: str, width: int) -> bool:
    """True when ``title``, an article's title, ends with ``last``, a line the writer ended
    (shorter than the block's wrapped lines, no stop, no word that goes on), and ``line``
    opens a sentence with a capital: the paragraph under the title ("Điều 17. Nhiệm vụ và
    quyền hạn của Bộ Tư pháp trong hoạt động" / "tương trợ tư pháp về dân sự" / "Bộ Tư pháp
    giúp Chính phủ …"). A title on one line must open with a title's words."""
    before, after, ended = _plain(title), _plain(line), _plain(last)
    if not _ARTICLE_LABEL.match(before) or before.endswith(_SENTENCE_END):
        return False
    if before == ended and not _ARTICLE_TITLE.match(before):
        return False
    words = ended.split()
    return (
        len(ended) < _ENDED * width
        and bool(words)
        and words[-1].lower() not in _TITLE_GOES_ON
        and not before.endswith((",", "-", "–"))
        and after[:1].isupper()
    )


def _plain(line: str) -> str:
    return _MARKUP.sub("", line).strip()


def _is_caps(text: str) -> bool:
    """Four letters or more, all capitals. Asked of a paragraph as its lines are joined, so
    its first small letter ends the reading (reading it whole made the joining quadratic)."""
    letters = 0
    for ch in text:
        if ch.isalpha():
            if not ch.isupper():
                return False
            letters += 1
    return letters >= 4
