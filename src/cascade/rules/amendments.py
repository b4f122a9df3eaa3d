"""Amendments (CAS7xx): dated changes that can take effect as written.

An amendment (``amendments`` in a cascade file) is a later document's change to
the cascade: a deadline extension, obligations added or withdrawn, a lead
reassigned, an organisation's obligations transferred to successors, a
lifecycle migration. The references rules (CAS108, CAS109) check that it names
what exists and has a day; these check that it can mean what it says on that
day: the bodies it gives work to exist then, an extension comes from the body
that set the deadline, nothing is changed retroactively, and a transfer leaves
no obligation without a holder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from cascade.engine.timeline import successor_on
from cascade.model import Extension, LifecycleMigration, Reassignment, Transfer
from cascade.rules.base import Severity, Violation, rule
from cascade.rules.context import Context


def _day(ctx: Context, amendment_id: str) -> dt.date:
    return ctx.plan.effective[amendment_id]


def _receivers(amendment: Reassignment | Transfer) -> Iterator[tuple[tuple[str, ...], str]]:
    """(where in the amendment, the organisation) for each body it gives work to."""
    if isinstance(amendment, Reassignment):
        yield ("lead",), amendment.lead
        return
    if amendment.successor is not None:
        yield ("successor",), amendment.successor
    for ob, successor in amendment.mapping.items():
        yield ("mapping", ob), successor


@rule("CAS701", "transfer-to-absent-body", Severity.ERROR)
def transfer_to_absent_body(ctx: Context) -> Iterator[Violation]:
    """A transfer or reassignment gives work to a body that does not exist on its day.

    Obligations pass on the amendment's effective day. A successor that is
    only established later (``valid_from``), or one that has already ceased
    (``valid_until``), cannot hold them then: the obligations would have no
    one to act on them. Make the transfer effective from the day the successor
    starts, or name a body that exists.
    """
    orgs = ctx.organisations
    for i, amendment in enumerate(ctx.written.amendments):
        if not isinstance(amendment, Reassignment | Transfer):
            continue
        day = _day(ctx, amendment.id)
        for where, org_id in _receivers(amendment):
            org = orgs[org_id]
            if org.valid_on(day):
                continue
            when = (
                f"it exists only from {org.valid_from.isoformat()}"
                if org.valid_from is not None and day < org.valid_from
                else f"it ceased on {org.valid_until.isoformat() if org.valid_until else '?'}"
            )
            yield Violation(
                f"amendment {amendment.id!r} gives work on {day.isoformat()} to "
                f"{ctx.org_label(org_id)}, which does not exist then ({when})",
                path=ctx.amendment_path(i, *where),
                document=amendment.document,
                hint="make it effective from the day the body exists, or name one that does",
            )


@rule("CAS702", "extension-not-by-issuer", Severity.ERROR)
def extension_not_by_issuer(ctx: Context) -> Iterator[Violation]:
    """A deadline extension ("gia hạn") is granted by a body that did not set the deadline.

    Only the body that assigned the work (the authority of the obligation's
    document: its ``on_behalf_of``, else its issuer) may extend its deadline,
    or that body's successor once it has ceased. An extension in a document of
    another body, a subordinate's included, changes nothing in reality.
    """
    documents = ctx.documents
    for i, amendment in enumerate(ctx.written.amendments):
        if not isinstance(amendment, Extension):
            continue
        day = _day(ctx, amendment.id)
        granted_by = ctx.authority(documents[amendment.document])
        wrong: dict[str, list[str]] = {}
        for ob_id in ctx.plan_targets(amendment.obligations):
            owner = ctx.authority(documents[ctx.written.obligation(ob_id).document])
            if granted_by != owner and successor_on(ctx.organisations, owner, day) != granted_by:
                wrong.setdefault(owner, []).append(ob_id)
        for owner, obligations in wrong.items():
            shown = ", ".join(repr(ob) for ob in obligations[:5])
            more = f" and {len(obligations) - 5} more" if len(obligations) > 5 else ""
            yield Violation(
                f"amendment {amendment.id!r} extends the deadline of {shown}{more}, set by "
                f"{ctx.org_label(owner)}, in a document of {ctx.org_label(granted_by)}",
                path=ctx.amendment_path(i, "document"),
                document=amendment.document,
                hint="an extension is granted by the issuer of the obligation's document",
            )


@rule("CAS703", "retroactive-amendment", Severity.ERROR)
def retroactive_amendment(ctx: Context) -> Iterator[Violation]:
    """An amendment takes effect before the document that makes it.

    A change is in force from its effective day, and every figure as of an
    earlier day stays what it was: that is what lets a report for a past
    quarter be trusted. An ``effective`` day before the amending document's
    own date would rewrite the past; record what happened then as events, or
    date the change from its document.
    """
    documents = ctx.documents
    for i, amendment in enumerate(ctx.written.amendments):
        written = documents[amendment.document].date
        if amendment.effective is None or written is None or amendment.effective >= written:
            continue
        yield Violation(
            f"amendment {amendment.id!r} takes effect on {amendment.effective.isoformat()}, "
            f"before its document {amendment.document!r} ({written.isoformat()})",
            path=ctx.amendment_path(i, "effective"),
            document=amendment.document,
            hint="an amendment takes effect on or after its document's date",
        )


@rule("CAS704", "transfer-without-successor", Severity.ERROR)
def transfer_without_successor(ctx: Context) -> Iterator[Violation]:
    """A transfer leaves an obligation of the body without a successor.

    A transfer passes each obligation the body holds on its day to one
    successor: the one its ``mapping`` names, else the one its ``rule`` finds
    (``concerns``: the body now standing for the organisation the work
    concerns), else its ``successor``. An obligation none of these settles
    stays with a body that may no longer exist.
    """
    by_amendment: dict[int, list[str]] = {}
    for unresolved in ctx.plan.unresolved:
        by_amendment.setdefault(unresolved.amendment, []).append(unresolved.obligation)
    for i, obligations in by_amendment.items():
        amendment = ctx.written.amendments[i]
        shown = ", ".join(repr(ob) for ob in obligations[:5])
        more = f" and {len(obligations) - 5} more" if len(obligations) > 5 else ""
        yield Violation(
            f"amendment {amendment.id!r} finds no successor for {len(obligations)} "
            f"obligation(s): {shown}{more}",
            path=ctx.amendment_path(i),
            document=amendment.document,
            hint="map them under 'mapping', or give the transfer a 'successor'",
        )


@rule("CAS705", "amendment-without-effect", Severity.WARNING)
def amendment_without_effect(ctx: Context) -> Iterator[Violation]:
    """An amendment changes nothing on its day.

    A transfer from a body that holds no obligation then, or an extension,
    reassignment or withdrawal of obligations that are not in force on that
    day (added later, or already withdrawn), has no effect: usually a wrong
    date or a wrong id.
    """
    plan = ctx.plan
    for i, amendment in enumerate(ctx.written.amendments):
        day = plan.effective[amendment.id]
        if isinstance(amendment, Transfer):
            if plan.moved.get(amendment.id):
                continue
            message = f"{ctx.org_label(amendment.organisation)} holds no obligation then"
        elif isinstance(amendment, Extension | Reassignment):
            targets = ctx.plan_targets(amendment.obligations)
            idle = [ob for ob in targets if not plan.in_force_on(ob, day)]
            if not idle:
                continue
            message = f"{', '.join(repr(ob) for ob in idle[:5])} not in force then"
        else:
            continue
        yield Violation(
            f"amendment {amendment.id!r} changes nothing on {day.isoformat()}: {message}",
            path=ctx.amendment_path(i),
            document=amendment.document,
            hint="check the amendment's date and the ids it names",
        )


@rule("CAS706", "migration-unmapped", Severity.ERROR)
def migration_unmapped(ctx: Context) -> Iterator[Violation]:
    """A lifecycle migration strands a state, or changes what one counts as.

    A ``migrate`` amendment moves running obligations to another lifecycle on its
    day; every state of the lifecycle before it must map to a state of the new one
    (its ``states``; a state both have maps to itself), and a mapped state must count
    as it did (completed stays completed, closed stays closed: a migration renames, it
    does not report or cancel anything). The lifecycles are found as the cascade's own
    is, next to the file or built in.
    """
    from cascade.engine.epochs import migration_lifecycle, migration_problems
    from cascade.engine.lifecycle import resolve_lifecycle
    from cascade.errors import LifecycleDefinitionError

    near = ctx.source.path if ctx.source is not None else None
    migrations = [
        (i, a) for i, a in enumerate(ctx.written.amendments) if isinstance(a, LifecycleMigration)
    ]
    if not migrations:
        return
    try:
        before = resolve_lifecycle(ctx.written.cascade.lifecycle, near)
    except LifecycleDefinitionError:
        return  # the cascade's own lifecycle is unusable: the loader says so
    for i, migration in sorted(migrations, key=lambda m: (_day(ctx, m[1].id), m[0])):
        try:
            after = migration_lifecycle(migration, near)
        except LifecycleDefinitionError as exc:
            yield Violation(
                f"amendment {migration.id!r}: {exc.message}",
                path=ctx.amendment_path(i, "lifecycle"),
                document=migration.document,
            )
            return
        for problem in migration_problems(before, migration, after):
            yield Violation(
                f"amendment {migration.id!r} migrates to lifecycle {after.name}: {problem}",
                path=ctx.amendment_path(i, "states"),
                document=migration.document,
                hint="map every state of the lifecycle before to one that counts the same",
            )
        before = after
