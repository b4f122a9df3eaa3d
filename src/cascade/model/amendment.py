"""Amendments: dated changes a later document makes to a running cascade (extensions,
additions, withdrawals, reassignments, transfers, lifecycle migrations)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    Field,
    model_validator,
)

from cascade.model.deadline import Deadline
from cascade.model.values import Day, Id, Text, _Model


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
