"""Tidy the mentions a list of names gives: the text as written, the group flag, the place.

The list reader (:mod:`cascade.extract.orgs`) says where each name stands; this module
makes the mention of it: the text without what closes the sentence rather than the name
("… trực thuộc Trung ương và", "… các tỉnh nêu trên"), a group flag for the names that
speak of many bodies ("các sở", "đơn vị, địa phương"), and the place a local body shares
with the next name ("Hội đồng nhân dân, Ủy ban nhân dân tỉnh An Giang").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from cascade.extract.agency_names import names_an_agency
from cascade.extract.land_bodies import task_titled
from cascade.extract.text import fold, squash

if TYPE_CHECKING:
    from cascade.extract.orgs import Mention

_LOCAL_BODIES = tuple(
    fold(b)
    for b in (
        "Hội đồng nhân dân",
        "Ủy ban nhân dân",
        "Uỷ ban nhân dân",
        "HĐND",
        "UBND",
        "Đoàn đại biểu Quốc hội",
        "Ủy ban Mặt trận Tổ quốc",
        "Ủy ban MTTQ",
    )
)
# "… trực thuộc Trung ương và đề nghị …": the "và" joins the sentence on, not the name
_TRAILING_AND = re.compile(r"(?:[\s,;]+và)*[\s,;]*$")
_ABOVE = re.compile(r"\s+(?:nêu|nói)\s+trên$")  # "… các tỉnh nêu trên": the same bodies
_LOCALITY = re.compile(r"\s(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+\S.*$", re.IGNORECASE)
# "UBND các xã, phường và đặc khu": the bodies of every place of a level
_LOCALITIES = re.compile(
    r"\scác\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)(?:[\s,]|$).*$",
    re.IGNORECASE,
)


def written_name(span: str) -> str:
    """The name as the text writes it in ``span``, without the separators and the words
    after it that belong to the sentence."""
    return _TRAILING_AND.sub("", _ABOVE.sub("", squash(span).rstrip(" ,;")))


def tidy_mentions(mentions: list[Mention]) -> list[Mention]:
    """The mentions with text, each flagged a group when it names many bodies, and a place
    shared from one name to the local body before it."""
    return _share_locality([_with_plural_flag(m) for m in mentions if m.text])


def _with_plural_flag(mention: Mention) -> Mention:
    words = f" {mention.key} "
    plural = mention.plural or " cac " in words or words.startswith(" cac ")
    first = mention.text.split()[0] if mention.text.split() else ""
    # "quý Bộ": the courteous name of the one body a letter goes to
    if first[:1].islower() and first.lower() not in {"ban", "sở", "hội", "quý"}:
        plural = True  # a generic body in lower case: "địa phương", "đại biểu Quốc hội …"
    if not plural and "," in mention.text and not task_titled(mention.text):
        # "đơn vị, địa phương có liên quan" (not one agency: "Cơ quan quản lý A, B Bộ C")
        plural = not names_an_agency(mention.text)
    return replace(mention, plural=plural)


def _share_locality(mentions: list[Mention]) -> list[Mention]:
    """'Hội đồng nhân dân, Ủy ban nhân dân tỉnh An Giang': the place applies to both."""
    out = list(mentions)
    for idx in range(len(out) - 1, 0, -1):
        match = _LOCALITIES.search(out[idx].text) or _LOCALITY.search(out[idx].text)
        if not match:
            continue
        prev = out[idx - 1]
        if prev.plural or _LOCALITY.search(prev.text):
            continue
        if prev.key in _LOCAL_BODIES:
            plural = prev.plural or out[idx].plural  # "HĐND, UBND các xã": a group too
            out[idx - 1] = replace(prev, text=f"{prev.text}{match.group()}", plural=plural)
    return out
