"""Sentences that carry no work of their own, told by their formula.

The closing formula of a document ("thực hiện tốt nội dung nêu trên./.", "nghiêm túc thực
hiện Chỉ thị này"), thanks, how to get help or report difficulties ("Trong quá trình thực
hiện, nếu có khó khăn, vướng mắc …"), feedback on the text itself, carrying out the text
itself ("X chịu trách nhiệm thực hiện Kế hoạch này") and the execution formula of a
decision, circular or decree ("… chịu trách nhiệm thi hành Quyết định / Nghị định này").
:mod:`.no_work` and :mod:`.tasks` use them to leave such sentences out.
"""

from __future__ import annotations

import re

from cascade.extract.dated_reports import due_on_a_day
from cascade.extract.text import fold

_CLOSING = re.compile(
    r"^(?:thực hiện|triển khai|tổ chức thực hiện)(?:\s+(?:tốt|nghiêm túc|nghiêm|có hiệu quả))?"
    r"(?:\s+(?:các|những))?(?:\s+(?:nội dung|nhiệm vụ|văn bản|công văn|yêu cầu))?"
    r"\s*(?:nêu trên|trên|này|nói trên)\s*\.?/?\.?$|(?<!được )biết,?\s*(?:và\s+)?thực hiện"
    r"|^(?:nghiêm túc\s+|khẩn trương\s+)?(?:triển khai\s+)?thực hiện(?:\s+nghiêm túc)?\s*\.?/?\.?$"
    r"|^trân trọng\b|^trên đây là\b"
    # ("… để người dân được biết, thực hiện" is a purpose of the work, not a closing)
    # "thực hiện tốt Quy chế này": carrying out the text that says it, by everyone
    r"|^(?:thực hiện|chấp hành)\s+(?:tốt|nghiêm túc|nghiêm|đúng)\s+"
    r"(?:các\s+quy\s+định\s+(?:của|tại)\s+)?"
    r"(?:Quy chế|Quy định|Quyết định|Nghị quyết|Chỉ thị|Kế hoạch|Hướng dẫn|Thông tư|Chương trình)"
    r"\s+này\s*\.?/?\.?$"
    # "khẩn trương thực hiện đúng chức năng được giao": no work beyond the document's own
    r"|^(?:khẩn trương\s+)?thực hiện(?:\s+(?:đúng|tốt))?\s+(?:chức năng|nhiệm vụ)"
    r"(?:,?\s*nhiệm vụ)?\s+được giao\s*\.?/?\.?$"
    # "(quan tâm,) lãnh đạo, chỉ đạo các cơ quan, đơn vị trực thuộc hoàn thành các nhiệm vụ
    # nêu trên, bảo đảm …": the heads asked to see the work above done, whatever it is for
    r"|^(?:quan tâm,?\s+)?(?:lãnh đạo,?\s+)?chỉ đạo\s[^.;:]{0,80}?\s"
    r"(?:hoàn thành|thực hiện|triển khai)(?:\s+tốt)?\s+(?:các|những)\s+(?:nội dung|nhiệm vụ)"
    r"\s+(?:nêu trên|trên đây)(?:\s*[,.;/]|\s*$)",
    re.IGNORECASE,
)
# the items above, named at the end of a closing paragraph
ABOVE_CONTENTS = re.compile(
    r"(?:\d+|các|những)\s+(?:nội dung|nhiệm vụ)(?:\s+\w+){0,2}\s+(?:nêu trên|trên đây)$",
    re.IGNORECASE,
)
# what may go wrong in carrying a text out: "khó khăn, vướng mắc", "bất cập", "nội dung
# không phù hợp"
_TROUBLE = (
    r"(?:khó khăn|vướng mắc|bất cập"
    r"|(?:nội dung|vấn đề|điểm|quy định)\s+(?:chưa|không)\s+(?:phù hợp|rõ))"
)
# "Trong quá trình thực hiện, nếu phát sinh vướng mắc, … báo cáo / liên hệ …": how to get
# help, not a task
# (an OCR'd text may lose the accent: "phat sinh")
# (an OCR may print a stray full stop after the condition: "nếu. có khó khăn")
_DIFFICULTIES = re.compile(
    rf"^[^,;.]{{0,60}},\s*(?:nếu|trường hợp|khi)\.?\s+(?:có\s+)?(?:ph[aá]t sinh\s+)?{_TROUBLE}"
    rf"|^(?:nếu|trường hợp|khi)\.?\s+(?:có\s+)?(?:ph[aá]t sinh\s+)?{_TROUBLE}"
    # "Trong quá trình tổ chức, triển khai thực hiện nếu có khó khăn, vướng mắc, đề nghị …"
    r"|^(?:trong\s+)?quá trình\b[^;.]{0,60}?\s(?:nếu|trường hợp|khi)\.?\s+(?:có\s+)?"
    rf"(?:ph[aá]t sinh\s+)?{_TROUBLE}"
    # "Trong quá trình thực hiện có phát sinh khó khăn, vướng mắc thì kịp thời phản ánh …",
    # "Trong quá trình thực hiện có khó khăn, vướng mắc, đề nghị … phản hồi …"
    rf"|^(?:trong\s+)?quá trình\b[^;.,]{{0,60}}?\s(?:có\s+ph[aá]t sinh|ph[aá]t sinh|có)"
    rf"\s+{_TROUBLE}"
    # "kịp thời báo cáo UBND tỉnh những khó khăn, vướng mắc để xem xét"
    r"|^(?:kịp thời\s+)?(?:báo cáo|phản ánh)\b[^.;]{0,60}?(?:những|các)\s+khó khăn,?\s*vướng mắc",
    re.IGNORECASE,
)
_DOC = r"(?:Quyết định|Nghị quyết|Nghị định|Chỉ thị|Quy định|Thông tư|Kế hoạch|Công văn)"
_EXECUTION = re.compile(
    rf"(?:chịu|có)\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?thi\s+hành\s+{_DOC}\s+này"
    rf"|căn\s+cứ\s+{_DOC}(?:\s+này)?\s+(?:để\s+)?thi\s+hành",
    re.IGNORECASE,
)


# Words a closing formula is made of: generic verbs and adverbs, "this document"
# ("nghiêm túc thực hiện Chỉ thị này", "quan tâm chỉ đạo, thực hiện").
_CLOSING_TEXT = (
    "nghiêm túc khẩn trương quyết liệt triển khai thực hiện tổ chức phối hợp quan tâm chỉ đạo "
    "lãnh đạo tốt có hiệu quả và biết các những nội dung nhiệm vụ yêu cầu văn bản trên nêu "
    "này nói ngay "
    "Chỉ thị Kế hoạch Quyết định Công văn Nghị quyết Chương trình Thông báo Hướng dẫn "
    "Công điện Kết luận"
)
_CLOSING_WORDS = frozenset(fold(_CLOSING_TEXT).split())


_NOISE_AFTER_STOP = re.compile(r"\.\s*[^\s\d]{1,5}\s*$")


def is_closing(action: str, *, paragraph: bool = True) -> bool:
    """The closing formula of a document ('thực hiện tốt nội dung nêu trên./.').

    In a paragraph (not a numbered item, where "Giao X chỉ đạo thực hiện Kế hoạch này" is an
    assignment), so is any action made only of generic verbs and words naming the document
    itself ("nghiêm túc thực hiện Chỉ thị này", "quan tâm chỉ đạo, thực hiện").
    """
    # "./." ends the document: what a crawl glued after it (a footnote) is not the action's
    action = action.split("./.", 1)[0]
    # nor a few characters of OCR noise after the full stop ("… thực hiện. gaa!")
    action = _NOISE_AFTER_STOP.sub(".", action)
    if _CLOSING.search(action.strip(" ./")) or (
        _DIFFICULTIES.search(action) and not due_on_a_day(action)
    ):
        return True
    if paragraph and ABOVE_CONTENTS.search(action.strip(" ./")):
        return True  # "… bảo đảm đến hết tháng 12 giải quyết … về 04 nội dung nêu trên"
    words = re.findall(r"[^\W\d_]+", fold(action))
    return paragraph and bool(words) and all(word in _CLOSING_WORDS for word in words)


# "…, trường hợp có nội dung không phù hợp, X phản ánh về …": feedback on the text itself
_MISFIT = re.compile(
    r"^(?:[^,;.]{0,60},\s*)?(?:nếu|trường hợp|khi)\s+(?:có\s+)?(?:phát sinh\s+)?"
    r"(?:bất cập|(?:nội dung|vấn đề|điểm|quy định)\s+(?:chưa|không)\s+(?:phù hợp|rõ))",
    re.IGNORECASE,
)


# "Sở X xin trao đổi và cảm ơn sự phối hợp của Quý Cơ quan./.": thanks, no task
_THANKS = re.compile(r"\b(?:xin|trân trọng)\s+(?:trao đổi\s+và\s+)?cảm ơn\b", re.IGNORECASE)


def thanks(sentence: str) -> bool:
    """A sentence that thanks the addressees for their help."""
    return _THANKS.search(sentence) is not None


def asks_for_help(sentence: str) -> bool:
    """'Trong quá trình thực hiện có phát sinh khó khăn, vướng mắc thì kịp thời phản ánh
    …': how to get help, whether or not the sentence names who turns for it."""
    return _DIFFICULTIES.match(sentence.strip()) is not None and not due_on_a_day(sentence)


# "Trường hợp phát sinh vướng mắc về …, đề nghị Thuế tỉnh X báo cáo Ủy ban nhân dân tỉnh
# để được hướng dẫn": a sentence that opens on the difficulties says whom to turn to, even
# when it names who turns (not "…, nếu có vướng mắc, đề nghị X báo cáo …" after a clause)
_DIFFICULTY_REPORT = re.compile(
    rf"^(?:nếu|trường hợp|khi)\s+(?:có\s+)?(?:phát sinh\s+)?{_TROUBLE}[^.;]{{0,160}}?,\s*"
    r"(?:thì\s+)?(?:đề nghị\s+)?[^.;,]{0,80}?\b(?:báo cáo|phản ánh|liên hệ|trao đổi)\b",
    re.IGNORECASE,
)


def reports_difficulties(sentence: str) -> bool:
    """'Trường hợp phát sinh vướng mắc …, đề nghị X báo cáo …': whom to turn to, no task."""
    return _DIFFICULTY_REPORT.match(sentence.strip()) is not None and not due_on_a_day(sentence)


def asks_for_feedback(sentence: str) -> bool:
    """'Trong quá trình thực hiện, trường hợp có nội dung không phù hợp, các cơ quan kịp
    thời phản ánh về Sở X …': whoever the subject, how the text will be amended, not a
    task."""
    text = sentence.strip()
    return _MISFIT.match(text) is not None or _MISFIT_FOUND.match(text) is not None


# "Trong quá trình thực hiện, các cấp, các ngành … phát hiện những vấn đề chưa phù hợp …, báo
# cáo …": the same, with the bodies named first
_MISFIT_FOUND = re.compile(
    r"^(?:Trong quá trình (?:tổ chức\s+)?thực hiện,\s*)?[^.;]{0,160}?\bphát hiện\s+"
    r"(?:những\s+|các\s+)?(?:vấn đề|nội dung|điểm|quy định)\s+(?:chưa|không)\s+phù hợp",
    re.IGNORECASE,
)


# "Các cơ quan … căn cứ nội dung Quyết định để triển khai thực hiện nghiêm túc, đầy đủ, đảm
# bảo …": carrying out the document itself, in no way of its own
_OWN_TEXT = re.compile(
    rf"căn\s+cứ\s+(?:(?:các\s+)?nội\s+dung\s+(?:của\s+)?)?{_DOC}(?:\s+này)?\s*,?\s*(?:để\s+)?"
    r"(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?(?:tổ\s+chức\s+)?thực\s+hiện"
    r"(?:[\s,]+(?:và\s+)?(?:nghiêm\s+túc|đầy\s+đủ|kịp\s+thời|có\s+hiệu\s+quả|hiệu\s+quả|tốt"
    r"|đúng\s+quy\s+định))*\s*(?:[.;/]|$|,?\s*(?:đảm\s+bảo|bảo\s+đảm|nhằm)\b"
    # "… triển khai thực hiện (đảm bảo) theo chức năng, nhiệm vụ"
    r"|theo\s+chức\s+năng,?\s+nhiệm\s+vụ)",
    re.IGNORECASE,
)


# "X chịu trách nhiệm thực hiện Kế hoạch này.": who answers for the whole text, no work of
# its own
_ANSWERS_FOR_TEXT = re.compile(
    r"chịu\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?thực\s+hiện\s+"
    rf"{_DOC}\s+này\s*[./]*\s*$"
    # "Thủ trưởng các cơ quan … chịu trách nhiệm trước Ủy ban nhân dân tỉnh về việc triển
    # khai thực hiện Quy chế này trong phạm vi quản lý của mình": the same, to someone
    r"|chịu\s+trách\s+nhiệm\s+trước\s[^.;]{1,80}?\s+về\s+(?:việc\s+)?(?:tổ\s+chức\s+)?"
    rf"(?:triển\s+khai\s+)?thực\s+hiện\s+(?:{_DOC}|Quy\s+chế)\s+này"
    r"(?:\s+(?:trong|tại)\s+phạm\s+vi\s+[^.;]{1,60}?)?\s*[./]*\s*$",
    re.IGNORECASE,
)


def carries_out_itself(sentence: str) -> bool:
    """'X căn cứ nội dung Quyết định để triển khai thực hiện nghiêm túc, đầy đủ', 'X chịu
    trách nhiệm thực hiện Kế hoạch này': a closing formula, whoever its subject."""
    return _OWN_TEXT.search(sentence) is not None or _ANSWERS_FOR_TEXT.search(sentence) is not None


def execution_formula(text: str) -> re.Match[str] | None:
    """'… chịu trách nhiệm thi hành Quyết định này': names who carries out a decision."""
    return _EXECUTION.search(text)
