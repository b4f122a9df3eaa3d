"""Where one name ends: the walk from its head, word by word, to the first word not its own.

Names have no closing mark in Vietnamese: "Sở Văn hóa, Thể thao và Du lịch chủ trì …"
runs past a comma and a "và" and stops before the verb. Each step here looks at one token
inside a name and says whether the name goes on, ends after it, or ends before it. The
tests on words are in :mod:`cascade.extract.name_tokens`, the clauses a name may run on
with in :mod:`cascade.extract.name_ends`; the list reader (:mod:`cascade.extract.orgs`)
calls :func:`name_end` for each name it meets.
"""

from __future__ import annotations

from cascade.extract.agency_names import agency_function_end
from cascade.extract.asset_firms import asset_firm_end
from cascade.extract.defined_terms import inside_defined_term
from cascade.extract.enforcement_names import executed_end
from cascade.extract.founded_names import founded_end
from cascade.extract.function_councils import function_name_end
from cascade.extract.land_bodies import task_title_end
from cascade.extract.lexicon import (
    COMMA_COMPOUNDS,
    DASH_COMPOUNDS,
    DOCUMENT_NAMES,
    NAMED_HEADS,
    PERSON_HEADS,
)
from cascade.extract.name_ends import locative_end, range_end, relative_end
from cascade.extract.name_places import (
    capital_level,
    ends_after_place,
    named_place_after,
    named_place_end,
)
from cascade.extract.name_tokens import (
    Tok,
    abbreviation_dot,
    and_inside_name,
    capitalised_action_at,
    comma_pair_at,
    door_in_name,
    head_length,
    is_stop,
    joined_at,
    phrase_at,
    place_at,
    qualifier_length,
    role_length,
    stop_is_part_of_name,
    term_end,
)
from cascade.extract.org_parts import part_end
from cascade.extract.oversight_names import oversight_comma_end
from cascade.extract.parent_ministry import ministry_start
from cascade.extract.police_names import police_branch_end
from cascade.extract.sector_members import sector_member_length
from cascade.extract.sector_names import sector_qualifier_length
from cascade.extract.text import is_capitalised


def name_end(toks: list[Tok], j: int, head: int, *, first: bool) -> int:
    """The token after the name that starts at ``j`` with a head of ``head`` tokens;
    ``first`` when no name of the list comes before it."""
    k = j + head
    if phrase_at(toks, j, PERSON_HEADS) == head:
        return k  # "Kiểm sát viên mời Giám định viên …": a person's function is its name
    while k < len(toks):
        step = _name_step(toks, j, head, k, first)
        if step is None:
            break
        k, done = step
        if done:
            break
    return k


def _name_step(toks: list[Tok], j: int, head: int, k: int, first: bool) -> tuple[int, bool] | None:
    """At token ``k`` inside a name: (next token, name ends there), or None to stop
    before ``k``."""
    tok = toks[k]
    titled = _titled_step(toks, j, k) if k == j + head else None
    if titled is not None:
        return titled
    if tok.text == "." and abbreviation_dot(toks, k):
        return k + 1, False
    if tok.text == ",":
        return _comma_step(toks, j, head, k, first)
    if tok.text in {";", ":", "(", ")", "“", "”", '"', "."}:
        return None
    if tok.text in {"-", "–", "—"}:
        # "Sở Lao động - Thương binh và Xã hội", "các tổ chức chính trị - xã hội"
        inside = k + 1 < len(toks) and is_capitalised(toks[k + 1].text)
        return (k + 1, False) if inside or joined_at(toks, k, DASH_COMPOUNDS) else None
    place = place_at(toks, k) or capital_level(toks, k)
    if place and k > j and ends_after_place(toks, k + place):
        # "Công an tỉnh kiểm soát …", "UBND Thành phố chấp thuận …": the place ends the
        # name, or a range after it
        return range_end(toks, k + place) or k + place, True
    named = named_place_end(toks, k + place) if place and k > j else 0
    if named:
        return named, True  # "Thuế thành phố Huế đối chiếu …": the place's name ends it
    sector = sector_qualifier_length(toks, j, k)
    if sector:
        return k + sector, True  # "Sở quản lý ngành, lĩnh vực": one kind of body
    member = sector_member_length(toks, j, k)
    if member:
        return k + member, True  # "các đơn vị trong ngành Kế hoạch và Đầu tư"
    qualifier = qualifier_length(toks, k)
    if qualifier:
        return k + qualifier, False
    founded = founded_end(toks, j, k)
    if founded:
        return founded, True  # "… công ty do Thủ tướng Chính phủ quyết định thành lập"
    locative = locative_end(toks, k) or range_end(toks, k)
    if locative:
        return locative, True
    if toks[j].folded == "cac" and k > j + 1:
        relative = relative_end(toks, k)
        if relative:  # "các doanh nghiệp có hoạt động cho thuê lại lao động … tự kiểm tra"
            return relative, True
    return _word_step(toks, j, head, k)


def _comma_step(toks: list[Tok], j: int, head: int, k: int, first: bool) -> tuple[int, bool] | None:
    """At a comma ``k`` inside a name: whether the name goes on past it."""
    start = ministry_start(toks, j, k)
    ministry = name_end(toks, start, 1, first=False) if start else 0
    if ministry:
        return ministry, True  # "Cục Quản lý xuất nhập cảnh, Bộ Công an": whose it is
    oversight = oversight_comma_end(toks, j, head, k)
    if oversight:
        return oversight, False  # "Cục Quản lý, giám sát tổ chức tín dụng": one department
    if joined_at(toks, k, COMMA_COMPOUNDS):
        # "Sở Văn hóa, Thể thao và Du lịch": a comma inside a name, and the two words after
        # it ("cơ quan thông tin, tuyên truyền": not the verb "tuyên truyền")
        return k + 3, False
    if comma_pair_at(toks, k):
        return k + 2, False
    joined = _levels_end(toks, k) or _comma_part_end(toks, j, k, first)
    return (founded_end(toks, j, joined) or joined, True) if joined else None


def _titled_step(toks: list[Tok], j: int, k: int) -> tuple[int, bool] | None:
    """Right after the head at ``j``: a name that goes on with a work of its own."""
    titled = task_title_end(toks, j, k) or asset_firm_end(toks, j, k)
    if titled:
        # "Tổ chức làm nhiệm vụ bồi thường, hỗ trợ và tái định cư", "doanh nghiệp quản lý,
        # thanh lý tài sản"
        return titled, True
    closing = agency_function_end(toks, j, k)
    if closing:
        return closing, False  # "Cơ quan quản lý … Bộ Công an": on to the closing body
    function = function_name_end(toks, j, k)
    if function:
        return function, True  # "Hội đồng thẩm định giáo trình | có …": named by its work
    return None


def _levels_end(toks: list[Tok], k: int) -> int:
    """'Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã': a name of two levels, the comma
    at ``k`` between them; the token after the last level (0 when not so)."""
    end = k
    while (
        end + 2 < len(toks)
        and toks[end].text == ","
        and toks[end - 2].folded == "cap"
        and toks[end + 1].folded == "cap"
        and place_at(toks, end + 2)
    ):
        end = min(end + 2 + place_at(toks, end + 2), len(toks))
    return end if end > k else 0


def _comma_part_end(toks: list[Tok], j: int, k: int, first: bool) -> int:
    """'Vụ Kế hoạch, Tài chính rà soát …', 'Cục Xuất bản, In và Phát hành chủ trì …': the
    first name of a sentence holds a comma when capitalised words that name no body of
    their own follow it, and then its work; the token after them (0 when not so)."""
    nxt = k + 1
    if (
        not first
        or toks[j].folded == "cac"
        or not is_capitalised(toks[j].text)
        or not phrase_at(toks, j, NAMED_HEADS)
        or nxt >= len(toks)
        or not is_capitalised(toks[nxt].text)
        or head_length(toks, nxt, lowercase_ok=True, in_list=True)
        or role_length(toks, nxt)
        or place_at(toks, nxt)
        or capital_level(toks, nxt)
    ):
        return 0
    end = part_end(toks, nxt)
    # "Cục X, Y và Z Khẩn trương hoàn thiện …": a capitalised adverb starts the work
    end = next((x for x in range(nxt, end) if capitalised_action_at(toks, nxt, x)), end)
    if end == nxt or end >= len(toks) or not toks[end].text[0].isalpha():
        return 0
    return end if is_stop(toks, end) else 0


def _word_step(toks: list[Tok], j: int, head: int, k: int) -> tuple[int, bool] | None:
    """At a word ``k`` inside a name: whether it goes on with the name."""
    branch = police_branch_end(toks, k)
    if branch:
        return branch, False  # "Cục Cảnh sát quản lý hành chính về trật tự xã hội"
    tok = toks[k]
    if tok.folded == "va":
        return _and_step(toks, k)
    if tok.folded == "cua" and not door_in_name(toks, k):
        # "trang thông tin điện tử của các sở", "các Ủy ban của Quốc hội"
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        # and "… báo chí của thành phố Hà Nội": the place the bodies belong to
        goes_on = nxt is not None and (
            nxt.folded == "cac"
            or is_capitalised(nxt.text)
            or named_place_after(toks, k + 1)
            or _represented_after(toks, k)
        )
        return (k + 1, False) if goes_on else None
    if tok.folded == "cac":
        return k + 1, False
    if not tok.text[0].isalnum():
        return None
    executed = executed_end(toks, k)
    if executed:
        return executed, True  # "Cơ quan thi hành án dân sự sử dụng số tiền …"
    term = term_end(toks, k)
    if term:
        return term, True  # "… khóa XII": a Party body's term ends its name
    if tok.folded == "viec":
        # "việc thực hiện sắp xếp": a nominal phrase, up to the next separator
        k += 1
        while k < len(toks) and toks[k].text[0].isalnum() and toks[k].folded != "va":
            k += 1
        return k, False
    # a capitalised word inside a name is part of it ("Ban Quản lý", "Sở Y tế"),
    # and so is the second syllable of a capitalised word ("Bộ Ngoại giao")
    capital_inside = k >= j + head and is_capitalised(tok.text)
    if capital_inside and capitalised_action_at(toks, j + head, k):
        return None  # "Sở Nông nghiệp và Môi trường Khẩn trương chia sẻ …"
    if k > j + head and tok.folded == "giao" and toks[k - 1].folded == "ngoai":
        capital_inside = True
    if (
        not capital_inside
        and is_stop(toks, k)
        and not (stop_is_part_of_name(toks, k) or inside_defined_term(toks, k))
    ):
        return None
    return k + 1, False


def _represented_after(toks: list[Tok], k: int) -> bool:
    """'tổ chức đại diện của người sử dụng lao động': whom a representative body stands
    for, after "đại diện của", is part of its name."""
    words = [t.folded for t in toks[k + 1 : k + 5]]
    return (
        k >= 2
        and (toks[k - 2].folded, toks[k - 1].folded) == ("dai", "dien")
        and (words[:3] == ["nguoi", "lao", "dong"] or words[:4] == ["nguoi", "su", "dung", "lao"])
    )


def _and_step(toks: list[Tok], k: int) -> tuple[int, bool] | None:
    """'và' inside a name goes on with it, unless a new name or a document follows."""
    nxt = k + 1
    if and_inside_name(toks, k):
        return nxt, False
    role_words = role_length(toks, nxt)
    if head_length(toks, nxt + role_words, lowercase_ok=True, in_list=True):
        return None
    if phrase_at(toks, nxt, DOCUMENT_NAMES):
        return None  # "Sở Ngoại vụ và Tờ trình số …": a document, not a name
    if nxt < len(toks) and toks[nxt].text[0].isalpha():
        return nxt, False
    return None
