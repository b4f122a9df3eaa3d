"""Probe: would a Vietnamese NLP library find the leads of the corpus's tasks?

The extractor finds a task's lead by reading the layout and phrasing of assignment
("Giao X chủ trì …", a heading that names the lead, "X có trách nhiệm …"). A named-entity
tagger could offer the names instead. This measures, on every gold task of the real
corpus (``tests/extract/corpus``), whether underthesea's ``ner`` (its bundled CRF model:
nothing is downloaded at run time) tags the task's gold lead as an organisation in the text
around the task: the lines from the nearest heading above it (a numbered or lettered line,
or a line ending in ":") to the end of the task's own line. A lead counts as found when one
of the tagged organisations names the same body as the gold lead, by the test the
extraction benchmark scores leads with (``cascade.extract.evaluate.same_body``). It also
counts the organisations tagged there that are no lead or coordinator of the task.

The library is not a dependency of cascade; run the probe in an environment of its own::

    python -m venv /tmp/nlp && /tmp/nlp/bin/pip install -e . underthesea
    /tmp/nlp/bin/python benchmarks/nlp_probe.py

Beside it, the extractor's own figure for the same gold tasks is the task recall of
``benchmarks/extract_eval.py --all`` (a task counts only with its lead right).
"""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from cascade.extract.evaluate import same_body

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "extract" / "corpus"
HEADING = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?|[a-zđ]\)|[IVX]+\.)\s|:\s*\**\s*$")


def _context(lines: list[str], snippet: str) -> str | None:
    """The lines from the heading above the line holding ``snippet`` to that line."""
    key = " ".join(snippet.split())[:40].casefold()
    flat = [" ".join(line.split()) for line in lines]
    ends, joined = [], ""
    for line in flat:  # where each line ends in the text joined by spaces
        joined += line + " "
        ends.append(len(joined))
    at = joined.casefold().find(key) if key else -1
    if at < 0:
        return None
    first = next(i for i, end in enumerate(ends) if end > at)  # the snippet's first line
    last = next(i for i, end in enumerate(ends) if end >= at + len(key))
    start = first
    while start > 0 and not HEADING.search(flat[start]) and first - start < 12:
        start -= 1
    return " ".join(flat[start : last + 1])


def _organisations(text: str) -> list[str]:
    """The spans underthesea's ``ner`` tags B-ORG/I-ORG in ``text``."""
    from underthesea import ner

    found: list[list[str]] = []
    for word, _pos, _chunk, tag in ner(text):
        if tag == "B-ORG" or (tag == "I-ORG" and not found):
            found.append([word])
        elif tag == "I-ORG":
            found[-1].append(word)
    return [" ".join(words) for words in found]


def _overlap(lead: str, tagged: str) -> bool:
    """Whether one name is a run of two or more words of the other (a part of the name)."""
    short, long = sorted((lead.casefold().split(), tagged.casefold().split()), key=len)
    return len(short) >= 2 and any(
        long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1)
    )


def probe() -> dict[str, Any]:
    totals = {"tasks": 0, "placed": 0, "found": 0, "partly": 0, "tagged": 0, "stray": 0}
    totals["docs"] = 0
    seconds = 0.0
    for gold_path in sorted(CORPUS.glob("*/gold/*.yaml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.parent.parent / "texts" / gold["input"]
        text = unicodedata.normalize("NFC", text_path.read_text(encoding="utf-8"))
        lines = text.replace("**", "").replace("*", "").splitlines()
        totals["docs"] += 1
        for task in gold.get("tasks") or []:
            leads = task["leads"]
            totals["tasks"] += len(leads)
            where = _context(lines, task["text"])
            if where is None:
                continue
            totals["placed"] += len(leads)
            start = time.perf_counter()
            tagged = _organisations(where)
            seconds += time.perf_counter() - start
            totals["tagged"] += len(tagged)
            for lead in leads:
                found = same_body(lead, tagged)
                totals["found"] += found
                totals["partly"] += found or any(_overlap(lead, o) for o in tagged)
            named = [*leads, *(task.get("coordinators") or [])]
            stray = [org for org in tagged if not any(same_body(n, [org]) for n in named)]
            totals["stray"] += len(stray)
    totals["ner_seconds"] = round(seconds, 1)
    return totals


def main() -> int:
    t = probe()
    pct = 100 * t["found"] / t["tasks"] if t["tasks"] else 0.0
    print(f"documents: {t['docs']}; gold task-lead pairs: {t['tasks']}", end=" ")
    print(f"({t['placed']} placed in the text)")
    print(f"lead tagged as an organisation around its task: {t['found']} ({pct:.0f}%)")
    print(f"...or a tagged organisation is a run of two or more of its words: {t['partly']}")
    print(f"organisations tagged there: {t['tagged']}", end=", ")
    print(f"of them no lead or coordinator of the task: {t['stray']}")
    print(f"time in ner: {t['ner_seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
