"""Output formats for validation results: concise, full, json, github, sarif.

Each format is a function ``(result) -> str``; :data:`FORMATS` names them for
the command line. Text formats print findings only; the CLI writes unusable
files and the summary to standard error.
"""

from __future__ import annotations

from collections.abc import Callable

from cascade.rules.output.github import github
from cascade.rules.output.json_format import json_report
from cascade.rules.output.plain import concise, full, summary
from cascade.rules.output.sarif import sarif
from cascade.rules.runner import Result

Formatter = Callable[[Result], str]

FORMATS: dict[str, Formatter] = {
    "concise": concise,
    "full": full,
    "json": json_report,
    "github": github,
    "sarif": sarif,
}

__all__ = ["FORMATS", "Formatter", "concise", "full", "github", "json_report", "sarif", "summary"]
