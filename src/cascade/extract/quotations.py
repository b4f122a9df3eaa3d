"""Provisions a letter quotes from laws: what they say a body does is no task.

An answer letter cites the rules it rests on: "- Tại khoản 1 Điều 108 Luật Quản lý thuế …
quy định:" and then the article word for word ("Điều 108. …", "1. Căn cứ vào kết quả …,
thủ trưởng cơ quan quản lý thuế ra quyết định xử lý …", "h) Quyết định xử lý …"). Those
are the law's own duties, not work the letter gives. :func:`quoted_units` marks the units
of such a quotation: after a unit that cites a provision and ends with "quy định:" (or
"nêu:"), the numbered, lettered and article units and those opening with a quotation mark
or an ellipsis, up to the first unit of the letter's own text. The crawl may run the
letter's next paragraph into the last quoted item ("…; Theo nội dung nêu tại công văn …, đề
nghị Thuế thành phố X căn cứ …"): :func:`after_quotation` gives that paragraph back.

A decision that amends a regulation quotes the new wording after "… như sau:" with no
citing "Tại …"/"Theo …": that is the text it enacts, and it is read.
"""

from __future__ import annotations

import re

from cascade.extract.units import Unit

_CITES = re.compile(
    r"^(?:Tại|Theo|Căn cứ)\b.*\b(?:quy định|nêu|hướng dẫn)(?:\s+như sau)?\s*:\s*$"
    r"|.*\bcó nêu\s*:\s*$",
    re.IGNORECASE | re.DOTALL,
)
_OPENS_QUOTED = re.compile(r"^\s*(?:[“\"]|…|\.\.\.|Điều\s+\d+)")
_QUOTED_KINDS = {"article", "number", "multi", "paren", "letter", "plus"}
# where the letter's own words start again after a quotation
_OWN_WORDS = re.compile(
    r"[.;:”\"]\s+(?=(?:Theo nội dung|Căn cứ (?:các )?quy định (?:nêu )?trên|Do đó|Như vậy"
    r"|Đề nghị|Cục Thuế)\b)",
)


def quoted_units(units: list[Unit]) -> set[int]:
    """Indices of the units inside quotations of laws (see the module docstring)."""
    quoted: set[int] = set()
    inside = False
    for unit in units:
        text = unit.text.strip()
        if _CITES.match(text):
            inside = True
            continue
        if inside and (unit.kind in _QUOTED_KINDS or _OPENS_QUOTED.match(text)):
            quoted.add(unit.index)
            continue
        inside = False
    return quoted


def after_quotation(text: str) -> str | None:
    """The letter's own words run on after a quoted item, or None."""
    found = _OWN_WORDS.search(text)
    return text[found.end() :] if found is not None else None
