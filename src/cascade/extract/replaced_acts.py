"""The documents a text itself replaces or amends: the relations ``replaces`` and ``amends``.

A document ends another's force in its own words: "Quyết định này … thay thế Quyết định số
X", "Bãi bỏ (toàn bộ) Nghị quyết số X", "Nghị định số X … hết hiệu lực kể từ ngày …", or a
list under "Các Thông tư sau hết hiệu lực …:" / "Bãi bỏ:" (X ``replaces``). It changes a
part of another with "Sửa đổi, bổ sung một số điều của Quyết định số X", "Bãi bỏ khoản 2
Điều 1 Nghị quyết số X", "Thay thế cụm từ … tại Quy định ban hành kèm theo Quyết định số
X" (X ``amends``). Only the text's own act counts: a clause whose subject is another
document ("Căn cứ Nghị định số A sửa đổi, bổ sung … Nghị định số B"), a passive ("được sửa
đổi, bổ sung"), a denial, an aside in brackets after another document or a document named
inside quotation marks is no act of the text.
"""

from __future__ import annotations

import itertools
import re

from cascade.extract.lexicon import DOCUMENT_WORD as _DOC

# the verbs of an act, the first three ending a document's force when it is named whole
_ENDING = r"thay\s+thế(?:\s+cho)?|bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ"
_VERB = re.compile(
    rf"(?<!\w)(?P<verb>{_ENDING}|sửa\s+đổi(?:\s*,\s*|\s+và\s+)bổ\s+sung|sửa\s+đổi|bổ\s+sung)(?!\w)",
    re.IGNORECASE,
)
_ENDING_VERB = re.compile(rf"^(?:{_ENDING})$", re.IGNORECASE)
# a document named whole right after the verb ("bãi bỏ toàn bộ các Quyết định: Quyết định số")
_WHOLE = re.compile(
    rf"^(?:\s+toàn\s+bộ)?(?:\s+các)?(?:\s+{_DOC}\s*(?:sau(?:\s+đây)?\s*)?:)?\s+{_DOC}\s*(?:số\s*)?$",
    re.IGNORECASE,
)
# the part of a document an act changes ("khoản 2 Điều 1", "cụm từ", "Phụ lục", "mẫu số 05")
_PART = (
    r"(?:điều|khoản|điểm|tiết|mục|phần|chương|phụ\s+lục|cụm\s+từ|từ|danh\s+mục|danh\s+sách|"
    r"nội\s+dung|thủ\s+tục|số\s+thứ\s+tự|mẫu|biểu\s+mẫu|mã|quy\s+định|quy\s+chế|"
    r"gạch\s+đầu\s+dòng|một\s+số|bảng|tên)"
)
_HAS_PART = re.compile(rf"(?<!\w){_PART}(?!\w)", re.IGNORECASE)
_PART_LED = re.compile(rf"^[\s,;:]*(?:và\s+)?(?:các\s+)?{_PART}(?!\w)", re.IGNORECASE)
_DOC_LED = re.compile(rf"^[\s,;:*_]*(?:và\s+)?(?:các\s+)?{_DOC}\s*(?:số\s*)?$", re.IGNORECASE)
# a further document of the same list: "…; Quyết định số", "…, Hướng dẫn số", "và số"
_FURTHER = re.compile(
    rf"(?:[;,]|\s(?:và|hoặc))\s*(?:các\s+)?(?:{_DOC}\s*(?:số\s*)?|số\s*)$", re.IGNORECASE
)
# a further part of a document of the same act: "…; các Điều 27, 28 của Nghị định số"
_FURTHER_PART = re.compile(
    rf"(?:[;,]|\svà)\s*(?:các\s+)?{_PART}[^;]{{0,120}}?(?:của|tại|theo)?\s*{_DOC}\s*(?:số\s*)?$",
    re.IGNORECASE,
)
# the subject of an act is the text itself, at the head of its sentence ("Quyết định này có
# hiệu lực … và thay thế", "Tổ chức thực hiện Hướng dẫn này, … và thay thế"), not a law it
# carries out ("Để triển khai thi hành Luật này")
_OWN_SUBJECT = re.compile(
    rf"(?:\S+\s+){{0,5}}?(?<!hành\s)(?<!theo\s)(?<!của\s)(?<!tại\s)(?:các\s+)?{_DOC}\s+này\b",
    re.IGNORECASE,
)
# the enacting words ("… ban hành Nghị quyết bãi bỏ …"), the subject line's "Về việc"
_ENACTING = re.compile(rf"ban\s+hành\s+{_DOC}\s*$|^(?:về\s+việc|v/v)\s*$", re.IGNORECASE)
# what may open a clause before the verb: nothing, an item's label, a chapter's number
_LABEL = re.compile(
    r"(?:(?:điều|chương|mục|phần)\s+[\w.]+|[a-zđ]\)?|đồng\s+thời)?\s*[.:)]?", re.IGNORECASE
)
# a passive, a denial or a noun ("được sửa đổi", "không điều chỉnh", "việc điều chỉnh giá")
_NOT_ACT = re.compile(r"(?<!\w)(?:được|bị|đã|không|việc)\s*$", re.IGNORECASE)
# a rule the act follows, not the document it changes ("… theo quy định tại Điều 12 …")
_BY_RULE = re.compile(r"theo\s+quy\s+định", re.IGNORECASE)
_ENDS_FORCE = re.compile(r"(?<!đã\s)(?<!\w)hết\s+hiệu\s+lực(?!\w)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.:](?=\s)|\n")
_CLAUSE_END = re.compile(r"[.:;](?=\s)|\n")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# a lead-in over the documents it ends: "Các Thông tư sau …", "… thay thế …", "Bãi bỏ …"
_DOCUMENTS_BELOW = re.compile(rf"^(?:các\s+)?{_DOC}\s+sau\b", re.IGNORECASE)
_ENDING_WORD = re.compile(rf"(?<!\w)(?:{_ENDING})(?!\w)", re.IGNORECASE)

Span = tuple[int, int]


def act_relations(para: str, spans: list[Span]) -> dict[int, str]:
    """The indices of ``spans`` (each mention's start and end in ``para``) that the text
    itself replaces or amends, with the relation."""
    quoted = [m.span() for m in _QUOTED.finditer(para)]
    free = [
        idx
        for idx, (start, _) in enumerate(spans)
        if not any(q0 <= start < q1 for q0, q1 in quoted)
    ]
    acts: dict[int, str] = {}
    for verb in _VERB.finditer(para):
        _read_verb(para, spans, free, verb, acts)
    for ends in _ENDS_FORCE.finditer(para):
        _read_ended(para, spans, free, ends.start(), acts)
    return acts


def _own_act(para: str, spans: list[Span], at: int) -> bool:
    """Whether the verb at ``at`` is the text's own act: its clause names no other document
    before it, and opens with it ("Bãi bỏ …"), with the enacting words ("… ban hành Nghị
    quyết bãi bỏ …") or in a sentence whose subject is the text ("Quyết định này … và thay
    thế …")."""
    sentence = max((m.end() for m in _SENTENCE_END.finditer(para, 0, at)), default=0)
    clause = max((m.end() for m in _CLAUSE_END.finditer(para, 0, at)), default=0)
    if any(clause <= s < at for s, _ in spans) or _NOT_ACT.search(para[clause:at]):
        return False
    if _OWN_SUBJECT.match(para[sentence:at].lstrip(" *_-+.,()0123456789\t")):
        return True
    # an aside is the act of the document it follows ("trình ban hành Nghị định (thay thế …)")
    if any(sentence <= s < at for s, _ in spans) or para[clause:at].rstrip().endswith("("):
        return False
    prefix = para[clause:at].strip(" *_-+.,()0123456789\t")
    return _LABEL.fullmatch(prefix) is not None or _ENACTING.search(prefix) is not None


def _read_verb(
    para: str, spans: list[Span], free: list[int], verb: re.Match[str], acts: dict[int, str]
) -> None:
    if not _own_act(para, spans, verb.start()):
        return
    after = [idx for idx in free if spans[idx][0] >= verb.end()]
    if not after:
        return
    first = after[0]
    gap = para[verb.end() : spans[first][0]]
    ending = _ENDING_VERB.match(" ".join(verb.group("verb").split())) is not None
    if _WHOLE.match(gap):
        relation = "replaces" if ending else "amends"
    elif _SENTENCE_END.search(gap) or ";" in gap:
        return
    elif _HAS_PART.search(gap) and not _BY_RULE.search(gap):
        relation = "amends"
    else:
        return
    _chain(para, spans, after, relation, acts)


def _read_ended(
    para: str, spans: list[Span], free: list[int], at: int, acts: dict[int, str]
) -> None:
    """ "Nghị định số X … (; khoản 2 Điều 3 Thông tư số Y …) hết hiệu lực": the documents
    named first in the sentence, whole (replaced) or in part (amended)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(para, 0, at)), default=0)
    before = [idx for idx in free if start <= spans[idx][0] < at]
    if not before:
        return
    head = para[start : spans[before[0]][0]]
    if _DOC_LED.match(head):
        relation = "replaces"
    elif _PART_LED.match(head) and len(head) < 150 and not _VERB.search(head):
        relation = "amends"
    else:
        return
    _chain(para, spans, before, relation, acts)


def _chain(
    para: str, spans: list[Span], mentions: list[int], relation: str, acts: dict[int, str]
) -> None:
    """The first of ``mentions`` and those listed after it, each whole or in part."""
    _set(acts, mentions[0], relation)
    for prev, idx in itertools.pairwise(mentions):
        gap = para[spans[prev][1] : spans[idx][0]]
        if _SENTENCE_END.search(gap):
            return
        if _FURTHER.search(gap) and not _VERB.search(gap.rsplit(",", 1)[-1]):
            tail = re.split(r"[;,]|\svà\s", gap)[-1]
            _set(acts, idx, "amends" if _HAS_PART.search(tail) else "replaces")
        elif _FURTHER_PART.search(gap):
            _set(acts, idx, "amends")
        else:
            return


def _set(acts: dict[int, str], idx: int, relation: str) -> None:
    if acts.get(idx) != "replaces":
        acts[idx] = relation


def repeal_lead(text: str) -> bool:
    """A lead-in announcing a list of documents the text replaces ("Các Thông tư sau hết
    hiệu lực kể từ …:", "Quyết định này thay thế các Quyết định sau đây:", "Bãi bỏ:")."""
    text = text.strip(" *_")
    if not text.endswith(":"):
        return False
    ends = _ENDS_FORCE.search(text)
    if ends is not None and _DOCUMENTS_BELOW.match(text):
        return True
    verb = _ENDING_WORD.search(text)
    return verb is not None and _own_act(text, [], verb.start())


def as_repealed(item: str) -> str:
    """An item listed under a :func:`repeal_lead`, read as "Bãi bỏ …" unless it says its own
    act ("Bãi bỏ toàn bộ Nghị quyết số …", "Sửa đổi …")."""
    head = item.lstrip(" *_-+")
    verb = _VERB.match(head)
    return item if verb is not None else f"Bãi bỏ {item}"
