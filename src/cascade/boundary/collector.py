"""Pausing Python's cyclic garbage collector while large input comes in.

Reading a file of a million obligations creates tens of millions of objects that
stay alive; each time the collector's counts pass a threshold it walks all of them
again, which took more than a third of reading such a file with its history. The
objects built here (parsed data, models, columns) hold no reference cycles, so the
collector has nothing to find in them.

Pausing alone is not enough: the objects made meanwhile all wait in the youngest
generation, and the first collection after the pause walks every one of them (2.3 s
after reading a million obligations). So the pause ends with :func:`gc.freeze` and
:func:`gc.unfreeze`, which together move every object alive into the oldest generation
without walking them, and a reference cycle made in the block (or pending from
before it) is still collected by the next full collection. That next one comes soon,
though: the collector schedules a full collection by the objects that survived since the
last one, and the unfreeze hands it all of them at once (2.7 s of a million's first
`validate --db`, in the first rule that ran). A process that ends when its command does
(the ``cascade`` command, :func:`keep_frozen`) leaves them frozen instead: never walked
again, and a garbage cycle made in a pause is then let go with the process.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_frozen_for_good = False


def keep_frozen() -> None:
    """From now on, what a pause made stays out of every collection (for a process
    that ends with its command; a library in a long-lived process keeps the default)."""
    global _frozen_for_good
    _frozen_for_good = True


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (nested blocks are fine), and
    move what the block made to the oldest generation, unwalked."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:  # the outermost block
            gc.freeze()  # every generation into the permanent one, unwalked
            if not _frozen_for_good:
                gc.unfreeze()  # and back, into the oldest
            gc.enable()
