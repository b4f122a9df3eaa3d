"""Kinds of body a case's "thì" hands its work to, alone or listed, named in lower case.

"Trường hợp … thì cơ sở khám bệnh, chữa bệnh có văn bản thông báo …"; "… thì Ban đại diện
chủ nợ; Quản tài viên; doanh nghiệp quản lý, thanh lý tài sản; Hội đồng quản trị của công ty
cổ phần, …; cơ quan đại diện chủ sở hữu có văn bản gửi Thẩm phán …". case_then takes only a
proper name after "thì": a regulation's "thì" is as often followed by who it governs ("thì
người nộp thuế được …") or by a thing ("thì hồ sơ …"). Here a kind of body the name reader
knows by its head ("cơ quan", "cơ sở", "đơn vị", "doanh nghiệp", "Ban …") is taken, alone in
lower case or as a list of such items joined by ";", ",", "hoặc", when the list's last item
runs into a verb of work.
"""

from __future__ import annotations

import re
from itertools import pairwise

from cascade.extract.actions import action_from
from cascade.extract.name_tokens import head_length, split_tokens
from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.text import squash

# the case's "thì" before its subject
THEN = re.compile(r"\s+thì\s+")
# where one item of the list may end and the next start (a head must follow: "doanh nghiệp
# quản lý, thanh lý tài sản" is one item, "Luật Phục hồi, phá sản" part of one)
_SEPARATOR = re.compile(r"\s*;\s*|,\s*|\s+(?:hoặc|và)\s+")
# the article an item is named by, after its name ("Hội đồng thành viên của công ty … theo
# quy định tại điểm b khoản 1 Điều 24 Luật …"): not part of the name
_ARTICLE_AFTER = re.compile(r"\s+theo\s+quy\s+định\s+tại\s.*$", re.DOTALL)
# an item named with its owner ("Hội đồng quản trị của công ty cổ phần"): the whole is the name
_OWNER = re.compile(r"^của\s")
# a kind alone after "thì" that names no body of the cascade: a bare head ("thì cơ quan
# thực hiện …", "thì doanh nghiệp đề nghị cấp lại …": whoever applies), a group with the
# public in it ("thì các cơ quan, tổ chức, cá nhân thực hiện …"), one named before ("thì đơn
# vị đó …"), a database or a territory ("thì cơ sở dữ liệu …", "thì đơn vị hành chính …")
_NO_BODY = re.compile(
    r"^(?:các\s+)?(?:(?:cơ\s+quan|đơn\s+vị|doanh\s+nghiệp|tổ\s+chức|cơ\s+sở)$"
    r"|cơ\s+sở\s+dữ\s+liệu|đơn\s+vị\s+hành\s+chính)|\bcá\s+nhân\b|\sđó$",
    re.IGNORECASE,
)
# kinds only, asking for something ("thì cơ quan, đơn vị, tổ chức gửi văn bản đề nghị …",
# "… có văn bản đề nghị cấp …"): whoever applies, the regulation's path for them
_KINDS_ONLY = re.compile(
    r"^(?:các\s+)?(?:(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|doanh\s+nghiệp)(?:,\s*|$))+$"
)
_REQUEST = re.compile(r"^(?:có\s+|gửi\s+)?(?:(?:văn\s+bản|công\s+văn)\s+)?đề\s+nghị\s", re.I)
_LIST_REACH = 400  # ND-187's list of six bodies runs to about 330 characters
_ITEM_WORDS = 16


def _opens_with_kind(text: str) -> bool:
    """True when ``text`` opens with the head of a body (a kind in lower case allowed), a
    kind after "các" too ("các cơ quan …"; not "các bên …", the parties)."""
    tokens = split_tokens(text[:60])
    first = 1 if tokens and tokens[0].folded == "cac" else 0
    return head_length(tokens, first, lowercase_ok=True, in_list=False) > 0


def kinds_after_then(text: str) -> tuple[list[Mention], int]:
    """The bodies ``text`` (what follows a case's "thì") opens with and where their work
    starts, or ``([], 0)``: one kind in lower case, or a list whose items each open with a
    head and whose last one ends at a verb of work."""
    if not text[:1].isalpha() or not _opens_with_kind(text):
        return [], 0
    bounds = [(0, 0)]  # (where the separator before an item starts, where the item starts)
    for separator in _SEPARATOR.finditer(text, 0, _LIST_REACH):
        if _opens_with_kind(text[separator.end() :]):
            bounds.append((separator.start(), separator.end()))
    for last, (_, start) in enumerate(bounds):
        names, end = parse_org_list(text[start:], lowercase_ok=True)
        if not names or not action_from(text[start + end :], required=True):
            continue
        items = _items(text, bounds[: last + 1])
        if items is None or (not items and not _one_kind(text, names, text[start + end :])):
            return [], 0  # a list broken by other words, or no body
        found = [part.shifted(start) for name in names for part in _same_kind_parts(name)]
        return items + found, start + end
    return [], 0


# "cơ quan thuế, cơ quan hải quan": two bodies of one kind, each named in full
_SAME_KIND = re.compile(r"^(?P<head>\w+\s+\w+)\s+\w[^,]*(?:,\s*(?P=head)\s+\w[^,]*)+$")


def _same_kind_parts(name: Mention) -> list[Mention]:
    """``name`` split at its commas when each part names one body of the same kind ("thì cơ
    quan thuế, cơ quan hải quan phải …"); else ``name`` alone."""
    if _SAME_KIND.match(name.text) is None:
        return [name]
    parts, at = [], name.start
    for part in name.text.split(","):
        offset = len(part) - len(part.lstrip())
        parts.append(Mention(part.strip(), at + offset, at + len(part)))
        at += len(part) + 1
    return parts


def _one_kind(text: str, names: list[Mention], work: str) -> bool:
    """True when ``names``, read alone after "thì" with ``work`` after them, name a body:
    written in lower case ("thì Công ty …" is not read), not one of _NO_BODY, not mere kinds
    asking for something."""
    if not text[:1].islower() or (len(names) == 1 and _NO_BODY.search(names[0].text)):
        return False
    asks = _REQUEST.match(work.lstrip())
    return not (asks and all(_KINDS_ONLY.match(name.text) for name in names))


def _items(text: str, bounds: list[tuple[int, int]]) -> list[Mention] | None:
    """The bodies of the items before the last of ``bounds``; None when one of them is not a
    body's name (with its owner, or the article it is named by, at most)."""
    found: list[Mention] = []
    for (_, start), (stop, _) in pairwise(bounds):
        item = _ARTICLE_AFTER.sub("", text[start:stop])
        if not item or len(item.split()) > _ITEM_WORDS:
            return None
        names, end = parse_org_list(item, lowercase_ok=True)
        rest = item[end:].strip()
        if names and not rest:
            found += [name.shifted(start) for name in names]
        elif len(names) == 1 and _OWNER.match(rest):
            found.append(Mention(squash(item), start, start + len(item)))
        else:
            return None
    return found


# "Trong quá trình giám sát …, trường hợp xét thấy … thì X …": a case inside the sentence's
# opening clause, its "thì" before the subject
_INNER_CASE = re.compile(r",\s*(?P<case>(?:trong\s+)?trường\s+hợp\s[^.;:]*?)\s+thì\s", re.I)


def inner_case(opening: str) -> str:
    """The case an opening clause names after its comma ("…, trường hợp … thì"), up to its
    "thì", or "": the work after that "thì" is due when the case arises."""
    match = _INNER_CASE.search(opening)
    return match.group("case") if match else ""
