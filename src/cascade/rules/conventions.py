"""Conventions (CAS5xx): document identifiers follow Decree 30/2020 and Guidance 36-HD/VPTW.

Identifiers are parsed by :func:`cascade.identifiers.parse_identifier`; these
rules check what it cannot: that the spelling is canonical, that the type code
agrees with the document kind, that the year and the number are consistent.
"""

from __future__ import annotations

from collections.abc import Iterator

from cascade.errors import IdentifierError
from cascade.files import crossrefs
from cascade.identifiers import TYPE_CODES, DocumentIdentifier
from cascade.model import Document
from cascade.rules.base import Severity, Violation, rule
from cascade.rules.context import Context


def _parsed(ctx: Context) -> Iterator[tuple[int, Document, DocumentIdentifier]]:
    """Each document with its parsed identifier (malformed ones are CAS501's)."""
    for i, (doc, ident) in enumerate(zip(ctx.file.documents, ctx.identifiers, strict=True)):
        if isinstance(ident, DocumentIdentifier):
            yield i, doc, ident


@rule("CAS501", "malformed-identifier", Severity.ERROR, layer="file")
def malformed_identifier(ctx: Context) -> Iterator[Violation]:
    """A document identifier does not parse.

    State documents are numbered ``number/TYPE-ISSUER[-UNIT]`` (``435/QĐ-UBND``;
    a công văn has no type code: ``12724/VP-KGVX``), Party documents
    ``number-TYPE/BODY`` (``251-KH/TU``); a draft leaves the number blank
    (``/STTTT-TTBCXB``). The message gives the reason.
    """
    for i, (doc, ident) in enumerate(zip(ctx.file.documents, ctx.identifiers, strict=True)):
        if isinstance(ident, IdentifierError):
            yield Violation(
                f"document {doc.id!r}: {crossrefs.identifier_message(doc, ident)}",
                path=("documents", i, "identifier"),
                document=doc.id,
                hint="write it as printed after 'Số:', e.g. 435/QĐ-UBND or 251-KH/TU",
            )


@rule("CAS502", "non-canonical-identifier", Severity.WARNING, layer="file")
def non_canonical_identifier(ctx: Context) -> Iterator[Violation]:
    """A document identifier is not written in its canonical spelling.

    Spaces around separators, a leading "Số:", look-alike letters (``Ð`` for
    ``Đ``) or dash variants are tolerated when reading, but the same document
    then has two spellings, and searches and joins on the identifier miss it.
    """
    for i, doc, ident in _parsed(ctx):
        canonical = str(ident)
        if canonical != doc.identifier:
            yield Violation(
                f"document {doc.id!r}: identifier {doc.identifier!r} is canonically "
                f"written {canonical!r}",
                path=("documents", i, "identifier"),
                document=doc.id,
                hint=f"write identifier: {canonical}",
            )


def _year(doc: Document) -> int | None:
    return doc.date.year if doc.date is not None else doc.year


@rule("CAS503", "identifier-year-mismatch", Severity.WARNING, layer="file")
def identifier_year_mismatch(ctx: Context) -> Iterator[Violation]:
    """The year in a document identifier differs from the document's date.

    Laws, decrees and resolutions carry their year (``202/2025/QH15``,
    ``30/2020/NĐ-CP``); it is the year they were issued.
    """
    for i, doc, ident in _parsed(ctx):
        year = _year(doc)
        if ident.year is not None and year is not None and ident.year != year:
            yield Violation(
                f"document {doc.id!r}: identifier {doc.identifier!r} says {ident.year}, "
                f"but the document is dated {doc.date or doc.year}",
                path=("documents", i, "date" if doc.date is not None else "year"),
                document=doc.id,
                hint="correct the date or the identifier",
            )


@rule("CAS504", "duplicate-identifier", Severity.WARNING, layer="file")
def duplicate_identifier(ctx: Context) -> Iterator[Violation]:
    """Two documents of one issuer share an identifier in the same year.

    Numbers restart every year (Party documents: every term), so an identifier
    is unique only with its year and issuer (every district's People's
    Committee numbers its own "…/KH-UBND"); two documents of one issuer and year
    with the same identifier are one document entered twice, or a typo. Drafts
    (blank number) and documents without a date or year are not compared.
    """
    seen: dict[tuple[str, str, int], str] = {}
    for i, doc, ident in _parsed(ctx):
        year = _year(doc)
        if ident.is_draft or year is None:
            continue
        key = (str(ident), doc.issuer, year)
        first = seen.setdefault(key, doc.id)
        if first != doc.id:
            yield Violation(
                f"document {doc.id!r} has identifier {str(ident)!r} of {year} and issuer "
                f"{doc.issuer!r}, like document {first!r}",
                path=("documents", i, "identifier"),
                document=doc.id,
                hint="merge the two entries, or correct the number",
            )


@rule("CAS505", "type-code-mismatch", Severity.WARNING, layer="file")
def type_code_mismatch(ctx: Context) -> Iterator[Violation]:
    """A document's type code disagrees with its kind.

    ``KH`` is a plan, ``QĐ`` a decision, ``CT`` a directive, and a state
    identifier without a type code (``12724/VP-KGVX``) is a công văn
    (dispatch). Laws and resolutions numbered with a year and no code
    (``202/2025/QH15``) are not checked.
    """
    for i, doc, ident in _parsed(ctx):
        kind = ident.kind
        if kind is None or kind == doc.kind or (ident.type_code is None and ident.year):
            continue
        if ident.type_code is None:
            said = "has no type code, which marks a công văn (dispatch)"
        else:
            code = TYPE_CODES[ident.type_code]
            said = f"has type code {code.code} ({code.vi}: {code.en})"
        yield Violation(
            f"document {doc.id!r} is a {doc.kind!r}, but its identifier {doc.identifier!r} {said}",
            path=("documents", i, "kind"),
            document=doc.id,
            hint=f"write kind: {kind}, or correct the identifier",
        )
