"""Validation rules for cascades: the registry, the runner and the rule families.

Each rule is a small function with a stable id, a name, a default severity and a
docstring that is its documentation (``docs/rules.md`` is generated from them):

* ``CAS1xx`` references (:mod:`.citations`), on the file as written;
* ``CAS2xx`` structure, ``CAS3xx`` time, ``CAS4xx`` authority, on the expanded cascade;
* ``CAS5xx`` conventions (document identifiers), on the file as written;
* ``CAS6xx`` state, on the tracked state of the obligations as of a day.

Use :func:`validate` for one cascade, or a :class:`Validator` for many files;
:func:`state_view` and :func:`tracked_state` give the state rules the engine's state.
Output formats live in :mod:`cascade.rules.output`.
"""

from cascade.model import Bucket
from cascade.rules.base import Rule, Severity, Violation, rule
from cascade.rules.config import Config, find_config, load_config
from cascade.rules.context import Context, StateView
from cascade.rules.registry import all_rules, builtin_rules
from cascade.rules.runner import FileReport, Finding, Result, Validator, validate
from cascade.rules.state_adapter import state_view, tracked_state

__all__ = [
    "Bucket",
    "Config",
    "Context",
    "FileReport",
    "Finding",
    "Result",
    "Rule",
    "Severity",
    "StateView",
    "Validator",
    "Violation",
    "all_rules",
    "builtin_rules",
    "find_config",
    "load_config",
    "rule",
    "state_view",
    "tracked_state",
    "validate",
]
