"""Tasks as the reading steps build them, before they become obligations (one per lead)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from cascade.extract.found_deadline import FoundDeadline


@dataclass
class ReportLink:
    """A report the text asks for, from the task's leads."""

    recipients: list[str]
    via: str | None = None
    onward: list[str] = field(default_factory=list)
    conditional: bool = False

    def via_for(self, recipient: str) -> str | None:
        """The routing of the report to ``recipient``: "(qua Y)" follows the last recipient
        and belongs to it ("báo cáo UBND tỉnh và Bộ Công an (qua Cục …)")."""
        return self.via if self.recipients and recipient == self.recipients[-1] else None


@dataclass
class DraftTask:
    """A task before it becomes obligations (one per lead)."""

    key: str
    clause: str
    leads: list[str]
    action: str
    force: str = "assign"
    coordinators: list[str] = field(default_factory=list)
    deadline: FoundDeadline | None = None
    reports: list[ReportLink] = field(default_factory=list)
    parent: DraftTask | None = None
    reviews: list[str] = field(default_factory=list)
    lead_reviews: dict[str, list[str]] = field(default_factory=dict)
    # a time line that gives each body its own date ("+ Các bộ gửi … trước ngày 15/12;
    # + Bộ Công an tổng hợp … trước ngày 31/12")
    lead_deadlines: dict[str, FoundDeadline] = field(default_factory=dict)
    explicit_force: bool = False


def unique(values: Iterable[str]) -> list[str]:
    """``values`` without repeats, in their first order."""
    out: list[str] = []
    for value in values:
        if value not in out:
            out.append(value)
    return out
