"""Recovery after a disaster that has happened: "khắc phục hậu quả … sau mưa lũ".

A telegram or letter on recovering from floods or a storm names the disaster after "sau"
("khôi phục sản xuất kinh doanh, ổn định đời sống Nhân dân sau mưa lũ"): the disaster is
over when the document speaks of recovering from it, so the phrase says what the work
answers, not an event every task waits for. "sau khi được cấp Giấy phép" (an event still
ahead) is not a disaster and stays an event.
"""

from __future__ import annotations

import re

_DISASTER = re.compile(
    r"^sau\s+(?:(?:các\s+)?(?:đợt|cơn|trận)\s+)?"
    r"(?:mưa\s+lũ|bão\s+lũ|lũ\s+lụt|ngập\s+lụt|mưa\s+bão|bão|lũ|thiên\s+tai|sạt\s+lở"
    r"|động\s+đất|hạn\s+hán)\b",
    re.IGNORECASE,
)

_RECOVERY = re.compile(
    r"\b(?:khắc\s+phục|khôi\s+phục|phục\s+hồi|tái\s+thiết|ổn\s+định\s+đời\s+sống)\b",
    re.IGNORECASE,
)


def recovers_from(text: str, phrase: str) -> bool:
    """True when ``phrase`` ("sau mưa lũ") names a disaster that ``text`` speaks of
    recovering from before it: the work's cause, not its deadline."""
    at = text.find(phrase)
    return at >= 0 and _DISASTER.match(phrase) is not None and bool(_RECOVERY.search(text, 0, at))
