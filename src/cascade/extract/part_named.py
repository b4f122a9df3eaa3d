"""Who a procedure names by the part it plays in it, up to its word of duty: "Người soạn
thảo, tạo ra thông tin thuộc danh mục … phải đề xuất …", "cơ quan, đơn vị xác định bí mật
nhà nước phải đóng dấu …", "Nơi gửi và nơi nhận tài liệu … phải đối chiếu …", "người
đứng đầu cơ quan, đơn vị quyết định tổ chức hội nghị … có trách nhiệm đề nghị …".

Rules of an office's procedures (secrets, archives, papers sent and received) hand each step
to whoever drafts, sends, receives, keeps or decides, named by a kind ("cơ quan, đơn vị",
"người", "nơi", "Hội đồng") and that work. The name reader stops at the kind, or reads
nothing before "người" and "nơi", so the work inside the name became the step ("Cơ quan,
đơn vị: Xác định bí mật nhà nước phải đóng dấu …"). Here the name runs, in lower case, to
the first word of duty ("phải", "có/chịu trách nhiệm"); a head ("Người đứng đầu (hoặc cấp
phó được ủy quyền của) …") stands for the body. Left to the name reader: a name it reads as
far ("Đơn vị sự nghiệp công lập phải …"), a capitalised word inside (another body's name),
a kind with nothing after it but "có liên quan". An applicant's own steps are no one's task
here ("Cơ quan, tổ chức đề nghị cung cấp … phải có văn bản gửi …", "… phải có văn bản xin
phép …").
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention, parse_org_list
from cascade.extract.text import LOWER, UPPER, fold, squash
from cascade.extract.verb_start import leading_verb

# ("nơi" only as the sender or the recipient of a paper: "Nơi gửi", "nơi nhận …")
_KIND = (
    r"(?:[Cc]ơ\s+quan|[Đđ]ơn\s+vị|[Tt]ổ\s+chức|[Nn]gười|[Nn]ơi(?=\s+(?:gửi|nhận)\b)"
    r"|Hội\s+đồng|[Bb]ộ\s+phận)"
)
_MORE_KINDS = r"(?:(?:,\s*|\s+(?:và|hoặc)\s+)(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|cá\s+nhân))*"
_PART = re.compile(
    # the head, or the deputy it empowers, stands for the body
    r"^(?P<head>(?:[Cc]ác\s+)?[Nn]gười\s+đứng\s+đầu"
    r"(?:\s+hoặc\s+cấp\s+phó\s+được\s+ủy\s+quyền\s+của)?\s+)?"
    rf"(?P<name>(?:[Cc]ác\s+)?(?P<kinds>{_KIND}{_MORE_KINDS})"
    # the part it plays, in lower case (no other body's name inside), to the word of duty
    rf"\s+(?!(?:có|chịu)\s+trách\s+nhiệm\b|phải\b|(?:có\s+)?liên\s+quan\b)"
    rf"(?P<part>[{LOWER}][^.;:()\"“”{UPPER}]{{0,160}}?))"
    # where it does it, no part of the name ("… nhập khẩu, phân phối sản phẩm tại Việt Nam")
    r"(?P<place>\s+(?:tại|ở)\s+Việt\s+Nam)?"
    r"\s+(?:phải|(?:có|chịu)\s+trách\s+nhiệm)\s+(?=[" + LOWER + r"])"
)
_WORDS = 30
# no name: a negation ("các đơn vị không phải …", "người nhận vào sổ …, không được mở bì
# và phải …": a step ran into it), a case ("… ngay sau khi tiếp nhận …"), a conjunction
# last; an applicant named by its request
_NOT_A_PART = re.compile(r"\b(?:không|phải|khi|ngay)\b|\s(?:và|hoặc)$", re.IGNORECASE)
# classes of the public, not parties of a procedure ("Người lao động có trách nhiệm …")
_PUBLIC = re.compile(r"(?:lao\s+động|nộp\s+thuế|sử\s+dụng\s+lao\s+động|dân)\b")
_APPLICANT = re.compile(r"(?:\S+\s+){0,2}(?:đề\s+nghị|xin)\s")
# "cơ quan, đơn vị có thẩm quyền …" (read by the name reader and the procedure's steps),
# the leading and the partner body of a joint task ("Cơ quan chủ trì", "Cơ quan phối hợp")
_COMPETENT = re.compile(r"có\s+thẩm\s+quyền\b")
_JOINT = re.compile(r"(?:chủ\s+trì|phối\s+hợp)\b")
_REQUEST = re.compile(r"(?:có\s+văn\s+bản\s+)?xin\s+phép\b")
# "Nơi gửi và nơi nhận …": two parties, each named by its own part
_AND_KIND = re.compile(r"\s+và\s+(?=(?:nơi|người|cơ\s+quan|đơn\s+vị)\s)")
# "Cơ quan, tổ chức, cá nhân trong phạm vi chức năng, nhiệm vụ, quyền hạn của mình có trách
# nhiệm …": the scope of the duty, no part the kinds play; the kinds alone are the name
_SCOPE = re.compile(
    r"trong\s+phạm\s+vi\s+(?:chức\s+năng|nhiệm\s+vụ|quyền\s+hạn|thẩm\s+quyền)[\s,]"
    r"[^.;:]*$"
)


def named_by_part(text: str) -> tuple[list[Mention], int] | None:
    """Who ``text`` opens with when named by its part in a procedure (see the module), and
    where its step starts (the word of duty); None when ``text`` opens otherwise."""
    match = _PART.match(text)
    if match is None:
        return None
    name = match.group("name")
    if len(name.split()) > _WORDS or _NOT_A_PART.search(name):
        return None
    part, kinds = match.group("part"), match.group("kinds")
    if _APPLICANT.match(part) or _PUBLIC.match(part) or fold(kinds) == "to chuc":
        return None  # an applicant, the public, "Tổ chức <verb>" (to organise)
    if _COMPETENT.match(part) or (_JOINT.match(part) and fold(kinds) == "co quan"):
        return None  # a body by its competence; "Cơ quan chủ trì" a name of its own
    if _REQUEST.match(text, match.end()):
        return None  # "Người mang … phải có văn bản xin phép …": an applicant's own step
    if match.group("head") and leading_verb(part, max_words=1) is None:
        return None  # "Người đứng đầu cơ quan, tổ chức được giao nhiệm vụ phải …"
    start = match.start("name")
    if _SCOPE.match(part):
        return _parties(text[start : match.end("kinds")], start), match.end("name")
    if _read_further(text[start:], match.end("kinds") - start):
        return None
    mentions = _parties(name, start)
    if match.group("head") and len(mentions) == 1:
        mentions = [Mention(mentions[0].text, start, start + len(name), role="Người đứng đầu")]
    return mentions, match.end("place") if match.group("place") else match.end("name")


def _read_further(text: str, kinds: int) -> bool:
    """True when the name reader reads past the kinds ("Cơ quan chủ trì | tổ chức cuộc họp
    …", "Đơn vị đăng kiểm | đứng đầu liên danh …"): its name stands, unless it stopped at a
    comma before things, not bodies ("Hội đồng tiêu hủy tài liệu, vật chứa … có trách
    nhiệm …")."""
    found, end = parse_org_list(text, lowercase_ok=True)
    if not found or end <= kinds:
        return False
    rest = text[end:]
    if not rest.startswith(","):
        return True
    return bool(parse_org_list(rest[1:].lstrip(), lowercase_ok=True)[0])


def _parties(name: str, start: int) -> list[Mention]:
    """The name as one party, or two joined by "và" when each is a kind with a part of its
    own ("Nơi gửi và nơi nhận …")."""
    split = _AND_KIND.search(name)
    if split is not None and len(name[: split.start()].split()) >= 2:
        first, second = name[: split.start()], name[split.end() :]
        return [
            Mention(squash(first), start, start + len(first)),
            Mention(squash(second), start + split.end(), start + len(name)),
        ]
    plural = name.lower().startswith("các ")
    return [Mention(squash(name), start, start + len(name), plural=plural)]
