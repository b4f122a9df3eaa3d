"""Who a sentence gives work to: the bodies it names, the force, and its action.

In order: a trigger at the start ("Giao X …", "Đề nghị X …"); a subject and its verb ("X
có trách nhiệm …", also after an opening clause "Trên cơ sở …, X …" and past an inserted
one "X, trên cơ sở …, chủ trì …"); a trigger inside the sentence ("…, đề nghị X …"); the
bodies of the heading above; the bodies of the sentence before. Names are read by
:func:`cascade.extract.orgs.parse_org_list`, resolved later by the task reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cascade.extract.actions import (
    DEMAND_ABROAD,
    action_from,
    focal_point_work,
    past_scope,
    past_will,
)
from cascade.extract.alternative_bodies import with_alternatives
from cascade.extract.basis_first import firm_after_basis
from cascade.extract.case_then import REACH, SUBJECT_AFTER, in_reach, lists_agents_before, then_list
from cascade.extract.heading_roles import GENERIC_BODY_START, TRIGGER_ANY, TRIGGER_START
from cascade.extract.headings import NOT_TRIGGER_BEFORE, Context, force_of
from cascade.extract.organise_verb import organise_verb, organising_act
from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.procedure_persons import IF_BEFORE_PERSON, persons_only, persons_work
from cascade.extract.rule_makers import rules_set_by
from cascade.extract.staff_kinds import with_staff
from cascade.extract.text import UPPER, fold, squash
from cascade.extract.then_kinds import THEN, kinds_after_then
from cascade.extract.time_first import work_follows_time
from cascade.extract.verb_start import leading_verb
from cascade.extract.work_named import named_by_step, named_by_work

# a term counted from an event: "Trong thời hạn 10 ngày làm việc kể từ ngày nhận được …";
# "Trong thời gian 03 ngày làm việc, kể từ …, X …" too (not "Trong thời gian 03 tháng trước
# ngày …", a window looked back on)
_TIME_LIMIT_WORDS = r"Trong thời (?:hạn|gian \d+ (?:ngày|giờ))"
_TIME_LIMIT = re.compile("^" + _TIME_LIMIT_WORDS, re.IGNORECASE)

# "Nếu quá thời hạn …, Bộ Công an ra văn bản …": a case, as "Trường hợp", before a body
# named with capitals (the capital as written, in patterns that ignore case; no "thì" before
# the comma: "Nếu … thì mời và phối hợp với cha, mẹ, …, Hội liên hiệp phụ nữ …" names none)
_IF_BEFORE_NAME = r"Nếu(?=(?:(?!\sthì\s)[^.;])*?,\s+(?-i:[" + UPPER + r"]))"
# a sentence that opens with a clause before its subject: "Trên cơ sở …, Sở X có nhiệm vụ …"
# (not the verb "Theo dõi", to monitor; "Tại đặc khu …,", "Tại thời điểm …,": a place, a time)
OPENING = re.compile(
    r"^(?:Trên cơ sở|Căn cứ|Theo(?!\s+dõi)|Để|Về|Trong quá trình|Nhằm|Sau khi|"
    + _TIME_LIMIT_WORDS
    + r"|Đối với|Qua"
    + r"|Tại\s+(?:các\s+)?(?:thời\s+điểm|đặc\s+khu|xã|phường|địa\s+(?:phương|bàn)|nơi|khu\s+vực)|"
    + IF_BEFORE_PERSON
    + r"|"
    + _IF_BEFORE_NAME
    + r"|Khi|Ngay trong ngày|Ngay sau khi|Trước thời điểm|Trước khi|Hết thời hạn"
    # "Từ ngày 01 tháng 12 năm 2025, Trung tâm X tổ chức …": when the work starts
    r"|(?:Kể\s+)?[Tt]ừ\s+ngày"
    r"|(?:Trong\s+(?:một số\s+|các\s+|những\s+)?)?[Tt]rường hợp"
    r"|H[ằà]ng (?:năm|quý|tháng)|Định kỳ"
    r"|Trong (?:(?:thời hạn )?\d{1,2} ngày đầu mỗi )?(?:quý|tháng|năm)(?=,|\s)"
    # "Sau tối đa 05 ngày | Sau 60 ngày kể từ khi …, các cơ quan … có trách nhiệm …": a term
    r"|Sau\s+(?:tối\s+đa|\d{1,3}(?=\s))|Chậm\s+nhất|Kết thúc năm\s)\b",
    re.IGNORECASE,
)
# "Từ ngày 01/12/2025, Sở X tiếp nhận hồ sơ …" with Sở X the issuer: what it will do from
# that day, announced, not work it is given
STARTS_ON = re.compile(r"^(?:Kể\s+)?[Tt]ừ\s+ngày\b", re.IGNORECASE)
# a condition before the subject: "Trước thời điểm dừng bán hàng, doanh nghiệp gửi thông báo
# …", "Khi có văn bản yêu cầu …, doanh nghiệp phải gửi …" (a regulation's procedure): a kind
# of body named in lower case after it is the subject, as after a time
CONDITION_OPENING = re.compile(
    r"^(?:Trước thời điểm|Trước khi|Sau khi|Khi|Hết thời hạn|Sau\s+tối\s+đa|"
    + IF_BEFORE_PERSON
    + r"|"
    + _IF_BEFORE_NAME
    + r"|"
    r"(?:Trong\s+(?:một số\s+|các\s+|những\s+)?)?"
    r"[Tt]rường hợp)\b",
    re.IGNORECASE,
)
# a time before the subject: "Hằng năm, các cơ quan … gửi báo cáo từ ngày 10 đến ngày 15
# tháng 12", "Trong quý I của năm sau, X …", "Trong 15 ngày đầu mỗi quý, X …": it dates the
# sentence's work
TIME_OPENING = re.compile(
    r"^(?:H[ằà]ng (?:năm|quý|tháng)|Định kỳ|" + _TIME_LIMIT_WORDS + r"|Trong (?:quý|tháng|năm)\s"
    r"|Trong (?:thời hạn )?\d{1,2} ngày đầu mỗi (?:quý|tháng)"
    r"|Khi nhận được|Ngay trong ngày|Chậm nhất\s|Kết thúc năm\s)",
    re.IGNORECASE,
)


def _one_name(found: list[Mention], before: str) -> bool:
    """One body with no comma in its name, whose first two words do not end the words
    before the comma: after a long time limit, a list ("… của công ty đại chúng, công ty
    chứng khoán, công ty quản lý quỹ …") is more often the event's own words."""
    if len(found) != 1 or "," in found[0].text:
        return False
    kind = " ".join(found[0].text.split()[:2]).casefold()
    return kind not in before[-60:].casefold()


# "X được kết nối, tích hợp …" says what is done to X; "X được giao chủ trì …" is work
_PASSIVE = re.compile(r"^được\s+(?!giao|phân công|ủy quyền|yêu cầu|đề nghị|cử\b)", re.IGNORECASE)


def _is_passive(subject: str, rest: str) -> bool:
    """True when the words after a subject (the parser may have taken 'được' into the
    name) make a passive sentence."""
    words = subject.split()
    # "Cục Quản lý Dược" ends in a name's word (capitalised), not in "được"
    if words and fold(words[-1]) == "duoc" and not words[-1][:1].isupper():
        rest = f"được {rest.lstrip()}"
    return _PASSIVE.match(rest.lstrip()) is not None


_STANDING_ROLE = re.compile(r"^là\s+(?:cơ quan|đơn vị)\b[^,;]{0,80},\s*", re.IGNORECASE)


@dataclass
class Who:
    """What a sentence says about who acts: bodies named (unresolved) or known ids."""

    action: str
    force: str | None
    explicit: bool
    mentions: list[Mention] | None = None
    ids: list[str] | None = None
    subject: bool = False
    after_opening: bool = False  # the subject follows an opening clause ("Trong quá trình …,")


def who_acts(sentence: str, context: Context, previous: Who | None) -> Who | None:
    """Who a sentence assigns work to, with which force, and the action; None if nobody."""
    return (
        _who_triggered(sentence)
        or _who_described(sentence, context)
        or _who_subject(sentence, context)
        or _who_after_basis(sentence, context)
        or _who_inside(sentence)
        or _who_from_context(sentence, context)
        or _who_continued(sentence, previous)
    )


# "Các cơ quan, tổ chức, cá nhân thực hiện các cơ chế … phải bảo đảm …": a group named by
# what it does, up to the word that binds it
_DESCRIBED = re.compile(
    r"^(?P<who>Các\s+(?:cơ quan|tổ chức|cá nhân|đơn vị|doanh nghiệp)(?:,|\s)[^:;.]{0,240}?)"
    r"\s+(?:phải|có trách nhiệm|có nghĩa vụ)\s+(?=\w)"
)


def _who_described(sentence: str, context: Context) -> Who | None:
    """'Các cơ quan, tổ chức, cá nhân thực hiện … phải …': the whole description is the
    group (a verb inside it says which bodies), and what follows "phải" its work."""
    described = _DESCRIBED.match(sentence)
    if described is None:
        return None
    who = described.group("who")
    mentions, end = parse_org_list(who)
    if not mentions or leading_verb(who[end:], max_words=2) is None:
        return None  # "Các cơ quan, đơn vị có trách nhiệm …": the list alone names them
    action = action_from(sentence[described.end() :], required=True)
    if not action:
        return None
    group = Mention(who, 0, len(who), plural=True)
    return Who(action, context.force, False, mentions=[group], subject=True)


def _who_triggered(sentence: str) -> Who | None:
    """'Giao X …', 'Đề nghị X …' at the start."""
    trigger = TRIGGER_START.match(sentence)
    if not trigger:
        return None
    mentions, end = parse_org_list(sentence[trigger.end() :], lowercase_ok=True)
    if not mentions:
        return None
    action = action_from(sentence[trigger.end() + end :], required=False)
    return Who(action, force_of(trigger.group("t")), True, mentions=mentions)


def _who_subject(sentence: str, context: Context) -> Who | None:
    """'X <verb> …', 'Trên cơ sở …, X có nhiệm vụ …', 'X giao Y …'."""
    # (a body named by its work first: "Các cơ quan được giao nhiệm vụ báo cáo tại khoản 1
    # Điều này định kỳ …" would end at its first verb)
    mentions, end = named_by_work(sentence)
    if not mentions:
        mentions, end = _subject_at(sentence, lowercase_ok=context.subjects_first)
    if not mentions:
        mentions, end = _qualified_kinds(sentence)
    if not mentions and GENERIC_BODY_START.match(sentence):
        # "Cơ quan thuế địa phương căn cứ …": a kind of body, capitalised only because it
        # opens the sentence
        mentions, end = parse_org_list(sentence, lowercase_ok=True)
    if organise_verb(mentions, sentence[end:]):
        mentions = []
    offset = 0
    if not mentions and OPENING.match(sentence) and not work_follows_time(sentence):
        # "Trên cơ sở …, Sở X có nhiệm vụ …" (see case_then): the subject after an opening
        # clause; after a time or a condition, a body named in lower case is the subject too
        timed = bool(_TIME_LIMIT.match(sentence))
        regarding = sentence.startswith("Đối với ")
        lower = bool(TIME_OPENING.match(sentence) or _conditioned(sentence))
        for comma in _openings(sentence):
            kinds = comma.re is THEN  # "… thì cơ sở khám bệnh … có văn bản …" (then_kinds)
            if _handed_before(sentence[: comma.start()]):
                break  # "Sau khi xem xét Chủ tịch … giao Sở X chủ trì, phối hợp với …"
            if (
                not kinds
                and _KIND_BEFORE.search(sentence, 0, comma.start())
                and _KIND_AFTER.match(sentence, comma.end())
            ):
                continue  # "Trong trường hợp … của cá nhân, tổ chức liên quan …": a list
            if lists_agents_before(sentence[: comma.start()]):
                continue  # "… kể từ ngày Bộ A, Bộ B ký văn bản, X …": the event's agents
            found, found_end = (
                kinds_after_then(sentence[comma.end() :])
                if kinds
                else _subject_after_comma(
                    sentence[comma.end() :], lowercase_ok=lower, regarding=regarding
                )
            )
            if found and found[0].text == "tổ chức":
                break  # "Hằng năm, tổ chức đánh giá …": the verb, not a body
            tail = sentence[comma.end() + found_end :]
            after = past_will(past_scope(tail))
            work = action_from(after, required=True) or persons_work(found, after)
            # (a long time limit reaches further, to one name that ends no list before it)
            far = timed and _one_name(found, sentence[: comma.start()])
            # (a case's "thì" closes its clause however long: "Trường hợp file đính kèm …
            # không thể mở hoặc không đọc được thì bên mời thầu phải …")
            far = far or comma.group().strip() == "thì"
            # "Hằng quý, xét duyệt quyết toán của Công an đơn vị, địa phương; thông báo …":
            # bodies that close a part of their own are no subject of the work after it
            closed = tail.lstrip().startswith(";")
            reach = bool(found) and (kinds or in_reach(sentence[: comma.start()], found[0], far))
            if reach and work and not closed:
                mentions, end, offset = then_list(sentence, comma, found), found_end, comma.end()
                break
    if not mentions or _is_passive(mentions[-1].text, sentence[offset + end :]):
        return None
    rest = _past_inserted_clause(sentence[offset + end :])
    rest = past_will(rest) if offset else rest
    # "Sở X là cơ quan thường trực, chủ trì theo dõi …": the role, then the work
    mentions, rest = with_staff(mentions, _STANDING_ROLE.sub("", rest.lstrip(), count=1))
    handed = None if persons_only(mentions) else _handed_on(rest.lstrip(" ,"))
    if handed is not None:
        return handed
    action = (
        persons_work(mentions, rest)
        or action_from(rest, required=True)
        or focal_point_work(rest)
        or rules_set_by(mentions, rest)
    )
    if not action:
        return None
    return Who(
        action, context.force, False, mentions=mentions, subject=True, after_opening=offset > 0
    )


def _openings(sentence: str) -> list[re.Match[str]]:
    """Where the subject may start after a sentence's opening clause (see case_then), and
    the case's "thì" before kinds of body (see then_kinds), in the order they come."""
    head = sentence[:REACH]
    found = list(SUBJECT_AFTER.finditer(head))
    taken = {match.start() for match in found}
    found += [match for match in THEN.finditer(head) if match.start() not in taken]
    return sorted(found, key=lambda match: match.start())


# a kind of body or branch (lower case) before a comma inside an opening clause lists them
# ("của cá nhân, tổ chức …", "giải thể văn phòng đại diện, đơn vị …"): the comma ends nothing
_KIND_BEFORE = re.compile(r"\s(?:cá nhân|tổ chức|cơ quan|đơn vị|doanh nghiệp|chi nhánh|đại diện)$")
_KIND_AFTER = re.compile(r"(?:cá\s+nhân|tổ\s+chức|cơ\s+quan|đơn\s+vị|doanh\s+nghiệp)\b")


def _handed_before(before: str) -> bool:
    """True when ``before`` (an opening clause and what follows it, up to a comma) already
    hands the work to a named body: the opening had no comma of its own, and the bodies
    after this comma are the partners of that body, not the sentence's subject."""
    for match in TRIGGER_ANY.finditer(before):
        if match.start() == 0 or NOT_TRIGGER_BEFORE.search(before[: match.start()]):
            continue
        if parse_org_list(before[match.end() :])[0]:
            return True
    return False


# "Tổng cục Thuế giới thiệu các nội dung mới của Thông tư … và đề nghị các Cục Thuế …": what
# the letter itself does (introduces, sends, notifies), then the request it makes
_OWN_ACT_THEN_REQUEST = re.compile(
    r"^(?:giới\s+thiệu|gửi(?:\s+kèm)?|thông\s+báo)\s[^;:]*?\svà\s+(?P<t>đề\s+nghị|yêu\s+cầu)\s+",
    re.IGNORECASE,
)


# "Tổng cục Thuế thông báo để Cục Thuế tổ chức tuyên truyền và có kế hoạch …": the letter
# tells the bodies so that they do the work (a closing when that work is "biết, thực hiện")
_NOTIFIES_SO_THAT = re.compile(r"^(?:xin\s+)?(?P<t>thông\s+báo)\s+để\s+", re.IGNORECASE)


def _handed_on(rest: str) -> Who | None:
    """After the subject: "X giao Y …", "X giới thiệu … và đề nghị Y …", "X thông báo để Y
    …": Y's task."""
    if DEMAND_ABROAD.match(rest):
        return None  # the demand made of a foreign state is the subject's own work
    handed = (
        TRIGGER_START.match(rest)
        or _OWN_ACT_THEN_REQUEST.match(rest)
        or _NOTIFIES_SO_THAT.match(rest)
    )
    if handed is None:
        return None
    after = rest[handed.end() :]
    targets, target_end = parse_org_list(after, lowercase_ok=True)
    if targets and after[target_end:].lstrip().startswith(";"):
        targets, target_end = _described_addressees(after, targets, target_end)
    action = action_from(after[target_end:], required=True) if targets else ""
    if not action:
        return None
    return Who(action, force_of(handed.group("t")), True, mentions=targets)


# "… đề nghị Công an tỉnh; Hiệp hội Doanh nghiệp tỉnh; Chủ dự án/cơ sở phải thực hiện kiểm
# kê khí nhà kính và các tổ chức, cá nhân có liên quan tổ chức …": a request repeats the
# letter's addressees, and one named by what it must do is an addressee all the same
_AND = re.compile(r"\s+và\s+")


def _described_addressees(
    after: str, targets: list[Mention], end: int
) -> tuple[list[Mention], int]:
    """The request's addressees past the names ``parse_org_list`` read: each ";"-part that
    starts with a capital is one, the last up to a "và" before named bodies and their work.
    ``targets, end`` as they were when the list does not end that way."""
    found = list(targets)
    at = end
    while (semicolon := re.match(r"\s*;\s*", after[at:])) is not None:
        start = at + semicolon.end()
        names, name_end = parse_org_list(after[start:], lowercase_ok=True)
        if names and after[start + name_end :].lstrip().startswith(";"):
            found += [m.shifted(start) for m in names]
            at = start + name_end
            continue
        if not after[start : start + 1].isupper():
            break
        following = after.find(";", start)
        stop = following if following > 0 else len(after)
        last = _last_addressees(after, start, stop)
        if last is not None:
            return [*found, *last[0]], last[1]
        if following < 0:
            break
        found.append(Mention(squash(after[start:following]), start, following, plural=True))
        at = following
    return targets, end


def _last_addressees(after: str, start: int, stop: int) -> tuple[list[Mention], int] | None:
    """'Chủ dự án phải … và các tổ chức, cá nhân có liên quan <work>' from ``start``: the
    described addressee, the bodies after "và" and where their work begins; None if no "và"
    before ``stop`` is followed by bodies and work."""
    for conj in _AND.finditer(after, start, stop):
        tail = after[conj.end() :]
        names, name_end = parse_org_list(tail, lowercase_ok=True)
        if names and action_from(tail[name_end:], required=True):
            described = Mention(squash(after[start : conj.start()]), start, conj.start(), True)
            return [described, *(m.shifted(conj.end()) for m in names)], conj.end() + name_end
    return None


def _who_inside(sentence: str) -> Who | None:
    """'… , đề nghị X …' inside the sentence."""
    for match in TRIGGER_ANY.finditer(sentence):
        if match.start() == 0 or NOT_TRIGGER_BEFORE.search(sentence[: match.start()]):
            continue
        if _directs_body(sentence[: match.start()]):
            return None  # "Chỉ đạo A giao B: …": the sentence's task is to direct A
        after = sentence[match.end() :]
        if fold(after).startswith("cua "):
            continue
        targets, target_end = _named_targets(after)
        if not targets:
            continue
        action = action_from(after[target_end:], required=True)
        if action:
            return Who(action, force_of(match.group("t")), True, mentions=targets)
    return None


# "Chỉ đạo A " before a "giao B": the unit's lead directs A, who hands the work on to B
_DIRECTS_FIRST = re.compile(r"^\s*(?:lãnh đạo,\s*)?chỉ đạo\s+", re.IGNORECASE)


def _directs_body(before: str) -> bool:
    """True when ``before`` is "Chỉ đạo <named bodies>" and nothing else."""
    directs = _DIRECTS_FIRST.match(before)
    if directs is None:
        return False
    mentions, end = parse_org_list(before[directs.end() :])
    return bool(mentions) and not before[directs.end() + end :].strip()


def _who_from_context(sentence: str, context: Context) -> Who | None:
    """The heading's bodies act; "Là cơ quan thường trực, …" says how, not what."""
    if not context.leads:
        return None
    action = _STANDING_ROLE.sub("", sentence)
    if context.verbs_only:
        action = action_from(action, required=True)
        if not action:
            return None
    return Who(action, context.force, context.force is not None, ids=context.leads)


# "Sở Tài chính, trên cơ sở đề xuất của các cơ quan, …, chủ trì tổng hợp …": a clause
# between the subject and its verb
_INSERTED = re.compile(
    r"^\s*,\s*(?:trên cơ sở|căn cứ|theo|trong phạm vi|tùy theo|tuỳ theo|sau khi)\b",
    re.IGNORECASE,
)


# "Các cơ quan, đơn vị quy định tại Điều 1 Quy chế này có trách nhiệm …": which bodies, by
# the article that lists them, before their duty
_LISTED_AT = re.compile(
    r"^\s*(?:được\s+)?(?:quy\s+định|nêu)\s+tại\s[^,;.:]{1,80}?"
    r"(?=\s(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|phải|có\s+nhiệm\s+vụ)\s)",
    re.IGNORECASE,
)


def _past_inserted_clause(rest: str) -> str:
    """``rest`` after a clause set between commas before the verb, when a verb follows one
    of the next commas, or after the article that lists the bodies or the scope they answer
    for; else ``rest``."""
    listed = _LISTED_AT.match(rest)
    if listed is not None:
        return rest[listed.end() :]
    if past_scope(rest) != rest:
        return past_scope(rest)
    if _INSERTED.match(rest) is None:
        return rest
    for comma in re.finditer(r",\s*", rest[1:200]):
        after = rest[1 + comma.end() :]
        if action_from(after, required=True):
            return after
    return rest


def _named_targets(after: str) -> tuple[list[Mention], int]:
    """The bodies a trigger inside a sentence names: capitalised names, "các …" groups,
    or a lower-case group of kinds joined by commas ("đề nghị bộ, ngành, địa phương …")."""
    targets, end = parse_org_list(after)
    targets = [m for m in targets if m.text[:1].isupper() or fold(m.text).startswith("cac ")]
    if targets:
        return targets, end
    groups, end = parse_org_list(after, lowercase_ok=True)
    # public bodies only: "yêu cầu tổ chức, cá nhân bổ sung hồ sơ" speaks of applicants
    if len(groups) == 1 and "," in groups[0].text and _PUBLIC_KINDS.match(groups[0].text):
        return groups, end
    return [], 0


_PUBLIC_KINDS = re.compile(r"^(?:bộ|sở|ngành|cơ quan|đơn vị|địa phương),(?![^.;]*cá nhân)")


def _who_continued(sentence: str, previous: Who | None) -> Who | None:
    """A sentence without a subject goes on with the previous one's bodies."""
    if previous is None:
        return None
    action = action_from(sentence, required=True)
    if not action:
        return None
    return Who(
        action, previous.force, previous.explicit, previous.mentions, previous.ids, previous.subject
    )


# "Đối với các trường hợp quy định tại khoản 2 Điều 4: Khi …, doanh nghiệp phải gửi …": the
# case a procedure covers, then its condition
_CASE_COVERED = re.compile(r"^Đối với\s[^:;.]{1,160}:\s*", re.IGNORECASE)


def _conditioned(sentence: str) -> bool:
    """True when the sentence opens with a condition (see CONDITION_OPENING), maybe after
    the case it covers."""
    return bool(opening_condition(sentence))


def opening_condition(sentence: str) -> str:
    """The condition a sentence opens with ("Khi có văn bản yêu cầu …"), from its first
    word on, or "" when it opens with none."""
    case = _CASE_COVERED.match(sentence)
    rest = sentence[case.end() :] if case else sentence
    if _OWN_CONSIDERATION.match(rest):
        return ""  # "Sau khi xem xét, Cục X có ý kiến …": the issuer's own, no condition
    return rest if CONDITION_OPENING.match(rest) else ""


# "Sau khi xem xét, …", "Sau khi xem xét Chủ tịch … giao …": the issuer has considered
_OWN_CONSIDERATION = re.compile(r"^sau khi xem xét(?:\s*,|\s+(?-i:[" + UPPER + r"]))", re.I)


def _subject_after_comma(
    text: str, *, lowercase_ok: bool, regarding: bool = False
) -> tuple[list[Mention], int]:
    """The bodies after a comma of an opening clause (see ``_subject_at``); none when the
    comma sits in a row of acts ("… quyết định thành lập, tổ chức lại, giải thể tổ chức …").
    After an opening that says what the rule is ``regarding`` ("Đối với …,"), a kind in lower
    case is taken when a word of duty follows it ("Đối với người lao động được hưởng …, người
    sử dụng lao động có trách nhiệm lập hồ sơ …")."""
    found = _subject_at(text, lowercase_ok=lowercase_ok)
    if not found[0] and not lowercase_ok and regarding:
        lower = _subject_at(text, lowercase_ok=True)
        if lower[0] and _DUTY_AFTER.match(text, lower[1]):
            found = lower
    return ([], 0) if organising_act(found[0]) else found


# (not "có trách nhiệm tuân thủ quy định …": compliance with the rules, no work of its own)
_DUTY_AFTER = re.compile(
    r"\s+(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|có\s+nghĩa\s+vụ)\s+(?!tuân\s+thủ\s)"
)


def _subject_at(text: str, *, lowercase_ok: bool) -> tuple[list[Mention], int]:
    """The bodies ``text`` opens with, a unit named by what it manages directly among them
    ("Thủ trưởng đơn vị trực tiếp quản lý công chức có văn bản …"), and where they end."""
    if _DIRECT_MANAGERS.match(text):
        return _qualified_kinds(text)
    if _DIRECT_MANAGER.match(text):
        return _direct_manager(text)
    # "Hội đồng thành viên hoặc Chủ tịch công ty xây dựng …": either body (alternative_bodies)
    return named_by_step(text) or with_alternatives(
        text, parse_org_list(text, lowercase_ok=lowercase_ok)
    )


# kinds of body named by the work they do: "Đơn vị, tổ chức thực hiện nhiệm vụ bồi thường, hỗ
# trợ, tái định cư có trách nhiệm lập dự toán …"; "Cơ quan, tổ chức, cá nhân có thẩm quyền
# có trách nhiệm xem xét …" (the commas inside belong to the name); "Đơn vị hoặc cá nhân được
# giao chủ trì soạn thảo … có trách nhiệm …"
_QUALIFIED_KINDS = re.compile(
    r"^(?P<name>(?:Cơ quan|Đơn vị|Tổ chức)"
    r"(?:(?:,\s*|\s+hoặc\s+)(?:cơ quan|đơn vị|tổ chức|cá nhân))+"
    r"\s+(?:(?:thực hiện|được giao)\s[^.;:]{1,100}?|có\s+thẩm\s+quyền))"
    r"\s+có\s+trách\s+nhiệm\s"
)


# "Các cơ quan, tổ chức, đơn vị, doanh nghiệp trực tiếp quản lý tài sản cố định có trách
# nhiệm …" / "… căn cứ …" (also "… trực tiếp quản lý, sử dụng tài sản công …"): "quản lý"
# belongs to the name, it is not the verb
_DIRECT_MANAGERS = re.compile(
    r"^(?P<name>(?:Các\s+)?(?:[Cc]ơ quan|[Đđ]ơn vị|[Tt]ổ chức)"
    r"(?:,\s*(?:cơ quan|đơn vị|tổ chức|cá nhân|doanh nghiệp))+"
    r"\s+trực\s+tiếp\s+quản\s+lý[\s,][^.;:]{1,100}?)"
    r"\s+(?:có\s+trách\s+nhiệm|căn\s+cứ)\s"
)


# "Thủ trưởng đơn vị trực tiếp quản lý công chức xem xét và đề xuất …": one body named by
# what it manages directly, its head standing for it; the name runs to the verb
_DIRECT_MANAGER = re.compile(
    r"^(?:(?:Thủ\s+trưởng|Người\s+đứng\s+đầu)\s+)?"
    r"(?P<name>(?:các\s+)?(?:[Cc]ơ\s+quan|[Đđ]ơn\s+vị)\s+trực\s+tiếp\s+quản\s+lý)\s"
)


def _direct_manager(sentence: str) -> tuple[list[Mention], int]:
    """The unit a sentence opens with when it is named by what it manages directly (see
    _DIRECT_MANAGER): the name, and where the work starts."""
    match = _DIRECT_MANAGER.match(sentence)
    if not match:
        return [], 0
    for word in list(re.finditer(r"[^\s,;:.()]+", sentence[match.end() : match.end() + 60]))[:4]:
        end = match.end() + word.end()
        if sentence[end : end + 1] not in {" ", ""}:
            break  # the managed object ends at a comma or a bracket: no work follows
        found = leading_verb(sentence[end:], max_words=3)
        if found is not None:
            name = squash(sentence[match.start("name") : end])
            return [Mention(name, match.start("name"), end, plural=name.startswith("các"))], end
    return [], 0


def _qualified_kinds(sentence: str) -> tuple[list[Mention], int]:
    """The group a sentence opens with when it is named by its work (see _QUALIFIED_KINDS,
    _DIRECT_MANAGERS)."""
    match = _QUALIFIED_KINDS.match(sentence) or _DIRECT_MANAGERS.match(sentence)
    if not match:
        return [], 0
    name = match.group("name")
    return [Mention(squash(name), 0, len(name), plural=True)], len(name)


def _who_after_basis(sentence: str, context: Context) -> Who | None:
    """'Căn cứ vào tổ chức sản xuất, …, công ty rà soát …': a kind of firm in lower case after
    the basis the sentence opens with (see basis_first), with the work that follows it."""
    found = firm_after_basis(sentence)
    action = action_from(sentence[found.end() :], required=True) if found else ""
    if found is None or not action:
        return None
    firm = Mention(squash(found.group("firm")), found.start("firm"), found.end("firm"))
    return Who(action, context.force, False, mentions=[firm], subject=True, after_opening=True)
