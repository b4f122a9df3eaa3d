"""The caption of an appendix as a last source of the document's number and date.

An appendix is captioned with the document it belongs to: "(Kèm theo Hướng dẫn số
40-HD/BTGDVTW, ngày 27/11/2025 của Ban Tuyên giáo và Dân vận Trung ương)". When a crawl
lost the document's header, that caption is the only place the number and date remain.
"""

from __future__ import annotations

import re

from cascade.errors import IdentifierError
from cascade.extract.dates import find_dates
from cascade.extract.header import Header
from cascade.identifiers import parse_identifier

_CAPTION = re.compile(
    r"(?m)^[ \t*_]*\([ \t*_]*Kèm[ \t]+theo[ \t]+(?P<kind>[^\W\d][^\n()]{0,30}?)[ \t]+số"
    r"[ \t]*:?[ \t]*(?P<id>\d[^\s,;()]*/[^\s,;()]+)[ \t,]*(?P<rest>[^\n()]{0,160})\)"
)


def complete_from_caption(header: Header, text: str) -> None:
    """Fill a missing number and date from the first appendix caption of ``text``, each
    with a review note; a header that has its number is left alone."""
    if header.identifier is not None:
        return
    match = _CAPTION.search(text)
    if match is None:
        return
    try:
        header.identifier = parse_identifier(match.group("id"))
    except IdentifierError:
        return
    header.identifier_text = str(header.identifier)
    if header.identifier.type_code is not None:
        header.kind = header.identifier.kind
    header.reviews.append("number taken from an appendix's caption ('Kèm theo …')")
    dates = find_dates(match.group("rest"))
    if header.year is None and dates:
        header.year, header.month, header.day = dates[0].year, dates[0].month, dates[0].day
        header.reviews.append("date taken from an appendix's caption")
