"""The words a wrapped line can end with while its phrase goes on below ("… của" /
"Bộ Tài chính").

Several readers join a line to the next when it ends with one of these: a heading in
capitals, an article's title, a subject in the header, a table cell. The core is shared
here; each reader adds the words of its own kind of line beside its use ("tỉnh" before a
province's name in a title, "hoặc" in a table cell).
"""

from __future__ import annotations

# function words: a name or phrase cannot end with them
LINK_WORDS = frozenset({"của", "và", "về", "các", "cho", "tại", "trong", "với"})
# prepositions that open a place, a time or a basis ("theo …", "từ … đến …")
PREPOSITIONS = frozenset({"theo", "đến", "từ"})
