"""The directive verb a clause starts with ("Xây dựng …", "Chỉ đạo, hướng dẫn …"), after
adverbs, time phrases and a preamble: the first reading of almost every sentence.

``leading_verb`` reads only the words of the text it is given and the fixed vocabularies, none
of what one document defines, so its answers are remembered for the whole process (a large
decree asks for some texts several times, and every run asks for the same short phrases).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cascade.extract.duty_verbs import after_duty, decides
from cascade.extract.lexicon import ADVERBS, DIRECTIVE_VERBS
from cascade.extract.text import fold
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
CONNECTOR = re.compile(
    r"^(?:trong đó|đồng thời|ngoài ra|bên cạnh đó|mặt khác|riêng|qua đó)\s*,?\s*", re.IGNORECASE
)
_BASIS = re.compile(r"^(?:căn cứ|trên cơ sở)\b", re.IGNORECASE)
_PURPOSE = re.compile(r"\sđể\s+", re.IGNORECASE)
_NOMINALISERS = {"của", "các", "những", "việc", "cuộc", "sự", "về", "nhằm", "quá"}


@dataclass(frozen=True)
class VerbAt:
    """A directive verb found in a clause: where it starts and the verbs it leads with
    (a remembered answer is shared by every caller: read it, never change it)."""

    start: int
    verbs: list[str]


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _phrase_len(words: list[tuple[str, int, int]], i: int, vocabulary: WordSet) -> int:
    best = 0
    for n in range(1, 6):  # up to five words ("quy định các nội dung")
        if i + n > len(words):
            break
        phrase = " ".join(w for w, _, _ in words[i : i + n])
        if not vocabulary.may_start(phrase):
            break
        if vocabulary.loosely_contains(phrase):
            best = n
    return best


@lru_cache(maxsize=8192)
def leading_verb(text: str, *, max_words: int = 24, preamble_words: int = 40) -> VerbAt | None:
    """The directive verb the clause starts with, after adverbs, time phrases, a preamble."""
    words = _words(text)
    limit = max_words
    i = 0
    stripped = CONNECTOR.sub("", _ENUMERATION.sub("", text.lstrip(" ,:;-")))
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
    if (
        pair == "tra loi"
        and fold(" ".join(w for w, _, _ in words[i + 2 : i + 5])) == "bang van ban"
    ):
        return 2  # "X trả lời bằng văn bản và nêu rõ lý do": a refusal's step (not "câu trả lời")
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
