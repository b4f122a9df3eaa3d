"""CSV cells that a spreadsheet shows as text and never runs as a formula.

Excel, LibreOffice and Google Sheets evaluate a cell that starts with ``=``,
``+``, ``-`` or ``@`` (and, after a tab or carriage return, whatever follows), so
a name such as ``=HYPERLINK("http://…")`` in a cascade would become a live
formula in the exported history. As OWASP's CSV-injection guidance advises, such
a text cell gets a leading apostrophe, which spreadsheets show as text and hide.
Numbers written by cascade itself (versions, counts) are not text cells and are
left as they are.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """``value`` for a CSV writer: a text that could start a formula gets a ``'`` before it."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
