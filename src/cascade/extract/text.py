"""Text clean-up and comparison helpers shared by every extraction step.

Real input is crawled or retyped: CRLF line ends, NFD text, non-breaking spaces, page
numbers on lines of their own, footnote marks (``Tỉnh ủy[1]``, ``Nơi nhận:*``) and
decoration rules (``-------``). :func:`normalise` removes that noise but keeps the line
structure, which the layout step still needs. :func:`fold` gives the form used for every
comparison (no diacritics, ``đ`` as ``d``, case folded), so "Uỷ ban" and "Ủy ban" and
"Uy ban" all compare equal. :func:`slugify` turns a Vietnamese name into an ASCII id.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cascade.extract.crawl import repair_crawl
from cascade.extract.folding import fold as fold  # re-exported: every reader folds through text
from cascade.extract.folding import fold_word
from cascade.extract.gazette import gazette_pages
from cascade.extract.table_rows import unflatten_tables


def _letters(upper: bool) -> str:
    chars = (chr(c) for c in range(0x00C0, 0x1EFA))
    picked = "".join(
        ch
        for ch in chars
        if ch.isalpha() and ch.isupper() == upper and unicodedata.name(ch, "").startswith("LATIN")
    )
    return ("A-Z" if upper else "a-z") + picked


UPPER = _letters(upper=True)
"""A regex character class body: Vietnamese (Latin) capital letters."""
LOWER = _letters(upper=False)
"""A regex character class body: Vietnamese (Latin) small letters."""

# what each blank or invisible character becomes, replaced one character at a time: a
# character a text lacks costs a search (``str.translate`` looked each character of a large
# decree up in a table, a hundredth of a second)
_SPACES = {
    "\t": "    ",  # a tab separates columns (header, signature beside "Nơi nhận")
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u3000": " ",
    # invisible characters that survive copy and paste
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
    "\u00ad": "",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_FOOTNOTE_MARK = re.compile(r"(?<=\S)\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+")
_FOOTNOTE_LINE = re.compile(r"^\s*\[(\d{1,3})\]\s*")
# a footnote's mark on a line of its own, its text on the next ("[2]⏎Theo thống kê …")
_LONE_FOOTNOTE_MARK = re.compile(r"^([^\S\n]*\[\d{1,3}\])[^\S\n]*\n(?=[^\S\n]*\S)", re.MULTILINE)
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?(?:trang\s+)?\d{1,3}(?:\s*-)?\s*$", re.IGNORECASE)
# the mark a converter puts between the pages of a scan
_PAGE_MARK = re.compile(r"^\s*-{2,}\s*PAGE\s+BREAK\s*-{2,}\s*$", re.IGNORECASE)
# (three dots right after a letter or a comma are an ellipsis, text: "quân đội, công an,...
# hỗ trợ …"; a longer run of dots, or dots after a blank or a number, is a leader or an
# elided part: "5... Việc miễn, giảm …" quotes a clause without its number's full stop)
_RULE = re.compile(r"[-_=]{3,}|\.{4,}|(?<![^\W\d_])(?<!,)\.{3}")
_STAR_BULLET = re.compile(r"^(\s*)\*\s+")
# a scan's speck read as underscores before a bullet ("__ - Trình Chính phủ …")
_SPECK_BEFORE_BULLET = re.compile(r"^\s*_{1,3}\s+(?=[-–+•]\s)")
_MAX_GAP = 24
_SPACE_RUN = re.compile(rf"[^\S\n]{{{_MAX_GAP + 1},}}")


def normalise(text: str) -> str:
    """The text as NFC with line structure kept and layout noise removed.

    Footnote bodies (``[1] tại Chương trình số ...``) are kept as lines of their own,
    introduced by ``Chú thích:`` so that they read as prose, not as list items.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    # before tabs become spaces and bare numbers are dropped as page numbers: a table's
    # cells may be split by tabs and its row numbers stand alone on their lines
    text = unflatten_tables(gazette_pages(text))
    for blank, by in _SPACES.items():  # no replacement holds a character of the table
        text = text.replace(blank, by)
    # control characters (C0, C1) and unpaired surrogates are never text; YAML rejects them
    text = _CONTROL.sub("", text)
    # a run of blanks wider than any column gap is cut short, so that no later pattern meets
    # more than a few dozen blanks in a row
    text = _SPACE_RUN.sub(" " * _MAX_GAP, text)
    # wrapped lines and markup are repaired once page numbers no longer cut the text
    lines: list[str] = []
    repaired = _LONE_FOOTNOTE_MARK.sub(r"\1 ", repair_crawl(_without_page_numbers(text)))
    for raw in repaired.split("\n"):
        line = _FOOTNOTE_LINE.sub(r"Chú thích \1: ", raw)
        line = _STAR_BULLET.sub(r"\1- ", _SPECK_BEFORE_BULLET.sub("", line))
        line = _FOOTNOTE_MARK.sub("", line).replace("*", "")
        # a rule of dashes is decoration, but keep the spaces so that columns stay apart
        line = _RULE.sub(lambda m: " " * len(m.group()), line)
        lines.append(line.rstrip())
    return "\n".join(lines)


def _without_page_numbers(text: str) -> str:
    """Page numbers on lines of their own removed: in mid-sentence the break vanishes,
    after a finished sentence it is a blank line."""
    lines: list[str] = []
    for raw in text.split("\n"):
        if _PAGE_NUMBER.match(raw) or (_PAGE_MARK.match(raw) and not _lead_in_ends(lines)):
            _page_break(lines)
            continue
        if not raw.strip() and lines and lines[-1] == _BREAK:
            continue  # blank lines after a page number belong to the break
        if lines and lines[-1] == _BREAK:
            lines.pop()
            if _finished(lines):
                lines.append("")
        lines.append(raw)
    if lines and lines[-1] == _BREAK:
        lines.pop()
    return "\n".join(lines)


_BREAK = "\x00page"  # a placeholder: control characters are gone by now


def _page_break(lines: list[str]) -> None:
    """Replace the blank lines before a page number by one break mark."""
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines or lines[-1] != _BREAK:
        lines.append(_BREAK)


def _lead_in_ends(lines: list[str]) -> bool:
    """True when the text before a page mark ends with a colon or closes a quotation: the
    mark then stays as a line of its own, so that a lead-in (or the quoted text) does not
    reach the next page's parts."""
    return _last_line(lines).endswith((":", "”", '"', "»"))


def _finished(lines: list[str]) -> bool:
    # a quotation closed after its last sentence ("… ngành tài chính.”") is finished too
    return _last_line(lines).rstrip("”\"'»)").endswith((".", ";", ":", "!", "?", "…"))


def _last_line(lines: list[str]) -> str:
    """The last line that holds text, without its trailing spaces ("" when none does)."""
    return next((ln for ln in reversed(lines) if ln.strip()), "").rstrip()


def squash(text: str) -> str:
    """Collapse every run of white space (new lines included) to one space."""
    return " ".join(text.split())


_TONE_PLACEMENT = {
    # old-style tone placement ("hoà", "uỷ") and new style ("hòa", "ủy") compare equal
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
_TONE_RE = re.compile("|".join(_TONE_PLACEMENT))


@lru_cache(maxsize=65536)
def vkey(text: str) -> str:
    """Lower case with diacritics kept, tone marks placed one way ('Uỷ' = 'ủy')."""
    low = " ".join(unicodedata.normalize("NFC", text).lower().split())
    return _TONE_RE.sub(lambda m: _TONE_PLACEMENT[m.group()], low)


def slugify(text: str, max_length: int = 60) -> str:
    """An ASCII id from a Vietnamese name.

    ``Sở Thông tin và Truyền thông`` -> ``so-thong-tin-va-truyen-thong``.
    """
    slug = re.sub(r"[^a-z0-9]+", "-", fold_word(text)).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug or "x"


@lru_cache(maxsize=65536)
def is_upper_word(word: str) -> bool:
    """True for a word written in capitals ('HỘI', 'UBND', 'TT&TT')."""
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def is_capitalised(word: str) -> bool:
    """True when the word starts with a capital letter."""
    stripped = word.lstrip("“\"'(")
    return bool(stripped) and stripped[0].isupper()


def recase(upper: str, reference: str) -> str:
    """Sentence-case a text printed in capitals, as the reference (the body) writes it.

    Headers and titles are often printed in capitals. Each run of words is looked up in
    the reference, longest phrase first, and takes the casing the reference uses most
    ("BAN THƯỜNG VỤ TỈNH ỦY" -> "Ban Thường vụ Tỉnh ủy"); a word the reference only
    writes in capitals stays so ("UBND"); other words become lower case.
    """
    tokens = re.findall(r"[^\W_]+|[\W_]+", upper)
    needed = {tok.lower() for tok in tokens if re.match(r"[^\W_]", tok)}
    forms = {**_BUILTIN_CASING, **_casing_table(reference, needed)}
    words = [i for i, tok in enumerate(tokens) if re.match(r"[^\W_]", tok)]
    out = list(tokens)
    idx = 0
    while idx < len(words):
        for n in range(min(6, len(words) - idx), 0, -1):
            span = words[idx : idx + n]
            if any(tokens[a + 1].strip() for a in span[:-1]):
                continue  # a phrase is words separated by spaces only, no punctuation
            key = " ".join(tokens[i].lower() for i in span)
            cased = forms.get(key)
            if cased is None:
                continue
            for i, word in zip(span, cased.split(" "), strict=True):
                out[i] = word
            idx += n
            break
        else:
            word = tokens[words[idx]]
            keep = any(ch.isdigit() for ch in word) or _ROMAN.match(word)
            out[words[idx]] = word if keep else word.lower()
            idx += 1
    return "".join(out)


# How institutional names are written when the body gives no example ("UBND" only).
_BUILTIN_CASING = {
    phrase.lower(): phrase
    for phrase in (
        "Ủy ban nhân dân tỉnh",
        "Ủy ban nhân dân huyện",
        "Ủy ban nhân dân thành phố",
        "Ủy ban nhân dân",
        "Uỷ ban nhân dân",
        "Hội đồng nhân dân tỉnh",
        "Hội đồng nhân dân",
        "Văn phòng",
        "Sở",
        "tỉnh",
        "huyện",
        "thành phố",
        "và",
    )
}


def _casing_table(reference: str, needed: set[str]) -> dict[str, str]:
    """Lower-cased phrases of up to six ``needed`` words -> their most frequent written form."""
    counts: dict[str, dict[str, int]] = {}
    for line in reference.split("\n"):
        words = re.findall(r"[^\W_]+", line)
        alpha = [w for w in words if not w.isdigit()]
        if alpha and sum(is_upper_word(w) for w in alpha) > 0.6 * len(alpha):
            continue  # a heading in capitals says nothing about casing
        lowered = [w.lower() for w in words]
        for n in range(1, 7):
            for i in range(len(words) - n + 1):
                if any(w not in needed for w in lowered[i : i + n]):
                    continue
                phrase = words[i : i + n]
                text = " ".join(phrase)
                if n == 1 and i == 0:
                    continue  # sentence-initial capitals say nothing either
                if n > 1 and all(is_upper_word(w) for w in phrase if not w.isdigit()):
                    continue  # a phrase in capitals only repeats the problem
                key = text.lower()
                bucket = counts.setdefault(key, {})
                bucket[text] = bucket.get(text, 0) + 1
    table: dict[str, str] = {}
    for key, bucket in counts.items():
        table[key] = max(bucket.items(), key=lambda item: (item[1], item[0] != key))[0]
    return table


_ROMAN = re.compile(r"^[IVXLC]+$")


def split_columns(line: str) -> list[tuple[int, str]]:
    """Cells of a line laid out in columns: split where three or more spaces run.

    Returns ``(start column, text)`` pairs; used for the signature block, where the
    distribution list and the signature are printed side by side.
    """
    cells: list[tuple[int, str]] = []
    for match in re.finditer(r"\S+(?: {1,2}\S+)*", line):
        cells.append((match.start(), match.group()))
    return cells


_ABBREVIATIONS = re.compile(
    r"(?:\b(?:TP|Tp|TT|TS|ThS|PGS|GS|Q|KT|TM|TL|TUQ|Đ/c|đ/c|V/v|v/v|Th|St)|\b[A-ZĐ])\.$"
)


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph: split after ``.``, ``!`` or ``?`` before a capital.

    Abbreviations with a dot (``TP.``, ``KT.``) and single initials do not end a sentence.
    """
    out: list[str] = []
    start = 0
    for match in re.finditer(r"[.!?…]+[”\"')]?\s+(?=[“\"(]?[^\W\d_])", text):
        head = text[start : match.end()].rstrip()
        nxt = text[match.end() : match.end() + 1]
        if not nxt.isupper() or _ABBREVIATIONS.search(head):
            continue
        out.append(head)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out
