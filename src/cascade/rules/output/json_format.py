"""``json``: every finding and unusable file as plain data, with a summary."""

from __future__ import annotations

from typing import Any

from cascade.files.interchange import dumps
from cascade.rules.base import Severity
from cascade.rules.runner import Finding, Result

JSON_VERSION = "cascade-validate/1"


def json_report(result: Result) -> str:
    """The result as JSON: ``findings``, ``errors`` (unusable files) and ``summary``."""
    data: dict[str, Any] = {
        "format": JSON_VERSION,
        "findings": [finding_data(f) for f in result.findings],
        "errors": [
            {
                "file": e.position.path if e.position else None,
                "line": e.position.line if e.position else None,
                "column": e.position.column if e.position else None,
                "message": e.message,
            }
            for error in result.errors
            for e in error.problems
        ],
        "notes": [{"file": r.path, "message": n} for r in result.reports for n in r.notes],
        "summary": {
            "files": len(result.reports),
            **{s.value: result.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)},
            "suppressed": sum(r.suppressed for r in result.reports),
            "exit_code": result.exit_code,
        },
    }
    return dumps(data)


def finding_data(f: Finding) -> dict[str, Any]:
    """One finding as plain data."""
    return {
        "rule": f.rule.id,
        "name": f.rule.name,
        "severity": f.severity.value,
        "message": f.message,
        "file": f.position.path,
        "line": f.position.line,
        "column": f.position.column,
        "path": list(f.path),
        "obligation": f.obligation,
        "document": f.document,
        "hint": f.hint,
    }
