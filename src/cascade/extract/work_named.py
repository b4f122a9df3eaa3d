"""A body named by the work it is given or does: "Cơ quan tiếp nhận văn bản kê khai giá
có trách nhiệm …", "Người được giao theo dõi, giải quyết công việc của cơ quan, tổ chức
có trách nhiệm …", "Cơ quan được giao thẩm định phương án giá quy định tại điểm a khoản
3 Điều này tham mưu …".

Regulations name who acts by a kind ("cơ quan", "đơn vị", "tổ chức", "người") and the
work that makes it so ("tiếp nhận …", "được giao …"); the name runs to the word of duty
("có trách nhiệm", "chịu trách nhiệm") or to the article that says which body it is ("quy
định tại … Điều này"), not to the first verb inside it.
"""

from __future__ import annotations

import re

from cascade.extract.asked_bodies import asked_named
from cascade.extract.bid_parties import bid_party
from cascade.extract.cited_bodies import named_by_reference
from cascade.extract.clause_named import named_by_clause
from cascade.extract.colon_lists import kinds_before_colon
from cascade.extract.contract_parties import named_party
from cascade.extract.land_bodies import task_titled
from cascade.extract.managing_bodies import named_by_managed
from cascade.extract.one_stop import one_stop_officer
from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.part_named import named_by_part
from cascade.extract.person_subjects import person_subject
from cascade.extract.personnel_bodies import personnel_named
from cascade.extract.price_bodies import priced_named
from cascade.extract.procedure_officer import procedure_officer
from cascade.extract.proposer_bodies import named_by_proposal
from cascade.extract.provider_names import named_as_provider
from cascade.extract.role_named import named_by_role
from cascade.extract.service_bodies import named_by_service
from cascade.extract.step_bodies import named_in_step
from cascade.extract.superior_bodies import superior_named
from cascade.extract.text import squash
from cascade.extract.trade_named import trade_named

__all__ = ["named_by_step", "named_by_work"]

_NAMED_BY_WORK = re.compile(
    r"^(?P<name>(?:Các\s+)?(?:[Cc]ơ\s+quan|[Đđ]ơn\s+vị|[Tt]ổ\s+chức|[Nn]gười|[Cc]á\s+nhân)"
    # kinds listed ("Cơ quan, đơn vị, cá nhân được cấp tài khoản … phải …"), and the unit
    # the person works in ("Cá nhân tại bộ phận văn thư được giao quản lý …")
    r"(?:,\s*(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|cá\s+nhân))*"
    r"(?:\s+tại\s+(?:bộ\s+phận|phòng|đơn\s+vị)(?:\s+[a-zđà-ỹ]+){1,4}?)?\s+"
    r"(?:(?:tiếp\s+nhận|được\s+giao|được\s+phân\s+công|được\s+cử|được\s+cấp"
    # "Người chủ trì soạn thảo văn bản …": the person who leads the work (a body that
    # leads, "Cơ quan chủ trì", is a name of its own)
    r"|(?<=[Nn]gười\s)chủ\s+trì"
    # "Người thực hiện giám định tư pháp có trách nhiệm …", "Cá nhân, tổ chức thực hiện …
    # phải …": who carries the work out (not "Tổ chức thực hiện …", to organise it)
    r"|(?:(?<=[Nn]gười\s)|(?<=[Cc]á\snhân\s)|(?<=,\stổ\schức\s))thực\s+hiện)"
    r"\s[^.;:()]{1,100}?"
    # "Cơ quan nhận chuyển giao có nghĩa vụ nộp …": the body a right was handed to
    r"|nhận\s+chuyển\s+giao(?:\s[^.;:()]{1,100}?)??))"
    # "Cá nhân được giao … căn cứ vào Danh mục hồ sơ …, có trách nhiệm …": the grounds of
    # the duty, between the name and its word of duty, are no part of the name
    r"(?P<grounds>,?\s+căn\s+cứ\s[^.;:()]{1,100}?,?(?=\s+(?:có|chịu)\s+trách\s+nhiệm\s))?"
    # "Cá nhân được giao quản lý hộp thư … khi có thay đổi vị trí công tác phải …": the case
    # the duty arises in, between the name and its duty, is no part of the name
    r"(?P<case>\s+khi\s[^.;:()]{1,80}?(?=\s+(?:có|chịu)\s+trách\s+nhiệm\s|\s+phải\s))?"
    # the word of duty ends the name: "có/chịu trách nhiệm", "có nghĩa vụ", or "phải" ("Các
    # cá nhân được cấp hộp thư công vụ phải thường xuyên sử dụng …")
    r"(?P<then>\s+(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|có\s+nghĩa\s+vụ|phải)\s"
    r"|\s+(?:được\s+)?quy\s+định\s+tại\s[^,;.:()]{1,60}?\s(?:Điều|Quyết\s+định|Quy\s+định)"
    r"\s+này\s+(?=\w)"
    # "Cơ quan tiếp nhận hồ sơ căn cứ quy định tại khoản 3 Điều này để giải quyết hồ sơ": the
    # grounds and the work they serve follow the name
    r"|\s+(?=căn\s+cứ\s[^.;:()]{1,120}?\s+để\s)"
    # "Các cơ quan được giao nhiệm vụ báo cáo tại khoản 1 Điều này định kỳ xây dựng …": the
    # place of the work it was given is part of the name
    r"|(?<=Điều\snày)\s+(?=\w))"
)


def named_by_work(sentence: str) -> tuple[list[Mention], int]:
    """The body ``sentence`` opens with when it is named by its work, and where what
    follows the name starts (past the article that says which body it is); ([], 0) when
    the sentence opens otherwise; then a role of staff before its duty (``named_by_role``),
    then a body named in a procedure's step (``named_in_step``) or by its power over
    prices (``priced_named``)."""
    match = _NAMED_BY_WORK.match(sentence)
    if match is None:
        role = named_by_role(sentence)
        return role if role[0] else (named_in_step(sentence) or priced_named(sentence) or role)
    name = match.group("name")
    plural = name.lower().startswith("các ")
    end = match.end("case") if match.group("case") else match.end("name")
    end = match.end("grounds") if match.group("grounds") else end
    if not match.group("then").lstrip().startswith(("có", "chịu", "phải")):
        end = match.end()  # "… quy định tại điểm a khoản 3 Điều này tham mưu …"
    return [Mention(squash(name), 0, len(name), plural=plural)], end


def named_by_step(text: str) -> tuple[list[Mention], int] | None:
    """Who a procedure's step names: a body named by what it manages and uses directly
    (``named_by_managed``), a body named by its part in setting up or dissolving an
    organisation (``named_by_proposal``), a body named by its competence, role or panel
    (``named_in_step``), a body named by its part in personnel work (``personnel_named``),
    bodies named by the clause that defines them
    (``named_by_reference``), an organisation by its service (``named_by_service``,
    ``named_as_provider``), a party
    named by its part in it before its duty (``named_by_part``), kinds of body listed before
    a colon (``kinds_before_colon``), or a person by kind alone before its work
    (``person_subject``), a body by the one it stands above (``superior_named``), the parties
    of a contract by their part in it (``named_party``), a one-stop unit's officer
    (``one_stop_officer``), a party of a selection by its part (``bid_party``), the officer of
    an administrative procedure (``procedure_officer``), a party by its trade
    (``trade_named``), a body by what is asked of it (``asked_named``) or by the case it is
    handling or the staff it has (``named_by_clause``); None when ``text`` opens otherwise."""
    return (
        named_by_managed(text)
        or named_by_proposal(text)
        or named_in_step(text)
        or personnel_named(text)
        or named_by_reference(text)
        or named_by_service(text)
        or named_as_provider(text)
        or named_by_part(text)
        or kinds_before_colon(text)
        or person_subject(text)
        or _task_titled(text)
        or superior_named(text)
        or named_party(text)
        or one_stop_officer(text)
        or bid_party(text)
        or procedure_officer(text)
        or trade_named(text)
        or asked_named(text)
        or named_by_clause(text)
    )


def _task_titled(text: str) -> tuple[list[Mention], int] | None:
    """'Tổ chức làm nhiệm vụ bồi thường, hỗ trợ và tái định cư …' (see land_bodies), also
    after an opening clause ("Đối với mộ vô chủ, Tổ chức làm nhiệm vụ … lập …")."""
    if not task_titled(text):
        return None
    found = parse_org_list(text, lowercase_ok=True)
    return found if found[0] else None
