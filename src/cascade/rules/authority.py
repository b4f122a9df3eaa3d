"""Authority (CAS4xx): "giao" (assign) only to subordinates, "đề nghị" (request) otherwise.

The authority of a document is the body it speaks for: ``on_behalf_of`` (an
office for its committee) or else its issuer. A body is subordinate to it when
the authority appears among its superiors (``parent`` links, walked upwards).
"""

from __future__ import annotations

from collections.abc import Iterator

from cascade.graph import is_below
from cascade.model import Force, Obligation
from cascade.rules.base import Severity, Violation, rule
from cascade.rules.context import Context


@rule("CAS401", "assign-to-non-subordinate", Severity.ERROR)
def assign_to_non_subordinate(ctx: Context) -> Iterator[Violation]:
    """Work is assigned ("giao") to a body that is not subordinate to the document's authority.

    "Giao" commands a subordinate; the Fatherland Front, mass organisations,
    the Party's press and bodies of another branch or level can only be asked
    ("đề nghị"). An obligation with ``force: assign`` must have a lead below
    the authority of its document (``on_behalf_of``, else the issuer) in the
    organisation tree, or be that body itself.
    """
    orgs = ctx.organisations
    superior = {org.id: org.parent for org in ctx.cascade.organisations}
    for doc_id, obligations in ctx.obligations_by_document.items():
        doc = ctx.documents[doc_id]
        authority = ctx.authority(doc)
        allowed = {authority, doc.issuer}
        # the common cases at comprehension speed: the authority itself, or directly below it
        suspects = [
            ob
            for ob in obligations
            if ob.force is Force.ASSIGN
            and ob.lead not in allowed
            and superior.get(ob.lead) != authority
        ]
        for ob in suspects:
            if not is_below(orgs, ob.lead, authority):
                yield _not_subordinate(ctx, ob, authority)


def _not_subordinate(ctx: Context, ob: Obligation, authority: str) -> Violation:
    return Violation(
        f'obligation {ob.id!r} assigns ("giao") to {ctx.org_label(ob.lead)}, which is '
        f'not subordinate to {ctx.org_label(authority)}; a request ("đề nghị") is due',
        path=ctx.obligation_path(ob, "force"),
        obligation=ob.id,
        document=ob.document,
        hint="write 'force: request', or correct the lead's 'parent'",
    )


@rule("CAS402", "request-to-subordinate", Severity.INFO, recommended=False)
def request_to_subordinate(ctx: Context) -> Iterator[Violation]:
    """Work is only requested ("đề nghị") of a body that is subordinate and could be assigned it.

    Not wrong, but unusual: a superior assigns ("giao") its own bodies. Often the
    force was copied from a neighbouring clause. Only in the ``strict`` preset.
    """
    orgs = ctx.organisations
    authority_of = ctx.authorities
    for ob in ctx.cascade.obligations:
        if ob.force is not Force.REQUEST:
            continue
        authority = authority_of[ob.document]
        if ob.lead != authority and is_below(orgs, ob.lead, authority):
            yield Violation(
                f'obligation {ob.id!r} requests ("đề nghị") of {ctx.org_label(ob.lead)}, '
                f"which is subordinate to {ctx.org_label(authority)} and could be assigned it",
                path=ctx.obligation_path(ob, "force"),
                obligation=ob.id,
                document=ob.document,
                hint="write 'force: assign' if the document says \"giao\"",
            )
