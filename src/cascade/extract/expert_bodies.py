"""Bodies named as the expert office of other bodies: "cơ quan chuyên môn của Ủy ban nhân
dân cấp tỉnh", "cơ quan chuyên môn của Ngân hàng Nhà nước Việt Nam, Bộ Tài chính", "bộ
phận chuyên môn của tập đoàn, tổng công ty …".

A procedure shared among many bodies names the office that does the work in each of them
so: one head, then its owners as a comma list. The head and all its owners are one body
(the office), in lower case too at the start of a clause; "hoặc" before a second such head
("… hoặc bộ phận chuyên môn của …") starts a second body. How far the owners' list runs is
read by :mod:`cascade.extract.orgs`, which asks :func:`expert_head_length` first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cascade.extract.name_tokens import Tok

# "cơ quan chuyên môn của", "bộ phận chuyên môn của", folded, one token a word
_HEADS = (
    ("co", "quan", "chuyen", "mon", "cua"),
    ("bo", "phan", "chuyen", "mon", "cua"),
)


def expert_head_length(toks: list[Tok], i: int) -> int:
    """Tokens of an expert office's head at ``i`` (up to and with "của"), or 0. The owners
    must follow: a word (the reader checks that it starts a name)."""
    for head in _HEADS:
        if tuple(t.folded for t in toks[i : i + len(head)]) == head:
            nxt = i + len(head)
            return len(head) if nxt < len(toks) and toks[nxt].text[0].isalpha() else 0
    return 0


def second_office_at(toks: list[Tok], k: int) -> bool:
    """True when "hoặc" at ``k`` is followed by a second expert office's head."""
    return k < len(toks) and toks[k].folded == "hoac" and expert_head_length(toks, k + 1) > 0
