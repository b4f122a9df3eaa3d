"""Whose use an article rules, from its title: "Sử dụng hộp thư điện tử công vụ của cá
nhân", "Quản lý, sử dụng tài khoản của cơ quan, đơn vị".

Rules on a shared system (mail, software, accounts) give an article to each kind of user,
titled by the use and whose it is; its items that open with a verb ("Lập danh sách …",
"Thường xuyên kiểm tra …") are that kind's duties, though no item names it. The kind is a
lower-case kind of body or person, alone or two joined by a comma, closing the title.
"""

from __future__ import annotations

import re

from cascade.extract.colon_lists import BODY_KINDS
from cascade.extract.orgs import Mention
from cascade.extract.text import squash

__all__ = ["user_titled"]

# a kind of user, lower case (repeated after a comma by the pattern)
_KIND = rf"(?:{BODY_KINDS})"
_USER_TITLE = re.compile(
    r"^(?:(?:Quản\s+lý|Khai\s+thác),\s+sử|Sử)\s+dụng\s[^:;.()]{3,100}?\s+của\s+"
    rf"(?P<kind>(?:các\s+)?{_KIND}(?:,\s*{_KIND})?)"
    r"[\s*_.]*$"
)


def user_titled(title: str) -> Mention | None:
    """The kind of user an article's title names after "Sử dụng … của" (see the module),
    or None."""
    match = _USER_TITLE.match(squash(title))
    if match is None:
        return None
    kind = match.group("kind")
    return Mention(kind, match.start("kind"), match.end("kind"), plural=True)
