"""Reading one sentence of a task: who, which verb, where the action starts, how it splits.

The rules (also the annotation guideline, see docs/extract.md):

* the action starts at the first *directive verb* ("xây dựng", "chỉ đạo", …), after
  adverbs ("chủ động", "khẩn trương"), time phrases ("định kỳ hằng năm (trước ngày
  15/11)") and a preamble ("căn cứ …, ", "theo chức năng, nhiệm vụ được giao, ");
* a sentence holds several tasks when its ";"-separated parts start with new verbs: a part
  whose leading verbs already head a clause of the task so far continues that task
  ("Mở các chuyên mục …, tập trung tuyên truyền …; tuyên truyền, quán triệt …" is one
  task), and a part that does not start with a verb is an enumeration that continues it
  ("…; những bài học kinh nghiệm; …");
* a part with its own subject ("…; Đảng uỷ Chính phủ chỉ đạo …") is a task of that body;
* "trường hợp …, báo cáo X" is an escalation of the task before, not a task.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cascade.extract.lexicon import ADVERBS, DIRECTIVE_VERBS, DUTY_WORDS, WordSet
from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.text import fold

_WORD = re.compile(r"[^\W\d_]+|\d+(?:[/.-]\d+)*|[^\w\s]")
_SKIPPABLE = {
    "định",
    "kỳ",
    "hằng",
    "hàng",
    "năm",
    "quý",
    "tháng",
    "ngày",
    "trước",
    "sau",
    "khi",
    "và",
    "đột",
    "xuất",
    "có",
    "yêu",
    "cầu",
    "đồng",
    "thời",
    "trong",
    "đó",
    "riêng",
    "ngoài",
    "ra",
    "bên",
    "cạnh",
    "mặt",
    "khác",
    "tiếp",
    "tục",
    "chủ",
    "động",
    "khẩn",
    "trương",
    "kịp",
    "thường",
    "xuyên",
    "tích",
    "cực",
    "nghiêm",
    "túc",
    "sớm",
    "cần",
    "phải",
    "trách",
    "nhiệm",
    "chịu",
    "từng",
    "bước",
    "trực",
    "tập",
    "trung",
    "cùng",
    "với",
}
_PREAMBLE = re.compile(
    r"^(?:căn cứ|theo|trong phạm vi|trên cơ sở|tùy theo|tuỳ theo|nhất là|đặc biệt là|"
    r"về nội dung|trong quá trình|để)\b",
    re.IGNORECASE,
)
# "(ii) Căn cứ ý kiến … để hoàn thiện …": the mark of an enumerated part
_ENUMERATION = re.compile(r"^\(?(?:[ivx]{1,4}|\d{1,2}|[a-zđ])\)\s*", re.IGNORECASE)
_APPOSITION = re.compile(r"^\s*(?:[-–]\s+[^\W\d_]|\()")
_CONNECTOR = re.compile(
    r"^(?:trong đó|đồng thời|ngoài ra|bên cạnh đó|mặt khác|riêng|qua đó)\s*,?\s*", re.IGNORECASE
)
_BASIS = re.compile(r"^(?:căn cứ|trên cơ sở)\b", re.IGNORECASE)
_PURPOSE = re.compile(r"\sđể\s+", re.IGNORECASE)
_CONDITION = re.compile(r"^(?:trường hợp|nếu|khi)\b[^,]*,\s*", re.IGNORECASE)
# a condition and the work it calls for ("trường hợp … thì thông báo …"), not a report up
_THEN_WORK = re.compile(
    r"^(?:trường hợp|nếu)\b[^,;]*?\s+thì\s+(?!báo cáo|xin ý kiến|đề xuất|đề nghị|kiến nghị)",
    re.IGNORECASE,
)
# "thông báo cho …", "thông báo theo mẫu …": a notice as work (not the noun "thông báo số …")
_NOTICE = re.compile(r"^thông\s+báo\s+(?:cho|đến|tới|ngay|bằng|theo)\b", re.IGNORECASE)


def _calls_for_work(text: str) -> bool:
    """True when ``text`` opens with the work a condition calls for (a verb, a notice, or a
    demand of the one concerned: "thì yêu cầu bổ sung ngay …")."""
    demand = _DEMAND.match(text)
    if demand is not None:
        text = text[demand.end() :]
    verb = leading_verb(text, max_words=2)
    return (verb is not None and verb.start == 0) or _NOTICE.match(text) is not None


_DEMAND = re.compile(r"^yêu\s+cầu\s+", re.IGNORECASE)


_NOMINALISERS = {"của", "các", "những", "việc", "cuộc", "sự", "về", "nhằm", "quá"}


@dataclass
class VerbAt:
    """A directive verb found in a clause: where it starts and the verbs it leads with."""

    start: int
    verbs: list[str]


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _phrase_len(words: list[tuple[str, int, int]], i: int, vocabulary: WordSet) -> int:
    best = 0
    for n in range(1, 5):
        if i + n > len(words):
            break
        phrase = " ".join(w for w, _, _ in words[i : i + n])
        if vocabulary.loosely_contains(phrase):
            best = n
    return best


def leading_verb(text: str, *, max_words: int = 24, preamble_words: int = 40) -> VerbAt | None:
    """The directive verb the clause starts with, after adverbs, time phrases, a preamble."""
    words = _words(text)
    limit = max_words
    i = 0
    stripped = _CONNECTOR.sub("", _ENUMERATION.sub("", text.lstrip(" ,:;-")))
    if _APPOSITION.match(text):
        limit = preamble_words  # "Sở X - cơ quan thường trực …, giúp …": skip the apposition
    if _PREAMBLE.match(stripped):
        found = _after_basis(text, stripped, max_words)
        if found is not None:
            return found
        limit = preamble_words
    depth = 0
    while i < len(words) and i < limit:
        word = words[i][0]
        if word == "(":
            depth += 1
            i += 1
            continue
        if word == ")":
            depth = max(0, depth - 1)
            i += 1
            continue
        verb = _phrase_len(words, i, DIRECTIVE_VERBS) or _verb_by_context(words, i)
        adverb = _phrase_len(words, i, ADVERBS)
        previous = words[i - 1][0].lower() if i else ""
        # "(i) Nghiên cứu …": after an enumerator in brackets the clause starts afresh
        enumerated = i <= 3 and previous == ")" and words[0][0] == "("
        if verb and i and word[:1].isupper() and previous not in {"(", ":", "“", '"'}:
            verb = 0 if not enumerated else verb  # "… và Báo cáo tiếp thu …": a document
        if verb and limit == preamble_words and words[i - 1][0][:1].isupper() and i > 1:
            verb = 0  # inside a preamble, a word after a capital belongs to a name
        if verb and depth and not enumerated and _closed_later(words, i, depth):
            verb = 0  # "Công ty X (Gói thầu số 13: Thi công công trình …)": inside an aside
        if verb and previous not in _NOMINALISERS:
            # "tập trung tuyên truyền": an adverb-like verb before the real one
            if adverb >= verb and _phrase_len(words, i + adverb, DIRECTIVE_VERBS):
                i += adverb
                continue
            return VerbAt(words[i][1], _verb_group(words, i))
        if adverb:
            i += adverb
            continue
        if depth or not word[0].isalpha() or word.lower() in _SKIPPABLE or word[0].isdigit():
            i += 1
            continue
        if limit == preamble_words:
            i += 1
            continue
        return None
    return None


def _closed_later(words: list[tuple[str, int, int]], i: int, depth: int) -> bool:
    """True when the brackets open at word ``i`` close further on (an aside; an unclosed
    "(trước ngày 15/11 … báo cáo …" is a slip of the text, its verb still counts)."""
    return sum(1 for word, _, _ in words[i:] if word == ")") >= depth


def _after_basis(text: str, stripped: str, max_words: int) -> VerbAt | None:
    """The verb of a clause that opens with its basis: "căn cứ … để <verb>" (the action
    follows "để"), or "Trên cơ sở kế hoạch …, tập trung phân tích … để lựa chọn …" (the
    basis ends at a comma and the work starts there; "để" gives only its purpose)."""
    purpose = _PURPOSE.search(text.split(";")[0]) if _BASIS.match(stripped) else None
    if purpose is None:
        return None
    work = _work_after_basis(text[: purpose.start()])
    if work is not None:
        return work
    if _PREAMBLE.match(text[purpose.end() :]):
        return None
    found = leading_verb(text[purpose.end() :], max_words=max_words)
    return VerbAt(purpose.end() + found.start, found.verbs) if found is not None else None


def _work_after_basis(basis: str) -> VerbAt | None:
    """The directive verb right after the last comma of ``basis`` (the words before "để"),
    if any ("kế hoạch thanh tra, kiểm tra …" has a comma inside the basis too)."""
    commas = list(re.finditer(r",\s*", basis))
    if not commas:
        return None
    found = leading_verb(basis[commas[-1].end() :], max_words=2)
    return VerbAt(commas[-1].end(), found.verbs) if found is not None and found.start == 0 else None


def _verb_by_context(words: list[tuple[str, int, int]], i: int) -> int:
    """2 at a word of two that is a verb only where it stands: "đầu tư" (to invest, else a
    noun) heading a row of verbs ("đầu tư, hoàn thiện đồng bộ hạ tầng …", "đầu tư xây dựng
    …"), "sử dụng" (to use, else "used for") right after a word of manner ("chủ động sử dụng
    các nguồn lực …"), "tìm kiếm" (to search for, else a name's "tìm kiếm cứu nạn") opening
    the clause, "thông báo" telling someone something (see :func:`_notifies`); else 0."""
    pair = fold(" ".join(w for w, _, _ in words[i : i + 2]))
    if pair == "thong bao":
        return _notifies(words, i)
    after_manner = i >= 2 and _phrase_len(words, i - 2, ADVERBS) == 2
    if pair in {"su dung", "tim kiem"}:
        return 2 if after_manner or (i == 0 and pair == "tim kiem") else 0
    if pair != "dau tu":
        return 0
    after = i + 3 if i + 2 < len(words) and words[i + 2][0] == "," else i + 2
    return 2 if _phrase_len(words, after, DIRECTIVE_VERBS) else 0


def _notifies(words: list[tuple[str, int, int]], i: int) -> int:
    """2 at "thông báo" telling someone something ("thông báo cho cơ quan … biết", "thông
    báo bằng văn bản nêu rõ lý do …"); 0 at the issuer's own notice of the document ("Cục
    Thuế thông báo để các đơn vị biết", "Thông báo cho các đơn vị được biết và thực hiện")."""
    after = [fold(w) for w, _, _ in words[i + 2 : i + 14]]
    if after[:1] and after[0] in {"de", "den", "toi"}:
        return 0
    if " duoc biet " in f" {' '.join(after)} ":
        return 0
    return 2


def _verb_group(words: list[tuple[str, int, int]], i: int) -> list[str]:
    """'lãnh đạo, chỉ đạo …' -> ['lãnh đạo', 'chỉ đạo']: verbs joined by commas or 'và'."""
    group: list[str] = []
    while i < len(words):
        n = _phrase_len(words, i, DIRECTIVE_VERBS) or _verb_by_context(words, i)
        if not n:
            break
        group.append(" ".join(w for w, _, _ in words[i : i + n]).lower())
        i += n
        if i < len(words) and words[i][0] in {",", "và"}:
            i += 1
            continue
        break
    return group


def head_verbs(text: str) -> set[str]:
    """Verbs that head the clauses of ``text``: at its start and after each comma."""
    heads: set[str] = set()
    for piece in [text, *re.split(r"[,(]", text)[1:]]:
        found = leading_verb(piece, max_words=3)
        if found is not None:
            heads.update(found.verbs)
    return heads


def split_parts(text: str) -> list[str]:
    """``text`` cut at top-level semicolons (not inside parentheses or quotes)."""
    parts: list[str] = []
    depth = 0
    start = 0
    for idx, ch in enumerate(text):
        if ch in "(“":
            depth += 1
        elif ch in ")”" and depth:
            depth -= 1
        elif ch == ";" and depth == 0:
            parts.append(text[start:idx].strip())
            start = idx + 1
    parts.append(text[start:].strip())
    return [p for p in parts if p.strip(" .…")]


@dataclass
class Part:
    """One task's share of a sentence: its text, and a subject of its own if it has one."""

    text: str
    subject: list[Mention] | None = None
    escalation: str | None = None  # "báo cáo X" under a condition
    full: str = ""  # the part with what stands before its verb ("định kỳ hằng năm, …")
    force: str | None = None  # the part's own force ("…; đề nghị Y …": a request)

    def __post_init__(self) -> None:
        self.full = self.full or self.text


# "… thực hiện quyết liệt một số việc trọng tâm: rà soát …; nâng cao …": the works listed
# after the colon are tasks of their own, the first one too
_WORKS_COLON = re.compile(
    r"\b(?:việc|nhiệm vụ|giải pháp)(?:\s+[^\s:;,]+){0,3}\s*:\s+(?=\S)", re.IGNORECASE
)


def _works_after_colon(pieces: list[str]) -> list[str]:
    """The pieces, each cut after "… một số việc trọng tâm:" when a verb starts the list."""
    out: list[str] = []
    for piece in pieces:
        colon = _WORKS_COLON.search(piece)
        verb = leading_verb(piece[colon.end() :], max_words=3) if colon else None
        if colon is None or verb is None or verb.start != 0:
            out.append(piece)
            continue
        out += [piece[: colon.end()].strip(), piece[colon.end() :]]
    return out


_COORDINATION = re.compile(r"^(?:chủ\s+trì\s*,\s*)?phối\s+hợp\s+với\s+", re.IGNORECASE)


def _only_coordination(text: str) -> bool:
    """True for a part that only names whom to work with ("Phối hợp với Chánh Văn phòng
    Ủy ban nhân dân tỉnh"): no work of its own yet."""
    match = _COORDINATION.match(text)
    if match is None:
        return False
    mentions, end = parse_org_list(text[match.end() :], lowercase_ok=True)
    return bool(mentions) and not text[match.end() + end :].strip(" ,;.")


_TIME_FIRST = re.compile(
    r"^(?:định\s+kỳ\s+)?(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)\s*,\s*|^định\s+kỳ\s*,\s*",
    re.IGNORECASE,
)


def group_parts(action: str) -> list[Part]:
    """Group the ';'-parts of an action into tasks (see the module docstring)."""
    pieces = _works_after_colon(split_parts(action))
    if not pieces:
        return []
    groups: list[Part] = [Part(pieces[0])]
    for piece in pieces[1:]:
        condition = _CONDITION.match(piece)
        then = _THEN_WORK.match(piece)
        if then and _calls_for_work(piece[then.end() :]):
            # "trường hợp đã xuất cảnh thì thông báo … cho cơ quan, …": work on a condition
            groups.append(Part(piece[then.end() :].strip(), full=piece))
            continue
        if condition:
            groups[-1].escalation = piece
            continue
        # "…; Định kỳ hàng tháng, UBND cấp xã chỉ đạo …": a time, then the part's own bodies
        timed = _TIME_FIRST.match(piece)
        at = timed.end() if timed else 0
        mentions, end = parse_org_list(piece[at:])
        end += at
        if mentions and leading_verb(piece[end:]) is not None:
            if _only_coordination(groups[-1].text) and not groups[-1].subject:
                # "Phối hợp với Sở A; Chủ tịch UBND các xã tổ chức niêm yết …": more bodies
                # to work with, then the work itself
                groups[-1].text += "; " + piece
                groups[-1].full += "; " + piece
                continue
            groups.append(Part(piece[end:].strip(" ,"), subject=mentions, full=piece))
            continue
        verb = leading_verb(piece)
        if verb is None or _continues(piece, verb, groups[-1].text):
            groups[-1].text += "; " + piece
            groups[-1].full += "; " + piece
            continue
        # "chủ động báo cáo, giải trình …": how the work is to be done stays with it, and so
        # it does after a connector ("đồng thời khẩn trương làm rõ …")
        connector = _CONNECTOR.match(piece)
        skip = connector.end() if connector and connector.end() <= verb.start else 0
        start = skip if only_manner(piece[skip : verb.start]) else verb.start
        groups.append(Part(piece[start:].strip(), full=piece))
    return groups


# "…; phối hợp với Đài Tiếng nói Việt Nam, Văn phòng Chính phủ xây dựng kịch bản …": the
# partners come before the work
_WITH_PARTNERS = re.compile(
    r"^(?:chủ trì\s*,?\s*)?phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+", re.IGNORECASE
)


def _continues(piece: str, verb: VerbAt, before: str) -> bool:
    """True when the ';'-part ``piece`` (starting with ``verb``) goes on with the task
    ``before``: its leading verbs head a clause of it already, and, when the part only names
    partners first, so does the work it does with them."""
    heads = head_verbs(before)
    if not set(verb.verbs) & heads:
        return False
    work = _partners_work(piece)
    if work is None:
        return True
    for clause in re.split(r"[,;]\s*(?=chủ trì|phối hợp)|;", before, flags=re.IGNORECASE):
        heads |= _partners_work(clause.strip()) or set()
    return bool(work & heads)


def _partners_work(clause: str) -> set[str] | None:
    """'phối hợp với X, Y xây dựng …': the verbs of the work done with the partners."""
    partners = _WITH_PARTNERS.match(clause)
    if partners is None:
        return None
    rest = clause[partners.end() :]
    mentions, end = parse_org_list(rest, lowercase_ok=True)
    work = leading_verb(rest[end:], max_words=3) if mentions else None
    return set(work.verbs) if work is not None else None


def only_manner(text: str) -> bool:
    """True when ``text`` says how the work is done ("chủ động", "khẩn trương, kịp thời"),
    not who must do it ("có trách nhiệm", "phải")."""
    words = [w for w in re.split(r"[\s,]+", text.strip()) if w]
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            phrase = " ".join(words[i : i + n])
            # loosely: an OCR'd "Khan trương" is still how the work is done
            if ADVERBS.loosely_contains(phrase) and phrase not in DUTY_WORDS:
                i += n
                break
        else:
            return False
    return bool(words)


_CLOSING = re.compile(
    r"^(?:thực hiện|triển khai|tổ chức thực hiện)(?:\s+(?:tốt|nghiêm túc|nghiêm|có hiệu quả))?"
    r"(?:\s+(?:các|những))?(?:\s+(?:nội dung|nhiệm vụ|văn bản|công văn|yêu cầu))?"
    r"\s*(?:nêu trên|trên|này|nói trên)\s*\.?/?\.?$|(?<!được )biết,?\s*(?:và\s+)?thực hiện"
    r"|^(?:nghiêm túc\s+|khẩn trương\s+)?(?:triển khai\s+)?thực hiện(?:\s+nghiêm túc)?\s*\.?/?\.?$"
    r"|^trân trọng\b|^trên đây là\b"
    # ("… để người dân được biết, thực hiện" is a purpose of the work, not a closing)
    # "thực hiện tốt Quy chế này": carrying out the text that says it, by everyone
    r"|^(?:thực hiện|chấp hành)\s+(?:tốt|nghiêm túc|nghiêm|đúng)\s+"
    r"(?:các\s+quy\s+định\s+(?:của|tại)\s+)?"
    r"(?:Quy chế|Quy định|Quyết định|Nghị quyết|Chỉ thị|Kế hoạch|Hướng dẫn|Thông tư|Chương trình)"
    r"\s+này\s*\.?/?\.?$"
    # "khẩn trương thực hiện đúng chức năng được giao": no work beyond the document's own
    r"|^(?:khẩn trương\s+)?thực hiện(?:\s+(?:đúng|tốt))?\s+(?:chức năng|nhiệm vụ)"
    r"(?:,?\s*nhiệm vụ)?\s+được giao\s*\.?/?\.?$",
    re.IGNORECASE,
)
# the items above, named at the end of a closing paragraph
ABOVE_CONTENTS = re.compile(
    r"(?:\d+|các|những)\s+(?:nội dung|nhiệm vụ)(?:\s+\w+){0,2}\s+(?:nêu trên|trên đây)$",
    re.IGNORECASE,
)
# what may go wrong in carrying a text out: "khó khăn, vướng mắc", "bất cập", "nội dung
# không phù hợp"
_TROUBLE = (
    r"(?:khó khăn|vướng mắc|bất cập"
    r"|(?:nội dung|vấn đề|điểm|quy định)\s+(?:chưa|không)\s+(?:phù hợp|rõ))"
)
# "Trong quá trình thực hiện, nếu phát sinh vướng mắc, … báo cáo / liên hệ …": how to get
# help, not a task
# (an OCR'd text may lose the accent: "phat sinh")
# (an OCR may print a stray full stop after the condition: "nếu. có khó khăn")
_DIFFICULTIES = re.compile(
    rf"^[^,;.]{{0,60}},\s*(?:nếu|trường hợp|khi)\.?\s+(?:có\s+)?(?:ph[aá]t sinh\s+)?{_TROUBLE}"
    rf"|^(?:nếu|trường hợp|khi)\.?\s+(?:có\s+)?(?:ph[aá]t sinh\s+)?{_TROUBLE}"
    # "Trong quá trình tổ chức, triển khai thực hiện nếu có khó khăn, vướng mắc, đề nghị …"
    r"|^(?:trong\s+)?quá trình\b[^;.]{0,60}?\s(?:nếu|trường hợp|khi)\.?\s+(?:có\s+)?"
    rf"(?:ph[aá]t sinh\s+)?{_TROUBLE}"
    # "Trong quá trình thực hiện có phát sinh khó khăn, vướng mắc thì kịp thời phản ánh …",
    # "Trong quá trình thực hiện có khó khăn, vướng mắc, đề nghị … phản hồi …"
    rf"|^(?:trong\s+)?quá trình\b[^;.,]{{0,60}}?\s(?:có\s+ph[aá]t sinh|ph[aá]t sinh|có)"
    rf"\s+{_TROUBLE}"
    # "kịp thời báo cáo UBND tỉnh những khó khăn, vướng mắc để xem xét"
    r"|^(?:kịp thời\s+)?(?:báo cáo|phản ánh)\b[^.;]{0,60}?(?:những|các)\s+khó khăn,?\s*vướng mắc",
    re.IGNORECASE,
)
_DOC = r"(?:Quyết định|Nghị quyết|Chỉ thị|Quy định|Thông tư|Kế hoạch|Công văn)"
_EXECUTION = re.compile(
    rf"(?:chịu|có)\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?thi\s+hành\s+{_DOC}\s+này"
    rf"|căn\s+cứ\s+{_DOC}(?:\s+này)?\s+(?:để\s+)?thi\s+hành",
    re.IGNORECASE,
)


# Words a closing formula is made of: generic verbs and adverbs, "this document"
# ("nghiêm túc thực hiện Chỉ thị này", "quan tâm chỉ đạo, thực hiện").
_CLOSING_TEXT = (
    "nghiêm túc khẩn trương quyết liệt triển khai thực hiện tổ chức phối hợp quan tâm chỉ đạo "
    "lãnh đạo tốt có hiệu quả và biết các những nội dung nhiệm vụ yêu cầu văn bản trên nêu "
    "này nói ngay "
    "Chỉ thị Kế hoạch Quyết định Công văn Nghị quyết Chương trình Thông báo Hướng dẫn "
    "Công điện Kết luận"
)
_CLOSING_WORDS = frozenset(fold(_CLOSING_TEXT).split())


_NOISE_AFTER_STOP = re.compile(r"\.\s*[^\s\d]{1,5}\s*$")


def is_closing(action: str, *, paragraph: bool = True) -> bool:
    """The closing formula of a document ('thực hiện tốt nội dung nêu trên./.').

    In a paragraph (not a numbered item, where "Giao X chỉ đạo thực hiện Kế hoạch này" is an
    assignment), so is any action made only of generic verbs and words naming the document
    itself ("nghiêm túc thực hiện Chỉ thị này", "quan tâm chỉ đạo, thực hiện").
    """
    # "./." ends the document: what a crawl glued after it (a footnote) is not the action's
    action = action.split("./.", 1)[0]
    # nor a few characters of OCR noise after the full stop ("… thực hiện. gaa!")
    action = _NOISE_AFTER_STOP.sub(".", action)
    if _CLOSING.search(action.strip(" ./")) or _DIFFICULTIES.search(action):
        return True
    if paragraph and ABOVE_CONTENTS.search(action.strip(" ./")):
        return True  # "… bảo đảm đến hết tháng 12 giải quyết … về 04 nội dung nêu trên"
    words = re.findall(r"[^\W\d_]+", fold(action))
    return paragraph and bool(words) and all(word in _CLOSING_WORDS for word in words)


# "…, trường hợp có nội dung không phù hợp, X phản ánh về …": feedback on the text itself
_MISFIT = re.compile(
    r"^(?:[^,;.]{0,60},\s*)?(?:nếu|trường hợp|khi)\s+(?:có\s+)?(?:phát sinh\s+)?"
    r"(?:bất cập|(?:nội dung|vấn đề|điểm|quy định)\s+(?:chưa|không)\s+(?:phù hợp|rõ))",
    re.IGNORECASE,
)


# "Sở X xin trao đổi và cảm ơn sự phối hợp của Quý Cơ quan./.": thanks, no task
_THANKS = re.compile(r"\b(?:xin|trân trọng)\s+(?:trao đổi\s+và\s+)?cảm ơn\b", re.IGNORECASE)


def thanks(sentence: str) -> bool:
    """A sentence that thanks the addressees for their help."""
    return _THANKS.search(sentence) is not None


def asks_for_help(sentence: str) -> bool:
    """'Trong quá trình thực hiện có phát sinh khó khăn, vướng mắc thì kịp thời phản ánh
    …': how to get help, whether or not the sentence names who turns for it."""
    return _DIFFICULTIES.match(sentence.strip()) is not None


# "Trường hợp phát sinh vướng mắc về …, đề nghị Thuế tỉnh X báo cáo Ủy ban nhân dân tỉnh
# để được hướng dẫn": a sentence that opens on the difficulties says whom to turn to, even
# when it names who turns (not "…, nếu có vướng mắc, đề nghị X báo cáo …" after a clause)
_DIFFICULTY_REPORT = re.compile(
    rf"^(?:nếu|trường hợp|khi)\s+(?:có\s+)?(?:phát sinh\s+)?{_TROUBLE}[^.;]{{0,160}}?,\s*"
    r"(?:thì\s+)?(?:đề nghị\s+)?[^.;,]{0,80}?\b(?:báo cáo|phản ánh|liên hệ|trao đổi)\b",
    re.IGNORECASE,
)


def reports_difficulties(sentence: str) -> bool:
    """'Trường hợp phát sinh vướng mắc …, đề nghị X báo cáo …': whom to turn to, no task."""
    return _DIFFICULTY_REPORT.match(sentence.strip()) is not None


def asks_for_feedback(sentence: str) -> bool:
    """'Trong quá trình thực hiện, trường hợp có nội dung không phù hợp, các cơ quan kịp
    thời phản ánh về Sở X …': whoever the subject, how the text will be amended, not a
    task."""
    text = sentence.strip()
    return _MISFIT.match(text) is not None or _MISFIT_FOUND.match(text) is not None


# "Trong quá trình thực hiện, các cấp, các ngành … phát hiện những vấn đề chưa phù hợp …, báo
# cáo …": the same, with the bodies named first
_MISFIT_FOUND = re.compile(
    r"^(?:Trong quá trình (?:tổ chức\s+)?thực hiện,\s*)?[^.;]{0,160}?\bphát hiện\s+"
    r"(?:những\s+|các\s+)?(?:vấn đề|nội dung|điểm|quy định)\s+(?:chưa|không)\s+phù hợp",
    re.IGNORECASE,
)


# "Các cơ quan … căn cứ nội dung Quyết định để triển khai thực hiện nghiêm túc, đầy đủ, đảm
# bảo …": carrying out the document itself, in no way of its own
_OWN_TEXT = re.compile(
    rf"căn\s+cứ\s+(?:(?:các\s+)?nội\s+dung\s+(?:của\s+)?)?{_DOC}(?:\s+này)?\s*,?\s*(?:để\s+)?"
    r"(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?(?:tổ\s+chức\s+)?thực\s+hiện"
    r"(?:[\s,]+(?:và\s+)?(?:nghiêm\s+túc|đầy\s+đủ|kịp\s+thời|có\s+hiệu\s+quả|hiệu\s+quả|tốt"
    r"|đúng\s+quy\s+định))*\s*(?:[.;/]|$|,?\s*(?:đảm\s+bảo|bảo\s+đảm|nhằm)\b"
    # "… triển khai thực hiện (đảm bảo) theo chức năng, nhiệm vụ"
    r"|theo\s+chức\s+năng,?\s+nhiệm\s+vụ)",
    re.IGNORECASE,
)


# "X chịu trách nhiệm thực hiện Kế hoạch này.": who answers for the whole text, no work of
# its own
_ANSWERS_FOR_TEXT = re.compile(
    r"chịu\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?thực\s+hiện\s+"
    rf"{_DOC}\s+này\s*[./]*\s*$",
    re.IGNORECASE,
)


def carries_out_itself(sentence: str) -> bool:
    """'X căn cứ nội dung Quyết định để triển khai thực hiện nghiêm túc, đầy đủ', 'X chịu
    trách nhiệm thực hiện Kế hoạch này': a closing formula, whoever its subject."""
    return _OWN_TEXT.search(sentence) is not None or _ANSWERS_FOR_TEXT.search(sentence) is not None


def execution_formula(text: str) -> re.Match[str] | None:
    """'… chịu trách nhiệm thi hành Quyết định này': names who carries out a decision."""
    return _EXECUTION.search(text)
