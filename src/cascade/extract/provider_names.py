"""Providers of a market's services named by them: "Tổ chức đấu thầu, bảo lãnh, đại lý phát
hành phải ký hợp đồng …", "Tổ chức đăng ký, lưu ký trái phiếu …", "Đại diện người sở hữu
trái phiếu có trách nhiệm:".

"Tổ chức đấu thầu" alone may be the verb (to organise a tender); a row of services joined by
commas is a provider's name ("Tổ chức kiểm tra, giám sát …", the verb, opens with no
service). "Đại diện người sở hữu …" is the holders' agent, a body of its own. The name runs
in lower case to the verb of its work: a word of duty or "thực hiện".
"""

from __future__ import annotations

import re

from cascade.extract.duty_verbs import DUTY_WORDS
from cascade.extract.orgs import Mention
from cascade.extract.text import squash

_SERVICE = (
    r"(?:đấu\s+thầu|bảo\s+lãnh(?:\s+phát\s+hành|\s+thanh\s+toán)?|đại\s+lý(?:\s+phát\s+hành)?"
    r"|lưu\s+ký|đăng\s+ký|tư\s+vấn|xếp\s+hạng\s+tín\s+nhiệm|môi\s+giới)"
)
_WORK = r"(?:" + DUTY_WORDS + r"|thực\s+hiện)"
_PROVIDER = re.compile(
    rf"^(?P<name>(?P<plural>[Cc]ác\s+)?[Tt]ổ\s+chức\s+{_SERVICE}(?:,\s*{_SERVICE})+"
    r"(?:\s+[a-zđà-ỹ]+){0,4}?"
    # "Đại diện người sở hữu trái phiếu", "Đại diện của người nắm giữ …"
    r"|(?P<plural2>[Cc]ác\s+)?[Đđ]ại\s+diện\s+(?:của\s+)?người\s+(?:sở\s+hữu|nắm\s+giữ)"
    r"(?:\s+[a-zđà-ỹ]+){1,4}?)"
    rf"\s+{_WORK}(?=[\s:])"
)


def named_as_provider(text: str) -> tuple[list[Mention], int] | None:
    """The provider ``text`` opens with (see the module), and where what follows its name
    starts; None when ``text`` opens otherwise."""
    match = _PROVIDER.match(text)
    if match is None:
        return None
    name = match.group("name")
    plural = bool(match.group("plural") or match.group("plural2"))
    return [Mention(squash(name), 0, len(name), plural=plural)], len(name)
