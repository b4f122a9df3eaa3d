"""Numbered labels that name staff, not bodies, over the items they are to do.

A regulation's article on duties may give each kind of staff a numbered label with no colon
and lettered items below it: "2. Cán bộ, công chức" / "a) Sử dụng phần mềm …", "3. Trách
nhiệm của văn thư", "4. Trách nhiệm của cán bộ quản trị Phần mềm X". The staff named are
the lead of the items; the bodies of the article's title are not. The label holds no verb
of its own (a staff kind named by its work, "cán bộ quản trị", keeps its work word).
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention
from cascade.extract.text import squash
from cascade.extract.verb_start import leading_verb

# kinds of staff, in lower case after "của" (capitalised when they open the label)
_STAFF = (
    r"(?:cán\s+bộ|công\s+chức|viên\s+chức|người\s+lao\s+động|nhân\s+viên|văn\s+thư"
    r"|kế\s+toán|thủ\s+quỹ|thủ\s+kho)"
)
# "Cán bộ, công chức, viên chức": kinds of staff alone, the whole label
_KINDS_ALONE = re.compile(rf"(?i:{_STAFF})(?:\s*(?:,|và)\s*{_STAFF})*")
_DUTY_OF = re.compile(r"Trách\s+nhiệm\s+của\s+(?=[a-zđà-ỹ])")
# a staff kind and the words that say which: lower-case words, then at most a short name
# ("cán bộ quản trị Hệ thống QLVB&ĐH"); no clause, no field of work
_STAFF_NAMED = re.compile(
    rf"{_STAFF}(?:\s*,\s*{_STAFF})*(?:\s+[a-zđà-ỹ]+){{0,4}}(?:\s+[A-ZĐ][\w&]*(?:\s+[\w&]+){{0,3}})?"
)
_FIELD = re.compile(r"\s(?:trong|đối\s+với|về|theo|tại)\s")


def staff_label(text: str) -> Mention | None:
    """The staff a numbered label names ("Cán bộ, công chức", "Trách nhiệm của văn thư")
    when the label says nothing else, or None."""
    label = text.strip()
    if label.endswith((".", ";", ",")) or len(label.split()) > 12:
        return None
    label = label.rstrip(" :*_")
    if _KINDS_ALONE.fullmatch(label) and label[:1].isupper():
        return Mention(squash(label), 0, len(label), plural=True)
    duty = _DUTY_OF.match(label)
    if duty is None or _FIELD.search(label, duty.end()):
        return None
    if _STAFF_NAMED.fullmatch(label, duty.end()) is None:
        return None
    return Mention(squash(label[duty.end() :]), duty.end(), len(label), plural=True)


# a duty stated by its own subject inside an item ("b) Cán bộ, công chức có trách nhiệm …",
# "c) … phải bảo vệ mật khẩu …")
_DUTY_WORD = re.compile(r"\b(?:(?:có|chịu)\s+trách\s+nhiệm|phải)\s")


def items_are_duties(items: list[str]) -> bool:
    """True when at least half of ``items`` open with a verb or state a duty early on."""
    duties = sum(
        leading_verb(item, max_words=6) is not None or _DUTY_WORD.search(item[:120]) is not None
        for item in items
    )
    return bool(items) and 2 * duties >= len(items)
