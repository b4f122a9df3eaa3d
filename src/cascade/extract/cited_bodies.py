"""A body named by the clause that defines it: "cơ quan quy định tại khoản 4 Điều 3 hoặc cơ
quan, tổ chức, cá nhân quy định tại khoản 6 Điều 7 Nghị định này có văn bản đồng ý …".

Decrees that set out a procedure often name its receiving body by a pointer to where it is
defined, not by its name: a kind of body ("cơ quan", "cơ quan, tổ chức, cá nhân"), maybe the
words that say which ("cơ quan đại diện chủ sở hữu phim"), then "(được) quy định tại
(điểm …) (khoản …) Điều …". Two such bodies joined by "hoặc" are two leads, each with its
own pointer; the sentence's work starts after the last.
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention
from cascade.extract.text import squash
from cascade.extract.verb_start import leading_verb

_KIND = r"(?:cơ\s+quan|tổ\s+chức|cá\s+nhân|đơn\s+vị)"
# "điểm a khoản 2 Điều 5", "khoản 4 Điều 3", "Điều 12", then maybe the document itself
# ("Nghị định này"); not "khoản 3 Điều này": a clause of the same article, which names the
# bodies and gives them the work itself ("cơ quan quy định tại khoản 3 Điều này lập đề án"
# over "3. …: a) Sở X chủ trì … lập đề án …")
_POINTER = (
    r"(?:được\s+)?quy\s+định\s+tại\s+(?:điểm\s+[a-zđ]\s+)?(?:khoản\s+\d+\s+)?"
    r"Điều\s+\d+[a-z]?"
    r"(?:\s+(?:của\s+)?(?:Nghị\s+định|Thông\s+tư|Quyết\s+định|Nghị\s+quyết|Luật)\s+này)?"
)
_ONE = (
    rf"(?:[Cc]ác\s+)?(?:[Cc]ơ\s+quan|[Tt]ổ\s+chức|[Cc]á\s+nhân|[Đđ]ơn\s+vị)(?:,\s*{_KIND})*"
    rf"(?:\s+[a-zđà-ỹ]+){{0,6}}?\s+{_POINTER}"
)
_CITED = re.compile(rf"^(?P<first>{_ONE})(?:\s+hoặc\s+(?P<second>{_ONE}))?(?=\s)")


def named_by_reference(text: str) -> tuple[list[Mention], int] | None:
    """The body or bodies ``text`` opens with when they are named by the clause that
    defines them (see the module), and where the work after them starts; None when the text
    opens otherwise or no work follows."""
    match = _CITED.match(text)
    if match is None:
        return None
    found = leading_verb(text[match.end() :].lstrip(), max_words=3)
    if found is None or found.start != 0:
        return None
    mentions = []
    for group in ("first", "second"):
        name = match.group(group)
        if name:
            start = match.start(group)
            mentions.append(
                Mention(squash(name), start, match.end(group), plural=name.startswith("các "))
            )
    return mentions, match.end()
