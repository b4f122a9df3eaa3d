"""Where the work in a sentence starts, and what stands before it.

A task's action runs from its first directive verb ("chủ động rà soát …" keeps how the
work is done; "có trách nhiệm:" hands on whatever follows); a topic in front of the
sentence ("Đối với các dự án …:", "Về đề nghị …: X …", a heading run into its paragraph)
is dropped when a body or a verb follows it; a sentence of its own that only gives a time
("Thời gian thực hiện: trước ngày …") dates the work before it.
"""

from __future__ import annotations

import re

from cascade.extract.clauses import only_manner
from cascade.extract.dated_reports import due_on_a_day
from cascade.extract.deadlines import find_deadline
from cascade.extract.found_deadline import FoundDeadline
from cascade.extract.heading_roles import TRIGGER_ANY
from cascade.extract.headings import NOT_TRIGGER_BEFORE
from cascade.extract.orgs import parse_org_list
from cascade.extract.refusals import WRITTEN_REPLY
from cascade.extract.text import squash
from cascade.extract.verb_start import leading_verb
from cascade.extract.work_named import named_by_work

_TIME_SENTENCE = re.compile(
    # (not how long a delegation holds: "Thời gian ủy quyền … đến hết ngày …")
    r"^\s*(?:(?:Thời gian|Thời hạn)(?!\s+(?:ủy|uỷ|phân)\s+(?:quyền|cấp)\b)"
    r"(?:\s+(?:thực hiện|hoàn thành|triển khai|xong))*\s*:?\s*"
    r"|Hoàn thành(?:\s+xong)?\s+(?=trong|trước|chậm nhất))",
    re.IGNORECASE,
)


def time_sentence(sentence: str, year: int | None) -> FoundDeadline | None:
    """The deadline a sentence of its own gives the task before it ("Thời gian thực hiện
    hoàn thành xong trước ngày 05 tháng 12 năm 2025."), or None for any other sentence."""
    match = _TIME_SENTENCE.match(sentence)
    if match is None or len(sentence) > 160 or parse_org_list(sentence)[0]:
        return None
    return find_deadline(sentence, year)


# "…; thiết lập …; tổ chức tập huấn … (thời gian hoàn thành trong tháng 11 năm 2025).": a
# completion time in a bracket that closes the sentence is the time of all its work
_CLOSING_COMPLETION = re.compile(
    r"\((?:thời\s+gian|thời\s+hạn)?\s*(?:hoàn\s+thành|thực\s+hiện)\b[^()]{1,80}\)[\s.;*_/]*$",
    re.IGNORECASE,
)


def closes_with_completion_time(action: str) -> bool:
    """True when ``action`` ends with a bracket giving when the work is to be done
    ("(thời gian hoàn thành trong tháng 11 năm 2025).")."""
    return _CLOSING_COMPLETION.search(action) is not None


_TOPIC = re.compile(r"^(?P<topic>[^:;.()]{3,160}?):\s+(?=\S)")
_TOPIC_OPENER = re.compile(r"^(?:Đối với|Về|Riêng|Trường hợp|Với)\b", re.IGNORECASE)
# "Đối với NNT chưa có hồ sơ (hoặc hồ sơ chưa đầy đủ): …": such a topic may hold a bracket
_OPENER_TOPIC = re.compile(
    r"^(?P<topic>(?:Đối với|Riêng|Trường hợp)\s(?:[^:;.()]|\([^():;]{1,80}\)){3,200}?):\s+(?=\S)",
    re.IGNORECASE,
)


def without_topic(text: str) -> str:
    """'Báo cáo tháng: Sở Tài chính tổng hợp …', 'Đối với các dự án …: Khẩn trương lập …':
    a topic in front of the sentence is dropped when a body and its verb follow it, or
    when it is a topic by its first word ("Đối với …") and a verb follows."""
    proposal = _PROPOSAL.match(text)
    if proposal is not None:
        # "Về đề nghị Bộ X …: Bộ X nghiên cứu …": the answer after the colon is the task
        return text[proposal.end() :]
    match = _TOPIC.match(text) or _OPENER_TOPIC.match(text)
    if match is None:
        return _without_run_in_topic(text)
    topic, rest = match.group("topic"), text[match.end() :]
    if _hands_on(topic) or parse_org_list(topic)[0]:
        return text  # "Giao Bộ Chính trị chỉ đạo X: …", "Sở Tài chính: …"
    # after a topic by its first word ("Đối với NNT …: Cơ quan thuế địa phương …") a body
    # named in lower case may be the subject
    opener = _TOPIC_OPENER.match(topic) is not None
    mentions, end = parse_org_list(rest, lowercase_ok=opener)
    if mentions and leading_verb(past_scope(rest[end:])) is not None:
        return rest
    if named_by_work(rest)[0]:
        return rest  # "Lập phương án giá: Cơ quan được giao thẩm định … tham mưu …"
    if opener and leading_verb(rest, max_words=4) is not None:
        return rest
    return text


# "Về đề nghị các bộ, ngành …; … của địa phương: X …": a proposal answered after the colon
# (the proposal may hold clauses of its own); the answer names who acts
_PROPOSAL = re.compile(
    r"^Về\s+(?:các\s+)?(?:đề nghị|kiến nghị|đề xuất)\b[^:]{0,600}?:\s+(?=[A-ZĐÀ-Ỹ])"
)


def _hands_on(text: str) -> bool:
    """True when ``text`` hands work on ("giao", "đề nghị", "yêu cầu"), not when it names a
    file or a document ("hồ sơ đề nghị gia hạn", "tờ trình đề nghị …")."""
    text = re.sub(r"\s*\([^()]*\)", "", text)  # "hồ sơ (hoặc …) đề nghị …": still a file
    return any(
        not NOT_TRIGGER_BEFORE.search(text[: match.start()]) for match in TRIGGER_ANY.finditer(text)
    )


# "Sở quản lý ngành, lĩnh vực đối với hàng hóa, dịch vụ (quy định tại Phụ lục I) có trách
# nhiệm trình …": the goods a kind of body answers for, between it and its duty
_SCOPE_BEFORE_DUTY = re.compile(
    r"^\s*đối\s+với\s[^;.:]{1,120}?\s(?=(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm)\s)",
    re.IGNORECASE,
)


def past_scope(rest: str) -> str:
    """``rest`` (what follows a subject) after the scope the subject answers for, when its
    duty follows ("đối với hàng hóa, dịch vụ có trách nhiệm …"); else ``rest``."""
    scope = _SCOPE_BEFORE_DUTY.match(rest)
    return rest[scope.end() :] if scope else rest


# "Trong thời hạn 02 ngày làm việc …, Sở X sẽ thực hiện khôi phục …": after the term or
# the case a rule sets, what a body "will" do is the step the rule binds it to
_WILL = re.compile(r"^\s*sẽ\s+(?=\S)", re.IGNORECASE)


def past_will(rest: str) -> str:
    """``rest`` (what follows a subject after an opening clause) past a leading "sẽ"."""
    will = _WILL.match(rest)
    return rest[will.end() :] if will else rest


def dropped_case(text: str, kept: str) -> str:
    """The case ("Trường hợp kiểm tra … theo khoản 1 Điều 11:") :func:`without_topic` left
    out of ``text`` to give ``kept``, or "" when it left none out: the work after such a
    case is done when the case arises."""
    if kept == text or not text.endswith(kept):
        return ""
    topic = text[: len(text) - len(kept)].rstrip(" :")
    return topic if re.match(r"^Trường\s+hợp\s", topic, re.IGNORECASE) else ""


_RUN_IN_TOPIC = re.compile(r"^Về\s+\w")


_TOPIC_END = re.compile(r"[.;:()]")
_CAPITAL_WORD = re.compile(r"\s(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ]*\s)")


def _without_run_in_topic(text: str) -> str:
    """'Về trang thiết bị và hạ tầng số Khắc phục triệt để …': a topic heading the crawl ran
    into its paragraph ends where a capitalised directive verb (or adverb) starts."""
    if not _RUN_IN_TOPIC.match(text):
        return text
    for match in _CAPITAL_WORD.finditer(text, 0, 200):
        if _TOPIC_END.search(text, 0, match.start()):
            break  # the topic is a few words: no sentence, clause or bracket inside
        rest = text[match.end() :]
        verb = leading_verb(rest, max_words=4)
        if verb is not None and (not verb.start or only_manner(rest[: verb.start])):
            return rest
    return text


# "Trường hợp cá nhân đã nộp thuế …, yêu cầu cá nhân đó xuất trình …": on a condition, the
# body demands something of a taxpayer, a company, an applicant: the demand is its work
_DEMAND_ON_CONDITION = re.compile(
    r"^(?:trường hợp|nếu)\b[^,;:]{0,200},\s*(?P<demand>yêu\s+cầu\s+(?:các\s+)?"
    r"(?:cá\s+nhân|doanh\s+nghiệp|người\s+nộp\s+thuế|người\s+dân|tổ\s+chức|hộ\s+kinh\s+doanh"
    r"|chủ\s+đầu\s+tư|nhà\s+thầu)\b)",
    re.IGNORECASE,
)


# "Yêu cầu các đối tượng kiểm tra cung cấp hồ sơ …" (an inspection team's duty): the body
# demands something of those it inspects or serves, who are no body of the cascade
_DEMAND_ON_THE_INSPECTED = re.compile(
    r"^yêu\s+cầu\s+(?:các\s+)?đối\s+tượng\s+(?:được\s+)?(?:kiểm\s+tra|thanh\s+tra)\b",
    re.IGNORECASE,
)


# "Bộ Công an yêu cầu cơ quan có thẩm quyền của nước ngoài bổ sung văn bản cam kết": a foreign
# state is no body of the cascade; the demand made of it is the body's own work
DEMAND_ABROAD = re.compile(
    r"^yêu\s+cầu\s+(?:(?:cơ\s+quan|bên|phía)\s+(?:có\s+thẩm\s+quyền\s+)?(?:của\s+)?)?"
    r"nước\s+(?:ngoài|yêu\s+cầu|được\s+yêu\s+cầu)\b",
    re.IGNORECASE,
)


# (the case may list its troubles: "Trường hợp có khó khăn, vướng mắc, …")
_CONDITION_FIRST = re.compile(
    r"^(?:trường\s+hợp|nếu)\s(?:[^,;:]|,\s*(?=khó\s+khăn|vướng\s+mắc)){1,160},\s*",
    re.IGNORECASE,
)
# "Trường hợp không cấp thì thông báo …", "Trường hợp không cấp, cấp lại thì phải trả lời
# bằng văn bản …" (a sentence after a step, no subject of its own): the work the case calls
# for (a comma inside the case only before "thì phải": else a subject may stand after it)
_CASE_THEN = re.compile(
    r"^(?:trường\s+hợp|nếu)\s(?:[^,;:]{1,160}?\s+thì\s+(?:phải\s+)?"
    r"|[^;:]{1,120}?\s+thì\s+phải\s+)(?=\S)",
    re.IGNORECASE,
)
# (not "Trường hợp vượt thẩm quyền, báo cáo …", "Nếu có khó khăn, vướng mắc, …": how the work
# goes up when it cannot be done, no work of its own)
_ESCALATES = re.compile(r"vượt\s+(?:quá\s+)?thẩm\s+quyền|khó\s+khăn|vướng\s+mắc", re.IGNORECASE)


def action_from(text: str, *, required: bool) -> str:
    """The action in ``text``, from its first directive verb (or all of it if not required)."""
    text = text.lstrip(" ,:")
    demand = _DEMAND_ON_CONDITION.match(text)
    if demand is not None:
        return text[demand.start("demand") :].strip()
    if _DEMAND_ON_THE_INSPECTED.match(text) or DEMAND_ABROAD.match(text):
        return text.strip()
    then = _CASE_THEN.match(text)
    if then is not None and _ESCALATES.search(then.group()) is None:
        rest = text[then.end() :]
        verb = leading_verb(rest, max_words=1)
        if (verb is not None and verb.start == 0) or WRITTEN_REPLY.match(rest):
            return rest.strip()
    condition = _CONDITION_FIRST.match(text)
    # (a report due on a set day is work, whatever its case: "…, kịp thời báo cáo … trước
    # ngày 13 tháng 10 năm 2025")
    escalates = _ESCALATES.search(condition.group()) if condition is not None else None
    if condition is not None and (escalates is None or due_on_a_day(text)):
        # "Trường hợp phát hiện hành vi vi phạm, tiến hành lập biên bản …": the work after
        # the case it is done in (the case is its event)
        rest = text[condition.end() :]
        verb = leading_verb(rest, max_words=3)
        # (not a list of bodies the comma cut: "… đến các cơ quan, tổ chức, đơn vị.")
        listed = parse_org_list(rest, lowercase_ok=True)[0]
        if verb is not None and not listed and (not verb.start or only_manner(rest[: verb.start])):
            return rest.strip()
    accountable = _ACCOUNTABLE.match(text)
    if accountable is not None and text[accountable.end() :].strip(" ;,."):
        text = text[accountable.end() :]  # "chịu trách nhiệm toàn diện về …; chuẩn bị …"
    elif _ACCOUNTABLE_OPENING.match(text):
        text = _after_accountability(text)
    if _OPINION_DUTY.match(text):
        return text.strip()  # "có ý kiến hướng dẫn chuyên môn …": the opinion is the work
    consider = _CONSIDER.match(text)
    if consider is not None and leading_verb(text[consider.end() :]) is not None:
        return text.strip()  # "xét, trình, đề nghị …": "xét" opens a row of verbs
    text = _DUTY_ON_BASIS.sub("", text, count=1)  # "có trách nhiệm căn cứ … để xác định …"
    verb = leading_verb(text)
    if verb is not None and _ON_BASIS.match(text):
        basis = _on_basis(text, verb.start)
        if basis is not None:
            return basis
    if verb is not None:
        # "chủ động cân đối …", "khẩn trương rà soát …": how the work is to be done stays
        start = 0 if only_manner(text[: verb.start]) else _manner_start(text[: verb.start])
        return text[(verb.start if start is None else start) :].strip()
    duty = _DUTY_COLON.match(text)
    if duty is not None and text[duty.end() :].strip():
        return text[duty.end() :].strip()  # "X có trách nhiệm: Hạch toán …": what it must do
    return "" if required else text.strip()


# "căn cứ hồ sơ …, quy định … để <verb> …": a basis the work rests on opens the action
_ON_BASIS = re.compile(r"^căn\s+cứ\s", re.IGNORECASE)
# a duty whose work opens with its basis: the basis reading applies past the word of duty
_DUTY_ON_BASIS = re.compile(r"^(?:có|chịu)\s+trách\s+nhiệm\s+(?=căn\s+cứ\s)", re.IGNORECASE)
_FOR_THE_WORK = re.compile(r"\sđể(?:\s+\S+){0,3}\s*$", re.IGNORECASE)


def _on_basis(text: str, verb_at: int) -> str | None:
    """The action of a text that opens with its basis: all of it when the work follows
    "để" ("căn cứ hồ sơ … để kịp thời rà soát …"); from how it is done when the basis ends
    at a comma ("Căn cứ chức năng …, chủ động xây dựng …"); None otherwise."""
    before = text[:verb_at]
    if _FOR_THE_WORK.search(before):
        return text.strip()
    comma = before.rfind(",")
    if comma != -1 and before[comma + 1 :].strip() and only_manner(before[comma + 1 :]):
        return text[comma + 1 :].strip()
    return None


# "X có ý kiến hướng dẫn chuyên môn …" (not "X có ý kiến chỉ đạo như sau:", a lead-in)
# "có ý kiến chỉ đạo Cục X …" (not the issuer's "có ý kiến chỉ đạo như sau:", a lead-in)
_OPINION_DUTY = re.compile(
    r"^\s*có\s+ý\s+kiến\s+(?:hướng\s+dẫn|thẩm\s+định|góp\s+ý|chỉ\s+đạo\s+(?!như\s+sau))\b"
)
# "xét, trình, đề nghị …": "xét" (consider) opens a row of verbs as one of them
_CONSIDER = re.compile(r"^\s*xét,\s*", re.IGNORECASE)
# an accountability clause before the work: "chịu trách nhiệm (toàn diện) (trước …) về …;"
_ACCOUNTABLE = re.compile(
    r"^chịu\s+trách\s+nhiệm\s+(?:toàn\s+diện\s+)?(?:trước\s[^;]*?)?về\s[^;]*;\s*",
    re.IGNORECASE,
)
_ACCOUNTABLE_OPENING = re.compile(r"^chịu\s+trách\s+nhiệm\s+(?:\S+\s+){0,30}?về\s", re.IGNORECASE)


def _after_accountability(text: str) -> str:
    """'chịu trách nhiệm trước pháp luật … về kết quả …, định kỳ báo cáo, đánh giá …': the
    work after the comma that ends the accountability clause (``text`` if there is none)."""
    opening = _ACCOUNTABLE_OPENING.match(text)
    start = opening.end() if opening is not None else 0
    for comma in re.finditer(r",\s*|\s+và\s+", text[start:]):
        rest = text[start + comma.end() :]
        verb = leading_verb(rest, max_words=4)
        if comma.group().strip() == "và":
            # "chịu trách nhiệm về tính chính xác và thực hiện giải trình, …": "và" ends a
            # noun that is answered for, not a row of verbs ("về việc thu và nộp …")
            if verb is None or verb.start or _has_verb(text[start : start + comma.start()]):
                continue
            return rest
        if verb is not None and (not verb.start or only_manner(rest[: verb.start])):
            return rest
    return text


def _has_verb(words: str) -> bool:
    """True when a directive verb stands anywhere in ``words``."""
    pieces = words.split()
    return any(leading_verb(" ".join(pieces[i:]), max_words=1) for i in range(len(pieces)))


# who must act ("có trách nhiệm", "phải") before how ("định kỳ báo cáo …")
_DUTY_OPENING = re.compile(
    r"^(?:[\s,]*(?:có trách nhiệm|chịu trách nhiệm|có nhiệm vụ|cần|phải)\b)+[\s,]*",
    re.IGNORECASE,
)

# the scope of the work before how it is done ("theo chức năng, nhiệm vụ, thẩm quyền chủ
# động chỉ đạo …"): left out of the action, "chủ động" kept
_SCOPE_OPENING = re.compile(
    r"^\s*(?:theo|trong phạm vi)(?:\s*,?\s*(?:chức năng|nhiệm vụ|thẩm quyền|quyền hạn|"
    r"lĩnh vực|phạm vi|được giao|của mình|quản lý|và)){1,8}[\s,]*",
    re.IGNORECASE,
)


def _manner_start(before: str) -> int | None:
    """Where the action starts in ``before`` (the words before its verb) when a duty is
    followed by how the work is done ("có trách nhiệm định kỳ báo cáo …" keeps "định kỳ");
    None when the verb itself starts it."""
    duty = _DUTY_OPENING.match(before) or _SCOPE_OPENING.match(before)
    if duty is not None and only_manner(before[duty.end() :]):
        return duty.end()
    # "Trên cơ sở đó, khẩn trương triển khai …": how the work is done, after an opening clause
    comma = before.rfind(",")
    if comma != -1 and before[comma + 1 :].strip() and only_manner(before[comma + 1 :]):
        return comma + 1
    return None


# a duty and a colon: whatever follows is the work, with a verb the lexicon knows or not
_DUTY_COLON = re.compile(r"^(?:có|chịu)\s+(?:trách\s+nhiệm|nhiệm\s+vụ)\s*:\s*", re.IGNORECASE)


def clean_action(text: str) -> str:
    text = squash(text).strip(" ;,")
    text = re.sub(r"\s*\./\.$", ".", text)
    return text[:1].upper() + text[1:]


# "Văn phòng Cơ quan Cảnh sát điều tra, Bộ Công an là đầu mối tiếp nhận, phối hợp …": the
# body named the focal point of the work that follows
_FOCAL_POINT = re.compile(r"^\s*là\s+(?:cơ\s+quan\s+|đơn\s+vị\s+)?(?=đầu\s+mối\s+\S)")


def focal_point_work(rest: str) -> str:
    """The work a body is made the focal point of ("là đầu mối tiếp nhận …" -> "đầu mối tiếp
    nhận …"), when a verb follows "đầu mối"; else ""."""
    focal = _FOCAL_POINT.match(rest)
    if focal is None:
        return ""
    work = rest[focal.end() :].strip()
    after = work.split(maxsplit=2)[2:]  # past "đầu mối"
    return work if after and leading_verb(after[0], max_words=1) is not None else ""
