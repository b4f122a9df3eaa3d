"""Custom ``cascade validate`` rules, shipped by another package.

Declared in this package's pyproject.toml::

    [project.entry-points."cascade.rules"]
    clause-rules = "cascade_clause_rules"

Once the package is installed, ``cascade validate`` runs these rules next to the
built-in ones, ``cascade rules`` lists them, and configuration switches them like
any other (``EXA101 = "off"``).
"""

from __future__ import annotations

from collections.abc import Iterator

from cascade.rules import Context, Severity, Violation, rule


@rule("EXA101", "obligation-without-clause", Severity.WARNING)
def obligation_without_clause(ctx: Context) -> Iterator[Violation]:
    """An obligation does not say which clause of its document it comes from.

    Our office files every task with its clause ("1, ý 2") so that a reader can
    find it in the document; an obligation without ``clause`` cannot be traced.
    """
    reported: set[str] = set()
    for ob in ctx.cascade.obligations:
        clause_id = ob.template or ob.id  # one finding per clause, not per group member
        if ob.clause is None and clause_id not in reported:
            reported.add(clause_id)
            yield Violation(
                f"obligation {clause_id!r} of document {ob.document!r} names no clause",
                path=ctx.obligation_path(ob),
                obligation=clause_id,
                hint="add clause: '<section>, ý <n>' as printed in the document",
            )
