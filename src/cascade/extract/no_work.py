"""Sentences and units that name a body but give it no work.

A closing formula, thanks, a request for feedback or help, what a body answers for or may
do, a prohibition, a power it holds ("Thẩm quyền quyết định …") or a charge (an article
"Đơn vị chủ trì quản lý …"), a description of what a body is, a procedure table's cell; and
what the task reader skips without reading further: the document enacting itself, a role
given alone, the scope a text applies to.
"""

from __future__ import annotations

import re

from cascade.extract.abiding import abides_only
from cascade.extract.agency_names import names_an_agency
from cascade.extract.amounts import reads_a_rate_row, states_an_amount, titles_amounts
from cascade.extract.banned_acts import under_bans
from cascade.extract.closings import (
    asks_for_feedback,
    asks_for_help,
    carries_out_itself,
    is_closing,
    reports_difficulties,
    thanks,
)
from cascade.extract.committee_duties import under_standing_charge
from cascade.extract.competence_classes import splits_a_competence
from cascade.extract.council_rules import lists_its_make_up, states_how_a_council_works
from cascade.extract.duty_fields import names_a_field_of_duties
from cascade.extract.headings import Headings
from cascade.extract.helper_roles import helps_in_general
from cascade.extract.lexicon import DIRECTIVE_VERBS
from cascade.extract.listed_below import lists_cases, lists_contents
from cascade.extract.permissions import only_permits
from cascade.extract.plan_roles import names_a_plan_role
from cascade.extract.procedure_steps import under_step_table
from cascade.extract.refusals import reply_outside_refusal
from cascade.extract.text import squash
from cascade.extract.units import Unit
from cascade.extract.verb_start import leading_verb

# what a body is ("X (sau đây gọi tắt là Y) là cơ quan hành chính thuộc …, thực hiện chức năng
# …"): its description in the decision that sets it up, not work
_DESCRIPTION = re.compile(
    r"\blà\s+(?:cơ quan|đơn vị|tổ chức)\b[^;.]{0,160}?,\s*(?:có chức năng|thực hiện chức năng)\b"
    # "Quỹ Hỗ trợ việc làm ngoài nước là quỹ tài chính nhà nước ngoài ngân sách …"
    r"|^(?:Quỹ|Các\s+quỹ)\b[^,;.]{0,80}?\slà\s+quỹ\s"
    # a term defined ("Đơn vị truyền dẫn, phát sóng toàn quốc (sau đây viết tắt là: đơn vị
    # TDPS toàn quốc) là tổ chức được cấp phép …"), no duty word after it
    r"|\(sau\s+đây\s+(?:gọi|viết)(?:\s+tắt)?\s+là\s*:?[^()]{1,80}\)\s+là\s"
    r"(?![^;.]*\b(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|chủ\s+trì|phải)\b)",
    re.IGNORECASE,
)
# a prohibition ("Không được ủy quyền tiếp …", "Không phát tán thư rác …") says what a body
# may not do: no work (not "Không ngừng nâng cao …", "Không để xảy ra …": work to keep up)
_PROHIBITION = re.compile(
    r"^không\s+(?:được\b|(?!ngừng\b|để\b|chỉ\b|ngại\b|còn\b|có\b)[^\W\d_]+\s)", re.IGNORECASE
)
# an item of a "Trách nhiệm của X" list that says to whom X answers ("Chịu trách nhiệm trước
# Ủy ban nhân dân tỉnh …") or what X may do ("Được sử dụng con dấu …", "Có quyền …"): no work
_ANSWERS_TO = re.compile(r"^chịu\s+trách\s+nhiệm\s+(?:toàn\s+diện\s+)?trước\b", re.IGNORECASE)
# "Chịu trách nhiệm đối với những hậu quả xảy ra liên quan đến việc chậm trễ …": what a body
# answers for if the work goes wrong, no work of its own
_ANSWERS_FOR_CONSEQUENCES = re.compile(
    r"^chịu\s+trách\s+nhiệm\s+(?:toàn\s+diện\s+)?(?:đối\s+với|về)\s+(?:những\s+|các\s+|mọi\s+)?"
    r"(?:hậu\s+quả|thiệt\s+hại)\b[^;]*$",
    re.IGNORECASE,
)
_MAY = re.compile(r"^(?:được\s+(?:quyền|phép|sử\s+dụng|hưởng)|có\s+quyền)\b", re.IGNORECASE)


def _answers_or_may(action: str) -> bool:
    """True for an item that only says to whom its body answers (no piece after a comma or
    ';' starts a work but a prohibition), for the consequences of what, or what it may do."""
    if _MAY.match(action) or _ANSWERS_FOR_CONSEQUENCES.match(action):
        return True
    answers = _ANSWERS_TO.match(action)
    if answers is None:
        return False
    pieces = re.split(r"[,;]\s*", action[answers.end() :])
    return not any(
        leading_verb(piece, max_words=3) is not None and not _PROHIBITION.match(piece)
        for piece in pieces[1:]
    )


# the issuer enacting the document itself ("UBND tỉnh ban hành Kế hoạch …, cụ thể như sau:",
# "Quốc hội ban hành Luật sửa đổi, bổ sung …")
ENACTS = re.compile(
    r"^ban hành\s+(?:Kế hoạch|Quyết định|Chỉ thị|Chương trình|Hướng dẫn|Quy chế|Quy định|"
    r"Thông báo|Công văn|Công điện|Nghị quyết|Nghị định|Kết luận|Thông tư|Luật|Bộ luật|"
    r"Pháp lệnh)\b(?!\s+(?:số\s*)?\d)",
    re.IGNORECASE,
)
# a term counted from a paper received ("Trong thời hạn 03 ngày làm việc kể từ ngày nhận
# được Giấy đề nghị …, Thống đốc … ban hành Quyết định …"): the issuer's step in a
# procedure, a new paper each time, not the document itself
ON_RECEIPT = re.compile(
    r"^(?:Trong\s+thời\s+hạn|Chậm\s+nhất)[^.;:]{0,40}?\bkể\s+từ\s+(?:ngày\s+)?nhận\s+được\b",
    re.IGNORECASE,
)
# a role given and nothing else ("làm cơ quan chủ quản Dự án.", "làm chủ đầu tư …"), or
# how a body works ("Ban Chỉ đạo làm việc theo nguyên tắc tập trung, dân chủ, …", "… làm
# việc theo chế độ kiêm nhiệm"): no work given
ROLE_ONLY = re.compile(
    r"^làm\s+(?:cơ\s+quan\s+chủ\s+quản|chủ\s+đầu\s+tư|cơ\s+quan\s+thường\s+trực)\b"
    r"[^;:,]*?[.;]?\s*$"
    r"|^làm\s+việc\s+theo\s+(?:nguyên\s+tắc|chế\s+độ)\b[^:]*$",
    re.IGNORECASE,
)
# "Các cơ quan, đơn vị, cá nhân liên quan đến việc quản lý …" (who a text applies to): the
# verb after "việc" names an activity, not work asked of the bodies
CONCERNED_WITH = re.compile(r"\bliên\s+quan\s+(?:đến|tới)\s+việc\s*$", re.IGNORECASE)
# a title on powers ("Điều 3. Thẩm quyền quyết định …", "1. Phân cấp thẩm quyền phê duyệt
# …"): what the units below it say a body decides is a power it holds, not work it is given
# (not "Thẩm quyền, trách nhiệm …": duties may follow)
_POWERS_TITLE = re.compile(
    r"^[*_\s]*(?:Điều\s+\d+\s*[.:]?\s*|[\dIVXLivxl]+[.)]\s*|[a-zđ]\)\s*)?[*_\s]*"
    r"(?:phân\s+cấp\s+|ủy\s+quyền\s+|uỷ\s+quyền\s+)?thẩm\s+quyền\s+"
    r"(?:quyết\s+định|phê\s+duyệt|xác\s+lập|thu\s+thập|xác\s+thực|cho\s+phép)\b",
    re.IGNORECASE,
)
# "2. Quyền hạn của Quỹ" beside "1. Nhiệm vụ của Quỹ" under an article on both: the powers a
# body holds, no work (the heading itself no task either)
_POWERS_HEADING = re.compile(
    r"^[*_\s]*Quyền\s+hạn(?:\s+của\s+[^.;:]{1,80})?[*_\s.:]*$", re.IGNORECASE
)
# an article's title naming who holds a standing charge ("Điều 6. Đơn vị chủ trì quản lý tài
# sản quy định tại Điều 5", "Điều 4. Cơ quan quản lý kho dự trữ"): the items below say which
# body manages which kind of thing, a charge held, not work given (as a power's title)
_HOLDER_TITLE = re.compile(
    r"^[*_\s]*(?:Điều\s+\d+\s*[.:]?\s*)?[*_\s]*"
    r"(?:Đơn\s+vị|Cơ\s+quan|Tổ\s+chức)\s+(?:chủ\s+trì\s+)?quản\s+lý\s+[^.;:]*[*_\s]*$"
)
# a duty stated in so many words under such a title is work all the same ("Điều 7. Thẩm
# quyền thu thập …" / "Lưu trữ lịch sử … có trách nhiệm trình …")
_DUTY_WORDS = re.compile(r"\b(?:có|chịu)\s+trách\s+nhiệm\b", re.IGNORECASE)
# "1. Quyết định việc nâng bậc lương …", "2. Quyết định phê duyệt …": a power (not "Quyết
# định này …", "Quyết định số …": the document itself or another)
_DECIDES = re.compile(
    r"^[*_\s]*(?:[\dIVXLivxl]+[.)]|[a-zđ]\))?[*_\s]*Quyết\s+định\s+(?!này|số|\d)[a-zà-ỹđ]"
)
_ARTICLE_LABEL = re.compile(r"^[*_\s]*Điều\s+\d+\s*[.:]?[*_\s]*", re.IGNORECASE)
# a procedure table's cell "- Cơ quan trực tiếp thực hiện TTHC: Sở X" (or "- Cơ quan trực
# tiếp thực hiện: Sở X"): who handles the procedure for the public, not work the document
# gives (not "Cơ quan thực hiện: …", a programme row's label)
_PROCEDURE_CELL = re.compile(
    r"^[-+*\s]*Cơ\s+quan\b[^:;.]{0,60}?(?:(?:thực\s+hiện|giải\s+quyết)\s+"
    r"(?:TTHC|thủ\s+tục\s+hành\s+chính)|trực\s+tiếp\s+thực\s+hiện)\s*:\s*\S",
    re.IGNORECASE,
)
# a sentence that only says who answers for a text's content ("Sở X chịu trách nhiệm về
# nội dung báo cáo và đề xuất tại Tờ trình …", "Sở X, Sở Y chịu trách nhiệm về …", "Chịu
# trách nhiệm về tính hợp lệ, hợp pháp của hồ sơ …", "Chịu trách nhiệm toàn diện về số liệu
# …; về nội dung đã báo cáo …"): a status, no work
_ACCOUNTABLE_ONLY = re.compile(
    r"^(?P<who>[^;.]{0,160}?\s)?chịu\s+trách\s+nhiệm\s+(?:toàn\s+diện\s+)?(?:trước\s[^;]*?\s)?"
    r"về\s+(?:các\s+|toàn\s+bộ\s+)?(?:nội\s+dung|tính\s+chính\s+xác|số\s+liệu|thông\s+tin|"
    r"tính\s+hợp\s+(?:lệ|pháp)|tính\s+trung\s+thực)"
    # further ";"-parts that go on with what it answers for ("…; về nội dung đã báo cáo …")
    r"\b[^;]*(?:;\s*về\s[^;]*)*;?\s*$",
    re.IGNORECASE,
)


# a permission given to a subject ("Các đơn vị … được phép liên danh với nhau thực hiện …"),
# not a duty that a restraint follows ("X có trách nhiệm thực hiện thủ tục … và chỉ được
# phép tổ chức … sau khi …")
_PERMITTED = re.compile(r"^(?:(?!có\s+trách\s+nhiệm\s)[^;:.,]){0,120}?\sđược\s+phép\s")
# the restraint joined to such a duty: no part of the work, nor of its time
_RESTRAINT_AFTER = re.compile(r"\s+và\s+chỉ\s+được\s+phép\s[^;]*?(?=;|\.?\s*$)")


def without_restraint(action: str) -> str:
    """'thực hiện thủ tục … và chỉ được phép tổ chức … sau khi …' -> 'thực hiện thủ tục …':
    the work, without the restraint that follows it."""
    return _RESTRAINT_AFTER.sub("", action, count=1)


# "Chịu sự giám sát, kiểm tra của cơ quan đại diện chủ sở hữu …": being overseen is no work
# (not when a ";"-part after it gives some)
_OVERSEEN = re.compile(
    r"^[*_\s]*Chịu\s+sự\s+(?:giám\s+sát|kiểm\s+tra|thanh\s+tra|kiểm\s+toán|quản\s+lý"
    r"|chỉ\s+đạo)\b[^;]*;?\s*$",
    re.IGNORECASE,
)
# an item that only encourages ("Khuyến khích từng bước bố trí …"): no duty
_ENCOURAGES = re.compile(r"^[*_\s]*Khuyến\s+khích\s")


def _accountable_only(sentence: str) -> bool:
    """True for a sentence that only says who answers for content; the bodies before
    "chịu trách nhiệm" may be a list ("Sở X, Sở Y"), each part capitalised (not "Quán triệt
    nhiệm vụ, trách nhiệm …")."""
    match = _ACCOUNTABLE_ONLY.match(sentence)
    if match is None:
        return False
    parts = (match.group("who") or "").split(",")
    return all(part.strip()[:1].isupper() for part in parts[1:])


# a postal address ("Tòa nhà Liên cơ quan, đường Trần Phú, Phường Hải Châu, tỉnh X.", "Chi
# nhánh, số 12 đường Lê Duẩn, Phường Tam Kỳ, …"), as a procedure list gives one under a
# body: where it sits. The address opens the unit and ends it (not "… gửi về Bộ X số 51
# đường Y, phường Z trước ngày …").
_ADDRESS = re.compile(
    r"^[-+*•\s]*(?P<before>[^,.;:]{0,100},\s*)?(?:số\s+\d+\S*\s+)?đường\s+[^,;:]{1,40},"
    r"\s*(?:Phường|Xã|Thị\s+trấn|phường|xã)\s+"
)
_PLACE_WORDS = re.compile(r"(?:[A-ZĐÀ-Ỹ0-9][^\s,.;]*\.?|tỉnh|thành|phố|quận|huyện|[,\s])*\.?\s*")


def is_address(text: str) -> bool:
    """True for a unit that is an address and nothing else."""
    match = _ADDRESS.match(text)
    if match is None or leading_verb(text) is not None:
        return False
    before = (match.group("before") or "").split()
    verb = any(
        word.islower()
        and (word in DIRECTIVE_VERBS or " ".join(before[i : i + 2]) in DIRECTIVE_VERBS)
        for i, word in enumerate(before)
    )
    return not verb and _PLACE_WORDS.fullmatch(text, match.end()) is not None


def states_a_power(units: list[Unit], headings: Headings, unit: Unit) -> bool:
    """Any sentence under a title on powers ('Phân cấp thẩm quyền quyết định …'); an item
    'Quyết định việc …' under an article that only names a body (a power handed to it)."""
    parent = units[unit.parent] if unit.parent is not None else None
    if (
        parent is not None
        and _DECIDES.match(unit.text)
        and headings.is_org_heading(_ARTICLE_LABEL.sub("", parent.text))
        # "X có trách nhiệm:" over "b) Quyết định bổ nhiệm …": a duty, not a power
        and not _DUTY_WORDS.search(parent.text)
    ):
        return True
    at: int | None = unit.index if unit.numbered else unit.parent
    while at is not None:
        title, article = units[at].text, units[at].kind == "article"
        if (
            (at != unit.index and _POWERS_TITLE.match(title))
            or (article and _HOLDER_TITLE.match(title) and not names_an_agency(title))
            or (not article and _POWERS_HEADING.match(title))
        ):
            return True
        at = units[at].parent
    return False


# "2. Đối tượng áp dụng": the bodies a text applies to, listed, not given work there; "Điều
# 3. Giải thích từ ngữ": what its terms mean ("Cơ quan, đơn vị xử lý là các cơ quan …")
_SCOPE_TITLE = re.compile(
    r"^[*_\s]*(?:Điều\s+\d+\s*[.:]?\s*|[\dIVXLivxl]+[.)]\s*|[a-zđ]\)\s*)?[*_\s]*"
    r"(?:Đối\s+tượng\s+áp\s+dụng|Giải\s+thích\s+từ\s+ngữ)[*_\s.:]*$",
    re.IGNORECASE,
)


def _under_scope(units: list[Unit], unit: Unit) -> bool:
    """True for a unit below a heading "Đối tượng áp dụng" or "Giải thích từ ngữ"."""
    at: int | None = unit.parent
    while at is not None:
        if _SCOPE_TITLE.match(units[at].text):
            return True
        at = units[at].parent
    return False


# "Sở X chịu trách nhiệm cập nhật các thông tin … vào Cơ sở dữ liệu đối với:" over "a) Báo
# cáo giá thị trường …; b) Thông báo kết quả thẩm định giá …": the items are what the work
# covers (a report, a notice: nouns), the lead-in is the task; "Chính phủ quy định các nội
# dung sau đây:" over "a) Mức đóng …; b) Trách nhiệm đóng …": the topics of its rules
_OBJECTS_BELOW = re.compile(
    r"(?:^|\s)(?:đối\s+với|quy\s+định\s+(?:các\s+|những\s+)?nội\s+dung\s+(?:sau\s+đây|sau))"
    r"\s*:[*_\s]*$",
    re.IGNORECASE,
)


def lists_objects(text: str) -> bool:
    """True when ``text`` leads in to a list of the things its work covers ("… đối với:",
    "… quy định các nội dung sau đây:")."""
    return _OBJECTS_BELOW.search(text) is not None


# "Tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh quyết định:" over "- Phương án
# phân bổ vốn …", "- Cơ chế, chính sách …": the items are what is to be decided (nouns)
# (in lower case: "QUYẾT ĐỊNH:" over a decision's articles is the issuer's own act)
_DECIDED_BELOW = re.compile(r"\s(?:quyết\s+định|phê\s+duyệt|ban\s+hành|thông\s+qua)\s*:[*_\s]*$")


# "Văn bản phối hợp của X, Y gửi Bộ Z có các nội dung chính sau đây:", "Báo cáo bao gồm các
# nội dung sau:": a paper's contents listed (its items are what it holds, not work; the
# bodies named in the lead-in only send it)
_CONTENTS_BELOW = re.compile(
    r"^[*_\s]*(?:Các\s+)?(?:Văn\s+bản|Báo\s+cáo|Hồ\s+sơ|Quy\s+chế|Tờ\s+trình|Đề\s+án"
    r"|Phương\s+án|Thông\s+báo|Biên\s+bản)\b[^:]{0,300}?\s(?:có|gồm|bao\s+gồm)\s+"
    r"(?:các\s+|những\s+)?nội\s+dung(?:\s+(?:chính|chủ\s+yếu|cơ\s+bản))?\s+"
    r"(?:sau\s+đây|sau|như\s+sau)\s*:[*_\s]*$"
)


def _object_of_lead_in(units: list[Unit], unit: Unit) -> bool:
    """True for an item of a list of what its lead-in's work covers (see lists_objects),
    or of what it asks to be decided, when the item opens with no verb."""
    if unit.parent is None:
        return False
    above = units[unit.parent].text
    if lists_objects(above) or _CONTENTS_BELOW.match(above):
        return True
    lead_in = units[unit.parent]
    return (
        lead_in.numbered
        and _DECIDED_BELOW.search(above) is not None
        and leading_verb(above, max_words=2) is not None  # "Tham mưu … quyết định:": a task
        and leading_verb(unit.text, max_words=3) is None
    )


def _listed_as_no_work(units: list[Unit], unit: Unit, sentence: str) -> bool:
    """True for an item below a lead-in that lists a paper's contents, or for the first
    sentence of one below a list of events or cases (see listed_below)."""
    if unit.parent is None:
        return False
    above = units[unit.parent].text
    if lists_contents(above):
        return True
    return lists_cases(above) and squash(unit.text).startswith(squash(sentence)[:40])


def gives_no_work(
    units: list[Unit], headings: Headings, unit: Unit, sentence: str, action: str
) -> bool:
    """True for a sentence that names a body but gives it no work: a closing formula, a
    power, thanks, accountability, a prohibition, whom to turn to, a description, what the
    document itself serves for, which class of organisation a body proposes or decides."""
    # "III. TỔ CHỨC THỰC HIỆN": a section's title in capitals, not an item's work
    paragraph = unit.kind in {"para", "heading"} or action.strip(" *.:").isupper()
    return (
        is_closing(action, paragraph=paragraph)
        or asks_for_feedback(sentence)
        or carries_out_itself(sentence)
        or (
            (states_a_power(units, headings, unit) or under_standing_charge(units, unit))
            and not _DUTY_WORDS.search(sentence)
        )
        or _under_scope(units, unit)
        or under_bans(units, unit)
        or _object_of_lead_in(units, unit)
        or _listed_as_no_work(units, unit, sentence)
        or thanks(sentence)
        or _accountable_only(sentence)
        or _PROHIBITION.match(action) is not None
        or _ENCOURAGES.match(action) is not None
        or _OVERSEEN.match(action) is not None
        or _PERMITTED.match(sentence) is not None
        or _answers_or_may(action)
        or only_permits(action)
        or reports_difficulties(sentence)
        or _DESCRIPTION.search(sentence) is not None
        or asks_for_help(sentence)
        or _PROCEDURE_CELL.search(sentence) is not None
        or _REQUEST_TO_THE_PUBLIC.match(action) is not None
        or _POWERS_BY_LAW.match(action) is not None
        or _DOCUMENT_AS_GROUNDS.match(action) is not None
        or _FUNCTION_IN_GENERAL.match(action) is not None
        or helps_in_general(action)
        or splits_a_competence(action)
        or abides_only(action)
        or _TITLE_ONLY.match(action) is not None
        or names_a_field_of_duties(action)
        or _ATTACHMENTS.match(action) is not None
        or _BEFORE_OR_AFTER.match(sentence) is not None
        or _BEFORE_OR_AFTER.match(action) is not None
        or names_a_plan_role(sentence)
        or states_an_amount(action)
        or reads_a_rate_row(action)
        or titles_amounts(units, unit)
        or under_step_table(units, unit)
        or states_how_a_council_works(sentence)
        or lists_its_make_up(unit.text, sentence)
        or reply_outside_refusal(sentence, action)
        or unit.in_form
    )


# "+ Trước khi áp dụng: Tải hồ sơ …" / "+ Sau khi áp dụng: Chuyển 100% bản điện tử …" under a
# body: what a reform changes in its work, compared, not work the document gives
_BEFORE_OR_AFTER = re.compile(r"^[-+*•\s]*(?:Trước|Sau)\s+khi\s+áp\s+dụng\s*:", re.IGNORECASE)


# "Bộ X gửi kèm bộ Cẩm nang gồm:": the letter lists what it encloses, below it
_ATTACHMENTS = re.compile(r"^gửi\s+kèm\b[^.;:]*\bgồm\s*:\s*$", re.IGNORECASE)


# "Thông tư này là căn cứ để thực hiện việc tuyển dụng …", "Quyết định này là cơ sở để …":
# what the document itself serves for, under a duty title, no body given work
_DOCUMENT_AS_GROUNDS = re.compile(
    r"^(?:Thông\s+tư|Nghị\s+định|Quyết\s+định|Quy\s+chế|Quy\s+định|Chỉ\s+thị)\s+này\s+là\s+"
    r"(?:căn\s+cứ|cơ\s+sở)(?:\s+pháp\s+lý)?\s+(?:để|cho)\s",
    re.IGNORECASE,
)


# "Ban Quản lý thực hiện nhiệm vụ, quyền hạn theo quy định của pháp luật hiện hành.": the
# powers the law gives a body, stated in the decision that sets it up, and nothing to do
_POWERS_BY_LAW = re.compile(
    r"^thực\s+hiện\s+(?:các\s+)?(?:chức\s+năng,\s*)?nhiệm\s+vụ,\s*quyền\s+hạn"
    r"(?:\s+của\s+mình)?(?:\s+theo\s+quy\s+định(?:\s+của\s+pháp\s+luật)?(?:\s+hiện\s+hành)?)?"
    r"\s*[.;]?\s*$",
    re.IGNORECASE,
)

# "Các bộ, ngành thực hiện chức năng, nhiệm vụ theo thẩm quyền được giao.", "Thực hiện các
# nhiệm vụ khác theo quy định của pháp luật.", "… các nhiệm vụ phù hợp với mục tiêu …",
# "Thực hiện quyền và nghĩa vụ của cơ quan quản lý Quỹ …": a body's remit in general,
# named and not given
_FUNCTION_IN_GENERAL = re.compile(
    r"^thực\s+hiện\s+(?:(?:các|những)\s+)?(?:chức\s+năng,?\s*)?nhiệm\s+vụ(?:,\s*quyền\s+hạn)?"
    r"\s+(?:theo\s+(?:thẩm\s+quyền|chức\s+năng)\b[^.;:]{0,40}?\s+được\s+giao"
    r"|khác\b[^.;:]{0,160}"  # "… do Ủy ban nhân dân cấp tỉnh, Chủ tịch … giao và …"
    # "Thực hiện các nhiệm vụ phù hợp với mục tiêu hoạt động của Quỹ"
    r"|phù\s+hợp\s+với\s+(?:mục\s+tiêu|chức\s+năng)\b[^.;:]{0,80})\s*[.;]?\s*$"
    r"|^thực\s+hiện\s+(?:các\s+)?quyền(?:\s+và|,)\s+nghĩa\s+vụ\s+của\s[^.;:]{1,80}[.;]?\s*$"
    # "Thực hiện các nhiệm vụ được giao theo quy định tại Thông tư này.": the duties the
    # document gives elsewhere, named again as a whole
    r"|^(?:tham\s+mưu,\s*)?thực\s+hiện\s+(?:các\s+)?nhiệm\s+vụ\s+được\s+giao\s+theo\s+quy\s+định"
    r"\s+tại\s[^.;:]{0,60}?(?:Thông\s+tư|Nghị\s+định|Quyết\s+định|Quy\s+chế|Quy\s+định)\s+này"
    r"\s*[.;]?\s*$",
    re.IGNORECASE,
)


# "- Dự án 1: “Phòng ngừa, đấu tranh tội phạm …”." under "Tổ chức triển khai các dự án …:": a
# project's number and quoted title, named as what the lead-in's work covers
_TITLE_ONLY = re.compile(
    r"^[*_\s]*(?:Tiểu\s+dự\s+án|Dự\s+án|Đề\s+án|Chương\s+trình|Nhiệm\s+vụ)\s+\d+[a-z]?"
    r"(?:\s*\([^()]{1,30}\))?\s*[:.-]\s*[*_]*[“\"][^”\"]{1,300}[”\"][*_.;\s]*$",
    re.IGNORECASE,
)


# "… và đề nghị cộng đồng doanh nghiệp, nhân dân cả nước:": the close of a lead-in that also
# asks the public (businesses, the people); its items follow, it is no work of its own
_REQUEST_TO_THE_PUBLIC = re.compile(
    r"^(?:đề\s+nghị|kêu\s+gọi)\s+(?:toàn\s+thể\s+|các\s+)?(?:cộng\s+đồng|nhân\s+dân|người\s+dân"
    r"|doanh\s+nghiệp)[^.;:]{0,80}:\s*$",
    re.IGNORECASE,
)
