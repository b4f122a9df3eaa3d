"""Organisations, the levels of the administrative hierarchy, and groups of
organisations that a document may address as one."""

from __future__ import annotations

import datetime as dt

from pydantic import (
    Field,
)

from cascade.model.values import Day, Id, Text, _Model


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
