"""The measures of a real-document evaluation: one card per document, and their totals.

Where :mod:`.evaluate` gives precision and recall per field, a card answers the questions
asked of the extractor on real documents:

* task recall: gold tasks (one per lead) matched to an emitted obligation with the same
  lead (see :func:`~cascade.extract.evaluate.match_tasks`); precision: matched / emitted,
  where an obligation for a further part of a matched item (same clause, same lead: "…;
  phối hợp với Sở Y tế …") counts as matched, since a gold file has one task per item
  and lead while a draft, like the project's hand-written cascades, has one obligation per
  action;
* deadlines: right kind and date among the matched tasks (a gold "none" included); and,
  counted apart, how many of the gold's deadlines were found right and how many
  deadlines were emitted where the gold has none;
* header: identifier, date and signer, and the other fields (kind, issuer, place,
  subject, title, markers, urgency) counted together; references found in full;
* validation: the draft written as YAML and validated by the function the caller hands in
  (``cascade validate``'s error findings, by rule);
* seconds the extraction took in this process.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cascade.errors import ExtractError
from cascade.extract import extract_file
from cascade.extract.evaluate import (
    Gold,
    deadline_repr,
    match_tasks,
    metadata,
    names_of,
    references,
)
from cascade.extract.known_orgs import Registry
from cascade.extract.writer import dumps_yaml

KEY_HEADER_FIELDS = ("identifier", "date", "signer")
OTHER_HEADER_FIELDS = ("kind", "issuer", "place", "subject", "title", "markers", "urgency")


@dataclass
class Card:
    """What one document's extraction got right, against its gold file."""

    name: str
    gold_tasks: int = 0
    found: int = 0
    emitted: int = 0
    parts: int = 0  # obligations that are further parts of a matched gold task
    deadlines_right: int = 0
    gold_deadlines: int = 0
    gold_deadlines_right: int = 0
    false_deadlines: int = 0
    header: dict[str, bool] = field(default_factory=dict)
    references_right: int = 0
    gold_references: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    reviews: int = 0
    seconds: float = 0.0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    wrong_deadlines: list[str] = field(default_factory=list)
    refused: str = ""

    @property
    def precise(self) -> int:
        """Emitted obligations that are right: matched, or further parts of a matched item."""
        return self.found + self.parts

    @property
    def validates(self) -> bool:
        """The draft has no error finding."""
        return not self.errors

    def add(self, other: Card) -> None:
        """Accumulate ``other`` into these totals (header fields are counted, not kept)."""
        for name in (
            "gold_tasks",
            "found",
            "emitted",
            "parts",
            "deadlines_right",
            "gold_deadlines",
            "gold_deadlines_right",
            "false_deadlines",
            "references_right",
            "gold_references",
            "reviews",
            "seconds",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.update(other.errors)


Validate = Callable[[str], Counter[str]]
"""Error findings of a draft (its YAML text) by rule: the validator, handed in by the
caller, since extraction sits beside the rules and does not import them."""


def score_document(
    text_path: Path,
    gold: Gold,
    registry: Registry | None,
    name: str,
    validate: Validate | None = None,
) -> Card:
    """Extract ``text_path`` with ``registry`` and compare the draft with ``gold``; with
    ``validate``, count the draft's validation errors too."""
    started = time.perf_counter()
    try:
        extraction = extract_file(text_path, registry)
    except ExtractError as exc:  # refused: nothing found, the draft cannot be validated
        gold_tasks = gold.data.get("tasks") or []
        card = Card(name, seconds=time.perf_counter() - started, refused=str(exc))
        card.gold_tasks = sum(len(task["leads"]) for task in gold_tasks)
        card.gold_deadlines = sum(
            len(task["leads"]) for task in gold_tasks if task.get("deadline", "none") != "none"
        )
        card.gold_references = len(gold.data.get("references") or [])
        card.errors = Counter({"refused": 1})
        return card
    card = Card(name, seconds=time.perf_counter() - started)
    cascade = extraction.cascade
    names = names_of(cascade)
    slots, extras = match_tasks(cascade, gold.data.get("tasks") or [], names)
    card.gold_tasks, card.emitted = len(slots), len(cascade.obligations)
    for slot in slots:
        if slot.deadline != "none":
            card.gold_deadlines += 1
        if slot.obligation is None:
            card.missed.append(f"{slot.gold['text']} / {slot.lead}")
            continue
        card.found += 1
        got = deadline_repr(slot.obligation.deadline)
        if got == slot.deadline:
            card.deadlines_right += 1
            card.gold_deadlines_right += slot.deadline != "none"
        else:
            card.false_deadlines += slot.deadline == "none"
            card.wrong_deadlines.append(f"{slot.gold['text'][:40]}: {got} != {slot.deadline}")
    # a further part of a matched item ("…; phối hợp với Sở Y tế …", clause "1, ý 1" again)
    # is the gold task split finer, as the project's own cascades do: not an error
    matched = {(s.obligation.clause, s.obligation.lead) for s in slots if s.obligation}
    parts = [ob for ob in extras if (ob.clause, ob.lead) in matched]
    card.parts = len(parts)
    card.extra = [f"{names[ob.lead][0]}: {ob.action[:70]}" for ob in extras if ob not in parts]
    header = metadata(cascade, gold.data.get("document") or {}, names)
    card.header = {name: name not in header.misses for name in (*KEY_HEADER_FIELDS,)}
    card.header |= {name: name not in header.misses for name in OTHER_HEADER_FIELDS}
    cited = references(cascade, gold.data.get("references") or [], names)
    card.references_right, card.gold_references = cited.correct, cited.expected
    card.reviews = len(extraction.reviews)
    if validate is not None:
        card.errors = validate(dumps_yaml(extraction))
    return card


def totals(cards: Iterable[Card]) -> tuple[Card, dict[str, int]]:
    """The sum of ``cards``, and how many documents got each header field right."""
    total = Card("ALL")
    header: Counter[str] = Counter()
    for card in cards:
        total.add(card)
        header.update(name for name, ok in card.header.items() if ok)
    return total, dict(header)


def ratio(part: int, whole: int) -> float:
    """``part / whole``, 1.0 when there is nothing to count."""
    return part / whole if whole else 1.0
