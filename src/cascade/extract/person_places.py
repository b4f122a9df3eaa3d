"""Where a person named by function acts, said between the name and the work.

"Ủy ban nhân dân cấp xã, Công an cấp xã, Trưởng thôn, Tổ trưởng tổ dân phố tại địa bàn nơi
có đương sự cần được tống đạt phối hợp với …": a person's name ends with the office
(:data:`~cascade.extract.lexicon.PERSON_HEADS`), so the place that follows it is no part of
the name; it closes the list all the same, and the work starts at the verb after it (a body
keeps such a place in its name: :func:`~cascade.extract.name_ends.locative_end`).
"""

from __future__ import annotations

from cascade.extract.lexicon import PERSON_HEADS
from cascade.extract.name_ends import locative_end
from cascade.extract.name_tokens import Tok, phrase_at
from cascade.extract.where_clauses import where_clause_end


def place_after_person(toks: list[Tok], j: int, head: int, k: int) -> int:
    """The token where the work starts after a person's name (``j`` to ``k``, its head
    ``head`` tokens) and a place ("tại địa bàn …") closely followed by a verb; 0 otherwise.
    Any name may be followed by a "nơi …" clause that says which one acts (see
    :mod:`~cascade.extract.where_clauses`)."""
    if where := where_clause_end(toks, k):
        return where
    if k != j + head or k >= len(toks) or phrase_at(toks, j, PERSON_HEADS) != head:
        return 0
    verb = locative_end(toks, k)
    return verb if verb > k and toks[verb].text not in {":", ";", "."} else 0
