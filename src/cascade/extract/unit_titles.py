"""A numbered title on a line of its own, then a paragraph that names who does the work.

"4. Giám sát việc xử lý phản ánh kiến nghị" / "Lãnh đạo UBND cấp xã giám sát toàn bộ …":
the title says what the paragraphs below are about (it names no body and ends without a
stop); the line after it opens with a body and its work. They are two units: joined, the
title would run into the sentence and hide its subject. The line may first say when the
work is done ("Sau khi …, Sở X tổ chức …"). A title on duties ("2. Trách nhiệm khóa sổ" /
"Sở Tài chính có trách nhiệm …") is read the same way by its own words.
"""

from __future__ import annotations

import re

from cascade.extract.heading_roles import GENERIC_BODY_START
from cascade.extract.link_words import LINK_WORDS, PREPOSITIONS
from cascade.extract.orgs import parse_org_list
from cascade.extract.verb_start import leading_verb

# (also a lettered step of a procedure: "a) Bước 1. Chuẩn bị và phân loại tài liệu")
_NUMBERED_TITLE = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\s*[.)]|[a-zđ]\))\s*(?:Bước\s+\d{1,2}\s*[.:]\s*)?(?P<title>[^.:;,]+)$"
)
# words a title broken over two lines ends with ("… của", "… với"): it goes on below
_GOES_ON = LINK_WORDS | PREPOSITIONS | {"tỉnh"}
_MAX_TITLE_WORDS = 10
# when the work is to be done, before the body that does it ("Sau khi … hoàn thành việc
# trồng rừng, Sở X tổ chức nghiệm thu …"): the body and its verb follow the comma
_OPENING_CLAUSE = re.compile(
    r"^(?:Sau khi|Ngay sau khi|Khi|Trước khi|(?:Trong\s+)?[Tt]rường hợp|(?:Kể\s+)?[Tt]ừ ngày"
    r"|Hằng năm|Hàng năm|Định kỳ|Trong thời hạn|Chậm nhất)\b[^,.;:]{1,160},\s+"
)


def _past_opening(line: str) -> str:
    """``line`` after the clause saying when the work is done, if it opens with one."""
    opening = _OPENING_CLAUSE.match(line)
    return line[opening.end() :] if opening is not None else line


def title_then_body(previous: str, line: str) -> bool:
    """True when ``previous`` is a short numbered title that names no body and ``line``
    opens with a body (a role before it allowed) and a directive verb; also an article's
    title too long to be taken as one by its length (see ``long_article_title_then_body``)."""
    if long_article_title_then_body(previous, line):
        return True
    title = _NUMBERED_TITLE.match(previous)
    if title is None:
        return False
    words = title.group("title").split()
    if not words or len(words) > _MAX_TITLE_WORDS or words[-1].lower() in _GOES_ON:
        return False
    if parse_org_list(title.group("title"), lowercase_ok=True)[0]:
        return False
    line = _past_opening(line)
    # ("Cơ quan thực hiện số hóa thực hiện …": a kind of body capitalised as it opens the line)
    mentions, end = parse_org_list(line, lowercase_ok=GENERIC_BODY_START.match(line) is not None)
    verb = leading_verb(line[end:], max_words=3) if mentions else None
    return verb is not None


# a numbered title on duties ("2. Trách nhiệm khóa sổ", "3. Tổ chức thực hiện"), short and
# not broken inside a name
_DUTY_TITLE = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\s*[.)]|[a-zđ]\))\s*(?:Trách\s+nhiệm|Tổ\s+chức\s+thực\s+hiện)\b"
    r"(?:\s+[^\s.:;,]+){0,10}\s*$",
    re.IGNORECASE,
)
_TITLE_GOES_ON = ("và", "của", "các", "với", "tỉnh", "thành")


def duty_title_then_body(previous: str, line: str) -> bool:
    """True when ``previous`` is a title on duties and ``line`` opens with a body and its
    work ("2. Trách nhiệm khóa sổ" / "Sở Tài chính có trách nhiệm …"): two units."""
    if not _DUTY_TITLE.match(previous) or previous.split()[-1].lower() in _TITLE_GOES_ON:
        return False
    mentions, end = parse_org_list(line)
    return bool(mentions) and bool(_VERB_AFTER_BODY.match(line[end:]))


# what follows a body that opens its duty: "có trách nhiệm", "chủ trì", "phối hợp", "phải"
_VERB_AFTER_BODY = re.compile(
    r"^\s+(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|chủ\s+trì|phối\s+hợp|phải|có\s+nhiệm\s+vụ)\b",
    re.IGNORECASE,
)


# an article's title wrapped over two lines of a regulation ("Điều 17. Nhiệm vụ và quyền hạn
# của Bộ Tư pháp trong hoạt động" / "tương trợ tư pháp về dân sự"), ended without a stop
_LONG_ARTICLE_TITLE = re.compile(r"^\s*Điều\s+\d+\s*[.:]\s*(?P<title>[^.:;]+)$")
_MAX_ARTICLE_TITLE_WORDS = 32


def long_article_title_then_body(previous: str, line: str) -> bool:
    """True when ``previous`` is an article's title too long to be taken as one by its
    length alone and ``line`` opens a sentence with a body and its verb ("Bộ Tư pháp giúp
    Chính phủ …", after a term: "Trong thời hạn 20 ngày …, Bộ Tư pháp có trách nhiệm …"):
    the title and the paragraph are two units."""
    title = _LONG_ARTICLE_TITLE.match(previous)
    if title is None:
        return False
    words = title.group("title").split()
    if len(words) > _MAX_ARTICLE_TITLE_WORDS or words[-1].lower() in _GOES_ON:
        return False
    sentence = _past_opening(line)
    mentions, end = parse_org_list(sentence)
    # (the verb after words of duty: "… có trách nhiệm bố trí …")
    return bool(mentions) and leading_verb(sentence[end:], max_words=5) is not None
