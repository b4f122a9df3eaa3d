"""A body named by what it is asked to do: "Tổ chức, cá nhân được trưng cầu giám định phối
hợp với …", "Đơn vị được trưng cầu giám định căn cứ …", "…, tổ chức, cá nhân được yêu cầu
hòa giải có văn bản …", "Người được cử tham gia giám định viên tư pháp thực hiện …".

Procedures of expertise and mediation name who acts by a kind of body ("tổ chức, cá nhân",
"đơn vị", "cơ quan") and the request made of it ("được trưng cầu", "được yêu cầu") with what
is requested ("giám định", "giám định tư pháp"). The "được" there is no passive of the
sentence's verb: the name runs on past the request's object to the verb that opens the
work ("phối hợp", "xem xét", "có văn bản"), the word of duty ("có trách nhiệm", "phải") or
the grounds the work rests on ("căn cứ … để …").
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention
from cascade.extract.text import squash
from cascade.extract.verb_start import leading_verb

_KIND = r"(?:tổ\s+chức|cá\s+nhân|cơ\s+quan|đơn\s+vị)"
_ASKED = re.compile(
    rf"^(?:[Cc]ác\s+)?(?i:{_KIND})(?:\s*,\s*{_KIND})*\s+được\s+(?:trưng\s+cầu|yêu\s+cầu)\s"
    # "Người được cử tham gia giám định viên tư pháp thực hiện …": sent to take part in it
    r"|^(?:[Nn]gười|[Cc]ông\s+chức|[Vv]iên\s+chức)\s+được\s+cử\s+tham\s+gia\s"
)
# a word of what is requested ("giám định", "tư pháp", "hòa giải")
_WORD = re.compile(r"[a-zđà-ỹ]+\s+")
# words that end what is requested: a link to more, or the word of duty
_NOT_OBJECT = {"của", "và", "hoặc", "theo", "tại", "trong", "về", "có", "được", "phải", "thì"}
# the word of duty, or the grounds the work rests on ("căn cứ … để …")
_THEN = re.compile(r"(?:(?:có|chịu)\s+trách\s+nhiệm|phải|căn\s+cứ)\s")


def asked_named(text: str) -> tuple[list[Mention], int] | None:
    """The body ``text`` opens with when it is named by what is asked of it (see the
    module), and where its work starts; None when ``text`` opens otherwise."""
    match = _ASKED.match(text)
    if match is None:
        return None
    end = match.end()
    for _ in range(5):  # what is requested: one to five words
        word = _WORD.match(text, end)
        if word is None or word.group().strip() in _NOT_OBJECT:
            return None
        end = word.end()
        rest = text[end:]
        verb = leading_verb(rest, max_words=1)
        if _THEN.match(rest) or (verb is not None and verb.start == 0):
            name = text[:end].rstrip()
            plural = name.lower().startswith("các ")
            return [Mention(squash(name), 0, len(name), plural=plural)], len(name)
    return None
