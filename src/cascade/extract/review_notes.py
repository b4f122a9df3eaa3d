"""Review notes: how a draft marks what a reader must check.

A draft's organisations and obligations carry what the extractor guessed or could not find
in their ``note``, first, after ``REVIEW:`` (the writer lists them at the top of the file,
and ``grep REVIEW`` finds them).
"""

from __future__ import annotations

REVIEW = "REVIEW:"


def note_of(reviews: list[str], info: str | None) -> str | None:
    """A ``note``: 'REVIEW: …' first when there is anything to check, then plain info."""
    unique: list[str] = []
    for review in reviews:
        if review not in unique:
            unique.append(review)
    parts = []
    if unique:
        parts.append(f"{REVIEW} " + "; ".join(unique))
    if info:
        parts.append(info)
    return ". ".join(parts) or None


def with_review(note: str | None, review: str) -> str:
    """A ``note`` (review items first) with one more review item."""
    if note and note.startswith(REVIEW):
        return f"{note}; {review}"
    return f"{REVIEW} {review}" + (f". {note}" if note else "")
