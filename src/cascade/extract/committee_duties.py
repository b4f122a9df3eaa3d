"""A steering committee's standing duties and a body's powers: what it is for, not work.

A decision that sets up or re-forms a steering committee (an inter-sectoral coordinating
body: "Ban Chỉ đạo …", "Ban Điều phối …") lists what it is there for in an article of its
own ("Điều 2. Nhiệm vụ của Ban Chỉ đạo:" over "1. Nghiên cứu, xây dựng Đề án …", "2. Giúp
Thủ tướng Chính phủ theo dõi, đôn đốc …") — the committee's standing functions, which the
corpus reads as no task (its rules' "Trách nhiệm của Ban Chỉ đạo" likewise), unlike the
duties of a ministry, a council in a regulation or an inspection team. An article on powers
("Điều 3. Quyền hạn của Ban Chỉ đạo" over "Yêu cầu các Bộ … cung cấp thông tin", "Mời lãnh
đạo …") says what any body may do, as a numbered "2. Quyền hạn của Quỹ" does.
"""

from __future__ import annotations

import re

from cascade.extract.units import Unit

# "Nhiệm vụ của Ban Chỉ đạo:", "Nhiệm vụ, quyền hạn của Ban Điều phối …", "Chức năng, nhiệm
# vụ của Ban Chỉ đạo" (the article's label is no part of a unit's text)
_COMMITTEE_DUTIES = re.compile(
    r"^[*_\s]*(?:Chức\s+năng\s*(?:,|và)\s*)?(?:Nhiệm\s+vụ|Chức\s+năng)"
    r"(?:\s*(?:,|và)\s*(?:nhiệm\s+vụ|quyền\s+hạn))*\s+của\s+Ban\s+(?:Chỉ\s+đạo|chỉ\s+đạo"
    r"|Điều\s+phối)\b[^.;:]{0,160}[*_\s.:]*$"
)
# "Quyền hạn của Ban Chỉ đạo", "Quyền hạn" alone: an article on powers
_POWERS_ARTICLE = re.compile(r"^[*_\s]*Quyền\s+hạn(?:\s+của\s+[^.;:]{1,120})?[*_\s.:]*$")


def under_standing_charge(units: list[Unit], unit: Unit) -> bool:
    """True for a unit below an article on a steering committee's duties or on a body's
    powers (see the module)."""
    at = unit.parent
    while at is not None:
        above = units[at]
        if above.kind == "article":
            return bool(_COMMITTEE_DUTIES.match(above.text) or _POWERS_ARTICLE.match(above.text))
        at = above.parent
    return False
