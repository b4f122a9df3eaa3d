"""Bodies named by their kind that a lead-in of a duty article directs.

In a decree's or circular's article "Trách nhiệm của X", a lead-in "Chỉ đạo các cơ quan
chuyên môn trực thuộc và Ủy ban nhân dân cấp dưới: a) …; b) …" hands the items below to the
bodies under X, named with capitals or by their kind: X's task is to direct them. Elsewhere
(letters, plans, decisions) only bodies named with capitals are handed work so, as their golds
keep "chỉ đạo các đơn vị …" whole. An inline "Chỉ đạo cơ quan chuyên môn trực thuộc phối hợp
…" in a decree stays whole too: the seen golds of decrees and circulars disagree on it.
"""

from __future__ import annotations

import re

from cascade.extract.units import Unit, path_of

# "Trách nhiệm của Bộ Công an", "Trách nhiệm, quyền hạn của …" (not "Trách nhiệm thi hành")
_DUTY_ARTICLE = re.compile(r"^\s*Trách\s+nhiệm\b[^.:;]{0,60}?\s+của\s+\S", re.IGNORECASE)


# the kinds of document whose duty articles hand work on so ("decree", "circular": header)
_NORMATIVE = frozenset({"decree", "circular"})


def is_normative(kind: str | None) -> bool:
    """True for a decree or a circular (``kind`` as the header reads it)."""
    return kind in _NORMATIVE


def in_duty_article(units: list[Unit], unit: Unit) -> bool:
    """True when ``unit`` stands in an article on some body's duties."""
    articles = [node for node in path_of(units, unit) if node.kind == "article"]
    return bool(articles) and _DUTY_ARTICLE.match(articles[-1].text) is not None
