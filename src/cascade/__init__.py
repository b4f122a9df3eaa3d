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
    "EventBatch": "cascade.event_batch",
    "EventConflictError": "cascade.errors",
    "EventContent": "cascade.model",
    "EventStore": "cascade.store",
    "ExtractError": "cascade.errors",
    "FileReport": "cascade.rules",
    "Finding": "cascade.rules",
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
    "OutputError": "cascade.errors",
    "Position": "cascade.errors",
    "Recorded": "cascade.services",
    "RenderError": "cascade.errors",
    "RenderOptions": "cascade.render",
    "RuleDefinitionError": "cascade.errors",
    "Severity": "cascade.rules",
    "Source": "cascade.services",
    "Status": "cascade.engine.status",
    "StoreError": "cascade.errors",
    "Tracker": "cascade.engine.tracker",
    "Transition": "cascade.engine.tracker",
    "TransitionRefusedError": "cascade.errors",
    "UnknownReferenceError": "cascade.errors",
    "Validator": "cascade.rules",
    "apply_events": "cascade.services",
    "expand": "cascade.files.loader",
    "export": "cascade.services",
    "file_schema": "cascade.files.interchange",
    "import_events": "cascade.services",
    "load": "cascade.files.loader",
    "load_definition": "cascade.services",
    "load_lifecycle": "cascade.engine.lifecycle",
    "loads": "cascade.files.loader",
    "open_store": "cascade.store",
    "open_tracker": "cascade.services",
    "parse_identifier": "cascade.identifiers",
    "read": "cascade.files.loader",
    "read_events": "cascade.files.events_read",
    "record": "cascade.services",
    "render": "cascade.render",
    "resolve_lifecycle": "cascade.engine.lifecycle",
    "status": "cascade.services",
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
    "EventContent",
    "EventStore",
    "ExtractError",
    "FileReport",
    "Finding",
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
    "OutputError",
    "Position",
    "Recorded",
    "RenderError",
    "RenderOptions",
    "RuleDefinitionError",
    "Severity",
    "Source",
    "Status",
    "StoreError",
    "Tracker",
    "Transition",
    "TransitionRefusedError",
    "UnknownReferenceError",
    "Validator",
    "__version__",
    "apply_events",
    "expand",
    "export",
    "file_schema",
    "import_events",
    "load",
    "load_definition",
    "load_lifecycle",
    "loads",
    "open_store",
    "open_tracker",
    "parse_identifier",
    "read",
    "read_events",
    "record",
    "render",
    "resolve_lifecycle",
    "status",
    "to_interchange",
    "validate",
    "write_events",
]

if TYPE_CHECKING:
    from cascade.engine.lifecycle import Lifecycle, load_lifecycle, resolve_lifecycle
    from cascade.engine.status import Counts, Status
    from cascade.engine.tracker import Tracker, Transition
    from cascade.errors import (
        CascadeError,
        CascadeFileError,
        ConflictError,
        EventConflictError,
        ExtractError,
        GraphvizNotFoundError,
        IdentifierError,
        InputError,
        LifecycleDefinitionError,
        OutputError,
        Position,
        RenderError,
        RuleDefinitionError,
        StoreError,
        TransitionRefusedError,
        UnknownReferenceError,
    )
    from cascade.event_batch import EventBatch
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
        EventContent,
        Force,
        Group,
        Level,
        Milestone,
        Obligation,
        Organisation,
    )
    from cascade.render import CascadeStatus, RenderOptions, render
    from cascade.rules import FileReport, Finding, Severity, Validator, validate
    from cascade.services import (
        Recorded,
        Source,
        apply_events,
        export,
        import_events,
        load_definition,
        open_tracker,
        record,
        status,
    )
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
