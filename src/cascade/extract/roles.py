"""Who does a task and by when, said apart from its action: in labelled lines or a bracket.

A programme's item may be followed by labelled lines ("Cơ quan thực hiện: X chủ trì, phối
hợp với Y", "Thời gian thực hiện: …"); the labels also cover earlier items of the same list
that have none of their own (items 3.1–3.4 above one label). :func:`label_blocks` groups
them.

Plans also close each task with its roles and time in brackets instead of labelled lines:

    a. Rà soát cơ chế hỗ trợ doanh nghiệp (Sở Khoa học và Công nghệ chủ trì, phối hợp với
       Sở Tư pháp; hoàn thành trong quý II/2025).
    + Xây dựng Trung tâm dữ liệu (Cơ quan chủ trì: Sở X; Cơ quan phối hợp: Y; Thời gian:
      2025 - 2026).

:func:`split_role_bracket` separates the task from such a bracket and sorts the bracket's
parts into the agency ("X chủ trì, phối hợp với Y"), the coordinators and the time (which
may also say to whom the result goes: "trình Ủy ban nhân dân thành phố trong quý III/2025").
A bracket that names no lead ("(Kế hoạch số … gửi kèm)") is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cascade.extract.orgs import parse_org_list
from cascade.extract.units import Unit

_BRACKET = re.compile(r"\((?P<inner>[^()]*)\)\s*[.;]?\s*$")
_LEAD = re.compile(r"\bchủ\s+trì\b", re.IGNORECASE)
_LABEL = re.compile(
    r"^(?P<label>(?:cơ quan|đơn vị)(?:\s*,\s*(?:cơ quan|đơn vị))?\s+(?:chủ trì|thực hiện|phối hợp)"
    r"|thời gian(?:\s+(?:thực hiện|hoàn thành))?|thời hạn|tiến độ)\s*:\s*",
    re.IGNORECASE,
)


_GIVEN = re.compile(r"^\s*giao\s+(?=\S)", re.IGNORECASE)
_PARTNERS = re.compile(r"\bphối\s+hợp\s+với\s+\S", re.IGNORECASE)


def _more_partners(agency: str | None, part: str) -> bool:
    """True when ``part`` goes on with the bodies the agency works with: the agency ends
    with "phối hợp với Y" and the part names bodies, no time."""
    return (
        agency is not None
        and _PARTNERS.search(agency) is not None
        and not re.search(r"\d", part)
        and bool(parse_org_list(part)[0])
    )


@dataclass(frozen=True)
class RoleBracket:
    """A task's text without its bracket, and what the bracket says."""

    action: str
    agency: str
    coordinators: str | None = None
    time: str | None = None


def split_role_bracket(text: str) -> RoleBracket | None:
    """The task and its roles when ``text`` ends with a bracket naming a lead, else None."""
    match = _BRACKET.search(text)
    if match is None:
        return None
    inner = match.group("inner")
    given = _GIVEN.match(inner)
    if given is not None:
        inner = inner[given.end() :]  # "(Giao Công an tỉnh tham mưu)": the work handed over
    elif not _LEAD.search(inner):
        return None
    agency: str | None = None
    coordinators: str | None = None
    times: list[str] = []
    for part in (p.strip() for p in inner.split(";")):
        if not part:
            continue
        label = _LABEL.match(part)
        value = part[label.end() :].strip() if label else part
        kind = label.group("label").lower() if label else ""
        if "phối hợp" in kind:
            coordinators = value
        elif kind.startswith(("cơ quan", "đơn vị")) or (
            not kind and (_LEAD.search(part) or (given and agency is None))
        ):
            agency = agency or value
        elif not kind and coordinators is None and _more_partners(agency, part):
            coordinators = value  # "X chủ trì, phối hợp với Y; Z và … tham mưu"
        else:
            times.append(value)
    action = text[: match.start()].rstrip(" ,;")
    if agency is None or not action:
        return None
    return RoleBracket(action, agency, coordinators, "; ".join(times) or None)


@dataclass
class LabelBlock:
    """Items sharing the labelled lines below them, and those lines."""

    agency: Unit | None = None
    coordinators: Unit | None = None
    time: Unit | None = None
    content: Unit | None = None  # "a) Nhiệm vụ: …": what the task is, beside its heading
    items: list[Unit] = field(default_factory=list)


def label_blocks(units: list[Unit]) -> dict[int, LabelBlock]:
    """Items covered by 'Cơ quan thực hiện' / 'Thời gian thực hiện' labels."""
    blocks: dict[int, LabelBlock] = {}
    siblings: dict[int | None, list[Unit]] = {}
    for unit in units:
        siblings.setdefault(unit.parent, []).append(unit)
    for children in siblings.values():
        pending: list[Unit] = []
        for unit in children:
            if not unit.numbered:
                continue
            labels = [
                units[c]
                for c in unit.children
                if units[c].kind == "label" and units[c].label != "content"
            ]
            labels += [units[c] for c in unit.children if units[c].label == "content" and labels]
            has_items = any(units[c].numbered for c in unit.children)
            if not labels:
                pending = [] if has_items else [*pending, unit]
                continue
            block = LabelBlock(items=[*pending, unit])
            for label in labels:
                if label.label == "agency":
                    block.agency = label
                elif label.label == "coordinators":
                    block.coordinators = label
                elif label.label == "time":
                    block.time = label
                elif label.label == "content":
                    block.content = label
            for item in block.items:
                blocks[item.index] = block
            pending = []
    return blocks
