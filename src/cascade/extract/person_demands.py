"""A ";"-part that demands something of the person a procedure deals with.

"Lập biên bản về việc … đến trình diện; yêu cầu họ viết giấy cam đoan …", "Chỉ đạo thực
hiện các nhiệm vụ …; yêu cầu người bị cấm đi khỏi nơi cư trú báo cáo, giải trình …": the
body that acts makes the demand, a step of its own. The part reader finds no verb at "yêu
cầu" (at the start of a sentence it hands work on to the body named after it), so the
demand went on with the work before the semicolon. Only a person is demanded of here
("họ", "người …", "cá nhân"); a body named after "yêu cầu" is asked for its own work
(:mod:`~cascade.extract.part_requests`), and so is "người đứng đầu …", who heads one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cascade.extract.clauses import Part

_DEMAND = re.compile(
    r";\s*(?=yêu\s+cầu\s+(?:họ|người(?!\s+đứng\s+đầu)|cá\s+nhân)\s)", re.IGNORECASE
)


def split_demands(parts: list[Part]) -> list[Part]:
    """``parts`` with each demand made of a person after a semicolon a part of its own."""
    out: list[Part] = []
    for part in parts:
        pieces = [p.strip(" ;") for p in _DEMAND.split(part.text)]
        if len(pieces) == 1 or not all(pieces):
            out.append(part)
            continue
        cut = part.full.find(pieces[1])
        first_full = part.full[:cut].rstrip(" ;") if cut > 0 else pieces[0]
        out.append(replace(part, text=pieces[0], full=first_full, escalation=None))
        out += [Part(p, subject=part.subject, force=part.force) for p in pieces[1:]]
        out[-1].escalation = part.escalation
    return out
