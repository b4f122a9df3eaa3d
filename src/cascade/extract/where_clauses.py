"""Which one of a kind of body acts, said by a "nơi …" clause between its name and the work.

"Trưởng Công an cấp xã nơi cư trú mới chỉ đạo …", "Trưởng Công an cấp xã nơi quản lý, theo
dõi người bị cấm đi khỏi nơi cư trú thông báo …", "… nơi đang quản lý, theo dõi có trách
nhiệm …": the clause picks the commune out of all communes; it is no part of the name (the
body is "Công an cấp xã"), and the work starts at the first verb after the clause. The
clause opens with its own verbs ("nơi quản lý, theo dõi …") or a noun ("nơi cư trú mới"),
and a verb inside it after "bị"/"được" ("người bị cấm đi khỏi …") is the clause's too.
A standing fact ("Cấp ủy cấp xã nơi có trụ sở Trung tâm") names one body for good, so
"nơi có …" stays with the name, as before.
"""

from __future__ import annotations

from cascade.extract.lexicon import DIRECTIVE_VERBS
from cascade.extract.name_tokens import Tok, duty_at, phrase_at

_WHERE = "noi"
_STILL = {"dang", "da", "se"}  # "nơi đang quản lý": the clause's own tense
_PASSIVE = {"bi", "duoc"}
_STOPS = {";", ".", ":", "(", ")", ","}
_REACH = 16


def where_clause_end(toks: list[Tok], k: int) -> int:
    """The token where the work starts after a "nơi …" clause at ``k``; 0 when ``k`` opens
    no such clause or no verb ends it within reach."""
    if k >= len(toks) or toks[k].folded != _WHERE:
        return 0
    m = k + 1
    if m < len(toks) and toks[m].text.lower() == "có":
        return 0
    if m < len(toks) and toks[m].folded in _STILL:
        m += 1
    m = _past_verbs(toks, m)  # the clause's own verbs ("nơi quản lý, theo dõi …")
    start = m + 1  # the clause says at least one word of its own
    for n in range(start, min(len(toks), k + _REACH)):
        if toks[n].text in _STOPS:
            return 0
        if toks[n - 1].folded in _PASSIVE or toks[n].text[:1].isupper():
            continue
        if duty_at(toks, n) or toks[n].folded == "phai":
            return n
        if phrase_at(toks, n, DIRECTIVE_VERBS) or _notice_at(toks, n):
            return n
    return 0


def _past_verbs(toks: list[Tok], m: int) -> int:
    """The token after a row of verbs at ``m`` ("quản lý, theo dõi"), or ``m``."""
    while size := phrase_at(toks, m, DIRECTIVE_VERBS):
        m += size
        if m + 1 < len(toks) and toks[m].text == "," and phrase_at(toks, m + 1, DIRECTIVE_VERBS):
            m += 1
            continue
        break
    return m


def _notice_at(toks: list[Tok], n: int) -> bool:
    """'thông báo' at ``n``: the usual work of the body a clause picks out."""
    return [t.folded for t in toks[n : n + 2]] == ["thong", "bao"]
