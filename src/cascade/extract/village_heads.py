"""The heads of villages and residential groups, named by their office.

A decree on grassroots self-government names the head of a village ("Trưởng thôn", and by
the local word for a village "Trưởng bản", "Trưởng ấp", …) and the head of a residential
group ("Tổ trưởng tổ dân phố") as those who act: each a name of its own, not the role
"Trưởng" of a body "thôn" (which the lexicon would look for with a capital).
"""

from __future__ import annotations

# the local words for a village and for an urban residential group (a decree lists them:
# "Thôn, xóm, làng, ấp, bản, buôn, bon, phum, sóc"; "tổ dân phố, khu phố, khối phố, khóm")
VILLAGE_HEADS = (
    "trưởng thôn|trưởng xóm|trưởng làng|trưởng ấp|trưởng bản|trưởng buôn|trưởng bon|"
    "trưởng phum|trưởng sóc|trưởng khu phố|trưởng khối phố|trưởng khóm|"
    "tổ trưởng tổ dân phố|tổ trưởng tổ dân cư"
)
