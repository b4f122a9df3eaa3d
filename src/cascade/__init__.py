"""cascade: model, validate, track and draw directive cascades in government.

The public API is what ``__all__`` names; everything else is internal.
"""

from cascade.errors import (
    CascadeError,
    CascadeFileError,
    IdentifierError,
    InputError,
    Position,
    RuleDefinitionError,
    TransitionRefusedError,
)
from cascade.identifiers import DocumentIdentifier, parse_identifier
from cascade.interchange import file_schema, to_interchange
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

__version__ = "0.1.0"

__all__ = [
    "Cascade",
    "CascadeError",
    "CascadeFile",
    "CascadeFileError",
    "Document",
    "DocumentIdentifier",
    "Event",
    "Force",
    "Group",
    "IdentifierError",
    "InputError",
    "Level",
    "Milestone",
    "Obligation",
    "Organisation",
    "Position",
    "RuleDefinitionError",
    "TransitionRefusedError",
    "__version__",
    "expand",
    "file_schema",
    "load",
    "loads",
    "parse_identifier",
    "read",
    "to_interchange",
]
