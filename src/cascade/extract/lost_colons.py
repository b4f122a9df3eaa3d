"""Colons a lead-in lost: a numbered request that names its bodies over numbered items.

An OCR drops the colon, or the text never printed it; without it the items below would not
be read as the named bodies' tasks.
"""

from __future__ import annotations

import re

from cascade.extract.heading_roles import TRIGGER_ANY
from cascade.extract.headings import NOT_TRIGGER_BEFORE
from cascade.extract.orgs import parse_org_list
from cascade.extract.units import Unit

# the words that announce the items below: "…, cụ thể", "… như sau", "… sau đây"
_ANNOUNCES_ITEMS = re.compile(r"(?:,\s*cụ\s+thể(?:\s+như\s+sau)?|\s(?:như\s+sau|sau\s+đây))$")


def restore_lost_colons(units: list[Unit]) -> None:
    """ "3. Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố" over "3.1. …", "3.2. …": a
    numbered request that names its bodies and ends there introduces the items below it,
    its colon lost (an OCR) or never printed; it gets the colon a lead-in has. So does a
    numbered item ending with the words that announce its items ("…, cụ thể")."""
    for unit in units:
        text = unit.text.rstrip()
        if not unit.numbered or text.endswith((".", ":", ";")):
            continue
        if not any(units[child].numbered for child in unit.children):
            continue
        if _ANNOUNCES_ITEMS.search(text):
            unit.text = text + ":"  # "Thực hiện đúng trách nhiệm quy định tại …, cụ thể"
            continue
        match = TRIGGER_ANY.search(text)
        if match is None or NOT_TRIGGER_BEFORE.search(text[: match.start()]):
            continue
        targets, end = parse_org_list(text[match.end() :], lowercase_ok=True)
        if targets and not text[match.end() + end :].strip(" ,"):
            unit.text = text + ":"
