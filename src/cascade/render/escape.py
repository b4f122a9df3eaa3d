"""Escaping user text for each target: Graphviz HTML-like labels, DOT strings, Mermaid.

Every string that came from a cascade file passes through one of these before it
is written into a diagram; node and cluster ids are generated and never user text.
Each function takes one line: split text on line breaks first with :func:`lines`.
"""

from __future__ import annotations

import re
import unicodedata

# bidi embeddings, overrides and isolates could reorder the rest of a label on screen
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """``text`` in NFC without control characters or bidi overrides (line breaks kept)."""
    text = unicodedata.normalize("NFC", text).translate(_BIDI_CONTROLS)
    return _CONTROL.sub("", text)


def lines(text: str) -> list[str]:
    """The lines of ``text`` (any line break), cleaned, runs of spaces made one, blank
    ones dropped."""
    return [s for s in (" ".join(clean(part).split()) for part in text.splitlines()) if s]


def one_line(text: str) -> str:
    """``text`` with its line breaks turned into spaces."""
    return " ".join(lines(text))


_HTML = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;"}
_HTML[ord("'")] = "&#39;"


def html(text: str) -> str:
    """One line of text for a Graphviz HTML-like label (``<…>``).

    Markup characters become entities; backslashes are doubled, because Graphviz
    still expands ``\\N``, ``\\G`` … inside HTML-like labels (checked with dot 2.43).
    """
    return one_line(text).replace("\\", "\\\\").translate(_HTML)


def dot_string(text: str) -> str:
    """Text for inside a DOT double-quoted string used as an escString (tooltips).

    Backslashes are doubled so that Graphviz's ``\\N``, ``\\G``, ``\\l`` … never
    trigger, quotes are escaped, line breaks become ``\\n``.
    """
    out = "\n".join(lines(text)).replace("\\", "\\\\").replace('"', '\\"')
    return out.replace("\n", "\\n")


_MERMAID_SAFE = frozenset(" .,-/+_'")


def mermaid(text: str) -> str:
    """One line of text for a Mermaid quoted label.

    Letters, digits, spaces, ``. , - / + _ '`` and characters beyond ASCII (which
    Mermaid's grammar never uses) stay; every other ASCII character is written as
    Mermaid's entity code ``#NNN;``, so that quotes, brackets, pipes,
    ``%%``, ``#``, ``:``, ``;``, ``<…>`` and back-ticks cannot end a label, start
    a comment or be read as markup, whatever the words (``end``, ``click``,
    ``style``) are.
    """
    return "".join(
        ch if ch.isalnum() or ch in _MERMAID_SAFE or ord(ch) > 127 else f"#{ord(ch)};"
        for ch in one_line(text)
    )
