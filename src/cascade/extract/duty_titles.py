"""Bodies a duty title names by the work they do.

"Điều 18. Trách nhiệm của các cơ quan, đơn vị xử lý phản ánh kiến nghị": the kinds of body
("các cơ quan, đơn vị") and the work that picks them out ("xử lý phản ánh kiến nghị") are
one group, the lead of the items below the title. A title holds no work of its own, so a
verb after the kinds qualifies them. Named bodies keep their names ("Trách nhiệm của Sở X
trong việc …" is not read here).
"""

from __future__ import annotations

import re

from cascade.extract.clauses import leading_verb
from cascade.extract.orgs import Mention
from cascade.extract.text import squash

# a kind of body in lower case, with "các" or not, and more kinds after commas
_KINDS = re.compile(
    r"^(?:các\s+)?(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|bộ\s+phận|cán\s+bộ|công\s+chức)"
    r"(?:\s*,\s*(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|bộ\s+phận|cán\s+bộ|công\s+chức))*\s+"
)
_TOO_MUCH = re.compile(r"[:;()]|\s(?:trong\s+việc|đối\s+với|về\s+việc)\s")


def group_named_by_work(title: str) -> Mention | None:
    """The group a duty title names after "Trách nhiệm của" (``title`` starts there): kinds
    of body and the verb phrase that says which, to the end of the title; None when the
    title does not have that shape."""
    text = title.rstrip(" .:*_")
    kinds = _KINDS.match(text)
    if kinds is None or _TOO_MUCH.search(text) or len(text.split()) > 16:
        return None
    verb = leading_verb(text[kinds.end() :], max_words=1)
    if verb is None or verb.start != 0:
        return None
    name = squash(text)
    return Mention(name, 0, len(text), plural=True)
