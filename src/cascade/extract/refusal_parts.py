"""A refusal's written reply after the step it declines, as a task of its own.

"… Sở X phải cấp thẻ …; trường hợp không cấp thẻ, Sở X phải có văn bản trả lời và nêu rõ
lý do" and "… Sở X thực hiện in thẻ gửi về cho đơn vị, trường hợp không cấp phải có văn
bản trả lời và nêu rõ lý do": when the body declines the step just set out it answers in
writing, a step of its own, by the bodies the refusal names again (a list of them after
the case, "trường hợp không cấp lại, đổi thẻ, Sở X, Sở Y phải trả lời …") or, with no name,
by the body of the step before. Other cases after a task stay with it (an escalation).
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.refusals import DECLINES

# the written reply: "có văn bản trả lời", "trả lời bằng văn bản"
_REPLY_WORDS = r"(?:có\s+văn\s+bản\s+trả\s+lời|trả\s+lời\s+bằng\s+văn\s+bản)\b"
# the written reply, with or without "phải"
_REPLY = re.compile(rf"^(?:phải\s+)?(?P<work>{_REPLY_WORDS}.*)", re.I | re.S)
# ", trường hợp không cấp phải có văn bản trả lời …" inside a ";"-part: a part of its own
_COMMA_REFUSAL = re.compile(
    rf",\s+(?=(?:trong\s+)?trường\s+hợp\s+(?:không|từ\s+chối)\s[^,;]{{0,60}}?\s(?:phải\s+)?"
    rf"{_REPLY_WORDS})",
    re.I,
)


def cut_comma_refusals(pieces: list[str]) -> list[str]:
    """The ";"-parts, each cut before a refusal with no name of its own after a comma."""
    out: list[str] = []
    for piece in pieces:
        out += [p.strip() for p in _COMMA_REFUSAL.split(piece) if p.strip()]
    return out


def refusal_reply(piece: str) -> tuple[str, list[Mention], str] | None:
    """The reply's work, the bodies named before it (none: the step's body) and the case
    ("trường hợp không cấp thẻ") when ``piece`` is a refusal's case then a written reply;
    None otherwise."""
    if DECLINES.match(piece) is None:  # the case is the body's own refusal
        return None
    for comma in re.finditer(r",\s*", piece[:240]):
        rest = piece[comma.end() :]
        case = piece[: comma.start()].strip()
        reply = _REPLY.match(rest)
        if reply is not None:
            return reply.group("work").strip(), [], case
        mentions, end = parse_org_list(rest)
        reply = _REPLY.match(rest[end:].lstrip(" ,")) if mentions else None
        if reply is not None:
            return reply.group("work").strip(), mentions, case
    return None
