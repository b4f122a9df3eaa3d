"""Writing a draft cascade as YAML (the project's file format) or JSON.

The YAML starts with a ``# yaml-language-server: $schema=…`` line so editors validate it,
then a comment listing every review marker. The markers themselves live in ``note``
fields that start with ``REVIEW:``, so they survive loading and ``grep REVIEW`` finds
them. Keys keep the model's order; defaults are left out. An obligation that assigns work
to a body not known to be subordinate carries ``# cascade: disable=CAS401`` after its id,
beside its review note (JSON has no comments: there the validator reports it).
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Mapping
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from cascade.extract.extraction import Extraction
from cascade.model import CascadeFile

SCHEMA_LINE = "# yaml-language-server: $schema=cascade.schema.json"

_FLOW_KEYS = {"members", "short_names", "markers", "attachments", "addressees", "coordinators"}


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
    data = _commented(to_data(extraction.cascade))
    _suppress(data, extraction.suppressed)
    yaml = YAML()
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    out = io.StringIO()
    yaml.dump(data, out)
    header = [SCHEMA_LINE, "#", f"# Draft extracted by {extraction.cascade.cascade.source}."]
    if extraction.reviews:
        header.append(
            f"# {len(extraction.reviews)} item(s) need review: their `note` starts with REVIEW:"
        )
        header += [f"#   - {review}" for review in extraction.reviews]
    else:
        header.append("# Nothing flagged for review.")
    return "\n".join(header) + "\n" + out.getvalue()


def _suppress(data: CommentedMap, suppressed: Mapping[str, tuple[str, ...]]) -> None:
    """'# cascade: disable=CAS401' after the id of each obligation whose doubt is a review
    note (the comment silences the rule for the whole obligation)."""
    for ob in data.get("obligations", []):
        rules = suppressed.get(ob["id"])
        if rules:
            ob.yaml_add_eol_comment(f"cascade: disable={','.join(rules)}", "id")


def dumps_json(extraction: Extraction) -> str:
    """The draft as JSON text."""
    return json.dumps(to_data(extraction.cascade), ensure_ascii=False, indent=2) + "\n"


def _commented(node: Any, key: str | None = None) -> Any:
    """Plain data as ruamel nodes; short lists of ids in flow style ('[a, b]')."""
    if isinstance(node, dict):
        mapping = CommentedMap()
        for k, v in node.items():
            mapping[k] = _commented(v, k)
        return mapping
    if isinstance(node, list):
        seq = CommentedSeq(_commented(v) for v in node)
        if key in _FLOW_KEYS and all(isinstance(v, str) for v in node):
            seq.fa.set_flow_style()
        return seq
    if isinstance(node, str):
        try:
            return dt.date.fromisoformat(node) if len(node) == 10 and node[4] == "-" else node
        except ValueError:
            return node
    return node
