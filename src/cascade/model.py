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
import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Any, Literal, NamedTuple

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, model_validator

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
    Field(min_length=1, max_length=200, pattern=r"^[^\s,;]+$"),
    BeforeValidator(_nfc),
]
"""An identifier of something in a cascade: no spaces, commas or semicolons."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


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
    valid_from: dt.date | None = None
    valid_until: dt.date | None = Field(default=None, description="last day it exists")
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
    date: dt.date | None = Field(default=None, description="blank in a draft")
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


class RollupPolicy(_Model):
    """How many child obligations must be reported before their parent may be.

    ``all`` every child, ``any`` at least one, ``k_of_n`` at least ``k``,
    ``none`` no condition.
    """

    mode: Literal["all", "any", "k_of_n", "none"] = "all"
    k: int | None = Field(default=None, ge=1)


# --- deadlines -----------------------------------------------------------


class AbsoluteDeadline(_Model):
    """'trước ngày 15/12/2025'."""

    kind: Literal["absolute"] = "absolute"
    due: dt.date
    text: Text | None = None


class PeriodDeadline(_Model):
    """'quý II/2020': due at the end of the period."""

    kind: Literal["period"] = "period"
    start: dt.date
    end: dt.date
    text: Text | None = None


class RecurringDeadline(_Model):
    """'định kỳ hằng năm, trước ngày 15/11'."""

    kind: Literal["recurring"] = "recurring"
    every: Literal["year", "quarter", "month"] = "year"
    month: int | None = Field(default=None, ge=1, le=12)
    day: int = Field(ge=1, le=31)
    start: dt.date | None = None
    text: Text | None = None


class EventDeadline(_Model):
    """'đến Đại hội XIV', 'sau khi có hướng dẫn của Bộ': due when a milestone is recorded."""

    kind: Literal["event"] = "event"
    milestone: Id
    offset_days: int = Field(default=0, description="days allowed after the milestone")
    text: Text | None = None


class ContinuousDeadline(_Model):
    """'thường xuyên': no due date, never overdue."""

    kind: Literal["continuous"] = "continuous"
    text: Text | None = None


Deadline = Annotated[
    AbsoluteDeadline | PeriodDeadline | RecurringDeadline | EventDeadline | ContinuousDeadline,
    Field(discriminator="kind"),
]


class Milestone(_Model):
    """A named event that event deadlines refer to ('Đại hội XIV của Đảng')."""

    id: Id
    name: Text
    name_en: Text | None = None
    date: dt.date | None = Field(default=None, description="when it happened, if already known")


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


class Obligation(_Model):
    """One 'you must do X' held by one organisation towards the issuer.

    In a file, ``lead`` may name a group: the clause then expands to one
    obligation per member, each with id ``<id>@<member>``.
    """

    id: Id
    document: Id
    clause: Text | None = Field(default=None, description="where in the document, e.g. '1, ý 2'")
    lead: Id = Field(description="the lead assignee ('chủ trì'); the only one who reports")
    coordinators: tuple[Id, ...] = Field(default=(), description="'phối hợp'")
    force: Force = Force.ASSIGN
    action: Text
    deadline: Deadline = Field(default_factory=ContinuousDeadline)
    report_to: Id | None = Field(default=None, description="defaults to the document's issuer")
    via: Id | None = Field(default=None, description="an intermediate the report routes through")
    implements: Id | None = Field(default=None, description="the parent obligation in the cascade")
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
    at: dt.datetime
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


# --- the cascade ---------------------------------------------------------


class CascadeInfo(_Model):
    """Header of a cascade file."""

    id: Id
    title: Text
    title_en: Text | None = None
    lifecycle: Id = "default"
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


Document.model_rebuild()
