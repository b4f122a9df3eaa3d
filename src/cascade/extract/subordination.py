"""Who is below whom in a draft: parents inferred from the text, and "giao" left to review.

A document "giao" (assigns) work only to bodies below its issuer, and the validator checks
that (CAS401). A draft knows the bodies of its registry and their parents; the others it
met in the text. Two steps keep the draft valid without hiding a doubt:

* :func:`infer_parents`: a body the issuer assigns work to, whose kind sits below the
  issuer's in the usual order of the state (a department, an office or a centre below a
  People's Committee; a ministry or a province below the Prime Minister; a Party board
  below its committee; a commune's committee below a province's), gets the issuer as its
  parent, with a review note saying so. A body named after another place ("… tỉnh Gia
  Lai" in a document of Đắk Lắk) is not placed;
* :func:`unplaced_assignments`: what is still assigned to a body not known to be
  subordinate (a Party committee by a People's Committee, a newspaper, a company), and a
  report asked to a body not known to pass it on to the issuer ("báo cáo Hội đồng nhân dân
  cùng cấp"), is a review note on the obligation, and the writer marks the obligation so
  that ``cascade validate`` does not count it as an error (``# cascade: disable=CAS401``):
  the text says so, and only a reader can say whether the text or the registry is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cascade.extract.book import LOCAL_LEVELS, OrgBook
from cascade.extract.text import fold
from cascade.graph import is_below, reaches
from cascade.model import CascadeFile, Force

NOT_SUBORDINATE_RULE = "CAS401"
REPORT_LINE_RULE = "CAS206"
DOUBT_RULES = (NOT_SUBORDINATE_RULE, REPORT_LINE_RULE)
"""The rules a draft silences on an obligation, with a review note, where only a reader can
say who is below whom or who passes a report on."""

# the kinds of body that sit below an issuer of each kind
_BELOW: dict[str, frozenset[str]] = {
    "people_committee": frozenset(
        {"department", "office", "unit", "agency", "people_committee", "commission"}
    ),
    "government": frozenset({"ministry", "people_committee", "office", "agency", "official"}),
    "ministry": frozenset({"agency", "office", "unit", "department"}),
    "department": frozenset({"unit", "office", "agency"}),
    "party_committee": frozenset({"party_committee", "commission", "office"}),
    "office": frozenset({"unit"}),
}
# kinds that sit below a body in name only: the issuer's own level must be higher
# (not the "quan" of "cơ quan", a body, which folds like "quận", a district)
_PLACE = re.compile(r"\b(?:tinh|thanh pho|huyen|(?<!co )quan|thi xa)\s+(?P<name>[a-z][a-z ]*)$")


def infer_parents(book: OrgBook, issuer: str, leads: Iterable[str]) -> None:
    """Give the issuer as parent to new bodies it assigns work to that sit below it."""
    issuer_kind = book.kind_of(issuer)
    below = _BELOW.get(issuer_kind)
    if below is None:
        return
    issuer_name = fold(book.name_of(issuer))
    for party in dict.fromkeys(leads):
        for org_id in _members(book, party):
            draft = book.orgs.get(org_id)
            if draft is None or draft.from_registry or draft.parent or org_id == issuer:
                continue
            if draft.kind not in below or not _same_place(fold(draft.name), issuer_name):
                continue
            if draft.kind == "people_committee" and not _lower_level(draft.name, issuer_name):
                continue  # a People's Committee of the same level is no subordinate
            draft.parent = issuer
            draft.reviews.append(
                f"parent taken to be {book.name_of(issuer)}, which assigns it work "
                "(not in the registry)"
            )


def unplaced_assignments(cascade: CascadeFile) -> dict[str, dict[str, str]]:
    """Obligations whose lead or report line the draft cannot place: work assigned to a
    body not known to be subordinate (the rule CAS401 checks that), a report to a body not
    known to pass it on to the authority (CAS206). Each with the rules and the review note
    to give it. The checks follow the rules' own, on the draft's parent links and report
    lines (a group stands for its members)."""
    orgs = {o.id: o for o in cascade.organisations}
    names = {o.id: o.name for o in cascade.organisations}
    names |= {g.id: g.name for g in cascade.groups}
    members = {g.id: list(g.members) for g in cascade.groups}
    documents = {d.id: d for d in cascade.documents}
    obligations = {ob.id: ob for ob in cascade.obligations}
    edges = _report_edges(cascade, members)
    out: dict[str, dict[str, str]] = {}
    for ob in cascade.obligations:
        doc = documents[ob.document]
        authority = doc.on_behalf_of or doc.issuer
        lead, boss = names.get(ob.lead, ob.lead), names.get(authority, authority)
        if ob.force is Force.ASSIGN and any(
            member not in {authority, doc.issuer} and not is_below(orgs, member, authority)
            for member in members.get(ob.lead, [ob.lead])
        ):
            out.setdefault(ob.id, {})[NOT_SUBORDINATE_RULE] = (
                f"the text assigns ('giao') this to {lead}, which is not known to be "
                f"subordinate to {boss}: correct the lead's parent, or make the force "
                f"'request' ({NOT_SUBORDINATE_RULE} is silenced on this obligation until then)"
            )
        target = ob.report_to or doc.issuer
        parent = obligations.get(ob.implements) if ob.implements else None
        goals = members.get(parent.lead, [parent.lead]) if parent is not None else [authority]
        if not any(
            target == goal
            or (target == doc.issuer and doc.on_behalf_of == goal)
            or reaches(edges, target, goal)
            for goal in goals
        ):
            above = boss if parent is None else names.get(parent.lead, parent.lead)
            out.setdefault(ob.id, {})[REPORT_LINE_RULE] = (
                f"the text asks for a report to {names.get(target, target)}, which is not "
                f"known to pass it on to {above}: add that report line or correct report_to "
                f"({REPORT_LINE_RULE} is silenced on this obligation until then)"
            )
    return out


def _report_edges(cascade: CascadeFile, members: dict[str, list[str]]) -> dict[str, set[str]]:
    """Who passes reports to whom: lead (→ via) → report_to, and an office → its principal."""
    edges: dict[str, set[str]] = {}
    issuers = {d.id: d.issuer for d in cascade.documents}
    for doc in cascade.documents:
        if doc.on_behalf_of is not None:
            edges.setdefault(doc.issuer, set()).add(doc.on_behalf_of)
    for ob in cascade.obligations:
        target = ob.report_to or issuers[ob.document]
        for lead in members.get(ob.lead, [ob.lead]):
            if ob.via is not None:
                edges.setdefault(lead, set()).add(ob.via)
                edges.setdefault(ob.via, set()).add(target)
            else:
                edges.setdefault(lead, set()).add(target)
    return edges


def _members(book: OrgBook, party: str) -> list[str]:
    if book.is_group(party):
        return list(book.groups[party].members)
    return [party]


def _same_place(name: str, issuer_name: str) -> bool:
    """False when ``name`` names a province or city other than the issuer's own."""
    own, other = _PLACE.search(issuer_name), _PLACE.search(name)
    if other is None or own is None:
        return True
    return other.group("name").strip() == own.group("name").strip()


def _level_word(folded: str) -> str | None:
    """The first word of ``folded`` that names a level of local government."""
    found = [(f" {folded}".find(f" {lvl} "), lvl) for lvl in LOCAL_LEVELS]
    found += [(len(folded), lvl) for lvl in LOCAL_LEVELS if folded.endswith(f" {lvl}")]
    placed = [(at, lvl) for at, lvl in found if at >= 0]
    return min(placed)[1] if placed else None


def _lower_level(name: str, issuer_name: str) -> bool:
    """'Ủy ban nhân dân các xã, phường' below 'Ủy ban nhân dân tỉnh …'; a province is
    below no local committee."""
    own, theirs = _level_word(issuer_name), _level_word(fold(name).replace(",", " "))
    if own is None or theirs is None or theirs == "tinh" or theirs == own:
        return False
    if own == "tinh":
        return True
    if own == "thanh pho":
        return theirs in {"huyen", "quan", "thi xa", "xa", "phuong", "dac khu"}
    return own in {"huyen", "quan", "thi xa"} and theirs in {"xa", "phuong"}
