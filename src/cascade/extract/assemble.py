"""Putting it together: from a document's text to a :class:`~cascade.model.CascadeFile`.

:func:`extract_text` runs the steps (normalise, header, layout, units, references,
addressees, tasks, distribution) and builds the draft: the document and every document it
cites, the organisations and groups (from the registry or new), milestones, and one
obligation per task and lead. Every guess that is not certain becomes a review marker:
a ``note`` starting with ``REVIEW:`` on the item concerned (organisations, documents,
obligations; a group's doubts go on its placeholder member), also listed in
:attr:`Extraction.reviews`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from cascade.errors import ExtractError
from cascade.extract.aftermath import recovers_from
from cascade.extract.book import DraftOrg, IdAllocator, OrgBook
from cascade.extract.caption import complete_from_caption
from cascade.extract.citations import Reference, find_references
from cascade.extract.clauses import ABOVE_CONTENTS
from cascade.extract.dates import full_date
from cascade.extract.deadlines import (
    FoundDeadline,
    count_working_days,
    find_deadline,
    in_purpose,
    milestone_key,
)
from cascade.extract.drafts import DraftTask
from cascade.extract.group_copies import place_under_members
from cascade.extract.header import Header, acting_organ, read_header, read_signature
from cascade.extract.headings import restore_lost_colons
from cascade.extract.known_orgs import Registry
from cascade.extract.layout import MARKER, Layout, split_layout
from cascade.extract.ocr_header import garbled_structure, guess_kind
from cascade.extract.orgs import parse_org_list
from cascade.extract.phases import campaign_span
from cascade.extract.reports import distribution_entries, recipient_names
from cascade.extract.review_notes import REVIEW, note_of, with_review
from cascade.extract.short_names import defined_names
from cascade.extract.site_page import complete_header, read_site_page
from cascade.extract.speaker import find_speaker
from cascade.extract.subordination import infer_parents, unplaced_assignments
from cascade.extract.tasks import TaskReader
from cascade.extract.text import normalise, slugify, squash
from cascade.extract.units import Unit, parse_units
from cascade.model import CascadeFile, Milestone, Organisation


@dataclass(frozen=True)
class Review:
    """A guess the user should check: where it is and why."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True)
class ReportLine:
    """One link of the report line: ``reporter`` reports to ``recipient`` (maybe ``via``)."""

    reporter: str
    recipient: str
    via: str | None = None
    deadline: str | None = None
    source: str = ""
    conditional: bool = False


@dataclass(frozen=True)
class Extraction:
    """What :func:`extract_text` found: the draft, the review markers and the report line."""

    cascade: CascadeFile
    reviews: tuple[Review, ...]
    report_lines: tuple[ReportLine, ...]
    seconds: float = 0.0
    # obligation id -> rules the written draft silences on it, each with a review note
    suppressed: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


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
    layout = split_layout(clean, header.end)
    _check_official(clean, header, layout, source)
    if not (layout.body.strip() or layout.appendix.strip()):
        raise ExtractError(
            f"{source}: the text stops after its header (no body, nothing to read tasks "
            "from); give the whole document"
        )
    builder = _Builder(clean, header, layout, registry, source)
    extraction = builder.build()
    return replace(extraction, seconds=time.perf_counter() - started)


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
    "CĂN CỨ PHÁP LÝ" read as "Căn cứ …"."""
    return [
        f"Căn cứ {unit.text}"
        if unit.parent is not None and _BASES_HEADING.match(units[unit.parent].text.strip())
        else unit.text
        for unit in units
    ]


_TIME_SECTION = re.compile(
    r"^(?:Thời gian|Thời hạn)(?:\s+(?:thực hiện|triển khai|tổ chức|áp dụng))?[^.:;]{0,60}:?",
    re.IGNORECASE,
)

# how long a delegation holds ("Thời gian ủy quyền … đến hết ngày …"), how long the public
# waits for a procedure ("Thời gian giải quyết: Trong thời hạn 02 ngày làm việc …") or how
# long an inspection lasts ("Thời hạn kiểm tra: … không quá 10 ngày làm việc") dates no duty
_TERM = re.compile(
    r"^[-+*\s]*Thời (?:gian|hạn)\s+(?:(?:ủy|uỷ|phân)\s+(?:quyền|cấp)|giải\s+quyết"
    r"|kiểm\s+tra|thanh\s+tra)\b",
    re.IGNORECASE,
)

_COMPLETION = re.compile(r"^Thời (?:gian|hạn)(?:\s+thực hiện)?\s+hoàn thành", re.IGNORECASE)

_ITEM_KINDS = {"number", "multi", "paren", "letter", "dash", "plus"}


def _cause_not_time(text: str, phrase: str) -> bool:
    """An event that says why the work is asked: a purpose clause ("Để … khôi phục sản
    xuất sau lũ lụt, Thủ tướng yêu cầu …") or a disaster gone by that the work recovers
    from ("V/v khắc phục hậu quả … sau mưa lũ")."""
    return in_purpose(text, phrase) or recovers_from(text, phrase)


def _items_own_time(units: list[Unit], unit: Unit) -> bool:
    """'Thời gian hoàn thành …' under anything, or a paragraph 'Thời hạn chậm nhất 05 ngày
    làm việc …' under an item: the time of that item's work, not of the document."""
    if _COMPLETION.match(unit.text):
        return True
    parent = units[unit.parent] if unit.parent is not None else None
    return unit.kind == "para" and parent is not None and parent.kind in _ITEM_KINDS


MAX_CHARACTERS = 4_000_000
"""The longest text read: one official document is far shorter (a long law is under a
million characters), and reading runs at about a million characters in six seconds."""

NO_IDENTIFIER = "/CHUA-RO"
"""The identifier a draft gets when the text shows no number (with a review marker)."""

_TITLE_LINE = re.compile(
    r"^[^\S\n]*(?:CÔNG ĐIỆN|KẾ HOẠCH|CHỈ THỊ|QUYẾT ĐỊNH|NGHỊ QUYẾT|THÔNG BÁO|KẾT LUẬN|"
    r"HƯỚNG DẪN|CÔNG VĂN|CHƯƠNG TRÌNH|BÁO CÁO)[^\S\n]*$",
    re.MULTILINE,
)


def _check_official(text: str, header: Header, layout: Layout, source: str) -> None:
    signs = {
        "a number ('Số: …')": header.identifier is not None
        or bool(re.search(r"(?m)^\s*Số\s*:", text[:3000])),
        "a place and date line": header.year is not None,
        "a national or Party motto": bool(
            re.search(
                r"Độc\s+lập\s*[-–—]\s*Tự\s+do|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM", text[:3000], re.I
            )
        ),
        "a distribution list ('Nơi nhận')": bool(re.search(r"Nơi\s*nhận", text, re.I)),
        "a signature ('TM.', 'KT.' …)": any(MARKER.search(line) for line in layout.tail)
        or read_signature(layout.tail).name is not None,
        "'Kính gửi'": layout.addressees is not None,
        "a title ('KẾ HOẠCH', 'CÔNG ĐIỆN' …)": bool(_TITLE_LINE.search(text[:3000])),
    }
    if header.identifier is not None and sum(signs.values()) >= 2:
        return
    # a transcription that lost its "Số:" and place-and-date lines (the number in a
    # metadata table) still shows the motto and the distribution list: read it, and the
    # header fields not found get their review notes
    if signs["a national or Party motto"] and signs["a distribution list ('Nơi nhận')"]:
        return
    if sum(signs.values()) >= 3:
        return
    # a scan whose header the OCR garbled: drafted from its structure, each header field
    # not found gets its own review note from the builder
    structure = garbled_structure(text, layout)
    if structure:
        header.reviews.append(
            "the header could not be read (OCR of a scan?): drafted because the text shows "
            + ", ".join(structure)
        )
        guess_kind(header, text)
        return
    missing = ", ".join(name for name, present in signs.items() if not present)
    raise ExtractError(
        f"{source}: not an official document; missing: {missing}. "
        "Give the plain text of a công văn, kế hoạch, quyết định, nghị quyết or chỉ thị"
    )


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
        self.milestones: dict[str, Milestone] = {}
        self.milestone_names: dict[str, str] = {}

    # --- the whole ------------------------------------------------------------

    def build(self) -> Extraction:
        header = self.header
        issuer = self._issuer()
        units = parse_units(self.layout.body + "\n" + self.layout.appendix)
        restore_lost_colons(units)
        refs, ref_reviews = find_references(
            [header.subject or "", *_bases_above(self.text, header.end), *_citing_texts(units)],
            header.identifier,
        )
        self.doc_reviews += ref_reviews
        addressees = self._addressees()
        for short, full in defined_names(self.layout.body + "\n" + self.layout.appendix):
            self.book.alias(short, full)
        horizon = self._horizon(units)
        reader = TaskReader(
            units, self.book, issuer=issuer, horizon=horizon, default_year=header.year
        )
        reader.headings.document_leads = self._notice_executors()
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
        documents = [self._main_document(main_id, issuer, refs, addressees, distribution, doc_ids)]
        documents += self._referenced_documents(refs, doc_ids, issuer)
        obligations = self._obligations(tasks, main_id, issuer)
        data: dict[str, Any] = {
            "format": "cascade/1",
            "cascade": self._info(main_id),
            "levels": self._levels(),
            "organisations": self._organisations(),
            "groups": [
                {"id": g.id, "name": g.name, "members": g.members}
                for g in self.book.groups.values()
            ],
            "milestones": [m.model_dump(exclude_none=True) for m in self.milestones.values()],
            "documents": documents,
            "obligations": obligations,
        }
        _fix_document_references(data)
        place_under_members(data)
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
            tuple(_reviews(cascade)),
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

    def _horizon(self, units: list[Unit]) -> FoundDeadline | None:
        """A deadline for the whole document ('từ nay đến Đại hội XIV') from its subject or
        the lead-in paragraph."""
        candidates: list[str | FoundDeadline] = [self.header.subject or ""]
        # (the lead-in paragraph, not a numbered item: "2. Mức trợ cấp … sau khi đã được điều
        # chỉnh, cụ thể như sau:" leads in to rates)
        candidates += [
            u.text for u in units if u.parent is None and u.text.endswith(":") and not u.numbered
        ]
        # a closing paragraph that dates the items above ("… bảo đảm đến hết tháng 12 năm
        # 2025 giải quyết dứt điểm … về 04 nội dung nêu trên./.")
        closing = [u.text.strip(" ./") for u in units if u.kind == "para"]
        candidates += [text for text in closing if ABOVE_CONTENTS.search(text)][-1:]
        # a section of its own: "3. Thời gian thực hiện:" / "Từ nay đến hết năm 2025."
        for unit in units:
            # (a sentence under an item, "Thời gian hoàn thành trước …", is that item's)
            own = unit.parent is not None and not unit.children and _items_own_time(units, unit)
            term = _TERM.match(unit.text) is not None
            if unit.kind != "label" and not own and not term and _TIME_SECTION.match(unit.text):
                # "Thời gian thi đua chia thành 02 đợt:": the campaign runs through every phase
                span = campaign_span(units, unit, self.header.year)
                below = [units[c].text for c in unit.children[:1]]
                candidates.append(span or " ".join([unit.text, *below]))
        for text in candidates:
            if isinstance(text, FoundDeadline):
                found: FoundDeadline | None = text
                text = text.text
            else:
                found = find_deadline(text, self.header.year)
            if found is not None and found.kind == "event" and _cause_not_time(text, found.text):
                continue
            if found is not None and self._before_issue(found):
                continue  # "(do … mưa lớn từ ngày 21/5 đến ngày 25/5)": a time gone by
            if found is not None and found.kind in {"event", "absolute", "period"}:
                return found
        return None

    def _before_issue(self, found: FoundDeadline) -> bool:
        """True when ``found`` is a date or period over before the document was signed."""
        header = self.header
        if found.due is None or not (header.year and header.month and header.day):
            return False
        return found.due < dt.date(header.year, header.month, header.day)

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

    def _main_document(
        self,
        doc_id: str,
        issuer: str,
        refs: list[Reference],
        addressees: list[str],
        distribution: list[dict[str, Any]],
        doc_ids: IdAllocator,
    ) -> dict[str, Any]:
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
            _without_none(
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
        signature = read_signature(self.layout.tail)
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

    def _referenced_documents(
        self, refs: list[Reference], doc_ids: IdAllocator, issuer: str
    ) -> list[dict[str, Any]]:
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

    # --- obligations ----------------------------------------------------------

    def _obligations(
        self, tasks: list[DraftTask], doc_id: str, issuer: str
    ) -> list[dict[str, Any]]:
        ids = IdAllocator()
        first_id: dict[int, str] = {}
        out: list[dict[str, Any]] = []
        issued = self._issued()
        for task in tasks:
            task.deadline = count_working_days(task.deadline, issued)
            task.lead_deadlines = {
                lead: count_working_days(found, issued)
                for lead, found in task.lead_deadlines.items()
            }
            for n, lead in enumerate(task.leads):
                found = task.lead_deadlines.get(lead, task.deadline)
                deadline = self._deadline(found)
                suffix = "" if len(task.leads) == 1 else f".{slugify(lead, 24)}"
                ob_id = ids.allocate(f"{task.key}{suffix}")
                first_id.setdefault(id(task), ob_id)
                reviews = [*task.reviews, *task.lead_reviews.get(lead, [])]
                if found is not None and found.review:
                    reviews.append(found.review)  # a guessed day or year, a lost date
                coordinators = self._coordinators(task.coordinators, lead, reviews)
                ob: dict[str, Any] = {
                    "id": ob_id,
                    "document": doc_id,
                    "clause": task.clause or None,
                    "lead": lead,
                    "coordinators": coordinators,
                    "force": task.force,
                    "action": task.action,
                    "deadline": deadline,
                }
                recipients = [r for link in task.reports for r in link.recipients]
                if recipients:
                    ob["report_to"] = self._single_org(recipients[0], reviews)
                    first = next(link for link in task.reports if link.recipients)
                    via = first.via_for(recipients[0])
                    if via:
                        ob["via"] = self._single_org(via, reviews)
                    for extra in recipients[1:]:
                        reviews.append(f"also reports to {self.book.name_of(extra)}")
                if task.parent is not None and id(task.parent) in first_id:
                    ob["implements"] = first_id[id(task.parent)]
                note = note_of(reviews, None)
                if note:
                    ob["note"] = note
                out.append(_without_none(ob))
                self._report_lines(task, lead, n)
        return out

    def _issued(self) -> dt.date | None:
        """The document's date, where working days are counted from."""
        return full_date(self.header.year, self.header.month, self.header.day)

    def _report_lines(self, task: DraftTask, lead: str, n: int) -> None:
        due = _deadline_text(task.deadline)
        for link in task.reports:
            for recipient in link.recipients:
                self.report_lines.append(
                    ReportLine(
                        lead, recipient, link.via_for(recipient), due, task.clause, link.conditional
                    )
                )
            if n == 0:
                for recipient in link.recipients:
                    for onward in link.onward:
                        self.report_lines.append(
                            ReportLine(recipient, onward, None, None, task.clause)
                        )

    def _coordinators(self, named: list[str], lead: str, reviews: list[str]) -> list[str]:
        """The coordinators of one lead's obligation; a note for each one left out."""
        out = []
        members = self._members(lead) if self.book.is_group(lead) else []
        for c in named:
            if c != lead and lead in self._members(c):
                # a group cannot stand beside its own member: "Bộ Công an chủ trì,
                # phối hợp với các bộ" means the other ministries
                reviews.append(f"coordinators: the others of {self.book.name_of(c)}")
            elif c in members:
                # "Các Bộ … phối hợp với Bộ X": X is one of the group, it cannot
                # coordinate with itself in its own copy of the task
                reviews.append(
                    f"coordinators: {self.book.name_of(c)} left out, a member of "
                    f"{self.book.name_of(lead)} (works with the others)"
                )
            elif c != lead:
                out.append(c)
        return out

    def _members(self, party: str) -> list[str]:
        return list(self.book.groups[party].members) if self.book.is_group(party) else [party]

    def _single_org(self, party: str, reviews: list[str]) -> str:
        """report_to and via name one organisation; a group stands for its first member."""
        if self.book.is_group(party):
            members = self.book.groups[party].members
            reviews.append(f"reports to the group {self.book.name_of(party)}")
            return members[0]
        return party

    def _deadline(self, found: FoundDeadline | None) -> dict[str, Any]:
        if found is None:
            return {"kind": "continuous"}
        text = found.text or None
        if found.kind == "absolute" and found.due:
            return _without_none({"kind": "absolute", "due": found.due, "text": text})
        if found.kind == "period" and found.start and found.due:
            return _without_none(
                {"kind": "period", "start": found.start, "end": found.due, "text": text}
            )
        if found.kind == "recurring" and found.day:
            return _without_none(
                {
                    "kind": "recurring",
                    "every": found.every or "year",
                    "month": found.month,
                    "day": found.day,
                    "text": text,
                }
            )
        if found.kind == "event" and found.milestone:
            return _without_none(
                {"kind": "event", "milestone": self._milestone(found.milestone), "text": text}
            )
        return _without_none({"kind": "continuous", "text": text})

    def _milestone(self, name: str) -> str:
        key = milestone_key(name)
        if key in self.milestone_names:
            milestone_id = self.milestone_names[key]
            known = self.milestones[milestone_id]
            if len(name) > len(known.name) and self.registry is None:
                self.milestones[milestone_id] = known.model_copy(update={"name": name})
            return milestone_id
        if self.registry is not None:
            found = self.registry.milestone_for(key)
            if found is not None:
                self.milestones[found.id] = found
                self.milestone_names[key] = found.id
                return found.id
        milestone_id = slugify(name, 48)
        while milestone_id in self.milestones:
            milestone_id += "-2"
        self.milestones[milestone_id] = Milestone(id=milestone_id, name=name)
        self.milestone_names[key] = milestone_id
        return milestone_id

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


def _without_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None and v != []}


def _deadline_text(found: FoundDeadline | None) -> str | None:
    if found is None:
        return None
    if found.kind == "absolute" and found.due:
        return f"absolute {found.due.isoformat()}"
    if found.kind == "period" and found.start and found.due:
        return f"period {found.start.isoformat()} {found.due.isoformat()}"
    if found.kind == "recurring":
        month = f"{found.month:02d}-" if found.month else ""
        return f"recurring {found.every} {month}{found.day:02d}"
    return found.kind


def _fix_document_references(data: dict[str, Any]) -> None:
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


def _check(cascade: CascadeFile) -> None:
    from cascade.files.crossrefs import check_references

    problems = check_references(cascade)
    if problems:
        path, message = problems[0]
        where = ".".join(str(p) for p in path)
        raise ExtractError(f"internal error: the draft does not validate ({where}: {message})")


def _reviews(cascade: CascadeFile) -> list[Review]:
    found: list[Review] = []
    for org in cascade.organisations:
        if org.note and org.note.startswith(REVIEW):
            found.append(Review(f"organisation {org.id}", org.note[len(REVIEW) :].strip()))
    for doc in cascade.documents:
        if doc.note and doc.note.startswith(REVIEW):
            found.append(Review(f"document {doc.id}", doc.note[len(REVIEW) :].strip()))
    for ob in cascade.obligations:
        if ob.note and ob.note.startswith(REVIEW):
            found.append(Review(f"obligation {ob.id}", ob.note[len(REVIEW) :].strip()))
    return found
