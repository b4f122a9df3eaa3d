"""Units of text for the learnt task-detector probe (``learnt_probe.py``): the corpus's
sets in the order they were annotated, each text cut into sentence units with layout
context, each unit labelled with the gold tasks whose snippet falls in it, the tokens the
detector's features are built from, and the probe's table printing.

Gold snippets are quoted from sentences that a crawl or a PDF wrapped over several lines
(most of them span a line break), so a unit is a sentence of a paragraph, not a line.
Paragraphs are rebuilt by a few generic tests that know nothing of the extractor's rules: a
line starts a paragraph after an empty or table-rule line, after a line that ends a
sentence or a lead-in (``.``, ``;``, ``:``, ``!``, ``?``), after a line in capitals, or when
it begins with an item marker (``-``, ``1.``, ``a)``, ``II.``, ``Điều 3``). A paragraph is
then cut after ``.``, ``!`` or ``?`` followed by a capital.

The held-out rounds 22, 23 and 24 are not read: they are kept unseen for a later scoring.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests" / "extract"
CORPUS = TESTS / "corpus"
# the real documents among the first gold files, part of the development set
REAL_SAMPLES = ("000_seed", "01_QD-435", "02_NQ-60", "04_NQ-1654", "05_CV-2739")
# development, then held-out rounds 1 to 21, in the order they were annotated and scored
ROUNDS: list[str] = ["dev", "heldout"] + [f"heldout{k}" for k in range(2, 22)]
UNSEEN = frozenset({"heldout22", "heldout23", "heldout24"})
OVERLAP = 40  # characters an action must share with a snippet or unit to overlap it

_MARKER = re.compile(
    r"^(?:[-–+•]\s|\d+(?:\.\d+)*[.)/]\s|[a-zđ][).]\s|[IVXLC]+[.)]\s|"
    r"(?:Điều|Chương|Mục|Phần)\s+\d|(?:Điều|Chương|Mục|Phần)\s+[IVXLC]+\b)"
)
_SKIP = re.compile(r"^[|\-_=.\s]*$")
_ENDS = (".", ";", ":", "!", "?", "…")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[”\"')]?\s+(?=[“\"(]?[A-ZĐÀ-Ỹ])")
_CLOSING = re.compile(r"^(?:nơi nhận|noi nhan|kt\.|tm\.|t/m|tl\.|q\.)", re.IGNORECASE)


def round_name(folder: str) -> str:
    """The set's name as the evaluation prints it ("development", "round 7")."""
    if folder == "dev":
        return "development"
    return "round 1" if folder == "heldout" else f"round {folder.removeprefix('heldout')}"


def pooled_name(rounds: Iterable[int]) -> str:
    """The name of several rounds together ("rounds 10-21")."""
    ordered = sorted(rounds)
    return f"rounds {ordered[0]}-{ordered[-1]}" if len(ordered) > 1 else f"round {ordered[0]}"


def documents(folder: str) -> list[tuple[Path, Path]]:
    """(gold file, text file) pairs of one set, as ``extract_eval.py`` reads them."""
    if folder in UNSEEN or folder not in ROUNDS:
        raise ValueError(f"{folder}: not a set this probe may read")
    pairs = []
    for gold_path in sorted((CORPUS / folder / "gold").glob("*.yaml")):
        pairs.append((gold_path, CORPUS / folder / "texts" / read_gold(gold_path)["input"]))
    if folder == "dev":
        for stem in REAL_SAMPLES:
            gold_path = TESTS / "gold" / f"{stem}.yaml"
            pairs.append((gold_path, TESTS / "inputs" / read_gold(gold_path)["input"]))
    return pairs


def read_gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def fold(text: str) -> str:
    """Lower case without diacritics, ``đ`` as ``d``, one character per character (as
    ``cascade.extract.text.fold``), white space squashed."""
    out = []
    for ch in " ".join(text.split()).replace("đ", "d").replace("Đ", "D"):
        bare = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        out.append(bare.casefold()[:1] or ch)
    return "".join(out)


@dataclass
class Unit:
    """A sentence of a paragraph, where it sits in the document's folded text, and its
    layout context."""

    text: str
    start: int  # offset in the document key (the units' texts joined by one space)
    marker: str  # kind of item marker the paragraph starts with ("" for none)
    first: bool  # first sentence of its paragraph
    heading: str  # the last heading-like paragraph above (its first words)
    position: float  # 0..1 through the document
    closing: bool  # after "Nơi nhận" or a signature mark
    previous_colon: bool  # the unit before ends with ":"
    tasks: set[int] = field(default_factory=set)  # gold tasks whose snippet falls here

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _clean(line: str) -> str:
    line = unicodedata.normalize("NFC", line).replace("*", "").lstrip("#").strip()
    return " ".join(line.strip("|").split())


def _starts_paragraph(line: str, previous: str) -> bool:
    if not previous:
        return True
    if previous.rstrip("”\"')»").endswith(_ENDS) or _MARKER.match(line):
        return True
    letters = [c for c in previous if c.isalpha()]
    return bool(letters) and previous.isupper() and not line.isupper()


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs, wrapped lines joined (see the module's docstring)."""
    found: list[list[str]] = []
    previous = ""
    for raw in text.splitlines():
        line = _clean(raw)
        if "PAGE BREAK" in line:
            continue  # a page mark may fall in mid-sentence: no boundary
        if _SKIP.match(line):
            previous = ""
            continue
        if _starts_paragraph(line, previous):
            found.append([])
        found[-1].append(line)
        previous = line
    return [" ".join(lines) for lines in found]


def _marker_kind(paragraph: str) -> str:
    match = _MARKER.match(paragraph)
    if not match:
        return ""
    head = match.group()
    if head[0] in "-–+•":
        return "dash" if head[0] in "-–" else "plus"
    if head[0].isdigit():
        return "num" if head.count(".") < 2 else "subnum"
    if head.startswith(("Điều", "Chương", "Mục", "Phần")):
        return head.split()[0].lower()
    return "letter" if len(head.rstrip(").").strip()) == 1 and head[0].islower() else "roman"


def _is_heading(paragraph: str, marker: str) -> bool:
    return (
        paragraph.endswith(":")
        or marker in ("num", "roman", "điều", "chương", "mục")
        or (paragraph.isupper() and len(paragraph) < 120)
    )


def split_units(text: str) -> list[Unit]:
    """The text's sentence units, with their offsets in the document key."""
    paras = paragraphs(text)
    units: list[Unit] = []
    offset, heading, closing = 0, "", False
    for i, paragraph in enumerate(paras):
        marker = _marker_kind(paragraph)
        closing = closing or bool(_CLOSING.match(paragraph))
        for j, sentence in enumerate(_SENTENCE_END.split(paragraph)):
            if not sentence.strip():
                continue
            previous_colon = bool(units) and units[-1].text.endswith(":")
            units.append(
                Unit(
                    sentence,
                    offset,
                    marker,
                    j == 0,
                    heading,
                    i / max(len(paras) - 1, 1),
                    closing,
                    previous_colon,
                )
            )
            offset += len(sentence) + 1
        if _is_heading(paragraph, marker):
            heading = " ".join(paragraph.split()[:8])
    return units


def document_key(units: list[Unit]) -> str:
    """The units' texts joined by one space, folded: snippets are looked for in it."""
    return fold(" ".join(u.text for u in units))


def snippet_spans(key: str, snippets: list[str]) -> list[tuple[int, int] | None]:
    """Where each snippet sits in the document key: the first occurrence at or after the
    snippet before it (gold files list tasks in text order), else the first anywhere."""
    spans: list[tuple[int, int] | None] = []
    after = 0
    for snippet in snippets:
        needle = fold(snippet.replace("*", ""))
        at = key.find(needle, after) if needle else -1
        if at < 0 and needle:
            at = key.find(needle)
        if at < 0:
            spans.append(None)
            continue
        spans.append((at, at + len(needle)))
        after = at
    return spans


def units_over(units: list[Unit], span: tuple[int, int]) -> Iterator[int]:
    """Indices of the units a span of the document key overlaps."""
    for i, unit in enumerate(units):
        if unit.start < span[1] and span[0] < unit.end:
            yield i


def overlaps(snippet: str, action: str) -> bool:
    """Whether two folded texts share a run of OVERLAP characters (or the whole snippet)."""
    if snippet in action:
        return True
    need = min(OVERLAP, len(snippet))
    match = SequenceMatcher(None, snippet, action, autojunk=False).find_longest_match()
    return match.size >= need


def action_units(units: list[Unit], key: str, action: str) -> list[int]:
    """Indices of the units an emitted action overlaps: where its first OVERLAP folded
    characters occur in the document key, else (a reworded action) the units it shares a
    run of OVERLAP characters with."""
    head = fold(action)[:OVERLAP]
    at = key.find(head) if head else -1
    if at >= 0:
        return list(units_over(units, (at, at + len(head))))
    whole = fold(action)
    return [i for i, unit in enumerate(units) if overlaps(whole, fold(unit.text))]


@dataclass
class Document:
    """A gold document cut into units and labelled."""

    name: str
    folder: str
    text_path: Path
    gold: dict[str, Any]
    units: list[Unit]
    key: str
    spans: list[tuple[int, int] | None]  # one per gold task


def load_document(gold_path: Path, text_path: Path, folder: str) -> Document:
    """Read, cut and label one document."""
    gold = read_gold(gold_path)
    units = split_units(text_path.read_text(encoding="utf-8"))
    key = document_key(units)
    spans = snippet_spans(key, [str(t["text"]) for t in gold.get("tasks") or []])
    for task, span in enumerate(spans):
        if span is not None:
            for i in units_over(units, span):
                units[i].tasks.add(task)
    return Document(gold_path.stem, folder, text_path, gold, units, key, spans)


def load_set(folder: str) -> list[Document]:
    return [load_document(g, t, folder) for g, t in documents(folder)]


def layout_tokens(unit: Unit) -> str:
    """The unit's layout and context as space-separated tokens."""
    words = unit.text.lower().split()
    tokens = [
        f"marker={unit.marker or 'none'}",
        f"first={unit.first}",
        f"colon={unit.text.endswith(':')}",
        f"prevcolon={unit.previous_colon}",
        f"closing={unit.closing}",
        f"pos={int(unit.position * 5)}",
        f"len={min(len(words) // 10, 6)}",
        f"upper={unit.text.isupper()}",
        *(f"start={w}" for w in words[:3]),
        "start2=" + "_".join(words[:2]),
        *(f"head={w}" for w in unit.heading.lower().split()),
    ]
    return " ".join(tokens)


def unit_text(unit: Unit) -> str:
    """The unit's text as the n-gram features read it: NFC, lower case."""
    return unicodedata.normalize("NFC", unit.text).lower()


# --- output, shared by the probe's questions ---------------------------------------


def frac(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}% ({part}/{whole})" if whole else "-"


def table(headings: list[str], rows: list[list[str]], markdown: bool) -> None:
    if markdown:
        print("| " + " | ".join(headings) + " |")
        print("|" + "---|" * len(headings))
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        widths = [max(len(r[i]) for r in [headings, *rows]) for i in range(len(headings))]
        for row in [headings, *rows]:
            print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    print()
