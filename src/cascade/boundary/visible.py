"""Text from input files made safe to show on a terminal, and in rich's markup.

A name in a cascade or an events file can hold an escape sequence (clear the
screen, set the window title), a line break that forges a line of output
(``path:1:1: CAS101 …``, a GitHub ``::error::`` command), bidirectional
overrides that reorder what is shown, or zero-width characters that hide a
difference. :func:`visible` writes each of those as a backslash escape
(``\\x1b``, ``\\n``, ``\\u202e``), so that what a terminal shows is what the file
holds; :func:`markup` also escapes rich's ``[…]`` markup.
"""

from __future__ import annotations

import re

# C0 and C1 controls and DEL; the soft hyphen; zero-width and bidirectional formatting
# characters; the byte-order mark; lone surrogates. Tab is kept only where asked.
_HIDDEN = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u206f\ufeff"
    "\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` on one line with every control or invisible character shown as an escape."""
    return _HIDDEN.sub(_escape, text)


def visible_lines(text: str) -> str:
    """Like :func:`visible`, keeping line breaks (``\\n``) and tabs: for text of many lines."""
    return "\n".join(
        "\t".join(visible(part) for part in line.split("\t")) for line in text.split("\n")
    )


def markup(text: str) -> str:
    """``text`` for a string that rich reads as markup: visible, and ``[`` escaped."""
    from rich.markup import escape

    return escape(visible(text))
