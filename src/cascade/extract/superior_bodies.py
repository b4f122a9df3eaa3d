"""A body named by the one it stands above: "Cơ quan quản lý cấp trên của cơ sở giáo dục đại
học thực hiện việc kiểm tra, giám sát …", "Cơ quan quản lý trực tiếp của trường có trách
nhiệm …". The name reader stops at "quản lý" (a verb elsewhere) and at "của": here both
belong to the name, up to the work.
"""

from __future__ import annotations

import re
from itertools import islice

from cascade.extract.orgs import Mention
from cascade.extract.text import squash
from cascade.extract.verb_start import leading_verb

_SUPERIOR = re.compile(
    r"^(?:[Cc]ác\s+)?[Cc]ơ\s+quan\s+quản\s+lý\s+(?:cấp\s+trên|trực\s+tiếp)(?:\s+trực\s+tiếp)?"
)
_OF = re.compile(r"\s+của\s+")
_WORD = re.compile(r"\S+")
_DUTY = re.compile(r"(?:(?:có|chịu)\s+trách\s+nhiệm|có\s+nhiệm\s+vụ|phải|cần)\s")


def superior_named(text: str) -> tuple[list[Mention], int] | None:
    """The superior body ``text`` opens with, and where its name ends (before the verb of
    its work); None when ``text`` opens otherwise or no work follows."""
    match = _SUPERIOR.match(text)
    if match is None:
        return None
    end = match.end()
    of = _OF.match(text, end)
    if of is not None:
        # "… của cơ sở giáo dục đại học": the body below it, up to the first verb
        for word in islice(_WORD.finditer(text, of.end()), 12):
            verb = leading_verb(text[word.start() :], max_words=1)
            if _DUTY.match(text, word.start()) or (verb is not None and verb.start == 0):
                end = word.start()
                break
        else:
            return None
    verb = leading_verb(text[end:], max_words=6)
    if verb is None:
        return None
    name_end = len(text[:end].rstrip())
    return [Mention(squash(text[:end]), 0, name_end)], name_end
