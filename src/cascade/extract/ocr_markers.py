"""Number markers an OCR damaged at the start of a line, put right before units are read.

A scan's OCR may print a stray mark before an item's number ("_ 8. Tập đoàn …": a rule
line or a speck of the page) or read the number's full stop as a comma ("9, Chủ đầu tư
…"). Left as they are, the item is not an item, and its heading and bullets fall under
the item before it. A comma is read as a full stop only when the number is the next of
the numbered items above it and a capitalised word follows, so "2, 3 và 4 …" stays text.
"""

from __future__ import annotations

import re

from cascade.extract.text import UPPER

# "_ 8. Tap đoàn": marks alone before a number and its full stop
_DEBRIS = re.compile(r"^[_~‘’'`,.:;|]+\s+(?=\d{1,2}\.\s)")
_COMMA = re.compile(rf"^(?P<n>\d{{1,2}}),\s+(?=[{UPPER}])")
_NUMBERED = re.compile(r"^(?P<n>\d{1,2})[.)]\s")


def repair_markers(lines: list[str]) -> list[str]:
    """``lines`` (stripped) with damaged number markers at their starts put right."""
    out: list[str] = []
    last = 0  # the number of the last numbered line above
    for line in lines:
        line = _DEBRIS.sub("", line)
        comma = _COMMA.match(line)
        if comma is not None and last and int(comma.group("n")) == last + 1:
            line = f"{comma.group('n')}. {line[comma.end() :]}"
        numbered = _NUMBERED.match(line)
        if numbered is not None:
            last = int(numbered.group("n"))
        out.append(line)
    return out
