"""The Government, the Prime Minister or a minister setting rules: "Chính phủ quy định mức
tổng doanh thu …", "Bộ trưởng Bộ Tài chính quy định thủ tục, hồ sơ …".

Alone, "quy định" is most often the noun (a rule: "theo quy định của …"), so the lexicon knows
it as a verb only with what follows ("quy định chi tiết", "quy định việc …"). Right after one of
these bodies as the subject it is the verb: a law or decree hands them the rules on a matter.
"""

from __future__ import annotations

import re

from cascade.extract.orgs import Mention

# the bodies a law hands rules to (a minister is read as the ministry: "Bộ Tài chính")
_RULE_MAKER = re.compile(r"^(?:Chính\s+phủ|Thủ\s+tướng\s+Chính\s+phủ|Bộ\s+\w)")
# "quy định" opening the work, not a rule cited after it ("quy định tại …", "quy định này")
_SETS_RULES = re.compile(
    r"^\s*quy\s+định\s+(?!(?:tại|của|này|đó|trên|như|và|hoặc)\b)(?=[^\W\d_])", re.IGNORECASE
)


def rules_set_by(mentions: list[Mention], rest: str) -> str:
    """The work of one rule-making body whose ``rest`` opens with "quy định …"; "" else."""
    if len(mentions) != 1 or not _RULE_MAKER.match(mentions[0].text):
        return ""
    return rest.strip() if _SETS_RULES.match(rest) else ""
