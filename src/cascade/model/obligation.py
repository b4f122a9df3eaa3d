"""Obligations: one organisation's duty under a document, with its force, deadline and
report lines; and the four buckets progress is counted in."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    Field,
    WithJsonSchema,
    model_validator,
)

from cascade.model.deadline import ContinuousDeadline, Deadline
from cascade.model.values import Id, Text, _Model


class Force(StrEnum):
    """Whether the issuer may command the assignee."""

    ASSIGN = "assign"  # "Giao": to a subordinate
    REQUEST = "request"  # "Đề nghị": to a body that is not subordinate


class Bucket(StrEnum):
    """The four buckets of the Government Office's task tracking (Decision 42/2014/QĐ-TTg),
    in the order its reports list them.

    An obligation that is cancelled or superseded counts in none of them (it is
    counted apart, as closed).
    """

    COMPLETED_ON_TIME = "completed_on_time"  # hoàn thành đúng hạn
    COMPLETED_LATE = "completed_late"  # hoàn thành quá hạn
    OPEN_WITHIN_DEADLINE = "open_within_deadline"  # chưa hoàn thành, trong hạn
    OVERDUE = "overdue"  # chưa hoàn thành, quá hạn

    @property
    def done(self) -> bool:
        """Completed (reported), on time or late."""
        return self in (Bucket.COMPLETED_ON_TIME, Bucket.COMPLETED_LATE)

    @property
    def labels(self) -> tuple[str, str]:
        """The bucket's name as the Decision words it, in Vietnamese and English."""
        return _BUCKET_LABELS[self]


_BUCKET_LABELS = {
    Bucket.COMPLETED_ON_TIME: ("Hoàn thành đúng hạn", "Completed on time"),
    Bucket.COMPLETED_LATE: ("Hoàn thành quá hạn", "Completed late"),
    Bucket.OPEN_WITHIN_DEADLINE: ("Chưa hoàn thành, trong hạn", "Not completed, within deadline"),
    Bucket.OVERDUE: ("Chưa hoàn thành, quá hạn", "Not completed, overdue"),
}


class ReportLine(_Model):
    """A body a report goes to, and the intermediate it routes through ('qua Cục Báo chí')."""

    to: Id
    via: Id | None = None


def _report_lines(data: Any) -> Any:
    """``report_to`` written as a list ('báo cáo về Bộ LĐTBXH, UBND tỉnh') split into the
    first line (``report_to``, ``via``) and the others (``also_report_to``)."""
    if not isinstance(data, dict) or not isinstance(data.get("report_to"), list):
        return data
    lines = [{"to": line} if isinstance(line, str) else line for line in data["report_to"]]
    if not lines:
        return {**data, "report_to": None}
    first, *rest = lines
    out = {**data, "report_to": first.get("to") if isinstance(first, dict) else first}
    if isinstance(first, dict) and first.get("via") is not None:
        if data.get("via") is not None:
            raise ValueError(
                "give the first report line's intermediate once: in the list or as 'via'"
            )
        out["via"] = first["via"]
    if rest:
        out["also_report_to"] = [*rest, *(data.get("also_report_to") or [])]
    return out


_REPORT_TO_SCHEMA = {
    "anyOf": [
        {"type": "string"},
        {"type": "null"},
        {
            "type": "array",
            "items": {
                "anyOf": [
                    {"type": "string"},
                    {
                        "type": "object",
                        "properties": {"to": {"type": "string"}, "via": {"type": "string"}},
                        "required": ["to"],
                        "additionalProperties": False,
                    },
                ]
            },
        },
    ],
    "default": None,
    "description": "defaults to the document's issuer; a list gives several report lines "
    "('báo cáo về Bộ LĐTBXH, UBND tỉnh'), each an id or {to, via}",
}


class Obligation(_Model):
    """One 'you must do X' held by one organisation towards the issuer.

    In a file, ``lead`` may name a group: the clause then expands to one
    obligation per member, each with id ``<id>@<member>``. ``report_to`` may be a
    list: the first line is kept in ``report_to`` (and ``via``), the others in
    ``also_report_to``.
    """

    _lines = model_validator(mode="before")(_report_lines)

    id: Id
    document: Id
    clause: Text | None = Field(default=None, description="where in the document, e.g. '1, ý 2'")
    lead: Id = Field(description="the lead assignee ('chủ trì'); the only one who reports")
    coordinators: tuple[Id, ...] = Field(default=(), description="'phối hợp'")
    force: Force = Force.ASSIGN
    action: Text
    deadline: Deadline = Field(default_factory=ContinuousDeadline)
    report_to: Annotated[Id | None, WithJsonSchema(_REPORT_TO_SCHEMA)] = None
    via: Id | None = Field(default=None, description="an intermediate the report routes through")
    also_report_to: tuple[ReportLine, ...] = Field(
        default=(), description="further report lines, each with its own intermediate"
    )
    implements: Id | None = Field(default=None, description="the parent obligation in the cascade")
    concerns: Id | None = Field(
        default=None,
        description="the organisation (a commune, a unit) whose area the work concerns; "
        "a transfer by rule 'concerns' follows it",
    )
    state: Id | None = Field(default=None, description="defaults to the lifecycle's initial state")
    template: Id | None = Field(
        default=None, description="expanded layer only: the clause id a group expanded from"
    )
    note: Text | None = None
