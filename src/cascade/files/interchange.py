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

from pydantic import BaseModel, ConfigDict, Field

from cascade.model import (
    Cascade,
    CascadeFile,
    CascadeInfo,
    Deadline,
    Document,
    Group,
    Level,
    Milestone,
    Obligation,
    Organisation,
)

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


class InterchangeObligation(BaseModel):
    """One obligation in the interchange format (groups already expanded)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    document: str = Field(description="id of the document that creates it")
    clause: str | None = None
    assignee: str = Field(description="organisation id of the lead assignee")
    coordinators: list[str] = Field(description="organisation ids")
    force: str = Field(description="'assign' (giao) or 'request' (đề nghị)")
    action: str
    deadline: Deadline
    report_to: str = Field(description="organisation id the report goes to")
    via: str | None = Field(default=None, description="intermediate the report routes through")
    parent: str | None = Field(description="id of the obligation it implements")
    template: str | None = Field(default=None, description="clause id a group expanded from")
    state: str = Field(description="current lifecycle state")


class Interchange(BaseModel):
    """The canonical JSON of a cascade: what ``cascade export --format json`` writes."""

    model_config = ConfigDict(extra="forbid")

    format: str = Field(description=f"always {INTERCHANGE_VERSION!r}")
    cascade: CascadeInfo
    levels: list[Level]
    organisations: list[Organisation]
    groups: list[Group]
    milestones: list[Milestone]
    documents: list[Document]
    obligations: list[InterchangeObligation]


def interchange_schema() -> dict[str, Any]:
    """JSON Schema (Draft-07) of the interchange format."""
    schema = Interchange.model_json_schema(
        ref_template="#/definitions/{model}", mode="serialization"
    )
    return _draft07(
        schema, "cascade interchange", "A fully expanded cascade, as exported.", "interchange-1"
    )


def file_schema() -> dict[str, Any]:
    """JSON Schema (Draft-07) of a cascade file."""
    schema = CascadeFile.model_json_schema(ref_template="#/definitions/{model}")
    return _draft07(
        schema, "Cascade file", "A directive cascade, as written by people.", "cascade-1"
    )


def _draft07(schema: dict[str, Any], title: str, description: str, name: str) -> dict[str, Any]:
    definitions = schema.pop("$defs", {})
    _strip_discriminators(schema)
    _strip_discriminators(definitions)
    return {
        "$schema": DRAFT_07,
        "$id": f"urn:directive-cascade:schema:{name}",
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
