"""A lead-in whose items are the titles of the articles below it: an outline, not work.

A regulation may name the steps of a procedure before setting each out in an article of
its own ("Cơ quan, đơn vị góp ý kiến thực hiện các bước sau:" / "1. Tiếp nhận và phân công
xử lý." / … then "Điều 9. Tiếp nhận và phân công xử lý" with who does what): the items
list what follows; the work, and who does it, is in the articles. A crawl may split an
article's title from its number ("**Điều" / "10. Dự thảo nội dung …**"), so a title is any
later line that reads as the item, once the marks and "Điều N." are set aside.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cascade.extract.text import fold, squash
from cascade.extract.units import Unit

_MARKS = re.compile(r"[*#_]+")
_ARTICLE = re.compile(r"^điều\s+\d+\s*[.:]?\s*", re.IGNORECASE)


def _key(text: str) -> str:
    return fold(_ARTICLE.sub("", _plain(text))).strip(" .;:")


def _plain(text: str) -> str:
    return squash(_MARKS.sub(" ", text)).strip()


def _article_titles(units: Sequence[Unit]) -> dict[str, int]:
    """The titles of the articles (as keys) and where the last of each stands: an article
    unit, a line "Điều N. …", or the line after a lone "Điều" the crawl split off."""
    titles: dict[str, int] = {}
    for unit in units:
        plain = _plain(unit.text)
        split_off = unit.index > 0 and fold(_plain(units[unit.index - 1].text)) == "dieu"
        if unit.kind == "article" or _ARTICLE.match(plain) or split_off:
            titles[_key(unit.text)] = unit.index
    return titles


def outline_lead_ins(units: Sequence[Unit]) -> set[int]:
    """The units whose first two or more items are each the title of an article further
    on (a crawl may hang the articles' own items under the lead-in too)."""
    titles = _article_titles(units)
    found: set[int] = set()
    for unit in units:
        run = 0
        for child in (units[i] for i in unit.children):
            if child.kind == "para":
                continue
            if child.kind not in {"number", "letter", "dash", "plus"}:
                break
            if titles.get(_key(child.text), -1) <= child.index:
                break
            run += 1
        if run >= 2:
            found.add(unit.index)
    return found
