"""The document entries of a draft: the document read, and every document it cites.

The main document's entry carries its header fields (number, kind, date, place, subject,
signer), what it rests on, its addressees and distribution, and the review notes gathered
while the draft was built; each cited document gets its own entry with its issuer read or
guessed. :func:`read_references` reads the citations from the subject, a list of bases above
the header and every unit of the body.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from cascade.extract.book import IdAllocator, OrgBook
from cascade.extract.citations import Reference, find_references
from cascade.extract.header import Header
from cascade.extract.replaced_acts import as_repealed, repeal_lead
from cascade.extract.review_notes import note_of, with_review
from cascade.extract.signature import read_signature
from cascade.extract.text import slugify
from cascade.extract.units import Unit

NO_IDENTIFIER = "/CHUA-RO"
"""The identifier a draft gets when the text shows no number (with a review marker)."""

# "## CĂN CỨ PHÁP LÝ" over bullets that name the bases without "Căn cứ"
_BASES_HEADING = re.compile(r"^CĂN CỨ(?:\s+PHÁP\s+(?:LÝ|LUẬT))?\s*:?$")


def _bases_above(text: str, end: int) -> list[str]:
    """A transcription's list of bases above the header ("## CĂN CỨ PHÁP LUẬT" / "- Luật …;"
    before the issuer and the date line), each read as "Căn cứ …"."""
    lines = text[:end].split("\n")
    start = next(
        (n for n, line in enumerate(lines) if _BASES_HEADING.match(line.strip(" #*"))), None
    )
    if start is None:
        return []
    bases: list[str] = []
    for line in lines[start + 1 :]:
        item = line.strip()
        if item.startswith("#"):
            break  # the next section
        if item.startswith(("-", "+", "*")) and item.strip(" -+*"):
            bases.append(f"Căn cứ {item.strip(' -+*')}")
    return bases


def _citing_texts(units: list[Unit]) -> list[str]:
    """The texts references are read from: each unit's, a basis listed under a heading
    "CĂN CỨ PHÁP LÝ" read as "Căn cứ …", a document listed under "Các Thông tư sau hết hiệu
    lực …:" or "Bãi bỏ:" as "Bãi bỏ …"."""
    texts = []
    for unit in units:
        lead = units[unit.parent].text.strip() if unit.parent is not None else ""
        if _BASES_HEADING.match(lead):
            texts.append(f"Căn cứ {unit.text}")
        elif lead and repeal_lead(lead):
            texts.append(as_repealed(unit.text))
        else:
            texts.append(unit.text)
    return texts


def read_references(
    text: str, header: Header, units: list[Unit]
) -> tuple[list[Reference], list[str]]:
    """The documents cited (from the subject, the bases above the header and the body) and
    the review notes their reading left."""
    return find_references(
        [header.subject or "", *_bases_above(text, header.end), *_citing_texts(units)],
        header.identifier,
    )


class DocumentEntries:
    """Writes the draft's document entries; ``reviews`` is the main document's list of
    review notes, shared with the builder that adds to it."""

    def __init__(self, header: Header, tail: list[str], book: OrgBook, reviews: list[str]) -> None:
        self.header = header
        self.tail = tail
        self.book = book
        self.doc_reviews = reviews

    def main(
        self,
        doc_id: str,
        issuer: str,
        refs: list[Reference],
        addressees: list[str],
        distribution: list[dict[str, Any]],
    ) -> dict[str, Any]:
        """The entry of the document itself, its review notes gathered so far in its note."""
        header = self.header
        ident = header.identifier
        doc: dict[str, Any] = {
            "id": doc_id,
            "identifier": header.identifier_text or NO_IDENTIFIER,
            "kind": header.kind or "dispatch",
            "title": header.title,
            "issuer": issuer,
        }
        if ident is None:
            self.doc_reviews.append("no number found; identifier '/CHUA-RO' is a placeholder")
        if ident is not None and ident.units:
            doc["drafting_unit"] = "-".join(ident.units)
        self._when_and_what(doc)
        signer = self._signer()
        if signer:
            doc["signer"] = signer
        if header.urgency:
            doc["urgency"] = header.urgency
        ref_ids = {ref.text: slugify(ref.text) for ref in refs}
        doc["rests_on"] = [
            without_none(
                {"document": ref_ids[ref.text], "relation": ref.relation, "section": ref.section}
            )
            for ref in refs
        ]
        doc["attachments"] = [ref_ids[ref.text] for ref in refs if ref.attachment]
        doc["addressees"] = addressees
        doc["distribution"] = distribution
        info: list[str] = []
        if ident is not None and ident.is_draft:
            blank = (
                ["number"]
                + (["day"] if not header.day else [])
                + (["month"] if not header.month else [])
            )
            info.append(f"a draft: {', '.join(blank)} left blank")
        note = note_of(self.doc_reviews, "; ".join(info) or None)
        if note:
            doc["note"] = note
        return doc

    def _when_and_what(self, doc: dict[str, Any]) -> None:
        """The date (or year), place and subject of the main document, each checked."""
        header = self.header
        if header.year and header.month and header.day:
            try:
                doc["date"] = dt.date(header.year, header.month, header.day)
            except ValueError:
                self.doc_reviews.append("the date in the header is not a valid date")
                doc["year"] = header.year
        elif header.year:
            doc["year"] = header.year
            self.doc_reviews.append("the header gives the year only, no day and month")
        else:
            self.doc_reviews.append("no place and date line found: the date is unknown")
        if header.place:
            doc["place"] = header.place
        if header.subject:
            doc["subject"] = header.subject
        else:
            self.doc_reviews.append("no subject found")

    def _signer(self) -> dict[str, Any]:
        """Who signed, as the draft writes it (empty when the signature is not found)."""
        signature = read_signature(self.tail)
        name = signature.name or self.header.signer
        if signature.name is None:
            self.doc_reviews.append(
                "no signer's name found in the signature"
                + ("; taken from the site's table ('Người ký')" if name else "")
            )
        signer: dict[str, Any] = {}
        if name:
            signer["name"] = name
        if signature.title:
            signer["title"] = signature.title
        if signature.markers:
            signer["markers"] = signature.markers
        return signer

    def cited(
        self, refs: list[Reference], doc_ids: IdAllocator, issuer: str
    ) -> list[dict[str, Any]]:
        """An entry for each document cited, its issuer from the text or guessed."""
        out: list[dict[str, Any]] = []
        own = self.header.identifier
        for ref in refs:
            reviews: list[str] = []
            if ref.issuer_name:
                ref_issuer = self.book.org(ref.issuer_name)
            elif (
                own is not None
                and ref.identifier.issuer == own.issuer
                and (ref.identifier.style == own.style)
            ):
                ref_issuer = issuer
                reviews.append("issuer taken to be this document's issuer (same code)")
            else:
                ref_issuer, why = self.book.issuer_from_code(ref.identifier.issuer)
                reviews.append(why)
            doc: dict[str, Any] = {
                "id": doc_ids.allocate(slugify(ref.text)),
                "identifier": ref.text,
                "kind": ref.kind or "document",
                "issuer": ref_issuer,
            }
            if ref.title:
                doc["title"] = ref.title
            if ref.identifier.units and ref.identifier.style == "state":
                doc["drafting_unit"] = "-".join(ref.identifier.units)
            if ref.date is not None and ref.date.date is not None:
                doc["date"] = ref.date.date
            elif ref.date is not None and ref.date.year:
                doc["year"] = ref.date.year
            elif ref.identifier.year:
                doc["year"] = ref.identifier.year
            doc["rests_on"] = [
                {"document": slugify(target), "relation": "implements"}
                for target in ref.implements
                if slugify(target) != slugify(ref.text)  # a document never rests on itself
            ]
            if reviews:
                doc["note"] = note_of(reviews, None)
            out.append(doc)
        return out


def without_none(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without its empty fields (None, an empty list)."""
    return {k: v for k, v in data.items() if v is not None and v != []}


def fix_document_references(data: dict[str, Any]) -> None:
    """Drop 'implements' links to documents that are not in the draft, and links to a
    document dated after the one said to rest on it (a sentence misread: "Văn bản số
    375/BNN-TC về việc áp dụng khung giá ban hành kèm theo Thông tư số 283/2016/TT-BTC"),
    with a review note."""
    by_id = {d["id"]: d for d in data["documents"]}
    for doc in data["documents"]:
        kept = []
        for basis in doc.get("rests_on", []):
            target = by_id.get(basis["document"])
            if target is None:
                continue
            if _dated_before(doc, target):
                review = (
                    f"not linked to {target['identifier']}, which is dated after it "
                    "(check what rests on what)"
                )
                doc["note"] = with_review(doc.get("note"), review)
                continue
            kept.append(basis)
        doc["rests_on"] = kept
        if not doc["rests_on"]:
            doc.pop("rests_on")
        for key in ("attachments", "addressees", "distribution"):
            if key in doc and not doc[key]:
                doc.pop(key)


def _dated_before(doc: dict[str, Any], basis: dict[str, Any]) -> bool:
    """True when ``doc`` is dated (by day, or by year when a side has only a year) before
    ``basis``."""
    mine, theirs = doc.get("date"), basis.get("date")
    if isinstance(mine, dt.date) and isinstance(theirs, dt.date):
        return mine < theirs
    my_year = mine.year if isinstance(mine, dt.date) else doc.get("year")
    their_year = theirs.year if isinstance(theirs, dt.date) else basis.get("year")
    return isinstance(my_year, int) and isinstance(their_year, int) and my_year < their_year
