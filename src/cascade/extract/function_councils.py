"""A council or panel named by the work it is set up for: "Hội đồng thẩm định chương trình
đào tạo", "Hội đồng thẩm định giáo trình", "Hội đồng đánh giá …", "Hội đồng tư vấn …".

A regulation that sets out a procedure names the body of one of its steps by its function
rather than by a name of its own: "Hội đồng thẩm định chương trình đào tạo do người đứng
đầu … quyết định thành lập", and then "Hội đồng thẩm định làm việc dưới sự điều hành của
Chủ tịch Hội đồng", "Chủ tịch Hội đồng thẩm định kết luận …". The verb right after the head
("thẩm định", "đánh giá") is no verb of the sentence but the council's function: the name
runs over it, and over the lower-case words of what it appraises ("chương trình đào tạo"),
to the sentence's own verb. Not where the document calls the council "Hội đồng" alone
(":func:`.defined_bodies.defined_here`"): there the verb after it is its work.
"""

from __future__ import annotations

from cascade.extract.defined_bodies import defined_here
from cascade.extract.lexicon import DIRECTIVE_VERBS
from cascade.extract.name_tokens import Tok, is_stop, phrase_at
from cascade.extract.text import is_capitalised

# the head of a body set up for one piece of work (folded words)
_HEAD = ("hoi", "dong")
# the works such a body is named by (folded words): to appraise, examine, evaluate, review
# and approve, select, advise, inspect, assess, recruit, write, grade
_FUNCTIONS = (
    ("tham", "dinh"),
    ("tham", "tra"),
    ("danh", "gia"),
    ("xet", "duyet"),
    ("xet", "tuyen"),
    ("tu", "van"),
    ("kiem", "dinh"),
    ("giam", "dinh"),
    ("tuyen", "dung"),
    ("bien", "soan"),
    ("cham", "thi"),
)
# "chương trình", "giáo trình", "quy trình", "công trình", "lộ trình": a noun, not the verb
# "trình" (to submit), inside what the council appraises
_TRINH_NOUNS = frozenset({"chuong", "giao", "quy", "cong", "lo"})
# the words that open the sentence's own work or statement after the name ("… do người đứng
# đầu … quyết định thành lập", "… có số lượng thành viên …", "… là …"), besides a verb of work
_CLAUSE_OPENERS = frozenset({"do", "co", "la", "duoc", "phai", "chiu", "gom", "can"})
_MAX_OBJECT = 8  # words of what it appraises


def function_name_end(toks: list[Tok], j: int, k: int) -> int:
    """At ``k``, right after a capitalised head "Hội đồng" that starts at ``j``: the token
    after the work it is named by ("thẩm định") and what that work is on, when the
    sentence's own verb follows it ("giáo trình | có …"); 0 when the name does not go on so."""
    head = tuple(t.folded for t in toks[j:k])
    if head != _HEAD or not is_capitalised(toks[j].text) or defined_here(toks[j].text):
        return 0
    if k >= len(toks) or not toks[k].text.islower():
        return 0  # "Hội đồng Thẩm định giá đất tỉnh": a proper name, read as any other
    end = next((k + len(f) for f in _FUNCTIONS if _words(toks, k, len(f)) == f), 0)
    if not end or (end < len(toks) and toks[end].text == ","):
        return 0  # "Hội đồng thẩm định, đánh giá …": a row of verbs is the sentence's work
    return _object_end(toks, end) or end


def _words(toks: list[Tok], k: int, n: int) -> tuple[str, ...]:
    return tuple(t.folded for t in toks[k : k + n])


def _object_end(toks: list[Tok], k: int) -> int:
    """The token after the lower-case words of what the council works on, from ``k``, when a
    verb of the sentence follows them; 0 otherwise ("Hội đồng thẩm định | kết luận rõ về
    …": "kết luận" is no part of the name, and the name stops at the function)."""
    m = k
    while m < len(toks) and m - k < _MAX_OBJECT and toks[m].text[:1].islower():
        noun_trinh = toks[m].folded == "trinh" and m > k and toks[m - 1].folded in _TRINH_NOUNS
        if toks[m].folded == "va" or (is_stop(toks, m) and not noun_trinh):
            break
        m += 1
    if m == k or m >= len(toks):
        return 0
    opener = toks[m].folded in _CLAUSE_OPENERS or phrase_at(toks, m, DIRECTIVE_VERBS) > 0
    return m if opener else 0
