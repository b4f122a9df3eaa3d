"""cascade: model, validate, track and draw directive cascades in government.

The public API is what ``__all__`` names; everything else is internal. Names are
imported on first use (PEP 562), so ``import cascade`` and ``cascade --help`` stay
fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "Cascade": "cascade.model",
    "CascadeError": "cascade.errors",
    "CascadeFile": "cascade.model",
    "CascadeFileError": "cascade.errors",
    "Document": "cascade.model",
    "DocumentIdentifier": "cascade.identifiers",
    "Event": "cascade.model",
    "Force": "cascade.model",
    "Group": "cascade.model",
    "IdentifierError": "cascade.errors",
    "InputError": "cascade.errors",
    "Level": "cascade.model",
    "Milestone": "cascade.model",
    "Obligation": "cascade.model",
    "Organisation": "cascade.model",
    "Position": "cascade.errors",
    "TransitionRefusedError": "cascade.errors",
    "expand": "cascade.loader",
    "file_schema": "cascade.interchange",
    "load": "cascade.loader",
    "loads": "cascade.loader",
    "parse_identifier": "cascade.identifiers",
    "read": "cascade.loader",
    "to_interchange": "cascade.interchange",
}

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

if TYPE_CHECKING:
    from cascade.errors import (
        CascadeError,
        CascadeFileError,
        IdentifierError,
        InputError,
        Position,
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


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value  # later look-ups skip this function
        return value
    raise AttributeError(f"module 'cascade' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
