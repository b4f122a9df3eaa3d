"""Persons named by their function in a procedure, and the steps they take.

A regulation of a criminal procedure, an inspection or a court's work names the persons who
conduct it by their function ("Điều tra viên", "Kiểm sát viên", "Giám định viên", "Thẩm
phán", "Thư ký Tòa án", "Cán bộ điều tra"), each acting in its own name. Their steps are the
procedure's own verbs, most of which the lexicon does not hold as directive ("Kiểm sát viên
kiểm sát việc hỏi cung …", "Điều tra viên báo cho Kiểm sát viên biết …", "Giám định viên
giải thích …"): a person named so is only ever an actor, so the words after the name are
its step whatever the verb, and a demand it makes of another ("Kiểm sát viên yêu cầu Điều
tra viên khắc phục ngay") is its own step.
"""

from __future__ import annotations

import re

from cascade.extract.bid_parties import is_bid_party
from cascade.extract.contract_parties import is_party
from cascade.extract.lexicon import PERSON_ROLES
from cascade.extract.one_stop import is_one_stop_officer
from cascade.extract.orgs import Mention
from cascade.extract.personnel_bodies import personnel_body
from cascade.extract.procedure_officer import is_procedure_officer
from cascade.extract.text import fold
from cascade.extract.trade_named import trade_work

# bodies that conduct the enforcement of judgments act in the same way ("Cơ quan thi hành
# án dân sự sử dụng số tiền …", "văn phòng thi hành án dân sự chuyển …"): their steps too
# open with the procedure's own verbs
_ENFORCERS = r"(?:cơ\s+quan|văn\s+phòng)\s+thi\s+hành\s+án\s+(?:dân|hình)\s+sự"
_PERSON_ONLY = re.compile(rf"^(?:{PERSON_ROLES}|{_ENFORCERS})$", re.IGNORECASE)
# "Nếu thấy cần thiết, Kiểm sát viên trực tiếp …", "Nếu … thì Điều tra viên tiếp tục …": a
# case that opens the sentence before such a person (other sentences opening with "Nếu" are
# left as they were read)
IF_BEFORE_PERSON = r"Nếu(?=[^.;]*?(?:,|\sthì)\s+(?i:" + PERSON_ROLES + r")\b)"

# what after the person is no step: an option ("có thể mời …"), a passive ("được …", "bị …"), a
# statement of what the person is ("là …"), a prohibition or negation ("không …"), a
# liability ("phải chịu trách nhiệm về …")
_NOT_A_STEP = re.compile(
    r"^(?:có\s+thể|được|bị|là|không|chỉ|cũng|đã|nếu|chịu\s+trách\s+nhiệm\s+(?:về|trước))\b",
    re.IGNORECASE,
)
# the duty words before the step ("phải", "có trách nhiệm"), left out as elsewhere
_DUTY = re.compile(
    r"^(?:(?:phải|có\s+trách\s+nhiệm|có\s+nhiệm\s+vụ|có\s+nghĩa\s+vụ|cần)\s+)+", re.IGNORECASE
)


# the court and the procuracy, listed with an enforcement body, act in the same procedure
# ("Tòa án nhân dân, Viện kiểm sát nhân dân, cơ quan thi hành án dân sự thu và chuyển …")
_BESIDE_ENFORCERS = re.compile(
    r"^(?:tòa\s+án|toà\s+án|viện\s+kiểm\s+sát)\s+nhân\s+dân$", re.IGNORECASE
)


def persons_only(mentions: list[Mention]) -> bool:
    """True when every body named is a person by its function in the procedure (or an
    enforcement body, and the courts and procuracies listed with one)."""
    texts = [m.text.strip() for m in mentions]
    if texts and all(
        personnel_body(t)
        or is_party(t)
        or is_bid_party(t)
        or is_one_stop_officer(t)
        or is_procedure_officer(t)
        for t in texts
    ):
        return True  # by their part in personnel work, a contract or a bid, one-stop officers
    if not texts or not any(_PERSON_ONLY.match(t) for t in texts):
        return False
    return all(_PERSON_ONLY.match(t) or _BESIDE_ENFORCERS.match(t) for t in texts)


def persons_work(mentions: list[Mention], rest: str) -> str:
    """The step of ``mentions`` when they are persons named by function, from the words
    after their names ("" when those words are no step of theirs, or they are bodies); a
    party named by its trade, from the work after its word of duty (``trade_work``)."""
    trade = trade_work(mentions, rest)
    if trade:
        return trade
    if not persons_only(mentions):
        return ""
    rest = rest.strip(" ,")
    duty = _DUTY.match(rest)
    rest = rest[duty.end() :] if duty is not None else rest
    if not rest or not rest[:1].islower() or _NOT_A_STEP.match(rest):
        return ""
    if fold(rest.split()[0]) in {"va", "hoac", "cua", "tai", "voi", "theo", "bang"}:
        return ""  # the name's list or phrase goes on: not a verb
    return rest.strip()
