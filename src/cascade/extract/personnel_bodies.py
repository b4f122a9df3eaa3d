"""Bodies a regulation of personnel work names by their part in it, and the steps they take.

A decree on appointing, evaluating or disciplining officers names who acts in each step not
by a proper name but by the power or the role it has there: "cấp có thẩm quyền" (the
authority, also "cấp có thẩm quyền bổ nhiệm", "… xử lý kỷ luật", "… trực tiếp sử dụng cán
bộ": one body, named by what it is competent for), "cơ quan tham mưu về công tác cán bộ"
(the staff office, "… của cấp có thẩm quyền bổ nhiệm"), "tập thể lãnh đạo doanh nghiệp"
(the enterprise's collective leadership). Most of their steps open
with verbs the lexicon does not hold as directive ("trao đổi với …", "thống nhất với …",
"tiến hành các thủ tục …", "cho thôi việc"), and the sentence most often opens with the case
("Trường hợp … thì cấp có thẩm quyền xem xét, quyết định …"), so they act like the persons
named by function of a procedure (see procedure_persons): the words after the name are the
step whatever the verb.
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention
from cascade.extract.text import squash
from cascade.extract.verb_start import leading_verb

# the bodies (lower case; callers match without case): the authority by its power, the staff
# office, the enterprise's collective leadership
# ("cơ quan có thẩm quyền" is left to the other readers: a procedure's "cơ quan có thẩm quyền
# cấp chứng chỉ …", "… tiến hành tố tụng" name it by a power that is no step)
ACTORS = (
    r"cấp\s+có\s+thẩm\s+quyền"
    r"|cơ\s+quan\s+tham\s+mưu\s+về\s+công\s+tác\s+cán\s+bộ"
    r"|tập\s+thể\s+lãnh\s+đạo\s+doanh\s+nghiệp"
)
_ACTOR = re.compile(rf"^(?P<name>{ACTORS})\s", re.IGNORECASE)
# what the authority is competent for, said after its name ("cấp có thẩm quyền bổ nhiệm xem
# xét …"); the staff office's "của cấp có thẩm quyền bổ nhiệm" says whose it is
_FOR = re.compile(
    r"^(?:của\s+cấp\s+có\s+thẩm\s+quyền\s+)?"
    r"(?:bổ\s+nhiệm|xử\s+lý\s+kỷ\s+luật|đánh\s+giá(?:,\s+xếp\s+loại\s+chất\s+lượng)?"
    r"|trực\s+tiếp\s+sử\s+dụng\s+cán\s+bộ)\s",
    re.IGNORECASE,
)
# what may follow what it is competent for: a word of duty, a liability or a step's verb
# ("cấp có thẩm quyền bổ nhiệm viên chức …": "bổ nhiệm" is the step there)
# (the directive verbs, and the steps' own: "trao đổi với …", "thống nhất với …")
_STEP_AFTER_FOR = re.compile(
    r"^(?:phải|(?:có|chịu)\s+trách\s+nhiệm|thống\s+nhất|trao\s+đổi|tiến\s+hành|có\s+văn\s+bản"
    r"|có\s+thông\s+báo|căn\s+cứ)\b",
    re.IGNORECASE,
)
_PERSONNEL_ONLY = re.compile(rf"^(?:{ACTORS})$", re.IGNORECASE)


def personnel_body(name: str) -> bool:
    """True when ``name`` is one of the bodies named by their part in personnel work."""
    return _PERSONNEL_ONLY.match(name.strip()) is not None


def personnel_named(text: str) -> tuple[list[Mention], int] | None:
    """The body ``text`` opens with when it is named by its part in personnel work (see the
    module), under its base name, and where its step starts; None otherwise."""
    match = _ACTOR.match(text)
    if match is None:
        return None
    name = match.group("name")
    end = match.end("name")
    rest = text[end:].lstrip()
    qualified = _FOR.match(rest)
    after = rest[qualified.end() :] if qualified is not None else ""
    if qualified is not None and (
        _STEP_AFTER_FOR.match(after) or leading_verb(after, max_words=1) is not None
    ):
        end = len(text) - len(rest) + qualified.end() - 1
    return [Mention(squash(name), 0, len(name), plural=False)], end
