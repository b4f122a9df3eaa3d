"""Validating a stored cascade without a model per obligation, where that is possible.

The rules fall in two parts. The definition's (file and cascade layers) depend on
nothing but the revision and the rules' code: :func:`definition_findings` runs every
built-in one of them once, and :func:`encode` makes of the outcome what a store keeps
beside the revision, keyed by :func:`ruleset` (a digest of this code), so that the
next ``validate --db`` reads them instead of loading a million models. The state rules
(CAS601, CAS602) are run on the engine's columns by :func:`state_findings` when the
cascade has no amendments, with the same findings as the rules on models (a test
holds both ways equal). :func:`report` applies the validator's severities, as
:class:`~cascade.rules.runner.Validator` does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zlib
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from cascade.boundary.collector import no_gc
from cascade.errors import Position
from cascade.model import Bucket, Cascade, Document, RollupPolicy
from cascade.rules.base import Rule, Severity, Violation
from cascade.rules.context import Context, label
from cascade.rules.registry import builtin_rules
from cascade.rules.runner import FileReport, Finding, Validator, _order
from cascade.rules.state import needed, overdue_finding, reported_early

if TYPE_CHECKING:
    from cascade.engine.compiled import Tables
    from cascade.engine.tracker import Tracker

Found = list[tuple[Rule, Violation]]
"""Violations with the rule that found each, in the order the rules found them."""

_ALL = RollupPolicy(mode="all")
_DONE = (Bucket.COMPLETED_ON_TIME, Bucket.COMPLETED_LATE)
_DEFINITION_LAYERS = ("file", "cascade")


@cache
def ruleset() -> str:
    """A digest of this package's code (every module, its version): findings kept by
    another version, or by a changed rule, are not taken for this one's."""
    import cascade

    root = Path(cascade.__file__).parent
    digest = hashlib.sha256(getattr(cascade, "__version__", "").encode())
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def builtin_only(validator: Validator) -> bool:
    """Whether every rule ``validator`` runs is one of cascade's own (findings kept by
    this code then hold for it)."""
    own = set(builtin_rules())
    return all(r in own for r in validator.rules.values())


def definition_findings(cascade: Cascade) -> Found | None:
    """What every built-in rule of the definition finds in the stored ``cascade``, each
    rule on whatever its severity (None when references are broken: the cascade
    rules would not run; a stored cascade never has them)."""
    ctx = Context.of_cascade(cascade)
    found: Found = []
    for layer in _DEFINITION_LAYERS:
        for r in builtin_rules():
            if r.layer != layer:
                continue
            before = len(found)
            found += ((r, _placed(v, ctx)) for v in r(ctx))
            if r.blocks and len(found) > before:
                return None
    return found


def _placed(v: Violation, ctx: Context) -> Violation:
    """``v`` with the obligation and document the runner would give it
    (:meth:`Context.logical`), so that it reads the same without the cascade."""
    obligation, document = ctx.logical(v)
    return replace(v, obligation=obligation, document=document)


def state_findings(
    tracker: Tracker,
    as_of: dt.date,
    names: Mapping[str, str],
    documents: Callable[[Collection[str]], Sequence[Document]],
) -> Found:
    """CAS601 and CAS602 as of the end of ``as_of``, from the tracker's columns and the
    engine's states and buckets (the tracker's cascade must have no amendments: the rules
    then read the cascade as written).

    ``names`` are the organisations' names by id; ``documents`` reads the documents of
    some ids: those whose roll-up policy is ``k_of_n``, which the columns keep with a k
    of 1 where the document gives none (the engine's reading) and CAS601 reads as all.
    """
    from cascade.engine.status import BUCKETS, states_and_buckets

    assert tracker.dated is None, "the cascade in force on a day needs the models"
    rules = {r.id: r for r in builtin_rules()}
    states, codes = states_and_buckets(tracker, as_of)
    done = {BUCKETS.index(bucket) for bucket in _DONE}
    # findings by the hundred thousand, no cycles: collections would walk the columns
    with no_gc():
        early = list(_reported_early(tracker, states, codes, done, documents))
        late = list(_overdue(tracker, as_of, states, codes, names))
    return [(rules["CAS601"], v) for v in early] + [(rules["CAS602"], v) for v in late]


def _policies(
    tables: Tables, documents: Callable[[Collection[str]], Sequence[Document]]
) -> dict[str, RollupPolicy]:
    """The roll-up policy of each document that has children under it, by id."""
    from cascade.engine.compiled import MODES

    by_code = {code: RollupPolicy.model_validate({"mode": mode}) for mode, code in MODES.items()}
    policies: dict[str, RollupPolicy] = {}
    k_of_n: set[str] = set()
    for g, d in enumerate(tables.group_doc):
        code = tables.group_mode[g]
        if code == MODES["k_of_n"]:
            k_of_n.add(tables.doc_ids[d])
        else:
            policies[tables.doc_ids[d]] = by_code[code]
    policies.update((doc.id, doc.rollup or _ALL) for doc in documents(k_of_n) if k_of_n)
    return policies


def _reported_early(
    tracker: Tracker,
    states: Sequence[str],
    codes: Sequence[int],
    done: Collection[int],
    documents: Callable[[Collection[str]], Sequence[Document]],
) -> Iterator[Violation]:
    """CAS601 (:func:`cascade.rules.state.parent_reported_with_open_children`) over the
    columns: obligations by index, their bucket codes."""
    from cascade.engine.status import CLOSED

    tables = tracker.tables
    rollup = _policies(tables, documents) if tables.group_doc else {}
    ob_ids, doc_ids, doc = tables.ob_ids, tables.doc_ids, tables.doc
    for parent, children in tables.children.items():
        if codes[parent] not in done or all(codes[c] in done for c in children):
            continue
        by_document: dict[str, list[int]] = {}
        for child in children:
            if codes[child] != CLOSED:
                by_document.setdefault(doc_ids[doc[child]], []).append(child)
        still_open: list[str] = []
        for doc_id, group in by_document.items():
            open_ids = [ob_ids[c] for c in group if codes[c] not in done]
            if open_ids and len(group) - len(open_ids) < needed(rollup[doc_id], len(group)):
                still_open += open_ids
        if still_open:
            parent_id = ob_ids[parent]
            yield reported_early(parent_id, states[parent], still_open, len(children), _path)


def _overdue(
    tracker: Tracker,
    as_of: dt.date,
    states: Sequence[str],
    codes: Sequence[int],
    names: Mapping[str, str],
) -> Iterator[Violation]:
    """CAS602 (:func:`cascade.rules.state.overdue`) over the columns, in obligation order."""
    from cascade.engine.status import BUCKETS

    tables = tracker.tables
    day = as_of.isoformat()
    overdue = BUCKETS.index(Bucket.OVERDUE)
    labels: dict[int, str] = {}  # by organisation: a holder has many obligations
    for o, code in enumerate(codes):
        if code == overdue:
            lead = tables.lead[o]
            if lead not in labels:
                labels[lead] = label(tables.org_ids[lead], names.get(tables.org_ids[lead]))
            ob_id = tables.ob_ids[o]
            document = tables.doc_ids[tables.doc[o]]
            path = ("obligations", ob_id, "deadline")
            yield overdue_finding(ob_id, labels[lead], document, day, states[o], path)


def _path(ob_id: str) -> tuple[str, str]:
    return ("obligations", ob_id)  # a stored cascade: its items named by id


def report(validator: Validator, name: str, found: Found) -> FileReport:
    """The report ``validator`` gives of ``found``: each rule at its severity, those it
    does not run or switches off left out, in the runner's order."""
    out = FileReport(name)
    where = Position(name)  # no file: every finding names the cascade
    with no_gc():
        _add_findings(out, validator, found, where)
    out.findings.sort(key=_order)
    return out


def _add_findings(out: FileReport, validator: Validator, found: Found, where: Position) -> None:
    for r, v in found:
        severity = validator.severities.get(r.id, Severity.OFF)
        if validator.rules.get(r.id) is r and severity is not Severity.OFF:
            finding = Finding(
                r, severity, v.message, where, v.path, v.obligation, v.document, v.hint
            )
            out.findings.append(finding)


def encode(found: Found) -> bytes:
    """``found`` as a store keeps it (compressed JSON, rule ids for rules)."""
    rows = [[r.id, v.message, list(v.path), v.obligation, v.document, v.hint] for r, v in found]
    return zlib.compress(json.dumps(rows, ensure_ascii=False).encode(), 1)


def decode(blob: bytes) -> Found | None:
    """What :func:`encode` made, or None if it cannot be read (then run the rules again)."""
    rules = {r.id: r for r in builtin_rules()}
    try:
        found = [
            (rules[rule_id], Violation(message, tuple(path), obligation, document, hint))
            for rule_id, message, path, obligation, document, hint in json.loads(
                zlib.decompress(blob)
            )
        ]
    except (zlib.error, ValueError, TypeError, KeyError):
        return None
    return found if all(_well_formed(v) for _, v in found) else None


def _well_formed(v: Violation) -> bool:
    """Whether ``v`` has the types a rule gives (a store is not trusted blindly)."""
    texts = (v.obligation, v.document, v.hint)
    return (
        isinstance(v.message, str)
        and all(isinstance(t, str) or t is None for t in texts)
        and all(isinstance(step, str | int) and not isinstance(step, bool) for step in v.path)
    )
