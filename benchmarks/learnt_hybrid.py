"""Question 3 of the learnt probe (``learnt_probe.py``): an end-to-end estimate of the
fresh rules plus the learnt detector, scored as the evaluation scores a draft.

The hybrid draft of a document is the fresh extractor's obligations, then one added
obligation for each sentence unit the detector flags and no emitted action overlaps: its
action is the unit's text, its lead a guess made only from what the fresh extractor itself
emitted or read for that document (no rule of a later commit). Three guesses, fixed before
any hybrid figure was seen:

* ``section``: the lead of the nearest emitted obligation above the unit under the same
  heading (the units since the last heading-like paragraph: a numbered item, a roman
  numeral, an article, a line ending with ":", a line in capitals), else the draft's first
  addressee, else none;
* ``above``: the lead of the nearest emitted obligation anywhere above the unit, else the
  first addressee, else none;
* ``addressee``: the draft's first addressee (of its main document), else none.

"Nearest" places each emitted action at the first unit it overlaps (``action_units``); of
several obligations placed at that unit, the first emitted. An added obligation with no
lead counts as emitted and unmatched.

Scoring follows ``cascade.extract.scorecard``: gold items (one per task and lead) are
matched by ``match_tasks``'s rule (the obligations in order, each to the first free item
whose snippet occurs in its action and whose lead is the same body: ``same_body``), the
fresh obligations first, so their matches are the fresh extractor's own; recall = matched
items / gold items; precision = (matched + further parts) / emitted, a further part being
an unmatched fresh obligation with the clause and lead of a matched one. Added obligations
have no clause: never a further part, nor make a fresh one a further part. Each added
obligation is then: matched (a gold task with the right lead); on a gold task but
unmatched, with a lead guessed (not the gold's, or the task's items already taken, or the
snippet not wholly in the unit) or with none; or on no gold task.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from learnt_units import ROUNDS, Document, action_units, frac, pooled_name, table

GUESSES = ("section", "above", "addressee")


@dataclass
class Emitted:
    """One obligation of a draft: its action, its lead's names and id, its clause."""

    action: str
    names: list[str]
    lead: str = ""
    clause: str | None = None


@dataclass
class Draft:
    """What an extractor emitted for one text: its obligations and the main document's
    addressees (each as its names)."""

    obligations: list[Emitted]
    addressees: list[list[str]] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Draft:
        return cls([Emitted(*o) for o in data["obligations"]], data["addressees"])


@dataclass
class Tally:
    """Counts of one hybrid (or of the rules alone) over some documents."""

    items: int = 0  # gold tasks x leads
    matched: int = 0
    emitted: int = 0
    precise: int = 0  # emitted and right: matched, or a further part of a matched item
    added: int = 0
    added_right: int = 0
    added_wrong_lead: int = 0  # on a gold task, a lead guessed, unmatched
    added_no_lead: int = 0  # on a gold task, no lead to guess
    added_no_task: int = 0

    def add(self, other: Tally) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


def _key(text: object) -> str:
    """Folded as the evaluation folds a snippet or an action."""
    from cascade.extract.text import fold, squash

    return fold(squash(str(text))).strip(" .")


def _sections(doc: Document) -> list[int]:
    """For each unit, the number of the run of units under the same heading."""
    out, run = [], 0
    for i, unit in enumerate(doc.units):
        run += i > 0 and unit.heading != doc.units[i - 1].heading
        out.append(run)
    return out


def guess_lead(
    guess: str, at: int, placed: list[tuple[int, list[str]]], sections: list[int], draft: Draft
) -> list[str] | None:
    """The names of the lead guessed for a unit at index ``at``, or None."""
    if guess != "addressee":
        above = [
            (u, names)
            for u, names in placed
            if u < at and (guess == "above" or sections[u] == sections[at])
        ]
        if above:
            nearest = max(u for u, _ in above)
            return next(names for u, names in above if u == nearest)
    return draft.addressees[0] if draft.addressees else None


def added_obligations(
    doc: Document, draft: Draft, flags: dict[tuple[str, int], bool], guess: str
) -> list[tuple[int, list[str] | None]]:
    """The units the detector flags that no emitted action overlaps, each with its guessed
    lead, in text order."""
    placed: list[tuple[int, list[str]]] = []
    covered: set[int] = set()
    for ob in draft.obligations:
        units = action_units(doc.units, doc.key, _key(ob.action))
        covered.update(units)
        if units:
            placed.append((min(units), ob.names))
    sections = _sections(doc)
    return [
        (i, guess_lead(guess, i, placed, sections, draft))
        for i in range(len(doc.units))
        if flags.get((doc.name, i)) and i not in covered
    ]


def score_document(
    doc: Document,
    draft: Draft | None,
    flags: dict[tuple[str, int], bool] | None,
    guess: str,
) -> Tally:
    """The rules' draft plus the detector's added obligations (none when ``flags`` is
    None), scored against the document's gold."""
    from cascade.extract.evaluate import same_body

    draft = draft or Draft([])
    gold = doc.gold.get("tasks") or []
    slots = [(i, lead) for i, task in enumerate(gold) for lead in task["leads"]]
    keys = [_key(gold[i]["text"]) for i, _ in slots]
    taken: dict[int, int] = {}  # slot -> obligation (index in the hybrid's list)
    added = added_obligations(doc, draft, flags, guess) if flags is not None else []
    actions = [_key(ob.action) for ob in draft.obligations]
    actions += [_key(doc.units[i].text) for i, _ in added]
    leads = [ob.names for ob in draft.obligations] + [names for _, names in added]
    for n, (action, names) in enumerate(zip(actions, leads, strict=True)):
        for s, (_task, lead) in enumerate(slots):
            if s not in taken and keys[s] in action and names and same_body(lead, names):
                taken[s] = n
                break
    tally = Tally(items=len(slots), matched=len(taken), emitted=len(actions))
    fresh, used = len(draft.obligations), set(taken.values())
    # further parts, as the scorecard counts them: (clause, lead) of a matched obligation
    matched_at = {(ob.clause, ob.lead) for n, ob in enumerate(draft.obligations) if n in used}
    tally.precise = len(taken) + sum(
        1
        for n, ob in enumerate(draft.obligations)
        if n not in used and (ob.clause, ob.lead) in matched_at
    )
    _split_added(doc, added, used - set(range(fresh)), fresh, tally)
    return tally


def _split_added(
    doc: Document,
    added: list[tuple[int, list[str] | None]],
    matched: set[int],
    fresh: int,
    tally: Tally,
) -> None:
    """Count the added obligations by outcome."""
    tally.added = len(added)
    for n, (unit, names) in enumerate(added, start=fresh):
        if n in matched:
            tally.added_right += 1
        elif not doc.units[unit].tasks:
            tally.added_no_task += 1
        elif names:
            tally.added_wrong_lead += 1
        else:
            tally.added_no_lead += 1


def score_set(
    docs: Sequence[Document],
    drafts: dict[str, Draft | None],
    flags: dict[tuple[str, int], bool] | None,
    guess: str,
) -> Tally:
    total = Tally()
    for doc in docs:
        total.add(score_document(doc, drafts[str(doc.text_path)], flags, guess))
    return total


# --- printing --------------------------------------------------------------------------

# precision of each round as printed when it was scored fresh: (right, emitted)
FRESH_PRECISION = {
    10: (13, 18),
    11: (58, 78),
    12: (18, 25),
    13: (5, 9),
    14: (9, 17),
    15: (46, 59),
    16: (38, 44),
    17: (10, 22),
    18: (4, 8),
    19: (84, 118),
    20: (72, 91),
    21: (27, 47),
}
CUTS = ("F1", "R90")

Flags = dict[tuple[str, int], bool]
Runs = dict[tuple[str, str], dict[int, Tally]]  # (threshold or "rules", guess) -> by round


def question_three(
    sets: dict[str, list[Document]],
    drafts: dict[int, dict[str, Draft | None]],
    attributed: dict[int, tuple[int, int]],
    detectors: dict[int, dict[str, Flags]],
    markdown: bool,
) -> None:
    """Score each tested round's fresh drafts alone, and with the detector's added
    obligations at each threshold under each lead guess; print per round and pooled.
    ``attributed`` is question 1's (items, attributed) per round: the rules alone must
    give the same."""
    runs: Runs = {}
    for k in sorted(drafts):
        docs = sets[ROUNDS[k]]
        rules = score_set(docs, drafts[k], None, GUESSES[0])
        if (rules.items, rules.matched) != attributed[k]:
            raise SystemExit(f"round {k}: the hybrid's matching differs from question 1's")
        runs.setdefault(("rules", ""), {})[k] = rules
        for guess in GUESSES:
            for cut in CUTS:
                flags = detectors[k][cut]
                runs.setdefault((cut, guess), {})[k] = score_set(docs, drafts[k], flags, guess)
    _print_rules(runs[("rules", "")], markdown)
    for guess in GUESSES:
        _print_guess(runs, guess, markdown)
    _print_added(runs, markdown)


def _pool(tallies: Iterable[Tally]) -> Tally:
    total = Tally()
    for tally in tallies:
        total.add(tally)
    return total


def _print_rules(rules: dict[int, Tally], markdown: bool) -> None:
    rows = []
    named = [(f"round {k}", [k]) for k in sorted(rules)] + [(pooled_name(rules), sorted(rules))]
    for name, rounds in named:
        t = _pool(rules[k] for k in rounds)
        right = sum(FRESH_PRECISION[k][0] for k in rounds)
        emitted = sum(FRESH_PRECISION[k][1] for k in rounds)
        recall, precision = frac(t.matched, t.items), frac(t.precise, t.emitted)
        rows.append([name, str(t.items), recall, precision, frac(right, emitted)])
    print("Question 3: the fresh rules alone: task recall (with the lead) and precision,")
    print("beside the precision printed when each round was scored\n")
    table(["round", "items", "recall", "precision", "precision when scored"], rows, markdown)


def _added(t: Tally) -> str:
    return f"{t.added}: {t.added_right}/{t.added_wrong_lead}/{t.added_no_lead}/{t.added_no_task}"


def _print_guess(runs: Runs, guess: str, markdown: bool) -> None:
    rounds = sorted(runs[("rules", "")])
    rows = []
    for name, subset in [(f"round {k}", [k]) for k in rounds] + [(pooled_name(rounds), rounds)]:
        row = [name]
        for cut in CUTS:
            t = _pool(runs[(cut, guess)][k] for k in subset)
            row += [frac(t.matched, t.items), frac(t.precise, t.emitted), _added(t)]
        rows.append(row)
    print(f"Question 3: rules + detector, lead guess '{guess}'; added n: right lead / wrong")
    print("lead / no lead (these two on a gold task, unmatched) / on no gold task\n")
    heads = ["recall", "precision", "added"]
    table(["round", *(f"+{cut} {h}" for cut in CUTS for h in heads)], rows, markdown)


def _print_added(runs: Runs, markdown: bool) -> None:
    rows = []
    for (cut, guess), by_round in runs.items():
        if cut == "rules":
            continue
        t = _pool(by_round.values())
        rows.append([guess, cut, str(t.added)])
        rows[-1] += [frac(n, t.added) for n in (t.added_right, t.added_wrong_lead)]
        rows[-1] += [frac(n, t.added) for n in (t.added_no_lead, t.added_no_task)]
    rounds = runs[("rules", "")]
    print(f"Question 3: the added obligations, {pooled_name(rounds)}\n")
    heads = ["guess", "threshold", "added", "right lead", "wrong lead", "no lead", "no task"]
    table(heads, rows, markdown)
