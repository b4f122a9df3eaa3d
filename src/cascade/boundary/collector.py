"""Pausing Python's cyclic garbage collector while large input comes in.

Reading a file of a million obligations creates tens of millions of objects that
stay alive; each time the collector's counts pass a threshold it walks all of them
again, which took more than a third of reading such a file with its history. The
objects built here (parsed data, models, columns) hold no reference cycles, so the
collector has nothing to find in them.

Pausing alone is not enough: the objects made meanwhile all wait in the youngest
generation, and the first collection after the pause walks every one of them (2.3 s
after reading a million obligations). So the pause ends with :func:`gc.freeze`, which
moves every object alive into a generation the collector never walks. Objects are
still freed when their last reference goes; what a frozen object could still leak is
a reference cycle made inside the block, and the blocks make none on purpose.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (nested blocks are fine), and
    leave what the block made out of later collections."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:  # the outermost block
            gc.freeze()
            gc.enable()
