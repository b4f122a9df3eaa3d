"""Bodies a procedure names by the work they do in it: "cơ quan lập hồ sơ yêu cầu dẫn độ",
"cơ quan tiếp nhận hồ sơ", "Cơ quan tiếp nhận hồ sơ và trả kết quả", and the body a step
consults, "cơ quan được lấy ý kiến".

Such a name holds a verb ("lập", "tiếp nhận") that would end a name elsewhere, so
"cơ quan tiếp nhận hồ sơ có trách nhiệm chuyển …" was cut to "cơ quan" and its work began
at "tiếp nhận". A step says where the name ends: before the words that give it its work
("phải", "có thể", "chuyển hồ sơ", "thực hiện:"; "có trách nhiệm" is read by
:mod:`cascade.extract.step_bodies`). :func:`work_bodies` finds these names in a text;
:mod:`cascade.extract.defined_terms` makes them known while the text is read, as it does
the terms a regulation explains.
"""

from __future__ import annotations

import re

from cascade.extract.text import squash

# "cơ quan lập hồ sơ … | chuyển hồ sơ …": the kind, its work verb, the work's
# lower-case object (no capital: another body's name is no part of it; no "có trách
# nhiệm": the step before it), then the step
_WORK_BODY = re.compile(
    r"(?<![\w])(?P<name>[Cc]ơ quan (?:lập|tiếp nhận|trực tiếp thực hiện)"
    r"(?:,? (?!(?:có|chịu) trách nhiệm)[a-zđà-ỹ][^\s.,;:()]*){0,24}?)"
    r" (?=phải\b|có thể\b|chuyển hồ sơ\b|thực hiện:)"
)

# "cơ quan được lấy ý kiến có văn bản trả lời …": the body a step consults, named by being
# consulted, before its answer (here "có trách nhiệm" too: no other reader takes this name)
_CONSULTED_BODY = re.compile(
    r"(?<![\w])(?P<name>[Cc]ơ quan được (?:lấy|hỏi) ý kiến)"
    r" (?=phải\b|có văn bản\b|(?:có|chịu) trách nhiệm\b|trả lời\b)"
)


def work_bodies(text: str) -> list[str]:
    """The bodies a text names by their work in a step, each once."""
    names: list[str] = []
    flat = squash(text)
    for match in [*_WORK_BODY.finditer(flat), *_CONSULTED_BODY.finditer(flat)]:
        name = match.group("name")
        if name not in names:
            names.append(name)
    return names
