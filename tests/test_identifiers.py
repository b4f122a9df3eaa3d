"""Tests for ``cascade.identifiers``: every identifier in the shared texts, real-world
noise (spacing, NFD, look-alike letters, dashes, drafts) and garbage that must fail."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cascade.errors import CascadeError, IdentifierError
from cascade.identifiers import (
    TYPE_CODES,
    DocumentIdentifier,
    looks_like_identifier,
    parse_identifier,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"

SEED_NUMBER_LINE = "Số:            /STTTT-TTBCXB"  # seeds/000: the number is left blank

# text as written -> (canonical, style, number, year, type_code, issuer, units)
Style = Literal["state", "party"]
Row = tuple[str, Style, int | None, int | None, str | None, str, tuple[str, ...]]
KNOWN: dict[str, Row] = {
    # seeds/000: the draft dispatch, the two plans it implements, the office dispatch
    SEED_NUMBER_LINE: ("/STTTT-TTBCXB", "state", None, None, None, "STTTT", ("TTBCXB",)),
    "251-KH/TU": ("251-KH/TU", "party", 251, None, "KH", "TU", ()),
    "262-KH/TU": ("262-KH/TU", "party", 262, None, "KH", "TU", ()),
    "12724/VP-KGVX": ("12724/VP-KGVX", "state", 12724, None, None, "VP", ("KGVX",)),
    # samples/01: Kon Tum chain 37-CT/TW -> 416/QĐ-TTg -> 119-KH/TU -> 435/QĐ-UBND
    "Số: 435/QĐ-UBND": ("435/QĐ-UBND", "state", 435, None, "QĐ", "UBND", ()),
    "SỐ 119-KH/TU": ("119-KH/TU", "party", 119, None, "KH", "TU", ()),
    "119- KH/TU": ("119-KH/TU", "party", 119, None, "KH", "TU", ()),
    "37-CT/TW": ("37-CT/TW", "party", 37, None, "CT", "TW", ()),
    "37- CT/TW": ("37-CT/TW", "party", 37, None, "CT", "TW", ()),
    "416/QĐ-TTg": ("416/QĐ-TTg", "state", 416, None, "QĐ", "TTg", ()),
    "416/QĐ- TTg": ("416/QĐ-TTg", "state", 416, None, "QĐ", "TTg", ()),
    "33/TTr-SLĐTBXH": ("33/TTr-SLĐTBXH", "state", 33, None, "TTr", "SLĐTBXH", ()),
    "42/TTr-SLĐTBXH": ("42/TTr-SLĐTBXH", "state", 42, None, "TTr", "SLĐTBXH", ()),
    "51-CTr/TU": ("51-CTr/TU", "party", 51, None, "CTr", "TU", ()),
    "53-CTr/TU": ("53-CTr/TU", "party", 53, None, "CTr", "TU", ()),
    "18-NQ/TW": ("18-NQ/TW", "party", 18, None, "NQ", "TW", ()),
    "19-NQ/TW": ("19-NQ/TW", "party", 19, None, "NQ", "TW", ()),
    "739/KH-UBND": ("739/KH-UBND", "state", 739, None, "KH", "UBND", ()),
    "740/KH-UBND": ("740/KH-UBND", "state", 740, None, "KH", "UBND", ()),
    "2401/KH-UBND": ("2401/KH-UBND", "state", 2401, None, "KH", "UBND", ()),
    # samples/02: Resolution 60-NQ/TW (Party "Quy định" also carry QĐ here)
    "Số 60-NQ/TW": ("60-NQ/TW", "party", 60, None, "NQ", "TW", ()),
    "232-QĐ/TW": ("232-QĐ/TW", "party", 232, None, "QĐ", "TW", ()),
    "22-QĐ/TW": ("22-QĐ/TW", "party", 22, None, "QĐ", "TW", ()),
    "262-QĐ/TW": ("262-QĐ/TW", "party", 262, None, "QĐ", "TW", ()),
    "35-CT/TW": ("35-CT/TW", "party", 35, None, "CT", "TW", ()),
    "118-KL/TW": ("118-KL/TW", "party", 118, None, "KL", "TW", ()),
    # samples/04: Resolution 1654/NQ-UBTVQH15 and what it rests on
    "Số: 1654/NQ-UBTVQH15": ("1654/NQ-UBTVQH15", "state", 1654, None, "NQ", "UBTVQH15", ()),
    "203/2025/QH15": ("203/2025/QH15", "state", 203, 2025, None, "QH15", ()),
    "72/2025/QH15": ("72/2025/QH15", "state", 72, 2025, None, "QH15", ()),
    "202/2025/QH15": ("202/2025/QH15", "state", 202, 2025, None, "QH15", ()),
    "76/2025/UBTVQH15": ("76/2025/UBTVQH15", "state", 76, 2025, None, "UBTVQH15", ()),
    "394/TTr-CP": ("394/TTr-CP", "state", 394, None, "TTr", "CP", ()),
    "395/ĐA-CP": ("395/ĐA-CP", "state", 395, None, "ĐA", "CP", ()),
    "412/BC-UBPLTP15": ("412/BC-UBPLTP15", "state", 412, None, "BC", "UBPLTP15", ()),
    # samples/05: a Government Office công văn (issuer VPCP, unit ĐMDN)
    "Số: 2739/VPCP-ĐMDN": ("2739/VPCP-ĐMDN", "state", 2739, None, None, "VPCP", ("ĐMDN",)),
    # domain.md
    "30/2020/NĐ-CP": ("30/2020/NĐ-CP", "state", 30, 2020, "NĐ", "CP", ()),
    "42/2014/QĐ-TTg": ("42/2014/QĐ-TTg", "state", 42, 2014, "QĐ", "TTg", ()),
    "23/2018/QĐ-TTg": ("23/2018/QĐ-TTg", "state", 23, 2018, "QĐ", "TTg", ()),
    "36-HD/VPTW": ("36-HD/VPTW", "party", 36, None, "HD", "VPTW", ()),
    "3398-CV/BTGTU": ("3398-CV/BTGTU", "party", 3398, None, "CV", "BTGTU", ()),
}
CANONICAL = sorted({row[0] for row in KNOWN.values()})


@pytest.mark.parametrize(("text", "row"), list(KNOWN.items()), ids=list(KNOWN))
def test_known_identifiers_parse(text: str, row: Row) -> None:
    canonical, style, number, year, type_code, issuer, units = row
    ident = parse_identifier(text)
    assert str(ident) == canonical
    assert ident == DocumentIdentifier(style, number, year, type_code, issuer, units)
    assert ident.is_draft is (number is None)


# Candidates as they appear in prose: no newline inside, a code ends at a word boundary.
_H = r"[^\S\n]*"
_CODE = r"[A-ZĐ][A-Za-zĐđ0-9]*(?!\w)"
_SCANNERS = (
    re.compile(rf"(?<![\w/])\d+{_H}-{_H}[A-Za-zĐđ]+{_H}/{_H}{_CODE}"),  # Party
    re.compile(rf"(?<![\w/])\d+{_H}/{_H}(?:\d{{4}}{_H}/{_H})?{_CODE}(?:{_H}-{_H}{_CODE})*"),
    re.compile(rf"(?<=Số:){_H}[.…_]*{_H}/{_CODE}(?:-{_CODE})*"),  # a draft's blank number
)


def _shared_texts() -> list[Path]:
    if not SHARED.is_dir():
        pytest.skip(f"shared texts not found at {SHARED} (the folder beside the repo)")
    return sorted(SHARED.glob("seeds/*.txt")) + sorted(SHARED.glob("samples/*.txt"))


def test_every_identifier_in_the_shared_texts_parses() -> None:
    found: dict[str, str] = {}
    for path in _shared_texts():
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        for scanner in _SCANNERS:
            for match in scanner.finditer(text):
                found[match.group()] = path.name
    for candidate, source in found.items():
        ident = parse_identifier(candidate)  # raises with the reason if not
        assert str(ident) in CANONICAL, f"{candidate!r} from {source} is not in KNOWN"
    # and the scanners still see every identifier KNOWN lists from these files
    assert {str(parse_identifier(c)) for c in found} == set(CANONICAL) - {
        "30/2020/NĐ-CP",
        "42/2014/QĐ-TTg",
        "23/2018/QĐ-TTg",
        "36-HD/VPTW",
        "3398-CV/BTGTU",
    }


@pytest.mark.parametrize("canonical", CANONICAL)
def test_canonical_round_trip(canonical: str) -> None:
    assert str(parse_identifier(canonical)) == canonical
    assert looks_like_identifier(canonical)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (unicodedata.normalize("NFD", "Số: 435/QĐ-UBND"), "435/QĐ-UBND"),
        (unicodedata.normalize("NFD", "SỐ 119-KH/TU"), "119-KH/TU"),
        (unicodedata.normalize("NFD", "Số:  …/STTTT-TTBCXB"), "/STTTT-TTBCXB"),
    ],
)
def test_nfd_input(text: str, canonical: str) -> None:
    assert text != unicodedata.normalize("NFC", text)
    assert str(parse_identifier(text)) == canonical


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("435/Q\u00d0-UBND", "435/QĐ-UBND"),  # Latin capital eth
        ("2739/VPCP-\u00d0MDN", "2739/VPCP-ĐMDN"),
        ("395/\u00d0A-CP", "395/ĐA-CP"),
        ("435/Q\u0189-UBND", "435/QĐ-UBND"),  # African D
        ("435/qđ-UBND", "435/QĐ-UBND"),
        ("435/q\u00f0-UBND", "435/QĐ-UBND"),
        ("12/qyđ-UBND", "12/QyĐ-UBND"),
        ("33/ttr-SLĐTBXH", "33/TTr-SLĐTBXH"),
        ("51-ctr/TU", "51-CTr/TU"),
        ("7-trs/VPTU", "7-TrS/VPTU"),
    ],
)
def test_lookalikes_and_case(text: str, canonical: str) -> None:
    assert str(parse_identifier(text)) == canonical


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("119- KH/TU", "119-KH/TU"),
        ("37 -CT/ TW", "37-CT/TW"),
        ("416 /QĐ-TTg", "416/QĐ-TTg"),
        ("416 / QĐ - TTg", "416/QĐ-TTg"),
        ("202 / 2025 / QH15", "202/2025/QH15"),
        ("  251-KH/TU  ", "251-KH/TU"),
        ("251\u00a0-\u00a0KH/TU", "251-KH/TU"),  # non-breaking spaces
        ("416/QĐ\u202f-TTg", "416/QĐ-TTg"),  # narrow no-break space
        ("251\u2013KH/TU", "251-KH/TU"),  # en dash
        ("435/QĐ\u2014UBND", "435/QĐ-UBND"),  # em dash
        ("435/QĐ\u2011UBND", "435/QĐ-UBND"),  # non-breaking hyphen
        ("435/\u200bQĐ-UBND", "435/QĐ-UBND"),  # zero-width space
        ("Số:435/QĐ-UBND", "435/QĐ-UBND"),
        ("Số 435/QĐ-UBND", "435/QĐ-UBND"),
        ("số 435/QĐ-UBND", "435/QĐ-UBND"),
        ("SỐ: 435/QĐ-UBND", "435/QĐ-UBND"),
        ("01/2021/TT-BTC", "01/2021/TT-BTC"),  # leading zeros are kept as printed
    ],
)
def test_spacing_and_separator_variants(text: str, canonical: str) -> None:
    assert str(parse_identifier(text)) == canonical


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("/STTTT-TTBCXB", "/STTTT-TTBCXB"),
        ("     /STTTT-TTBCXB", "/STTTT-TTBCXB"),
        ("…/STTTT-TTBCXB", "/STTTT-TTBCXB"),
        (".../STTTT-TTBCXB", "/STTTT-TTBCXB"),
        ("Số: ……/STTTT-TTBCXB", "/STTTT-TTBCXB"),
        ("-KH/TU", "-KH/TU"),
        ("   -KH/TU", "-KH/TU"),
        ("…-KH/TU", "-KH/TU"),
        ("Số:      /2025/NĐ-CP", "/2025/NĐ-CP"),
    ],
)
def test_drafts(text: str, canonical: str) -> None:
    ident = parse_identifier(text)
    assert ident.is_draft
    assert ident.number is None
    assert str(ident) == canonical
    assert parse_identifier(canonical) == ident


@pytest.mark.parametrize(
    ("text", "type_code", "issuer", "units"),
    [
        ("12/HĐ-UBND", "HĐ", "UBND", ()),  # a contract
        ("12/NQ-HĐND", "NQ", "HĐND", ()),  # HĐND is an issuer
        ("12/HĐND-VP", None, "HĐND", ("VP",)),  # a công văn of the council
        ("1654/NQ-UBTVQH15", "NQ", "UBTVQH15", ()),
        ("202/2025/QH15", None, "QH15", ()),
        ("5/QĐ-UBND-VX-KT", "QĐ", "UBND", ("VX", "KT")),
        ("5/CV-UBND", "CV", "UBND", ()),  # non-standard but common state spelling
    ],
)
def test_only_exact_segments_are_type_codes(
    text: str, type_code: str | None, issuer: str, units: tuple[str, ...]
) -> None:
    ident = parse_identifier(text)
    assert (ident.type_code, ident.issuer, ident.units) == (type_code, issuer, units)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("435/QĐ-UBND", "decision"),
        ("12724/VP-KGVX", "dispatch"),
        ("3398-CV/BTGTU", "dispatch"),
        ("251-KH/TU", "plan"),
        ("36-HD/VPTW", "guidance"),
        ("395/ĐA-CP", "project"),
        ("5/DA-UBND", "investment_project"),
        ("30/2020/NĐ-CP", "decree"),
        ("202/2025/QH15", "dispatch"),
    ],
)
def test_kind(text: str, kind: str) -> None:
    assert parse_identifier(text).kind == kind


# The table in domain.md: code -> (Vietnamese name, kind slug).
DOMAIN_TYPES = {
    "NQ": ("nghị quyết", "resolution"),
    "QĐ": ("quyết định", "decision"),
    "CT": ("chỉ thị", "directive"),
    "QC": ("quy chế", "regulation"),
    "QyĐ": ("quy định", "rules"),
    "TC": ("thông cáo", "communique"),
    "TB": ("thông báo", "notice"),
    "HD": ("hướng dẫn", "guidance"),
    "CTr": ("chương trình", "programme"),
    "KH": ("kế hoạch", "plan"),
    "PA": ("phương án", "scheme"),
    "ĐA": ("đề án", "project"),
    "DA": ("dự án", "investment_project"),
    "BC": ("báo cáo", "report"),
    "BB": ("biên bản", "minutes"),
    "TTr": ("tờ trình", "submission"),
    "HĐ": ("hợp đồng", "contract"),
    "CĐ": ("công điện", "telegram"),
    "BGN": ("bản ghi nhớ", "memorandum"),
    "BTT": ("bản thỏa thuận", "agreement"),
    "GUQ": ("giấy ủy quyền", "authorisation"),
    "GM": ("giấy mời", "invitation"),
    "GGT": ("giấy giới thiệu", "introduction"),
    "GNP": ("giấy nghỉ phép", "leave"),
    "PG": ("phiếu gửi", "dispatch_slip"),
    "PC": ("phiếu chuyển", "transfer_slip"),
    "PB": ("phiếu báo", "notice_slip"),
    "SY": ("bản sao y", "copy"),
    "TrS": ("bản trích sao", "extract_copy"),
    "SL": ("bản sao lục", "certified_copy"),
    "CV": ("công văn", "dispatch"),
}


@pytest.mark.parametrize(("code", "names"), list(DOMAIN_TYPES.items()))
def test_type_codes_cover_the_domain_table(code: str, names: tuple[str, str]) -> None:
    entry = TYPE_CODES[code]
    assert (entry.code, entry.vi, entry.kind) == (code, *names)
    assert entry.en == entry.kind.replace("_", " ")
    assert str(parse_identifier(f"7/{code}-UBND")) == f"7/{code}-UBND"
    assert str(parse_identifier(f"7-{code.lower()}/TU")) == f"7-{code}/TU"


def test_type_codes_are_unique_ignoring_case() -> None:
    assert all(key == value.code for key, value in TYPE_CODES.items())
    assert len({code.casefold() for code in TYPE_CODES}) == len(TYPE_CODES)


GARBAGE = [
    ("", "empty identifier"),
    ("   ", "empty identifier"),
    ("Số:", "empty identifier"),
    ("435 QĐ UBND", "no '/' separator"),
    ("KH-TU", "no '/' separator"),
    ("ABC/QĐ-UBND", "expected a document number"),
    ("V/v", "expected a document number"),
    ("T/M", "expected a document number"),
    ("12a/QĐ-UBND", "expected a document number"),
    ("4 35/QĐ-UBND", "expected a document number"),
    ("0/QĐ-UBND", "start at 1"),
    ("251-XYZ/TU", "unknown Party type code"),
    ("251-QD/TU", "unknown Party type code"),  # ASCII D is not Đ: HD and HĐ differ
    ("251-/TU", "missing type code"),
    ("251-KH/TU/VP", "only one '/'"),
    ("435/", "nothing after '/'"),
    ("435/QĐ", "needs an issuer"),
    ("435/QĐ--UBND", "empty code"),
    ("251-KH/TU-", "empty code"),
    ("435/QĐ-UBND.", "is not a code"),
    ("251-KH/TU;", "is not a code"),
    ("/QĐ-15UB", "is not a code"),
    ("435/QĐ-UBND ngày 04/5/2020", "unexpected text after"),
    ("251-KH/TU của Tỉnh ủy", "unexpected text after"),
    ("12/QĐ/UBND", "four-digit year"),
    ("202/25/QH15", "four-digit year"),
    ("202/2025/", "nothing after the year"),
]


@pytest.mark.parametrize(("text", "reason"), GARBAGE, ids=[repr(t) for t, _ in GARBAGE])
def test_garbage_raises_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(IdentifierError) as info:
        parse_identifier(text)
    assert reason in info.value.reason
    assert info.value.text == text
    assert isinstance(info.value, CascadeError)
    assert not looks_like_identifier(text)


def test_identifiers_are_values() -> None:
    a, b = parse_identifier("119- KH/TU"), parse_identifier("Số 119-KH/TU")
    assert a == b
    assert len({a, b}) == 1
    with pytest.raises(AttributeError):
        a.number = 120  # type: ignore[misc]


# --- property: any valid identifier survives printing, and printing with noise ------------

_FOLDED_CODES = {code.casefold() for code in TYPE_CODES}
_segments = st.from_regex(r"[A-ZĐ][A-Za-zĐđ0-9]{0,7}", fullmatch=True)
_issuers = _segments.filter(lambda s: s.casefold() not in _FOLDED_CODES)


@st.composite
def identifiers(draw: st.DrawFn) -> DocumentIdentifier:
    number = draw(st.none() | st.integers(1, 99_999))
    issuer = draw(_issuers)
    units = tuple(draw(st.lists(_segments, max_size=2)))
    type_code = draw(st.sampled_from(sorted(TYPE_CODES)))
    if draw(st.booleans()):
        return DocumentIdentifier("party", number, None, type_code, issuer, units)
    year = draw(st.none() | st.integers(1945, 2099))
    state_code = draw(st.none() | st.just(type_code))
    return DocumentIdentifier("state", number, year, state_code, issuer, units)


@given(identifiers())
def test_round_trip_property(ident: DocumentIdentifier) -> None:
    assert parse_identifier(str(ident)) == ident
    assert str(parse_identifier(str(ident))) == str(ident)


@given(identifiers(), st.data())
def test_noisy_spellings_parse_to_the_same_identifier(
    ident: DocumentIdentifier, data: st.DataObject
) -> None:
    spaces = st.sampled_from(["", "", " ", "  ", "\u00a0"])
    dashes = st.sampled_from(["-", "-", "\u2013", "\u2014"])
    out = [data.draw(st.sampled_from(["", "Số: ", "số ", "SỐ:", "Số "]))]
    for char in str(ident):
        if char in "-/":
            sep = data.draw(dashes) if char == "-" else "/"
            out.append(data.draw(spaces) + sep + data.draw(spaces))
        else:
            out.append(char)
    noisy = "".join(out)
    if data.draw(st.booleans()):
        noisy = noisy.replace("Đ", "\u00d0")
    if data.draw(st.booleans()):
        noisy = unicodedata.normalize("NFD", noisy)
    assert parse_identifier(noisy) == ident


def test_leading_zeros_are_printed_as_written_but_compare_by_number() -> None:
    padded = parse_identifier("08/CT-UBND")
    assert str(padded) == "08/CT-UBND" and padded.number == 8
    assert padded == parse_identifier("8/CT-UBND")
    assert str(parse_identifier("05-KH/TU")) == "05-KH/TU"


@pytest.mark.parametrize(
    ("text", "canonical", "kind", "units"),
    [
        # a Party regulation: "QĐi" (quy định), not "QĐ" (quyết định)
        ("11-QĐi/TW", "11-QĐi/TW", "rules", ()),
        ("Số 11-qđi/TW", "11-QĐi/TW", "rules", ()),
        # "&" inside a unit's code, with or without spaces around it
        ("8935/BNV-CTTN&BĐG", "8935/BNV-CTTN&BĐG", "dispatch", ("CTTN&BĐG",)),
        ("515/KH-BCA-BNN & MT", "515/KH-BCA-BNN&MT", "plan", ("BNN&MT",)),
    ],
)
def test_party_regulations_and_ampersands_in_unit_codes(
    text: str, canonical: str, kind: str, units: tuple[str, ...]
) -> None:
    ident = parse_identifier(text)
    assert (str(ident), ident.kind, ident.units) == (canonical, kind, units)


@pytest.mark.parametrize("text", ["7/&-UBND", "7/BNV-CTTN&", "7/BNV-&BĐG", "7/BNV-A&&B"])
def test_an_ampersand_must_join_two_parts_of_a_code(text: str) -> None:
    with pytest.raises(IdentifierError, match="is not a code"):
        parse_identifier(text)
