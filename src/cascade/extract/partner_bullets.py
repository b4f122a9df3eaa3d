"""Items that say "lead, with partners" and name the partners in bullets below.

A plan's section for one body may hold "b) Chủ trì, phối hợp" alone on its line, over "-"
bullets that each open with the partners and go on with the work: "- Sở Tài chính và các
đơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh cân đối …". The section's body leads each
bullet's work and the bodies the bullet opens with are its partners, as if each bullet read
"Chủ trì, phối hợp với Sở Tài chính … tham mưu …". :func:`join_partner_bullets` gives the
bullets those words, and the item the colon of a lead-in, so that the task reader reads
them so.
"""

from __future__ import annotations

import re

from cascade.extract.orgs import parse_org_list
from cascade.extract.units import Unit

# "Chủ trì, phối hợp", "Chủ trì và phối hợp với", nothing else on the item
_LEAD_WITH_PARTNERS = re.compile(
    r"^[*_\s]*Chủ\s+trì\s*(?:,|và)\s*phối\s+hợp(?:\s+với)?[*_\s]*:?[*_\s]*$", re.IGNORECASE
)


def join_partner_bullets(units: list[Unit]) -> None:
    """Give every bullet under a bare "Chủ trì, phối hợp" item the words it stands under,
    when each bullet opens with bodies."""
    for unit in units:
        if not unit.numbered or not _LEAD_WITH_PARTNERS.match(unit.text):
            continue
        bullets = [units[child] for child in unit.children]
        if not bullets or any(b.kind != "dash" or not _opens_with_bodies(b.text) for b in bullets):
            continue
        unit.text = unit.text.rstrip(" :*_") + ":"
        for bullet in bullets:
            bullet.text = "Chủ trì, phối hợp với " + bullet.text.lstrip()


def _opens_with_bodies(text: str) -> bool:
    mentions, end = parse_org_list(text.lstrip())
    return bool(mentions) and end > 0
