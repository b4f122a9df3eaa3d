"""A term in days counted from an event the text does not date: "Trong thời hạn 30 ngày kể
từ ngày thư bảo lãnh được ký …", "trong thời hạn 60 ngày kể từ ngày chuyển tiền …", "Sau 60
ngày kể từ khi thông báo, …", "không muộn hơn 10 ngày, kể từ ngày danh sách được công bố".

Working days from an event are read in :mod:`.day_terms`; calendar days there only from the
document's own date. A term from any other day (a paper signed, money sent, a notice given)
is due on that event.
"""

from __future__ import annotations

import re

from cascade.extract.found_deadline import FoundDeadline, phrase_of
from cascade.extract.text import squash

_FROM_EVENT = re.compile(
    # ("không muộn hơn 10 ngày, kể từ ngày …": no later than, as "chậm nhất")
    r"(?:trong\s+(?:thời\s+hạn|vòng)|chậm\s+nhất|không\s+muộn\s+hơn|sau)\s+(?P<n>\d{1,3})\s+ngày\s*,?\s*"
    r"(?:kể\s+)?từ\s+(?P<start>(?:ngày|khi)\s[^.;,]{3,80})",
    re.IGNORECASE,
)
# the document's own day ("kể từ ngày ký", "… ngày Thông tư này có hiệu lực"): not read here
_OWN_DAY = re.compile(
    r"^ngày\s+(?:ký|ban\s+hành)(?:\s*$|\s+(?:ban\s+hành|văn\s+bản\s+này|quyết\s+định\s+này))"
    r"|\bnày\s+(?:được\s+)?(?:ký|ban\s+hành|có\s+hiệu\s+lực)",
    re.IGNORECASE,
)


def days_from_event(text: str, default_year: int | None) -> FoundDeadline | None:
    """A number of days from an event the text names but does not date: due on it."""
    match = _FROM_EVENT.search(text)
    if match is None or _OWN_DAY.search(match.group("start")):
        return None
    days, start = int(match.group("n")), squash(match.group("start"))
    phrase = phrase_of(text, match.start(), match.end())
    review = f"'{phrase}': {days} days from a day the text does not give; no date set"
    return FoundDeadline("event", phrase, milestone=start, review=review)
