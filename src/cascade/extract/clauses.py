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

from cascade.extract.duty_verbs import after_duty, decides
from cascade.extract.lexicon import ADVERBS, DIRECTIVE_VERBS, DUTY_WORDS
from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.text import fold
from cascade.extract.topic_lists import topics_kept
from cascade.extract.verb_rows import reopens_row
from cascade.extract.word_sets import WordSet

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
# a case the rule sets out and what must be done in it ("…; trường hợp bị lộ mật khẩu phải
# báo cáo cơ quan quản lý trực tiếp …"): a duty, a report up included (not "…; nếu phát hiện
# … phải báo cáo ngay …", which a letter's golds keep inside the bullet's one task)
# (a comma inside the case before "thì phải": "trường hợp không công nhận, thừa nhận thì phải …")
_MUST_ON_CASE = re.compile(
    r"^trường hợp\b(?:[^,;]*?|[^;]{0,120}?\s+thì)\s+phải\s+(?=\S)", re.IGNORECASE
)
# "thông báo cho …", "thông báo theo mẫu …": a notice as work (not the noun "thông báo số …")
# (also a refusal's "trả lời bằng văn bản và nêu rõ lý do")
_NOTICE = re.compile(
    r"^(?:thông\s+báo\s+(?:cho|đến|tới|ngay|bằng|theo)|trả\s+lời\s+bằng\s+văn\s+bản)\b",
    re.IGNORECASE,
)


def part_case(part: Part) -> str:
    """The case a ";"-part's work is done in ("trường hợp bị lộ mật khẩu" of "…; trường hợp
    bị lộ mật khẩu phải báo cáo …"), or "" when the part opens with no case."""
    case = _THEN_WORK.match(part.full) or _MUST_ON_CASE.match(part.full)
    if case is None or not part.full.endswith(part.text):
        return ""
    return re.sub(r"(?:\s+(?:thì|phải))+\s+$", "", case.group(), flags=re.IGNORECASE).strip()


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
        if not vocabulary.may_start(phrase):
            break
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
        if word in {"(", ")"}:
            depth = depth + 1 if word == "(" else max(0, depth - 1)
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
        if word.lower() == "tự" and not depth and _phrase_len(words, i + 1, DIRECTIVE_VERBS):
            return VerbAt(words[i][1], _verb_group(words, i + 1))  # "tự kiểm tra": a self-check
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
    if after_duty(words, i):
        return 1
    # right after "phải" or "có trách nhiệm" at the start
    duty = fold(" ".join(w for w, _, _ in words[:i])) if i <= 3 else "-"
    if duty in {"", "phai", "co trach nhiem"} and (decision := decides(words[i:])):
        return decision  # "… phải ra quyết định đưa người đó …": a duty to decide
    pair = fold(" ".join(w for w, _, _ in words[i : i + 2]))
    if pair == "thong bao":
        return _notifies(words, i)
    after_manner = i >= 2 and _phrase_len(words, i - 2, ADVERBS) == 2
    if pair == "doi moi":  # to reform, with its object; not "yêu cầu đổi mới, …", "… sáng tạo"
        object_ = fold(words[i + 2][0]) if i + 2 < len(words) else ""
        return 2 if object_.isalpha() and object_ not in {"sang", "va", "la"} else 0
    if pair in {"su dung", "tim kiem"}:
        return 2 if after_manner or (i == 0 and pair == "tim kiem") else 0
    if i == 0 and pair == "phong ," and len(words) > 2 and fold(words[2][0]) == "chong":
        return 3  # "phòng, chống tham nhũng, lãng phí …" opening a clause: to fight it
    comma = i + 2 < len(words) and words[i + 2][0] == ","
    # "thông tin, tuyên truyền …": to inform, in a row of verbs (not "Thông tin tiếp nhận …")
    if pair != "dau tu" and not (pair == "thong tin" and comma):
        return 0
    after = i + 3 if comma else i + 2
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
    pieces = topics_kept(_works_after_colon(split_parts(action)))
    if not pieces:
        return []
    groups: list[Part] = [Part(pieces[0])]
    for piece in pieces[1:]:
        condition = _CONDITION.match(piece)
        cases = (_THEN_WORK.match(piece), _MUST_ON_CASE.match(piece))
        then = next((m for m in cases if m and _calls_for_work(piece[m.end() :])), None)
        if then:
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
        # "…; trong sắp xếp, đổi mới … doanh nghiệp nhà nước": "in doing", a case of the work
        in_doing = verb is not None and fold(piece[: verb.start]).strip() == "trong"
        if verb is None or in_doing or _continues(piece, verb, groups[-1].text):
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
    first = leading_verb(before)
    if reopens_row(verb.verbs, verb.start, first.verbs if first is not None else None):
        return False  # "…; chỉ đạo, tổ chức nghiên cứu …" after "Chỉ đạo tổ chức, kiểm tra …"
    if verb.start == 0 and piece[:1].isupper() and _opening(piece) not in before:
        # "…; Thực hiện chuyển đổi dữ liệu …": a capital opens a new task (not a list of
        # like items: "đối với Lãnh đạo Cục, Lãnh đạo bộ phận …; Lãnh đạo đầu mối …")
        return False
    work = _partners_work(piece)
    if work is None:
        return True
    for clause in re.split(r"[,;]\s*(?=chủ trì|phối hợp)|;", before, flags=re.IGNORECASE):
        heads |= _partners_work(clause.strip()) or set()
    return bool(work & heads)


def _opening(piece: str) -> str:
    """The first two words of ``piece``, as written."""
    return " ".join(piece.split()[:2])


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
