"""The words of a text, and what each can be in the name of a body.

:func:`split_tokens` cuts a text into words and marks; the tests here look at the words
from one position: a head that starts a name ("Sở", "Ủy ban nhân dân", "các …"), a role
in front of it ("Giám đốc"), a stop that ends it (a verb, a function word), a place word
("tỉnh", "thành phố"), a mark inside a name ("Sở Văn hóa, Thể thao và Du lịch", "Quy hoạch -
Kiến trúc"); what a place word is followed by is read in :mod:`cascade.extract.name_places`.
:mod:`cascade.extract.orgs` reads names with them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from cascade.extract.defined_bodies import defined_here, ends_defined_name
from cascade.extract.lexicon import (
    AND_COMPOUNDS,
    CAPITALISED_ACTION_STARTS,
    COMPANY_HEADS,
    COMPLETE_HEADS,
    COMRADES,
    DASH_COMPOUNDS,
    DIRECTIVE_VERBS,
    GENERIC_HEADS,
    NAME_COMPOUNDS,
    NAME_QUALIFIERS,
    NAME_STOPS,
    NAMED_HEADS,
    NOT_BODY_NOUNS,
    NOT_PLACE_AFTER,
    PAPER_NOUNS,
    PLACE_ONLY_HEADS,
    PLACE_WORDS,
    ROLE_PREFIXES,
)
from cascade.extract.sector_names import sector_qualifier_at
from cascade.extract.short_terms import passive_after_term
from cascade.extract.text import fold, is_capitalised, vkey
from cascade.extract.word_sets import WordSet

_TOKEN = re.compile(r"[\w&]+(?:[-/.&][\w&]+)*|[^\w\s]")


class Tok(NamedTuple):
    """A word or mark of a text, with where it stands (a tuple: a long text makes many)."""

    text: str
    start: int
    end: int

    @property
    def folded(self) -> str:
        return fold(self.text.rstrip("."))


def split_tokens(text: str) -> list[Tok]:
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def phrase_at(toks: list[Tok], i: int, phrases: WordSet) -> int:
    """Length in tokens of the longest phrase of ``phrases`` starting at token ``i``."""
    best = 0
    words: list[str] = []
    window = toks[i : i + 6]
    # in text with diacritics a word without any is compared as typed: "QUY TRÌNH" is no
    # "Quỹ" (only a text typed without diacritics is compared folded)
    accented = any(not t.text.isascii() for t in window)
    for j, tok in enumerate(window, start=i):
        if not tok.text[0].isalnum():
            break
        words.append(tok.text.rstrip("."))
        phrase = " ".join(words)
        if not phrases.may_start(phrase):
            break
        if (vkey(phrase) in phrases.accented) if accented else (phrase in phrases):
            best = j - i + 1
    return best


def is_stop(toks: list[Tok], i: int) -> bool:
    if ends_defined_name(toks, i) or passive_after_term(toks, i):
        return True  # "Quỹ sử dụng …" where the document calls its fund "Quỹ"
    if toks[i].folded == "xet":
        # "… đóng trên địa bàn thành phố xét, trình, đề nghị …": the first of a row of verbs
        # (not "Hội đồng xét tặng …", where it belongs to the name)
        return i + 1 < len(toks) and toks[i + 1].text == ","
    if toks[i].folded == "so":
        # "số" ends a name only before a number ("Luật … số 72/2025/QH15"), not in "Dân số"
        return i + 1 < len(toks) and toks[i + 1].text[:1].isdigit()
    if toks[i].folded == "giao" and i + 1 < len(toks) and toks[i + 1].folded in _GIAO_NOUNS:
        return False  # "Công ty Xây dựng giao thông …": a noun, not the verb "giao"
    if toks[i].folded == "du" and i + 1 < len(toks) and toks[i + 1].folded in _DU_NOUNS:
        return False  # "Cục Y tế dự phòng", "Ban quản lý dự án": a noun, not "dự" (attend)
    if toks[i].text in _OCR_DE:
        return True
    if toks[i].folded in {"trong", "ngoai"} and i + 1 < len(toks) and toks[i + 1].folded == "nuoc":
        # "Cục Quản lý và Phát triển thị trường trong nước", "Cục Quản lý lao động ngoài
        # nước": the home and the foreign market, part of the name
        return False
    if " ".join(t.folded for t in toks[i : i + 5]) == _REPLIES_IN_WRITING:
        return True  # "Bộ X trả lời bằng văn bản và nêu rõ lý do": a refusal, no name's part
    if _trade_of_producer(toks, i):
        return False
    return phrase_at(toks, i, NAME_STOPS) > 0 or _garbled_verb(toks, i)


def _trade_of_producer(toks: list[Tok], i: int) -> bool:
    """'các doanh nghiệp sản xuất, chế biến …', 'hợp tác xã sản xuất …': right after a kind
    of producer, "sản xuất" says what kind it is (manufacturing), no verb of work."""
    if i < 2 or f"{toks[i].folded} {toks[i + 1].folded if i + 1 < len(toks) else ''}" != (
        "san xuat"
    ):
        return False
    return f"{toks[i - 2].folded} {toks[i - 1].folded}" in _PRODUCERS


_PRODUCERS = frozenset({"doanh nghiep", "tac xa", "co so"})


# nouns that open with "giao" (to assign): traffic, transactions, exchanges
_GIAO_NOUNS = frozenset({"thong", "dich", "luu"})

# nouns that open with "dự" (to attend): preventive/reserve, stockpile, project, estimate
_DU_NOUNS = frozenset({"phong", "tru", "an", "toan"})

_REPLIES_IN_WRITING = "tra loi bang van ban"

# "để"/"đề" as an OCR prints them ("báo cáo về Tổng cục Thuế dé xem xét"): no Vietnamese
# word, so they end a name as "để" does
_OCR_DE = frozenset({"dé", "đé", "dể"})


def _garbled_verb(toks: list[Tok], i: int) -> bool:
    """A verb or adverb of two words in lower case whose accents an OCR changed ("Bộ X đây
    mạnh …" for "đẩy mạnh", "các Cục Thuế khan trương …"): it ends the name as the word
    itself would."""
    if i + 1 >= len(toks) or not toks[i].text.islower() or not toks[i + 1].text.islower():
        return False
    pair = f"{toks[i].text} {toks[i + 1].text}"
    return pair.lower() not in _NOT_GARBLED and NAME_STOPS.loosely_contains(pair)


# words that fold as a verb does and are written right: "… quốc gia có trách nhiệm" is no
# "gia cố" (to reinforce)
_NOT_GARBLED = frozenset({"gia có"})


def head_length(toks: list[Tok], i: int, *, lowercase_ok: bool, in_list: bool) -> int:
    """Tokens taken by a head starting at ``i`` (0 when no name starts there)."""
    if i >= len(toks) or not toks[i].text[0].isalpha():
        return 0
    first = toks[i]
    if first.folded == "cac":
        paper = i + 1 < len(toks) and toks[i + 1].text.islower()
        if phrase_at(toks, i + 1, NOT_BODY_NOUNS) or (
            paper and phrase_at(toks, i + 1, PAPER_NOUNS)
        ):
            return 0  # "Các hoạt động chính:", "Các bước:": a list of things to do
        return 1 if i + 1 < len(toks) and toks[i + 1].text[0].isalpha() else 0
    capital = is_capitalised(first.text)
    if first.folded == "bao" and i + 1 < len(toks) and toks[i + 1].folded == "cao":
        return 0  # "Báo cáo" is a report, not a newspaper
    if first.folded == "ban" and i + 1 < len(toks) and toks[i + 1].folded == "hanh":
        return 0  # "ban hành" is to issue, not a board ("…, ban hành mới thang lương, …")
    complete = phrase_at(toks, i, COMPLETE_HEADS)
    if complete and (capital or lowercase_ok or in_list):
        return complete
    named = phrase_at(toks, i, NAMED_HEADS)
    if (
        named
        and (capital or lowercase_ok)
        and _named_head_goes_on(toks, i, named, lowercase_ok, in_list)
    ):
        return named
    if lowercase_ok or in_list:
        generic = phrase_at(toks, i, GENERIC_HEADS)
        if generic:
            return generic
        if _ministries_and_sectors(toks, i, in_list):
            return 1
    # "Bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh phân công …": the group opening a sentence
    return 1 if first.text == "Bộ" and _ministries_and_sectors(toks, i, in_list) else 0


def _named_head_goes_on(
    toks: list[Tok], i: int, named: int, lowercase_ok: bool, in_list: bool
) -> bool:
    """True when the head of ``named`` tokens at ``i`` (one that needs a name after it)
    starts a name here: what follows it is a name, or the place says one follows."""
    capital = is_capitalised(toks[i].text)
    nxt = toks[i + named] if i + named < len(toks) else None
    if toks[i].folded == "bao" and _insurance_kind_at(toks, i + named):
        return False  # "Bảo hiểm xã hội một lần": a benefit, not the insurance agency
    if phrase_at(toks, i, PLACE_ONLY_HEADS) == named:
        return capital and place_at(toks, i + named) > 0  # "Thống kê tỉnh …", not "Thống kê số …"
    if (
        nxt is not None
        and nxt.text[0].isalpha()
        and (is_capitalised(nxt.text) or (lowercase_ok and not is_stop(toks, i + named)))
    ):
        return True
    if nxt is not None and (nxt.text[0].isupper() or nxt.text[0].isdigit()):
        return True
    if capital and (place_at(toks, i + named) or phrase_at(toks, i + named, NAME_COMPOUNDS)):
        return True  # "Công an tỉnh", "Văn phòng thành phố", "Quỹ đầu tư phát triển …"
    if capital and sector_qualifier_at(toks, i + named):
        return True  # "Sở quản lý ngành, lĩnh vực": a kind of body by its sector
    if capital and nxt is not None and nxt.folded == "va" and _press_after_and(toks, i + named):
        return True  # "Báo và Phát thanh, Truyền hình An Giang"
    if capital and in_list and nxt is not None and nxt.text[0].isalpha():
        return True  # "…, Đoàn đại biểu Quốc hội": a list says a name follows
    if capital and nxt is not None and nxt.folded == "cac" and place_at(toks, i + named + 1):
        return True  # "Thuế các tỉnh, thành phố …": the body in every place of a level
    if capital and phrase_at(toks, i, NAME_COMPOUNDS) > named:
        return True  # "Đoàn kiểm tra rà soát …": a team named by what it does
    # "Quỹ mở sổ …" where the document calls its fund "Quỹ" (defined_bodies)
    return capital and (_head_of_words(toks, i, named) or defined_here(toks[i].text))


# kinds of insurance and benefits ("Bảo hiểm xã hội một lần", "bảo hiểm xã hội bắt buộc",
# "Bảo hiểm thất nghiệp"): what is paid or owed, not the agency that pays it
_INSURANCE_KINDS = (("mot", "lan"), ("bat", "buoc"), ("tu", "nguyen"), ("that", "nghiep"))


def _insurance_kind_at(toks: list[Tok], k: int) -> bool:
    """True when a kind of insurance or benefit starts at ``k``, after "Bảo hiểm …"."""
    words = tuple(t.folded for t in toks[k : k + 2])
    return words in _INSURANCE_KINDS


def _press_after_and(toks: list[Tok], k: int) -> bool:
    """After the "và" at ``k``: a capitalised name, or the broadcasting of the merged press
    body typed in lower case ("Báo và phát thanh, truyền hình Sơn La")."""
    after = toks[k + 1].text if k + 1 < len(toks) else ""
    words = " ".join(t.folded for t in toks[k + 1 : k + 3])
    return is_capitalised(after) or words == "phat thanh"


def _head_of_words(toks: list[Tok], i: int, named: int) -> bool:
    """'Ban Chỉ đạo rà soát …', 'Tòa án nhân dân tỉnh …', 'Công ty cổ phần …': a capitalised
    head of two or more words names a body on its own or with lower-case words after it
    (one word is often something else: "Ban hành", "Phòng chống"), unless it is itself a
    verb ("Thanh tra việc …")."""
    nxt = i + named
    return named >= 2 and nxt < len(toks) and toks[nxt].text[0].isalpha() and not is_stop(toks, i)


def _ministries_and_sectors(toks: list[Tok], i: int, in_list: bool) -> bool:
    """'bộ, ngành, địa phương', 'bộ, cơ quan ngang bộ' (first in a list): a lower-case "bộ"
    opening the group of ministries and sectors (alone, "bộ" is a set of things)."""
    after = [t.folded for t in toks[i + 2 : i + 5]]
    if toks[i].text == "Bộ" and (in_list or after[:1] == ["nganh"]):
        return False  # capitalised, only as the first name, and before "cơ quan ngang bộ"
    return (
        toks[i].folded == "bo"
        and i + 2 < len(toks)
        and toks[i + 1].text == ","
        and (after[:1] == ["nganh"] or (after == ["co", "quan", "ngang"] and not in_list))
    )


def role_length(toks: list[Tok], i: int) -> int:
    """Tokens of the roles in front of a name: 'Giám đốc', 'Bí thư, Chủ tịch', 'Bí thư và
    Chủ tịch', also after "đồng chí" inside a sentence ('yêu cầu đồng chí Cục trưởng'; a
    capitalised "Đồng chí Bí thư … và Chủ tịch …" opening a telegram's item is left as it
    was read before)."""
    comrade = phrase_at(toks, i, COMRADES) if i < len(toks) and toks[i].text.islower() else 0
    length = phrase_at(toks, i + comrade, ROLE_PREFIXES)
    if length and phrase_at(toks, i + comrade, COMPLETE_HEADS) > length:
        return 0  # "Thành viên Chính phủ": a role that is a name of its own
    length += comrade if length else 0
    while length:
        k = i + length
        if k + 1 < len(toks) and (toks[k].text == "," or toks[k].folded == "va"):
            more = phrase_at(toks, k + 1, ROLE_PREFIXES)
            if more:
                length += 1 + more
                continue
        break
    return length


def qualifier_length(toks: list[Tok], i: int) -> int:
    return phrase_at(toks, i, NAME_QUALIFIERS)


def capitalised_action_at(toks: list[Tok], first_word: int, k: int) -> bool:
    """A verb or adverb typed with a capital at token ``k``, after at least one word of
    the name past its head, and not right after "và" or a dash (where a name goes on)."""
    if k <= first_word or toks[k - 1].folded == "va" or toks[k - 1].text in {"-", "–"}:
        return False
    return bool(phrase_at(toks, k, CAPITALISED_ACTION_STARTS))


def dash_inside(toks: list[Tok], k: int) -> bool:
    """A dash inside one name, before a capitalised word ("Quy hoạch - Kiến trúc")."""
    return (
        toks[k].text in {"-", "–"}
        and 0 < k < len(toks) - 1
        and toks[k - 1].text[0].isalpha()
        and is_capitalised(toks[k + 1].text)
    )


def joins_another_body(toks: list[Tok], start: int, end: int) -> bool:
    """'các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy, …': a "và" before a body with a
    head of its own in the first name: a list of bodies, not names under one head."""
    return any(
        toks[m].folded == "va"
        and m + 1 < end
        and is_capitalised(toks[m + 1].text)
        and (phrase_at(toks, m + 1, NAMED_HEADS) > 1 or phrase_at(toks, m + 1, COMPLETE_HEADS))
        for m in range(start, end)
    )


def duty_at(toks: list[Tok], m: int) -> bool:
    """'có trách nhiệm', 'chịu trách nhiệm', 'có nhiệm vụ' at token ``m``."""
    words = [t.folded for t in toks[m : m + 3]]
    return (
        len(words) == 3
        and words[0] in {"co", "chiu"}
        and words[1:]
        in (
            ["trach", "nhiem"],
            ["nhiem", "vu"],
        )
    )


def and_inside_name(toks: list[Tok], k: int) -> bool:
    """True when the "và" at ``k`` joins the two halves of one name (``AND_COMPOUNDS``)."""
    before = " ".join(t.folded for t in toks[max(0, k - 5) : k])
    after = " ".join(t.folded for t in toks[k + 1 : k + 6])
    return any(before.endswith(b) and after.startswith(a) for b, a in AND_COMPOUNDS)


def term_end(toks: list[Tok], k: int) -> int:
    """The token after "khóa XII" / "nhiệm kỳ 2025" at ``k``, 0 when there is none."""
    if toks[k].folded not in {"khoa", "nhiem"} or k + 1 >= len(toks):
        return 0
    term = k + (2 if toks[k].folded == "nhiem" else 1)
    if term < len(toks) and re.fullmatch(r"[IVXLC]+|\d{4}", toks[term].text):
        return term + 1
    return 0


def aside_at(toks: list[Tok], i: int) -> bool:
    """'nhất là …', 'đặc biệt …' after a comma: an aside, not a further item ('đặc khu' is)."""
    if i >= len(toks):
        return False
    nxt = toks[i + 1].folded if i + 1 < len(toks) else ""
    return toks[i].folded == "nhat" or (toks[i].folded == "dac" and nxt != "khu")


def place_at(toks: list[Tok], i: int) -> int:
    """Tokens of a place word at ``i`` ('tỉnh', 'thành phố'), 0 if none ('xã hội' is none)."""
    if i >= len(toks) or is_capitalised(toks[i].text):
        return 0
    # with diacritics only: "quan" (in "cơ quan") is not "quận"
    n = next(
        (
            n
            for n in (2, 1)
            if vkey(" ".join(t.text for t in toks[i : i + n])) in PLACE_WORDS.accented
        ),
        0,
    )
    if n and i + n < len(toks) and phrase_at(toks, i + n, NOT_PLACE_AFTER):
        return 0
    if n == 1 and i >= 2 and f"{toks[i - 2].folded} {toks[i - 1].folded}" == "hop tac":
        return 0  # "Liên minh Hợp tác xã tỉnh": a cooperative, not a commune
    return n


def joined_at(toks: list[Tok], k: int, compounds: WordSet) -> bool:
    """True when the two words on each side of the mark at ``k`` form one of ``compounds``."""
    after = " ".join(t.text for t in toks[k + 1 : k + 3])
    mark = toks[k].text
    # two words before the mark ("văn hóa, thể thao") or one ("khám, chữa bệnh")
    for before in (" ".join(t.text for t in toks[max(0, k - n) : k]) for n in (2, 1)):
        if f"{before}{mark} {after}" in compounds or f"{before} {mark} {after}" in compounds:
            return True
    return False


def comma_pair_at(toks: list[Tok], k: int) -> bool:
    """True when the comma at ``k`` joins two words of one term ("phòng, chống": to prevent
    and combat, in "Ban Chỉ huy phòng, chống thiên tai …", "Cục Phòng, chống tệ nạn xã hội")."""
    if k == 0 or k + 1 >= len(toks):
        return False
    return f"{toks[k - 1].folded}, {toks[k + 1].folded}" in _COMMA_PAIRS or _committees_at(toks, k)


_COMMA_PAIRS = frozenset({"phong, chong"})
_COMMITTEE_KINDS = frozenset({"tinh", "thanh", "huyen", "quan", "dang"})


def _committees_at(toks: list[Tok], k: int) -> bool:
    """'Ban thường vụ tỉnh ủy, thành ủy, đảng ủy …': the comma at ``k`` between two Party
    committees typed in lower case, whose standing committees one name lists (capitalised,
    "Tỉnh ủy, Thành ủy" are bodies of their own)."""
    before, after = toks[k - 2 : k], toks[k + 1 : k + 3]
    return (
        len(before) == 2
        and len(after) == 2
        and all(tok.text.islower() for tok in (*before, *after))
        and before[1].folded == after[1].folded == "uy"
        and before[0].folded in _COMMITTEE_KINDS
        and after[0].folded in _COMMITTEE_KINDS
    )


def abbreviation_dot(toks: list[Tok], k: int) -> bool:
    # "TP. Hồ Chí Minh": the dot of a short capital abbreviation inside a name
    prev = toks[k - 1].text if k else ""
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    return 0 < len(prev) <= 3 and prev[0].isupper() and is_capitalised(nxt)


def door_in_name(toks: list[Tok], k: int) -> bool:
    """True when ``toks[k]`` is "cửa" (a door, folded like "của": of) after a capitalised
    word, as in "Bộ phận Một cửa" (the one-stop desk): a part of the name."""
    return k > 0 and toks[k].text.lower() == "cửa" and is_capitalised(toks[k - 1].text)


def stop_is_part_of_name(toks: list[Tok], k: int) -> bool:
    # a verb right after "việc", "các" or "của" is a noun: "liên quan đến việc thực hiện"
    prev = toks[k - 1].folded if k else ""
    if prev in {"viec", "cac", "nhung", "cua"} and not door_in_name(toks, k - 1):
        return True
    # "Văn phòng Đăng ký đất đai": "ký" closes "Đăng ký", a capitalised word of the name
    if k >= 1 and is_capitalised(toks[k - 1].text) and phrase_at(toks, k - 1, DIRECTIVE_VERBS) > 1:
        return True
    # "các cơ quan quản lý nhà nước": a kind of body, not "các cơ quan" doing "quản lý"
    # ("lực lượng kiểm soát xuất nhập cảnh": a force named by its work)
    after_body = k >= 2 and f"{toks[k - 2].folded} {prev}" in {"co quan", "van phong", "luc luong"}
    if after_body and phrase_at(toks, k, NAME_COMPOUNDS) > 0:
        return True
    if _committee_issues(toks, k):
        return False
    # "Ban chỉ đạo …", "Giáo dục thường xuyên": a stop word inside a fixed part of a name
    for back in (1, 2, 3):
        if k - back >= 0 and (
            phrase_at(toks, k - back, NAME_COMPOUNDS) > back
            or phrase_at(toks, k - back, NAMED_HEADS) > back
        ):
            return True
    return False


# the Party committees whose name ends in "ủy" ("Tỉnh ủy", "Đảng ủy", "Quân ủy Trung ương" aside)
_COMMITTEE_LEVELS = frozenset({"tinh", "thanh", "huyen", "thi", "dang"})


def _committee_issues(toks: list[Tok], k: int) -> bool:
    """'Ban Thường vụ Tỉnh ủy ban hành …': "ban" at ``k`` opens the verb "ban hành" after a
    Party committee's "ủy", not the head "ủy ban" (a committee) inside the name."""
    return (
        2 <= k < len(toks) - 1
        and toks[k].folded == "ban"
        and toks[k + 1].folded == "hanh"
        and toks[k - 1].folded == "uy"
        and toks[k - 2].folded in _COMMITTEE_LEVELS
    )


def compound_dash(toks: list[Tok], k: int, start: int) -> bool:
    """A dash inside a lower-case compound of an item ("chính trị - xã hội")."""
    return k > start and toks[k].text in {"-", "–"} and joined_at(toks, k, DASH_COMPOUNDS)


def generic_word(toks: list[Tok], k: int, start: int) -> bool:
    """'…các Sở, Ban ngành': a capitalised generic word opening an item of a plural list."""
    # not a new kind of body: "UBND các xã, phường, Tổng công ty" lists two groups
    return (
        k == start
        and phrase_at(toks, k, GENERIC_HEADS) >= 1
        and not phrase_at(toks, k, COMPANY_HEADS)
    )
