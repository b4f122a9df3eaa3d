"""Organisations and groups no part of the draft refers to, dropped before it is written.

Reading names registers every body a sentence seems to name, and a sentence found later to
give no work (a form's field "Các tên khác (nếu có): …", a courtesy "Bộ Nội vụ trân trọng
cảm ơn …", a lead-in whose items went elsewhere) leaves its body behind: an organisation no
obligation, document, group or other organisation refers to, and often a review note on
it. A cascade lists the bodies it relates; such leftovers are noise for the reader.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def drop_unreferenced(data: dict[str, Any]) -> None:
    """Remove from ``data`` the organisations and groups nothing else in it refers to."""
    orgs = {org["id"]: org for org in data["organisations"]}
    groups = {group["id"]: group for group in data["groups"]}
    rest = {key: value for key, value in data.items() if key not in {"organisations", "groups"}}
    wanted = {value for value in _strings(rest) if value in orgs or value in groups}
    queue = list(wanted)
    while queue:  # what a kept body or group refers to is kept too (parents, members)
        ident = queue.pop()
        item = orgs.get(ident) or groups.get(ident) or {}
        for value in _strings(item):
            if (value in orgs or value in groups) and value not in wanted:
                wanted.add(value)
                queue.append(value)
    data["organisations"] = [org for org in data["organisations"] if org["id"] in wanted]
    data["groups"] = [group for group in data["groups"] if group["id"] in wanted]


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)
