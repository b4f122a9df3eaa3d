"""A list of topics after "về:" inside one work item, kept whole.

"Hướng dẫn và tổ chức thực hiện chính sách, pháp luật, chương trình … về: bảo vệ trẻ em;
sự tham gia của trẻ em …; phòng, chống tai nạn, thương tích trẻ em; xây dựng xã, phường …
phù hợp với trẻ em; Tháng hành động vì trẻ em": the ";"-parts after the colon say what the
work is about, the topics of its verb, not works of their own, even where one of them
opens with a verb ("xây dựng …", "phòng, chống …").
"""

from __future__ import annotations

import re

# "… dự án về: …", "… các quy định về:" (the colon inside the item, topics after it)
_ABOUT_COLON = re.compile(r"\svề\s*:\s*\S", re.IGNORECASE)


def topics_kept(pieces: list[str]) -> list[str]:
    """The ";"-pieces of an item, those from the one holding "về:" on joined into one."""
    for k, piece in enumerate(pieces[:-1]):
        if _ABOUT_COLON.search(piece):
            return [*pieces[:k], "; ".join(pieces[k:])]
    return pieces
