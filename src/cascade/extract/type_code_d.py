"""A type code whose Đ an OCR or a typist wrote as D ("179/QD-TTg", "136/CD-TTg").

The identifier parser does not fold Đ to D, since HD/HĐ and DA/ĐA are different types; so
"QD" in front of an issuer's code reads as an issuer of its own and the document as a
công văn. Codes whose D-spelling is no type of its own are put back, with a note.
"""

from dataclasses import replace

from cascade.identifiers import DocumentIdentifier

# the D-spelling of a code with Đ, where that spelling is no code of its own
WITH_D = {"QD": "QĐ", "CD": "CĐ", "ND": "NĐ", "QDi": "QĐi"}


def restore_d(ident: DocumentIdentifier) -> tuple[DocumentIdentifier, str | None]:
    """``ident`` with its type code's Đ put back, and a review note; unchanged otherwise."""
    if ident.style != "state" or ident.type_code is not None or not ident.units:
        return ident, None
    code = WITH_D.get(ident.issuer)
    if code is None:
        return ident, None
    fixed = replace(ident, type_code=code, issuer=ident.units[0], units=ident.units[1:])
    return fixed, f"number {str(ident)!r} read as {str(fixed)!r}: D for Đ in the type code"
