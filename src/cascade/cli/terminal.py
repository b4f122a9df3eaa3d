"""How wide terminal output is drawn: the terminal's width, at least 80 columns.

``$COLUMNS`` wins (as Python's :func:`shutil.get_terminal_size` reads it), then the
terminal's own width; output to a file or a pipe is drawn 80 columns wide.
"""

from __future__ import annotations

import shutil

NARROWEST = 80


def width() -> int:
    """The columns to draw tables and trees in."""
    return max(NARROWEST, shutil.get_terminal_size((NARROWEST, 24)).columns)
