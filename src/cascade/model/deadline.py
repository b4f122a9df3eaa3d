"""Deadlines of every kind an obligation can have (by a day, in a period, recurring,
on demand, until an event, continuous), and the milestones event deadlines wait for."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    Field,
    model_validator,
)

from cascade.model.values import Day, Id, Text, _Model


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
