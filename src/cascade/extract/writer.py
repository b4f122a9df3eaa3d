"""Writing a draft cascade as YAML (the project's file format) or JSON.

The YAML starts with a ``# yaml-language-server: $schema=…`` line so editors validate it,
then a comment listing every review marker. The markers themselves live in ``note``
fields that start with ``REVIEW:``, so they survive loading and ``grep REVIEW`` finds
them. Keys keep the model's order; defaults are left out. An obligation that assigns work
to a body not known to be subordinate carries ``# cascade: disable=CAS401`` after its id,
beside its review note (JSON has no comments: there the validator reports it).

libyaml writes the text (the pure-Python writers took a third of a large decree's
``cascade extract``); it cannot indent a list under its key nor write a comment, so both
are done after, at the lines its own parser marks.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

import yaml

from cascade.extract.extraction import Extraction
from cascade.model import CascadeFile

SCHEMA_LINE = "# yaml-language-server: $schema=cascade.schema.json"

_FLOW_KEYS = {"members", "short_names", "markers", "attachments", "addressees", "coordinators"}


class _Flow(list[str]):
    """A short list of ids, written on one line ('[a, b]')."""


class _Dumper(yaml.CSafeDumper):
    pass


_Dumper.add_representer(
    _Flow, lambda dumper, ids: dumper.represent_sequence("tag:yaml.org,2002:seq", ids, True)
)


def _text(dumper: _Dumper, text: str) -> yaml.ScalarNode:
    # a note quoting a name reads better in double quotes than with its quotes doubled
    style = '"' if "'" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _text)


def to_data(cascade: CascadeFile) -> dict[str, Any]:
    """The draft as plain data: JSON types, no None, no empty lists, no defaults."""
    data = cascade.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    data["format"] = cascade.format
    # keep the keys a reader expects even when they equal the default
    for org, dumped in zip(cascade.organisations, data["organisations"], strict=True):
        dumped["kind"] = org.kind
    for ob, dumped in zip(cascade.obligations, data.get("obligations", []), strict=True):
        dumped["force"] = ob.force.value
        deadline = ob.deadline.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
        dumped["deadline"] = {"kind": ob.deadline.kind, **deadline}
    for doc, dumped in zip(cascade.documents, data["documents"], strict=True):
        for basis, out in zip(doc.rests_on, dumped.get("rests_on", []), strict=True):
            out["relation"] = basis.relation.value
    ordered = {key: data[key] for key in CascadeFile.model_fields if key in data}
    return ordered


def dumps_yaml(extraction: Extraction) -> str:
    """The draft as YAML text, schema line and review summary first."""
    data = _plain(to_data(extraction.cascade))
    body = yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=92,  # lists are indented after: lines stay near 100 characters
    )
    body = _laid_out(body, extraction.suppressed)
    header = [SCHEMA_LINE, "#", f"# Draft extracted by {extraction.cascade.cascade.source}."]
    if extraction.reviews:
        header.append(
            f"# {len(extraction.reviews)} item(s) need review: their `note` starts with REVIEW:"
        )
        header += [f"#   - {review}" for review in extraction.reviews]
    else:
        header.append("# Nothing flagged for review.")
    return "\n".join(header) + "\n" + body


def _laid_out(body: str, suppressed: Mapping[str, tuple[str, ...]]) -> str:
    """Each block list indented two columns under its key, as the project's files are,
    and '# cascade: disable=CAS401' after the id of each obligation whose doubt is a
    review note (the comment silences the rule for the whole obligation)."""
    lines = body.split("\n")
    shift = [0] * len(lines)
    comments: dict[int, str] = {}
    root = yaml.compose(body, Loader=yaml.CSafeLoader)
    stack: list[yaml.Node] = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if not isinstance(node, yaml.MappingNode):
            stack.extend(node.value if isinstance(node, yaml.SequenceNode) else ())
            continue
        for key, value in node.value:
            if isinstance(value, yaml.SequenceNode) and not value.flow_style:
                for line in range(value.start_mark.line, value.end_mark.line):
                    shift[line] += 2  # libyaml writes a key's list at the key's column
            if key.value == "obligations" and node is root:
                comments = _suppression_lines(value, suppressed)
            stack.append(value)
    for line, comment in comments.items():
        lines[line] += f"  # {comment}"
    return "\n".join(" " * n + text if text else text for n, text in zip(shift, lines, strict=True))


def _suppression_lines(
    obligations: yaml.Node, suppressed: Mapping[str, tuple[str, ...]]
) -> dict[int, str]:
    found: dict[int, str] = {}
    for item in obligations.value if isinstance(obligations, yaml.SequenceNode) else ():
        for key, value in item.value if isinstance(item, yaml.MappingNode) else ():
            rules = suppressed.get(value.value) if key.value == "id" else None
            if rules:
                found[value.end_mark.line] = f"cascade: disable={','.join(rules)}"
    return found


def dumps_json(extraction: Extraction) -> str:
    """The draft as JSON text."""
    return json.dumps(to_data(extraction.cascade), ensure_ascii=False, indent=2) + "\n"


def _plain(node: Any, key: str | None = None) -> Any:
    """Plain data as it is written: dates as dates (unquoted), short lists of ids in flow
    style ('[a, b]')."""
    if isinstance(node, dict):
        return {k: _plain(v, k) for k, v in node.items()}
    if isinstance(node, list):
        if key in _FLOW_KEYS and all(isinstance(v, str) for v in node):
            return _Flow(node)
        return [_plain(v) for v in node]
    if isinstance(node, str):
        try:
            return dt.date.fromisoformat(node) if len(node) == 10 and node[4] == "-" else node
        except ValueError:
            return node
    return node
