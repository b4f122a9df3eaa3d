"""The heads of the Government's bodies named by their titles, read as the bodies.

A telegram or a decision of the Prime Minister names whom it asks by their heads: "Bộ
trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ" are the
ministries and the agencies; "Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn,
Tổng công ty" are the two heads of the state groups and companies (the board is theirs,
not a body of its own). The list reader sees a role before each name and so cuts those
formulas into pieces; :func:`merge_heads` puts the bodies they mean together again.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from cascade.extract.text import fold

if TYPE_CHECKING:
    from cascade.extract.orgs import Mention

_AGENCIES = "co quan ngang bo"
_GOVERNMENT_AGENCIES = "co quan thuoc chinh phu"
_COMPANIES = ("cac tap doan", "cac tong cong ty")


def _bare(key: str) -> str:
    return key.removeprefix("cac ")


def _ministers(mention: Mention) -> bool:
    """'Bộ trưởng, Thủ trưởng (các) cơ quan ngang bộ …': the minister stands for 'các bộ'."""
    # "các đồng chí Bộ trưởng, Thủ trưởng …": the address before the titles
    role = fold(mention.role or "").removeprefix("cac ").removeprefix("dong chi ")
    return (
        role.startswith("bo truong")
        and "thu truong" in role
        and (_bare(mention.key).startswith(_AGENCIES))
    )


def _ministries(mention: Mention, following: Mention | None) -> tuple[Mention, bool]:
    """The ministries and agencies as one group, and whether ``following`` was taken in."""
    text = "các bộ, " + mention.text.removeprefix("các ").removeprefix("Các ")
    takes = (
        following is not None
        and _GOVERNMENT_AGENCIES not in mention.key
        and _bare(following.key) == _GOVERNMENT_AGENCIES
        and "thu truong" in fold(following.role or "")
    )
    if takes and following is not None:
        agencies = following.text.removeprefix("các ").removeprefix("Các ")
        return replace(mention, text=f"{text}, {agencies}", end=following.end, plural=True), True
    return replace(mention, text=text, plural=True), False


def _ministries_by_heads(mention: Mention, following: Mention | None) -> bool:
    """'Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ': each head names its own kind of
    body, the two together the one group of ministries and agencies."""
    return (
        following is not None
        and mention.key in ("cac bo", "bo")
        and fold(mention.role or "").startswith("bo truong")
        and _bare(following.key).startswith(_AGENCIES)
        and fold(following.role or "").startswith("thu truong")
    )


def _company_board(mention: Mention, following: Mention | None) -> bool:
    """'Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn …': one pair of heads."""
    return (
        following is not None
        and mention.key == "hoi dong thanh vien"
        and "tong giam doc" in fold(following.role or "")
        and following.key.startswith(_COMPANIES)
    )


_GENERIC_TAIL = ("don vi lien quan", "co quan lien quan", "don vi co lien quan")


def _companies(groups: Mention, following: Mention) -> list[Mention]:
    """'các Tập đoàn' and the 'Tổng công ty …' named after it are one group ('các' goes
    with both); a generic '…, đơn vị liên quan' at its end stays a body of its own."""
    head, comma, rest = following.text.rpartition(",")
    if comma and _bare(fold(rest.strip())) in _GENERIC_TAIL:
        merged = replace(groups, text=f"{groups.text}, {head.strip()}", end=following.end)
        return [merged, replace(following, text=rest.strip(), plural=True)]
    return [replace(groups, text=f"{groups.text}, {following.text}", end=following.end)]


def _joins_companies(mention: Mention, following: Mention | None) -> bool:
    return (
        following is not None
        and mention.key.startswith("cac tap doan")
        and "," not in mention.text
        and not following.role
        and following.key.startswith("tong cong ty")
    )


def merge_heads(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the heads' formulas read as the bodies they stand for."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        mention = mentions[i]
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if _company_board(mention, following):
            i += 1  # the groups' heads follow: the board is no body of its own
        elif _ministers(mention):
            merged, took = _ministries(mention, following)
            out.append(merged)
            i += 2 if took else 1
        elif _ministries_by_heads(mention, following) and following is not None:
            agencies = following.text.removeprefix("các ").removeprefix("Các ")
            text = f"{mention.text}, {agencies}"
            out.append(replace(mention, text=text, end=following.end, plural=True))
            i += 2
        elif _joins_companies(mention, following) and following is not None:
            out += _companies(mention, following)
            i += 2
        else:
            out.append(mention)
            i += 1
    return out
