"""cascade: model, validate, track and draw directive cascades in government.

The public API is what ``__all__`` names; everything else is internal.
"""

from cascade.engine import Tracker, Transition
from cascade.errors import (
    CascadeError,
    CascadeFileError,
    EventConflictError,
    IdentifierError,
    InputError,
    LifecycleDefinitionError,
    Position,
    TransitionRefusedError,
    UnknownReferenceError,
)
from cascade.events import EventBatch, read_events, write_events
from cascade.identifiers import DocumentIdentifier, parse_identifier
from cascade.interchange import file_schema, to_interchange
from cascade.lifecycle import Lifecycle, load_lifecycle, resolve_lifecycle
from cascade.loader import expand, load, loads, read
from cascade.model import (
    Cascade,
    CascadeFile,
    Document,
    Event,
    Force,
    Group,
    Level,
    Milestone,
    Obligation,
    Organisation,
)
from cascade.status import Counts, Status

__version__ = "0.1.0"

__all__ = [
    "Cascade",
    "CascadeError",
    "CascadeFile",
    "CascadeFileError",
    "Counts",
    "Document",
    "DocumentIdentifier",
    "Event",
    "EventBatch",
    "EventConflictError",
    "Force",
    "Group",
    "IdentifierError",
    "InputError",
    "Level",
    "Lifecycle",
    "LifecycleDefinitionError",
    "Milestone",
    "Obligation",
    "Organisation",
    "Position",
    "Status",
    "Tracker",
    "Transition",
    "TransitionRefusedError",
    "UnknownReferenceError",
    "__version__",
    "expand",
    "file_schema",
    "load",
    "load_lifecycle",
    "loads",
    "parse_identifier",
    "read",
    "read_events",
    "resolve_lifecycle",
    "to_interchange",
    "write_events",
]
