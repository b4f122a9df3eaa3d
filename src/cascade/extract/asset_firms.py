"""A firm named by the acts on assets it is licensed for: "doanh nghiệp quản lý, thanh lý tài
sản" (in a recovery or a bankruptcy, beside the "Quản tài viên"), "công ty quản lý, thanh lý
tài sản".

The name reader stops a kind in lower case ("doanh nghiệp") before a verb ("quản lý"), and
reads "Quản lý, thanh lý tài sản …" as the firm's work. The shape is a kind of firm, two or
more acts on assets joined by commas, and "tài sản" right after them, the name ending there
(not "… tài sản cố định", "… tài sản công": a firm's own assets, the acts then its work).
"""

from __future__ import annotations

from cascade.extract.name_tokens import Tok

_FIRMS = (("doanh", "nghiep"), ("cong", "ty"))
# acts on assets a licensed firm carries out for others
_ACTS = (("quan", "ly"), ("thanh", "ly"), ("dau", "gia"), ("xu", "ly"))
# words after "tài sản" that say whose or which assets: the acts are then the firm's work
_WHICH_ASSETS = {"cố", "công", "của", "nhà", "thuộc", "trên", "này", "đó", "được", "đã", "là"}


def asset_firm_end(toks: list[Tok], j: int, k: int) -> int:
    """At ``k``, right after a head "doanh nghiệp"/"công ty" that starts at ``j``: the token
    after "<act>, <act> … tài sản"; 0 when the name does not go on so."""
    if tuple(t.folded for t in toks[j:k][-2:]) not in _FIRMS:
        return 0
    i, acts = k, 0
    while _act_at(toks, i):
        i, acts = i + 2, acts + 1
        if i < len(toks) and toks[i].text == "," and _act_at(toks, i + 1):
            i += 1
    if acts < 2 or [t.folded for t in toks[i : i + 2]] != ["tai", "san"]:
        return 0
    end = i + 2
    if end < len(toks) and toks[end].text.lower() in _WHICH_ASSETS:
        return 0
    return end


def _act_at(toks: list[Tok], i: int) -> bool:
    return tuple(t.folded for t in toks[i : i + 2]) in _ACTS
