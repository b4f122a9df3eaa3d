"""A paragraph inside an article that opens with the basis of its work.

"Căn cứ danh sách trúng tuyển, Thủ trưởng cơ quan … có văn bản đề nghị bổ nhiệm …": before
the articles, "Căn cứ Luật …" is the preamble; inside one (a paragraph under "1. Bổ nhiệm
Chấp hành viên qua thi tuyển:"), it is what the step rests on, and the sentence goes on to
who does it.
"""

from __future__ import annotations

import re

from cascade.extract.units import Unit, path_of

_BASIS = re.compile(r"^(?:Căn cứ|Trên cơ sở)\s[^;:]{1,200}?,\s+\S", re.IGNORECASE)


def basis_in_article(units: list[Unit], unit: Unit) -> bool:
    """True when ``unit`` opens with "Căn cứ …," and stands inside an article."""
    if _BASIS.match(unit.text) is None:
        return False
    return any(above.kind == "article" for above in path_of(units, unit)[:-1])


# "Căn cứ vào tổ chức sản xuất, tổ chức lao động, công ty rà soát và quyết định …": after the
# basis, a kind of firm a regulation binds, named in lower case, then its work (other kinds
# in lower case after a comma of the basis are as often more of its list: "…, ngành, địa
# phương …")
_FIRM_AFTER_BASIS = re.compile(
    r"^(?:Căn cứ|Trên cơ sở)\s[^;:]{1,200}?,\s+"
    r"(?P<firm>công\s+ty|doanh\s+nghiệp|hợp\s+tác\s+xã|người\s+sử\s+dụng\s+lao\s+động)\s+(?=\w)"
)


def firm_after_basis(sentence: str) -> re.Match[str] | None:
    """Where ``sentence`` names a kind of firm in lower case right after the basis it opens
    with (group ``firm``), its work after the match; None when it does not."""
    return _FIRM_AFTER_BASIS.match(sentence)
