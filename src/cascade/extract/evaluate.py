"""Scoring an extraction against a gold annotation: precision and recall per field.

A gold file (``tests/extract/gold/*.yaml``) says what a careful reader finds in one text:
the document's metadata, the documents it cites, its addressees, its tasks (a snippet of
each task's text, its leads, coordinators, force, deadline, and the lead of the task it
implements when work is delegated in one sentence) and its report line. Names are
compared the way the extractor compares them (:func:`~cascade.extract.known_orgs.name_key`:
no diacritics, abbreviations expanded, a place added to a name allowed).

Fields, each a set of items (precision = correct / extracted, recall = correct / gold):

* ``metadata``: identifier, kind, issuer, date (or year), place, subject, signer, title,
  markers, urgency: one item each;
* ``references``: one item per cited document, correct when identifier, relation, date,
  issuer, section and attachment all agree;
* ``addressees``: one item per addressee (organisation or group);
* ``tasks``: one item per task and lead (an obligation); an extracted obligation matches
  a gold one when the gold snippet occurs in its action and the lead is the same body;
* ``coordinators``, ``force``, ``deadlines``, ``delegation``: judged on those matches
  (an unmatched obligation counts as wrong, a missed one as missing);
* ``report_line``: one item per link (from, to, via, deadline).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from cascade.extract.draft_documents import NO_IDENTIFIER
from cascade.extract.extraction import Extraction
from cascade.extract.known_orgs import is_place_suffix, name_key
from cascade.extract.text import fold, squash
from cascade.model import CascadeFile, Deadline, Document, Obligation

FIELDS = (
    "metadata",
    "references",
    "addressees",
    "tasks",
    "coordinators",
    "force",
    "deadlines",
    "delegation",
    "report_line",
)


@dataclass
class Score:
    """Counts for one field: items correct, extracted and expected."""

    correct: int = 0
    extracted: int = 0
    expected: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Correct among extracted (1.0 when nothing was extracted and nothing expected)."""
        return self.correct / self.extracted if self.extracted else float(not self.expected)

    @property
    def recall(self) -> float:
        """Correct among expected (1.0 when nothing was expected)."""
        return self.correct / self.expected if self.expected else 1.0

    def add(self, other: Score) -> None:
        """Accumulate ``other`` (for totals over documents)."""
        self.correct += other.correct
        self.extracted += other.extracted
        self.expected += other.expected


@dataclass
class Gold:
    """A gold annotation as read from its YAML file."""

    input: str
    data: dict[str, Any]


def load_gold(path: str | Path) -> Gold:
    """Read a gold annotation."""
    data = YAML(typ="safe").load(Path(path).read_text(encoding="utf-8"))
    return Gold(str(data["input"]), data)


def same_body(gold_name: str, names: Iterable[str]) -> bool:
    """True when ``gold_name`` names the body known by ``names`` (name and aliases)."""
    key = name_key(gold_name)
    for name in names:
        other = name_key(name)
        if other == key:
            return True
        short, long = sorted((key, other), key=len)
        if short and long.startswith(short + " ") and is_place_suffix(long[len(short) + 1 :]):
            return True
    return False


def deadline_repr(deadline: Deadline) -> str:
    """A deadline as gold files write it: 'absolute 2025-06-30', 'recurring year 11-15' …"""
    if deadline.kind == "absolute":
        return f"absolute {deadline.due.isoformat()}"
    if deadline.kind == "period":
        return f"period {deadline.start.isoformat()} {deadline.end.isoformat()}"
    if deadline.kind == "recurring":
        month = f"{deadline.month:02d}-" if deadline.month else ""
        return f"recurring {deadline.every} {month}{deadline.day:02d}"
    if deadline.kind == "event":
        return "event"
    return "continuous" if deadline.text else "none"


def score(extraction: Extraction, gold: Gold) -> dict[str, Score]:
    """Precision and recall of ``extraction`` per field against ``gold``."""
    cascade = extraction.cascade
    names = names_of(cascade)
    scores = {name: Score() for name in FIELDS}
    scores["metadata"] = metadata(cascade, gold.data.get("document") or {}, names)
    scores["references"] = references(cascade, gold.data.get("references") or [], names)
    main = cascade.documents[0]
    scores["addressees"] = _match_names(
        [names[a] for a in main.addressees], gold.data.get("addressees") or []
    )
    _tasks(cascade, gold.data.get("tasks") or [], names, scores)
    scores["report_line"] = _report_line(extraction, gold.data.get("report_line") or [], names)
    return scores


# --- helpers -----------------------------------------------------------------


def names_of(cascade: CascadeFile) -> dict[str, list[str]]:
    """Each organisation's and group's id with its name and short names."""
    names: dict[str, list[str]] = {o.id: [o.name, *o.short_names] for o in cascade.organisations}
    names |= {g.id: [g.name] for g in cascade.groups}
    return names


def _text(value: Any) -> str:
    return fold(squash(str(value))).strip(" .") if value is not None else ""


def metadata(cascade: CascadeFile, gold: dict[str, Any], names: dict[str, list[str]]) -> Score:
    """One item per header field; ``misses`` names the fields that differ from the gold."""
    doc = cascade.documents[0]
    signer = doc.signer
    when = doc.date.isoformat() if doc.date else doc.year
    gold_when = gold.get("date") or gold.get("year")
    if isinstance(gold_when, dt.date):
        gold_when = gold_when.isoformat()
    checks = {
        "identifier": (None if doc.identifier == NO_IDENTIFIER else doc.identifier)
        == gold.get("identifier"),
        "kind": doc.kind == gold.get("kind"),
        "issuer": same_body(gold.get("issuer") or "", names[doc.issuer]),
        "date": str(when) == str(gold_when),
        "place": _text(doc.place) == _text(gold.get("place")),
        "subject": _text(doc.subject) == _text(gold.get("subject")),
        "signer": _text(signer and signer.name) == _text(gold.get("signer")),
        "title": _text(signer and signer.title) == _text(gold.get("signer_title")),
        "markers": [_text(m) for m in (signer.markers if signer else ())]
        == [_text(m) for m in gold.get("markers") or []],
        "urgency": (doc.urgency.value if doc.urgency else None) == gold.get("urgency"),
    }
    result = Score(sum(checks.values()), len(checks), len(checks))
    result.misses = [name for name, ok in checks.items() if not ok]
    return result


def references(
    cascade: CascadeFile, gold: list[dict[str, Any]], names: dict[str, list[str]]
) -> Score:
    """One item per cited document, right when relation, date, section and attachment agree,
    and the issuer where the gold names one (a gold file names it only when the text does)."""
    main = cascade.documents[0]
    docs = {d.id: d for d in cascade.documents}
    relation = {b.document: b for b in main.rests_on}
    attached = set(main.attachments)
    result = Score(extracted=len(main.rests_on), expected=len(gold))
    by_identifier = {docs[b.document].identifier: b.document for b in main.rests_on}
    for item in gold:
        doc_id = by_identifier.get(item["identifier"])
        if doc_id is None:
            result.misses.append(item["identifier"])
            continue
        doc = docs[doc_id]
        ok = (
            relation[doc_id].relation.value == item.get("relation", "cites")
            and _same_time(doc, item)
            and ("issuer" not in item or same_issuer(item["issuer"] or "", names[doc.issuer]))
            and _text(relation[doc_id].section) == _text(item.get("section"))
            and (doc_id in attached) == bool(item.get("attachment"))
        )
        if ok:
            result.correct += 1
        else:
            result.misses.append(f"{item['identifier']} (details differ)")
    return result


# the head of a body before its name ("Bộ trưởng Bộ Tài chính", "Bộ trưởng, Chủ nhiệm Văn
# phòng Chính phủ", "Chủ tịch Ủy ban nhân dân tỉnh", "Giám đốc Sở …"); the Prime Minister is
# an issuer of his own, as the golds and the registry have him
_HEAD_TITLE = re.compile(
    r"^(?:bộ\s+trưởng(?:\s*,\s*chủ\s+nhiệm)?|thủ\s+trưởng|chủ\s+nhiệm|chủ\s+tịch|"
    r"tổng\s+giám\s+đốc|giám\s+đốc|chánh\s+án|viện\s+trưởng|tổng\s+cục\s+trưởng|"
    r"cục\s+trưởng|thống\s+đốc|trưởng\s+ban)\s+(?=\S)",
    re.IGNORECASE,
)


def same_issuer(gold_name: str, names: Iterable[str]) -> bool:
    """The issuer of a cited document: its body, as a document's own issuer is, whether the
    gold names the body or the head who signs for it ("Bộ trưởng Bộ Tài chính" is "Bộ Tài
    chính"; golds written from the text name either, as the text does)."""
    names = list(names)
    body = _HEAD_TITLE.sub("", gold_name, count=1)
    return same_body(gold_name, names) or (body != gold_name and same_body(body, names))


def _same_time(doc: Document, item: dict[str, Any]) -> bool:
    """The reference's date (or year) agrees with the gold's. A gold file gives a date only
    where the text states one, so where it gives none the year an identifier holds
    ("63/2025/QH15") is no made-up date."""
    when = doc.date or doc.year
    gold = item.get("date") or item.get("year")
    if gold is not None:
        return str(when) == str(gold)
    own = _IDENTIFIER_YEAR.search(item["identifier"])
    return doc.date is None and (doc.year is None or (own is not None and doc.year == int(own[1])))


# the year inside an identifier: "63/2025/QH15", "12/2026/TT-BXD"
_IDENTIFIER_YEAR = re.compile(r"/((?:19|20)\d\d)/")


def _match_names(extracted: list[list[str]], gold: list[str]) -> Score:
    result = Score(extracted=len(extracted), expected=len(gold))
    unused = list(range(len(extracted)))
    for name in gold:
        hit = next((i for i in unused if same_body(name, extracted[i])), None)
        if hit is None:
            result.misses.append(name)
            continue
        unused.remove(hit)
        result.correct += 1
    result.extras = [extracted[i][0] for i in unused]
    return result


@dataclass
class Slot:
    """One gold task for one of its leads, and the obligation matched to it (if any)."""

    task: int
    lead: str
    gold: dict[str, Any]
    obligation: Obligation | None = None

    @property
    def deadline(self) -> str:
        """The gold deadline as written ('none' when the gold gives none)."""
        return str(self.gold.get("deadline", "none"))


def match_tasks(
    cascade: CascadeFile, gold: list[dict[str, Any]], names: dict[str, list[str]]
) -> tuple[list[Slot], list[Obligation]]:
    """Gold tasks (one slot per lead) matched to obligations, and the obligations left over.

    An obligation matches the first free slot whose snippet occurs in its action and
    whose lead names the same body.
    """
    slots = [Slot(i, lead, task) for i, task in enumerate(gold) for lead in task["leads"]]
    extras: list[Obligation] = []
    for ob in cascade.obligations:
        action = _text(ob.action)
        slot = next(
            (
                s
                for s in slots
                if s.obligation is None
                and _text(s.gold["text"]) in action
                and same_body(s.lead, names[ob.lead])
            ),
            None,
        )
        if slot is None:
            extras.append(ob)
        else:
            slot.obligation = ob
    return slots, extras


def _tasks(
    cascade: CascadeFile,
    gold: list[dict[str, Any]],
    names: dict[str, list[str]],
    scores: dict[str, Score],
) -> None:
    slots, extras = match_tasks(cascade, gold, names)
    obligations = cascade.obligations
    for name in ("tasks", "force", "deadlines"):
        scores[name].expected = len(slots)
        scores[name].extracted = len(obligations)
    scores["coordinators"].expected = sum(len(s.gold.get("coordinators") or []) for s in slots)
    scores["coordinators"].extracted = sum(len(ob.coordinators) for ob in obligations)
    scores["delegation"].expected = sum(1 for s in slots if s.gold.get("parent"))
    scores["delegation"].extracted = sum(1 for ob in obligations if ob.implements)
    lead_of = {ob.id: ob.lead for ob in obligations}
    for slot in slots:
        if slot.obligation is not None:
            _judge(slot, slot.obligation, names, lead_of, scores)
    scores["tasks"].extras = [f"{ob.id}: {names[ob.lead][0]}: {ob.action[:60]}" for ob in extras]
    scores["tasks"].misses = [f"{s.gold['text']} / {s.lead}" for s in slots if not s.obligation]


def _judge(
    slot: Slot,
    ob: Obligation,
    names: dict[str, list[str]],
    lead_of: dict[str, str],
    scores: dict[str, Score],
) -> None:
    """Score the fields of an obligation matched to a gold slot."""
    scores["tasks"].correct += 1
    scores["force"].correct += ob.force.value == slot.gold.get("force", "assign")
    got = deadline_repr(ob.deadline)
    if got == slot.deadline:
        scores["deadlines"].correct += 1
    else:
        scores["deadlines"].misses.append(f"{ob.id}: {got} != {slot.deadline}")
    coordinators = scores["coordinators"]
    gold_coords = list(slot.gold.get("coordinators") or [])
    for coordinator in ob.coordinators:
        hit = next((c for c in gold_coords if same_body(c, names[coordinator])), None)
        if hit is not None:
            gold_coords.remove(hit)
            coordinators.correct += 1
        else:
            coordinators.extras.append(f"{ob.id}: {names[coordinator][0]}")
    coordinators.misses += [f"{ob.id}: {c}" for c in gold_coords]
    parent = slot.gold.get("parent")
    if parent and ob.implements and same_body(parent, names[lead_of[ob.implements]]):
        scores["delegation"].correct += 1


def _report_line(
    extraction: Extraction, gold: list[dict[str, Any]], names: dict[str, list[str]]
) -> Score:
    links = extraction.report_lines
    result = Score(extracted=len(links), expected=len(gold))
    unused = list(range(len(links)))
    for item in gold:
        hit = None
        for i in unused:
            link = links[i]
            via_ok = (
                same_body(item["via"], names.get(link.via or "", []))
                if item.get("via")
                else link.via is None
            )
            if (
                same_body(item["from"], names.get(link.reporter, [link.reporter]))
                and same_body(item["to"], names.get(link.recipient, [link.recipient]))
                and via_ok
                and (link.deadline or "none") == str(item.get("deadline") or "none")
            ):
                hit = i
                break
        if hit is None:
            result.misses.append(f"{item['from']} -> {item['to']}")
            continue
        unused.remove(hit)
        result.correct += 1
    result.extras = [
        f"{names.get(links[i].reporter, ['?'])[0]} -> {names.get(links[i].recipient, ['?'])[0]}"
        for i in unused
    ]
    return result


def fmt(value: float) -> str:
    """A ratio as a percentage with one decimal."""
    return f"{100 * value:.1f}"
