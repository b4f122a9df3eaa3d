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
    "Bucket": "cascade.model",
    "Cascade": "cascade.model",
    "CascadeError": "cascade.errors",
    "CascadeFile": "cascade.model",
    "CascadeFileError": "cascade.errors",
    "CascadeStatus": "cascade.render",
    "ConflictError": "cascade.errors",
    "Counts": "cascade.engine.status",
    "Document": "cascade.model",
    "DocumentIdentifier": "cascade.identifiers",
    "Event": "cascade.model",
    "EventBatch": "cascade.engine.batch",
    "EventConflictError": "cascade.errors",
    "EventStore": "cascade.store",
    "Force": "cascade.model",
    "GraphvizNotFoundError": "cascade.errors",
    "Group": "cascade.model",
    "IdentifierError": "cascade.errors",
    "InputError": "cascade.errors",
    "Level": "cascade.model",
    "Lifecycle": "cascade.engine.lifecycle",
    "LifecycleDefinitionError": "cascade.errors",
    "MemoryStore": "cascade.store",
    "Milestone": "cascade.model",
    "Obligation": "cascade.model",
    "Organisation": "cascade.model",
    "Position": "cascade.errors",
    "RenderError": "cascade.errors",
    "RuleDefinitionError": "cascade.errors",
    "Status": "cascade.engine.status",
    "StoreError": "cascade.errors",
    "Tracker": "cascade.engine.tracker",
    "Transition": "cascade.engine.tracker",
    "TransitionRefusedError": "cascade.errors",
    "UnknownReferenceError": "cascade.errors",
    "expand": "cascade.files.loader",
    "file_schema": "cascade.files.interchange",
    "load": "cascade.files.loader",
    "load_lifecycle": "cascade.engine.lifecycle",
    "loads": "cascade.files.loader",
    "open_store": "cascade.store",
    "parse_identifier": "cascade.identifiers",
    "read": "cascade.files.loader",
    "read_events": "cascade.files.events_read",
    "render": "cascade.render",
    "resolve_lifecycle": "cascade.engine.lifecycle",
    "to_interchange": "cascade.files.interchange",
    "validate": "cascade.rules",
    "write_events": "cascade.files.events_write",
}

__all__ = [
    "Bucket",
    "Cascade",
    "CascadeError",
    "CascadeFile",
    "CascadeFileError",
    "CascadeStatus",
    "ConflictError",
    "Counts",
    "Document",
    "DocumentIdentifier",
    "Event",
    "EventBatch",
    "EventConflictError",
    "EventStore",
    "Force",
    "GraphvizNotFoundError",
    "Group",
    "IdentifierError",
    "InputError",
    "Level",
    "Lifecycle",
    "LifecycleDefinitionError",
    "MemoryStore",
    "Milestone",
    "Obligation",
    "Organisation",
    "Position",
    "RenderError",
    "RuleDefinitionError",
    "Status",
    "StoreError",
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
    "open_store",
    "parse_identifier",
    "read",
    "read_events",
    "render",
    "resolve_lifecycle",
    "to_interchange",
    "validate",
    "write_events",
]

if TYPE_CHECKING:
    from cascade.engine.batch import EventBatch
    from cascade.engine.lifecycle import Lifecycle, load_lifecycle, resolve_lifecycle
    from cascade.engine.status import Counts, Status
    from cascade.engine.tracker import Tracker, Transition
    from cascade.errors import (
        CascadeError,
        CascadeFileError,
        ConflictError,
        EventConflictError,
        GraphvizNotFoundError,
        IdentifierError,
        InputError,
        LifecycleDefinitionError,
        Position,
        RenderError,
        RuleDefinitionError,
        StoreError,
        TransitionRefusedError,
        UnknownReferenceError,
    )
    from cascade.files.events_read import read_events
    from cascade.files.events_write import write_events
    from cascade.files.interchange import file_schema, to_interchange
    from cascade.files.loader import expand, load, loads, read
    from cascade.identifiers import DocumentIdentifier, parse_identifier
    from cascade.model import (
        Bucket,
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
    from cascade.render import CascadeStatus, render
    from cascade.rules import validate
    from cascade.store import EventStore, MemoryStore, open_store


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        module_name = _EXPORTS[name]
        module = importlib.import_module(module_name)
        # bind every name the module exports: later look-ups skip this function, and a
        # subpackage bound by the import (cascade.render) gives way to its namesake function
        for exported, home in _EXPORTS.items():
            if home == module_name:
                globals()[exported] = getattr(module, exported)
        return globals()[name]
    raise AttributeError(f"module 'cascade' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
