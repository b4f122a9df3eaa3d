"""Deadlines that wait for an event: "sau khi có hướng dẫn của Bộ …", "từ nay đến Đại hội
XIV của Đảng", "khi nhận được hồ sơ", a sentence that opens with its condition, and work that
must be ready from a day ("bảo đảm … hoạt động từ ngày 01/7/2025"); and a purpose clause,
which says why the work is asked, not when it is due.
"""

from __future__ import annotations

import re

from cascade.extract.dates import find_dates
from cascade.extract.found_deadline import FoundDeadline, phrase_of
from cascade.extract.need_events import when_needed
from cascade.extract.text import squash

# "khi có hướng dẫn …" waits for a document; "khi có tình huống xảy ra" is a condition
_AWAITED = (
    r"hướng dẫn|kế hoạch|quyết định|văn bản|chỉ đạo|ý kiến|kết luận|thông báo|nghị quyết|"
    r"chỉ thị|công văn|nghị định|thông tư|kết quả|đề xuất|đề nghị|yêu cầu"
)
# "sau khi nghe … báo cáo" opens a record of a meeting: no deadline
_AFTER_EVENT = re.compile(
    r"(?<!\w)(?:ngay\s+)?sau khi\s+(?!nghe\b)(?P<m>[^.;()]{4,160})|"
    # ("khi có nhà đầu tư đề xuất …": who proposes may stand before the awaited word)
    rf"(?<!\w)khi\s+(?P<m2>(?:kết thúc|có\s+(?:[^\W\d]+\s+){{0,3}}?(?:{_AWAITED})\b|hoàn thành"
    r"|được|tổng kết|sơ kết)"
    r"\s[^.;()]{3,160})"
    # "khi nhận được hồ sơ, …", "ngay trong ngày nhận được quyết định": when a text arrives
    # ("… không quá 02 giờ kể từ khi tiếp nhận thông tin": from when it is taken in; not
    # "trong vòng 24 giờ kể từ khi tiếp nhận có trách nhiệm cập nhật …", a later part's term)
    r"|(?<!\w)(?:khi|ngay\s+trong\s+ngày)\s+"
    r"(?P<m4>(?:nhận\s+được|tiếp\s+nhận(?!\s+(?:có|phải|chịu)\s))(?:\s[^.;(),]{3,160}|(?=\s*[.;]|\s*$)))"
    # "mưa lũ sau bão": a disaster that followed another, no time
    r"|(?<!\w)(?<!bão\s)(?<!lũ\s)(?<!mưa\s)(?:ngay\s+)?sau\s+"
    r"(?P<m3>thiên tai|mưa,?\s+lũ|bão,?\s+lũ|lũ|bão|sự cố)(?!\w)",
    re.IGNORECASE,
)
_UNTIL_EVENT = re.compile(
    r"(?<!\w)(?:từ nay\s+(?:cho\s+)?đến|đến trước|trước|đến)\s+(?:khi\s+)?"
    r"(?:(?:tổ chức|diễn ra|kết thúc)\s+(?:thành công\s+)?)?"
    r"(?P<m>(?:Đại hội|Hội nghị|kỳ họp|Kỳ họp|đại hội)[^.;,:()]{2,100})",
    re.IGNORECASE,
)
# words that may continue the name of a congress or session after "Đại hội"
_EVENT_WORDS = {
    "đại", "biểu", "toàn", "quốc", "lần", "thứ", "của", "đảng", "bộ", "các", "cấp", "khóa",
    "khoá", "nhiệm", "kỳ", "tỉnh", "thành", "phố", "huyện", "xã", "cơ", "sở", "họp",
}  # fmt: skip
# how long a delegation or a rule holds, not when work is due
_UNTIL_REPLACED = re.compile(
    r"khi\s+có\s+(?:các\s+|một\s+)?(?:văn bản|quy định|quyết định)\s+(?:\w+\s+){0,3}?"
    r"(?:thay thế|sửa đổi|bãi bỏ)",
    re.IGNORECASE,
)
# "bảo đảm … hoạt động từ ngày …", "… để áp dụng chung trong cả nước từ ngày 01/11/2020": the
# work must be ready by that day
_READY_FROM = re.compile(
    r"(?:bảo đảm|để\s+(?:áp dụng|vận hành|đưa vào))\b[^.;]{0,200}?\btừ\s+"
    r"(?P<d>ngày[^.;]{0,30}\d{4})",
    re.IGNORECASE,
)
_MILESTONE_TAIL = re.compile(r"\s+(?:như sau|theo quy định|trên địa bàn|tại)\b.*$", re.IGNORECASE)


def ready_from(text: str, default_year: int | None) -> FoundDeadline | None:
    # "bảo đảm để … hoạt động từ ngày 01/7/2025": the work must be done by that day
    match = _READY_FROM.search(text)
    if match is None:
        return None
    dates = find_dates(match.group("d"))
    if not dates or dates[0].date is None:
        return None
    phrase = phrase_of(text, match.start("d") - 3, match.end("d"))
    return FoundDeadline(
        "absolute",
        phrase,
        due=dates[0].date,
        review=f"due date read from '{phrase}' (ready from that day)",
    )


def event_deadline(text: str, default_year: int | None) -> FoundDeadline | None:
    match = _UNTIL_EVENT.search(text)
    if match:
        name = _event_name(match.group("m"))
        end = match.start("m") + len(name)
        return FoundDeadline("event", phrase_of(text, match.start(), end), milestone=name)
    match = _AFTER_EVENT.search(text)
    if match and _UNTIL_REPLACED.match(text, match.start()):
        # a delegation's term ("đến khi có văn bản khác thay thế") is no deadline
        match = _AFTER_EVENT.search(text, match.end())
    if match:
        groups = ("m", "m2", "m3", "m4")
        name = next((match.group(g) for g in groups if match.group(g)), "").strip()
        name = _MILESTONE_TAIL.sub("", name).strip()
        phrase = phrase_of(text, match.start(), match.end())
        return FoundDeadline("event", phrase, milestone=name)
    return (
        _case_arises(text)
        or _days_from_event(text)
        or _next_sitting(text)
        or _named_event(_WHILE_POSTING, text)
        or when_needed(text)
    )


# "bàn giao tài khoản khi không còn được giao quản trị", "báo cáo … khi có sự cố xảy ra": a
# case that arises, due when it does; not the purpose of the work ("xây dựng các kịch bản
# để thực hiện khi có sự cố": what the scenarios are for)
_CASE_ARISES = re.compile(
    r"(?<!\w)khi\s+(?P<m>(?:có|xảy\s+ra)\s+sự\s+cố|không\s+còn)\s[^.;()]{3,160}",
    re.IGNORECASE,
)
_PURPOSE_BEFORE = re.compile(r"(?<!\w)(?:để|nhằm)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _case_arises(text: str) -> FoundDeadline | None:
    """A case named after the work ("… khi có sự cố xảy ra"): due when it arises."""
    match = _CASE_ARISES.search(text)
    if match is None or _PURPOSE_BEFORE.search(text, 0, match.start()):
        return None
    phrase = phrase_of(text, match.start(), match.end())
    return FoundDeadline("event", phrase, milestone=squash(text[match.start("m") : match.end()]))


# "chậm nhất 03 ngày kể từ ngày nhận bài chấm", "trong thời hạn 10 ngày kể từ ngày nhận được
# đề nghị", "trong thời hạn 02 giờ kể từ thời điểm đóng thầu": a term counted from a day or a
# moment the text names by what happens then (the document's own day is read as a date before
# this)
_DAYS_FROM_EVENT = re.compile(
    r"(?:chậm\s+nhất|trong\s+thời\s+hạn|trong\s+vòng|không\s+quá)\s+\d{1,3}\s+(?:ngày|giờ)\s*,?\s*"
    r"(?:kể\s+)?từ\s+(?:(?:ngày|khi)\s+|(?=thời\s+điểm\s))"
    # (not "trong vòng 24 giờ kể từ khi tiếp nhận có trách nhiệm cập nhật …": the term of the
    # duty after it, as in _AFTER_EVENT)
    r"(?P<m>(?:nhận|tiếp\s+nhận(?!\s+(?:có|phải|chịu)\s)|kết\s+thúc|hoàn\s+thành|có)"
    r"[^.;,()]{3,120}"
    # "… mở thầu … trong thời hạn 02 giờ kể từ thời điểm đóng thầu": hours from a moment the
    # procedure names
    r"|thời\s+điểm\s[^.;,()]{3,120}"
    # "… kể từ ngày Báo cáo tài chính nhà nước tỉnh được báo cáo Hội đồng nhân dân …": the
    # day another paper is passed on (not "ngày Nghị định này được ban hành", its own)
    r"|(?-i:[A-ZĐ])[^.;,()]{2,80}?(?<!\snày)\s+được\s[^.;,()]{3,120})",
    re.IGNORECASE,
)


def _named_event(pattern: re.Pattern[str], text: str) -> FoundDeadline | None:
    """An event ``pattern`` finds in ``text`` (its group "m" names it): no date set."""
    match = pattern.search(text)
    if match is None:
        return None
    phrase = phrase_of(text, match.start(), match.end())
    return FoundDeadline("event", phrase, milestone=squash(match.group("m")))


def _days_from_event(text: str) -> FoundDeadline | None:
    """A number of days from an event the text names: due on that event, no date set."""
    return _named_event(_DAYS_FROM_EVENT, text)


# "xem xét, ban hành Nghị quyết … tại kỳ họp gần nhất", "báo cáo tại phiên họp Chính phủ gần
# nhất": due at the next sitting of the council or the Government, whenever it is held
_NEXT_SITTING = re.compile(
    r"(?<!\w)(?:tại|trong)\s+(?P<m>(?:kỳ|phiên)\s+họp(?:\s+[^\s.;,()]+){0,3}?\s+gần\s+nhất)"
    r"(?!\w)",
    re.IGNORECASE,
)


# "Chủ đầu tư phải đính kèm quyết định phê duyệt … trong quá trình đăng tải kế hoạch lựa chọn
# nhà thầu": a paper attached as the posting is made, done when it is
_WHILE_POSTING = re.compile(
    r"(?<!\w)trong\s+quá\s+trình\s+(?P<m>đăng\s+tải\s[^.;,()]{3,120})", re.IGNORECASE
)


def _next_sitting(text: str) -> FoundDeadline | None:
    """Work due at the next sitting ("tại kỳ họp gần nhất"): an event, no date set."""
    return _named_event(_NEXT_SITTING, text)


# "Trong trường hợp đặc biệt …, X …", "Trong một số trường hợp …, X …" name a case the work
# covers, not when it is due; "Trong trường hợp có thay đổi …, doanh nghiệp …" is a case
# that arises, as "Trường hợp …, X …" is
_CASE_NOT_TIME = re.compile(r"^Trong\s(?!\s*trường\s+hợp\s+(?!đặc\s+biệt(?!\w)))", re.IGNORECASE)


def condition_event(opening: str) -> FoundDeadline | None:
    """The work of a sentence that opens with a condition ("Khi có văn bản yêu cầu …, doanh
    nghiệp phải gửi …", "Trước thời điểm dừng bán hàng, …") is due when it arises.
    ``opening`` is :func:`~cascade.extract.subjects.opening_condition`'s, the case it covers
    ("Đối với …:") already left out."""
    if _CASE_NOT_TIME.match(opening):
        return None
    clause = squash(opening)
    # the subject after its comma or its "thì" ("Trường hợp … thì Bộ Công an")
    cut = max(clause.rfind(","), clause.rfind(" thì "))
    clause = clause[:cut] if cut > 0 else clause
    return case_event(clause)


# "Đối với trường hợp quy định tại khoản 2 Điều này thì cấp có thẩm quyền …", "Đối với các
# trường hợp nêu tại điểm a …, X …": the case the sentence opens with, its work due when it
# arises (not "Đối với các dự án …, X …", a scope; not "… đối với trường hợp …" after the
# work, the kinds it covers)
_CASE_FIRST = re.compile(r"^Đối\s+với\s+(?:các\s+|những\s+)?trường\s+hợp\s", re.IGNORECASE)


def case_first(opening: str) -> str:
    """``opening`` when it is a case the sentence opens with ("Đối với trường hợp …,"), or
    ""; :func:`condition_event` reads it as a condition."""
    return opening if _CASE_FIRST.match(opening) else ""


def case_event(case: str) -> FoundDeadline:
    """The event work done in a case waits for: the case itself, whole ("Trường hợp kiểm
    tra … theo khoản 1 Điều 11", "trường hợp bị lộ mật khẩu", "Khi phát sinh lỗi …")."""
    clause = squash(case)
    return FoundDeadline("event", clause, milestone=clause[:1].lower() + clause[1:])


def _event_name(text: str) -> str:
    """'Đại hội XIV của Đảng và Kế hoạch số …' -> 'Đại hội XIV của Đảng'."""
    words = text.split()
    kept = words[:2]
    for word in words[2:]:
        bare = word.strip(",;")
        if bare != word:
            break
        if bare[:1].isupper() or bare[:1].isdigit() or bare.lower() in _EVENT_WORDS:
            kept.append(word)
            continue
        break
    while kept and kept[-1].lower() in {"của", "các", "lần", "thứ", "và"}:
        kept.pop()
    return " ".join(kept)


# a purpose clause, or the topic of the texts a lead-in carries out ("Thực hiện các Công điện
# … về hỗ trợ người dân khắc phục hậu quả sau thiên tai, … yêu cầu …")
_PURPOSE = re.compile(r"(?:^|(?<=[.:;]\s))(?:Để|Nhằm)\s|(?<=\s)về\s")
_REQUEST = re.compile(r"\b(?:yêu cầu|đề nghị|giao)\b")


def in_purpose(text: str, phrase: str) -> bool:
    """True when ``phrase`` stands in a purpose clause ("Để …, X yêu cầu …") of ``text``:
    it says why the work is asked, not when it is due."""
    at = text.find(phrase)
    if at < 0:
        return False
    for match in _PURPOSE.finditer(text, 0, at):
        request = _REQUEST.search(text, match.end())
        if request is not None and request.start() > at:
            return True
    return False


# an action that keeps the case it is done in before its word of duty ("Khi phát sinh lỗi
# …, phải thông báo …", "Khi phát hiện … phải kịp thời báo cáo …"): the work waits for it
_CASE_BEFORE_DUTY = re.compile(
    r"^(?P<case>(?:Khi|Trường\s+hợp)\s[^;]{3,200}?)(?:\s*,\s*|\s+)phải\s+(?=\S)", re.IGNORECASE
)


def case_before_duty(action: str) -> str:
    """The case an action opens with before "phải" ("Khi phát sinh lỗi …"), or ""."""
    found = _CASE_BEFORE_DUTY.match(action)
    return found.group("case") if found else ""
