"""A department named by two oversight works joined by a comma: "Cục Quản lý, giám sát tổ
chức tín dụng", "Cục Quản lý, giám sát bảo hiểm", "Vụ Kiểm tra, giám sát …".

Only the first work is capitalised, so the name walk would stop at the comma and read "Cục
Quản lý" and the work "Giám sát tổ chức tín dụng …". When the comma comes right after the
capitalised first work of the name and a second work of oversight follows it, the comma is
inside the name; and "tổ chức" right after the works is what they oversee (the bodies),
not the verb "to organise".
"""

from __future__ import annotations

from cascade.extract.name_tokens import Tok
from cascade.extract.text import is_capitalised

# works of oversight, folded, that open such a name and follow its comma
_WORKS = frozenset({"quan ly", "giam sat", "kiem tra", "thanh tra", "kiem soat"})


def oversight_comma_end(toks: list[Tok], j: int, head: int, k: int) -> int:
    """When the comma at ``k`` joins two works of oversight that open the name whose head of
    ``head`` tokens starts at ``j`` ("Cục Quản lý, giám sát …"): the token after the second
    work and the "tổ chức" it oversees; 0 when not so."""
    first = j + head
    if k != first + 2 or k + 3 > len(toks) or not is_capitalised(toks[first].text):
        return 0
    before = f"{toks[first].folded} {toks[first + 1].folded}"
    after = f"{toks[k + 1].folded} {toks[k + 2].folded}"
    if before not in _WORKS or after not in _WORKS or before == after:
        return 0
    if not toks[k + 1].text.islower():
        return 0
    end = k + 3
    overseen = " ".join(t.folded for t in toks[end : end + 2])
    return end + 2 if overseen == "to chuc" and end + 2 < len(toks) else end
