"""The enacting line after a subject in capitals, also when the header cut the issuer.

:func:`is_enacting` tells the line in capitals between the subject and the preamble that
names the issuer ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"). A site's header cell may print the
issuer shortened ("ỦY BAN THƯỜNG VỤ") while that line names it whole ("ỦY BAN THƯỜNG VỤ
QUỐC HỘI"): it belongs to the header, not to the subject, when it starts with the issuer's
name and adds a few words, and the subject's line before it does not run on into it (a
subject wrapped after "… CỦA" may go on with the issuer's name).
"""

from __future__ import annotations

from cascade.extract.layout import is_upper_text
from cascade.extract.link_words import LINK_WORDS
from cascade.extract.text import fold, squash

_MAX_ADDED = 3  # words after the name: "QUỐC HỘI", "TỈNH LÀO CAI"
# last words of a subject's line after which its next line goes on
_RUNS_ON = frozenset(fold(word) for word in LINK_WORDS | {"thuộc", "đối", "những"})


def is_enacting(line: str, issuer: str, before: str) -> bool:
    """The enacting line after a subject (``before``): the issuer, or a title before it
    ('CHỦ TỊCH ỦY BAN …'), or the issuer's name in full when the header cut it."""
    ending = fold(squash(line)).rstrip(" :").endswith(fold(issuer))
    return ending or names_issuer_in_full(line, issuer, before)


def names_issuer_in_full(line: str, issuer: str, before: str) -> bool:
    """True when ``line`` (after the subject text ``before``) is the issuer's name in
    capitals with a few more words ("ỦY BAN THƯỜNG VỤ QUỐC HỘI" under "ỦY BAN THƯỜNG VỤ")."""
    text = squash(line).strip().rstrip(":").strip()
    if not text or not is_upper_text(text):
        return False
    name = fold(squash(issuer)).split()
    words = fold(text).split()
    added = words[len(name) :]
    if words[: len(name)] != name or not 0 < len(added) <= _MAX_ADDED:
        return False
    if any(ch.isdigit() for ch in text):
        return False
    last = fold(before).rstrip().split()[-1:] if before.strip() else []
    return not (last and (last[0] in _RUNS_ON or last[0].endswith((",", "-"))))
