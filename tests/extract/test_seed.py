"""The seed's draft against the hand-written workflows/kien-giang-xiv-congress.yaml.

Compared sensibly: the same document identifiers; the same addressee organisations once
groups are expanded (by name); the same number of obligations per lead organisation (by
name), counting only obligations of the seed dispatch itself (the hand-written file adds
three inferred obligations of the upper documents, marked with a note).
"""

from __future__ import annotations

from collections import Counter

from cascade.extract import Extraction
from cascade.extract.writer import dumps_yaml
from cascade.files.loader import load, loads
from cascade.model import Cascade

from .conftest import SEED_WORKFLOW

SEED_IDENTIFIER = "/STTTT-TTBCXB"


def _seed_document_id(cascade: Cascade) -> str:
    return next(d.id for d in cascade.documents if d.identifier == SEED_IDENTIFIER)


def _addressee_names(cascade: Cascade) -> set[str]:
    doc = cascade.document(_seed_document_id(cascade))
    groups = {g.id: g.members for g in cascade.groups}
    names = {o.id: o.name for o in cascade.organisations}
    return {names[m] for a in doc.addressees for m in groups.get(a, (a,))}


def _obligations_per_lead(cascade: Cascade) -> Counter[str]:
    doc_id = _seed_document_id(cascade)
    names = {o.id: o.name for o in cascade.organisations}
    return Counter(names[ob.lead] for ob in cascade.obligations if ob.document == doc_id)


def _draft(extraction: Extraction) -> Cascade:
    return loads(dumps_yaml(extraction), name="seed-draft.yaml")


def test_same_documents(seed_with_registry: Extraction) -> None:
    draft, hand = _draft(seed_with_registry), load(SEED_WORKFLOW)
    assert {d.identifier for d in draft.documents} == {d.identifier for d in hand.documents}


def test_same_addressees_after_group_expansion(seed_with_registry: Extraction) -> None:
    draft, hand = _draft(seed_with_registry), load(SEED_WORKFLOW)
    assert _addressee_names(draft) == _addressee_names(hand)


def test_same_obligations_per_lead(seed_with_registry: Extraction) -> None:
    draft, hand = _draft(seed_with_registry), load(SEED_WORKFLOW)
    # the hand-written file's own additions are the three obligations of upper documents
    inferred = [ob for ob in hand.obligations if ob.document != _seed_document_id(hand)]
    assert len(inferred) == 3 and all(ob.note for ob in inferred)
    assert _obligations_per_lead(draft) == _obligations_per_lead(hand)


def test_referenced_documents_are_in_the_draft(seed_with_registry: Extraction) -> None:
    draft = _draft(seed_with_registry)
    seed = draft.document(_seed_document_id(draft))
    cited = {draft.document(b.document).identifier for b in seed.rests_on}
    assert cited == {"12724/VP-KGVX", "251-KH/TU", "262-KH/TU"}
    assert {draft.document(a).identifier for a in seed.attachments} == {"251-KH/TU", "262-KH/TU"}


def test_seed_deadline_is_the_congress(seed_with_registry: Extraction) -> None:
    draft = _draft(seed_with_registry)
    kinds = Counter(ob.deadline.kind for ob in draft.obligations)
    assert set(kinds) == {"event", "continuous"}
    events = {ob.deadline.milestone for ob in draft.obligations if ob.deadline.kind == "event"}
    assert events == {"xiv-congress"}  # the registry's milestone, matched by name
