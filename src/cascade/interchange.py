"""The canonical JSON interchange format and the JSON Schemas.

:func:`to_interchange` gives the fully expanded cascade as plain data: the
format other tools build on (documented in ``docs/interchange.md``). Keys are
stable; obligations carry ``assignee`` (the lead), ``parent`` (the obligation
they implement) and ``state``. :func:`file_schema` is the JSON Schema of
cascade files, Draft-07 compatible so YAML editors can use it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from cascade.model import Cascade, CascadeFile, Obligation

INTERCHANGE_VERSION = "cascade-interchange/1"
DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def to_interchange(
    cascade: Cascade, states: Mapping[str, str] | None = None, initial_state: str = "assigned"
) -> dict[str, Any]:
    """The canonical, fully expanded cascade as JSON-ready data.

    ``states`` maps obligation ids to their current state (from the engine);
    an obligation not in it has its written state or ``initial_state``.
    """
    states = states or {}
    return {
        "format": INTERCHANGE_VERSION,
        "cascade": _dump(cascade.cascade),
        "levels": [_dump(level) for level in cascade.levels],
        "organisations": [_dump(org) for org in cascade.organisations],
        "groups": [_dump(group) for group in cascade.groups],
        "milestones": [_dump(m) for m in cascade.milestones],
        "documents": [_dump(doc) for doc in cascade.documents],
        "obligations": [
            _obligation(cascade, ob, states.get(ob.id) or ob.state or initial_state)
            for ob in cascade.obligations
        ],
    }


def dumps(data: Any) -> str:
    """JSON text as the project writes it: UTF-8 characters kept, sorted nowhere, indented."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _obligation(cascade: Cascade, ob: Obligation, state: str) -> dict[str, Any]:
    return {
        "id": ob.id,
        "document": ob.document,
        "clause": ob.clause,
        "assignee": ob.lead,
        "coordinators": list(ob.coordinators),
        "force": ob.force.value,
        "action": ob.action,
        "deadline": _dump(ob.deadline),
        "report_to": cascade.report_to(ob),
        "via": ob.via,
        "parent": ob.implements,
        "template": ob.template,
        "state": state,
    }


def _dump(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude_none=True, exclude_defaults=False)


def file_schema() -> dict[str, Any]:
    """JSON Schema (Draft-07) of a cascade file."""
    schema = CascadeFile.model_json_schema(ref_template="#/definitions/{model}")
    return _draft07(schema, "Cascade file", "A directive cascade, as written by people.")


def _draft07(schema: dict[str, Any], title: str, description: str) -> dict[str, Any]:
    definitions = schema.pop("$defs", {})
    _strip_discriminators(schema)
    _strip_discriminators(definitions)
    return {
        "$schema": DRAFT_07,
        "$id": "https://directive-cascade.invalid/schema/cascade-1.json",
        **{**schema, "title": title, "description": description},
        "definitions": definitions,
    }


def _strip_discriminators(node: Any) -> None:
    # "discriminator" is an OpenAPI keyword; Draft-07 validators ignore it, editors may not
    if isinstance(node, dict):
        node.pop("discriminator", None)
        for value in node.values():
            _strip_discriminators(value)
    elif isinstance(node, list):
        for value in node:
            _strip_discriminators(value)
