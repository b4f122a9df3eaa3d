"""Putting it together: from a document's text to a :class:`~cascade.model.CascadeFile`.

:func:`extract_text` runs the steps (normalise, header, layout, units, references,
addressees, tasks, distribution) and builds the draft: the document and every document it
cites, the organisations and groups (from the registry or new), milestones, and one
obligation per task and lead. Every guess that is not certain becomes a review marker:
a ``note`` starting with ``REVIEW:`` on the item concerned (organisations, documents,
obligations; a group's doubts go on its placeholder member), also listed in
:attr:`Extraction.reviews`.

The builder here holds the steps together and writes the organisations, groups, addressees
and distribution; :mod:`.official` decides whether the text is an official document at all,
:mod:`.horizon` reads the document's own time, :mod:`.draft_documents` and
:mod:`.draft_obligations` write the document and obligation entries, and :mod:`.extraction`
holds what is returned.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from cascade.errors import ExtractError
from cascade.extract.book import DraftOrg, IdAllocator, OrgBook
from cascade.extract.caption import complete_from_caption
from cascade.extract.courtesy_names import courtesy_aliases
from cascade.extract.defined_bodies import reading
from cascade.extract.defined_terms import reading_terms
from cascade.extract.directed_bodies import is_normative
from cascade.extract.draft_documents import (
    DocumentEntries,
    fix_document_references,
    read_references,
)
from cascade.extract.draft_obligations import ObligationEntries
from cascade.extract.extraction import Extraction, ReportLine, reviews_of
from cascade.extract.form_templates import mark_form_templates
from cascade.extract.group_copies import place_under_members
from cascade.extract.header import Header, read_header
from cascade.extract.horizon import document_horizon
from cascade.extract.known_orgs import Registry
from cascade.extract.layout import Layout, split_layout
from cascade.extract.lost_colons import restore_lost_colons
from cascade.extract.official import check_official
from cascade.extract.orgs import parse_org_list, remembering_lists
from cascade.extract.own_rules import issues_own_rules
from cascade.extract.partner_bullets import join_partner_bullets
from cascade.extract.reports import distribution_entries, recipient_names
from cascade.extract.review_notes import note_of, with_review
from cascade.extract.short_names import bracketed_short_names, defined_names
from cascade.extract.signature import acting_organ, read_signature
from cascade.extract.site_page import complete_header, read_site_page
from cascade.extract.speaker import find_speaker
from cascade.extract.subordination import infer_parents, unplaced_assignments
from cascade.extract.tasks import TaskReader
from cascade.extract.text import normalise, slugify, squash
from cascade.extract.units import parse_units
from cascade.extract.unreferenced import drop_unreferenced
from cascade.model import CascadeFile, Organisation

__all__ = ["extract_text"]


def extract_text(text: str, registry: Registry | None = None, source: str = "<text>") -> Extraction:
    """Extract a draft cascade from the plain text of an official document.

    Raises :class:`~cascade.errors.ExtractError` when the text is empty or is not an
    official document.
    """
    import time

    started = time.perf_counter()
    if len(text) > MAX_CHARACTERS:
        raise ExtractError(
            f"{source}: {len(text) / 1e6:.1f} million characters is more than one official "
            f"document holds (at most {MAX_CHARACTERS // 1_000_000} million are read); "
            "give the text of one document"
        )
    clean = normalise(text)
    if not clean.strip():
        raise ExtractError(f"{source}: the text is empty")
    clean, page = read_site_page(clean)
    header = read_header(clean)
    if page is not None:
        complete_header(header, page)
    complete_from_caption(header, clean)
    layout = split_layout(clean, header.end, header.number_line)
    check_official(clean, header, layout, source)
    if not (layout.body.strip() or layout.appendix.strip()):
        raise ExtractError(
            f"{source}: the text stops after its header (no body, nothing to read tasks "
            "from); give the whole document"
        )
    builder = _Builder(clean, header, layout, registry, source)
    extraction = builder.build()
    return replace(extraction, seconds=time.perf_counter() - started)


MAX_CHARACTERS = 4_000_000
"""The longest text read: one official document is far shorter (a long law is under a
million characters), and reading runs at about a million characters in six seconds."""


class _Builder:
    def __init__(
        self, text: str, header: Header, layout: Layout, registry: Registry | None, source: str
    ) -> None:
        self.text = text
        self.header = header
        self.layout = layout
        self.registry = registry
        self.source = source
        self.book = OrgBook(registry)
        self.doc_reviews: list[str] = list(header.reviews)
        self.report_lines: list[ReportLine] = []
        self.documents = DocumentEntries(header, layout.tail, self.book, self.doc_reviews)
        self.obligations = ObligationEntries(header, self.book, registry, self.report_lines)

    # --- the whole ------------------------------------------------------------

    def build(self) -> Extraction:
        # a head the document defines as a body's short name ("… (sau đây gọi là Quỹ)") is
        # that body wherever the text is read
        body = self.layout.body + "\n" + self.layout.appendix
        # a term a regulation explains as a body ("Đơn vị vận hành … là doanh nghiệp …") is
        # read as one name
        with reading(body) as heads, reading_terms(body), remembering_lists():
            for short, full in heads:
                self.book.alias(short, full, head=True)
            return self._build(body)

    def _build(self, body: str) -> Extraction:
        header = self.header
        issuer = self._issuer()
        # an appended form keeps its wrapped lines: a long body's own lines say how it is set
        own = self.layout.body.split("\n")
        units = parse_units(body, len(own) if sum(map(bool, own)) >= 100 else None)
        restore_lost_colons(units)
        join_partner_bullets(units)
        mark_form_templates(units)
        refs, ref_reviews = read_references(self.text, header, units)
        self.doc_reviews += ref_reviews
        addressees = self._addressees()
        # "đề nghị quý Bộ …" in a letter to one ministry: the ministry
        named = [self.book.orgs[a].name if a in self.book.orgs else a for a in addressees]
        for courteous in courtesy_aliases(named):
            self.book.alias(courteous, named[0])
        whole = self.layout.body + "\n" + self.layout.appendix
        for short, full in defined_names(whole) + bracketed_short_names(whole):
            self.book.alias(short, full)
        horizon = document_horizon(units, header)
        reader = TaskReader(
            units, self.book, issuer=issuer, horizon=horizon, default_year=header.year
        )
        reader.headings.document_leads = self._notice_executors()
        reader.headings.own_rules = issues_own_rules(header.subject)
        reader.headings.normative = is_normative(header.kind)
        tasks = reader.read()
        infer_parents(
            self.book, issuer, [lead for t in tasks if t.force == "assign" for lead in t.leads]
        )
        for executor in reader.executors:
            if executor not in addressees:
                addressees.append(executor)
        if not addressees:  # no "Kính gửi", no execution article: who the closing charges
            addressees = list(dict.fromkeys(reader.closers))
        distribution = self._distribution(issuer)
        doc_ids = IdAllocator()
        main_id = doc_ids.allocate(slugify(header.identifier_text or f"{issuer}-{header.year}"))
        # a citation of the document's own number that the reader did not know for its own
        # (another spelling of the same identifier) is no document it rests on
        refs = [ref for ref in refs if slugify(ref.text) != main_id]
        documents = [self.documents.main(main_id, issuer, refs, addressees, distribution)]
        documents += self.documents.cited(refs, doc_ids, issuer)
        obligations = self.obligations.entries(tasks, main_id)
        milestones = self.obligations.milestones.values()
        data: dict[str, Any] = {
            "format": "cascade/1",
            "cascade": self._info(main_id),
            "levels": self._levels(),
            "organisations": self._organisations(),
            "groups": [
                {"id": g.id, "name": g.name, "members": g.members}
                for g in self.book.groups.values()
            ],
            "milestones": [m.model_dump(exclude_none=True) for m in milestones],
            "documents": documents,
            "obligations": obligations,
        }
        fix_document_references(data)
        place_under_members(data)
        drop_unreferenced(data)
        cascade = CascadeFile.model_validate(data)
        flagged = unplaced_assignments(cascade)
        if flagged:
            for ob in data["obligations"]:
                for note in flagged.get(ob["id"], {}).values():
                    ob["note"] = with_review(ob.get("note"), note)
            cascade = CascadeFile.model_validate(data)
        _check(cascade)
        return Extraction(
            cascade,
            tuple(reviews_of(cascade)),
            tuple(self.report_lines),
            suppressed={ob_id: tuple(rules) for ob_id, rules in flagged.items()},
        )

    # --- organisations ------------------------------------------------------

    def _issuer(self) -> str:
        header = self.header
        if header.issuer:
            issuer = self.book.org(header.issuer)
            if header.issuer_parent:
                parent = self.book.org(header.issuer_parent)
                self.book.set_parent(issuer, parent)
            organ = acting_organ(read_signature(self.layout.tail).markers, header.issuer)
            if organ is not None:  # "T/M BAN THƯỜNG VỤ" under "TỈNH ỦY …"
                acting = self.book.org(organ)
                self.book.set_parent(acting, issuer)
                return acting
            return issuer
        if header.identifier is not None:
            issuer, why = self.book.issuer_from_code(header.identifier.issuer)
            self.doc_reviews.append(f"issuer not found in the header; {why}")
            return issuer
        speaker = find_speaker(self.layout.body)
        if speaker is not None:
            name, phrase = speaker
            self.doc_reviews.append(f"issuer not found in the header; taken from '{phrase}'")
            return self.book.org(name)
        self.doc_reviews.append("issuer not found in the header")
        return self.book.org("Cơ quan ban hành (chưa rõ)")

    def _organisations(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        level_ids = {level.id for level in self.registry.levels} if self.registry else set()
        for draft in self.book.orgs.values():
            if draft.from_registry and self.registry is not None:
                known: Organisation = self.registry.by_id[draft.id]
                data = known.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
                data["kind"] = known.kind
                if known.level is not None and known.level not in level_ids:
                    data.pop("level", None)
                if draft.reviews:
                    data["note"] = note_of(draft.reviews, known.note)
                out.append(data)
                continue
            out.append(_new_org(draft))
        return out

    def _levels(self) -> list[dict[str, Any]]:
        if self.registry is None:
            return []
        used = {self.registry.by_id[o].level for o in self.book.orgs if o in self.registry.by_id}
        if not used - {None}:
            return []
        return [level.model_dump(exclude_none=True) for level in self.registry.levels]

    # --- the document's own parts -------------------------------------------

    def _addressees(self) -> list[str]:
        found: list[str] = []
        if not self.layout.addressees:
            return found
        # one entry per bullet; a wrapped entry continues on the next line
        joined = re.sub(r"\n(?![-+•])", " ", self.layout.addressees)
        for raw in re.split(r"[;\n]", joined):
            entry = raw.strip().lstrip("-+• ").strip().rstrip(".;,")
            if not entry:
                continue
            mentions, end = parse_org_list(entry, lowercase_ok=True)
            if not mentions:
                mentions, end = parse_org_list(entry[:1].upper() + entry[1:], lowercase_ok=True)
            for mention in mentions:
                party = (
                    self.book.group(mention.text) if mention.plural else self.book.org(mention.text)
                )
                if party not in found:
                    found.append(party)
            leftover = entry[end:].strip(" ,.;")
            if leftover:
                self.doc_reviews.append(f"addressee text not read: '{leftover}'")
        return found

    def _notice_executors(self) -> list[str]:
        """A notice with no "Kính gửi" conveys its conclusions through its distribution list:
        the first entry sent "(để thực hiện)" names the body its subjectless items charge
        (later ones are usually that body's own units, reached through it)."""
        if self.layout.addressees is not None or self.header.kind not in {"notice", "conclusion"}:
            return []
        for entry in distribution_entries(self.layout.tail):
            if entry.purpose == "carry_out":
                named = recipient_names(entry.text.split("(", 1)[0])
                return [
                    self.book.group(name) if plural else self.book.org(name)
                    for name, plural in named
                ]
        return []

    def _distribution(self, issuer: str) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for entry in distribution_entries(self.layout.tail):
            item: dict[str, Any] = {"text": entry.text, "purpose": entry.purpose}
            if entry.copies:
                item["copies"] = entry.copies
            if entry.purpose in {"report", "carry_out", "coordinate"} and entry.recipient_text:
                parties = [
                    self.book.group(name) if plural else self.book.org(name)
                    for name, plural in recipient_names(entry.recipient_text)
                ]
                item["recipient"] = parties[0]
                if entry.purpose == "report":
                    for party in parties:  # "TT Tỉnh ủy, TT HĐND tỉnh (b/c)": both
                        self.report_lines.append(ReportLine(issuer, party, source="Nơi nhận"))
            out.append(item)
        return out

    def _info(self, main_id: str) -> dict[str, Any]:
        header = self.header
        title = header.subject or f"{header.title or 'Văn bản'} {header.identifier_text or ''}"
        title = squash(title)
        return {
            "id": f"draft-{main_id}",
            "title": title[:1].upper() + title[1:],
            "source": f"cascade extract {self.source}",
        }


def _new_org(draft: DraftOrg) -> dict[str, Any]:
    shorts = []
    for name in draft.short_names:
        if name != draft.name and name not in shorts:
            shorts.append(name)
    data: dict[str, Any] = {"id": draft.id, "name": draft.name, "kind": draft.kind}
    if shorts:
        data["short_names"] = shorts
    if draft.parent:
        data["parent"] = draft.parent
    note = note_of(draft.reviews, None)
    if note:
        data["note"] = note
    return data


def _check(cascade: CascadeFile) -> None:
    from cascade.files.crossrefs import check_references

    problems = check_references(cascade)
    if problems:
        path, message = problems[0]
        where = ".".join(str(p) for p in path)
        raise ExtractError(f"internal error: the draft does not validate ({where}: {message})")
