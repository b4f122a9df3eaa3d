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
* "trường hợp …, báo cáo X" is an escalation of the task before, not a task; a case then
  bodies named then other work ("…; trường hợp cần kéo dài …, bộ, cơ quan ngang bộ phải
  thông báo …") is a step of those bodies (:mod:`.case_steps`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cascade.extract.case_steps import case_step
from cascade.extract.lexicon import ADVERBS, DUTY_WORDS
from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.refusal_parts import cut_comma_refusals, refusal_reply
from cascade.extract.text import fold
from cascade.extract.topic_lists import topics_kept
from cascade.extract.verb_rows import reopens_row
from cascade.extract.verb_start import CONNECTOR, VerbAt, leading_verb

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
    if case is None and (refusal := refusal_reply(part.full)) is not None:
        return refusal[2]  # "…; trường hợp không cấp thẻ, Sở X phải có văn bản trả lời …"
    if case is None and part.subject and (step := case_step(part.full)) is not None:
        return step[2]  # "…; trường hợp cần kéo dài …, bộ, cơ quan ngang bộ phải thông báo …"
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


# "Bảo đảm việc trả lời đầy đủ, đúng thời hạn … và có trách nhiệm triển khai quy trình nội bộ
# …": a second duty joined by "và có trách nhiệm"
_AND_DUTY = re.compile(r"\s+và\s+(?:có|chịu)\s+trách\s+nhiệm\s+(?=\S)", re.IGNORECASE)


def _duties_after_and(pieces: list[str]) -> list[str]:
    """The pieces, each cut before "và có trách nhiệm <verb> …" (the duty words dropped)."""
    out: list[str] = []
    for piece in pieces:
        joined = _AND_DUTY.search(piece)
        rest = piece[joined.end() :] if joined is not None else ""
        if joined is None or joined.start() < 20 or leading_verb(rest, max_words=1) is None:
            out.append(piece)
            continue
        out += [piece[: joined.start()].strip(), rest.strip()]
    return out


def group_parts(action: str) -> list[Part]:
    """Group the ';'-parts of an action into tasks (see the module docstring)."""
    pieces = cut_comma_refusals(
        topics_kept(_works_after_colon(_duties_after_and(split_parts(action))))
    )
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
        refusal = refusal_reply(piece)
        if refusal is not None:
            # "…; trường hợp không cấp thẻ, Sở X phải có văn bản trả lời …": a step of its own
            groups.append(Part(refusal[0], subject=refusal[1] or None, full=piece))
            continue
        step = case_step(piece)
        if step is not None:
            # "…; trường hợp cần kéo dài thời hạn, bộ, cơ quan ngang bộ phải thông báo …"
            groups.append(Part(step[0], subject=step[1], full=piece))
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
        connector = CONNECTOR.match(piece)
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
