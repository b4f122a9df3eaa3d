"""References (CAS1xx): every id in the file names something that exists, once.

These rules read the file as written (groups not expanded). Each wraps one
check of :mod:`cascade.files.crossrefs`, the same code the loader refuses a file
with, so ``cascade validate`` and ``cascade show`` agree on what is broken.
While any of CAS101–CAS106 fires, the cascade cannot be expanded and the
rules of the other families do not run.
"""

from __future__ import annotations

from collections.abc import Iterator

from cascade.files import crossrefs
from cascade.rules.base import PathKey, Severity, Violation, rule
from cascade.rules.context import Context

_NOUNS = {
    "levels": "level",
    "organisations": "organisation",
    "groups": "group",
    "milestones": "milestone",
    "documents": "document",
    "obligations": "obligation",
}


def _named(ctx: Context, path: PathKey, message: str) -> str:
    """``message`` with the item and field it is about ('in obligation '1.2' lead')."""
    section, index = path[0], path[1]
    assert isinstance(section, str) and isinstance(index, int)
    item_id = getattr(ctx.file, section)[index].id
    if repr(item_id) in message:
        return message  # 'duplicate ... id 'so-a'', 'group 'x' has no members'
    field = f" {path[2]}" if len(path) > 2 else ""
    return f"{message} in {_NOUNS[section]} {item_id!r}{field}"


def _violations(
    ctx: Context, problems: Iterator[crossrefs.Problem], hint: str
) -> Iterator[Violation]:
    # the loader's messages name the reference; a finding also names where it is written
    for path, message in problems:
        yield Violation(_named(ctx, path, message), path=path, hint=hint)


@rule("CAS101", "unknown-organisation", Severity.ERROR, layer="file", blocks=True)
def unknown_organisation(ctx: Context) -> Iterator[Violation]:
    """An organisation or group id that names nothing.

    Issuers, addressees, leads, coordinators, report lines, parents, successors
    and group members must each name an organisation declared under
    ``organisations`` (or, where a group may stand, a group under ``groups``).
    ``report_to``, ``via``, ``issuer``, ``on_behalf_of``, ``parent``,
    ``successors`` and group members need one organisation, never a group.

    Fix: correct the id, or declare the organisation.
    """
    return _violations(
        ctx,
        crossrefs.unknown_organisations(ctx.file),
        "declare it under 'organisations' or fix the spelling of the id",
    )


@rule("CAS102", "unknown-document", Severity.ERROR, layer="file", blocks=True)
def unknown_document(ctx: Context) -> Iterator[Violation]:
    """A document id (a basis, an attachment, an obligation's document) that names nothing.

    Fix: declare the document under ``documents`` (a document the cascade only
    cites still needs an entry, with its identifier and issuer) or fix the id.
    """
    return _violations(
        ctx,
        crossrefs.unknown_documents(ctx.file),
        "declare the document under 'documents' or fix the id",
    )


@rule("CAS103", "unknown-obligation", Severity.ERROR, layer="file", blocks=True)
def unknown_obligation(ctx: Context) -> Iterator[Violation]:
    """An obligation's ``implements`` names no obligation.

    ``implements`` links an obligation to the one it carries out, one level up
    the cascade. It names the clause id as written in the file (``"3.1"``, not
    the expanded ``"3.1@ubnd-rach-gia"``).
    """
    return _violations(
        ctx,
        crossrefs.unknown_obligations(ctx.file, ctx.obligation_ids),
        "name the parent clause's id as written under 'obligations'",
    )


@rule("CAS104", "unknown-milestone", Severity.ERROR, layer="file", blocks=True)
def unknown_milestone(ctx: Context) -> Iterator[Violation]:
    """An event deadline names a milestone that is not declared.

    Deadlines such as "đến Đại hội XIV" are due when a milestone is recorded;
    the milestone must be listed under ``milestones``.
    """
    return _violations(
        ctx,
        crossrefs.unknown_milestones(ctx.file),
        "declare the milestone under 'milestones'",
    )


@rule("CAS105", "unknown-level", Severity.ERROR, layer="file", blocks=True)
def unknown_level(ctx: Context) -> Iterator[Violation]:
    """An organisation's ``level`` is not declared under ``levels``.

    Levels are data, not code (a cascade from 2024 has districts, one from 2026
    does not), so each level an organisation uses must be declared.
    """
    return _violations(ctx, crossrefs.unknown_levels(ctx.file), "declare the level under 'levels'")


@rule("CAS106", "duplicate-id", Severity.ERROR, layer="file", blocks=True)
def duplicate_id(ctx: Context) -> Iterator[Violation]:
    """The same id is declared twice in one namespace.

    Organisations and groups share one namespace (either may be addressed);
    levels, milestones, documents and obligations each have their own.
    """
    return _violations(
        ctx, crossrefs.duplicate_ids(ctx.file, ctx.obligation_ids), "give each item its own id"
    )


@rule("CAS107", "empty-group", Severity.ERROR, layer="file")
def empty_group(ctx: Context) -> Iterator[Violation]:
    """A group has no members, so a clause addressed to it expands to no one.

    An obligation whose lead is an empty group silently disappears on
    expansion: no organisation holds it and nobody reports on it.
    """
    return _violations(ctx, crossrefs.empty_groups(ctx.file), "list the group's members")
