"""Event times as the stores write them, straight from an :class:`~cascade.event_batch.EventBatch`.

A bulk import holds its events as columns; building a model per event only to
take it apart again into a row was most of an import's time. These helpers
give, for chosen rows of a batch, the instant in microseconds and the time as
written (what ``Event.at.isoformat()`` would give), whole columns at a time
with numpy.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from cascade.clock import VIETNAM_MINUTES
from cascade.event_batch import NAIVE, EventBatch

_suffixes: dict[int, str] = {NAIVE: ""}


def instants_us(batch: EventBatch, rows: Sequence[int]) -> list[int]:
    """Microseconds since the epoch (UTC) of each of ``rows``."""
    at = np.frombuffer(batch.at, np.float64)[np.asarray(rows, dtype=np.int64)]
    whole = np.floor(at)  # seconds and fraction apart: ``at * 1e6`` would round in the sum
    fraction = np.rint((at - whole) * 1e6).astype(np.int64)
    result: list[int] = (whole.astype(np.int64) * 1_000_000 + fraction).tolist()
    return result


def written_times(batch: EventBatch, rows: Sequence[int], us: Sequence[int]) -> list[str]:
    """The ISO 8601 time of each of ``rows`` as written (``us``: their instants)."""
    offsets = np.frombuffer(batch.offsets, np.int16)[np.asarray(rows, dtype=np.int64)]
    minutes = np.where(offsets == NAIVE, VIETNAM_MINUTES, offsets).astype(np.int64)
    local = (np.asarray(us, dtype=np.int64) + minutes * 60_000_000).astype("datetime64[us]")
    whole = local.astype(np.int64) % 1_000_000 == 0
    if len(offsets) and whole.all() and (offsets == offsets[0]).all():
        # the usual batch: whole seconds, one offset
        suffix = _suffix(int(offsets[0]))
        return [text + suffix for text in np.datetime_as_string(local, unit="s").tolist()]
    texts = np.datetime_as_string(local, unit="us").tolist()
    return [
        (text[:-7] if plain else text) + _suffix(offset)
        for text, plain, offset in zip(texts, whole.tolist(), offsets.tolist(), strict=True)
    ]


def _suffix(offset: int) -> str:
    found = _suffixes.get(offset)
    if found is None:
        sign = "-" if offset < 0 else "+"
        hours, minutes = divmod(abs(offset), 60)
        found = _suffixes[offset] = f"{sign}{hours:02d}:{minutes:02d}"
    return found
