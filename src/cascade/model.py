"""The domain model: organisations, documents, obligations, deadlines, events.

Pure pydantic, no I/O. Two layers:

* the *file* layer (``CascadeFile``) mirrors what people write in YAML: groups
  may stand where an organisation is expected, and one obligation clause may be
  addressed to a group;
* the *expanded* layer (``Cascade``) is what the rest of the library works on:
  every group addressee expanded to one obligation per member, every reference
  checked. :func:`cascade.files.loader.expand` turns the first into the second.

All text is NFC-normalised on the way in, so comparisons and output keep
Vietnamese diacritics exactly.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Any, Literal, NamedTuple

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    WithJsonSchema,
    model_validator,
)

from cascade.boundary.untrusted import INVISIBLE
from cascade.clock import instant_us
from cascade.errors import EventConflictError, Position

FORMAT_VERSION = "cascade/1"


_NORMAL: dict[str, str] = {}  # non-ASCII text as given -> normalised: once per distinct text
_NORMAL_MAX = 200_000


def _nfc(value: Any) -> Any:
    if value.__class__ is str:  # the common case first: it runs for every text of a cascade
        if value.isascii():
            return value.strip()
        # a cascade repeats its texts (actions, names): each is normalised once, and the
        # copies share one string (a million obligations' actions in one object each)
        normal = _NORMAL.get(value)
        if normal is None:
            if len(_NORMAL) >= _NORMAL_MAX:
                _NORMAL.clear()
            normal = _NORMAL[value] = unicodedata.normalize("NFC", value).strip()
        return normal
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).strip()
    return value


Text = Annotated[str, BeforeValidator(_nfc)]
"""A string normalised to NFC with surrounding white space removed."""

Id = Annotated[
    str,
    # constraints before the validator: pydantic then checks them in its core, not in Python
    # (the validator still runs first, so the normalised text is what is checked)
    Field(min_length=1, max_length=200, pattern=rf"^[^\s,;{INVISIBLE}]+$"),
    BeforeValidator(_nfc),
]
"""An identifier of something in a cascade: no spaces, commas, semicolons or invisible
characters (controls, zero-width and bidirectional formatting)."""


def _no_number(value: Any) -> Any:
    # pydantic would take 1740787200 as seconds since 1970: a date is written as a date
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError("a date is written YYYY-MM-DD, not as a number")
    return value


Day = Annotated[dt.date, BeforeValidator(_no_number)]
"""A calendar day written as ``YYYY-MM-DD`` (never a Unix number)."""

Moment = Annotated[dt.datetime, BeforeValidator(_no_number)]
"""A date and time written in ISO 8601 (never a Unix number)."""


_LIFECYCLE_NAME = re.compile(r"\w[\w-]*(?:\.[\w-]+)*")


def _lifecycle_name(value: str) -> str:
    # a lifecycle is looked up as lifecycles/NAME.yaml: a name must never be a path
    if not _LIFECYCLE_NAME.fullmatch(value):
        raise ValueError(
            f"{value!r} is not a lifecycle name (letters, digits, '-', '_' and inner dots; "
            "no '/' or '..')"
        )
    return value


LifecycleName = Annotated[str, BeforeValidator(_nfc), AfterValidator(_lifecycle_name)]
"""The name of a lifecycle: ``default``, ``eoffice``; never a path."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


# --- organisations -------------------------------------------------------


class Level(_Model):
    """A level of the administrative hierarchy; levels are data, not code."""

    id: Id
    name: Text
    name_en: Text | None = None
    rank: int = Field(description="0 for the top (central), larger is lower")


class Organisation(_Model):
    """A body that issues documents or holds obligations."""

    id: Id
    name: Text
    name_en: Text | None = None
    short_names: tuple[Text, ...] = Field(
        default=(), description="abbreviations and aliases, e.g. 'UBND tỉnh', 'Sở TT&TT'"
    )
    kind: Text = Field(
        description="e.g. party_committee, people_committee, department, office, press, "
        "mass_organisation, portal, unit"
    )
    level: Id | None = None
    parent: Id | None = Field(default=None, description="the body it is subordinate to")
    valid_from: Day | None = None
    valid_until: Day | None = Field(default=None, description="last day it exists")
    successors: tuple[Id, ...] = Field(
        default=(), description="bodies that take over its obligations after valid_until"
    )
    note: Text | None = None

    def valid_on(self, day: dt.date) -> bool:
        """Whether the organisation exists on ``day``."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return not (self.valid_until is not None and day > self.valid_until)


class Group(_Model):
    """A named set of organisations addressed together ('UBND các huyện, thành phố')."""

    id: Id
    name: Text
    name_en: Text | None = None
    members: tuple[Id, ...]


# --- documents -----------------------------------------------------------


class Purpose(StrEnum):
    """Why a body is on a document's distribution list ('Nơi nhận')."""

    ADDRESSEE = "addressee"  # "Như trên": the addressees
    REPORT = "report"  # "(b/c)": the report line goes there
    CARRY_OUT = "carry_out"  # "(để t/h)"
    COORDINATE = "coordinate"  # "(để p/h c/đ)"
    INFORMATION = "information"  # plain copy
    FILING = "filing"  # "Lưu: VT, ..."


class Urgency(StrEnum):
    """Urgency marks printed on a document."""

    KHAN = "khan"  # KHẨN
    THUONG_KHAN = "thuong_khan"  # THƯỢNG KHẨN
    HOA_TOC = "hoa_toc"  # HỎA TỐC


class Relation(StrEnum):
    """How a document rests on another."""

    BASED_ON = "based_on"  # "Căn cứ ..."
    IMPLEMENTS = "implements"  # "Thực hiện ..."
    CITES = "cites"  # mentioned in the body
    AMENDS = "amends"


class Signer(_Model):
    """Who signed, and under which stacked markers ('KT. GIÁM ĐỐC' / 'PHÓ GIÁM ĐỐC')."""

    name: Text | None = None
    title: Text | None = None
    markers: tuple[Text, ...] = Field(
        default=(),
        description="signing markers top down, e.g. ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH']",
    )


class Basis(_Model):
    """A document this one rests on."""

    document: Id
    relation: Relation = Relation.BASED_ON
    section: Text | None = Field(default=None, description="e.g. 'Mục II' when only part is cited")


class Distribution(_Model):
    """One entry of the 'Nơi nhận' list."""

    recipient: Id | None = Field(default=None, description="an organisation or group id")
    text: Text | None = Field(
        default=None, description="the entry as printed, e.g. 'Lưu: VT, TTBCXB'"
    )
    purpose: Purpose
    copies: int | None = Field(default=None, ge=1)


class RollupPolicy(_Model):
    """How many child obligations must be reported before their parent may be.

    ``all`` every child, ``any`` at least one, ``k_of_n`` at least ``k``,
    ``none`` no condition.
    """

    mode: Literal["all", "any", "k_of_n", "none"] = "all"
    k: int | None = Field(default=None, ge=1)


class Document(_Model):
    """An official document: a plan, dispatch, decision, resolution ..."""

    id: Id
    identifier: Text = Field(description="'251-KH/TU', '12724/VP-KGVX', draft '/STTTT-TTBCXB'")
    kind: Text = Field(
        description="plan, dispatch, decision, resolution, directive, programme, ..."
    )
    title: Text | None = Field(default=None, description="e.g. 'Kế hoạch', 'Công văn'")
    issuer: Id
    on_behalf_of: Id | None = Field(
        default=None,
        description="the body whose authority it carries (an office for its committee)",
    )
    drafting_unit: Text | None = None
    date: Day | None = Field(default=None, description="blank in a draft")
    year: int | None = Field(default=None, description="the year when only it is known")
    place: Text | None = None
    subject: Text | None = None
    signer: Signer | None = None
    urgency: Urgency | None = None
    rests_on: tuple[Basis, ...] = ()
    attachments: tuple[Id, ...] = ()
    addressees: tuple[Id, ...] = Field(
        default=(), description="'Kính gửi': organisations or groups"
    )
    distribution: tuple[Distribution, ...] = ()
    rollup: RollupPolicy | None = Field(
        default=None, description="when an obligation cascaded by this document may be reported"
    )
    note: Text | None = None


# --- deadlines -----------------------------------------------------------


class AbsoluteDeadline(_Model):
    """'trước ngày 15/12/2025'."""

    kind: Literal["absolute"] = "absolute"
    due: Day
    text: Text | None = None


class PeriodDeadline(_Model):
    """'quý II/2020': due at the end of the period."""

    kind: Literal["period"] = "period"
    start: Day
    end: Day
    text: Text | None = None


class CycleDue(_Model):
    """One cycle of a recurring deadline due on another day ('riêng năm 2020 … quý II')."""

    period: str = Field(
        pattern=r"^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$",
        description="the cycle: '2020' (yearly), '2020-Q2' (quarterly), '2020-05' (monthly)",
    )
    due: Day = Field(description="its due day, within its period")
    text: Text | None = None


class RecurringDeadline(_Model):
    """'định kỳ hằng năm, trước ngày 15/11': every cycle is due on its own.

    Cycles run from ``start`` (default: the document's date) to ``end``; each is due
    on ``day`` (of ``month``) of its period, or on the day an entry of ``overrides``
    gives it ("hằng năm; riêng năm 2020 hoàn thành trong quý II").
    """

    kind: Literal["recurring"] = "recurring"
    every: Literal["year", "quarter", "month"] = "year"
    month: int | None = Field(default=None, ge=1, le=12)
    day: int = Field(ge=1, le=31)
    start: Day | None = None
    end: Day | None = Field(default=None, description="no cycle is due after this day")
    overrides: tuple[CycleDue, ...] = Field(
        default=(), description="cycles due on another day than the rule gives"
    )
    text: Text | None = None

    @model_validator(mode="after")
    def _overrides_fit(self) -> RecurringDeadline:
        for override in self.overrides:
            parts = override.period.split("-")
            shape = "year" if len(parts) == 1 else ("quarter" if parts[1][0] == "Q" else "month")
            if shape != self.every:
                raise ValueError(
                    f"cycle {override.period!r} is not a {self.every}: a deadline due every "
                    f"{self.every} names its cycles like "
                    + {"year": "'2020'", "quarter": "'2020-Q2'", "month": "'2020-05'"}[self.every]
                )
            if override.due.year != int(parts[0]):
                raise ValueError(
                    f"cycle {override.period!r} is due in its own year, not on {override.due}"
                )
        return self


class OnDemandDeadline(_Model):
    """'báo cáo đột xuất khi có yêu cầu': due only once requested, ``days`` after each request.

    A request is an event (the lifecycle's ``request`` trigger, by the issuer or the
    body reported to); each request is a cycle of its own, settled by the next report.
    """

    kind: Literal["on_demand"] = "on_demand"
    days: int = Field(default=0, ge=0, description="days allowed after each request")
    text: Text | None = None


class EventDeadline(_Model):
    """'đến Đại hội XIV', 'sau khi có hướng dẫn của Bộ': due when a milestone is recorded."""

    kind: Literal["event"] = "event"
    milestone: Id
    offset_days: int = Field(
        default=0, ge=-36_525, le=36_525, description="days allowed after the milestone"
    )
    text: Text | None = None


class ContinuousDeadline(_Model):
    """'thường xuyên': no due date, never overdue."""

    kind: Literal["continuous"] = "continuous"
    text: Text | None = None


Deadline = Annotated[
    AbsoluteDeadline
    | PeriodDeadline
    | RecurringDeadline
    | EventDeadline
    | ContinuousDeadline
    | OnDemandDeadline,
    Field(discriminator="kind"),
]


class Milestone(_Model):
    """A named event that event deadlines refer to ('Đại hội XIV của Đảng')."""

    id: Id
    name: Text
    name_en: Text | None = None
    date: Day | None = Field(default=None, description="when it happened, if already known")


# --- obligations ---------------------------------------------------------


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


# --- events --------------------------------------------------------------


class Event(_Model):
    """An immutable change to one obligation; the history is a list of these.

    ``milestone`` events record that a milestone happened (``obligation`` and
    ``trigger`` are then empty).
    """

    id: Id
    obligation: Id | None = None
    trigger: Id | None = None
    actor: Id
    at: Moment
    note: Text | None = None
    evidence: Text | None = None
    milestone: Id | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Event:
        if self.milestone is not None:
            if self.obligation is not None or self.trigger is not None:
                raise ValueError("a milestone event has no obligation or trigger")
        elif self.obligation is None or self.trigger is None:
            raise ValueError("an event needs an obligation and a trigger (or a milestone)")
        return self

    def content(self) -> EventContent:
        """What the event says, all but its id."""
        return EventContent(
            self.obligation, self.trigger, self.actor, self.note, self.evidence,
            self.milestone, instant_us(self.at), self.at.isoformat(),
        )  # fmt: skip


class EventContent(NamedTuple):
    """What an event says, all but its id: the one definition of "the same event".

    An event id names one event. Met again with the same content, it is the same
    event (recording it again changes nothing); with any other content it is
    refused, by the engine and by every store alike. The time counts as an
    instant (``at_us``), not as written: 09:00+07:00 and 02:00Z are the same.
    """

    obligation: str | None
    trigger: str | None
    actor: str
    note: str | None
    evidence: str | None
    milestone: str | None
    at_us: int  # microseconds since the epoch
    at: str  # as written, for messages only

    def difference(self, new: EventContent) -> str | None:
        """What ``new`` says otherwise than this earlier content; None when it is the same."""
        for name in ("obligation", "trigger", "actor", "note", "evidence", "milestone"):
            before, now = getattr(self, name), getattr(new, name)
            if before != now:
                return f"{name} {before!r} before, {now!r} now"
        if self.at_us != new.at_us:
            return f"at {self.at} before, {new.at} now"
        return None

    def check_reuse(self, event_id: str, new: EventContent, where: Position | None = None) -> None:
        """Refuse ``new`` under ``event_id``, already given to this content, unless the same."""
        difference = self.difference(new)
        if difference is not None:
            raise EventConflictError(event_id, difference, where)


# --- amendments ----------------------------------------------------------


class _Change(_Model):
    """What every amendment has: an id, the amending document, and when it takes effect."""

    id: Id
    document: Id = Field(
        description="the amending document (a follow-up dispatch, a decision, a resolution)"
    )
    effective: Day | None = Field(
        default=None,
        description="the first day the change is in force; defaults to the document's date",
    )
    note: Text | None = None


class Extension(_Change):
    """'Gia hạn': the issuer grants obligations a new deadline."""

    kind: Literal["extend"] = "extend"
    obligations: tuple[Id, ...] = Field(
        min_length=1, description="obligation ids; a group clause's id stands for every copy"
    )
    deadline: Deadline = Field(description="the deadline from the effective day on")


class Addition(_Change):
    """A later document adds obligations: they are in force from its effective day."""

    kind: Literal["add"] = "add"
    obligations: tuple[Id, ...] = Field(
        min_length=1, description="obligations declared under 'obligations' that it creates"
    )


class Withdrawal(_Change):
    """A later document withdraws obligations: open ones are closed from its effective day."""

    kind: Literal["withdraw"] = "withdraw"
    obligations: tuple[Id, ...] = Field(min_length=1)


class Reassignment(_Change):
    """A decision gives obligations another lead (and, if named, other coordinators)."""

    kind: Literal["reassign"] = "reassign"
    obligations: tuple[Id, ...] = Field(min_length=1)
    lead: Id = Field(description="the new lead")
    coordinators: tuple[Id, ...] | None = Field(
        default=None, description="the new coordinators; unchanged when left out"
    )


class Transfer(_Change):
    """An organisation's obligations pass to successors (a merger, a body abolished).

    Every obligation the organisation holds on the effective day (as lead,
    coordinator or report line) passes to one successor: the one ``mapping``
    names for it (by obligation id or clause id), else the one the ``rule``
    finds, else ``successor``. The history stays: who held it before, and whose
    report completed it.
    """

    kind: Literal["transfer"] = "transfer"
    organisation: Id = Field(description="the body whose obligations pass on")
    successor: Id | None = Field(
        default=None, description="the successor of every obligation not mapped otherwise"
    )
    mapping: dict[Id, Id] = Field(
        default_factory=dict, description="obligation or clause id -> its successor"
    )
    rule: Literal["concerns"] | None = Field(
        default=None,
        description="'concerns': the successor of the organisation the obligation concerns "
        "(its 'concerns' field), among that organisation's successors",
    )

    @model_validator(mode="after")
    def _names_a_successor(self) -> Transfer:
        if self.successor is None and not self.mapping and self.rule is None:
            raise ValueError("a transfer needs a 'successor', a 'mapping' or a 'rule'")
        return self


class LifecycleMigration(_Change):
    """Running obligations move to another lifecycle, each state mapped to a state of it."""

    kind: Literal["migrate"] = "migrate"
    lifecycle: Id = Field(description="the lifecycle in force from the effective day")
    states: dict[Id, Id] = Field(
        default_factory=dict,
        description="old state -> new state; a state the new lifecycle also has maps to itself",
    )
    definition: dict[str, Any] | None = Field(
        default=None,
        description="the lifecycle's definition itself (a store keeps it here, so that the "
        "history replays without the file); else it is found by name, as the cascade's is",
    )


Amendment = Annotated[
    Extension | Addition | Withdrawal | Reassignment | Transfer | LifecycleMigration,
    Field(discriminator="kind"),
]


# --- the cascade ---------------------------------------------------------


class CascadeInfo(_Model):
    """Header of a cascade file."""

    id: Id
    title: Text
    title_en: Text | None = None
    lifecycle: LifecycleName = "default"
    source: Text | None = Field(default=None, description="where the cascade was taken from")


class CascadeFile(_Model):
    """A cascade as written in a file (groups not yet expanded)."""

    format: Literal["cascade/1"] = Field(description="format version")
    cascade: CascadeInfo
    levels: tuple[Level, ...] = ()
    organisations: tuple[Organisation, ...]
    groups: tuple[Group, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    documents: tuple[Document, ...]
    obligations: tuple[Obligation, ...] = ()
    amendments: tuple[Amendment, ...] = Field(
        default=(), description="dated changes: extensions, additions, withdrawals, transfers"
    )


class Cascade(_Model):
    """A checked cascade with every group addressee expanded: what the library works on."""

    format: Literal["cascade/1"] = "cascade/1"
    cascade: CascadeInfo
    levels: tuple[Level, ...] = ()
    organisations: tuple[Organisation, ...]
    groups: tuple[Group, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    documents: tuple[Document, ...]
    obligations: tuple[Obligation, ...] = ()
    amendments: tuple[Amendment, ...] = ()

    _indexes: dict[str, dict[str, Any]] = PrivateAttr(default_factory=dict)

    def organisation(self, org_id: str) -> Organisation:
        """The organisation with ``org_id``; KeyError if none."""
        found: Organisation = self._index("organisations")[org_id]
        return found

    def document(self, doc_id: str) -> Document:
        """The document with ``doc_id``; KeyError if none."""
        found: Document = self._index("documents")[doc_id]
        return found

    def obligation(self, obligation_id: str) -> Obligation:
        """The obligation with ``obligation_id``; KeyError if none."""
        found: Obligation = self._index("obligations")[obligation_id]
        return found

    def report_to(self, obligation: Obligation) -> str:
        """Who ``obligation`` reports to: its own ``report_to`` or its document's issuer."""
        return obligation.report_to or self.document(obligation.document).issuer

    def report_lines(self, obligation: Obligation) -> list[ReportLine]:
        """Every line ``obligation`` reports on: the first (``report_to``, ``via``), then
        ``also_report_to``."""
        first = ReportLine(to=self.report_to(obligation), via=obligation.via)
        return [first, *obligation.also_report_to]

    def narrowed(self, kept: Iterable[int] | None) -> Cascade:
        """This cascade with only the obligations at the positions ``kept`` (all: itself).

        Documents, organisations and groups stay whole; an obligation whose parent was
        left out keeps its ``implements`` reference (a filter, not a new cascade).
        """
        if kept is None:
            return self
        obligations = self.obligations
        narrowed = self.model_copy(update={"obligations": tuple(obligations[o] for o in kept)})
        narrowed._indexes = {}  # the copy would share this one's look-up tables
        return narrowed

    def _index(self, field: str) -> dict[str, Any]:
        if field not in self._indexes:
            self._indexes[field] = {item.id: item for item in getattr(self, field)}
        return self._indexes[field]
