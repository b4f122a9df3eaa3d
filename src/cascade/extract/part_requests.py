"""A ";"-part of a sentence that asks other bodies for its work.

"Yêu cầu các sở, ban, ngành … triển khai thực hiện; đề nghị Ủy ban Mặt trận Tổ quốc Việt
Nam tỉnh … phối hợp thực hiện": after the first part, "đề nghị X …" (or "yêu cầu X …")
names the bodies of the part's work and the force it is asked with; the work is theirs,
not more work of the bodies named before the semicolon.
"""

from __future__ import annotations

import re

from cascade.extract.clauses import Part
from cascade.extract.headings import force_of
from cascade.extract.orgs import parse_org_list
from cascade.extract.verb_start import leading_verb

_ASKS = re.compile(r"^(?P<t>đề\s+nghị|yêu\s+cầu)\s+", re.IGNORECASE)


def with_requests(parts: list[Part]) -> list[Part]:
    """``parts`` with each later part that opens with a request to named bodies given
    those bodies as its subject, its work as its text and the request's force."""
    for part in parts[1:]:
        asks = _ASKS.match(part.text)
        if part.subject or asks is None:
            continue
        rest = part.text[asks.end() :]
        bodies, end = parse_org_list(rest, lowercase_ok=True)
        work = rest[end:].lstrip(" ,")
        verb = leading_verb(work)
        if not bodies or verb is None or verb.start != 0:
            continue
        part.subject = [m.shifted(asks.end()) for m in bodies]
        part.text = work
        part.force = force_of(asks.group("t"))
    return parts
