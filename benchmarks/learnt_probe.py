"""Probe: where do the extractor's misses on fresh documents come from, and would a learnt
task detector, trained on the sets annotated before, find fresh tasks better?

Question 1, detection or lead. For each gold task and lead (an "item", as the evaluation
counts), the item is *attributed* when the evaluation's own matching pairs it with an
emitted obligation (the gold snippet occurs in the obligation's action and the lead names
the same body: ``cascade.extract.evaluate.same_body``, the obligations taken in order, as
``match_tasks`` does), and the task is *detected* when some obligation's action, whatever
its lead, overlaps the snippet (the two folded texts share a run of at least 40 characters,
or the whole snippet when it is shorter). A missed item is then either not detected or
detected with a wrong lead. This is measured for the current extractor on every set
(development, held-out rounds 1 to 21) and for the extractor as it was when each of rounds
10 to 21 was fresh: the commit whose extractor scored the round's set once (rounds 10 to
18 at the end of their own round, with the rules tuned on the sets before; 19 on round
18's rules; 20 and 21 on the rules of the round before), its ``src/`` and registry checked
out in a temporary ``git worktree`` and run in a subprocess. Gold files are today's, so a
fresh figure may differ slightly from the one printed when the round was scored.

Question 2, a learnt detector. Each text is cut into sentence units
(``learnt_units.py``); a unit is positive when a gold task's snippet overlaps it. Features:
word 1-2-grams and character 2-4-grams of the unit (NFC, lower case, tf-idf) and layout
tokens (item marker, first sentence of its paragraph, ends with ":", the unit before ends
with ":", after "Nơi nhận" or a signature mark, position in the document, length, first
words, the words of the last heading above). Model: scikit-learn's LogisticRegression
(balanced classes). Time-ordered: round k (10 to 21) is tested by a model trained only on
development and rounds 1 to k-1. C (from a fixed grid of three) and two thresholds are
chosen on the training data only, by 3-fold cross-validation grouped by document: "F1",
the threshold that maximises F1 of the out-of-fold scores, and "R90", the highest whose
out-of-fold recall is at least 90%. Reported per round: unit recall and precision, and
task-level detection (a gold task is detected when a unit it overlaps is flagged), beside
the rules as they were when fresh (a unit counts as flagged by the rules when an emitted
action overlaps it, by the same 40-character test), and beside the two together (a unit
flagged by the rules or by the detector at its F1 threshold).

The detector finds task units only: it names no lead, no coordinator, no deadline, and does
not split a unit holding several tasks.

Question 3, end to end (``learnt_hybrid.py``). The fresh draft plus one obligation for each
unit the detector flags (at either threshold) and no emitted action overlaps, its lead
guessed from the fresh draft alone (the nearest obligation above under the same heading,
or anywhere above, or the first addressee), scored as the evaluation's scorecard scores a
draft: task recall with the lead, precision with further parts. The rules alone must give
question 1's attributed figures.

Held-out rounds 22, 23 and 24 are never read.

scikit-learn is not a dependency of cascade; run the probe in an environment of its own::

    python3 -m venv /tmp/learnt && /tmp/learnt/bin/pip install -e . scikit-learn
    /tmp/learnt/bin/python benchmarks/learnt_probe.py            # the three questions
    /tmp/learnt/bin/python benchmarks/learnt_probe.py --markdown  # tables as Markdown
    /tmp/learnt/bin/python benchmarks/learnt_probe.py --rounds 19-21  # fewer test rounds

It takes about seven minutes on one core: the extractions a few seconds each, each
round's training 15 to 50 s (nine fits to choose C and the thresholds, one final fit),
its prediction a tenth of a second.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from learnt_hybrid import Draft, question_three
from learnt_units import (
    CORPUS,
    ROOT,
    ROUNDS,
    Document,
    action_units,
    frac,
    layout_tokens,
    load_set,
    overlaps,
    pooled_name,
    round_name,
    table,
    unit_text,
    units_over,
)

# the extractor as it was when each round was fresh (see the module's docstring)
FRESH_COMMITS = {
    10: "06b335a",
    11: "bfa6eea",
    12: "c743c7b",
    13: "2d298b3",
    14: "0b720f3",
    15: "82f7a28",
    16: "d1d2bc9",
    17: "662efb1",
    18: "55fcac9",
    19: "55fcac9",
    20: "1d701fe",
    21: "3f2091d",
}
TESTED = range(10, 22)
GRID_C = (0.3, 1.0, 3.0)


# --- running an extractor ------------------------------------------------------------


def dump(registry: str, texts: list[str]) -> None:
    """Print, as JSON, each text's obligations (action, lead's names, lead, clause) and its
    main document's addressees (their names), or null when the extractor refused the text.
    Run in a subprocess with some commit's ``src/`` first on the path."""
    import cascade
    from cascade.errors import ExtractError
    from cascade.extract import extract_file, load_registry

    src = os.environ.get("LEARNT_SRC")
    if src and not Path(cascade.__file__).resolve().is_relative_to(Path(src).resolve()):
        raise SystemExit(f"cascade imported from {cascade.__file__}, not from {src}")
    orgs = load_registry(registry)
    out: dict[str, dict[str, Any] | None] = {}
    for text in texts:
        try:
            cascade_file = extract_file(text, orgs).cascade
        except ExtractError:
            out[text] = None
            continue
        names = {o.id: [o.name, *o.short_names] for o in cascade_file.organisations}
        names |= {g.id: [g.name] for g in cascade_file.groups}
        obligations = [
            (ob.action, names[ob.lead], ob.lead, ob.clause) for ob in cascade_file.obligations
        ]
        addressees = [names.get(a, [a]) for a in cascade_file.documents[0].addressees]
        out[text] = {"obligations": obligations, "addressees": addressees}
    json.dump(out, sys.stdout, ensure_ascii=False)


def extract_with(src: Path, registry: Path, docs: Sequence[Document]) -> dict[str, Draft | None]:
    """The obligations the extractor in ``src`` emits for each document (by text path)."""
    env = dict(os.environ, PYTHONPATH=str(src), LEARNT_SRC=str(src))
    command = [sys.executable, __file__, "--dump", str(registry)]
    command += [str(d.text_path) for d in docs]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    found = json.loads(done.stdout)
    return {path: Draft.from_json(data) if data else None for path, data in found.items()}


def extract_at(commit: str, docs: Sequence[Document]) -> dict[str, Draft | None]:
    """The obligations of the extractor (and registry) of ``commit``, from a temporary
    worktree removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="learnt-") as parent:
        tree = Path(parent) / commit
        git = ["git", "-C", str(ROOT)]
        subprocess.run([*git, "worktree", "add", "--detach", "-q", str(tree), commit], check=True)
        try:
            registry = tree / "tests" / "extract" / "corpus" / "orgs.yaml"
            return extract_with(tree / "src", registry, docs)
        finally:
            subprocess.run([*git, "worktree", "remove", "--force", str(tree)], check=True)


# --- question 1: detected or attributed ----------------------------------------------


def _key(text: object) -> str:
    from cascade.extract.text import fold as cascade_fold
    from cascade.extract.text import squash

    return cascade_fold(squash(str(text))).strip(" .")


@dataclass
class Split:
    """A set's gold items (task and lead) by outcome, and its gold tasks detected."""

    items: int = 0
    attributed: int = 0
    wrong_lead: int = 0
    undetected: int = 0
    tasks: int = 0
    tasks_detected: int = 0
    unit_flags: dict[tuple[str, int], bool] = field(default_factory=dict)

    def add(self, other: Split) -> None:
        for name in ("items", "attributed", "wrong_lead", "undetected", "tasks"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.tasks_detected += other.tasks_detected
        self.unit_flags |= other.unit_flags


def _attributed(gold_tasks: list[dict[str, Any]], draft: Draft) -> set[int]:
    """Slots matched as ``cascade.extract.evaluate.match_tasks`` matches them."""
    from cascade.extract.evaluate import same_body

    slots = [(i, lead) for i, task in enumerate(gold_tasks) for lead in task["leads"]]
    keys = [_key(gold_tasks[i]["text"]) for i, _ in slots]
    taken: set[int] = set()
    for ob in draft.obligations:
        folded, names = _key(ob.action), ob.names
        for s, (_i, lead) in enumerate(slots):
            if s not in taken and keys[s] in folded and same_body(lead, names):
                taken.add(s)
                break
    return taken


def judge(doc: Document, draft: Draft | None) -> Split:
    """Split one document's gold items into attributed, wrong lead and not detected."""
    gold_tasks = doc.gold.get("tasks") or []
    draft = draft or Draft([])
    actions = [_key(ob.action) for ob in draft.obligations]
    taken = _attributed(gold_tasks, draft)
    split = Split(tasks=len(gold_tasks))
    slot = 0
    for task in gold_tasks:
        snippet = _key(task["text"])
        detected = any(overlaps(snippet, action) for action in actions)
        split.tasks_detected += detected
        for _lead in task["leads"]:
            split.items += 1
            if slot in taken:
                split.attributed += 1
            elif detected:
                split.wrong_lead += 1
            else:
                split.undetected += 1
            slot += 1
    split.unit_flags = _rule_units(doc, actions)
    return split


def _rule_units(doc: Document, actions: list[str]) -> dict[tuple[str, int], bool]:
    """Each unit of the document, flagged when an emitted action overlaps it."""
    flags = {(doc.name, i): False for i in range(len(doc.units))}
    for action in actions:
        for i in action_units(doc.units, doc.key, action):
            flags[(doc.name, i)] = True
    return flags


def split_set(docs: Sequence[Document], found: dict[str, Draft | None]) -> Split:
    total = Split()
    for doc in docs:
        total.add(judge(doc, found[str(doc.text_path)]))
    return total


# --- question 2: the learnt detector --------------------------------------------------


@dataclass
class Featuriser:
    """Word and character n-grams of the unit, and its layout tokens, fitted on training
    units only."""

    vectorisers: list[Any] = field(default_factory=list)

    def fit_transform(self, docs: Sequence[Document]) -> Any:
        from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

        self.vectorisers = [
            TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=3, sublinear_tf=True),
            CountVectorizer(token_pattern=r"\S+", lowercase=False, binary=True),
        ]
        columns = _columns(docs)
        return _stack(v.fit_transform(c) for v, c in zip(self.vectorisers, columns, strict=True))

    def transform(self, docs: Sequence[Document]) -> Any:
        columns = _columns(docs)
        return _stack(v.transform(c) for v, c in zip(self.vectorisers, columns, strict=True))


def _columns(docs: Sequence[Document]) -> list[list[str]]:
    units = [u for d in docs for u in d.units]
    texts = [unit_text(u) for u in units]
    return [texts, texts, [layout_tokens(u) for u in units]]


def _stack(blocks: Iterable[Any]) -> Any:
    from scipy.sparse import hstack

    return hstack(list(blocks)).tocsr()


def labels(docs: Sequence[Document]) -> list[int]:
    return [int(bool(u.tasks)) for d in docs for u in d.units]


def groups(docs: Sequence[Document]) -> list[int]:
    return [n for n, d in enumerate(docs) for _ in d.units]


def _model(c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(
        C=c, class_weight="balanced", max_iter=2000, solver="liblinear", random_state=0
    )


def _out_of_fold(docs: Sequence[Document], c: float) -> Any:
    """Out-of-fold scores of the training units, 3 folds grouped by document."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    y = np.array(labels(docs))
    scores = np.zeros(len(y))
    unit_doc = np.array(groups(docs))
    for train, test in GroupKFold(n_splits=3).split(y, y, unit_doc):
        train_docs = [docs[i] for i in sorted(set(unit_doc[train]))]
        test_docs = [docs[i] for i in sorted(set(unit_doc[test]))]
        feats = Featuriser()
        model = _model(c).fit(feats.fit_transform(train_docs), labels(train_docs))
        scores[test] = model.decision_function(feats.transform(test_docs))
    return y, scores


def _thresholds(y: Any, scores: Any) -> tuple[float, float, float]:
    """The F1-best threshold, its F1, and the highest threshold keeping recall >= 90%."""
    from sklearn.metrics import precision_recall_curve

    precision, recall, cuts = precision_recall_curve(y, scores)
    f1 = 2 * precision * recall / (precision + recall + 1e-12)
    best = int(f1[:-1].argmax())
    keeping = [i for i in range(len(cuts)) if recall[i] >= 0.9]
    return float(cuts[best]), float(f1[best]), float(cuts[max(keeping)])


@dataclass
class Choice:
    c: float
    f1_cut: float
    r90_cut: float
    cv_f1: float


def choose(docs: Sequence[Document]) -> Choice:
    """C and thresholds chosen by cross-validation on the training documents only."""
    best: Choice | None = None
    for c in GRID_C:
        f1_cut, f1, r90_cut = _thresholds(*_out_of_fold(docs, c))
        if best is None or f1 > best.cv_f1:
            best = Choice(c, f1_cut, r90_cut, f1)
    assert best is not None
    return best


@dataclass
class Detection:
    """A detector's figures on one set: units flagged right, and gold tasks detected."""

    flagged: int = 0
    right: int = 0
    positives: int = 0
    tasks: int = 0
    tasks_detected: int = 0

    def row(self) -> list[str]:
        return [
            frac(self.right, self.positives),
            frac(self.right, self.flagged),
            frac(self.tasks_detected, self.tasks),
        ]


def detection(docs: Sequence[Document], flags: dict[tuple[str, int], bool]) -> Detection:
    """Unit recall and precision of ``flags``, and the gold tasks one of whose units is
    flagged."""
    out = Detection()
    for doc in docs:
        for i, unit in enumerate(doc.units):
            flagged = flags[(doc.name, i)]
            out.flagged += flagged
            out.positives += bool(unit.tasks)
            out.right += flagged and bool(unit.tasks)
        for span in doc.spans:
            out.tasks += 1
            units = list(units_over(doc.units, span)) if span else []
            out.tasks_detected += any(flags[(doc.name, i)] for i in units)
    return out


@dataclass
class LearntRound:
    choice: Choice
    at_f1: Detection
    at_r90: Detection
    flags_f1: dict[tuple[str, int], bool]
    flags_r90: dict[tuple[str, int], bool]
    train_docs: int
    train_units: int
    seconds_choose: float
    seconds_fit: float
    seconds_predict: float


def learnt_round(train: Sequence[Document], test: Sequence[Document]) -> LearntRound:
    """Train on ``train`` (parameters chosen on it alone), flag the units of ``test``."""
    started = time.perf_counter()
    choice = choose(train)
    chosen = time.perf_counter()
    feats = Featuriser()
    model = _model(choice.c).fit(feats.fit_transform(train), labels(train))
    fitted = time.perf_counter()
    scores = model.decision_function(feats.transform(test))
    predicted = time.perf_counter()
    keys = [(d.name, i) for d in test for i in range(len(d.units))]
    flags = {
        name: dict(zip(keys, (bool(s >= cut) for s in scores), strict=True))
        for name, cut in (("f1", choice.f1_cut), ("r90", choice.r90_cut))
    }
    return LearntRound(
        choice,
        detection(test, flags["f1"]),
        detection(test, flags["r90"]),
        flags["f1"],
        flags["r90"],
        len(train),
        sum(len(d.units) for d in train),
        chosen - started,
        fitted - chosen,
        predicted - fitted,
    )


# --- output -------------------------------------------------------------------------


def split_row(name: str, split: Split) -> list[str]:
    missed = split.items - split.attributed
    return [
        name,
        str(split.items),
        frac(split.attributed, split.items),
        str(missed),
        frac(split.undetected, missed),
        frac(split.wrong_lead, missed),
        frac(split.tasks_detected, split.tasks),
    ]


SPLIT_HEADINGS = [
    "set",
    "items",
    "attributed",
    "missed",
    "not detected",
    "detected, wrong lead",
    "tasks detected",
]


Fresh = dict[int, tuple[Split, dict[str, Draft | None]]]


def question_one(sets: dict[str, list[Document]], tested: Sequence[int], markdown: bool) -> Fresh:
    """Print the split of the misses, current rules on every set and the rules as they were
    when the tested rounds were fresh; return the fresh splits and drafts by round."""
    everything = [d for docs in sets.values() for d in docs]
    started = time.perf_counter()
    now = extract_with(ROOT / "src", CORPUS / "orgs.yaml", everything)
    seconds = time.perf_counter() - started
    rows, total = [], Split()
    for folder, docs in sets.items():
        split = split_set(docs, now)
        total.add(split)
        rows.append(split_row(round_name(folder), split))
    rows.append(split_row("all", total))
    print(f"Question 1: current rules, every set ({seconds:.1f} s, one process)\n")
    table(SPLIT_HEADINGS, rows, markdown)
    fresh: Fresh = {}
    by_commit: dict[str, list[int]] = {}
    for k in tested:
        by_commit.setdefault(FRESH_COMMITS[k], []).append(k)
    for commit, rounds in by_commit.items():
        docs = [d for k in rounds for d in sets[ROUNDS[k]]]
        found = extract_at(commit, docs)
        for k in rounds:
            fresh[k] = (split_set(sets[ROUNDS[k]], found), found)
    rows, total = [], Split()
    for k in sorted(fresh):
        total.add(fresh[k][0])
        rows.append(split_row(f"round {k} ({FRESH_COMMITS[k]})", fresh[k][0]))
    rows.append(split_row(pooled_name(tested), total))
    print("Question 1: rules as they were when each round was fresh\n")
    table(SPLIT_HEADINGS, rows, markdown)
    return fresh


def question_two(
    sets: dict[str, list[Document]], fresh: Fresh, markdown: bool
) -> dict[int, LearntRound]:
    """Train on the sets before each round k, test on round k; print beside the fresh rules;
    return each round's detector."""
    rows, timing = [], []
    pooled = {name: Detection() for name in ("rules", "f1", "r90", "union")}
    results: dict[int, LearntRound] = {}
    for k in sorted(fresh):
        train = [d for folder in ROUNDS[:k] for d in sets[folder]]
        test = sets[ROUNDS[k]]
        result = results[k] = learnt_round(train, test)
        rules_flags = fresh[k][0].unit_flags
        union = {key: flag or rules_flags[key] for key, flag in result.flags_f1.items()}
        got = {
            "rules": detection(test, rules_flags),
            "f1": result.at_f1,
            "r90": result.at_r90,
            "union": detection(test, union),
        }
        for name, figures in got.items():
            _accumulate(pooled[name], figures)
        rows.append([f"round {k}", *(cell for d in got.values() for cell in d.row())])
        timing.append(
            [
                f"round {k}",
                f"{result.train_docs} / {result.train_units}",
                f"{result.choice.c:g}",
                f"{result.choice.cv_f1:.2f}",
                f"{result.seconds_choose:.1f}",
                f"{result.seconds_fit:.1f}",
                f"{result.seconds_predict:.2f}",
            ]
        )
    rows.append([pooled_name(fresh), *(cell for p in pooled.values() for cell in p.row())])
    print("Question 2: unit recall, unit precision, gold tasks detected: the rules when")
    print("fresh; learnt at the F1 threshold; learnt at the R90 threshold; rules or F1\n")
    heads = ["unit rec", "unit prec", "tasks"]
    table(
        ["round", *(f"{who} {h}" for who in ("rules", "F1", "R90", "rules|F1") for h in heads)],
        rows,
        markdown,
    )
    print("Training: documents / units, C chosen, its cross-validated F1, seconds\n")
    table(
        ["round", "train docs / units", "C", "cv F1", "choose s", "fit s", "predict s"],
        timing,
        markdown,
    )
    return results


def _accumulate(total: Detection, part: Detection) -> None:
    for name in ("flagged", "right", "positives", "tasks", "tasks_detected"):
        setattr(total, name, getattr(total, name) + getattr(part, name))


def parse_rounds(text: str) -> list[int]:
    """Rounds to test: "10-21", "21" or "19,21", each within 10-21."""
    rounds: list[int] = []
    for part in text.split(","):
        low, _, high = part.partition("-")
        rounds += range(int(low), int(high or low) + 1)
    if not rounds or any(k not in TESTED for k in rounds):
        raise argparse.ArgumentTypeError(f"{text}: rounds to test lie in 10-21")
    return sorted(set(rounds))


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        dump(sys.argv[2], sys.argv[3:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="tables as Markdown")
    parser.add_argument(
        "--rounds", type=parse_rounds, default=list(TESTED), help="rounds to test (10-21)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    sets = {folder: load_set(folder) for folder in ROUNDS}
    units = sum(len(d.units) for docs in sets.values() for d in docs)
    print(f"{sum(map(len, sets.values()))} documents, {units} units", end=" ")
    print(f"({time.perf_counter() - started:.1f} s to read and cut)\n")
    fresh = question_one(sets, args.rounds, args.markdown)
    learnt = question_two(sets, fresh, args.markdown)
    question_three(
        sets,
        {k: drafts for k, (_split, drafts) in fresh.items()},
        {k: (split.items, split.attributed) for k, (split, _drafts) in fresh.items()},
        {k: {"F1": r.flags_f1, "R90": r.flags_r90} for k, r in learnt.items()},
        args.markdown,
    )
    print(f"total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
