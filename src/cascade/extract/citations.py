"""Documents the text rests on or cites: identifier, kind, date, issuer, relation, section.

Every identifier in the text is a reference ("Căn cứ Công văn số 12724/VP-KGVX ngày
31/12/2024 của Văn phòng Ủy ban nhân dân tỉnh …"). Its relation comes from the paragraph
it opens: "Căn cứ" (based on), "Thực hiện" (implements), anything else (cites). The date
and issuer are read right after the identifier; an issuer shared by two documents
("Chỉ thị số 35-CT/TW … và Kết luận số 118-KL/TW … của Bộ Chính trị") goes to both, and
"đề nghị của X tại Tờ trình số …" names the issuer before. A document cited several times
keeps the strongest relation and the first date and issuer found. "(… gửi kèm)" marks
attachments; "Mục II của Kế hoạch số …" the section cited.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from cascade.errors import IdentifierError
from cascade.extract.dates import FoundDate, date_right_after
from cascade.extract.layout import IDENTIFIER_CODE
from cascade.extract.lexicon import DOCUMENT_WORD, DOCUMENT_WORDS
from cascade.extract.orgs import parse_org_list
from cascade.extract.replaced_acts import act_relations
from cascade.extract.text import fold
from cascade.identifiers import TYPE_CODES, DocumentIdentifier, parse_identifier

_H = r"[^\S\n]*"
_PARTY = rf"(?<![\w/])\d+{_H}-{_H}[A-Za-zĐđ]+{_H}/{_H}{IDENTIFIER_CODE}(?:-{IDENTIFIER_CODE})*"
# "(?<!\d:)": the year of a standard's code ("QCVN 42:2020/BTNMT", "QCVN 01:2019/BCT") is
# no document number
_STATE = (
    rf"(?<![\w/])(?<!\d:)\d+{_H}/{_H}(?:\d{{4}}{_H}/{_H})?{IDENTIFIER_CODE}"
    rf"(?:{_H}-{_H}{IDENTIFIER_CODE})*"
)
MENTION = re.compile(f"{_PARTY}|{_STATE}")
_DOC_WORD = re.compile(
    r"(?<!\w)(?P<word>" + "|".join(re.escape(word) for word, _ in DOCUMENT_WORDS) + r")(?!\w)",
    re.IGNORECASE,
)
_NAMED_LAW = {"luật", "pháp lệnh", "bộ luật"}
_SECTION = re.compile(
    r"(?P<section>(?:Mục|Phần|Chương|Điều|khoản|Khoản|điểm|Điểm)\s+[IVXLC\d]+[a-z]?)\s+"
    r"(?:của\s+)?\S+(?:\s+\S+)?\s+(?:số\s+)?$"
)
_OF = re.compile(r"^[\s,]*của\s+", re.IGNORECASE)
_PROPOSAL = re.compile(
    r"(?:đề nghị|báo cáo|ý kiến|tờ trình)\s+của\s+(?P<org>[^;]{3,120}?)\s+tại\s+[^;]*$",
    re.IGNORECASE,
)
_AND_NEXT = re.compile(
    r"^[\s,]*(?:và|,)\s*(?:"
    + "|".join(re.escape(word) for word, _ in DOCUMENT_WORDS)
    + r")\s+(?:số\s*)?$",
    re.IGNORECASE,
)
# a document the text replaces is no basis; one it amends in part may still be ("Căn cứ
# Thông tư số X" and "Bổ sung … mẫu ban hành kèm theo Thông tư số X")
RELATION_STRENGTH = {"replaces": 5, "based_on": 4, "amends": 3, "implements": 2, "cites": 1}


@dataclass
class Reference:
    """A document cited by the text, with what the text says about it."""

    identifier: DocumentIdentifier
    relation: str = "cites"
    kind: str | None = None
    title: str | None = None
    date: FoundDate | None = None
    issuer_name: str | None = None
    section: str | None = None
    attachment: bool = False
    implements: list[str] = field(default_factory=list)
    first_seen: int = 0

    @property
    def text(self) -> str:
        """The canonical identifier."""
        return str(self.identifier)


@dataclass
class _Mention:
    identifier: DocumentIdentifier
    start: int
    end: int
    relation: str
    kind: str | None
    title: str | None
    date: FoundDate | None
    issuer: str | None
    section: str | None
    attachment: bool


def find_references(
    paragraphs: list[str], own: DocumentIdentifier | None
) -> tuple[list[Reference], list[str]]:
    """References made by ``paragraphs`` (the subject and body units), and review notes."""
    refs: dict[str, Reference] = {}
    reviews: list[str] = []
    order = 0
    for para in paragraphs:
        mentions = _mentions(para)
        if not mentions:
            continue
        opener = _opener(para)
        # "Thực hiện A; B; C": the first document of each ';'-part has the opener's relation
        leaders = _segment_leaders(para, mentions)
        acts = act_relations(para, [(m.start, m.end) for m in mentions])
        for idx, mention in enumerate(mentions):
            key = str(mention.identifier)
            if own is not None and _same(mention.identifier, own):
                continue
            relation = "cites"
            if idx in leaders:
                part = para[: mention.start].rsplit(";", 1)[-1]
                relation = _opener(part) or opener or "cites"
            # a document replaced or amended is named whole: no part of it is cited
            section = mention.section
            if idx in acts:
                relation, section = acts[idx], None
            ref = refs.get(key)
            if ref is None:
                ref = Reference(mention.identifier, first_seen=order)
                refs[key] = ref
                order += 1
            stronger = RELATION_STRENGTH[relation] - RELATION_STRENGTH[ref.relation]
            # the part cited is the one the strongest mention names: a law named whole in
            # "Căn cứ" is no "Điều 1" because the body cites one of its articles
            if stronger > 0:
                ref.relation = relation
                ref.section = section
            elif stronger == 0:
                ref.section = ref.section or section
            ref.kind = ref.kind or mention.kind
            ref.title = ref.title or mention.title
            if ref.date is None or (ref.date.date is None and mention.date is not None):
                ref.date = mention.date or ref.date
            ref.issuer_name = ref.issuer_name or mention.issuer
            ref.attachment = ref.attachment or mention.attachment
        # "A … về thực hiện B": A implements B
        for first, second in itertools.pairwise(mentions):
            between = fold(para[first.end : second.start])
            if not re.search(r"\b(?:thuc hien|trien khai)\b", between) or ";" in between:
                continue
            key, target = str(first.identifier), str(second.identifier)
            if key == target:
                continue  # one document named twice ("Nghị quyết 57 … thực hiện Nghị quyết 57")
            is_own = own is not None and _same(second.identifier, own)
            if key in refs and target not in refs[key].implements and not is_own:
                refs[key].implements.append(target)
    return sorted(refs.values(), key=lambda r: r.first_seen), reviews


def _segment_leaders(para: str, mentions: list[_Mention]) -> set[int]:
    """Indices of the mentions that take the paragraph's relation: the first of each
    ';'-separated part, and one joined to a leader by "và" ("Thực hiện Chỉ thị số … của Bộ
    Chính trị về … và Kế hoạch số …")."""
    leaders: set[int] = set()
    last_segment = -1
    amending = False  # "Luật X số A được sửa đổi, bổ sung bởi Luật số B, Luật số C và …"
    for idx, mention in enumerate(mentions):
        segment = para.count(";", 0, mention.start)
        if segment != last_segment:
            head = para[: mention.start].rsplit(";", 1)[-1]
            # a part that is only a further document ("; Nghị quyết số …", "; Luật sửa
            # đổi, bổ sung một số điều của Luật X số …"), not prose
            if segment == 0 or len(head.split()) <= 6 or _NAMED_LAW_HEAD.fullmatch(head):
                leaders.add(idx)
            last_segment = segment
            amending = False
        elif idx - 1 in leaders:
            gap = para[mentions[idx - 1].end : mention.start]
            amending = _AMENDED_BY.search(gap) is not None or (
                amending and _FURTHER_LAW.fullmatch(gap) is not None
            )
            # "… số 64/2025/QH15, Luật sửa đổi, bổ sung một số điều của Luật … số 87/…"
            named = (
                _AND_NAMED_LAW.fullmatch(gap) is not None or _BY_NAMED_LAW.search(gap) is not None
            )
            if amending or named or (_AND_DOCUMENT.search(gap) and not _IMPLEMENTING.search(gap)):
                leaders.add(idx)
    return leaders


# the acts that amended a basis share its relation ("… số 25/2008/QH12 đã được sửa đổi, bổ
# sung một số điều theo Luật số 32/2013/QH13, Luật số 46/2014/QH13 và Luật số …"; "Nghị
# định số … được sửa đổi, bổ sung bởi Nghị định số … và Nghị định số …"); the Gazette
# sometimes prints the word twice ("bổ sung bởi Luật số Luật số 32/2013/QH13")
_AMENDED_BY = re.compile(
    r"sửa\s+đổi,?\s+bổ\s+sung[^;]{0,40}?\s(?:bởi|theo|tại)\s+(?:các\s+)?"
    + "(?:"
    + DOCUMENT_WORD
    + r"\s+(?:số\s*)?){1,2}$",
    re.IGNORECASE,
)
# a law or ordinance named by its title up to its number ("Luật Sửa đổi, bổ sung một số
# điều của Luật Ban hành văn bản quy phạm pháp luật số"): one document, no prose
_NAMED_LAW_TITLE = r"(?:Bộ\s+luật|Luật|Pháp\s+lệnh)\s[^;.:()]{0,150}?\ssố\s*"
_NAMED_LAW_HEAD = re.compile(r"[\s*_]*" + _NAMED_LAW_TITLE, re.IGNORECASE)
_AND_NAMED_LAW = re.compile(r"[\s*_]*(?:,|và)\s*" + _NAMED_LAW_TITLE, re.IGNORECASE)
_BY_NAMED_LAW = re.compile(
    r"sửa\s+đổi,?\s+bổ\s+sung[^;]{0,40}?\s(?:bởi|theo|tại)\s+" + _NAMED_LAW_TITLE + "$",
    re.IGNORECASE,
)
_FURTHER_LAW = re.compile(
    r"\s*(?:,|và)\s*(?:,\s*)?" + DOCUMENT_WORD + r"\s+(?:số\s*)?", re.IGNORECASE
)


_AND_DOCUMENT = re.compile(
    r"\s(?:và|cùng)\s+(?:"
    + "|".join(re.escape(word) for word, _ in DOCUMENT_WORDS)
    + r")\s+(?:số\s*)?$",
    re.IGNORECASE,
)
# "A … về thực hiện B": B is what A is about, not a second document of the opener
_IMPLEMENTING = re.compile(r"\b(?:về|việc)\s+(?:việc\s+)?(?:thực hiện|triển khai)\b", re.IGNORECASE)


def _same(a: DocumentIdentifier, b: DocumentIdentifier) -> bool:
    # (in any case: a form's heading cites its own decision as "QUYẾT ĐỊNH SỐ 28/2021/QĐ-TTG")
    return str(a).casefold() == str(b).casefold() or (
        a.number == b.number
        and (a.type_code or "").casefold() == (b.type_code or "").casefold()
        and (a.issuer or "").casefold() == (b.issuer or "").casefold()
    )


def _opener(para: str) -> str | None:
    head = fold(para.lstrip(' -+*(“"')[:20])
    if head.startswith("can cu"):
        return "based_on"
    if head.startswith("thuc hien"):
        return "implements"
    return None


def _mentions(para: str) -> list[_Mention]:
    found: list[_Mention] = []
    attachment_zone = _attachment_zone(para)
    for match in MENTION.finditer(para):
        raw = match.group()
        try:
            ident = parse_identifier(raw)
        except IdentifierError:
            continue
        if ident.number is None:
            continue
        before = para[max(0, match.start() - 120) : match.start()]
        kind, title = _kind_and_title(_document_word(before), ident)
        section = _SECTION.search(before)
        date = date_right_after(para, match.end())
        after_at = date.end if date else match.end()
        issuer = _issuer_after(para, after_at)
        if issuer is None:
            proposal = _PROPOSAL.search(para[: match.start()])
            if proposal is not None:
                mentions, _ = parse_org_list(proposal.group("org"), lowercase_ok=True)
                issuer = mentions[0].text if mentions else None
        found.append(
            _Mention(
                ident,
                match.start(),
                after_at,
                "cites",
                kind,
                title,
                date,
                issuer,
                section.group("section") if section else None,
                attachment_zone is not None
                and attachment_zone[0] <= match.start() < attachment_zone[1],
            )
        )
    # an issuer written once for two documents: "A ngày … và B ngày … của X"
    for idx in range(len(found) - 2, -1, -1):
        here, nxt = found[idx], found[idx + 1]
        if here.issuer is None and nxt.issuer is not None:
            gap = para[here.end : nxt.start]
            if _AND_NEXT.match(gap):
                here.issuer = nxt.issuer
    return found


def _document_word(before: str) -> str | None:
    """The word naming the document right before its identifier ('Kế hoạch số …')."""
    last = None
    for match in _DOC_WORD.finditer(before):
        last = match
    if last is None:
        return None
    gap = before[last.end() :].strip()
    if fold(gap) in {"", "so", "so:"}:
        return last.group("word")
    named = last.group("word").lower() in _NAMED_LAW
    if named and len(gap) < 90 and not re.search(r"[;.:()]", gap) and fold(gap).endswith("so"):
        return last.group("word")  # "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"
    return None


def _kind_and_title(word: str | None, ident: DocumentIdentifier) -> tuple[str | None, str | None]:
    """Kind (from the type code when there is one) and the title word."""
    word_kind = None
    if word is not None:
        for name, kind in DOCUMENT_WORDS:
            if fold(name) == fold(word):
                word_kind, word = kind, name
                break
    if ident.type_code is not None and ident.kind is not None:
        if word_kind == ident.kind or (word_kind == "rules" and ident.type_code == "QĐ"):
            return ident.kind if word_kind != "rules" else "rules", word
        return ident.kind, TYPE_CODES[ident.type_code].vi.capitalize()
    if word_kind is not None:
        return word_kind, word
    return ident.kind, "Công văn" if ident.kind == "dispatch" else None


def _issuer_after(para: str, pos: int) -> str | None:
    rest = para[pos : pos + 200]
    match = _OF.match(rest)
    if match is None:
        return None
    mentions, _end = parse_org_list(rest[match.end() :], lowercase_ok=True)
    return mentions[0].text if mentions else None


def _attachment_zone(para: str) -> tuple[int, int] | None:
    """The part of a paragraph that lists attached documents ('(… gửi kèm)')."""
    match = re.search(r"\(([^()]*?)\bgửi\s+kèm(?:\s+theo)?\s*\)", para, re.IGNORECASE)
    if match:
        return match.start(), match.end()
    match = re.search(r"(?:gửi\s+kèm(?:\s+theo)?|đính\s+kèm)\s*:?\s*([^.;]*)", para, re.IGNORECASE)
    if match:
        return match.start(), match.end()
    return None
