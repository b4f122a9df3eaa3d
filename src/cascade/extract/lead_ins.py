"""A paragraph that leads in to the numbered parts after it, not to items of its own.

A telegram or a letter asks its addressees "… tập trung hoàn thành ngay một số nhiệm vụ cụ
thể như sau:" and then sets the work out in parts of their own ("**I. VỀ HOÀN THIỆN THỂ
CHẾ**", "1. Bộ trưởng các Bộ …"), which the structure may read as the paragraph's siblings
or as its children: either way the paragraph is no task; its work is the parts'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cascade.extract.units import Unit

# the lead-in says the work follows: "… như sau:", "… sau đây:", "… trọng tâm sau:"
_FOLLOWS = re.compile(r"\s(?:như\s+)?sau(?:\s+đây)?\s*:\s*$", re.IGNORECASE)
# the parts it leads in to: headings, Roman parts, articles, numbered items on its own level
# or above; below it only parts of a higher rank than numbered items (a "1." below "… như
# sau:" may list what the work covers)
_PART_KINDS = {"heading", "roman", "article", "number"}
_CHILD_PART_KINDS = {"heading", "roman", "article"}


def parts_follow(units: Sequence[Unit], unit: Unit, action: str) -> bool:
    """True when ``unit``, a paragraph whose ``action`` ends "… (như) sau:", is followed at
    once by a part of its own (a Roman part below it, or a numbered part on its level)."""
    if unit.kind != "para" or not _FOLLOWS.search(action):
        return False
    following = unit.index + 1
    if following >= len(units):
        return False
    part = units[following]
    if part.parent == unit.index:
        return part.kind in _CHILD_PART_KINDS
    return part.kind in _PART_KINDS and part.parent in _ancestors(units, unit)


def _ancestors(units: Sequence[Unit], unit: Unit) -> set[int | None]:
    """The units ``unit`` stands under, and None (the top of the body)."""
    found: set[int | None] = {None}
    parent = unit.parent
    while parent is not None and parent not in found:
        found.add(parent)
        parent = units[parent].parent
    return found
