"""An organisation named by the service it is licensed for: "Các tổ chức đánh giá kỹ năng
nghề quốc gia thực hiện đánh giá … theo các bước sau:", "Tổ chức đánh giá kỹ năng nghề quốc
gia có trách nhiệm giải quyết …", "Tổ chức chứng nhận sự phù hợp phải …".

Decrees on assessment, certification, inspection and testing name the bodies that do it by
"tổ chức" and the service ("đánh giá", "kiểm định", "chứng nhận", "giám định", "thử
nghiệm" …). The name reader stops at the service's verb and leaves "Các tổ chức". Here the
name runs, in lower case, to the verb of its work: a word of duty, or "thực hiện" after the
plural "Các tổ chức" (the verb "Tổ chức đánh giá …", to organise an assessment, never opens
with "Các"). The service's object may not be what an assessment looks at ("tình hình",
"kết quả", "việc …"): "Tổ chức đánh giá kết quả thực hiện …" is the verb.
"""

from __future__ import annotations

import re

from cascade.extract.duty_verbs import DUTY_WORDS
from cascade.extract.orgs import Mention
from cascade.extract.text import squash

_SERVICE = (
    r"(?:đánh\s+giá|kiểm\s+định|chứng\s+nhận|giám\s+định|thử\s+nghiệm|hiệu\s+chuẩn"
    r"|thẩm\s+định\s+giá|định\s+giá)"
)
# what is assessed, not a service's field ("đánh giá tình hình / kết quả / việc …")
_NOT_A_FIELD = (
    r"(?!\s+(?:tình\s+hình|kết\s+quả|việc|công\s+tác|hiệu\s+quả|mức\s+độ|thực\s+hiện|sơ\s+bộ"
    r"|lại|và|,))"
)
_NAMED = re.compile(
    rf"^(?P<name>(?P<plural>[Cc]ác\s+)?[Tt]ổ\s+chức\s+{_SERVICE}{_NOT_A_FIELD}"
    r"(?:\s+[a-zđà-ỹ]+){1,6}?)"
    rf"\s+(?:{DUTY_WORDS}|(?P<does>thực\s+hiện))\s"
)


def named_by_service(text: str) -> tuple[list[Mention], int] | None:
    """The organisation ``text`` opens with when named by its service (see the module), and
    where what follows the name starts; None when ``text`` opens otherwise."""
    match = _NAMED.match(text)
    if match is None or (match.group("does") and not match.group("plural")):
        return None
    name = match.group("name")
    mention = Mention(squash(name), 0, len(name), plural=bool(match.group("plural")))
    return [mention], len(name)
