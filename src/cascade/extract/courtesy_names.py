"""The courteous "quý" + a body's head by which a letter names the body it is sent to.

A letter to one body asks it "quý Bộ", "Quý Sở", "quý Ủy ban" rather than by its name:
"Văn phòng Chính phủ đề nghị quý Bộ khẩn trương có báo cáo …" to "Kính gửi: Bộ Lao động -
Thương binh và Xã hội". :func:`courtesy_aliases` gives those names for the letter's one
addressee, so that they resolve to it; with several addressees, or a head that is not the
addressee's, "quý Bộ" stays a name of its own (as "Quý Cơ quan" does).
"""

from __future__ import annotations

from cascade.extract.lexicon import COURTESY_HEADS
from cascade.extract.text import fold


def courtesy_aliases(addressees: list[str]) -> list[str]:
    """The "quý <head>" names that stand for the one body in ``addressees``: its head with
    "quý" before it ("quý Bộ" for "Bộ Y tế"); none when the letter goes to several."""
    if len(addressees) != 1:
        return []
    name = fold(addressees[0])
    for head in COURTESY_HEADS:
        if name.startswith(fold(head) + " "):
            return ["quý " + head]
    return []
