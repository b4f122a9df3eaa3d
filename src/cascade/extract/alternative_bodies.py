"""Two bodies joined by "hoặc" as a sentence's subject, either one doing the work: "Hội đồng
thành viên hoặc Chủ tịch công ty xây dựng, ban hành bảng lương …" (the council where the
company has one, its president where it has none), "Ngân hàng Nhà nước hoặc Ngân hàng Nhà
nước chi nhánh có văn bản …".

A regulation names so the bodies that may each be the one bound, and each is a lead. The
list reader stops at "hoặc", leaving "hoặc Chủ tịch công ty xây dựng …" for the action,
where no verb starts, so the duty was lost. Only the subject is read so: after a word that
hands work on ("phân công Sở A hoặc Sở B thực hiện …") the choice is still the one who
hands it, whose task it stays. Only a capitalised name after "hoặc" is taken ("… hoặc người
được Tòa án chỉ định" in lower case is as often a person named by a clause, "cơ quan, tổ
chức hoặc cá nhân" a list of kinds read elsewhere).
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.text import UPPER

_OR_NAME = re.compile(r"\s+hoặc\s+(?=[" + UPPER + r"])")


def with_alternatives(text: str, found: tuple[list[Mention], int]) -> tuple[list[Mention], int]:
    """The bodies ``text`` opens with (``found``: its mentions and where they end), and the
    bodies after each "hoặc" that follows them."""
    mentions, end = found
    while mentions:
        joined = _OR_NAME.match(text, end)
        if joined is None:
            break
        more, more_end = parse_org_list(text[joined.end() :])
        if not more or more[0].start != 0:
            break
        mentions = mentions + [m.shifted(joined.end()) for m in more]
        end = joined.end() + more_end
    return mentions, end
