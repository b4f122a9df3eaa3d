"""A person named by kind alone as a clause's subject: "Cá nhân truy cập, kiểm tra hộp thư
…", "Khi được cấp tài khoản, cá nhân phải truy cập và thay đổi ngay mật khẩu …", "…, cá
nhân có trách nhiệm liên hệ cán bộ quản trị …".

Rules on a shared system give duties to each user, and call the staff member using it
"cá nhân" (the person), no name of a body after it. It is read only right before its work:
a word of duty ("phải", "có/chịu trách nhiệm") or a directive verb that opens the work at
once (not a pledge in a form: "Cá nhân cam kết không bị xử lý kỷ luật …").
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention
from cascade.extract.verb_start import leading_verb

__all__ = ["person_subject"]

_PLEDGE = re.compile(r"cam\s+kết\b", re.IGNORECASE)

_PERSON = re.compile(
    r"^(?P<name>[Cc]á\s+nhân)\s+(?P<duty>(?:phải|(?:có|chịu)\s+trách\s+nhiệm)\s+)?"
)


def person_subject(text: str) -> tuple[list[Mention], int] | None:
    """ "cá nhân" opening ``text`` before its work, and where the work starts; None when
    ``text`` opens otherwise."""
    match = _PERSON.match(text)
    if match is None:
        return None
    verb = leading_verb(text[match.end() :], max_words=2)
    if verb is None:
        return None
    # a word a form's statement opens with ("Cá nhân cam kết không bị …"): no duty
    if (verb.start and not match.group("duty")) or _PLEDGE.match(text, match.end()):
        return None
    name = match.group("name")
    return [Mention(name, 0, len(name), plural=True)], match.end("name")
