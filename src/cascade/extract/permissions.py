"""An item that says what a body may do ("có thể …"), an option, not a duty.

Under a duty heading ("Trách nhiệm của X:") an item is read whole as X's work; one that
only allows ("Căn cứ tình hình thực tế, X có thể phân cấp cho …", "Có thể mời …") gives no
work. The words before "có thể" must name who may act, not start a work whose object "có
thể" qualifies ("Dự kiến các tình huống có thể xảy ra …").
"""

from __future__ import annotations

import re

from cascade.extract.verb_start import leading_verb

# a ground or a case before the body ("Căn cứ tình hình thực tế,", "Tùy theo yêu cầu,")
_GROUND = re.compile(
    r"^(?:Căn\s+cứ|Tùy|Tuỳ|Trường\s+hợp\s+cần\s+thiết|Khi\s+cần\s+thiết)[^,;:.]{0,80},\s*",
    re.IGNORECASE,
)
_MAY = re.compile(r"(?:^|\s)(?:cũng\s+)?có\s+thể\s+(?=\S)", re.IGNORECASE)
_MAX_NAME_WORDS = 12


def only_permits(action: str) -> bool:
    """True when ``action`` (an item's text) opens with "có thể", or with a body's name
    (after a ground) and "có thể": what the body may do."""
    text = _GROUND.sub("", action.strip(), count=1)
    may = _MAY.search(text)
    if may is None:
        return False
    who = text[: may.start()]
    if not who:
        return True
    if re.search(r"[;:.()]", who) or len(who.split()) > _MAX_NAME_WORDS:
        return False
    return leading_verb(who, max_words=_MAX_NAME_WORDS) is None
