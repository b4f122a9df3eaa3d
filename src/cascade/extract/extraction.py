"""What :func:`~cascade.extract.extract_text` returns: the draft, its review markers and the
report line the text describes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cascade.extract.review_notes import REVIEW
from cascade.model import CascadeFile


@dataclass(frozen=True)
class Review:
    """A guess the user should check: where it is and why."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True)
class ReportLine:
    """One link of the report line: ``reporter`` reports to ``recipient`` (maybe ``via``)."""

    reporter: str
    recipient: str
    via: str | None = None
    deadline: str | None = None
    source: str = ""
    conditional: bool = False


@dataclass(frozen=True)
class Extraction:
    """What :func:`extract_text` found: the draft, the review markers and the report line."""

    cascade: CascadeFile
    reviews: tuple[Review, ...]
    report_lines: tuple[ReportLine, ...]
    seconds: float = 0.0
    # obligation id -> rules the written draft silences on it, each with a review note
    suppressed: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def reviews_of(cascade: CascadeFile) -> list[Review]:
    """Every review marker of the draft: organisations, then documents, then obligations."""
    found: list[Review] = []
    for org in cascade.organisations:
        if org.note and org.note.startswith(REVIEW):
            found.append(Review(f"organisation {org.id}", org.note[len(REVIEW) :].strip()))
    for doc in cascade.documents:
        if doc.note and doc.note.startswith(REVIEW):
            found.append(Review(f"document {doc.id}", doc.note[len(REVIEW) :].strip()))
    for ob in cascade.obligations:
        if ob.note and ob.note.startswith(REVIEW):
            found.append(Review(f"obligation {ob.id}", ob.note[len(REVIEW) :].strip()))
    return found
