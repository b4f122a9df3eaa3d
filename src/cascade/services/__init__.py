"""The use cases of ``cascade``: what the command line and importing tools call.

Each one reads top to bottom: open what it needs, let the engine decide, write,
return a result. The layers below never call back up: a store is read, the
engine decides, the store is written, each call returning before the next.

* :func:`open_tracker`: a tracker from a cascade file (and an events file) or
  from a store, its history replayed; :func:`standing`, :func:`status`,
  :func:`export`, :func:`due` and :func:`report` read it, each keeping only the
  obligations a :class:`~cascade.report.select.Selection` keeps;
* :func:`apply_events`: check new events against an events-file history and
  append them (``cascade apply``);
* :func:`load_definition`: a checked cascade file stored with its lifecycle;
* :func:`record`: one event, checked by the engine's guards, stored with the
  state it leads to; :func:`import_events`: a whole events file, checked, then
  stored in batches; :func:`history`: what a store recorded;
* :func:`validate_files` and :func:`validate_stored`: the validator on files or
  on stored cascades with their tracked state.

The use cases live in five modules, re-exported here (``cascade.services.record`` and
the others are the names to import): :mod:`~cascade.services.reading` (trackers and what
is read of them), :mod:`~cascade.services.recording` (events into a file or a store),
:mod:`~cascade.services.defining` (definitions in a store),
:mod:`~cascade.services.validating` and :mod:`~cascade.services.shared` (what they share).
"""

from __future__ import annotations

from cascade.services.defining import (
    Loaded,
    contradictions,
    definition_findings,
    diff_files,
    load_definition,
    read_definition,
    revisions,
)
from cascade.services.reading import (
    Source,
    StatusReport,
    due,
    empty_tracker,
    export,
    in_force_of,
    open_tracker,
    report,
    standing,
    status,
)
from cascade.services.recording import (
    RETRIES,
    Applied,
    Recorded,
    apply_events,
    decision_tracker,
    default_history,
    derived_id,
    history,
    import_events,
    new_event,
    record,
)
from cascade.services.shared import (
    MAX_PROBLEMS,
    Grouping,
    Hook,
    Meter,
    opened,
    pick_cascade,
    unknown_references,
)
from cascade.services.validating import (
    lifecycle_of,
    validate_files,
    validate_stored,
)

__all__ = [
    "MAX_PROBLEMS",
    "RETRIES",
    "Applied",
    "Grouping",
    "Hook",
    "Loaded",
    "Meter",
    "Recorded",
    "Source",
    "StatusReport",
    "apply_events",
    "contradictions",
    "decision_tracker",
    "default_history",
    "definition_findings",
    "derived_id",
    "diff_files",
    "due",
    "empty_tracker",
    "export",
    "history",
    "import_events",
    "in_force_of",
    "lifecycle_of",
    "load_definition",
    "new_event",
    "open_tracker",
    "opened",
    "pick_cascade",
    "read_definition",
    "record",
    "report",
    "revisions",
    "standing",
    "status",
    "unknown_references",
    "validate_files",
    "validate_stored",
]
