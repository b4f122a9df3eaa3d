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

One module per part, each name importable from here: :mod:`~cascade.model.values` (text,
ids, days, the base model), :mod:`~cascade.model.organisation`,
:mod:`~cascade.model.document`, :mod:`~cascade.model.deadline` (and milestones),
:mod:`~cascade.model.obligation` (and the four buckets), :mod:`~cascade.model.event`,
:mod:`~cascade.model.amendment`, :mod:`~cascade.model.definition` (the whole cascade).
"""

from cascade.model.amendment import (
    Addition,
    Amendment,
    Extension,
    LifecycleMigration,
    Reassignment,
    Transfer,
    Withdrawal,
)
from cascade.model.deadline import (
    AbsoluteDeadline,
    ContinuousDeadline,
    CycleDue,
    Deadline,
    EventDeadline,
    Milestone,
    OnDemandDeadline,
    PeriodDeadline,
    RecurringDeadline,
)
from cascade.model.definition import Cascade, CascadeFile, CascadeInfo
from cascade.model.document import (
    Basis,
    Distribution,
    Document,
    Purpose,
    Relation,
    RollupPolicy,
    Signer,
    Urgency,
)
from cascade.model.event import Event, EventContent
from cascade.model.obligation import Bucket, Force, Obligation, ReportLine
from cascade.model.organisation import Group, Level, Organisation
from cascade.model.values import FORMAT_VERSION, Day, Id, LifecycleName, Moment, Text

__all__ = [
    "FORMAT_VERSION",
    "AbsoluteDeadline",
    "Addition",
    "Amendment",
    "Basis",
    "Bucket",
    "Cascade",
    "CascadeFile",
    "CascadeInfo",
    "ContinuousDeadline",
    "CycleDue",
    "Day",
    "Deadline",
    "Distribution",
    "Document",
    "Event",
    "EventContent",
    "EventDeadline",
    "Extension",
    "Force",
    "Group",
    "Id",
    "Level",
    "LifecycleMigration",
    "LifecycleName",
    "Milestone",
    "Moment",
    "Obligation",
    "OnDemandDeadline",
    "Organisation",
    "PeriodDeadline",
    "Purpose",
    "Reassignment",
    "RecurringDeadline",
    "Relation",
    "ReportLine",
    "RollupPolicy",
    "Signer",
    "Text",
    "Transfer",
    "Urgency",
    "Withdrawal",
]
