"""What a new definition of a cascade changes, obligation by obligation.

:func:`diff` compares two expanded cascades (``cascade diff OLD NEW``; and a store
before it replaces a definition): obligations added, removed or changed (lead,
coordinators, report lines, deadline, parent, document, wording), organisations and
documents added, removed or changed, amendments added, removed or changed, and the
lifecycle. Each :class:`Change` says whether it would *rewrite* what a recorded
history was checked or counted against (a holder, a deadline, the lifecycle, an
obligation or amendment removed) and, where an amendment expresses the same change
as a dated one, gives that amendment as YAML to put under ``amendments`` instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from cascade.model import Cascade, Obligation

PLACEHOLDER_DOCUMENT = "<the amending document>"
PLACEHOLDER_DAY = "<the day it takes effect>"


@dataclass(frozen=True)
class Change:
    """One difference between two definitions.

    ``kind`` is ``added``, ``removed`` or ``changed``; ``what`` the section
    (``obligation``, ``organisation``, ``document``, ``amendment``, ``cascade``,
    ``level``, ``group``, ``milestone``), ``id`` the item, ``field`` the changed field
    (None for an addition or removal). ``rewrites``: a recorded history was checked or
    counted against it. ``amendment``: the dated change that would express it, as a
    YAML list item, when one does.
    """

    kind: str
    what: str
    id: str
    field: str | None = None
    before: Any = None
    after: Any = None
    rewrites: bool = False
    amendment: str | None = None

    def describe(self) -> str:
        """One line: ``~ obligation 2.6: lead so-noi-vu → so-ldtbxh``."""
        sign = {"added": "+", "removed": "-", "changed": "~"}[self.kind]
        if self.field is None:
            return f"{sign} {self.what} {self.id}"
        change = f"{_short(self.before)} → {_short(self.after)}"
        return f"{sign} {self.what} {self.id}: {self.field} {change}"

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "kind": self.kind,
            "what": self.what,
            "id": self.id,
            "field": self.field,
            "before": _plain(self.before),
            "after": _plain(self.after),
            "rewrites": self.rewrites,
            "amendment": self.amendment,
        }


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_none=True)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _short(value: Any) -> str:
    value = _plain(value)
    if isinstance(value, dict):
        text = ", ".join(f"{k}: {v}" for k, v in value.items() if k != "text")
        return "{" + text + "}"
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


# obligation fields: whether changing one rewrites what a history was checked against
_HOLDING = ("lead", "coordinators")
_REWRITES = frozenset(
    {"lead", "coordinators", "report_to", "via", "also_report_to", "deadline", "implements",
     "document", "state"}
)  # fmt: skip
_SECTIONS = ("levels", "organisations", "groups", "milestones", "documents")


def diff(old: Cascade, new: Cascade) -> list[Change]:
    """Every difference from ``old`` to ``new`` (see the module docstring), in file order:
    the header, then each section, obligations and amendments last."""
    out: list[Change] = []
    if old.cascade.lifecycle != new.cascade.lifecycle:
        out.append(_lifecycle_change(old.cascade.lifecycle, new.cascade.lifecycle))
    for name in ("title", "title_en", "source"):
        before, after = getattr(old.cascade, name), getattr(new.cascade, name)
        if before != after:
            out.append(Change("changed", "cascade", new.cascade.id, name, before, after))
    for section in _SECTIONS:
        out += _section(section, getattr(old, section), getattr(new, section))
    out += _obligations(old.obligations, new.obligations)
    out += _amendments(old, new)
    return out


def _lifecycle_change(before: str, after: str) -> Change:
    snippet = (
        f"- {{id: migrate-{after}, kind: migrate, document: {PLACEHOLDER_DOCUMENT}, "
        f"effective: {PLACEHOLDER_DAY}, lifecycle: {after}, states: {{}}}}"
    )
    return Change("changed", "cascade", "lifecycle", "lifecycle", before, after, True, snippet)


def _section(section: str, old: Iterable[Any], new: Iterable[Any]) -> Iterator[Change]:
    what = section[:-1]
    before = {item.id: item for item in old}
    after = {item.id: item for item in new}
    for item_id in before.keys() - after.keys():
        # a body or document the history named may be gone: the replay says whether it was
        yield Change("removed", what, item_id, rewrites=section in ("organisations", "documents"))
    for item_id, item in after.items():
        if item_id not in before:
            yield Change("added", what, item_id)
            continue
        for field, was, now in _fields(before[item_id], item):
            rewrites = section == "organisations" and field in ("valid_from", "valid_until")
            rewrites = rewrites or (section == "documents" and field in ("issuer", "on_behalf_of"))
            yield Change("changed", what, item_id, field, was, now, rewrites)


def _fields(before: BaseModel, after: BaseModel) -> Iterator[tuple[str, Any, Any]]:
    for field in type(after).model_fields:
        was, now = getattr(before, field), getattr(after, field)
        if was != now:
            yield field, was, now


def _obligations(old: Iterable[Obligation], new: Iterable[Obligation]) -> Iterator[Change]:
    before = {ob.id: ob for ob in old}
    after = {ob.id: ob for ob in new}
    for ob_id, ob in before.items():
        if ob_id not in after:
            yield Change("removed", "obligation", ob_id, rewrites=True,
                         amendment=_withdraw(ob))  # fmt: skip
    for ob_id, ob in after.items():
        was = before.get(ob_id)
        if was is None:
            yield Change("added", "obligation", ob_id)
            continue
        yield from _obligation_fields(was, ob)


def _obligation_fields(was: Obligation, ob: Obligation) -> Iterator[Change]:
    holding = [f for f in _HOLDING if getattr(was, f) != getattr(ob, f)]
    for field, before, after in _fields(was, ob):
        amendment = None
        if field == "deadline":
            amendment = _extend(ob)
        elif field == holding[0] if holding else False:  # one reassignment for both fields
            amendment = _reassign(ob, with_coordinators="coordinators" in holding)
        yield Change("changed", "obligation", ob.id, field, before, after, field in _REWRITES,
                     amendment)  # fmt: skip


def _reference(ob: Obligation) -> str:
    """How an amendment names ``ob``: its own id (a copy of a group clause included)."""
    return f'"{ob.id}"'


def _extend(ob: Obligation) -> str:
    deadline = ob.deadline.model_dump(mode="json", exclude_none=True)
    text = ", ".join(f"{k}: {v}" for k, v in deadline.items())
    return (
        f"- {{id: extend-{ob.id}, kind: extend, document: {PLACEHOLDER_DOCUMENT}, "
        f"effective: {PLACEHOLDER_DAY}, obligations: [{_reference(ob)}], "
        f"deadline: {{{text}}}}}"
    )


def _reassign(ob: Obligation, *, with_coordinators: bool) -> str:
    coordinators = f", coordinators: [{', '.join(ob.coordinators)}]" if with_coordinators else ""
    return (
        f"- {{id: reassign-{ob.id}, kind: reassign, document: {PLACEHOLDER_DOCUMENT}, "
        f"effective: {PLACEHOLDER_DAY}, obligations: [{_reference(ob)}], lead: {ob.lead}"
        f"{coordinators}}}"
    )


def _withdraw(ob: Obligation) -> str:
    return (
        f"- {{id: withdraw-{ob.id}, kind: withdraw, document: {PLACEHOLDER_DOCUMENT}, "
        f"effective: {PLACEHOLDER_DAY}, obligations: [{_reference(ob)}]}}"
        "  # and keep the obligation in the file"
    )


def _amendments(old: Cascade, new: Cascade) -> Iterator[Change]:
    before = {a.id: a for a in old.amendments}
    after = {a.id: a for a in new.amendments}
    for amendment_id in before.keys() - after.keys():
        yield Change("removed", "amendment", amendment_id, rewrites=True)
    for amendment_id, amendment in after.items():
        was = before.get(amendment_id)
        if was is None:
            yield Change("added", "amendment", amendment_id)
        elif was != amendment:
            for field, b, a in _fields(was, amendment):
                yield Change("changed", "amendment", amendment_id, field, b, a, True)


def rewriting(changes: Iterable[Change], recorded: bool) -> list[Change]:
    """The changes that would rewrite a recorded history (``recorded``: the cascade has
    events): a holder, a deadline or a parent changed, an obligation or amendment removed
    or changed, the lifecycle, an organisation's validity, a document's issuer. Each
    changes what an event was checked against or a figure as of an earlier day; with
    no history there is nothing to rewrite."""
    return [change for change in changes if change.rewrites] if recorded else []
