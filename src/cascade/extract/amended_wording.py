"""The new wording an amending act quotes: read as the act's own provisions.

An amending decree, circular or decision leads in with "1. Sửa đổi, bổ sung Điều 22 như
sau:", "Bổ sung Điều 37a vào sau Điều 37 như sau:", "Điều 10. Sửa đổi, bổ sung Điều 22" or
"Khoản 3 Điều 8 được sửa đổi, bổ sung như sau:" and quotes the article, clause or point in
its new wording: "“Điều 22. Trách nhiệm của Sở Tài chính", "1. …", "2. ….”.". The duties
in it come into force with the act, so they are read as its tasks. The opening mark hid
the marker ("“Điều 22.", "“2a.", "“b)"), so the quoted line ran into the lead-in; here it
starts a unit of its own, without the mark, and the quoted units rank below the lead-in
until the mark that closes them (:class:`NewWording`).

A quotation that is not new wording stays as it was: a letter quoting a law (the citing
"Tại …"/"Theo …" lines are no lead-in; :mod:`quotations` marks those units), and an
amendment quoted inside another quotation (the marks still open before it).
"""

from __future__ import annotations

import re

# the lead-in of an amendment: its verb first (after the item's marker), or "… được sửa đổi,
# bổ sung như sau:" closing it
_LEAD_IN = re.compile(
    r"^(?:(?:Điều\s+\d+[a-zđ]?|\d{1,2}[a-zđ]?|[a-zđ]\d?)\s*[.)]\s*)?"
    r"(?:Sửa\s+đổi|Bổ\s+sung|Thay\s+thế)\b"
    r"|\bđược\s+(?:sửa\s+đổi|bổ\s+sung|thay\s+thế)\b[^“”]*\bnhư\s+sau\s*:\s*$",
    re.IGNORECASE,
)
# the opening mark before a marker: "“Điều 22.", "“Điều 37a.", "“2a.", "“p1)", "“Mục 3"
_OPENS = re.compile(
    r"^“\s*(?=Điều\s+\d+[a-zđ]?\s*[.:]|\d{1,2}[a-zđ]?\d?\s*[.)]\s|[a-zđ]\d?\)\s|Mục\s+\d)"
)
# the act's own article of amendments: any quotation before it has ended, its closing mark
# lost or not ("“Điều 4a. …" with no "”" before "Điều 3. Thay thế cụm từ, Phụ lục")
_OWN_ARTICLE = re.compile(r"^Điều\s+\d+[a-zđ]?\s*[.:]\s*(?:Sửa\s+đổi|Bổ\s+sung|Thay\s+thế)\b", re.I)
# what the lead-in amends: "Điều 22", "khoản 3 Điều 6", "điểm b khoản 2 Điều 18"
_PROVISION = re.compile(
    r"(?:(?:điểm|khoản|Điều|Mục)\s+[\w.]+(?:\s*,\s*(?:điểm|khoản)\s+[\w.]+)*\s*)+",
    re.IGNORECASE,
)
# the act an amendment changes, where a line names it
_ACT = re.compile(
    r"\b(Nghị\s+định|Thông\s+tư(?:\s+liên\s+tịch)?|Quyết\s+định|Nghị\s+quyết)\s+"
    r"(?:số\s+)?(\d+/\d{4}/[^\s,;:.()]+)"
)
_ARTICLE = re.compile(r"\bĐiều\s+\d+[a-zđ]?\b(?!\s*[.:]\s*[A-ZĐ])")
_AMENDS_ACT = re.compile(r"\b(?:sửa\s+đổi|bổ\s+sung|thay\s+thế)\b", re.IGNORECASE)
_CLOSING = re.compile(r"\s*”\s*[.;,]?\s*$")
# a unit in the new wording ranks this far below the amending act's own units
_SHIFT = 10.0


def is_lead_in(line: str) -> bool:
    """True when ``line`` introduces an amendment's new wording."""
    return bool(_LEAD_IN.search(line)) and not line.lstrip().startswith("“")


def _depth(lines: list[str]) -> int:
    """The quotation marks ``lines`` leave open since the act's last article of amendments."""
    depth = 0
    for line in reversed(lines):
        depth += line.count("“") - line.count("”")
        if _OWN_ARTICLE.match(line):
            break
    return depth


def _after_new_wording(lines: list[str]) -> bool:
    """True when ``lines`` end with a quoted unit of new wording just closed ("“c) …”;"),
    led in to by the line before it or by a run of such units before that."""
    depth = 0
    for at in range(len(lines) - 1, max(-1, len(lines) - 80), -1):
        line = lines[at]
        if at == len(lines) - 1 and not _CLOSING.search(line):
            return False
        depth += line.count("”") - line.count("“")
        if depth > 0:
            continue
        before = lines[at - 1] if at else ""
        if not _OPENS.match(line) or depth < 0:
            return False
        if is_lead_in(before):
            return True
        if not _CLOSING.search(before):
            return False
    return False


def opens_new_wording(lines: list[str], line: str) -> bool:
    """True when ``line`` opens the new wording the logical line before (the last of
    ``lines``) leads in to, or the next unit of it ("… như sau: “c) …”; “d) …”;"),
    outside any other quotation."""
    if not lines or not _OPENS.match(line):
        return False
    if not (is_lead_in(lines[-1]) or _after_new_wording(lines)):
        return False
    return _depth(lines) <= 0  # not an amendment a quotation holds (a letter quoting a law)


class NewWording:
    """Logical line by line: whether it stands in new wording, and which."""

    def __init__(self) -> None:
        self.depth = 0  # quotation marks open, over the whole text read
        self.inner = 0  # of those, the ones open inside the new wording
        self.opens = False  # the line just read opened new wording
        self.clause = ""  # the kind of unit that opened it
        self.note: str | None = None  # what a reader checks, while inside
        self.led_in = False  # the line just read is a lead-in ("… như sau:")
        self.act = ""  # the act the amendments change, as a line names it
        self.lead_in = ""
        self.article = ""  # the article that leads in to the amendments of its items
        self.line = ""
        self.quoting = False  # inside a quoted unit of new wording, its mark not yet closed
        self.closed = False  # the line just read closed one ("“c) …”;"): the next may go on

    def read(self, line: str) -> str:
        """``line``, without the mark when it opens new wording."""
        led = self.led_in or self.closed
        self.opens = bool(_OPENS.match(line)) and self.depth <= 0 and led
        self.depth = 0 if _OWN_ARTICLE.match(line) else self.depth
        self.depth += line.count("“") - line.count("”")
        within = self.opens or self.quoting
        self.closed = within and self.depth <= 0 and bool(_CLOSING.search(line))
        self.quoting = within and self.depth > 0
        self.line = line
        self.led_in = is_lead_in(line)  # read once: the next line and shift() ask it
        return line[line.index("“") + 1 :].lstrip() if self.opens else line

    def shift(self, kind: str) -> float:
        """The rank shift of the unit (of ``kind``) of the line just read."""
        line = self.line
        lost = self.led_in or (kind == "article" and self.clause != "article")
        if self.note is not None and not self.opens and lost:
            self.note = None  # the closing mark lost: the act's next amendment or article
        if self.opens:
            self.inner, self.clause, self.note = 0, kind, self._note()
        elif self.note is None:
            if self.led_in:
                self.lead_in = line
                self.article = line if kind == "article" else self.article
            act = _ACT.search(line)
            if act and _AMENDS_ACT.search(line[: act.start()]):
                self.act = f"{act.group(1)} {act.group(2)}"
            return 0.0
        self.inner += line.count("“") - line.count("”")
        return _SHIFT

    def inside(self, text: str) -> tuple[str | None, str]:
        """The review note of the unit just read (None outside new wording) and its
        ``text``, the mark that closes the new wording taken off ("… tại trụ sở.”.")."""
        note = self.note
        if note is not None and self.inner <= 0:
            self.note = None
            text = _CLOSING.sub("", text)
        return note, text

    def _note(self) -> str:
        lead_in = re.sub(r"\([^()]*\)", "", self.lead_in)
        lead_in = re.split(r"\bvào\s+sau\b|\bnhư\s+sau\b|:", lead_in)[0]
        verb = _AMENDS_ACT.search(lead_in)
        found = _PROVISION.search(lead_in, verb.end() if verb else 0)
        where = found.group(0).strip(" ,") if found else ""
        if not where:
            found = _PROVISION.search(lead_in)
            where = found.group(0).strip(" ,") if found else ""
        if where and not _ARTICLE.search(where):
            # "Bổ sung khoản 3a vào sau khoản 3 Điều 14": the article the clause is in
            article = _ARTICLE.search(self.lead_in) or _ARTICLE.search(self.article)
            where += f" {article.group(0)}" if article else ""
        named = _ACT.search(lead_in)
        act = f"{named.group(1)} {named.group(2)}" if named else self.act
        text = "in the new wording" + (f" of {where}" if where else "")
        return text + (f" of {act}" if act else " an amendment quotes")
