"""``record`` on a stored cascade with amendments decides as the whole cascade does: the
part it reads carries the amendments, their documents and the bodies they name."""

from __future__ import annotations

import datetime as dt

import pytest

from cascade.errors import TransitionRefusedError
from cascade.files.loader import loads
from cascade.model import Event
from cascade.services import record
from cascade.store import EventStore
from support import small_text

AMENDED = (
    small_text()
    + """amendments:
  - {id: sap-nhap, kind: transfer, document: cv, effective: 2025-07-01, organisation: h3,
     successor: h2}
  - {id: giao-lai, kind: reassign, document: cv, effective: 2025-02-01, obligations: [c1],
     lead: so}
  - {id: rut, kind: withdraw, document: cv, effective: 2025-03-01, obligations: [c2]}
"""
)

# (obligation, trigger, actor, day, accepted?)
STEPS = [
    ("c1", "start", "h1", "2025-01-20", True),  # h1 leads c1 until 1 February
    ("c1", "report", "h1", "2025-02-03", False),  # ... then so does
    ("c1", "report", "so", "2025-02-03", True),
    ("c2", "start", "h2", "2025-02-20", True),
    ("c2", "report", "h2", "2025-03-02", False),  # withdrawn on 1 March
    ("c3", "start", "h3", "2025-06-30", True),
    ("c3", "report", "h3", "2025-07-02", False),  # h3's obligations passed to h2
    ("c3", "report", "h2", "2025-07-02", True),
]


def test_record_reads_the_amendments_with_its_part(store: EventStore) -> None:
    cascade = loads(AMENDED)
    store.save_cascade(cascade)
    for i, (ob, trigger, actor, day, accepted) in enumerate(STEPS):
        at = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(9))
        event = Event(id=f"r{i}", obligation=ob, trigger=trigger, actor=actor, at=at)
        if accepted:
            assert record(store, event).state is not None
        else:
            with pytest.raises(TransitionRefusedError):
                record(store, event)
    assert store.head("small", "c3").state == "reported"
    assert store.head("small", "c2").version == 1
