"""The Police's departments, named by their branch in lower case: "Cục Cảnh sát quản lý hành
chính về trật tự xã hội", "Trưởng phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế,
buôn lậu, môi trường", "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ".

The branch holds verbs ("quản lý", "điều tra") and commas, so the name walk would stop at
"Cảnh sát" and read the branch as work ("Cục Cảnh sát" that "quản lý hành chính …"). After
"Cảnh sát", a branch of this list is part of the name.
"""

from __future__ import annotations

from cascade.extract.name_tokens import Tok, split_tokens

# the branches, longest first where one starts another
_BRANCHES = (
    "quản lý hành chính về trật tự xã hội",
    "điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường",
    "điều tra tội phạm về tham nhũng, kinh tế, buôn lậu",
    "điều tra tội phạm về trật tự xã hội",
    "điều tra tội phạm về ma túy",
    "điều tra tội phạm về ma tuý",
    # "Cơ quan Cảnh sát điều tra Bộ Công an": the investigating body itself
    "điều tra",
    "phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    "phòng cháy và chữa cháy",
    "quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng",
    "thi hành án hình sự và hỗ trợ tư pháp",
    "giao thông",
    "cơ động",
    "môi trường",
    "kinh tế",
    "hình sự",
    "bảo vệ",
)
_BRANCH_WORDS = tuple(tuple(t.folded for t in split_tokens(b)) for b in _BRANCHES)


def police_branch_end(toks: list[Tok], k: int) -> int:
    """At ``k``, right after "Cảnh sát" inside a name: the token after the branch that
    goes on with it; 0 when none does."""
    if k < 2 or (toks[k - 2].folded, toks[k - 1].folded) != ("canh", "sat"):
        return 0
    for words in _BRANCH_WORDS:
        if tuple(t.folded for t in toks[k : k + len(words)]) == words:
            return k + len(words)
    return 0
