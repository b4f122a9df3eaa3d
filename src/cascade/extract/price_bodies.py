"""Bodies of the pricing procedure named by the power they hold over prices.

The price decrees (the Law on Prices and the decrees and provincial rules under it) name
who sets, reviews and issues a price by that power, not by a proper name: "Cơ quan có
thẩm quyền định giá (cụ thể)", "Cơ quan có thẩm quyền định khung giá hoặc giá tối đa hoặc
giá tối thiểu", "cơ quan, đơn vị được phân cấp định giá". Two of them may share one duty
("Cơ quan có thẩm quyền định giá hoặc cơ quan, đơn vị được phân cấp định giá có trách
nhiệm xem xét …"); the case one of them acts in may stand before its verb ("… được phân
cấp định giá trong trường hợp được … phân cấp tổ chức việc …"). The name holds a verb of
its own ("định giá"), so the list reader stopped at "Cơ quan"; here it runs on to the
verb the duty opens with.
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention
from cascade.extract.text import squash

_NAME = (
    r"[Cc]ơ\s+quan\s+có\s+thẩm\s+quyền\s+định\s+"
    r"(?:khung\s+giá\s+hoặc\s+giá\s+tối\s+đa\s+hoặc\s+giá\s+tối\s+thiểu|giá(?:\s+cụ\s+thể)?)"
    r"|[Cc]ơ\s+quan(?:,\s+đơn\s+vị)?\s+được\s+phân\s+cấp\s+định\s+giá"
)
# the verb the duty opens with (after the word of duty, if any)
_VERB = (
    r"(?:phải|có\s+trách\s+nhiệm)\s"
    r"|(?:tổ\s+chức|phê\s+duyệt|xem\s+xét|ban\s+hành|thẩm\s+định|quyết\s+định"
    r"|gửi|lập|yêu\s+cầu)\s"
)
_PRICED = re.compile(
    rf"^(?P<first>{_NAME})(?:\s+hoặc\s+(?P<second>{_NAME}))?"
    # the case the body acts in ("trong trường hợp được cơ quan … phân cấp"), no part of it
    rf"(?P<case>\s+trong\s+trường\s+hợp\s[^.;:()]{{1,120}}?)?\s+(?={_VERB})"
)


def priced_named(text: str) -> tuple[list[Mention], int] | None:
    """The pricing bodies ``text`` opens with (see the module) and where their work starts;
    None when it opens otherwise."""
    match = _PRICED.match(text)
    if match is None:
        return None
    mentions = [Mention(squash(match.group("first")), 0, match.end("first"))]
    if match.group("second"):
        start, end = match.span("second")
        mentions.append(Mention(squash(match.group("second")), start, end))
    return mentions, match.end()
