"""A generic plural subject under a heading that names bodies: whom it means.

"Lãnh đạo các cơ quan báo chí chỉ đạo …" under "3. Cục Báo chí, Cục Phát thanh …:" is the
heading's bodies, said again in fewer words; the task reader (:mod:`cascade.extract.tasks`)
gives the work to them, with a review note. Not when the subject is a group of its own
("Các cơ quan xử lý phải …" under "Trách nhiệm của các cơ quan, đơn vị xử lý …"), a team
sent out ("các đoàn kiểm tra"), a group the registry knows, or everyone after an opening
clause ("Trong quá trình …, các cơ quan, đơn vị …").
"""

from __future__ import annotations

import re

from cascade.extract.book import OrgBook
from cascade.extract.headings import Context
from cascade.extract.orgs import Mention
from cascade.extract.subjects import Who
from cascade.extract.text import fold

# "Các đoàn thanh tra, kiểm tra … phải …": teams a body sends out are parties of their own,
# not the bodies of the heading above ("các đoàn thể", mass organisations, are bodies)
_TEAMS = re.compile(r"^cac doan (?!the\b)")


def heading_bodies(who: Who, context: Context, book: OrgBook) -> tuple[list[str], list[str]] | None:
    """The heading's lead ids and a review note when ``who``'s one generic subject means
    them; None when the sentence's own bodies are its leads."""
    mentions = who.mentions or []
    if not (who.subject and context.leads and len(mentions) == 1) or who.after_opening:
        return None
    mention = mentions[0]
    generic = fold(mention.text).startswith("cac ") and mention.text[4:5].islower()
    generic = generic and not _TEAMS.match(fold(mention.text))
    generic = generic and not _own_group(mention, context.leads, book)
    known = book.registry is not None and book.registry.match_group(mention.text) is not None
    if not generic or known:
        return None
    names = ", ".join(book.name_of(lead) for lead in context.leads)
    return list(context.leads), [
        f"'{_with_role(mention)}' read as the bodies of the heading above ({names})"
    ]


def _own_group(mention: Mention, leads: list[str], book: OrgBook) -> bool:
    """True when a generic subject under a heading of kinds of body ("Trách nhiệm của các
    cơ quan, đơn vị xử lý …") names a group of its own ("Các cơ quan xử lý phải …"), not
    the heading's group in fewer words ("Các cơ sở đào tạo" under "các cơ sở đào tạo trực
    thuộc Bộ")."""
    names = [book.name_of(lead) for lead in leads]
    if not all(name[:1].islower() for name in names):
        return False
    own = fold(mention.text)
    return not any(fold(name).startswith(own) for name in names)


def _with_role(mention: Mention) -> str:
    return f"{mention.role} {mention.text}" if mention.role else mention.text
