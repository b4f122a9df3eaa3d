"""Document identifiers ("số ký hiệu"): parse real-world text, print canonically.

Documents in a cascade cite each other by identifier ("Căn cứ Kế hoạch số 251-KH/TU …"),
so the rest of the library keys documents on the :class:`DocumentIdentifier` made here.
Two formats exist:

* state (Decree 30/2020/NĐ-CP): ``number/TYPE-ISSUER[-UNIT…]`` such as ``435/QĐ-UBND``;
  a state công văn has no type code (``12724/VP-KGVX``), and laws and resolutions of the
  National Assembly carry a year (``202/2025/QH15``, ``42/2014/QĐ-TTg``);
* Party (Guidance 36-HD/VPTW): ``number-TYPE/BODY`` such as ``251-KH/TU``.

A draft leaves the number blank: ``/STTTT-TTBCXB``, ``-KH/TU``. Input comes from
crawled and retyped documents, so stray spaces, NFD text, look-alike letters (``Ð``),
dash variants and a leading ``Số:`` are tolerated; anything else raises
:class:`~cascade.errors.IdentifierError` with the reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from cascade.errors import IdentifierError

__all__ = [
    "TYPE_CODES",
    "DocumentIdentifier",
    "TypeCode",
    "looks_like_identifier",
    "parse_identifier",
]


@dataclass(frozen=True)
class TypeCode:
    """A document type: official abbreviation, Vietnamese and English names, a slug."""

    code: str
    vi: str
    en: str
    kind: str


# (code, Vietnamese name, kind slug); the English name is the slug in words.
_TYPE_TABLE: tuple[tuple[str, str, str], ...] = (
    # Decree 30/2020/NĐ-CP, Appendix III (administrative documents).
    ("NQ", "nghị quyết", "resolution"),
    ("QĐ", "quyết định", "decision"),
    ("CT", "chỉ thị", "directive"),
    ("QC", "quy chế", "regulation"),
    ("QyĐ", "quy định", "rules"),
    ("TC", "thông cáo", "communique"),
    ("TB", "thông báo", "notice"),
    ("HD", "hướng dẫn", "guidance"),
    ("CTr", "chương trình", "programme"),
    ("KH", "kế hoạch", "plan"),
    ("PA", "phương án", "scheme"),
    ("ĐA", "đề án", "project"),
    ("DA", "dự án", "investment_project"),
    ("BC", "báo cáo", "report"),
    ("BB", "biên bản", "minutes"),
    ("TTr", "tờ trình", "submission"),
    ("HĐ", "hợp đồng", "contract"),
    ("CĐ", "công điện", "telegram"),
    ("BGN", "bản ghi nhớ", "memorandum"),
    ("BTT", "bản thỏa thuận", "agreement"),
    ("GUQ", "giấy ủy quyền", "authorisation"),
    ("GM", "giấy mời", "invitation"),
    ("GGT", "giấy giới thiệu", "introduction"),
    ("GNP", "giấy nghỉ phép", "leave"),
    ("PG", "phiếu gửi", "dispatch_slip"),
    ("PC", "phiếu chuyển", "transfer_slip"),
    ("PB", "phiếu báo", "notice_slip"),
    ("SY", "bản sao y", "copy"),
    ("TrS", "bản trích sao", "extract_copy"),
    ("SL", "bản sao lục", "certified_copy"),
    # Party công văn carry CV; state ones officially carry no code, but "/CV-UBND" is
    # common in practice and means the same thing.
    ("CV", "công văn", "dispatch"),
    # Beyond the domain table: Party conclusions (118-KL/TW is cited in the samples) and
    # the legal-normative types, so 30/2020/NĐ-CP is a decree, not a dispatch by "NĐ".
    ("KL", "kết luận", "conclusion"),
    # Party regulations: "QĐi" (quy định) sets them apart from decisions (11-QĐi/TW).
    ("QĐi", "quy định", "rules"),
    ("NĐ", "nghị định", "decree"),
    ("TT", "thông tư", "circular"),
    ("TTLT", "thông tư liên tịch", "joint_circular"),
)

TYPE_CODES: dict[str, TypeCode] = {
    code: TypeCode(code, vi, kind.replace("_", " "), kind) for code, vi, kind in _TYPE_TABLE
}

# Case-insensitive lookup; no ASCII folding, since HD/HĐ and DA/ĐA are different types.
_BY_FOLDED: dict[str, str] = {code.casefold(): code for code in TYPE_CODES}

_TRANSLATE = str.maketrans(
    {
        # Look-alikes of Đ/đ: Latin eth and African D.
        "\u00d0": "\u0110",
        "\u0189": "\u0110",
        "\u00f0": "\u0111",
        # Hyphens, dashes and minus signs typed or autocorrected in place of "-".
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d", "-"),
        **dict.fromkeys("\u2044\u2215\uff0f", "/"),
        # Invisible characters that survive copy and paste.
        **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff", None),
    }
)
_PREFIX = re.compile(r"^số(?![^\W\d_])\s*:?\s*", re.IGNORECASE)
_AROUND_SEPARATOR = re.compile(r"\s*([-/&])\s*")
_DIGITS = re.compile(r"[0-9]+")
_BLANK = re.compile(r"[\s._\u2026]*")  # what drafts put where the number will go
_YEAR = re.compile(r"[0-9]{4}")
# a letter, then letters and digits; "&" may join two parts of a unit's code ("CTTN&BĐG")
_SEGMENT = re.compile(r"[^\W\d_][^\W_]*(?:&[^\W_]+)*")


@dataclass(frozen=True)
class DocumentIdentifier:
    """A parsed identifier; ``str()`` gives the canonical spelling."""

    style: Literal["state", "party"]
    number: int | None
    year: int | None
    type_code: str | None
    issuer: str
    units: tuple[str, ...] = ()
    # the number as printed when it has leading zeros ("08"): kept for display, not compared
    digits: str = field(default="", compare=False, repr=False)

    @property
    def is_draft(self) -> bool:
        """True when the number is still blank."""
        return self.number is None

    @property
    def kind(self) -> str | None:
        """The type's slug, ``"dispatch"`` for a state công văn (which has no code)."""
        if self.type_code is None:
            return "dispatch"
        code = TYPE_CODES.get(self.type_code)
        return code.kind if code else None

    def __str__(self) -> str:
        """Return the canonical spelling: ``435/QĐ-UBND``, ``251-KH/TU``, ``/STTTT-TTBCXB``."""
        number = "" if self.number is None else (self.digits or str(self.number))
        body = "-".join((self.issuer, *self.units))
        if self.style == "party":
            return f"{number}-{self.type_code}/{body}"
        year = "" if self.year is None else f"{self.year}/"
        code = "" if self.type_code is None else f"{self.type_code}-"
        return f"{number}/{year}{code}{body}"


def _normalise(text: str) -> str:
    """NFC, canonical dashes and Đ, no ``Số:`` prefix, no spaces around separators."""
    text = " ".join(unicodedata.normalize("NFC", text).translate(_TRANSLATE).split())
    text = _PREFIX.sub("", text, count=1)
    return _AROUND_SEPARATOR.sub(r"\1", text)


def _number(original: str, raw: str) -> int | None:
    if _DIGITS.fullmatch(raw):
        if int(raw) == 0:
            raise IdentifierError(original, "document numbers start at 1")
        return int(raw)
    if _BLANK.fullmatch(raw):
        return None
    reason = f"expected a document number (or a blank), found {raw!r}"
    raise IdentifierError(original, reason)


def _segments(original: str, raw: str) -> tuple[str, ...]:
    """Split ``ISSUER-UNIT-…`` into checked codes."""
    parts = tuple(raw.split("-"))
    for part in parts:
        if not part:
            raise IdentifierError(original, "empty code between separators")
        if not _SEGMENT.fullmatch(part):
            reason = (
                f"{part!r} is not a code (a letter, then letters and digits, parts joined by '&')"
            )
            raise IdentifierError(original, reason)
    return parts


def _type_code(raw: str) -> str | None:
    return _BY_FOLDED.get(raw.casefold())


def _party(text: str, head: str, tail: str) -> DocumentIdentifier:
    """``number-TYPE/BODY``: the type code is required and must be known."""
    raw_number, _, raw_code = head.partition("-")
    number = _number(text, raw_number)
    if not raw_code:
        raise IdentifierError(text, "missing type code between '-' and '/'")
    type_code = _type_code(raw_code)
    if type_code is None:
        raise IdentifierError(text, f"unknown Party type code {raw_code!r}")
    if "/" in tail:
        raise IdentifierError(text, "a Party identifier has only one '/'")
    issuer, *units = _segments(text, tail)
    return DocumentIdentifier(
        "party", number, None, type_code, issuer, tuple(units), _zero_padded(raw_number)
    )


def _state(text: str, head: str, tail: str) -> DocumentIdentifier:
    """``number[/year]/[TYPE-]ISSUER[-UNIT…]``; no known type code means a công văn."""
    number = _number(text, head)
    year: int | None = None
    if "/" in tail:
        raw_year, _, tail = tail.partition("/")
        if not _YEAR.fullmatch(raw_year):
            reason = f"expected a four-digit year after the number, found {raw_year!r}"
            raise IdentifierError(text, reason)
        year = int(raw_year)
        if not tail:
            raise IdentifierError(text, "nothing after the year")
    first, *rest = _segments(text, tail)
    # Only an exact segment is a type code: "HĐND" and "QH15" are issuers.
    type_code = _type_code(first)
    digits = _zero_padded(head)
    if type_code is None:
        return DocumentIdentifier("state", number, year, None, first, tuple(rest), digits)
    if not rest:
        raise IdentifierError(text, f"type code {type_code!r} needs an issuer after it")
    issuer, *units = rest
    return DocumentIdentifier("state", number, year, type_code, issuer, tuple(units), digits)


def _zero_padded(raw: str) -> str:
    """The digits as written when they start with 0 ("08/CT-UBND"), else ''."""
    return raw if raw.startswith("0") and _DIGITS.fullmatch(raw) else ""


def parse_identifier(text: str) -> DocumentIdentifier:
    """Parse a state or Party document identifier.

    >>> str(parse_identifier("Số: 416 /QĐ- TTg"))
    '416/QĐ-TTg'
    >>> parse_identifier("119- KH/TU").kind
    'plan'

    Raises :class:`~cascade.errors.IdentifierError` when ``text`` is not one.
    """
    cleaned = _normalise(text)
    if not cleaned:
        raise IdentifierError(text, "empty identifier")
    head, slash, tail = cleaned.partition("/")
    if not slash:
        raise IdentifierError(text, "no '/' separator")
    if not tail:
        raise IdentifierError(text, "nothing after '/'")
    # Spaces around separators are gone, so a space left after the '/' starts junk.
    body, space, junk = tail.partition(" ")
    if space:
        raise IdentifierError(text, f"unexpected text after {head}/{body}: {junk!r}")
    return _party(text, head, tail) if "-" in head else _state(text, head, tail)


def looks_like_identifier(text: str) -> bool:
    """Tell whether :func:`parse_identifier` accepts ``text``."""
    try:
        parse_identifier(text)
    except IdentifierError:
        return False
    return True
