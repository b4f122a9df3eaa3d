"""Who acts in a step of an administrative procedure, named by what it is competent for or
by its role: "Cơ quan có thẩm quyền cấp Giấy phép X thẩm định hồ sơ …", "cơ quan cấp có
thẩm quyền Giấy phép X có trách nhiệm cấp …", "cán bộ, công chức, viên chức tiếp nhận hồ
sơ tại Bộ phận Một cửa chuyển hồ sơ …", "Đoàn thẩm định tổ chức thẩm định …", "Cơ quan
Công an xem xét hồ sơ …".

Decrees that set out a procedure name the body of each step by the act it has power for
and the paper it issues; the name holds verbs of its own ("cấp", "giải quyết", "tiếp
nhận"), so it runs on past them to the verb a step opens with ("xem xét", "thực hiện",
"gửi", "trả lời", "thẩm định", "chuyển" …). "cơ quan có thẩm quyền cấp Giấy X và
chuyển kết quả …" reads "cấp" as the step's verb (parallel to "và chuyển"): the body is
"cơ quan có thẩm quyền".
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention
from cascade.extract.text import squash

# the verb a step opens with (after the word of duty, if any); "cấp" not as a level
# ("cấp tỉnh") nor in "cấp có thẩm quyền"
_STEP_VERB = (
    # a word of duty before any work ("… có trách nhiệm công khai …", "… phải đăng tải …")
    r"(?:phải|có\s+trách\s+nhiệm)(?=\s+[a-zđà-ỹ])"
    r"|(?:xem\s+xét|thực\s+hiện|gửi|trả\s+lời|thẩm\s+định|chuyển|thông\s+báo|ban\s+hành"
    r"|kiểm\s+tra|xử\s+lý|tổ\s+chức|quyết\s+định|công\s+khai"
    # (not the "ký" of "đăng ký": "cơ quan … cấp Giấy chứng nhận đăng ký hộ kinh doanh")
    r"|ký\s+(?=hợp\s+đồng|kết\s|văn\s+bản|quyết\s+định|thỏa\s+thuận)"
    r"|cấp(?!\s+(?:tỉnh|huyện|xã|bộ|trung\s+ương|cơ\s+sở|có\s+thẩm|trên|dưới)))\b"
)
_NAME = (
    # a body by the act it has power for and what it issues or settles
    # ("cấp, cấp lại giấy X", "hỗ trợ đào tạo nghề cho người lao động")
    r"(?:[Cc]ác\s+)?[Cc]ơ\s+quan\s+có\s+thẩm\s+quyền"
    r"\s+(?P<act>cấp(?:,\s+cấp\s+lại)?|giải\s+quyết|hỗ\s+trợ)\s(?P<paper>[^.;:()]{1,120}?)"
    # the body by its competence alone, right before its step ("…, cơ quan có thẩm quyền có
    # trách nhiệm kiểm tra hồ sơ …", "…, cơ quan có thẩm quyền quyết định đồng ý …")
    # (not before other verbs: "…, cơ quan có thẩm quyền xem xét đặt hàng …" states a policy)
    r"|(?:[Cc]ác\s+)?[Cc]ơ\s+quan\s+có\s+thẩm\s+quyền"
    r"(?=\s+(?:phải|có\s+trách\s+nhiệm|quyết\s+định)\s)"
    # "cơ quan cấp có thẩm quyền Giấy phép X" (the word order as printed)
    r"|(?:[Cc]ác\s+)?[Cc]ơ\s+quan\s+cấp\s+có\s+thẩm\s+quyền\s+[A-ZĐ][^.;:()]{1,120}?"
    # staff by role and the work or place that says which ("cán bộ, công chức, viên chức,
    # nhân viên tại Bộ phận Một cửa")
    r"|[Cc]án\s+bộ,\s+công\s+chức(?:,\s+viên\s+chức)?(?:,\s+nhân\s+viên)?"
    r"\s(?!(?:có|chịu|phải)\s)[^.;:()]{1,100}?"
    # a kind of body by its sector ("Cơ quan Công an", "Cơ quan Thuế")
    r"|[Cc]ơ\s+quan\s+[A-ZĐ][a-zđà-ỹ]*(?:\s+[a-zđà-ỹ]+)?"
    # a panel by its work ("Đoàn thẩm định", "Tổ kiểm tra liên ngành")
    r"|(?:Đoàn|Tổ)\s+(?:thẩm\s+định|kiểm\s+tra|thanh\s+tra|giám\s+sát|khảo\s+sát|công\s+tác)"
    r"(?:\s+liên\s+ngành)?"
)
_STEP = re.compile(rf"^(?P<name>{_NAME})\s+(?P<verb>{_STEP_VERB})")


def named_in_step(text: str) -> tuple[list[Mention], int] | None:
    """The body a procedure's step opens with (see the module) and where its work starts;
    None when the step opens otherwise."""
    match = _STEP.match(text)
    if match is None:
        return None
    name = match.group("name")
    if match.group("act") == "cấp" and name.endswith(" và"):
        # "cơ quan có thẩm quyền cấp Giấy X và chuyển …": "cấp" is the step's verb
        name = text[: match.start("act")].rstrip()
    plural = name.lower().startswith("các ")
    return [Mention(squash(name), 0, len(name), plural=plural)], len(name)
